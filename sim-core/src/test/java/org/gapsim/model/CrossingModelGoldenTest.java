package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Golden output of the crossing model: every {@link ModelEvent} of a fixed set of replications must stay the same,
 * bit for bit, so a refactoring or a speed-up proves it changed no result without scripts of its own.
 *
 * <p>It runs {@value #REPLICATIONS} replications (indices 0 to {@value #REPLICATIONS}-1, master seed
 * {@value #SEED}, one {@link ReplicationStreams} per package as a study worker uses it) of every package, the
 * baseline included, of the two scenarios in {@code src/test/resources/model/golden/}: {@code suwalki-gap.yaml}, a
 * frozen copy of the built-in study scenario (minefields, ditches, felled trees, blown bridges, rerouting, fire
 * and residual-mine losses, bypasses), and {@code golden-rules.yaml}, a small network where a column without a
 * bridge layer waits and resumes, columns drive into undetected minefields and line charges leave residual mines.
 * Each replication is written as text: one line per event (the record's {@code toString}, which prints doubles
 * with {@link Double#toString}, exact and round-trip; a {@code ColumnArrived} field by field, its arrival times
 * element by element) and the clock at the
 * end. The golden file {@value #GOLDEN} holds the SHA-256 of all replications' text, and per replication the first
 * 16 hex digits of its own SHA-256, so a failure names the first replication that differs (rerun it with
 * {@code gapsim trace}, or with {@link org.gapsim.measure.EventTrace}, to see how).
 *
 * <p><b>When a model change is meant to change results</b>, regenerate the golden file and commit it with the
 * change: {@code mvn -B -ntp -pl sim-core test -Dtest=CrossingModelGoldenTest -Dgapsim.golden.update=true} (run
 * from the repository root; it rewrites {@code sim-core/src/test/resources/model/golden/golden-digests.txt} and
 * passes). The README's numbers (the default study's tables and the "how the numbers moved" notes) must then be
 * regenerated in the same series of commits. A change meant to keep results, such as a refactoring or a speed-up,
 * must pass this test without regenerating anything.
 */
class CrossingModelGoldenTest {
    /** Replications per package. */
    static final int REPLICATIONS = 40;
    /** Master seed of the streams. */
    static final long SEED = 20_261_201L;
    /** The golden file, under the test resources. */
    static final String GOLDEN = "model/golden/golden-digests.txt";
    /** The scenarios, in the order they are run. */
    private static final List<String> SCENARIOS = List.of("model/golden/suwalki-gap.yaml",
            "model/golden/golden-rules.yaml");

    /** The golden replications' digests and what happened in them, run once for the class. */
    private static final class Run {
        final List<String> digests = new ArrayList<>();
        final Map<String, Integer> seen = new TreeMap<>();
        final String totalHex;

        Run() throws Exception {
            MessageDigest total = sha256();
            StringBuilder text = new StringBuilder(1 << 16);
            for (String file : SCENARIOS) {
                Scenario s = new ScenarioLoader().load(resource(file));
                for (String pkg : s.packageNames()) {
                    CrossingPlan plan = CrossingPlan.compile(s, pkg);
                    ReplicationStreams streams = new ReplicationStreams(new StreamFactory(SEED));
                    for (int r = 0; r < REPLICATIONS; r++) {
                        text.setLength(0);
                        replication(plan, streams, r, text, seen);
                        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                        total.update(bytes);
                        digests.add(s.name() + " " + pkg + " " + r + " "
                                + HexFormat.of().formatHex(sha256().digest(bytes), 0, 8));
                    }
                }
            }
            totalHex = HexFormat.of().formatHex(total.digest());
        }
    }

    private static Run run;

    private static synchronized Run golden() throws Exception {
        if (run == null) {
            run = new Run();
        }
        return run;
    }

    @Test
    void everyEventOfTheGoldenReplicationsIsUnchanged() throws Exception {
        List<String> digests = golden().digests;
        String totalHex = golden().totalHex;

        if (Boolean.getBoolean("gapsim.golden.update")) {
            write(totalHex, digests);
            return;
        }
        Map<String, String> stored = read();
        if (totalHex.equals(stored.get("total"))) {
            return;
        }
        List<String> wanted = Arrays.asList(stored.get("digests").split("\n"));
        int differing = 0;
        String first = null;
        for (int i = 0; i < Math.max(wanted.size(), digests.size()); i++) {
            String w = i < wanted.size() ? wanted.get(i) : "(none)";
            String g = i < digests.size() ? digests.get(i) : "(none)";
            if (!w.equals(g)) {
                differing++;
                if (first == null) {
                    first = "golden '" + w + "', now '" + g + "'";
                }
            }
        }
        fail("the model's events changed: " + differing + " of " + digests.size()
                + " replications differ, the first: " + first + " (total " + totalHex + ", golden "
                + stored.get("total") + "). If the change is meant, regenerate with -Dgapsim.golden.update=true"
                + " and the README's numbers in the same commits (see this test's Javadoc).");
    }

    @Test
    void theGoldenScenariosExerciseEveryMechanism() throws Exception {
        // guards the golden set itself: each kind of event, outcome, detection and loss cause occurs
        Map<String, Integer> seen = golden().seen;
        for (String k : List.of("ColumnDeparted", "PlaceReached", "ObstacleDetected", "MineStrike", "BreachStarted",
                "LaneOpened", "BypassStarted", "Rerouted", "VehicleLost", "ObstaclePassed", "ColumnArrived",
                "ColumnWaiting", "ColumnResumed", "ColumnHalted")) {
            assertTrue(seen.containsKey(k), k + " never happens: " + seen);
        }
        for (Outcome o : Outcome.values()) {
            assertTrue(seen.containsKey(o.name()), o + " never happens: " + seen);
        }
        for (DetectionMode d : DetectionMode.values()) {
            assertTrue(seen.containsKey(d.name()), d + " never happens: " + seen);
        }
        for (LossCause c : LossCause.values()) {
            assertTrue(seen.containsKey(c.name()), c + " never happens: " + seen);
        }
    }

    @Test
    void aReplicationWritesTheSameTextTwice() throws Exception {
        Scenario s = new ScenarioLoader().load(resource(SCENARIOS.get(1)));
        CrossingPlan plan = CrossingPlan.compile(s, "all");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(SEED));
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        replication(plan, streams, 3, a, new TreeMap<>());
        replication(plan, streams, 3, b, new TreeMap<>());
        assertEquals(a.toString(), b.toString(), "rewinding the streams repeats the replication");
    }

    /**
     * Runs replication {@code r} and appends one line per event, then the clock at the end; counts each kind of
     * event, outcome, detection and loss cause in {@code seen}.
     */
    private static void replication(CrossingPlan plan, ReplicationStreams streams, int r, StringBuilder out,
                                    Map<String, Integer> seen) {
        streams.startReplication(r);
        CrossingModel m = new CrossingModel(plan, streams);
        m.addListener(e -> {
            seen.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            if (e instanceof ModelEvent.ObstaclePassed p) {
                seen.merge(p.outcome().name(), 1, Integer::sum);
            } else if (e instanceof ModelEvent.ObstacleDetected d) {
                seen.merge(d.mode().name(), 1, Integer::sum);
            } else if (e instanceof ModelEvent.VehicleLost l) {
                seen.merge(l.cause().name(), 1, Integer::sum);
            }
            if (e instanceof ModelEvent.ColumnArrived a) {
                // the record's toString prints the array's identity: write its fields and the times instead
                out.append("ColumnArrived[timeMin=").append(a.timeMin()).append(", column=").append(a.column())
                        .append(", objective=").append(a.objective()).append(", tailMin=").append(a.tailMin())
                        .append(", startVehicles=").append(a.startVehicles()).append("] ")
                        .append(Arrays.toString(a.arrivalTimesMin()));
            } else {
                out.append(e);
            }
            out.append('\n');
        });
        m.run();
        out.append("end ").append(m.timeMin()).append('\n');
    }

    private static Map<String, String> read() throws IOException, URISyntaxException {
        Map<String, String> golden = new TreeMap<>();
        StringBuilder digests = new StringBuilder();
        for (String line : Files.readAllLines(resource(GOLDEN), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("total ")) {
                golden.put("total", line.substring("total ".length()));
            } else {
                digests.append(line).append('\n');
            }
        }
        golden.put("digests", digests.toString().strip());
        return golden;
    }

    private static void write(String totalHex, List<String> digests) throws IOException {
        Path dir = Files.isDirectory(Paths.get("sim-core")) ? Paths.get("sim-core") : Paths.get("");
        Path file = dir.resolve("src/test/resources").resolve(GOLDEN);
        StringBuilder sb = new StringBuilder();
        sb.append("# Golden output of CrossingModelGoldenTest: SHA-256 of the events of every replication, then per\n")
                .append("# replication (scenario, package, index) the first 16 hex digits of its own SHA-256.\n")
                .append("# Regenerate only for a change meant to move results (see the test's Javadoc).\n")
                .append("total ").append(totalHex).append('\n');
        for (String d : digests) {
            sb.append(d).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    private static Path resource(String name) throws URISyntaxException {
        var url = CrossingModelGoldenTest.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return Paths.get(url.toURI());
    }

    private static MessageDigest sha256() throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256");
    }
}
