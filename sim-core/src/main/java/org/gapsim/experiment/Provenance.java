package org.gapsim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.gapsim.scenario.Scenario;

/**
 * Where a result came from: the gapsim version, a SHA-256 of the scenario's content, the packages, the master seed,
 * the stopping rule and batch size, and the command line. Every output records it (see {@code org.gapsim.report.Study})
 * and a resumed run must match the one it resumes ({@link #identityDifference}).
 *
 * <p><b>The scenario hash</b> is the SHA-256 of the canonical text of every field that can change a result:
 * the {@link Record#toString()} of the network, vehicle types, columns, existing obstacles, packages, doctrine,
 * march and closure rules (all records, lists and enums, so the text covers every value, doubles written exactly),
 * the horizon, the defender and the clock. The scenario's name and description are left out (they change no result) and recorded beside
 * it. {@link #scenarioParts()} holds one hash per part, so a mismatch can say which part differs.
 *
 * <p><b>Identity</b> ({@link #identityDifference}) is everything that changes a result: the version, the scenario
 * name (written in every row) and hash, the baseline, the packages in order, the master seed, the kind and target of
 * the stopping rule and the batch size. The replication count or cap ({@link #maxReplications}) is not: a run may be
 * extended. Nor is the command line (it may differ between an interrupted run and its resume, and so is kept out of
 * every output except the {@code provenance.json} sidecar).
 *
 * @param gapsimVersion   the Maven project version gapsim was built as
 * @param scenarioName    the scenario's name
 * @param scenarioSha256  SHA-256 (hex) of the scenario's content, name and description left out
 * @param scenarioParts   SHA-256 (hex) of each part of the scenario, by part name, in a fixed order
 * @param baseline        the baseline package
 * @param packages        the packages compared with it, in report order
 * @param masterSeed      the master seed
 * @param stoppingRule    the stopping rule's kind and target, without its replication count or cap
 * @param maxReplications the replication count (fixed) or cap (sequential)
 * @param batchSize       replications per batch
 * @param commandLine     the command line that produced the output ("" when not run from one)
 */
