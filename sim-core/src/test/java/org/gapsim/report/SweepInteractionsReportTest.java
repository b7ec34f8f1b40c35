package org.gapsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapsim.experiment.sweep.Interactions;
import org.junit.jupiter.api.Test;

/** The interaction heat map of the sweep report: its cells, their values and colours, and the too-small note. */
class SweepInteractionsReportTest {

    @Test
    void theX1X2CellHoldsTheLargestValueAndTheOthersAreNearZero() {
        int n = 20;
        Random r = new Random(3);
        double[][] x = new double[3][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) {
                x[f][i] = 2 * r.nextDouble() - 1;
            }
            y[i] = x[0][i] + 2 * x[0][i] * x[1][i];
        }
        Interactions in = Interactions.of(List.of("x1", "x2", "x3"), x, List.of("full"), List.of(y));
        String svg = SweepHtmlReport.interactionMap(in);
        assertTrue(svg.contains("id=\"chart-interactions\"") && svg.contains("data-package=\"full\""), svg);
        assertEquals(3 * 2, count(svg, "class=\"interaction-cell\""), "3 x 3 less the diagonal");
        String v12 = String.format(java.util.Locale.ROOT, "%.2f", in.packages().get(0).coefficient()[0][1]);
        Matcher m = Pattern.compile("data-pair=\"x1:x2\">\\n<title>[^<]*</title>\\n</rect>\\n<text[^>]*>([^<]*)</text>")
                .matcher(svg);
        int found = 0;
        while (m.find()) {
            assertEquals(v12, m.group(1));
            found++;
        }
        assertEquals(2, found, "x1:x2 above and below the diagonal");
        Matcher z = Pattern.compile("data-pair=\"x[12]:x3\">\\n<title>[^<]*</title>\\n</rect>\\n<text[^>]*>([^<]*)</text>")
                .matcher(svg);
        int zeros = 0;
        while (z.find()) {
            assertTrue(Math.abs(Double.parseDouble(z.group(1))) < 0.005, z.group(1));
            zeros++;
        }
        assertEquals(4, zeros);
        assertTrue(svg.contains("fill=\"" + SweepHtmlReport.diverging(in.packages().get(0).coefficient()[0][1])
                + "\""), "diverging palette");
    }

    @Test
    void aDesignTooSmallSaysHowManyPointsItNeeds() {
        double[][] x = {{0, 1, 2, 3}, {1, 0, 3, 2}, {3, 1, 0, 2}};
        Interactions in = Interactions.of(List.of("a", "b", "c"), x, List.of("p"), List.of(new double[] {1, 2, 4, 3}));
        String svg = SweepHtmlReport.interactionMap(in);
        assertTrue(SweepHtmlReport.tooSmall(in).contains("needs at least 8 design points; this sweep has 4."),
                SweepHtmlReport.tooSmall(in));
        assertTrue(svg.contains("needs at least 8 design"), svg);
        assertEquals(0, count(svg, "interaction-cell"));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
