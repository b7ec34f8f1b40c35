package org.gapsim.experiment;

/**
 * What an experiment found for one column of one package. Arrival times are censored at the horizon H like the
 * force's closure time: a replication in which the column did not arrive by H records H, so the means are
 * <b>restricted</b> means up to H (RMST: the mean of min(T, H)), not means of the unobserved true times, and
 * quantiles are given only where the data identify them (see {@link SampleSummary}).
 *
 * @param column        column id
 * @param leadH         lead vehicle's arrival at the objective, restricted to H, hours
 * @param tailH         last surviving vehicle's arrival (the column's closure), restricted to H, hours
 * @param reached       replications in which the whole surviving column arrived by H
 * @param pReachedLow   lower end of the Wilson score 95% interval of P(reached by H)
 * @param pReachedHigh  upper end of that interval
 * @param vehiclesLost  vehicles lost per replication, all causes, with its 95% interval
 * @param lostArmoured  armoured vehicles lost per replication, with its 95% interval
 * @param lostLight     light vehicles lost per replication, with its 95% interval
 * @param heldMin       minutes the head was held at obstacles per replication, with its 95% interval
 * @param halted        replications in which the column stopped for good by H
 */
public record ColumnSummary(String column, SampleSummary leadH, SampleSummary tailH, long reached,
                            double pReachedLow, double pReachedHigh, MeanEstimate vehiclesLost,
                            MeanEstimate lostArmoured, MeanEstimate lostLight, MeanEstimate heldMin, long halted) {

    /** @return P(the whole surviving column arrived by the horizon); NaN without replications */
    public double pReached() {
        long n = tailH.n();
        return n == 0 ? Double.NaN : (double) reached / n;
    }

    /** @return the fraction of replications in which the column stopped for good; NaN without replications */
    public double pHalted() {
        long n = tailH.n();
        return n == 0 ? Double.NaN : (double) halted / n;
    }
}
