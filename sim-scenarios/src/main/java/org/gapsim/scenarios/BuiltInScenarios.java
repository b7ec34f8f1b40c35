package org.gapsim.scenarios;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioFileException;
import org.gapsim.scenario.io.ScenarioLoader;

/**
 * The scenarios that ship with gapsim, by name: each is a YAML scenario file on the class path (under
 * {@code /scenarios/}), in the format of {@code docs/scenario-format.md}, with the sources of its figures in YAML
 * comments. The files are the source of truth; this class only finds and loads them. Stateless and thread-safe.
 */
public final class BuiltInScenarios {
    /** The default study: the Suwalki Gap. */
    public static final String DEFAULT = SuwalkiGap.NAME;

    /** Name to class-path resource; the first entry is the default. */
    private static final Map<String, String> RESOURCES = resources();

    private BuiltInScenarios() {
    }

    private static Map<String, String> resources() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SuwalkiGap.NAME, "/scenarios/suwalki-gap.yaml");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** @return the names of the built-in scenarios, the default first */
    public static List<String> names() {
        return List.copyOf(RESOURCES.keySet());
    }

    /**
     * @param name a scenario name
     * @return whether a built-in scenario has this name
     */
    public static boolean contains(String name) {
        return RESOURCES.containsKey(name);
    }

    /**
     * @param name a scenario name
     * @return the class-path resource of the built-in scenario of that name, if there is one
     */
    public static Optional<String> resource(String name) {
        return Optional.ofNullable(RESOURCES.get(name));
    }

    /**
     * @param name a built-in scenario's name
     * @return its YAML text, comments included (a starting point for a scenario file of one's own)
     * @throws IllegalArgumentException if there is no built-in scenario of that name
     */
    public static String yaml(String name) {
        String resource = resource(name).orElseThrow(() -> new IllegalArgumentException(
                "no built-in scenario '" + name + "'; built-in: " + String.join(", ", names())));
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario resource " + resource + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading built-in scenario resource " + resource, e);
        }
    }

    /**
     * Loads and validates a built-in scenario.
     *
     * @param name a built-in scenario's name
     * @return the validated scenario
     * @throws IllegalArgumentException if there is no built-in scenario of that name
     * @throws ScenarioFileException    if the shipped file is invalid (a packaging bug; the tests load every one)
     */
    public static Scenario load(String name) {
        String text = yaml(name);
        String resource = RESOURCES.get(name);
        return new ScenarioLoader().parse(text, resource.substring(resource.lastIndexOf('/') + 1));
    }
}
