package org.gapsim.report;

import org.gapsim.report.internal.ReplicationCsv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.ColumnRow;
import org.gapsim.experiment.ColumnSummary;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.MeasureSummary;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.experiment.StopReason;
import org.gapsim.measure.Measure;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-column results and a user measure go through the runner like the built-in outputs: into replications.csv and
 * the summaries, the same bit for bit after a cancelled 2-thread run is resumed as in one uninterrupted 1-thread
 * run (the done-criterion of issue 14, item 2), and consistent with the force-level fields of the same row.
 */
class ColumnsAndMeasuresStudyTest {
    private static final Scenario SCENARIO = ExperimentFixtures.crossing();
    private static final List<String> FILES = List.of(Study.REPLICATIONS, Study.SUMMARY_CSV, Study.SUMMARY_JSON,
            Study.SUMMARY_TXT);
    private static Path reference;
    private static ExperimentResult referenceResult;

    /** Counts the vehicles lost and notes the first loss's time, hours (NaN with none). */
    static final class LossClock implements Measure {
        @Override
        public List<String> valueNames() {
            return List.of("losses_seen", "first_loss_h");
        }

        @Override
        public Recorder recorder(CrossingPlan plan, long replication) {
            return new Recorder() {
                private int n;
                private double first = Double.NaN;

                @Override
                public void on(ModelEvent event) {
                    if (event instanceof ModelEvent.VehicleLost l) {
                        if (n++ == 0) {
                            first = l.timeMin() / 60.0;
                        }
                    }
                }

                @Override
                public double[] values() {
                    return new double[]{n, first};
                }
            };
        }
    }

    private static Experiment experiment(int threads) {
        return Experiment.builder(SCENARIO).replications(40).masterSeed(7).threads(threads).batchSize(10)
                .measure(new LossClock()).build();
    }

    @BeforeAll
    static void uninterruptedOneThread(@TempDir Path dir) {
        reference = dir;
        referenceResult = new Study(experiment(1), dir).withProgress(ProgressListener.silent()).run();
    }

