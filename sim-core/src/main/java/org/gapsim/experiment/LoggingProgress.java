package org.gapsim.experiment;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * A {@link ProgressListener} that logs replications done / total, rate (replications/s) and ETA through slf4j at
 * INFO, at most once per interval of the run's own elapsed time (so a fast run logs little), and a last line when
 * the run ends. One per run.
 */
public final class LoggingProgress implements ProgressListener {
    private final Logger logger;
    private final long intervalNanos;
    private long lastLoggedNanos;

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
        if (p.elapsedNanos() - lastLoggedNanos < intervalNanos || !logger.isInfoEnabled()) {
            return;
        }
        lastLoggedNanos = p.elapsedNanos();
        logger.info(String.format(Locale.ROOT, "%d/%s%d replications (%.1f%%), %.1f replications/s, ETA %s",
                p.done(), p.totalIsCap() ? "<=" : "", p.total(), 100 * p.fraction(), p.ratePerSecond(),
                duration(p.etaSeconds())));
    }

    @Override
    public void onFinished(Progress p, StopReason reason) {
        logger.info(String.format(Locale.ROOT, "%s after %d replications (%d resumed) in %s, %.1f replications/s",
                reason, p.done(), p.resumed(), duration(p.elapsedNanos() / 1e9), p.ratePerSecond()));
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
