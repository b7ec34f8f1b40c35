package org.gapsim.experiment;

/**
 * How far a running experiment has got. Rates count only the replications run in this session (not those resumed
 * from a checkpoint).
 *
 * @param done         replications recorded so far, resumed ones included
 * @param total        replications planned: the fixed count, or the cap of a sequential run
 * @param totalIsCap   whether {@code total} is only an upper bound (sequential stopping may end sooner)
 * @param resumed      replications read back from a checkpoint at the start
 * @param elapsedNanos wall-clock time since this session's replications started, nanoseconds
 */
public record Progress(long done, long total, boolean totalIsCap, long resumed, long elapsedNanos) {

    /** @return replications per second in this session; NaN before any has finished */
    public double ratePerSecond() {
        long ran = done - resumed;
        if (ran <= 0 || elapsedNanos <= 0) {
            return Double.NaN;
        }
        return ran / (elapsedNanos / 1e9);
    }

    /** @return estimated seconds until {@code total} at the current rate; NaN if unknown */
    public double etaSeconds() {
        double rate = ratePerSecond();
        return Double.isNaN(rate) ? Double.NaN : Math.max(0, total - done) / rate;
    }

    /** @return fraction of {@code total} done, in [0, 1] */
    public double fraction() {
        return total <= 0 ? 1 : Math.min(1.0, (double) done / total);
    }
}
