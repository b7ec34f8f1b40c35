package org.gapsim.experiment.internal;

import org.gapsim.experiment.Progress;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.StopReason;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * A {@link ProgressListener} that logs replications done / total, rate (replications/s) and ETA through slf4j at
 * INFO, at most once per interval of the run's own elapsed time (so a fast run logs little), and a last line when
 * the run ends. One per run.
 *
 * <p>The rate and ETA are measured from the first replication finished, not from the start: the time before it
 * (compiling the plans, warming the JIT, filling every worker's first block) is paid once and would make the first
 * ETAs far too long. No progress line is logged before a second report has come (the first report alone
 * measures only the start-up: 1 replication after a 2.5 s start gave "ETA 26m36s" for a 3 s run).
 */
public final class LoggingProgress implements ProgressListener {
    private final Logger logger;
    private final long intervalNanos;
    private long lastLoggedNanos;
    private long firstDone = -1;
    private long firstNanos;

    /**
     * @param logger      where to log
     * @param minInterval shortest time between two progress lines
     */
    public LoggingProgress(Logger logger, Duration minInterval) {
        this.logger = logger;
        this.intervalNanos = minInterval.toNanos();
    }

    @Override
    public void onProgress(Progress p) {
        if (firstDone < 0) {
            firstDone = p.done();
            firstNanos = p.elapsedNanos();
        }
        if (p.done() <= firstDone) {
            return; // no rate measured from the first replication yet: the start-up alone would give a wild ETA
        }
        if (p.elapsedNanos() - lastLoggedNanos < intervalNanos || !logger.isInfoEnabled()) {
            return;
        }
        lastLoggedNanos = p.elapsedNanos();
        logger.info(line(p));
    }

    /** @return the progress line for {@code p}, rate and ETA measured from the first report */
    String line(Progress p) {
        if (firstDone < 0) {
            firstDone = p.done();
            firstNanos = p.elapsedNanos();
        }
        double rate = p.ratePerSecond();
        if (p.done() > firstDone && p.elapsedNanos() > firstNanos) {
            rate = (p.done() - firstDone) / ((p.elapsedNanos() - firstNanos) / 1e9);
        }
        double eta = rate > 0 ? Math.max(0, p.total() - p.done()) / rate : Double.NaN;
        return String.format(Locale.ROOT, "%d/%s%d replications (%.1f%%), %.1f replications/s, ETA %s",
                p.done(), p.totalIsCap() ? "<=" : "", p.total(), 100 * p.fraction(), rate, duration(eta));
    }

    @Override
    public void onFinished(Progress p, StopReason reason) {
        logger.info(finishedLine(p, reason));
    }

    /** @return the last line: no rate when this session ran nothing (all resumed), rather than "NaN" */
    static String finishedLine(Progress p, StopReason reason) {
        String line = String.format(Locale.ROOT, "%s after %d replications (%d resumed) in %s",
                reason, p.done(), p.resumed(), duration(p.elapsedNanos() / 1e9));
        double rate = p.ratePerSecond();
        return Double.isNaN(rate) ? line : line + String.format(Locale.ROOT, ", %.1f replications/s", rate);
    }

    /**
     * @param seconds a duration, s
     * @return it as {@code 1h02m03s}, {@code 2m03s} or {@code 3.4s}; {@code ?} if unknown
     */
    public static String duration(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
            return "?";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm%02ds", s / 3600, (s % 3600) / 60, s % 60);
    }
}
