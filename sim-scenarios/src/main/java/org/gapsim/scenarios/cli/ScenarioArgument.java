package org.gapsim.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioFileException;
import org.gapsim.scenario.io.ScenarioLoader;
import org.gapsim.scenarios.BuiltInScenarios;

/**
 * Resolves the optional scenario argument of {@code run}, {@code trace}, {@code list} and {@code validate}: a path to
 * a scenario file, or the name of a built-in scenario (used only when no file of that name exists), or nothing for
 * the default built-in study.
 */
final class ScenarioArgument {
    private ScenarioArgument() {
    }

    /**
     * @param arg a file path, a built-in scenario's name, or null for {@link BuiltInScenarios#DEFAULT}
     * @return the validated scenario
     * @throws ScenarioFileException if the file cannot be read or does not hold a valid scenario
     */
    static Scenario load(String arg) {
        return load(arg, null);
    }

    /**
     * @param arg        a file path, a built-in scenario's name, or null for {@link BuiltInScenarios#DEFAULT}
     * @param packageDir the folder package files may be read from (null: the scenario file's folder)
     * @return the validated scenario
     * @throws ScenarioFileException if the file cannot be read or does not hold a valid scenario
     */
    static Scenario load(String arg, Path packageDir) {
        if (arg == null) {
            return BuiltInScenarios.load(BuiltInScenarios.DEFAULT);
        }
        if (BuiltInScenarios.contains(arg) && !exists(arg)) {
            return BuiltInScenarios.load(arg);
        }
        Path file;
        try {
            file = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new ScenarioFileException(arg, 0, 0, "", "not a valid file name (" + e.getReason() + ")");
        }
        if (!Files.exists(file)) {
            throw new ScenarioFileException(arg, 0, 0, "", "no such file (built-in scenarios: "
                    + String.join(", ", BuiltInScenarios.names()) + ")");
        }
        return new ScenarioLoader().withPackageRoot(packageDir).load(file);
    }

    /** @return how to name the scenario in messages */
    static String describe(String arg) {
        return arg == null ? "built-in scenario '" + BuiltInScenarios.DEFAULT + "'"
                : BuiltInScenarios.contains(arg) && !exists(arg) ? "built-in scenario '" + arg + "'" : arg;
    }

    /** @return whether the argument names a scenario file (not a built-in scenario, not the default) */
    static boolean isFile(String arg) {
        return arg != null && !(BuiltInScenarios.contains(arg) && !exists(arg));
    }

    private static boolean exists(String arg) {
        try {
            return Files.exists(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
