package org.gapsim.experiment;

/**
 * What an experiment found for one value of a user measure ({@link org.gapsim.measure.Measure}) in one package.
 * Replications where the value was NaN (not observed) are left out: {@code values.n()} counts the others.
 *
 * @param name         the value's name ({@code measure_NAME} in the per-replication CSV)
 * @param values       the observed values: mean with its Student 95% interval, quantiles
 * @param vsBaseline   the paired difference against the baseline's value in the same replication (common random
 *                     numbers), over replications where both were observed, with its Student 95% interval; n = 0
 *                     and NaN for the baseline itself
 */
public record MeasureSummary(String name, SampleSummary values, MeanEstimate vsBaseline) {
}
