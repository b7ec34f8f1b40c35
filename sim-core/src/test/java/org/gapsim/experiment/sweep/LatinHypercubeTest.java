package org.gapsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The design: a Latin hypercube, deterministic for a seed, with its column correlation reduced. */
class LatinHypercubeTest {

    @ParameterizedTest(name = "n={0}, k={1}")
    @CsvSource({"2,1", "2,3", "5,2", "9,3", "17,7", "33,11", "65,4"})
    void everyStratumOfEveryFactorIsUsedExactlyOnce(int n, int k) {
        for (boolean improved : new boolean[]{false, true}) {
            LatinHypercube d = improved ? LatinHypercube.generate(n, k, 11)
                    : LatinHypercube.generate(n, k, 11, 1, false);
            assertEquals(n, d.points());
            assertEquals(k, d.factors());
            for (int f = 0; f < k; f++) {
                int[] strata = new int[n];
                for (int i = 0; i < n; i++) {
                    strata[i] = d.stratum(i, f);
                    assertEquals((strata[i] + 0.5) / n, d.unit(i, f), 0.0, "stratum midpoint");
                }
                Arrays.sort(strata);
                for (int s = 0; s < n; s++) {
                    assertEquals(s, strata[s], "factor " + f + " (improved " + improved + ") uses stratum " + s + " once");
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDesignAndAnotherSeedAnother() {
        LatinHypercube a = LatinHypercube.generate(17, 5, 42);
        LatinHypercube b = LatinHypercube.generate(17, 5, 42);
        LatinHypercube c = LatinHypercube.generate(17, 5, 43);
        assertArrayEquals(matrix(a), matrix(b));
        assertEquals(a.maxAbsCorrelation(), b.maxAbsCorrelation(), 0.0);
        assertFalse(Arrays.deepEquals(matrix(a), matrix(c)), "another seed, another design");
    }

    @Test
    void theImprovementLowersTheWorstCorrelationAndKeepsTheHypercube() {
        double plainSum = 0;
        double improvedSum = 0;
        for (long seed = 1; seed <= 10; seed++) {
            LatinHypercube plain = LatinHypercube.generate(17, 6, seed, 1, false);
            LatinHypercube best = LatinHypercube.generate(17, 6, seed);
            assertTrue(best.maxAbsCorrelation() <= plain.maxAbsCorrelation(), "seed " + seed);
            plainSum += plain.maxAbsCorrelation();
            improvedSum += best.maxAbsCorrelation();
        }
        assertTrue(improvedSum / 10 < 0.1, "improved designs: mean max |corr| " + improvedSum / 10);
        assertTrue(improvedSum < plainSum / 3, "plain " + plainSum / 10 + " vs improved " + improvedSum / 10);
        // a larger design stays fast and nearly orthogonal
        long t0 = System.nanoTime();
        LatinHypercube big = LatinHypercube.generate(129, 12, 5);
        assertTrue(big.maxAbsCorrelation() < 0.05, "" + big.maxAbsCorrelation());
        assertTrue(System.nanoTime() - t0 < 5e9, "under 5 s");
    }

    @Test
    void correlationIsPearsonOfTheColumnsAndTheReportedMaximumIsTheirMaximum() {
        LatinHypercube d = LatinHypercube.generate(9, 3, 3, 1, false);
        double max = 0;
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                double[] x = new double[9];
                double[] y = new double[9];
                for (int i = 0; i < 9; i++) {
                    x[i] = d.unit(i, a);
                    y[i] = d.unit(i, b);
                }
                double r = new org.apache.commons.math3.stat.correlation.PearsonsCorrelation().correlation(x, y);
                assertEquals(r, d.correlation(a, b), 1e-12);
                max = Math.max(max, Math.abs(r));
            }
        }
        assertEquals(max, d.maxAbsCorrelation(), 1e-12);
        assertEquals(1.0, LatinHypercube.generate(2, 2, 1).maxAbsCorrelation(), 0.0, "two points: fully correlated");
        assertEquals(0.0, LatinHypercube.generate(5, 1, 1).maxAbsCorrelation(), 0.0, "one factor");
    }

    @Test
    void rejectsTooSmallDesigns() {
        assertThrows(IllegalArgumentException.class, () -> LatinHypercube.generate(1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> LatinHypercube.generate(5, 0, 1));
    }

    private static int[][] matrix(LatinHypercube d) {
        int[][] m = new int[d.points()][d.factors()];
        for (int i = 0; i < d.points(); i++) {
            for (int f = 0; f < d.factors(); f++) {
                m[i][f] = d.stratum(i, f);
            }
        }
        return m;
    }
}
