package org.gapsim.scenario.io;

import java.nio.file.Path;
import org.gapsim.scenario.Scenario;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a scenario from a YAML file (format: {@code docs/scenario-format.md}) into the validated
 * {@link Scenario} records.
 *
 * <p>Every failure, whatever its cause (missing or unreadable file, binary data, YAML syntax, unknown or missing
 * field, wrong type, a value a record rejects, a dangling reference), is a {@link ScenarioFileException} with a
 * one-line message naming the file, line:column and field path; no other exception escapes. Input is bounded so
 * that no file can make a load hang or exhaust memory: at most 8 MiB per file, lines of at most 50,000
 * characters, 100 aliases to maps or lists, nesting 40 deep, 2,000,000 nodes visited, numbers of at most 100
 * characters.
 *
 * <p>{@code packageFiles} are read only from the scenario file's folder and its sub-folders (or from the folder given
 * to {@link #withPackageRoot(Path)}): a path that leads out of it ({@code ../../etc/passwd}, an absolute path, a link
 * pointing out) is an error, and no error ever quotes a package file's content.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class ScenarioLoader {
    private final Path packageRoot;
    /** The obstacle kinds to read with; null: the built-in ones and the class path's. */
    private final org.gapsim.scenario.ObstacleKinds obstacleKinds;
    /** The defender unit kinds to read with; null: the built-in ones and the class path's. */
    private final org.gapsim.scenario.DefenderUnitKinds unitKinds;
    /** The user's breach methods to read with; null: those found on the class path. */
    private final org.gapsim.scenario.BreachMethods breachMethods;

    /** Creates a loader; package files are read from the scenario's folder only. */
    public ScenarioLoader() {
        this(null, null, null, null);
    }

    private ScenarioLoader(Path packageRoot, org.gapsim.scenario.ObstacleKinds obstacleKinds,
                           org.gapsim.scenario.DefenderUnitKinds unitKinds,
                           org.gapsim.scenario.BreachMethods breachMethods) {
        this.packageRoot = packageRoot;
        this.obstacleKinds = obstacleKinds;
        this.unitKinds = unitKinds;
        this.breachMethods = breachMethods;
    }

    /**
     * @param methods the user's breach methods a file may name under a column's {@code engineers.extra} (an explicit
     *                registry, {@link org.gapsim.scenario.BreachMethods#of}); null for those found on the class path
     *                ({@link java.util.ServiceLoader})
     * @return a new loader
     */
    public ScenarioLoader withBreachMethods(org.gapsim.scenario.BreachMethods methods) {
        return new ScenarioLoader(packageRoot, obstacleKinds, unitKinds, methods);
    }

    /**
     * @param kinds the obstacle kinds a file may name as {@code type} (an explicit registry,
     *              {@link org.gapsim.scenario.ObstacleKinds#of}); null for the built-in ones and those found on the
     *              class path ({@link java.util.ServiceLoader})
     * @return a new loader
     */
    public ScenarioLoader withObstacleKinds(org.gapsim.scenario.ObstacleKinds kinds) {
        return new ScenarioLoader(packageRoot, kinds, unitKinds, breachMethods);
    }

    /**
     * @param kinds the defender unit kinds a file may name as a sensor's or fire unit's {@code kind} (an explicit
     *              registry, {@link org.gapsim.scenario.DefenderUnitKinds#of}); null for the built-in ones and those
     *              found on the class path ({@link java.util.ServiceLoader})
     * @return a new loader
     */
    public ScenarioLoader withUnitKinds(org.gapsim.scenario.DefenderUnitKinds kinds) {
        return new ScenarioLoader(packageRoot, obstacleKinds, kinds, breachMethods);
    }

    /**
     * @param directory the folder (with its sub-folders) package files may be read from instead of the scenario's
     *                  folder; null for the scenario's folder
     * @return a new loader
     */
    public ScenarioLoader withPackageRoot(Path directory) {
        return new ScenarioLoader(directory == null ? null : directory.toAbsolutePath().normalize(),
                obstacleKinds, unitKinds, breachMethods);
    }

    /**
     * Loads a scenario file; its {@code packageFiles} are resolved relative to the file's directory.
     *
     * @param file the scenario file (UTF-8 YAML)
     * @return the validated scenario
     * @throws ScenarioFileException if the file cannot be read or does not hold a valid scenario
     */
    public Scenario load(Path file) {
        String name = file == null ? "<null>" : file.toString();
        return guarded(name, () -> {
            if (file == null) {
                throw new ScenarioFileException(name, 0, 0, "", "no file given");
            }
            String text = SourceText.readFile(file, name, null);
            return read(text, name, file.toAbsolutePath().getParent(), file.getParent());
        });
    }

    /**
     * Parses scenario text. A {@code packageFiles} section is an error here, as there is no directory to resolve
     * it against; use {@link #parse(String, String, Path)} or {@link #load(Path)}.
     *
     * @param yaml       the YAML text
     * @param sourceName name used for the text in messages (such as a file name)
     * @return the validated scenario
     * @throws ScenarioFileException if the text does not hold a valid scenario
     */
    public Scenario parse(String yaml, String sourceName) {
        return parse(yaml, sourceName, null);
    }

    /**
     * Parses scenario text, resolving {@code packageFiles} relative to {@code baseDir}.
     *
     * @param yaml       the YAML text
     * @param sourceName name used for the text in messages (such as a file name)
     * @param baseDir    directory package files are resolved against; null to forbid package files
     * @return the validated scenario
     * @throws ScenarioFileException if the text does not hold a valid scenario
     */
    public Scenario parse(String yaml, String sourceName, Path baseDir) {
        String name = sourceName == null || sourceName.isBlank() ? "<text>" : sourceName;
        return guarded(name, () -> {
            if (yaml == null) {
                throw new ScenarioFileException(name, 0, 0, "", "no text given");
            }
            return read(yaml, name, baseDir == null ? null : baseDir.toAbsolutePath(), baseDir);
        });
    }

    private Scenario read(String text, String name, Path baseDir, Path displayDir) {
        Node root = SourceText.compose(text, name);
        if (root == null) {
            throw new ScenarioFileException(name, 1, 1, "",
                    "file is empty: expected a scenario (see docs/scenario-format.md)");
        }
        Ctx ctx = new Ctx(baseDir, displayDir, name);
        ctx.packageRoot = packageRoot;
        ctx.obstacleKinds = obstacleKinds;
        ctx.unitKinds = unitKinds;
        ctx.breachMethods = breachMethods;
        return new ScenarioReader(ctx).scenario(new YNode(ctx, root, name, ""));
    }

    /** Body of a load, which may throw. */
    private interface Body {
        Scenario run();
    }

    /** Runs a load so that nothing but a {@link ScenarioFileException} leaves it. */
    private static Scenario guarded(String name, Body body) {
        try {
            return body.run();
        } catch (ScenarioFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ScenarioFileException(name, 0, 0, "", "internal error while loading (please report): "
                    + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (StackOverflowError e) {
            throw new ScenarioFileException(name, 0, 0, "", "input nested too deeply to read");
        }
    }
}
