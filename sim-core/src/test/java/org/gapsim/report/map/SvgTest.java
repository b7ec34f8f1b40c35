package org.gapsim.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTest {
    @Test
    void escapesTextAndAttributesAndFormatsNumbers() {
        Svg g = new Svg(100, 50, "x", "a <b> & \"c\"");
        g.text("text", "full+east-shield <1> & 'q'", "x", 1.25, "y", 2.0, "class", "a\"b");
        String s = g.finish();
        assertTrue(s.contains("aria-label=\"a &lt;b&gt; &amp; &quot;c&quot;\""), s);
        assertTrue(s.contains(">full+east-shield &lt;1&gt; &amp; &#39;q&#39;</text>"), s);
        assertTrue(s.contains("x=\"1.3\" y=\"2\" class=\"a&quot;b\""), s);
        assertTrue(s.endsWith("</svg>\n"));
        assertEquals("-0.5", Svg.num(-0.5));
        assertEquals("12", Svg.num(12.04));
        assertThrows(IllegalArgumentException.class, () -> Svg.num(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> g.el("rect", "x"));
    }

    /** The number writer builds the text itself (issue 16: a Formatter per point was a tenth of a short run). */
    @Test
    void numbersAreTheFormattersTextToOneTenth() {
        java.util.Random r = new java.util.Random(16);
        double[] fixed = {0.05, -0.05, 0.15, -0.15, 0.25, 0.95, -0.95, 9.95, 1e9 + 0.35, -1e10 - 0.45, 1.1e11,
            -1.0995116277759e11, 1.0995116277761e11, 123456789012.3, -4.4e13};
        for (int i = 0; i < 200_000 + fixed.length; i++) {
            double v = i < fixed.length ? fixed[i]
                    : switch (i % 4) {
                        case 0 -> (r.nextDouble() - 0.5) * 3000;
                        case 1 -> Math.round((r.nextDouble() - 0.5) * 20000) / 10.0 + (r.nextInt(3) - 1) * 0.05;
                        case 2 -> (r.nextDouble() - 0.5) * 2e12;
                        default -> (r.nextDouble() - 0.5) * 2;
                    };
            long tenths = Math.round(v * 10);
            String expected = tenths % 10 == 0 ? Long.toString(tenths / 10)
                    : String.format(java.util.Locale.ROOT, "%.1f", tenths / 10.0);
            assertEquals(expected, Svg.num(v), "v = " + v);
        }
        assertEquals("0.3", Svg.num(0.3));
        assertEquals("-0.1", Svg.num(-0.14));
        assertEquals("-2.7", Svg.num(-2.66));
        assertEquals("0", Svg.num(-0.04));
    }

    @Test
    void paletteIsOkabeItoWithoutYellowForSeriesAndDashesTellSeriesApart() {
        assertTrue(!Palette.SERIES.contains(Palette.YELLOW));
        assertEquals(List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"),
                Palette.SERIES);
        java.util.Set<String> looks = new java.util.HashSet<>();
        for (int i = 0; i < 56; i++) {
            looks.add(Palette.series(i) + "/" + Palette.dash(i));
        }
        assertEquals(56, looks.size());
    }

    @Test
    void wrapNeverCutsAWord() {
        assertEquals(List.of("k2: 2nd BTG, Kaliningrad", "through Poland", "(DW651/S61/A5)"),
                MapView.wrap("k2: 2nd BTG, Kaliningrad through Poland (DW651/S61/A5)", 24));
        assertEquals(List.of("averyveryverylongword", "x"), MapView.wrap("averyveryverylongword x", 5));
    }

    @Test
    void shippedBordersHoldTheFourStatesOfTheGap() {
        List<String> isos = Borders.countries().stream().map(Borders.Country::iso).toList();
        assertTrue(isos.containsAll(List.of("PL", "LT", "RU", "BY")), isos.toString());
        for (Borders.Country c : Borders.countries()) {
            for (List<double[]> ring : c.rings()) {
                assertTrue(ring.size() >= 4);
                assertEquals(ring.get(0)[0], ring.get(ring.size() - 1)[0], 1e-9);
                for (double[] p : ring) {
                    assertTrue(p[0] >= 19.5 - 1e-9 && p[0] <= 26 + 1e-9 && p[1] >= 53 - 1e-9 && p[1] <= 56 + 1e-9,
                            c.iso() + " point outside the shipped box: " + p[0] + ", " + p[1]);
                }
            }
        }
    }
}
