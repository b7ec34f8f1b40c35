package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentRunnerTest {
    private final Experiment experiment = Experiment.builder(ExperimentFixtures.crossing()).replications(60)
            .threads(4).batchSize(10).build();

    /** Records what the runner tells its log. */
    private static class RecordingLog implements ReplicationLog {
        final List<List<ReplicationRow>> appended = new ArrayList<>();
        int flushes;
        Boolean ended;

        @Override
        public List<ReplicationRow> recorded(Experiment e) {
            return List.of();
        }

        @Override
        public void begin(Experiment e, List<ReplicationRow> kept) {
        }

        @Override
        public void append(List<ReplicationRow> replication) throws IOException {
            appended.add(replication);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void end(boolean complete) {
            ended = complete;
        }
    }

    @Test
    void cancellingFromTheProgressListenerKeepsEveryReplicationCompletedInOrder() {
        RecordingLog log = new RecordingLog();
        ExperimentRunner[] runner = new ExperimentRunner[1];
        runner[0] = new ExperimentRunner(experiment).withLog(log).withProgress(p -> {
            if (p.done() == 23) {
                runner[0].cancel();
            }
        });
        ExperimentResult r = runner[0].run();
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertTrue(r.replications() >= 23 && r.replications() < 60, "stopped part-way: " + r.replications());
        assertEquals(r.replications(), log.appended.size());
        for (int i = 0; i < log.appended.size(); i++) {
            assertEquals(i, log.appended.get(i).get(0).replication());
        }
        assertEquals(Boolean.FALSE, log.ended, "a cancelled run is not complete");
        assertTrue(log.flushes >= 3);
        ExperimentResult full = ExperimentFixtures.run(experiment);
        assertEquals(full.rows().subList(0, r.rows().size()), r.rows(), "the completed prefix is the same");
    }

    @Test
    void aCompleteRunFlushesPerBatchAndEndsComplete() {
        RecordingLog log = new RecordingLog();
        new ExperimentRunner(experiment).withLog(log).withProgress(ProgressListener.silent()).run();
        assertEquals(60, log.appended.size());
        assertEquals(6, log.flushes);
        assertEquals(Boolean.TRUE, log.ended);
    }

    @Test
    void aCancelBeforeTheStartRunsNothing() {
        ExperimentRunner runner = new ExperimentRunner(experiment).withProgress(ProgressListener.silent());
        runner.cancel();
        ExperimentResult r = runner.run();
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertEquals(0, r.replications());
        assertTrue(Double.isNaN(r.summary("ditch").closureH().mean()));
    }

    @Test
    void aLogThatCannotBeWrittenStopsTheRunWithAnIoError() {
        RecordingLog log = new RecordingLog() {
            @Override
            public void append(List<ReplicationRow> replication) throws IOException {
                if (replication.get(0).replication() == 12) {
                    throw new IOException("disk full");
                }
                super.append(replication);
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new ExperimentRunner(experiment).withLog(log).withProgress(ProgressListener.silent()).run());
        assertTrue(e.getMessage().contains("disk full"));
        assertEquals(12, log.appended.size());
        assertEquals(Boolean.FALSE, log.ended);
    }

    @Test
    void aRunnerRunsOnce() {
        ExperimentRunner runner = new ExperimentRunner(Experiment.builder(ExperimentFixtures.crossing()).replications(2)
                .build()).withProgress(ProgressListener.silent());
        runner.run();
        assertThrows(IllegalStateException.class, runner::run);
        assertFalse(runner.isCancelled());
    }

    @Test
    void aCheckpointOfAnotherShapeIsRejectedBeforeAnyReplicationRuns() {
        RecordingLog log = new RecordingLog() {
            @Override
            public List<ReplicationRow> recorded(Experiment e) {
                return ExperimentFixtures.run(Experiment.builder(ExperimentFixtures.crossing()).replications(2)
                        .packages("ditch").build()).rows();
            }
        };
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> new ExperimentRunner(experiment).withLog(log).withProgress(ProgressListener.silent()).run());
        assertEquals("checkpoint", e.field());
        assertTrue(log.appended.isEmpty());
    }
}
