package org.gapsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The interaction fit against synthetic responses whose interactions are known. */
class InteractionsTest {

    private static double sd(double[] v) {
        double m = 0;
        for (double d : v) {
            m += d;
        }
        m /= v.length;
        double ss = 0;
        for (double d : v) {
            ss += (d - m) * (d - m);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    @Test
    void yEqualsX1Plus2X1X2HasItsInteractionInTheX1X2Cell() {
        int n = 20;
        Random r = new Random(7);
        double[][] x = new double[3][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) {
                x[f][i] = 2 * r.nextDouble() - 1;
            }
            y[i] = x[0][i] + 2 * x[0][i] * x[1][i];
        }
        Interactions in = Interactions.of(List.of("x1", "x2", "x3"), x, List.of("p"), List.of(y));
        assertTrue(in.estimated());
        assertEquals(8, in.required(), "1 + 3 + 3 coefficients: more than 7 points");
        Interactions.PackageInteractions p = in.packages().get(0);
        double[][] c = p.coefficient();
        // y = ... + 2 x1 x2 = ... + 2 sd1 sd2 z1 z2: the standardized coefficient is 2 sd1 sd2 / sd(y)
        assertEquals(2 * sd(x[0]) * sd(x[1]) / sd(y), c[0][1], 1e-9);
        assertEquals(c[0][1], c[1][0], 0.0, "symmetric");
        assertEquals(0, c[0][2], 1e-9);
        assertEquals(0, c[1][2], 1e-9);
        assertTrue(Double.isNaN(c[0][0]), "no self-interaction");
        assertTrue(c[0][1] > 0.5, "a visible interaction: " + c[0][1]);
        assertArrayEquals(new int[] {0, 1}, p.strongestPair());
        assertEquals(1.0, p.rSquared(), 1e-9, "the model holds the response exactly");
    }

    @Test
    void noisyAdditiveResponseHasOnlySmallInteractionsAndX1X2StillDominatesWhenAdded() {
        int n = 40;
        Random r = new Random(11);
        double[][] x = new double[3][n];
        double[] add = new double[n];
        double[] inter = new double[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) {
                x[f][i] = 2 * r.nextDouble() - 1;
            }
            double noise = 0.02 * r.nextGaussian();
            add[i] = x[0][i] + x[1][i] + x[2][i] + noise;
            inter[i] = x[0][i] + 2 * x[0][i] * x[1][i] + noise;
        }
        Interactions in = Interactions.of(List.of("x1", "x2", "x3"), x, List.of("add", "inter"),
                List.of(add, inter));
        double[][] a = in.packages().get(0).coefficient();
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertTrue(Math.abs(a[i][j]) < 0.05, "additive: " + i + ":" + j + " = " + a[i][j]);
            }
        }
        assertArrayEquals(new int[] {0, 1}, in.packages().get(1).strongestPair());
    }

    @Test
    void tooFewPointsOrOneVaryingFactorEstimateNothing() {
        double[][] x = {{0, 1, 2, 3, 4, 5, 6}, {1, 0, 3, 2, 5, 4, 6}, {0, 2, 1, 3, 6, 5, 4}};
        double[] y = {1, 2, 3, 4, 5, 6, 8};
        Interactions small = Interactions.of(List.of("a", "b", "c"), x, List.of("p"), List.of(y));
        assertFalse(small.estimated(), "7 points, 7 coefficients");
        assertEquals(8, small.required());
        assertEquals(7, small.points());
        double[][] fixed = {{0, 1, 2, 3, 4, 5, 6}, {2, 2, 2, 2, 2, 2, 2}};
        Interactions one = Interactions.of(List.of("a", "b"), fixed, List.of("p"), List.of(y));
        assertFalse(one.estimated());
        assertEquals(List.of("a"), one.factors(), "a fixed factor is left out");
    }
}
