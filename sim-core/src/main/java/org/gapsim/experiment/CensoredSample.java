package org.gapsim.experiment;

import umontreal.ssj.stat.Tally;

/**
 * One censored output of one package, accumulated in replication order in bounded memory: the moments of the
 * recorded values (a {@link Tally}) and two {@link QuantileSketch}es, of the lower and of the upper ends of each
 * replication's interval for its true value, from which {@link CensoredQuantile} bounds follow. Not thread-safe.
 */
final class CensoredSample {
    private static final double[] LEVELS = SampleSummary.LEVELS.stream().mapToDouble(Double::doubleValue).toArray();

    private final Tally tally;
    private final QuantileSketch lows;
    private final QuantileSketch highs;
    private long censored;

    /**
     * @param name  tally name
     * @param low   lower end of the range where values usually lie (sets the histogram's bins)
     * @param high  upper end
     */
    CensoredSample(String name, double low, double high) {
        this.tally = new Tally(name);
        this.lows = new QuantileSketch(low, high);
        this.highs = new QuantileSketch(low, high);
    }

    /**
     * @param recorded the recorded value (enters the mean)
     * @param low      lower end of the true value's interval ({@code recorded}, or -infinity)
     * @param high     upper end ({@code recorded}, or +infinity)
     */
    void add(double recorded, double low, double high) {
        tally.add(recorded);
        lows.add(low);
        highs.add(high);
        if (low != high) {
            censored++;
        }
    }

    /** @param value an exact (uncensored) value */
    void addExact(double value) {
        add(value, value, value);
    }

    /** @param value a value whose true value is at least this (right-censored) */
    void addAtLeast(double value) {
        add(value, value, Double.POSITIVE_INFINITY);
    }

    /** @param value a value whose true value is at most this (left-censored) */
    void addAtMost(double value) {
        add(value, Double.NEGATIVE_INFINITY, value);
    }

    /** @param value a recorded value whose true value is unknown */
    void addUnknown(double value) {
        add(value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** @return the tally of the recorded values */
    Tally tally() {
        return tally;
    }

    /** @return the sketch of the upper ends (the finite values are the exact and left-censored ones) */
    QuantileSketch highs() {
        return highs;
    }

    /** @return retained storage in array slots (bounded whatever the replication count) */
    int retainedSlots() {
        return lows.retainedSlots() + highs.retainedSlots();
    }

    /** @return the summary */
    SampleSummary summary() {
        int n = tally.numberObs();
        if (n == 0) {
            double[] nan = new double[LEVELS.length];
            java.util.Arrays.fill(nan, Double.NaN);
            return SampleSummary.of(0, Double.NaN, Double.NaN, Double.NaN, nan, nan, 0, 0);
        }
        double sd = n < 2 ? Double.NaN : tally.standardDeviation();
        return SampleSummary.of(n, tally.average(), sd, ResultAggregator.halfWidth(tally), lows.quantiles(LEVELS),
                highs.quantiles(LEVELS), censored, Math.max(lows.maxError(), highs.maxError()));
    }
}
