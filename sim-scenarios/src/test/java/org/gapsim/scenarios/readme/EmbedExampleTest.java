package org.gapsim.scenarios.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's embedding example compiles (it is this module's test code), runs, and is the README's text. */
class EmbedExampleTest {

    @Test
    void theExampleRunsAndGivesAPositiveSlowdownWithATightInterval() {
        double[] out = EmbedExample.run();
        assertTrue(out[0] > 0, "full slows the force");
        assertTrue(out[1] <= out[0] && out[0] <= out[2], "the mean lies in its CI");
        assertTrue(out[2] - out[1] < 0.2 * out[0], "CRN gives a tight interval: " + out[1] + " - " + out[2]);
        assertTrue(out[3] > 0);
        assertTrue(out[4] > 1 && out[5] > 10);
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("README.md"))) {
            root = root.getParent();
        }
        String readme = Files.readString(root.resolve("README.md"));
        String source = Files.readString(root.resolve(
                "sim-scenarios/src/test/java/org/gapsim/scenarios/readme/EmbedExample.java"));
        String snippet = source.substring(source.indexOf("// README-EXAMPLE-START"),
                source.indexOf("// README-EXAMPLE-END"));
        String body = snippet.lines().skip(1).map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertTrue(readme.contains(body), "README.md must contain the example of EmbedExample.java verbatim"
                + " (dedented by 8 spaces):\n" + body);
    }
}
