package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.experiment.StopReason;
import org.gapsim.experiment.StoppingRuleProvider;
import org.gapsim.experiment.StoppingRules;
import org.gapsim.report.Study;
import org.gapsim.report.internal.ReplicationCsv;
import org.gapsim.scenarios.SuwalkiGap;
import org.gapsim.scenarios.cli.Cli.Result;
import org.gapsim.scenarios.examples.ReachedKnownRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code gapsim run --stop NAME[:V,...]}: a user's stopping rule found by name through
 * {@link StoppingRuleProvider} (the worked example {@link ReachedKnownRule}), capped by {@code --replications}; it
 * stops where the same rule set in code stops, with the same rows; bad values are one line naming the option.
 */
class StopOptionTest {

    @Test
    void theExampleIsFoundByNameThroughServiceLoader() {
        List<String> names = StoppingRules.providers(null).stream().map(StoppingRuleProvider::name).toList();
        assertTrue(names.contains("reached-known"), names.toString());
        assertEquals(new ReachedKnownRule(0.1, 300), StoppingRules.byName("reached-known", new double[]{0.1}, 300,
                null));
    }

    @Test
    void parsesNameAndParameters() {
        RunCommand.StopOption o = RunCommand.StopOption.parse(" reached-known:0.05 ");
        assertEquals("reached-known", o.name());
        assertArrayEquals(new double[]{0.05}, o.params());
        assertArrayEquals(new double[]{1, 2.5e-3}, RunCommand.StopOption.parse("a-rule:1, 2.5e-3").params());
        assertArrayEquals(new double[0], RunCommand.StopOption.parse("no-params").params());
    }

    @Test
    void aUserRuleStopsWhereTheSameRuleInCodeStops(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Result r = gapsim("run", "--stop", "reached-known:0.012", "--replications", "600", "--packages", "bridges",
                "--threads", "2", "--out", out.toString(), "--quiet");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());

        ExperimentResult inCode = new ExperimentRunner(Experiment.builder(SuwalkiGap.scenario()).packages("bridges")
                .stopping(new ReachedKnownRule(0.012, 600)).threads(1).build())
                .withProgress(ProgressListener.silent()).withRowsKept().run();
        assertEquals(StopReason.TARGET_MET, inCode.stopReason(), "the test needs a rule met before the cap");
        assertTrue(inCode.replications() > 100 && inCode.replications() < 600, "and after more than one batch: "
                + inCode.replications());
        for (PackageSummary p : inCode.packages()) {
            assertTrue((p.pReachedHigh() - p.pReachedLow()) / 2 <= 0.012, p.packageName());
        }
        List<ReplicationRow> rows = ReplicationCsv.read(out.resolve(Study.REPLICATIONS)).rows();
        assertEquals(2 * inCode.replications(), rows.size());
        assertEquals(inCode.rows(), rows);
        assertTrue(r.out().contains(StopReason.TARGET_MET.name()), r.out());
        assertTrue(Files.readString(out.resolve(Study.PROVENANCE)).contains("reached-known"),
                "the provenance names the rule");
    }

    @Test
    void theCapIsTheReplicationsOption(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Result r = gapsim("run", "--stop", "reached-known:0.001", "--replications", "100", "--packages", "bridges",
                "--threads", "2", "--out", out.toString(), "--quiet");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        assertTrue(r.out().contains(StopReason.MAX_REPLICATIONS.name()), r.out());
        assertEquals(200, ReplicationCsv.read(out.resolve(Study.REPLICATIONS)).rows().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such:1", "reached-known", "reached-known:0.1,2", "reached-known:abc",
            "reached-known:0.9", "reached-known:", "Reached", ":0.1", "reached-known:NaN"})
    void badValuesExitTwoWithOneLineNamingTheOption(String bad, @TempDir Path dir) {
        Path out = dir.resolve("out");
        Result r = gapsim("run", "--stop", bad, "--replications", "20", "--out", out.toString());
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), bad + ": " + r.err());
        assertEquals(1, r.errLines().size(), bad + ": " + r.err());
        assertTrue(r.err().contains("--stop"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void notWithPrecision(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Result r = gapsim("run", "--stop", "reached-known:0.1", "--precision", "0.1", "--out", out.toString());
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("--stop") && r.err().contains("--precision"), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertFalse(Files.exists(out));
    }
}
