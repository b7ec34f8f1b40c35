package org.gapsim.experiment;

import org.gapsim.experiment.internal.Replicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows computed elsewhere (as Spark does) aggregate to exactly the result of a local run. */
class AggregateTest {

    @Test
    void rowsFromReplicatorWorkersAggregateToTheLocalResult() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).replications(60).batchSize(20).masterSeed(8)
                .threads(2).build();
        ExperimentResult local = new ExperimentRunner(e).withProgress(ProgressListener.silent()).withRowsKept().run();
        Replicator replicator = new Replicator(e);
        Replicator.Worker a = replicator.worker();
        Replicator.Worker b = replicator.worker();
        List<List<ReplicationRow>> byIndex = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            byIndex.add(null);
        }
        for (int r = 59; r >= 0; r--) {           // another order, two workers
            byIndex.set(r, (r % 2 == 0 ? a : b).run(r));
        }
        List<ReplicationRow> rows = new ArrayList<>();
        byIndex.forEach(rows::addAll);
        ExperimentResult aggregated = new ExperimentRunner(e).withProgress(ProgressListener.silent()).aggregate(rows);
        assertEquals(local, aggregated);
    }

    @Test
    void aBlockRunPackageByPackageGivesTheRowsOfOneReplicationAtATime() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).replications(40).masterSeed(8).threads(1)
                .build();
        Replicator replicator = new Replicator(e);
        Replicator.Worker single = replicator.worker();
        Replicator.Worker blocks = replicator.worker();
        List<List<ReplicationRow>> expected = new ArrayList<>();
        for (int r = 0; r < 23; r++) {
            expected.add(single.run(r));
        }
        List<List<ReplicationRow>> got = new ArrayList<>(blocks.run(0, 7));   // blocks of uneven sizes, and a
        got.addAll(blocks.run(7, 1));                                        // worker that goes back and forth
        got.addAll(blocks.run(8, 15));
        assertEquals(expected, got);
        assertEquals(expected.subList(3, 9), blocks.run(3, 6));
    }

    @Test
    void tooFewRowsAskForMore() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).replications(40).batchSize(20).masterSeed(8)
                .threads(1).build();
        Replicator.Worker w = new Replicator(e).worker();
        List<ReplicationRow> rows = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            rows.addAll(w.run(r));
        }
        ExperimentResult partial = new ExperimentRunner(e).withProgress(ProgressListener.silent()).aggregate(rows);
        assertEquals(StopReason.MORE_NEEDED, partial.stopReason());
        List<ReplicationRow> shuffled = new ArrayList<>(rows);
        java.util.Collections.swap(shuffled, 0, shuffled.size() - 1);
        assertThrows(ExperimentConfigException.class,
                () -> new ExperimentRunner(e).withProgress(ProgressListener.silent()).aggregate(shuffled));
    }
}
