package org.gapsim.scenarios.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleStudyTest {
    @TempDir
    Path dir;

    @Test
    void theExampleRunsToItsTargetAndWritesItsOutputs() throws IOException {
        ExampleStudy.main(new String[]{dir.toString()});
        for (String f : new String[]{"replications.csv", "summary.csv", "summary.json", "summary.txt",
                "slowdown-boxplot.png", "closure-cdf.png"}) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertTrue(summary.get(0).get("precision_target_met").asBoolean(), summary.toString());   // flat records
        assertTrue(Files.readString(dir.resolve("summary.txt")).contains("minefield"));
    }
}
