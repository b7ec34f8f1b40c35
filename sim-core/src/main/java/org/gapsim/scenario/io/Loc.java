package org.gapsim.scenario.io;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Where a value sits: file, 1-based line and column, and its field path in that file.
 *
 * @param source file name
 * @param line   1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param path   field path, e.g. {@code columns[1].intervalM}
 */
record Loc(String source, int line, int column, String path) {

    /** @return the location of a YAML node */
    static Loc of(Node node, String source, String path) {
        Mark m = node == null ? null : node.getStartMark();
        return m == null ? new Loc(source, 0, 0, path) : new Loc(source, m.getLine() + 1, m.getColumn() + 1, path);
    }

    /** @return an error at this location */
    ScenarioFileException error(String reason) {
        return new ScenarioFileException(source, line, column, path, reason);
    }

    /** @return the same position with another path */
    Loc withPath(String p) {
        return new Loc(source, line, column, p);
    }
}
