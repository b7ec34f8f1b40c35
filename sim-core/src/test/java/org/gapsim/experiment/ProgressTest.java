package org.gapsim.experiment;

import org.gapsim.experiment.internal.LoggingProgress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;
    private final Logger logger = (Logger) LoggerFactory.getLogger(ProgressListener.LOGGER);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    @Test
    void rateAndEtaCountOnlyThisSessionsReplications() {
        Progress p = new Progress(300, 1_000, false, 100, 4 * SECOND);
        assertEquals(50.0, p.ratePerSecond(), 1e-12);
        assertEquals(14.0, p.etaSeconds(), 1e-12);
        assertEquals(0.3, p.fraction(), 1e-12);
        assertTrue(Double.isNaN(new Progress(100, 1_000, false, 100, SECOND).ratePerSecond()));
    }

    @Test
    void loggingIsThrottledToTheInterval() {
        LoggingProgress listener = new LoggingProgress(LoggerFactory.getLogger(ProgressListener.LOGGER),
                Duration.ofSeconds(2));
        for (int i = 1; i <= 100; i++) {
            // 100 replications over 5 s: lines at 2 s and 4 s only
            listener.onProgress(new Progress(i, 1_000, true, 0, i * SECOND / 20));
        }
        assertEquals(2, appender.list.size());
        String line = appender.list.get(0).getFormattedMessage();
        assertEquals("40/<=1000 replications (4.0%), 20.0 replications/s, ETA 48.0s", line);
        listener.onFinished(new Progress(100, 1_000, true, 0, 5 * SECOND), StopReason.TARGET_MET);
        assertEquals(3, appender.list.size());
        assertTrue(appender.list.get(2).getFormattedMessage().startsWith("TARGET_MET after 100 replications"));
    }

    @Test
    void durationsReadLikeAClock() {
        assertEquals("3.4s", LoggingProgress.duration(3.4));
        assertEquals("2m03s", LoggingProgress.duration(123));
        assertEquals("1h02m03s", LoggingProgress.duration(3723));
        assertEquals("?", LoggingProgress.duration(Double.NaN));
    }

    @Test
    void theRunnerReportsEveryReplicationInOrderAndFinishesOnce() {
        List<Progress> seen = new ArrayList<>();
        List<StopReason> finished = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void onProgress(Progress p) {
                seen.add(p);
            }

            @Override
            public void onFinished(Progress p, StopReason reason) {
                finished.add(reason);
            }
        };
        new ExperimentRunner(Experiment.builder(ExperimentFixtures.crossing()).replications(30).threads(4)
                .batchSize(7).build()).withProgress(listener).run();
        assertEquals(30, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i).done());
            assertEquals(30, seen.get(i).total());
            assertFalse(seen.get(i).totalIsCap());
        }
        assertEquals(List.of(StopReason.REPLICATIONS_DONE), finished);
    }

    @Test
    void aSilentRunLogsNothingAndTheDefaultLogsTheEnd() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).replications(5).threads(1).build();
        new ExperimentRunner(e).withProgress(ProgressListener.silent()).run();
        assertEquals(0, appender.list.size());
        new ExperimentRunner(e).run();
        assertEquals(1, appender.list.size(), "a run under 2 s logs only its last line");
        assertTrue(appender.list.get(0).getFormattedMessage().startsWith("REPLICATIONS_DONE after 5 replications"));
    }
}
