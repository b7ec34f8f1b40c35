package org.gapsim.experiment;

/**
 * Summary statistics of one output over the replications of one package, in the output's unit (hours for closure
 * and slowdown). Quantiles use R's default definition (type 7, linear interpolation between order statistics), as
 * R's {@code quantile} and numpy's {@code percentile} do. With fewer than two replications the standard deviation
 * and the confidence interval are NaN.
 *
 * @param n          replications
 * @param mean       sample mean
 * @param sd         sample standard deviation (n - 1 denominator)
 * @param halfWidth  half-width of the Student 95% confidence interval of the mean
 * @param p5         5th percentile
 * @param p50        median
 * @param p95        95th percentile
 * @param min        smallest value
 * @param max        largest value
 */
public record SampleSummary(long n, double mean, double sd, double halfWidth, double p5, double p50, double p95,
                            double min, double max) {

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
