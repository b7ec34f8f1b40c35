package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

/** The bounded-memory quantile sketch: exact (R type 7) up to its cap, within half a bin beyond, order-free. */
class QuantileSketchTest {

    @Test
    void exactUpToTheCapAsRType7() {
        QuantileSketch s = new QuantileSketch(0, 10);
        Random rnd = new Random(3);
        double[] v = new double[QuantileSketch.EXACT_CAP];
        for (int i = 0; i < v.length; i++) {
            v[i] = 10 * rnd.nextDouble();
            s.add(v[i]);
        }
        assertTrue(s.isExact());
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(v);
        for (double level : new double[]{0.05, 0.5, 0.95}) {
            assertEquals(p.evaluate(100 * level), s.quantile(level), 1e-12);
        }
    }

    @Test
    void beyondTheCapWithinHalfABinAndIndependentOfOrder() {
        int n = 3 * QuantileSketch.EXACT_CAP;
        double[] v = new double[n];
        Random rnd = new Random(5);
        for (int i = 0; i < n; i++) {
            v[i] = 48 * rnd.nextDouble() * rnd.nextDouble();
        }
        QuantileSketch a = new QuantileSketch(0, 48);
        QuantileSketch b = new QuantileSketch(0, 48);
        for (int i = 0; i < n; i++) {
            a.add(v[i]);
            b.add(v[n - 1 - i]);
        }
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
        p.setData(sorted);
        assertEquals(48.0 / QuantileSketch.BINS / 2, a.maxError(), 1e-15);
        for (double level : new double[]{0, 0.05, 0.25, 0.5, 0.75, 0.95, 1}) {
            double exact = level == 0 ? sorted[0] : p.evaluate(100 * level);
            assertEquals(exact, a.quantile(level), a.maxError() + 1e-12, "P" + level);
            assertEquals(a.quantile(level), b.quantile(level), 0.0, "order of additions does not matter");
        }
    }

    @Test
    void infinitiesSortAtTheEnds() {
        QuantileSketch s = new QuantileSketch(0, 1);
        s.add(Double.NEGATIVE_INFINITY);
        s.add(0.5);
        s.add(Double.POSITIVE_INFINITY);
        assertEquals(Double.NEGATIVE_INFINITY, s.quantile(0), 0.0);
        assertEquals(0.5, s.quantile(0.5), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, s.quantile(0.75), 0.0);
    }
}
