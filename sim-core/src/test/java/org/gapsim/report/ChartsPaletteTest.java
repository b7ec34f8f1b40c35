package org.gapsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** The PNG charts use the same Okabe-Ito colours and dashes, in the same order, as the SVG charts. */
class ChartsPaletteTest {

    @Test
    void pngSeriesColoursAreTheOkabeItoPaletteWithoutYellow() {
        assertArrayEquals(new Color[] {new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
                new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), Color.BLACK}, Charts.OKABE_ITO);
    }

    @Test
    void pngDashesAreTheSvgDashPatternsInPixels() {
        assertArrayEquals(new float[][] {null, {10, 4}, {3, 3}, {12, 4, 3, 4}, {6, 3}, {2, 5}, {14, 3, 3, 3, 3, 3},
                {1, 3}}, Charts.DASHES);
    }
}