public record Provenance(String gapsimVersion, String scenarioName, String scenarioSha256,
                         Map<String, String> scenarioParts, String baseline, List<String> packages, long masterSeed,
                         String stoppingRule, int maxReplications, int batchSize, String commandLine) {

    private static final String VERSION = readVersion();

    /**
     * Copies the collections; a null command line becomes "".
     *
     * @param gapsimVersion value of {@link #gapsimVersion()}
     * @param scenarioName value of {@link #scenarioName()}
     * @param scenarioSha256 value of {@link #scenarioSha256()}
     * @param scenarioParts value of {@link #scenarioParts()}
     * @param baseline value of {@link #baseline()}
     * @param packages value of {@link #packages()}
     * @param masterSeed value of {@link #masterSeed()}
     * @param stoppingRule value of {@link #stoppingRule()}
     * @param maxReplications value of {@link #maxReplications()}
     * @param batchSize value of {@link #batchSize()}
     * @param commandLine value of {@link #commandLine()}
     */
    public Provenance {
        scenarioParts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scenarioParts));
        packages = List.copyOf(packages);
        commandLine = commandLine == null ? "" : commandLine;
    }

    /**
     * @param experiment an experiment
     * @return its provenance, with no command line
     */
    public static Provenance of(Experiment experiment) {
        Map<String, String> parts = scenarioParts(experiment.scenario());
        return new Provenance(version(), experiment.scenario().name(), scenarioSha256(experiment.scenario()), parts,
                experiment.baseline(), experiment.packages(), experiment.masterSeed(),
                ruleIdentity(experiment.stopping()), experiment.stopping().maxReplications(), experiment.batchSize(),
                "");
    }

    /**
     * @param line the command line that produced the output
     * @return this provenance with it
     */
    public Provenance withCommandLine(String line) {
        return new Provenance(gapsimVersion, scenarioName, scenarioSha256, scenarioParts, baseline, packages,
                masterSeed, stoppingRule, maxReplications, batchSize, line);
    }

    /** @return the gapsim version (the Maven project version, "unknown" outside a Maven build) */
    public static String version() {
        return VERSION;
    }

    /**
     * @param scenario a scenario
     * @return the SHA-256 (hex) of its content, name and description left out (see the class comment)
     */
    public static String scenarioSha256(Scenario scenario) {
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, String> e : canonicalParts(scenario).entrySet()) {
            all.append(e.getKey()).append('=').append(e.getValue()).append('\n');
        }
        return sha256(all.toString());
    }

    /**
     * @param scenario a scenario
     * @return the SHA-256 (hex) of each part of its content, in a fixed order
     */
    public static Map<String, String> scenarioParts(Scenario scenario) {
        Map<String, String> out = new LinkedHashMap<>();
        canonicalParts(scenario).forEach((k, v) -> out.put(k, sha256(v)));
        return out;
    }

    private static Map<String, String> canonicalParts(Scenario s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("network", String.valueOf(s.network()));
        m.put("vehicleTypes", String.valueOf(s.vehicleTypes()));
        m.put("columns", String.valueOf(s.columns()));
        m.put("existingObstacles", String.valueOf(s.existingObstacles()));
        m.put("packages", String.valueOf(s.packages()));
        m.put("doctrine", String.valueOf(s.doctrine()));
        m.put("march", String.valueOf(s.march()));
        m.put("closure", String.valueOf(s.closure()));
        m.put("horizonMin", Double.toString(s.horizonMin()));
        m.put("defender", String.valueOf(s.defender()));
        m.put("clock", String.valueOf(s.clock()));
        return m;
    }

    /**
     * @param text any text
     * @return the SHA-256 of its UTF-8 bytes, lower-case hex
     */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** @return a new SHA-256 digest */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * @param rule a stopping rule
     * @return its kind and every component but the replication count or cap, e.g. {@code TargetPrecision
     *         relativeHalfWidth=0.05}
     */
    static String ruleIdentity(StoppingRule rule) {
        StringBuilder b = new StringBuilder(rule instanceof StoppingRule.Extension x
                ? "Extension " + x.getClass().getName() + " name=" + x.name() : rule.getClass().getSimpleName());
        if (rule.getClass().isRecord()) {
            for (RecordComponent c : rule.getClass().getRecordComponents()) {
                String n = c.getName();
                if (n.equals("replications") || n.equals("maxReplications")) {
                    continue;
                }
                try {
                    b.append(' ').append(n).append('=').append(c.getAccessor().invoke(rule));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + n + " of " + rule, e);
                }
            }
        }
        return b.toString();
    }

    /**
     * Compares the settings that change results: version, scenario content, baseline, packages, seed, stopping
     * rule (kind and target) and batch size.
     *
     * @param recorded the provenance of an earlier run
     * @return empty if a run with this provenance may resume {@code recorded}; else one line saying what differs
     */
    public Optional<String> identityDifference(Provenance recorded) {
        if (!gapsimVersion.equals(recorded.gapsimVersion)) {
            return Optional.of("it was written by gapsim " + recorded.gapsimVersion + ", this is gapsim "
                    + gapsimVersion);
        }
        if (!scenarioName.equals(recorded.scenarioName) && scenarioSha256.equals(recorded.scenarioSha256)) {
            return Optional.of("it holds scenario '" + recorded.scenarioName + "', this run is scenario '"
                    + scenarioName + "' (same content)");
        }
        if (!scenarioSha256.equals(recorded.scenarioSha256)) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, String> e : scenarioParts.entrySet()) {
                if (!e.getValue().equals(recorded.scenarioParts.get(e.getKey()))) {
                    parts.add(e.getKey());
                }
            }
            return Optional.of("it holds scenario '" + recorded.scenarioName + "' (sha256 "
                    + shortHash(recorded.scenarioSha256) + "), this run is scenario '" + scenarioName + "' (sha256 "
                    + shortHash(scenarioSha256) + "): they differ in "
                    + (parts.isEmpty() ? "content" : String.join(", ", parts)));
        }
        if (!baseline.equals(recorded.baseline)) {
            return Optional.of("its baseline is '" + recorded.baseline + "', this run's is '" + baseline + "'");
        }
        if (!packages.equals(recorded.packages)) {
            return Optional.of("it compares packages " + recorded.packages + ", this run compares " + packages);
        }
        if (masterSeed != recorded.masterSeed) {
            return Optional.of("it used seed " + recorded.masterSeed + ", this run uses seed " + masterSeed);
        }
        if (!stoppingRule.equals(recorded.stoppingRule)) {
            return Optional.of("its stopping rule is " + recorded.stoppingRule + ", this run's is " + stoppingRule);
        }
        if (batchSize != recorded.batchSize) {
            return Optional.of("its batch size is " + recorded.batchSize + ", this run's is " + batchSize);
        }
        return Optional.empty();
    }

    /** @return the first 12 hex digits of a hash, for messages */
    static String shortHash(String hex) {
        return hex == null ? "?" : hex.substring(0, Math.min(12, hex.length()));
    }

    /**
     * @return the provenance as ordered name/value pairs (strings, numbers and lists of strings), names in
     *         snake_case: the fields a JSON output records
     */
    public Map<String, Object> toFields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gapsim_version", gapsimVersion);
        m.put("scenario", scenarioName);
        m.put("scenario_sha256", scenarioSha256);
        m.put("scenario_parts_sha256", scenarioParts);
        m.put("baseline", baseline);
        m.put("packages", packages);
        m.put("master_seed", masterSeed);
        m.put("stopping_rule", stoppingRule);
        m.put("max_replications", maxReplications);
        m.put("batch_size", batchSize);
        m.put("command_line", commandLine);
        return m;
    }

    /**
     * @param fields what {@link #toFields()} gave (as read back from JSON: numbers may be any {@link Number})
     * @return the provenance
     * @throws IllegalArgumentException if a field is missing or of the wrong type
     */
    @SuppressWarnings("unchecked")
    public static Provenance fromFields(Map<String, ?> fields) {
        try {
            Map<String, String> parts = new LinkedHashMap<>();
            ((Map<String, ?>) req(fields, "scenario_parts_sha256")).forEach((k, v) -> parts.put(k, (String) v));
            List<String> pk = new ArrayList<>();
            for (Object o : (List<?>) req(fields, "packages")) {
                pk.add((String) o);
            }
            return new Provenance((String) req(fields, "gapsim_version"), (String) req(fields, "scenario"),
                    (String) req(fields, "scenario_sha256"), parts, (String) req(fields, "baseline"), pk,
                    ((Number) req(fields, "master_seed")).longValue(), (String) req(fields, "stopping_rule"),
                    ((Number) req(fields, "max_replications")).intValue(),
                    ((Number) req(fields, "batch_size")).intValue(), (String) fields.get("command_line"));
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("a provenance field has the wrong type: " + e.getMessage(), e);
        }
    }

    private static Object req(Map<String, ?> m, String k) {
        Object v = m.get(k);
        if (v == null) {
            throw new IllegalArgumentException("provenance field '" + k + "' is missing");
        }
        return v;
    }

    /** @return one line for a text output: version, scenario and its hash, seed, rule and batch size */
    public String toTextLine() {
        return String.format(Locale.ROOT, "gapsim %s, scenario '%s' sha256 %s, baseline '%s', packages %s, seed %d, "
                        + "%s, max %d replications, batches of %d", gapsimVersion, scenarioName, scenarioSha256,
                baseline, packages, masterSeed, stoppingRule, maxReplications, batchSize);
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("gapsim-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String v = p.getProperty("version", "unknown");
        return v.contains("${") ? "unknown" : v;
    }
}
