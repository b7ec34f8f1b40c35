package org.gapsim.report;

import org.gapsim.report.internal.ReplicationCsv;
import org.gapsim.report.internal.CsvReplicationLog;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.gapsim.measure.FightCount;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted, truncated or extended run ends with the result of an uninterrupted one. */
class CheckpointResumeTest {
    private static final Scenario SCENARIO = ExperimentFixtures.crossing();
    private static ExperimentResult reference;
    private static byte[] referenceCsv;
    private static byte[] referenceMeta;

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
        referenceMeta = Files.readAllBytes(log.metaFile());
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

    /** Cancels a 60-replication run after 27 replications; returns the replications it kept. */
    private long interruptedAt27() {
        CsvReplicationLog log = new CsvReplicationLog(dir.resolve("replications.csv"));
        ExperimentRunner[] runner = new ExperimentRunner[1];
        runner[0] = new ExperimentRunner(experiment(60)).withLog(log).withProgress(p -> {
            if (p.done() == 27) {
                runner[0].cancel();
            }
        });
        return runner[0].run().replications();
    }

    @Test
    void aHalfWrittenLastLineIsDroppedAndRecomputed() throws IOException {
        long kept = interruptedAt27();
        // a crash between a write and the record of its checksum: bytes past the checked ones
        String next = new String(referenceCsv, StandardCharsets.UTF_8).lines().skip(1 + kept * 3).findFirst()
                .orElseThrow();
        Files.writeString(dir.resolve("replications.csv.partial"), next.substring(0, 30),
                java.nio.file.StandardOpenOption.APPEND);
        List<Progress> seen = new ArrayList<>();
        assertEquals(reference.withoutRows(), resume(experiment(60), seen).withoutRows());
        assertEquals(kept, seen.get(0).resumed(), "the replication with the cut line is run again");
        assertArrayEquals(referenceCsv, finalCsv());
        assertArrayEquals(referenceMeta, Files.readAllBytes(dir.resolve("replications.csv.meta.json")));
    }

    @Test
    void anUncheckedWholeRowAfterTheLastChecksumIsDroppedAndRecomputed() throws IOException {
        long kept = interruptedAt27();
        String next = new String(referenceCsv, StandardCharsets.UTF_8).lines().skip(1 + kept * 3).findFirst()
                .orElseThrow();
        Files.writeString(dir.resolve("replications.csv.partial"), next + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        List<Progress> seen = new ArrayList<>();
        assertEquals(reference.withoutRows(), resume(experiment(60), seen).withoutRows());
        assertEquals(kept, seen.get(0).resumed());
        assertArrayEquals(referenceCsv, finalCsv());
    }

    /** Defect: a resume asking for fewer replications than recorded cut the CSV without a word. */
    @Test
    void aResumeWithFewerReplicationsThanRecordedIsRefusedAndDeletesNothing() throws IOException {
        Files.write(dir.resolve("replications.csv"), referenceCsv);
        Files.write(dir.resolve("replications.csv.meta.json"), referenceMeta);
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> resume(experiment(30), new ArrayList<>()));
        assertEquals("replications", e.field());
        assertTrue(e.getMessage().contains("holds 60 replications"), e.getMessage());
        assertArrayEquals(referenceCsv, finalCsv());
        assertFalse(Files.exists(dir.resolve("replications.csv.partial")));
    }

    /** Defect: a checkpoint value edited but still parseable was accepted. */
    @Test
    void anEditedCheckpointIsRefused() throws IOException {
        String text = new String(referenceCsv, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<String> f = new ArrayList<>(List.of(lines.get(5).split(",", -1)));
        int closure = ReplicationCsv.columnNames().indexOf("closure_h");
        f.set(closure, Double.toString(Double.parseDouble(f.get(closure)) + 1));
        lines.set(5, String.join(",", f));
        Files.writeString(dir.resolve("replications.csv"), String.join("\n", lines) + "\n");
        Files.write(dir.resolve("replications.csv.meta.json"), referenceMeta);
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> resume(experiment(60), new ArrayList<>()));
        assertEquals("checkpoint", e.field());
        assertTrue(e.getMessage().contains("does not match its checksum record"), e.getMessage());
    }

