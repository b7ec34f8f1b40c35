package org.gapsim.experiment.sweep;

import static org.gapsim.experiment.internal.LoggingProgress.duration;

import java.time.Duration;
import java.util.Locale;
import org.gapsim.experiment.Progress;
import org.slf4j.Logger;

/** Logs a sweep's progress (design points done / total, ETA) at INFO, throttled; one per sweep. */
final class LoggingSweepProgress implements SweepProgressListener {
    private final Logger logger;
    private final long intervalNanos;
    private long lastLoggedNanos = Long.MIN_VALUE / 2;

    LoggingSweepProgress(Logger logger, Duration minInterval) {
        this.logger = logger;
        this.intervalNanos = minInterval.toNanos();
    }

    @Override
    public void onPoint(Progress p, PointResult point) {
        if (!logger.isInfoEnabled() || p.done() == p.total()
                || (p.done() > 1 && p.elapsedNanos() - lastLoggedNanos < intervalNanos)) {
            return;
        }
        lastLoggedNanos = p.elapsedNanos();
        logger.info(String.format(Locale.ROOT, "design point %d/%d done (%.0f%%) in %s, ETA %s", p.done(), p.total(),
                100 * p.fraction(), duration(p.elapsedNanos() / 1e9), duration(p.etaSeconds())));
    }

    @Override
    public void onFinished(Progress p, boolean cancelled) {
        logger.info(String.format(Locale.ROOT, "sweep %s after %d/%d design points in %s",
                cancelled ? "cancelled" : "finished", p.done(), p.total(), duration(p.elapsedNanos() / 1e9)));
    }
}
