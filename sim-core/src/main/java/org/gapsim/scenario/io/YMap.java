package org.gapsim.scenario.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML map of fields: keys are plain text, unique, and (after {@link #only}) known. Merge keys
 * ({@code <<: *anchor}) are applied: the merged map's fields count unless the map sets them itself.
 */
final class YMap {
    private static final int MAX_MERGE_DEPTH = 10;

    /** A field as written: its key node and its value node. */
    private record Field(ScalarNode key, Node value) {
    }

    final YNode self;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    YMap(YNode self, MappingNode node) {
        this.self = self;
        Map<String, Field> merged = new LinkedHashMap<>();
        collect(node, fields, merged, 0);
        for (Map.Entry<String, Field> e : merged.entrySet()) {
            fields.putIfAbsent(e.getKey(), e.getValue());
        }
    }

    private void collect(MappingNode node, Map<String, Field> own, Map<String, Field> merged, int depth) {
        List<MappingNode> toMerge = new ArrayList<>();
        for (NodeTuple t : node.getValue()) {
            Node k = t.getKeyNode();
            self.ctx.visit(Loc.of(k, self.source, self.path));
            if (!(k instanceof ScalarNode key)) {
                throw Loc.of(k, self.source, self.path).error("a field name must be plain text, not a map or list");
            }
            if (isNull(key) || key.getValue().isBlank()) {
                throw Loc.of(k, self.source, self.path).error("a field name must not be empty");
            }
            String name = key.getValue();
            if ("<<".equals(name) && key.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                Node v = t.getValueNode();
                if (v instanceof MappingNode m) {
                    toMerge.add(m);
                } else if (v instanceof SequenceNode s
                        && s.getValue().stream().allMatch(x -> x instanceof MappingNode)) {
                    s.getValue().forEach(x -> toMerge.add((MappingNode) x));
                } else {
                    throw Loc.of(v, self.source, Ctx.child(self.path, "<<"))
                            .error("a merge key '<<' takes a map or a list of maps");
                }
                continue;
            }
            Field prev = own.get(name);
            if (prev != null) {
                throw Loc.of(k, self.source, Ctx.child(self.path, Text.shorten(name))).error("duplicate field "
                        + Text.quote(name) + " (first set at line " + (prev.key().getStartMark().getLine() + 1) + ")");
            }
            own.put(name, new Field(key, t.getValueNode()));
        }
        if (!toMerge.isEmpty()) {
            if (depth >= MAX_MERGE_DEPTH) {
                throw self.error("merge keys '<<' nested more than " + MAX_MERGE_DEPTH + " deep");
            }
            for (MappingNode m : toMerge) {
                Map<String, Field> sub = new LinkedHashMap<>();
                Map<String, Field> subMerged = new LinkedHashMap<>();
                collect(m, sub, subMerged, depth + 1);
                subMerged.forEach(sub::putIfAbsent);
                sub.forEach(merged::putIfAbsent);
            }
        }
    }

    /** Rejects any field not in {@code allowed}, naming the closest allowed one or listing them. */
    YMap only(String... allowed) {
        Set<String> ok = new LinkedHashSet<>(Arrays.asList(allowed));
        for (Map.Entry<String, Field> e : fields.entrySet()) {
            if (!ok.contains(e.getKey())) {
                String near = Text.closest(e.getKey(), ok);
                throw Loc.of(e.getValue().key(), self.source, Ctx.child(self.path, Text.shorten(e.getKey())))
                        .error("unknown field " + Text.quote(e.getKey())
                                + (near == null ? "" : "; did you mean '" + near + "'?")
                                + "; allowed: " + String.join(", ", ok));
            }
        }
        return this;
    }

    /** @return the field names, in file order (merged fields last) */
    Set<String> keys() {
        return fields.keySet();
    }

    /** @return a field's key as a node (for maps whose keys are values, such as doctrine methods) */
    YNode keyNode(String key) {
        return new YNode(self.ctx, fields.get(key).key(), self.source, Ctx.child(self.path, key));
    }

    /** @return the field's value, or null if it is absent or null */
    YNode opt(String key) {
        Field f = fields.get(key);
        if (f == null) {
            return null;
        }
        YNode y = new YNode(self.ctx, f.value(), self.source, Ctx.child(self.path, key));
        return y.isNull() ? null : y;
    }

    /** @return the field's value; an error at the map (or at the null value) if it is missing */
    YNode req(String key) {
        YNode y = opt(key);
        if (y == null) {
            Field f = fields.get(key);
            Loc at = f == null ? self.loc().withPath(Ctx.child(self.path, key))
                    : Loc.of(f.value(), self.source, Ctx.child(self.path, key));
            throw at.error("is required" + (f == null ? " (missing)" : " (was null)"));
        }
        return y;
    }

    String str(String key) {
        return req(key).text();
    }

    String strOr(String key, String dflt) {
        YNode y = opt(key);
        return y == null ? dflt : y.text();
    }

    double num(String key) {
        return req(key).number();
    }

    double numOr(String key, double dflt) {
        YNode y = opt(key);
        return y == null ? dflt : y.number();
    }

    int intReq(String key) {
        return req(key).integer();
    }

    int intOr(String key, int dflt) {
        YNode y = opt(key);
        return y == null ? dflt : y.integer();
    }

    boolean boolOr(String key, boolean dflt) {
        YNode y = opt(key);
        return y == null ? dflt : y.bool();
    }

    <E extends Enum<E>> E enumReq(String key, Class<E> type) {
        return req(key).enumValue(type);
    }

    <E extends Enum<E>> E enumOr(String key, Class<E> type, E dflt) {
        YNode y = opt(key);
        return y == null ? dflt : y.enumValue(type);
    }

    /** @return the elements of a list field, empty if the field is absent */
    List<YNode> list(String key) {
        YNode y = opt(key);
        return y == null ? List.of() : y.list();
    }

    /** @return the texts of a list field of text, empty if absent */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (YNode y : list(key)) {
            out.add(y.text());
        }
        return out;
    }

    private static boolean isNull(Node node) {
        return node == null || node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }
}
