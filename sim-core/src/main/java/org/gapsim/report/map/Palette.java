package org.gapsim.report.map;

import java.util.List;

/**
 * The Okabe-Ito palette (Okabe &amp; Ito 2008, "Color Universal Design"), safe for the common forms of colour
 * blindness. Lines never use its yellow (it barely shows on white); every colour-coded thing also differs by shape,
 * dash or label.
 */
public final class Palette {
    /** Black. */
    public static final String BLACK = "#000000";
    /** Orange. */
    public static final String ORANGE = "#E69F00";
    /** Sky blue. */
    public static final String SKY_BLUE = "#56B4E9";
    /** Bluish green. */
    public static final String BLUISH_GREEN = "#009E73";
    /** Yellow (fills only). */
    public static final String YELLOW = "#F0E442";
    /** Blue. */
    public static final String BLUE = "#0072B2";
    /** Vermillion. */
    public static final String VERMILLION = "#D55E00";
    /** Reddish purple. */
    public static final String REDDISH_PURPLE = "#CC79A7";

    /** Colours for series (columns, packages), in order; no yellow. */
    public static final List<String> SERIES = List.of(BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, ORANGE,
            SKY_BLUE, BLACK);

    /**
     * Dash patterns that go with {@link #SERIES} when more than colour must tell series apart: 8 patterns against 7
     * colours, so the first 56 series differ in colour or dash.
     */
    public static final List<String> DASHES = List.of("none", "10 4", "3 3", "12 4 3 4", "6 3", "2 5", "14 3 3 3 3 3",
            "1 3");

    private Palette() {
    }

    /**
     * @param i series index
     * @return its colour (cycling)
     */
    public static String series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /**
     * @param i series index
     * @return its dash pattern ({@code none} for solid)
     */
    public static String dash(int i) {
        return DASHES.get(Math.floorMod(i, DASHES.size()));
    }
}
