package org.gapsim.scenario.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.gapsim.scenario.ScenarioException;

/**
 * The state of one load: where relative package files are found, the locations of the values read so far (by
 * record field path, so a record's {@link ScenarioException} can be traced to its YAML node), and a budget on
 * the nodes visited.
 */
final class Ctx {
    /** Most nodes visited in one load (aliases count each time they are used). */
    static final long MAX_NODES = 2_000_000;

    /** Directory package files are read from (absolute), or null if package files are not allowed. */
    final Path baseDir;
    /** The same directory as the user named it, for messages (null: the current directory). */
    final Path displayDir;
    final String sourceName;
    /** The only directory (with its sub-directories) package files may be read from; null: {@link #baseDir}. */
    Path packageRoot;
    /** The obstacle kinds the loader was given; null: the built-in ones and the class path's, found at first use. */
    org.gapsim.scenario.ObstacleKinds obstacleKinds;
    /** The defender unit kinds the loader was given; null: the built-in ones and the class path's. */
    org.gapsim.scenario.DefenderUnitKinds unitKinds;
    /** The user's breach methods the loader was given; null: the class path's, found at first use. */
    org.gapsim.scenario.BreachMethods breachMethods;
    /** Record path to location; swapped for a package's own registry while that package is read. */
    Map<String, Loc> reg = new HashMap<>();
    private long nodes;

    Ctx(Path baseDir, Path displayDir, String sourceName) {
        this.baseDir = baseDir;
        this.displayDir = displayDir;
        this.sourceName = sourceName;
    }

    /** @return the obstacle kinds: those given to the loader, else the built-in and the class path's (found once) */
    org.gapsim.scenario.ObstacleKinds obstacleKinds() {
        if (obstacleKinds == null) {
            obstacleKinds = org.gapsim.scenario.ObstacleKinds.load(null);
        }
        return obstacleKinds;
    }

    /** @return the user's breach methods: those given to the loader, else the class path's (found once) */
    org.gapsim.scenario.BreachMethods breachMethods() {
        if (breachMethods == null) {
            breachMethods = org.gapsim.scenario.BreachMethods.load(null);
        }
        return breachMethods;
    }

    /** @return the defender unit kinds: those given to the loader, else the built-in and the class path's */
    org.gapsim.scenario.DefenderUnitKinds unitKinds() {
        if (unitKinds == null) {
            unitKinds = org.gapsim.scenario.DefenderUnitKinds.load(null);
        }
        return unitKinds;
    }

    /** Counts one visited node. */
    void visit(Loc at) {
        if (++nodes > MAX_NODES) {
            throw at.error("too many YAML nodes (more than " + MAX_NODES + "): are aliases multiplying the document?");
        }
    }

    /**
     * Runs a record constructor and turns its {@link ScenarioException} into a {@link ScenarioFileException} at the
     * YAML node the failing field came from.
     *
     * @param prefix record path of the record being built
     */
    <T> T build(String prefix, Supplier<T> body) {
        try {
            return body.get();
        } catch (ScenarioFileException e) {
            throw e;
        } catch (ScenarioException e) {
            throw resolve(prefix, e);
        }
    }

    /** @return the error {@code e}, raised by the record at {@code prefix}, placed at its YAML node */
    ScenarioFileException resolve(String prefix, ScenarioException e) {
        String field = e.field() == null ? "" : e.field();
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String reason = msg.startsWith(field + ": ") ? msg.substring(field.length() + 2) : msg;
        String full = prefix.isEmpty() ? field : field.isEmpty() ? prefix : prefix + "." + field;
        String p = full;
        while (true) {
            Loc loc = reg.get(p);
            if (loc != null) {
                return loc.withPath(loc.path() + full.substring(p.length())).error(reason);
            }
            if (p.isEmpty()) {
                return new ScenarioFileException(sourceName, 0, 0, full, reason);
            }
            p = parent(p);
        }
    }

    /** @return the path without its last step ({@code a.b[2]} to {@code a.b}, {@code a.b} to {@code a}) */
    static String parent(String path) {
        int i = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return i <= 0 ? "" : path.substring(0, i);
    }

    /** @return {@code key} appended to {@code path} */
    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Copies the entries at {@code from} and below it in {@code src} to {@code to} in {@code dst}. */
    static void copy(Map<String, Loc> src, String from, Map<String, Loc> dst, String to) {
        for (Map.Entry<String, Loc> e : src.entrySet()) {
            String k = e.getKey();
            boolean below = k.startsWith(from) && k.length() > from.length()
                    && (k.charAt(from.length()) == '.' || k.charAt(from.length()) == '[');
            if (k.equals(from) || below) {
                dst.put(to + k.substring(from.length()), e.getValue());
            }
        }
    }
}
