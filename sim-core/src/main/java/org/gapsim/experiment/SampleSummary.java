package org.gapsim.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Summary statistics of one output over the replications of one package, in the output's unit (hours for closure
 * and slowdown). Closure times and slowdowns are censored at the horizon {@code H}: a replication whose force did
 * not close by {@code H} records {@code min(T, H) = H}. The mean, sd and confidence interval are those of the
 * recorded (restricted) values: the <b>restricted</b> mean up to {@code H} (RMST, Royston &amp; Parmar 2013), not the
 * mean of the unobserved true times. Quantiles use R's definition 7 (linear interpolation between order
 * statistics, as R's {@code quantile} and numpy's {@code percentile}), and only where the data identify them (see
 * {@link CensoredQuantile}): {@code p5}, {@code p50}, {@code p95}, {@code min} and {@code max} are NaN when not
 * identified, and {@link #quantiles()} gives their bounds. Beyond {@code QuantileSketch.EXACT_CAP} (10,000)
 * replications quantiles come from a histogram and are off by at most {@link #quantileError()}. With fewer than two
 * replications the standard deviation and the confidence interval are NaN.
 *
 * @param n             replications
 * @param mean          sample mean of the recorded values (the restricted mean when censored)
 * @param sd            sample standard deviation (n - 1 denominator)
 * @param halfWidth     half-width of the Student 95% confidence interval of the mean
 * @param p5            5th percentile, NaN if not identified
 * @param p50           median, NaN if not identified
 * @param p95           95th percentile, NaN if not identified
 * @param min           smallest value, NaN if not identified
 * @param max           largest value, NaN if not identified
 * @param censored      replications whose true value is only bounded (censored)
 * @param quantiles     quantiles at {@link #LEVELS}, with their bounds
 * @param quantileError largest error of the quantiles from the bounded-memory sketch (0 while exact), same unit
 */
public record SampleSummary(long n, double mean, double sd, double halfWidth, double p5, double p50, double p95,
                            double min, double max, long censored, List<CensoredQuantile> quantiles,
                            double quantileError) {

    /** Levels of {@link #quantiles()}: 0 (min), 0.05, 0.25, 0.5, 0.75, 0.95, 1 (max). */
    public static final List<Double> LEVELS = List.of(0.0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0);

    /**
     * Copies the list.
     *
     * @param n value of {@link #n()}
     * @param mean value of {@link #mean()}
     * @param sd value of {@link #sd()}
     * @param halfWidth value of {@link #halfWidth()}
     * @param p5 value of {@link #p5()}
     * @param p50 value of {@link #p50()}
     * @param p95 value of {@link #p95()}
     * @param min value of {@link #min()}
     * @param max value of {@link #max()}
     * @param censored value of {@link #censored()}
     * @param quantiles value of {@link #quantiles()}
     * @param quantileError value of {@link #quantileError()}
     */
    public SampleSummary {
        quantiles = List.copyOf(quantiles);
    }

    /**
     * A summary of an uncensored sample: every quantile given is identified (P25 and P75 are NaN).
     *
     * @param n         replications
     * @param mean      mean
     * @param sd        standard deviation
     * @param halfWidth Student 95% half-width
     * @param p5        5th percentile
     * @param p50       median
     * @param p95       95th percentile
     * @param min       smallest value
     * @param max       largest value
     */
    public SampleSummary(long n, double mean, double sd, double halfWidth, double p5, double p50, double p95,
                         double min, double max) {
        this(n, mean, sd, halfWidth, p5, p50, p95, min, max, 0, List.of(CensoredQuantile.of(0, min),
                CensoredQuantile.of(0.05, p5), CensoredQuantile.of(0.25, Double.NaN), CensoredQuantile.of(0.5, p50),
                CensoredQuantile.of(0.75, Double.NaN), CensoredQuantile.of(0.95, p95), CensoredQuantile.of(1, max)), 0);
    }

    /** Builds a summary from the moments and the quantile bounds at {@link #LEVELS}. */
    static SampleSummary of(long n, double mean, double sd, double halfWidth, double[] low, double[] high,
                            long censored, double quantileError) {
        List<CensoredQuantile> q = new ArrayList<>(LEVELS.size());
        for (int i = 0; i < LEVELS.size(); i++) {
            q.add(new CensoredQuantile(LEVELS.get(i), low[i], high[i]));
        }
        return new SampleSummary(n, mean, sd, halfWidth, q.get(1).value(), q.get(3).value(), q.get(5).value(),
                q.get(0).value(), q.get(6).value(), censored, q, quantileError);
    }

    /**
     * @param level a level of {@link #quantiles()}, e.g. 0.95
     * @return the quantile at that level with its bounds
     * @throws IllegalArgumentException if it is not one of them
     */
    public CensoredQuantile quantile(double level) {
        for (CensoredQuantile q : quantiles) {
            if (q.level() == level) {
                return q;
            }
        }
        throw new IllegalArgumentException("no quantile at level " + level + "; levels: " + LEVELS);
    }

    /** @return lower end of the 95% confidence interval of the mean */
    public double ciLow() {
        return mean - halfWidth;
    }

    /** @return upper end of the 95% confidence interval of the mean */
    public double ciHigh() {
        return mean + halfWidth;
    }

    /** @return sample variance (sd squared) */
    public double variance() {
        return sd * sd;
    }

    /**
     * @return the half-width relative to the absolute mean: 0 if the half-width is 0 (a constant sample), infinity if
     *         the mean is 0 but the half-width is not, NaN with fewer than two replications
     */
    public double relativeHalfWidth() {
        if (Double.isNaN(halfWidth)) {
            return Double.NaN;
        }
        if (halfWidth == 0) {
            return 0;
        }
        return halfWidth / Math.abs(mean);
    }
}
