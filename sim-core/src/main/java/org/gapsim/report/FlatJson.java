package org.gapsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns a summary tree ({@link SummaryJson#tree}) into a flat list of records, one per package, as
 * {@code pandas.read_json(path)} (orient {@code records}) and R's {@code jsonlite::fromJSON} read into a table:
 * each record holds the experiment's fields and the package's, nested objects flattened with {@code _} (e.g.
 * {@code closure_h: {mean: ...}} becomes {@code closure_h_mean}); an experiment field whose name a package field
 * also has is renamed {@code experiment_<name>} (e.g. {@code experiment_baseline}, the baseline's name, beside
 * {@code baseline}, whether this row is it). Experiment fields that are lists (the pairwise {@code comparisons})
 * are left out: they are not a property of one package, and {@value ComparisonsCsv#FILE} holds them as a table.
 */
final class FlatJson {
    private FlatJson() {
    }

    /**
     * @param mapper the mapper
     * @param tree   the summary tree, with a {@code packages} array of objects
     * @param extra  fields added to every record (last), such as the provenance
     * @return one flat record per package
     */
    static ArrayNode records(ObjectMapper mapper, ObjectNode tree, Map<String, String> extra) {
        ObjectNode common = mapper.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> it = tree.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("packages") && !e.getValue().isArray()) {
                flatten(common, e.getKey(), e.getValue());
            }
        }
        ArrayNode out = mapper.createArrayNode();
        JsonNode pkgs = tree.path("packages");
        for (JsonNode pkg : pkgs) {
            ObjectNode own = mapper.createObjectNode();
            flatten(own, "", pkg);
            ObjectNode rec = out.addObject();
            Iterator<Map.Entry<String, JsonNode>> c = common.fields();
            while (c.hasNext()) {
                Map.Entry<String, JsonNode> e = c.next();
                rec.set(own.has(e.getKey()) ? "experiment_" + e.getKey() : e.getKey(), e.getValue());
            }
            rec.setAll(own);
            extra.forEach(rec::put);
        }
        return out;
    }

    private static void flatten(ObjectNode into, String prefix, JsonNode v) {
        if (v.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = v.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(into, prefix.isEmpty() ? e.getKey() : prefix + "_" + e.getKey(), e.getValue());
            }
        } else {
            into.set(prefix, v);
        }
    }
}
