package org.gapsim.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: the PNG charts are drawn on a thread of their own while the other summaries are written. The files are
 * the same from one writing to the next, the provenance is written after them (its SHA-256 of each chart is the
 * file's), and no chart thread is left running.
 */
class ChartsBesideTheOtherFilesTest {
    @TempDir
    Path dir;

    @Test
    void chartsAreCompleteBeforeTheProvenanceAndTheSameEachTime() throws Exception {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).replications(60).masterSeed(4).threads(1)
                .build();
        ExperimentResult result = ExperimentFixtures.run(e);
        Provenance p = Provenance.of(e);
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Study.writeSummaries(result, a, p);
        Study.writeSummaries(result, b, p);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("gapsim-png-charts") && t.isAlive()), "a chart thread is left");
        JsonNode sums = new ObjectMapper().readTree(a.resolve(Study.PROVENANCE).toFile()).get("files_sha256");
        for (String png : new String[] {Study.SLOWDOWN_PNG, Study.CLOSURE_PNG}) {
            byte[] bytes = Files.readAllBytes(a.resolve(png));
            assertTrue(bytes.length > 1000, png + ": " + bytes.length + " bytes");
            assertArrayEquals(bytes, Files.readAllBytes(b.resolve(png)), png);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(sha, sums.get(png).asText(), png + " in " + Study.PROVENANCE);
        }
    }
}
