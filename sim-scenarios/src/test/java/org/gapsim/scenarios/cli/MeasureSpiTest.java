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

    /**
     * Issue 14's "done when": the worked example's values in replications.csv and every summary file of a resumed
     * 2-thread run (20 replications, then extended to 40 with --resume) are byte-identical to one 1-thread run of 40.
     */
    @Test
    void aResumedTwoThreadRunWritesTheMeasureExactlyAsOneThread(@TempDir Path dir) throws IOException {
        Path once = dir.resolve("once");
        Path resumed = dir.resolve("resumed");
        String[] common = {"--packages", "at-mines", "--measure", "first-loss", "--quiet"};
        Result ref = gapsim(cat(new String[]{"run", "-n", "40", "--threads", "1", "--out", once.toString()}, common));
        assertEquals(GapsimCli.EXIT_OK, ref.code(), ref.err());
        Result first = gapsim(cat(new String[]{"run", "-n", "20", "--threads", "2", "--out", resumed.toString()},
                common));
        assertEquals(GapsimCli.EXIT_OK, first.code(), first.err());
        Result more = gapsim(cat(new String[]{"run", "-n", "40", "--threads", "2", "--resume", "--out",
                resumed.toString()}, common));
        assertEquals(GapsimCli.EXIT_OK, more.code(), more.err());
        assertEquals(ref.out(), more.out(), "the same table");
        for (String f : List.of(Study.REPLICATIONS, Study.SUMMARY_CSV, Study.SUMMARY_JSON, Study.SUMMARY_TXT)) {
            assertEquals(Files.readString(once.resolve(f)), Files.readString(resumed.resolve(f)), f);
        }
        assertEquals(80, ReplicationCsv.read(resumed.resolve(Study.REPLICATIONS)).rows().size());
        assertTrue(Files.readAllLines(resumed.resolve(Study.REPLICATIONS)).get(0).endsWith(
                ",measure_first_loss_h,measure_lost_first_hour"));
        assertTrue(Files.readString(resumed.resolve(Study.SUMMARY_JSON)).contains("measure_first_loss_h"));
    }

    private static String[] cat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
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
