package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingProgressTest {
    /**
     * Defect: the first ETA counted the start-up (plan compilation, JIT, first blocks) as if it were the steady
     * rate. Here the first replication takes 1.5 s, then 100 replications/s: 1,000 - 201 = 799 left at 100/s is 8.0 s
     * (the whole-run average, 201 / 3.5 s, would say 13.9 s).
     */
    @Test
    void theEtaIsMeasuredFromTheFirstReplicationNotTheStart() {
        LoggingProgress lp = new LoggingProgress(LoggerFactory.getLogger("test"), Duration.ofSeconds(2));
        lp.onProgress(new Progress(1, 1000, false, 0, 1_500_000_000L));
        String line = lp.line(new Progress(201, 1000, false, 0, 3_500_000_000L));
        assertTrue(line.contains("100.0 replications/s, ETA 8.0s"), line);
    }
}
