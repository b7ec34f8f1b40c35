package org.gapsim.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The README's builder example compiles against sim-core alone, runs, builds what the YAML file describes, and is the
 * README's text.
 */
class EmbedBuilderExampleTest {

    @Test
    void theBuiltScenarioIsTheFilesNetworkColumnAndPackage() throws URISyntaxException {
        Scenario built = EmbedBuilderExample.build();
        assertNotNull(built, "the covered minefield slows the battalion");
        Scenario loaded = new ScenarioLoader().load(
                Path.of(EmbedBuilderExampleTest.class.getResource("/readme/my-gap.yaml").toURI()));
        assertEquals(loaded.network(), built.network());
        assertEquals(loaded.vehicleTypes(), built.vehicleTypes());
        assertEquals(loaded.columns(), built.columns());
        assertEquals(loaded.requirePackage("mines"), built.requirePackage("mines"));
        assertEquals(loaded.horizonMin(), built.horizonMin());
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("README.md"))) {
            root = root.getParent();
        }
        String readme = Files.readString(root.resolve("README.md"));
        String source = Files.readString(
                root.resolve("sim-core/src/test/java/org/gapsim/readme/EmbedBuilderExample.java"));
        String snippet = source.substring(source.indexOf("// README-EXAMPLE-START"),
                source.indexOf("// README-EXAMPLE-END"));
        String body = snippet.lines().skip(1).map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertTrue(readme.contains(body), "README.md must contain the example of EmbedBuilderExample.java verbatim"
                + " (dedented by 8 spaces):\n" + body);
        source.lines().filter(l -> l.startsWith("import org.gapsim.")).forEach(l -> assertTrue(
                !l.startsWith("import org.gapsim.scenarios.") && !l.startsWith("import org.gapsim.spark."),
                "sim-core only: " + l));
    }
}
