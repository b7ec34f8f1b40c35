package org.gapsim.report;

import org.gapsim.report.internal.CsvReplicationLog;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.Provenance;
import org.gapsim.experiment.StopReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that cannot corrupt each other or themselves, and the provenance of every output. */
class StudyIntegrityTest {
    private static final List<String> OUTPUTS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            Study.REPLICATIONS, Study.REPLICATIONS + CsvReplicationLog.META_SUFFIX, Study.SUMMARY_CSV,
            Study.SUMMARY_JSON, Study.SUMMARY_TXT, Study.SLOWDOWN_PNG, Study.CLOSURE_PNG, ComparisonsCsv.FILE,
            Study.REPORT_HTML), Study.FIGURES.stream()).toList();

    @TempDir
    Path dir;

    private final Experiment experiment = Experiment.builder(ExperimentFixtures.crossing()).replications(40)
            .batchSize(10).threads(2).masterSeed(3).build();

    private Study study(Path d) {
        return new Study(experiment, d).withProgress(ProgressListener.silent());
    }

    @Test
    void anInterruptedAndResumedStudyWritesTheSameBytesAsAnUninterruptedOne() throws IOException {
        Path a = dir.resolve("a");
        study(a).withCommandLine("gapsim run").run();
        Path b = dir.resolve("b");
        Study[] s = new Study[1];
        s[0] = new Study(experiment, b).withProgress(p -> {
            if (p.done() == 17) {
                s[0].cancel();
            }
        });
        assertEquals(StopReason.CANCELLED, s[0].run().stopReason());
        study(b).withCommandLine("gapsim run --resume").run();
        for (String f : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        JsonNode pa = new ObjectMapper().readTree(a.resolve(Study.PROVENANCE).toFile());
        JsonNode pb = new ObjectMapper().readTree(b.resolve(Study.PROVENANCE).toFile());
        assertEquals("gapsim run", pa.get("command_line").asText());
        assertEquals("gapsim run --resume", pb.get("command_line").asText());
        assertEquals(pa.get("files_sha256"), pb.get("files_sha256"));
    }

    /**
     * The SHA-256 of {@value Study#REPLICATIONS} is taken while it is written (issue 16: not read back); every sum in
     * provenance.json must still be the file's, in a fresh run and in one resumed from a cancelled run.
     */
    @Test
    void everySumInTheProvenanceIsTheFilesOwnFreshOrResumed() throws IOException, java.security.GeneralSecurityException {
        Path a = dir.resolve("a");
        study(a).run();
        Path b = dir.resolve("b");
        Study[] s = new Study[1];
        s[0] = new Study(experiment, b).withProgress(p -> {
            if (p.done() == 13) {
                s[0].cancel();
            }
        });
        s[0].run();
        study(b).run();
        for (Path d : List.of(a, b)) {
            JsonNode sums = new ObjectMapper().readTree(d.resolve(Study.PROVENANCE).toFile()).get("files_sha256");
            assertEquals(OUTPUTS.size(), sums.size());
            for (String f : OUTPUTS) {
                byte[] sum = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(d.resolve(f)));
                assertEquals(java.util.HexFormat.of().formatHex(sum), sums.get(f).asText(), d + "/" + f);
            }
        }
    }

    /** Defect: no output recorded a gapsim version or which scenario it came from. */
    @Test
    void everyOutputRecordsTheVersionAndTheScenarioHash() throws IOException {
        study(dir).withCommandLine("gapsim run my.yaml").run();
        Provenance p = Provenance.of(experiment);
        String hash = p.scenarioSha256();
        List<String> csv = Files.readAllLines(dir.resolve(Study.SUMMARY_CSV));
        assertTrue(csv.get(0).endsWith(",gapsim_version,scenario_sha256,stopping_rule,batch_size"), csv.get(0));
        assertTrue(csv.get(1).endsWith("," + Provenance.version() + "," + hash + ",FixedReplications,10"), csv.get(1));
        assertTrue(Files.readString(dir.resolve(Study.SUMMARY_TXT)).contains("sha256 " + hash));
        JsonNode meta = new ObjectMapper().readTree(dir.resolve(Study.REPLICATIONS + CsvReplicationLog.META_SUFFIX)
                .toFile());
        assertEquals(hash, meta.get("provenance").get("scenario_sha256").asText());
        JsonNode prov = new ObjectMapper().readTree(dir.resolve(Study.PROVENANCE).toFile());
        assertEquals(Provenance.version(), prov.get("gapsim_version").asText());
        assertEquals("gapsim run my.yaml", prov.get("command_line").asText());
        assertEquals(List.of("minefield", "ditch"), List.of(prov.get("packages").get(0).asText(),
                prov.get("packages").get(1).asText()));
        assertEquals(OUTPUTS.size(), prov.get("files_sha256").size());
    }

    /** Defect: summary.json was a nested object pandas.read_json cannot load as a table. */
    @Test
    void summaryJsonIsAFlatListOfRecordsOnePerPackage() throws IOException {
        ExperimentResult r = study(dir).run();
        JsonNode json = new ObjectMapper().readTree(dir.resolve(Study.SUMMARY_JSON).toFile());
        assertTrue(json.isArray());
        assertEquals(r.packages().size(), json.size());
        java.util.Set<String> keys = null;
        for (int i = 0; i < json.size(); i++) {
            JsonNode rec = json.get(i);
            java.util.Set<String> k = new java.util.LinkedHashSet<>();
            rec.fieldNames().forEachRemaining(k::add);
            rec.elements().forEachRemaining(v -> assertTrue(v.isValueNode(), "nested value in " + rec));
            if (keys != null) {
                assertEquals(keys, k, "every record has the same columns");
            }
            keys = k;
            assertEquals(r.packages().get(i).packageName(), rec.get("package").asText());
            assertEquals(r.packages().get(i).slowdownH().mean(), rec.get("slowdown_h_restricted_mean").asDouble(), 0);
            assertEquals("none", rec.get("experiment_baseline").asText());
            assertEquals(Provenance.of(experiment).scenarioSha256(), rec.get("scenario_sha256").asText());
        }
    }

    /** Defect: nothing locked the output folder; two runs there mixed their files. */
    @Test
    void aSecondRunInTheSameFolderIsRefusedNamingTheHolder() {
        try (OutputLock held = OutputLock.acquire(dir)) {
            OutputException e = assertThrows(OutputException.class, () -> study(dir).run());
            assertTrue(e.getMessage().contains("in use by another gapsim run (pid "
                    + ProcessHandle.current().pid() + " on host "), e.getMessage());
            assertFalse(Files.exists(dir.resolve(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX)));
        }
        assertEquals(40, study(dir).run().replications());
    }

    /** Defect: a checkpoint deleted mid-run ended as an internal error. */
    @Test
    void aCheckpointRemovedWhileRunningIsAnOutputErrorNamingIt() {
        Path partial = dir.resolve(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX);
        Study s = new Study(experiment, dir).withProgress(p -> {
            if (p.done() == 5) {
                try {
                    Files.delete(partial);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        OutputException e = assertThrows(OutputException.class, s::run);
        assertTrue(e.getMessage().contains(Study.REPLICATIONS), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aCheckpointThatIsADirectoryIsRefused() throws IOException {
        Files.createDirectories(dir.resolve(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX));
        RuntimeException e = assertThrows(RuntimeException.class, () -> study(dir).run());
        assertTrue(e instanceof OutputException || e instanceof org.gapsim.experiment.ExperimentConfigException,
                e.toString());
        assertTrue(e.getMessage().contains(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX), e.getMessage());
    }

    /**
     * Defect: Ctrl-C while the summaries were written ended with an exception and no hint. A cancel then stops
     * before the next file, the result says CANCELLED, and running again writes them without a replication.
     */
    @Test
    void aCancelWhileWritingTheSummariesLeavesAResumableFolder() throws IOException {
        Study[] s = new Study[1];
        s[0] = new Study(experiment, dir).withProgress(new ProgressListener() {
            @Override
            public void onProgress(org.gapsim.experiment.Progress p) {
            }

            @Override
            public void onFinished(org.gapsim.experiment.Progress p, StopReason reason) {
                s[0].cancel();   // the replications are done: the cancel lands on the summaries
            }
        });
        ExperimentResult r = s[0].run();
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertEquals(40, r.replications());
        assertFalse(Files.exists(dir.resolve(Study.PROVENANCE)));
        ExperimentResult again = study(dir).run();
        assertEquals(StopReason.REPLICATIONS_DONE, again.stopReason());
        assertTrue(Files.exists(dir.resolve(Study.CLOSURE_PNG)));
        assertTrue(Files.exists(dir.resolve(Study.PROVENANCE)));
    }

    @Test
    void startingAfreshRefusesAnInterruptedRunAndReplacesAFinishedOne() throws IOException {
        study(dir).run();
        Files.writeString(dir.resolve(Study.SUMMARY_TXT), "old");
        study(dir).startingAfresh().run();
        assertTrue(Files.readString(dir.resolve(Study.SUMMARY_TXT)).startsWith(ConsoleTable.renderDetailed(
                ExperimentFixtures.run(experiment))));
        Files.move(dir.resolve(Study.REPLICATIONS), dir.resolve(Study.REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX));
        var e = assertThrows(org.gapsim.experiment.ExperimentConfigException.class,
                () -> study(dir).startingAfresh().run());
        assertTrue(e.getMessage().contains("holds an interrupted run"), e.getMessage());
    }
}
