package org.gapsim.experiment;

/**
 * The mean of a per-replication count (vehicles lost, breach failures...) over a package's replications, with its
 * Student 95% confidence interval. Counts are not censored: a replication that did not close by the horizon counts
 * what happened up to it.
 *
 * @param n         replications
 * @param mean      sample mean, per replication; NaN with no replication
 * @param sd        sample standard deviation (n - 1 denominator); NaN with fewer than two
 * @param halfWidth half-width of the Student 95% interval of the mean; NaN with fewer than two, 0 if sd is 0
 */
public record MeanEstimate(long n, double mean, double sd, double halfWidth) {
    /**
     * @return lower end of the 95% interval of the mean, cut at 0: a count is never negative, so neither is its mean
     *         (the Student interval of a rare count can reach below it, which printed as "-0.00")
     */
    public double ciLow() {
        return Math.max(0.0, mean - halfWidth);
    }

    /** @return upper end of the 95% interval of the mean */
    public double ciHigh() {
        return mean + halfWidth;
    }
}
