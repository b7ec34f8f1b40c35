package org.gapsim.experiment.internal;

import org.gapsim.experiment.Progress;
import org.gapsim.experiment.StopReason;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
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

    /**
     * Defect (found verifying issue 10): when the start-up took longer than the logging interval, the very first
     * report (1 replication after 2.5 s) was logged with the whole-run average, "0.4 replications/s, ETA 26m36s",
     * for a 600-replication run that took 3 s. No line is logged until a rate from the first replication exists.
     */
    @Test
    void noLineIsLoggedFromTheFirstReportAlone() {
        List<String> lines = new ArrayList<>();
        LoggingProgress lp = new LoggingProgress(capturing(lines), Duration.ofSeconds(2));
        lp.onProgress(new Progress(1, 600, false, 0, 2_500_000_000L));
        assertEquals(List.of(), lines);
        lp.onProgress(new Progress(201, 600, false, 0, 4_500_000_000L));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("100.0 replications/s, ETA 4.0s"), lines.get(0));
    }

    /** Defect (found verifying issue 10): resuming a finished run printed "NaN replications/s". */
    @Test
    void aSessionThatRanNothingPrintsNoRate() {
        List<String> lines = new ArrayList<>();
        LoggingProgress lp = new LoggingProgress(capturing(lines), Duration.ofSeconds(2));
        lp.onFinished(new Progress(600, 600, false, 600, 100_000_000L), StopReason.REPLICATIONS_DONE);
        assertEquals(1, lines.size());
        assertFalse(lines.get(0).contains("NaN"), lines.get(0));
        assertTrue(lines.get(0).startsWith("REPLICATIONS_DONE after 600 replications (600 resumed)"), lines.get(0));
    }

    /** @return a logger (INFO enabled) that keeps every {@code info(String)} message in {@code lines} */
    private static Logger capturing(List<String> lines) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isInfoEnabled":
                            return true;
                        case "info":
                            if (args != null && args.length == 1 && args[0] instanceof String s) {
                                lines.add(s);
                            }
                            return null;
                        case "getName":
                            return "capturing";
                        default:
                            return method.getReturnType() == boolean.class ? Boolean.FALSE : null;
                    }
                });
    }
}
