package org.gapsim.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example compiles against sim-core alone (it is sim-core's test code), runs on a scenario file
 * shipped with the tests, and is the README's text.
 */
class EmbedExampleTest {

    private static Path scenarioFile() throws URISyntaxException {
        return Path.of(EmbedExampleTest.class.getResource("/readme/my-gap.yaml").toURI());
    }

    @Test
    void theExampleRunsAndGivesAPositiveSlowdownWithATightInterval() throws URISyntaxException {
        double[] out = EmbedExample.run(scenarioFile());
        assertTrue(out[0] > 0, "the covered minefield slows the battalion: " + out[0]);
        assertTrue(out[1] <= out[0] && out[0] <= out[2], "the mean lies in its CI");
        // 0.3: the covered field's units also fire on the march (issue 11), noise the baseline does not share
        assertTrue(out[2] - out[1] < 0.3 * out[0], "CRN gives a tight interval: " + out[1] + " - " + out[2]);
        assertTrue(out[3] > 0, "h per EUR 100M");
        assertTrue(out[4] > 1 && out[5] > 10, "replication 17 closes after an hour and has a timeline");
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("README.md"))) {
            root = root.getParent();
        }
        String readme = Files.readString(root.resolve("README.md"));
        String source = Files.readString(root.resolve("sim-core/src/test/java/org/gapsim/readme/EmbedExample.java"));
        String snippet = source.substring(source.indexOf("// README-EXAMPLE-START"),
                source.indexOf("// README-EXAMPLE-END"));
        String body = snippet.lines().skip(1).map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertTrue(readme.contains(body), "README.md must contain the example of EmbedExample.java verbatim"
                + " (dedented by 8 spaces):\n" + body);
    }

    @Test
    void theExampleImportsNothingButSimCore() throws IOException, URISyntaxException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("README.md"))) {
            root = root.getParent();
        }
        String source = Files.readString(root.resolve("sim-core/src/test/java/org/gapsim/readme/EmbedExample.java"));
        source.lines().filter(l -> l.startsWith("import org.gapsim.")).forEach(l -> assertTrue(
                !l.startsWith("import org.gapsim.scenarios.") && !l.startsWith("import org.gapsim.spark."),
                "sim-core only: " + l));
        assertTrue(Files.isRegularFile(scenarioFile()));
    }
}
