package org.gapsim.experiment;

/**
 * A paired comparison of two packages on common random numbers: per replication, the restricted closure time of
 * {@code second} minus that of {@code first}, {@code min(T_second, H) - min(T_first, H)} in hours, averaged over
 * the replications. Its interval is a Bonferroni-adjusted Student interval: each of the {@code pairs} intervals of
 * an experiment has level {@code 1 - (1 - familyLevel) / pairs}, so all of them hold together with probability at
 * least {@code familyLevel} (family-wise). With {@code first} the baseline, the mean is the package's restricted
 * mean slowdown.
 *
 * @param first         the package subtracted
 * @param second        the package compared with it
 * @param n             paired replications
 * @param meanH         mean paired difference, hours (restricted to the horizon)
 * @param sdH           standard deviation of the paired differences, hours
 * @param halfWidthH    half-width of the simultaneous (Bonferroni) interval, hours; NaN with fewer than 2 pairs
 * @param pairs         number of comparisons in the family, k(k-1)/2 for k packages
 * @param familyLevel   family-wise confidence level of all the intervals together (0.95)
 */
public record PairComparison(String first, String second, long n, double meanH, double sdH, double halfWidthH,
                             int pairs, double familyLevel) {

    /** @return lower end of the simultaneous interval, hours */
    public double ciLowH() {
        return meanH - halfWidthH;
    }

    /** @return upper end of the simultaneous interval, hours */
    public double ciHighH() {
        return meanH + halfWidthH;
    }

    /** @return whether the simultaneous interval excludes 0 (the packages differ at the family-wise level) */
    public boolean differs() {
        return ciLowH() > 0 || ciHighH() < 0;
    }

    /** @return the same comparison seen the other way round (second minus first becomes first minus second) */
    public PairComparison reversed() {
        return new PairComparison(second, first, n, -meanH, sdH, halfWidthH, pairs, familyLevel);
    }
}
