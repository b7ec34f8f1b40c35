package org.gapsim.experiment;

import java.util.Arrays;

/**
 * Order statistics of a stream of values in bounded memory: exact while at most {@value #EXACT_CAP} finite values
 * have been added, then a fixed histogram of {@value #BINS} equal bins over {@code [low, high]} (values outside go to
 * the end bins). Beyond the cap an order statistic is the midpoint of its bin, so it is off by at most half a bin
 * width, {@code (high - low) / (2 BINS)}; the smallest and largest values stay exact. Infinite values are counted,
 * not stored, and sort below or above every finite value. Memory: at most {@value #EXACT_CAP} doubles or
 * {@value #BINS} longs, whatever the number of values. The result depends only on the multiset of values added (and
 * the cap), so it is deterministic and independent of the order of additions. Not thread-safe.
 */
final class QuantileSketch {
    /** Finite values kept exactly; beyond this count the sketch switches to its histogram. */
    static final int EXACT_CAP = 10_000;
    /** Histogram bins once beyond {@link #EXACT_CAP}. */
    static final int BINS = 20_000;

    private final double low;
    private final double width;
    private double[] exact = new double[16];
    private int size;
    private boolean sorted = true;
    private long[] bins;
    private long finite;
    private long negInf;
    private long posInf;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * @param low  lower end of the histogram range (in the values' unit)
     * @param high upper end, &gt; low
     */
    QuantileSketch(double low, double high) {
        if (!(high > low) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("sketch range must be finite with high > low, was [" + low + ", "
                    + high + "]");
        }
        this.low = low;
        this.width = (high - low) / BINS;
    }

    /** @param v a value; NaN is rejected */
    void add(double v) {
        if (Double.isNaN(v)) {
            throw new IllegalArgumentException("NaN value");
        }
        if (v == Double.NEGATIVE_INFINITY) {
            negInf++;
            return;
        }
        if (v == Double.POSITIVE_INFINITY) {
            posInf++;
            return;
        }
        finite++;
        min = Math.min(min, v);
        max = Math.max(max, v);
        if (bins != null) {
            bins[bin(v)]++;
            return;
        }
        if (size == EXACT_CAP) {
            bins = new long[BINS];
            for (int i = 0; i < size; i++) {
                bins[bin(exact[i])]++;
            }
            exact = null;
            size = 0;
            bins[bin(v)]++;
            return;
        }
        if (size == exact.length) {
            exact = Arrays.copyOf(exact, Math.min(EXACT_CAP, 2 * size));
        }
        exact[size++] = v;
        sorted = false;
    }

    private int bin(double v) {
        double b = Math.floor((v - low) / width);
        return b <= 0 ? 0 : b >= BINS - 1 ? BINS - 1 : (int) b;
    }

    /** @return values added (finite and infinite) */
    long count() {
        return finite + negInf + posInf;
    }

    /** @return whether order statistics are exact (no histogram yet) */
    boolean isExact() {
        return bins == null;
    }

    /** @return the largest error of an order statistic: 0 while exact, else half a bin width */
    double maxError() {
        return bins == null ? 0 : width / 2;
    }

    /** @return retained storage, in array slots (doubles or longs): bounded by max(EXACT_CAP, BINS) */
    int retainedSlots() {
        return bins != null ? bins.length : exact.length;
    }

    /**
     * Order statistics at 0-based ranks (one pass over the histogram when they ascend).
     *
     * @param ranks ranks, each in [0, count())
     * @return the value at each rank (infinite ranks give the infinities)
     */
    double[] orderStatistics(long[] ranks) {
        double[] out = new double[ranks.length];
        if (bins == null && !sorted) {
            Arrays.sort(exact, 0, size);
            sorted = true;
        }
        int b = 0;
        long below = 0;   // finite values in bins before b
        for (int i = 0; i < ranks.length; i++) {
            long r = ranks[i];
            if (r < 0 || r >= count()) {
                throw new IllegalArgumentException("rank " + r + " outside [0, " + count() + ")");
            }
            if (r < negInf) {
                out[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            long j = r - negInf;
            if (j >= finite) {
                out[i] = Double.POSITIVE_INFINITY;
                continue;
            }
            if (j == 0) {
                out[i] = min;
            } else if (j == finite - 1) {
                out[i] = max;
            } else if (bins == null) {
                out[i] = exact[(int) j];
            } else {
                if (j < below) {
                    b = 0;
                    below = 0;
                }
                while (below + bins[b] <= j) {
                    below += bins[b];
                    b++;
                }
                double mid = low + (b + 0.5) * width;
                out[i] = Math.max(min, Math.min(max, mid));
            }
        }
        return out;
    }

    /**
     * The sample quantile by R's definition 7 (linear interpolation between order statistics {@code floor(h)} and
     * {@code floor(h) + 1}, {@code h = (n - 1) p}).
     *
     * @param p level in [0, 1]
     * @return the quantile (infinite if it involves an infinite value); NaN with no values
     */
    double quantile(double p) {
        return quantiles(new double[]{p})[0];
    }

    /**
     * @param levels levels in [0, 1], ascending
     * @return the R type-7 quantile at each level; NaN with no values
     */
    double[] quantiles(double[] levels) {
        long n = count();
        double[] out = new double[levels.length];
        if (n == 0) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] ranks = new long[2 * levels.length];
        double[] frac = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            double h = (n - 1) * levels[i];
            long k = (long) Math.floor(h);
            frac[i] = h - k;
            ranks[2 * i] = k;
            ranks[2 * i + 1] = Math.min(n - 1, k + 1);
        }
        double[] x = orderStatistics(ranks);
        for (int i = 0; i < levels.length; i++) {
            double a = x[2 * i];
            double b = x[2 * i + 1];
            out[i] = frac[i] == 0 || a == b ? a : a + frac[i] * (b - a);
        }
        return out;
    }
}
