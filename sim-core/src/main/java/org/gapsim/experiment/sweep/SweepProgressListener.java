package org.gapsim.experiment.sweep;

import java.time.Duration;
import org.gapsim.experiment.Progress;
import org.gapsim.experiment.ProgressListener;
import org.slf4j.LoggerFactory;

/**
 * Receives the progress of a running sweep, on the thread that called {@link SweepRunner#run()}, once per finished
 * design point. {@link Progress#done()} and {@link Progress#total()} count design points, not replications.
 */
@FunctionalInterface
public interface SweepProgressListener {
    /**
     * @param progress design points done / total, elapsed time and ETA
     * @param point    the point just finished
     */
    void onPoint(Progress progress, PointResult point);

    /**
     * Called once when the sweep ends (not when it fails).
     *
     * @param progress  final position
     * @param cancelled whether it was cancelled
     */
    default void onFinished(Progress progress, boolean cancelled) {
    }

    /** @return a listener that does nothing */
    static SweepProgressListener silent() {
        return (p, r) -> {
        };
    }

    /**
     * @return the default: logs points done / total and the ETA to the slf4j logger {@value ProgressListener#LOGGER}
     *         at INFO, after the first point, then at most every 2 seconds, and once at the end
     */
    static SweepProgressListener logging() {
        return new LoggingSweepProgress(LoggerFactory.getLogger(ProgressListener.LOGGER), Duration.ofSeconds(2));
    }
}
