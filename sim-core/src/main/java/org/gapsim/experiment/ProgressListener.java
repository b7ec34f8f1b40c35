package org.gapsim.experiment;

import org.gapsim.experiment.internal.LoggingProgress;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * Receives progress of a running experiment, on the thread that called {@link ExperimentRunner#run()}, once per
 * replication recorded (in replication order). Implementations need not be thread-safe and should be cheap; they
 * may call {@link ExperimentRunner#cancel()}.
 */
@FunctionalInterface
public interface ProgressListener {
    /** Name of the slf4j logger the default listener writes to. */
    String LOGGER = "gapsim.progress";

    /** @param progress where the experiment stands after one more replication */
    void onProgress(Progress progress);

    /**
     * Called once when the run ends (not when it fails).
     *
     * @param progress final position
     * @param reason   why it stopped
     */
    default void onFinished(Progress progress, StopReason reason) {
    }

    /** @return a listener that does nothing */
    static ProgressListener silent() {
        return p -> {
        };
    }

    /** @return the default: logs to {@value #LOGGER} at INFO at most every 2 seconds, and once at the end */
    static ProgressListener logging() {
        return new LoggingProgress(LoggerFactory.getLogger(LOGGER), Duration.ofSeconds(2));
    }
}
