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
 * Keeps gapsim's own code on HotSpot's C1 compiler in a short {@code gapsim run} or {@code sweep} (issue 16),
 * without a JVM option and without starting a second JVM: the process adds a compiler directive excluding
 * {@code org.gapsim} methods from C2 (what {@code jcmd PID Compiler.directives_add} does), so they are compiled once
 * by C1 at full optimisation instead of profiled and compiled again by C2. In a run of a few thousand replications
 * per package C2's compilations of the model's large methods cost more CPU than they save (measured 2026-12-02 with
 * {@code -XX:+LogCompilation}: C2 busy for the whole of a {@code run -n 3000 --threads 1}, 11 s of compile time in a
 * 12 s run; the JDK's and SSJ's methods still go to C2). Results are the same bit for bit: the JIT does not change
 * a floating-point result in Java.
 *
 * <p>Set by the system property {@value #PROPERTY}: {@code auto} (default: only for runs of at most
 * {@value #SHORT_RUN_MAX_REPLICATIONS} replications per package, a sweep's counted over all its points, in the
 * process started by {@link GapsimCli#main}), {@code c1} (always) or {@code c2} (never: the JVM's own tiers). A JVM
 * without the diagnostic command (not HotSpot) keeps its own tiers; that is logged at debug level only.
 */
final class JitPolicy {
    /** System property choosing the policy: auto, c1 or c2. */
    static final String PROPERTY = "gapsim.jit";
    /**
     * ASSUMPTION: up to this many replications per package (issue 16's target size is 10,000) C1 alone is cheaper;
     * measured only up to 10,000 (2026-12-02), so longer runs (a {@code --precision} run with a large {@code -n})
     * keep C2, which should pay off over them.
     */
    static final int SHORT_RUN_MAX_REPLICATIONS = 20_000;
    /** The compiler directive (HotSpot's JSON-like format): no C2 for any method of a class under org/gapsim. */
    static final String DIRECTIVE = "[{ match: \"org/gapsim/*.*\", c2: { Exclude: true } }]";

    private static final Logger LOG = LoggerFactory.getLogger(JitPolicy.class);
    private static final String DCMD = "com.sun.management:type=DiagnosticCommand";

    private JitPolicy() {
    }

    /**
     * @param setting                the property's value (null: auto)
     * @param processEntry           whether this is the process {@link GapsimCli#main} started (not an embedding)
     * @param replicationsPerPackage replications (or the maximum, with a precision target) per package
     * @return whether to keep gapsim's code on C1
     * @throws BadInputException for a setting other than auto, c1 or c2
     */
    static boolean wanted(String setting, boolean processEntry, long replicationsPerPackage) {
        String s = setting == null ? "auto" : setting;
        return switch (s) {
            case "auto" -> processEntry && replicationsPerPackage <= SHORT_RUN_MAX_REPLICATIONS;
            case "c1" -> true;
            case "c2" -> false;
            default -> throw new BadInputException("-D" + PROPERTY, "must be auto, c1 or c2, was '" + s + "'");
        };
    }

    /**
     * Adds the directive on a daemon thread of its own (the platform MBean server takes a few tenths of a second to
     * start; the scenario is read meanwhile).
     */
    static void applyInBackground() {
        Thread t = new Thread(JitPolicy::apply, "gapsim-jit-policy");
        t.setDaemon(true);
        t.start();
    }

    /** @return whether the directive was added (false, logged at debug level, on a JVM without the command) */
    static boolean apply() {
        return dcmd("compilerDirectivesAdd", DIRECTIVE);
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
