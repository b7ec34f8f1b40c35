package org.gapsim.scenarios.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how HotSpot compiles gapsim's own code in a {@code gapsim run} or {@code sweep} of a few thousand
 * replications (issue 16), without a JVM option and without starting a second JVM: the process adds a compiler
 * directive (what {@code jcmd PID Compiler.directives_add} does) that keeps some {@code org.gapsim} methods off C2,
 * so they are compiled once by C1 at full optimisation instead of profiled and compiled again by C2. C2's
 * compilations of the model's large methods (fight walks, lane passage, constructors) cost more CPU than they save
 * in such runs (2026-12-02, {@code -XX:+LogCompilation} of {@code run -n 3000 --threads 1} with the JVM's tiers:
 * 9.8 s of C2 compile time, 7 s of it on about twenty of gapsim's methods), while its code for the many small hot
 * methods (mine scans, hazard clocks, the random streams) pays for itself within seconds. Results are the same bit
 * for bit: the JIT does not change a floating-point result in Java.
 *
 * <p>Plans ({@link Plan}): {@link Plan#ALL_ON_C1} excludes every {@code org.gapsim} method from C2 (cheapest for
 * the shortest runs: the README's first command); {@link Plan#LARGE_ON_C1} excludes only the {@link #LARGE_METHODS}
 * (best for runs of a few thousand replications per package, issue 16's 10,000 among them); {@link Plan#JVM} adds
 * nothing. Set by the system property {@value #PROPERTY}: {@code auto} (default: {@code ALL_ON_C1} up to
 * {@value #ALL_ON_C1_MAX_REPLICATIONS} replications per package, {@code LARGE_ON_C1} up to
 * {@value #SHORT_RUN_MAX_REPLICATIONS}, a sweep's counted over all its points, in the process started by
 * {@link GapsimCli#main} only), {@code c1} ({@code ALL_ON_C1}), {@code mixed} ({@code LARGE_ON_C1}) or {@code c2}
 * ({@code JVM}: the JVM's own tiers). A JVM without the diagnostic command (not HotSpot) keeps its own tiers; that
 * is logged at debug level only.
 */
final class JitPolicy {
    /** What the process asks of HotSpot's compilers. */
    enum Plan {
        /** Nothing: the JVM's own tiers. */
        JVM,
        /** Every method of a class under {@code org/gapsim} off C2. */
        ALL_ON_C1,
        /** Only the {@link #LARGE_METHODS} off C2. */
        LARGE_ON_C1
    }

    /** System property choosing the policy: auto, c1, mixed or c2. */
    static final String PROPERTY = "gapsim.jit";
    /**
     * ASSUMPTION from runs of the built-in study on 2 threads (2026-12-02, quiet 2-core host, two rounds each, wall
     * time with every gapsim method on C1 / with only the large ones): 1,000 replications per package (the README's
     * first command) 3.9-4.4 / 4.7-5.0 s, 2,000 5.2-6.3 / 6.0-6.6 s, 3,000 6.8-7.1 / 7.0-8.5 s, 5,000 8.7-10.4 /
     * 8.1-9.9 s, 10,000 15.1-16.0 / 14.1 s: up to this many replications per package all on C1 is cheaper (on one
     * thread C2 compiles on the idle core and the large-only plan wins earlier: 3,000 at 9.6-9.8 against 11.2-12.4 s).
     */
    static final int ALL_ON_C1_MAX_REPLICATIONS = 4_000;
    /**
     * ASSUMPTION: up to this many replications per package keeping the large methods on C1 is cheaper (issue 16's
     * target size is 10,000: {@code run -n 10000} 13.0-16.1 s wall with {@link Plan#LARGE_ON_C1}, 15.1-20.7 s with
     * every gapsim method on C1, 2026-12-02, eight runs each); measured only up to 10,000, so longer runs (a
     * {@code --precision} run with a large {@code -n}) keep the JVM's tiers, which should pay off over them.
     */
    static final int SHORT_RUN_MAX_REPLICATIONS = 20_000;
    /** The directive of {@link Plan#ALL_ON_C1} (HotSpot's JSON-like format). */
    static final String DIRECTIVE = "[{ match: \"org/gapsim/*.*\", c2: { Exclude: true } }]";
    /**
     * The methods {@link Plan#LARGE_ON_C1} keeps off C2, as HotSpot method patterns ({@code package/Class.method}):
     * every gapsim method whose C2 compilations took at least 0.1 s in a {@code run -n 3000 --threads 1} with the
     * JVM's tiers (2026-12-02; {@code tools/jit-stats.py} on a {@code -XX:+LogCompilation} log lists them; re-derive
     * them when the model's hot walks change). A renamed method is caught by {@code JitPolicyTest}.
     */
    static final java.util.List<String> LARGE_METHODS = java.util.List.of(
            "org/gapsim/model/Fight.startPassage",
            "org/gapsim/model/ObstacleEncounter.passLanes",
            "org/gapsim/model/Column.<init>",
            "org/gapsim/model/Fight.breach",
            "org/gapsim/model/ObstacleEncounter.decide",
            "org/gapsim/model/Fight.<init>",
            "org/gapsim/model/Interdiction.walk",
            "org/gapsim/model/Fight.shoot",
            "org/gapsim/model/Fight.passage",
            "org/gapsim/measure/ReplicationMeasures.on",
            "org/gapsim/model/March$HeadArrival.actions",
            "org/gapsim/model/Losses.toResidualMines",
            "org/gapsim/model/Breach.startLanes",
            "org/gapsim/model/March.atPlace",
            "org/gapsim/model/Losses.block",
            "org/gapsim/model/Fight.detected",
            "org/gapsim/report/internal/ReplicationCsv.line",
            "org/gapsim/experiment/ResultAggregator$PackageTallies.add",
            "org/gapsim/model/Routing.replanIfBlocked",
            "org/gapsim/measure/ReplicationMeasures.result",
            "org/gapsim/model/Dynamics.decide");
    /** The directive of {@link Plan#LARGE_ON_C1}. */
    static final String LARGE_DIRECTIVE = "[{ match: [" + String.join(", ",
            LARGE_METHODS.stream().map(m -> "\"" + m + "\"").toList()) + "], c2: { Exclude: true } }]";

    private static final Logger LOG = LoggerFactory.getLogger(JitPolicy.class);
    private static final String DCMD = "com.sun.management:type=DiagnosticCommand";

    private JitPolicy() {
    }

    /**
     * @param setting                the property's value (null: auto)
     * @param processEntry           whether this is the process {@link GapsimCli#main} started (not an embedding)
     * @param replicationsPerPackage replications (or the maximum, with a precision target) per package
     * @return what to ask of the compilers
     * @throws BadInputException for a setting other than auto, c1, mixed or c2
     */
    static Plan choose(String setting, boolean processEntry, long replicationsPerPackage) {
        String s = setting == null ? "auto" : setting;
        return switch (s) {
            case "auto" -> !processEntry || replicationsPerPackage > SHORT_RUN_MAX_REPLICATIONS ? Plan.JVM
                    : replicationsPerPackage <= ALL_ON_C1_MAX_REPLICATIONS ? Plan.ALL_ON_C1 : Plan.LARGE_ON_C1;
            case "c1" -> Plan.ALL_ON_C1;
            case "mixed" -> Plan.LARGE_ON_C1;
            case "c2" -> Plan.JVM;
            default -> throw new BadInputException("-D" + PROPERTY, "must be auto, c1, mixed or c2, was '" + s + "'");
        };
    }

    /**
     * Chooses ({@link #choose}) from the system property and applies the plan in the background.
     *
     * @param processEntry           whether this is the process {@link GapsimCli#main} started
     * @param replicationsPerPackage replications (or the maximum) per package
     */
    static void applyFor(boolean processEntry, long replicationsPerPackage) {
        Plan plan = choose(System.getProperty(PROPERTY), processEntry, replicationsPerPackage);
        if (plan != Plan.JVM) {
            applyInBackground(plan);
        }
    }

    /**
     * Adds the plan's directive on a daemon thread of its own (the platform MBean server takes a few tenths of a
     * second to start; the scenario is read meanwhile).
     */
    static void applyInBackground(Plan plan) {
        Thread t = new Thread(() -> apply(plan), "gapsim-jit-policy");
        t.setDaemon(true);
        t.start();
    }

    /** @return whether the plan's directive was added (false, logged at debug level, on a JVM without the command) */
    static boolean apply(Plan plan) {
        return switch (plan) {
            case JVM -> false;
            case ALL_ON_C1 -> dcmd("compilerDirectivesAdd", DIRECTIVE);
            case LARGE_ON_C1 -> dcmd("compilerDirectivesAdd", LARGE_DIRECTIVE);
        };
    }

    /** Removes the directive added last (for tests, which must leave their JVM's compilers as they were). */
    static boolean removeLast() {
        return dcmd("compilerDirectivesRemove", null);
    }

    private static boolean dcmd(String operation, String directive) {
        Path file = null;
        try {
            String[] args = {};
            if (directive != null) {
                file = Files.createTempFile("gapsim-jit", ".json");
                Files.writeString(file, directive, StandardCharsets.UTF_8);
                args = new String[] {file.toString()};
            }
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Object out = server.invoke(new ObjectName(DCMD), operation, new Object[] {args},
                    new String[] {String[].class.getName()});
            String text = String.valueOf(out);
            boolean ok = directive == null || text.contains("1 compiler directives added");
            LOG.debug("{}: {}", operation, text.strip());
            return ok;
        } catch (Exception | LinkageError e) {
            LOG.debug("{} not available, the JVM keeps its own compilers: {}", operation, e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    LOG.debug("could not delete {}: {}", file, e.toString());
                }
            }
        }
    }
}
