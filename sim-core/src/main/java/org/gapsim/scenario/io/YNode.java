package org.gapsim.scenario.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML node being read, with its file and field path; every accessor checks the node's type and throws a
 * {@link ScenarioFileException} at the node when it is wrong. Creating one records its location in the load's
 * registry.
 */
final class YNode {
    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9][0-9_]*");
    private static final Pattern INF = Pattern.compile("([-+]?)\\.(?:inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(?:nan|NaN|NAN)");
    /** Longest text read as a number (longer is an error rather than a slow parse). */
    private static final int MAX_NUMBER_CHARS = 100;

    final Ctx ctx;
    final Node node;
    final String source;
    final String path;

    YNode(Ctx ctx, Node node, String source, String path) {
        this.ctx = ctx;
        this.node = node;
        this.source = source;
        this.path = path;
        Loc loc = loc();
        ctx.visit(loc);
        ctx.reg.put(path, loc);
    }

    /** @return where this node is */
    Loc loc() {
        return Loc.of(node, source, path);
    }

    /** @return an error at this node */
    ScenarioFileException error(String reason) {
        return loc().error(reason);
    }

    /** @return whether this is YAML null ({@code ~}, {@code null} or nothing after the colon) */
    boolean isNull() {
        return node == null || node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    /** @return what the node is, for "expected ..., found ..." messages */
    String describe() {
        if (isNull()) {
            return "nothing (null)";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            return (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? "" : "quoted text ")
                    + Text.quote(s.getValue());
        }
        return "an unsupported YAML node";
    }

    /** @return this node as a map of fields */
    YMap map() {
        if (node instanceof MappingNode m) {
            return new YMap(this, m);
        }
        throw error("expected a map of fields, found " + describe());
    }

    /** @return the elements of this list ({@code []} for null) */
    List<YNode> list() {
        if (isNull()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode s)) {
            throw error("expected a list, found " + describe());
        }
        List<Node> items = s.getValue();
        List<YNode> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(new YNode(ctx, items.get(i), source, path + "[" + i + "]"));
        }
        return out;
    }

    /** @return the text of this scalar, whatever YAML type it resolves to ({@code NO} stays "NO") */
    String text() {
        if (node instanceof ScalarNode s && !isNull()) {
            return s.getValue();
        }
        throw error("expected text, found " + describe());
    }

    /** @return the number written in this plain scalar ({@code .inf}, {@code -.inf}, {@code .nan} allowed) */
    double number() {
        String t = plainScalar("a number");
        if (t.length() > MAX_NUMBER_CHARS) {
            throw error("expected a number of at most " + MAX_NUMBER_CHARS + " characters, found " + t.length());
        }
        String u = t.replace("_", "");
        if (DECIMAL.matcher(t).matches()) {
            try {
                return Double.parseDouble(u);
            } catch (NumberFormatException e) {
                throw error("expected a number, found " + describe());
            }
        }
        var inf = INF.matcher(t);
        if (inf.matches()) {
            return "-".equals(inf.group(1)) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (NAN.matcher(t).matches()) {
            return Double.NaN;
        }
        throw error("expected a number, found " + describe());
    }

    /** @return the whole number written in this plain scalar */
    int integer() {
        String t = plainScalar("a whole number");
        if (!INTEGER.matcher(t).matches()) {
            throw error("expected a whole number, found " + describe());
        }
        String digits = t.replace("_", "");
        int signs = digits.startsWith("-") || digits.startsWith("+") ? 1 : 0;
        long v = digits.length() - signs > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error("must be a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + ", was " + Text.quote(t));
        }
        return (int) v;
    }

    /** @return the boolean in this plain scalar: {@code true} or {@code false} */
    boolean bool() {
        String t = plainScalar("true or false");
        return switch (t) {
            case "true", "True", "TRUE" -> true;
            case "false", "False", "FALSE" -> false;
            default -> throw error("expected true or false, found " + describe());
        };
    }

    /** @return the constant this text names, ignoring case and accepting '-' or '_' between words */
    <E extends Enum<E>> E enumValue(Class<E> type) {
        String t = text();
        E e = Text.enumValue(type, t);
        if (e != null) {
            return e;
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Text::kebab).toList();
        String near = Text.closest(t.trim().replace('_', '-'), allowed);
        throw error("unknown value " + Text.quote(t) + (near == null ? "" : "; did you mean '" + near + "'?")
                + "; allowed: " + String.join(", ", allowed));
    }

    private String plainScalar(String expected) {
        if (node instanceof ScalarNode s && !isNull()) {
            if (s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
                throw error("expected " + expected + ", found " + describe() + " (remove the quotes)");
            }
            return s.getValue().trim();
        }
        throw error("expected " + expected + ", found " + describe());
    }
}
