package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.measure.MeasureProvider;
import org.gapsim.measure.Measures;
import org.gapsim.report.internal.ReplicationCsv;
import org.gapsim.report.Study;
import org.gapsim.scenarios.cli.Cli.Result;
import org.gapsim.scenarios.examples.FirstLossMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked measure example ({@link FirstLossMeasure}) is found through the {@link MeasureProvider} service file and
 * runs in {@code gapsim run --measure first-loss}: its values land in replications.csv and the summaries, and agree
 * with the force-level losses of the same rows.
 */
class MeasureSpiTest {

    @Test
    void theExampleIsFoundByNameThroughServiceLoader() {
        List<String> names = Measures.providers(null).stream().map(MeasureProvider::name).toList();
        assertTrue(names.contains("first-loss"), names.toString());
        assertInstanceOf(FirstLossMeasure.class, Measures.byName("first-loss", null));
    }

    @Test
    void runWithMeasureWritesItsValuesAndSummaries(@TempDir Path dir) throws IOException {
        Result r = gapsim("run", "--replications", "6", "--threads", "2", "--packages", "at-mines", "--measure",
                "first-loss", "--out", dir.toString(), "--quiet");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        String header = Files.readAllLines(dir.resolve(Study.REPLICATIONS)).get(0);
        assertTrue(header.endsWith(",measure_first_loss_h,measure_lost_first_hour"), header);
        List<ReplicationRow> rows = ReplicationCsv.read(dir.resolve(Study.REPLICATIONS)).rows();
        assertEquals(12, rows.size());
        int withLosses = 0;
        for (ReplicationRow row : rows) {
            boolean lost = row.vehiclesLost() > 0;
            assertEquals(!lost, Double.isNaN(row.measure(0)), row.toString());
            if (lost) {
                withLosses++;
                assertTrue(row.measure(0) > 0 && row.measure(0) <= row.closureH(), row.toString());
                assertTrue(row.measure(1) >= 1 && row.measure(1) <= row.vehiclesLost(), row.toString());
            }
        }
        assertTrue(withLosses > 0, "the Suwalki packages lose vehicles");
        assertTrue(Files.readAllLines(dir.resolve(Study.SUMMARY_CSV)).get(0).contains("measure_first_loss_h_mean"));
        assertTrue(Files.readString(dir.resolve(Study.SUMMARY_TXT)).contains("lost_first_hour"));
    }

    @Test
    void anUnknownMeasureIsOneLineExitTwo(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Result r = gapsim("run", "--replications", "2", "--measure", "no-such", "--out", out.toString());
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("--measure") && r.err().contains("first-loss"), r.err());
        assertFalse(Files.exists(out));
    }
}