    /**
     * A checkpoint written before the fight counts (its rows lack those columns) with a checksum record that is
     * otherwise right (same provenance, bytes and SHA-256) is refused, not read with the columns shifted.
     */
    @Test
    void aCheckpointWrittenBeforeTheFightCountsIsRefusedNotMisread() throws IOException {
        List<String> cols = ReplicationCsv.columnNames();
        int from = cols.indexOf("lost_armoured");
        int to = cols.indexOf("slowdown_h");
        assertEquals(FightCount.size(), to - from);
        StringBuilder old = new StringBuilder();
        for (String line : new String(referenceCsv, StandardCharsets.UTF_8).lines().toList()) {
            List<String> f = new ArrayList<>(List.of(line.split(",", -1)));
            f.subList(from, to).clear();
            old.append(String.join(",", f)).append('\n');
        }
        byte[] bytes = old.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("replications.csv"), bytes);
        ObjectMapper json = new ObjectMapper();
        ObjectNode meta = (ObjectNode) json.readTree(referenceMeta);
        meta.put("bytes", bytes.length);
        meta.put("sha256", java.util.HexFormat.of().formatHex(org.gapsim.experiment.Provenance.digest().digest(bytes)));
        Files.write(dir.resolve("replications.csv.meta.json"), json.writeValueAsBytes(meta));
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> resume(experiment(60), new ArrayList<>()));
        assertEquals("checkpoint", e.field());
        assertTrue(e.getMessage().contains("does not start with the header of a gapsim replications file"),
                e.getMessage());
        assertArrayEquals(bytes, finalCsv(), "the old checkpoint is left alone");
    }

    @Test
    void aCheckpointWithoutItsChecksumRecordIsRefused() throws IOException {
        Files.write(dir.resolve("replications.csv"), referenceCsv);
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> resume(experiment(60), new ArrayList<>()));
        assertTrue(e.getMessage().contains("has no checksum record"), e.getMessage());
    }

    /** Resume appends to the finished file in place (a rename, no rewritten copy). */
    @Test
    void anExtendedRunAppendsInPlace() throws IOException {
        resume(experiment(25), new ArrayList<>());
        Object before = Files.readAttributes(dir.resolve("replications.csv"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        org.junit.jupiter.api.Assumptions.assumeTrue(before != null, "the file system gives no file keys");
        assertEquals(reference.withoutRows(), resume(experiment(60), new ArrayList<>()).withoutRows());
        Object after = Files.readAttributes(dir.resolve("replications.csv"),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertEquals(before, after, "the checkpoint was copied instead of appended to");
        assertArrayEquals(referenceCsv, finalCsv());
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
        Files.write(dir.resolve("replications.csv.meta.json"), referenceMeta);
        ExperimentConfigException seed = assertThrows(ExperimentConfigException.class, () -> resume(
                Experiment.builder(SCENARIO).replications(60).masterSeed(14).build(), new ArrayList<>()));
        assertEquals("checkpoint", seed.field());
        assertTrue(seed.getMessage().contains("seed 13"), seed.getMessage());

        ExperimentConfigException pkgs = assertThrows(ExperimentConfigException.class, () -> resume(
                Experiment.builder(SCENARIO).packages("ditch").replications(60).masterSeed(13).build(),
                new ArrayList<>()));
        assertTrue(pkgs.getMessage().contains("[minefield, ditch]"), pkgs.getMessage());

        Scenario renamed = new Scenario("other-gap", "", SCENARIO.network(), SCENARIO.vehicleTypes(),
                SCENARIO.columns(), SCENARIO.existingObstacles(), SCENARIO.packages(), SCENARIO.doctrine(),
                SCENARIO.march(), SCENARIO.closure(), SCENARIO.horizonMin());
        ExperimentConfigException name = assertThrows(ExperimentConfigException.class, () -> resume(
                Experiment.builder(renamed).replications(60).masterSeed(13).build(), new ArrayList<>()));
        assertTrue(name.getMessage().contains("scenario 'test-gap'"), name.getMessage());

        // defect: only the name, seed and packages were compared, so another scenario of the same name resumed
        Scenario edited = new Scenario("test-gap", "", SCENARIO.network(), SCENARIO.vehicleTypes(),
                SCENARIO.columns(), SCENARIO.existingObstacles(), SCENARIO.packages(), SCENARIO.doctrine(),
                SCENARIO.march(), SCENARIO.closure(), SCENARIO.horizonMin() + 60);
        ExperimentConfigException content = assertThrows(ExperimentConfigException.class, () -> resume(
                Experiment.builder(edited).replications(60).masterSeed(13).build(), new ArrayList<>()));
        assertTrue(content.getMessage().contains("differ in horizonMin"), content.getMessage());

        assertArrayEquals(referenceCsv, Files.readAllBytes(file));
        assertFalse(Files.exists(dir.resolve("replications.csv.partial")));
    }
}
