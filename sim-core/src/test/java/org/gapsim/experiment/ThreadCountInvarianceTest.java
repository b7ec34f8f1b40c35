package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Every output is bit-identical whatever the thread count and the batch size (chunking). */
class ThreadCountInvarianceTest {
    private final Scenario scenario = ExperimentFixtures.crossing();

    private ExperimentResult fixed(int threads, int batch) {
        return ExperimentFixtures.run(Experiment.builder(scenario).replications(150).masterSeed(99).threads(threads)
                .batchSize(batch).build());
    }

    @Test
    void fixedCountResultsAreBitIdenticalFor128ThreadsAndAnyBatchSize() {
        ExperimentResult reference = fixed(1, 150);
        assertEquals(150, reference.replications());
        assertEquals(150 * 3, reference.rows().size());
        for (int[] setting : new int[][]{{2, 150}, {8, 150}, {1, 7}, {2, 7}, {8, 7}, {8, 1}, {2, 64}}) {
            ExperimentResult other = fixed(setting[0], setting[1]);
            // records compare doubles with Double.compare: bit for bit
            assertEquals(reference.rows(), other.rows(), "rows, threads/batch " + List.of(setting[0], setting[1]));
            assertEquals(reference.packages(), other.packages(), "summaries, threads/batch " + setting[0] + "/" + setting[1]);
            assertEquals(reference.precision(), other.precision());
            assertEquals(reference.stopReason(), other.stopReason());
        }
    }

    @Test
    void theWholeResultIsEqualAcrossThreadCounts() {
        // ExperimentResult holds no thread count or timing, so whole results compare equal.
        assertEquals(fixed(1, 25), fixed(8, 25));
    }

    @Test
    void sequentialStoppingEndsAtTheSameReplicationForAnyThreadCount() {
        Experiment.Builder b = Experiment.builder(scenario).targetPrecision(0.15).maxReplications(2_000).batchSize(10)
                .masterSeed(5);
        ExperimentResult one = ExperimentFixtures.run(b.threads(1).build());
        ExperimentResult eight = ExperimentFixtures.run(b.threads(8).build());
        assertEquals(StopReason.TARGET_MET, one.stopReason());
        assertEquals(one, eight);
    }

    @Test
    void replicationsAreRecordedInOrderWithEveryPackage() {
        ExperimentResult r = fixed(8, 10);
        List<ReplicationRow> rows = r.rows();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i / 3, rows.get(i).replication());
            assertEquals(List.of("none", "minefield", "ditch").get(i % 3), rows.get(i).packageName());
        }
    }
}
