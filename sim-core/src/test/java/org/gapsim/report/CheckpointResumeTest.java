package org.gapsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.Progress;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.StopReason;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted, truncated or extended run ends with the result of an uninterrupted one. */
class CheckpointResumeTest {
    private static final Scenario SCENARIO = ExperimentFixtures.crossing();
    private static ExperimentResult reference;
    private static byte[] referenceCsv;

    @TempDir
    Path dir;

    private static Experiment experiment(int replications) {
        return Experiment.builder(SCENARIO).replications(replications).masterSeed(13).threads(3).batchSize(10).build();
    }

    @BeforeAll
    static void uninterrupted(@TempDir Path refDir) throws IOException {
        CsvReplicationLog log = new CsvReplicationLog(refDir.resolve("replications.csv"));
        reference = new ExperimentRunner(experiment(60)).withLog(log).withProgress(ProgressListener.silent()).run();
        referenceCsv = Files.readAllBytes(log.file());
        assertFalse(Files.exists(log.partialFile()));
    }

    /** Runs with a checkpoint in {@link #dir}; returns the result and the first progress seen. */
    private ExperimentResult resume(Experiment e, List<Progress> seen) {
        return new ExperimentRunner(e).withLog(new CsvReplicationLog(dir.resolve("replications.csv")))
                .withProgress(seen::add).run();
    }

    private byte[] finalCsv() throws IOException {
        return Files.readAllBytes(dir.resolve("replications.csv"));
    }

    @Test
    void aCancelledRunResumesToTheUninterruptedResult() throws IOException {
        CsvReplicationLog log = new CsvReplicationLog(dir.resolve("replications.csv"));
        ExperimentRunner[] runner = new ExperimentRunner[1];
        runner[0] = new ExperimentRunner(experiment(60)).withLog(log).withProgress(p -> {
            if (p.done() == 27) {
                runner[0].cancel();
            }
        });
        ExperimentResult partial = runner[0].run();
        assertEquals(StopReason.CANCELLED, partial.stopReason());
        assertTrue(Files.exists(log.partialFile()));
        assertFalse(Files.exists(log.file()), "an interrupted run leaves no final CSV");
        long recorded = Files.readAllLines(log.partialFile()).size() - 1;
        assertEquals(partial.replications() * 3, recorded, "every completed replication was flushed");

        List<Progress> seen = new ArrayList<>();
        ExperimentResult resumed = resume(experiment(60), seen);
        assertEquals(partial.replications(), seen.get(0).resumed());
        assertEquals(partial.replications() + 1, seen.get(0).done());
        assertEquals(reference.withoutRows(), resumed.withoutRows());
        assertArrayEquals(referenceCsv, finalCsv());
        assertFalse(Files.exists(log.partialFile()));
    }

    @Test
    void aFinishedRunIsExtendedWithMoreReplications() throws IOException {
        ExperimentResult first = resume(experiment(25), new ArrayList<>());
        assertEquals(25, first.replications());
        List<Progress> seen = new ArrayList<>();
        assertEquals(reference.withoutRows(), resume(experiment(60), seen).withoutRows());
        assertEquals(25, seen.get(0).resumed());
        assertArrayEquals(referenceCsv, finalCsv());
    }

    @Test
    void aHalfWrittenLastLineIsDroppedAndRecomputed() throws IOException {
        byte[] cut = java.util.Arrays.copyOf(referenceCsv, referenceCsv.length - 40);
        Files.write(dir.resolve("replications.csv.partial"), cut);
        List<Progress> seen = new ArrayList<>();
        assertEquals(reference.withoutRows(), resume(experiment(60), seen).withoutRows());
        assertEquals(59, seen.get(0).resumed(), "the replication with the cut line is run again");
        assertArrayEquals(referenceCsv, finalCsv());
    }

    @Test
    void anIncompleteLastReplicationIsDroppedAndRecomputed() throws IOException {
        List<String> all = new String(referenceCsv, StandardCharsets.UTF_8).lines().toList();
        // header, 45 whole replications, then the baseline row of replication 45 only
        String text = String.join("\n", all.subList(0, 1 + 45 * 3 + 1)) + "\n";
        Files.writeString(dir.resolve("replications.csv.partial"), text);
        List<Progress> seen = new ArrayList<>();
        assertEquals(reference.withoutRows(), resume(experiment(60), seen).withoutRows());
        assertEquals(45, seen.get(0).resumed());
        assertArrayEquals(referenceCsv, finalCsv());
    }

    @Test
    void aLongerRecordIsCutToTheExperiment() throws IOException {
        Files.write(dir.resolve("replications.csv"), referenceCsv);
        ExperimentResult shorter = resume(experiment(30), new ArrayList<>());
        assertEquals(ExperimentFixtures.run(experiment(30)).withoutRows(), shorter.withoutRows());
        assertEquals(1 + 30 * 3, Files.readAllLines(dir.resolve("replications.csv")).size());
    }

    @Test
    void aSequentialRunResumesToTheSameStoppingPoint() throws IOException {
        Experiment seq = Experiment.builder(SCENARIO).targetPrecision(0.12).maxReplications(3_000).batchSize(10)
                .masterSeed(13).threads(2).build();
        ExperimentResult full = ExperimentFixtures.run(seq);
        assertEquals(StopReason.TARGET_MET, full.stopReason());
        CsvReplicationLog log = new CsvReplicationLog(dir.resolve("replications.csv"));
        ExperimentRunner[] runner = new ExperimentRunner[1];
        runner[0] = new ExperimentRunner(seq).withLog(log).withProgress(p -> {
            if (p.done() == 15) {
                runner[0].cancel();
            }
        });
        assertEquals(StopReason.CANCELLED, runner[0].run().stopReason());
        assertEquals(full.withoutRows(),
                new ExperimentRunner(seq).withLog(log).withProgress(ProgressListener.silent()).run().withoutRows());
    }

    @Test
    void aRecordOfAnotherExperimentIsRejectedAndLeftAlone() throws IOException {
        Path file = dir.resolve("replications.csv");
        Files.write(file, referenceCsv);
        ExperimentConfigException seed = assertThrows(ExperimentConfigException.class, () -> resume(
                Experiment.builder(SCENARIO).replications(60).masterSeed(14).build(), new ArrayList<>()));
        assertEquals("checkpoint", seed.field());
        assertTrue(seed.getMessage().contains("master seed 13"), seed.getMessage());

        ExperimentConfigException pkgs = assertThrows(ExperimentConfigException.class, () -> resume(
                Experiment.builder(SCENARIO).packages("ditch").replications(60).masterSeed(13).build(),
                new ArrayList<>()));
        assertTrue(pkgs.getMessage().contains("[none, minefield, ditch]"), pkgs.getMessage());

        Scenario renamed = new Scenario("other-gap", "", SCENARIO.network(), SCENARIO.vehicleTypes(),
                SCENARIO.columns(), SCENARIO.existingObstacles(), SCENARIO.packages(), SCENARIO.doctrine(),
                SCENARIO.march(), SCENARIO.closure(), SCENARIO.horizonMin());
        ExperimentConfigException name = assertThrows(ExperimentConfigException.class, () -> resume(
                Experiment.builder(renamed).replications(60).masterSeed(13).build(), new ArrayList<>()));
        assertTrue(name.getMessage().contains("scenario 'test-gap'"), name.getMessage());

        assertArrayEquals(referenceCsv, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("replications.csv.partial")));
    }
}
