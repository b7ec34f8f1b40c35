package org.gapsim.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * Not JMH: compares two builds of the model in one JVM. Each benchmarks jar is loaded in a class loader of its own;
 * both run the same replications of {@link BenchScenarios#gapLike()}, or with {@code -Dgapsim.pair.scenario=builtIn}
 * each jar's own {@link BenchScenarios#builtIn()} (the built-in study as that build ships it: how a model change
 * moves the cost of the study users run), seed 42, one package at a time, in
 * alternating slices (A B B A ...) of about 100 ms of CPU, and each slice's thread CPU time per replication is
 * read, so both sides run under the same load. Per package: the mean CPU µs per replication of each side and the
 * median, interquartile range and range over the rounds of B's time over A's. Run it in both orders: a side's
 * position can bias a ratio by a few per cent.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.JarPair A.jar B.jar [rounds]
 * [packages]} (rounds 40 by default; packages comma-separated, all of {@link BenchScenarios#GAP_PACKAGES}, or of
 * {@link BenchScenarios#BUILT_IN_PACKAGES} with the built-in study, by
 * default). Keep a copy of the jar of the commit before a change to compare with.
 */
public final class JarPair {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The {@link BenchScenarios} method both sides run: {@code gapLike} (default) or {@code builtIn}. */
    private static final String SCENARIO = System.getProperty("gapsim.pair.scenario", "gapLike");

    private JarPair() {
    }

    /** One build: its plan of one package, its streams, and its {@code Replications.run}. */
    private static final class Side {
        private final Object plan;
        private final Object streams;
        private final Object noListeners;
        private final Method run;
        private Object sink;

        Side(String jar, String pkg) throws Exception {
            URLClassLoader cl = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Object scenario = cl.loadClass("org.gapsim.bench.BenchScenarios").getMethod(SCENARIO).invoke(null);
            Class<?> planClass = cl.loadClass("org.gapsim.model.CrossingPlan");
            plan = planClass.getMethod("compile", cl.loadClass("org.gapsim.scenario.Scenario"), String.class)
                    .invoke(null, scenario, pkg);
            Class<?> factory = cl.loadClass("org.gapsim.random.StreamFactory");
            Class<?> streamsClass = cl.loadClass("org.gapsim.random.ReplicationStreams");
            streams = streamsClass.getConstructor(factory).newInstance(factory.getConstructor(long.class)
                    .newInstance(42L));
            noListeners = Array.newInstance(cl.loadClass("org.gapsim.model.ModelListener"), 0);
            run = cl.loadClass("org.gapsim.measure.Replications").getMethod("run", planClass, streamsClass,
                    long.class, noListeners.getClass());
        }

        /** @return thread CPU ns to run replications {@code from} to {@code from + k - 1} */
        long cpu(long from, int k) throws Exception {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (long r = from; r < from + k; r++) {
                sink = run.invoke(null, plan, streams, r, noListeners);
            }
            return THREADS.getCurrentThreadCpuTime() - t0;
        }
    }

    /**
     * @param args jar A, jar B, rounds (optional), packages (optional, comma-separated)
     * @throws Exception if a jar cannot be loaded or run
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        List<String> packages = args.length > 3 ? List.of(args[3].split(","))
                : SCENARIO.equals("builtIn") ? BenchScenarios.BUILT_IN_PACKAGES : BenchScenarios.GAP_PACKAGES;
        for (String p : packages) {
            Side a = new Side(args[0], p);
            Side b = new Side(args[1], p);
            SlicePair.Result res = SlicePair.compare(a::cpu, b::cpu, 2000, rounds);
            System.out.println(res.line(p, "A", "B"));
        }
    }
}
