package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --precision}: relative (0.05) or absolute in hours (0.05h); bad values are one line naming the option. */
class PrecisionOptionTest {

    // bridges: a package whose slowdown converges fast; since issue 11 at-mines' slowdown spreads over 1-110 h (the
    // defender can hold a column for days), so +/-0.5 h would need thousands of replications
    private static String[] run(Path out, String precision) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = GapsimCli.execute(new PrintWriter(o), new PrintWriter(e), "run", "--precision", precision,
                "--replications", "200", "--packages", "bridges", "--threads", "2", "--out", out.toString(),
                "--quiet");
        return new String[]{Integer.toString(code), o.toString(), e.toString()};
    }

    @Test
    void parsesRelativeAndAbsoluteTargets() {
        assertEquals(new ExperimentOptions.Precision(0.05, false), ExperimentOptions.parsePrecision("0.05"));
        assertEquals(new ExperimentOptions.Precision(0.05, true), ExperimentOptions.parsePrecision("0.05h"));
        assertEquals(new ExperimentOptions.Precision(2, true), ExperimentOptions.parsePrecision("2h"));
        assertEquals(new ExperimentOptions.Precision(0.5, true), ExperimentOptions.parsePrecision(" 0.5 h "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0h", "-1h", "h", "abch", "NaNh", "Infinityh", "1e400h", "0.05hh", "2", "0", "NaN",
            "0.05 m", ""})
    void badValuesExitTwoWithOneLineNamingTheOption(String bad, @TempDir Path dir) {
        Path out = dir.resolve("out");
        String[] r = run(out, bad);
        assertEquals(Integer.toString(GapsimCli.EXIT_BAD_INPUT), r[0], bad + ": " + r[2]);
        assertEquals(1, r[2].strip().lines().count(), bad + ": " + r[2]);
        assertTrue(r[2].contains("--precision"), r[2]);
        assertFalse(r[2].contains("Exception"), r[2]);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void anAbsoluteTargetRunsToItsHalfWidth(@TempDir Path dir) {
        String[] r = run(dir.resolve("out"), "0.5h");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("TARGET_MET; target +/-0.500 h met"), r[1]);
        assertTrue(r[1].contains("100 replications"), "stops at the first check: " + r[1]);
    }
}