    @Test
    void aResumedTwoThreadRunWritesTheSameFilesAsOneThread(@TempDir Path dir) throws IOException {
        Study[] study = new Study[1];
        study[0] = new Study(experiment(2), dir).withProgress(p -> {
            if (p.done() == 17) {
                study[0].cancel();
            }
        });
        assertEquals(StopReason.CANCELLED, study[0].run().stopReason());
        assertFalse(Files.exists(dir.resolve(Study.SUMMARY_CSV)));
        ExperimentResult resumed = new Study(experiment(2), dir).withProgress(ProgressListener.silent()).run();
        assertEquals(referenceResult, resumed);
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(reference.resolve(f)), Files.readAllBytes(dir.resolve(f)), f);
        }
        String header = Files.readAllLines(dir.resolve(Study.REPLICATIONS)).get(0);
        assertTrue(header.endsWith(",measure_losses_seen,measure_first_loss_h"), header);
        assertTrue(header.contains(",col_c1_lead_h,col_c1_tail_h,col_c1_reached,"), header);
        assertTrue(Files.readAllLines(dir.resolve(Study.SUMMARY_CSV)).get(0).contains("measure_first_loss_h_mean"));
        String json = Files.readString(dir.resolve(Study.SUMMARY_JSON), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"measure_first_loss_h_restricted_mean\""), "flattened measure in summary.json");
        assertTrue(json.contains("\"col_c2_p_reached_estimate\""), "flattened column in summary.json");
        String txt = Files.readString(dir.resolve(Study.SUMMARY_TXT), StandardCharsets.UTF_8);
        assertTrue(txt.contains("first_loss_h") && txt.contains("Per column"), txt);
    }

    @Test
    void aCheckpointIsNotResumedWithOtherMeasures(@TempDir Path dir) throws IOException {
        new Study(experiment(1), dir).withProgress(ProgressListener.silent()).run();
        byte[] before = Files.readAllBytes(dir.resolve(Study.REPLICATIONS));
        Experiment without = Experiment.builder(SCENARIO).replications(50).masterSeed(7).threads(1).batchSize(10)
                .build();
        org.gapsim.experiment.ExperimentConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.gapsim.experiment.ExperimentConfigException.class,
                () -> new Study(without, dir).withProgress(ProgressListener.silent()).run());
        assertTrue(e.getMessage().contains("user measures"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(Study.REPLICATIONS)), "left alone");
    }

    @Test
    void columnsAndTheMeasureAgreeWithTheForceLevelFieldsOfEachRow() throws IOException {
        List<ReplicationRow> rows = ReplicationCsv.read(reference.resolve(Study.REPLICATIONS)).rows();
        assertEquals(40 * 3, rows.size());
        double horizonH = SCENARIO.horizonMin() / 60.0;
        long withLosses = 0;
        for (ReplicationRow r : rows) {
            assertEquals(List.of("c1", "c2"), r.columns().stream().map(ColumnRow::column).toList());
            int lost = 0;
            int arrived = 0;
            int armoured = 0;
            boolean all = true;
            double lastTail = 0;
            double firstLead = horizonH;
            for (ColumnRow c : r.columns()) {
                lost += c.vehiclesLost();
                arrived += c.vehiclesArrived();
                armoured += c.lostArmoured();
                all &= c.reached();
                lastTail = Math.max(lastTail, c.tailH());
                firstLead = Math.min(firstLead, c.leadH());
                assertTrue(c.reached() ? c.tailH() < horizonH : c.tailH() == horizonH, c.toString());
            }
            assertEquals(r.vehiclesLost(), lost, "column losses add up to the force's");
            assertEquals(r.vehiclesArrived(), arrived);
            assertEquals(r.count(org.gapsim.measure.FightCount.LOST_ARMOURED), armoured);
            assertEquals(r.reached(), all, "the closure rule is every column");
            assertEquals(r.closureH(), all ? lastTail : horizonH, 1e-12);
            assertEquals(r.firstLeadH(), firstLead, 1e-12);
            double held = 0;
            for (double h : r.heldMinByKind()) {
                held += h;
            }
            assertEquals(held, r.columns().get(0).heldMin() + r.columns().get(1).heldMin(), 1e-9);
            assertEquals(r.vehiclesLost(), r.measure(0), "the measure saw every loss");
            assertEquals(r.vehiclesLost() == 0, Double.isNaN(r.measure(1)));
            if (r.vehiclesLost() > 0) {
                withLosses++;
                assertTrue(r.measure(1) > 0 && r.measure(1) <= horizonH);
            }
        }
        assertTrue(withLosses > 0, "the minefield package loses vehicles in some replications");
        for (PackageSummary p : referenceResult.packages()) {
            MeasureSummary first = p.measures().get(1);
            assertEquals("first_loss_h", first.name());
            long n = rows.stream().filter(r -> r.packageName().equals(p.packageName()) && r.vehiclesLost() > 0)
                    .count();
            assertEquals(n, first.values().n(), "NaN (no loss) is left out");
            double meanLost = rows.stream().filter(r -> r.packageName().equals(p.packageName()))
                    .mapToInt(ReplicationRow::vehiclesLost).average().orElseThrow();
            assertEquals(meanLost, p.measures().get(0).values().mean(), 1e-9);
            assertEquals(p.vehiclesLost().mean(), p.measures().get(0).values().mean(), 1e-9);
            for (ColumnSummary c : p.columns()) {
                long reached = rows.stream().filter(r -> r.packageName().equals(p.packageName()))
                        .filter(r -> r.columns().get(c.column().equals("c1") ? 0 : 1).reached()).count();
                assertEquals(reached, c.reached());
                assertEquals(40, c.tailH().n());
            }
        }
    }
}
