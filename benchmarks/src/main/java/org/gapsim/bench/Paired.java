package org.gapsim.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.measure.ReplicationMeasures;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Scenario;

/**
 * Ratios that hold up on a shared machine. JMH runs each benchmark in its own fork, one after the other, so when
 * other processes come and go the forks see different loads and a ratio of two JMH scores mixes the code's cost
 * with the load's. This harness runs the two sides of a ratio in one JVM, alternating short slices (A B B A ...), so
 * both see the same load on average, and reports the median over rounds of the per-round ratio of the wall time per
 * operation (and of the JVM's CPU time per operation).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.Paired [rounds] [sliceMs]}. Not a
 * substitute for the JMH numbers (absolute figures come from JMH); a check on the ratios the README states.
 */
public final class Paired {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Paired() {
    }

    /** One side of a ratio: each call does some operations and returns how many. */
    private record Side(String name, LongSupplier work) {
    }

    /** Per-slice cost of one side. */
    private static final class Slice {
        double wallNsPerOp;
        double cpuNsPerOp;
    }

    private static Slice slice(Side s, long sliceNs) {
        long ops = 0;
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        long t;
        do {
            ops += s.work.getAsLong();
            t = System.nanoTime();
        } while (t - t0 < sliceNs);
        Slice r = new Slice();
        r.wallNsPerOp = (double) (t - t0) / ops;
        r.cpuNsPerOp = (double) (OS.getProcessCpuTime() - cpu0) / ops;
        return r;
    }

    /** @return the median of {@code v} (not modified) */
    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : (c[n / 2 - 1] + c[n / 2]) / 2;
    }

    private static void compare(String label, Side a, Side b, int rounds, long sliceNs) {
        for (int w = 0; w < 10; w++) { // warm-up: both sides compiled before the first measured slice
            slice(a, sliceNs);
            slice(b, sliceNs);
        }
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        double[] aw = new double[rounds];
        double[] bw = new double[rounds];
        double[] ac = new double[rounds];
        double[] bc = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            Slice sa;
            Slice sb;
            if (r % 2 == 0) {
                sa = slice(a, sliceNs);
                sb = slice(b, sliceNs);
            } else {
                sb = slice(b, sliceNs);
                sa = slice(a, sliceNs);
            }
            wall[r] = sb.wallNsPerOp / sa.wallNsPerOp;
            cpu[r] = sb.cpuNsPerOp / sa.cpuNsPerOp;
            aw[r] = sa.wallNsPerOp;
            bw[r] = sb.wallNsPerOp;
            ac[r] = sa.cpuNsPerOp;
            bc[r] = sb.cpuNsPerOp;
        }
        System.out.printf(Locale.ROOT, "%-44s %-16s %9.1f wall %9.1f cpu | %-16s %9.1f wall %9.1f cpu | "
                        + "B/A wall %.3f cpu %.3f%n", label, a.name, median(aw), median(ac), b.name, median(bw),
                median(bc), median(wall), median(cpu));
    }

    private static long study(Scenario gap, int threads, int replications) {
        Experiment e = Experiment.builder(gap)
                .packages(BenchScenarios.GAP_PACKAGES.subList(1, BenchScenarios.GAP_PACKAGES.size()))
                .replications(replications).masterSeed(HoldBenchmark.SEED).threads(threads).build();
        new ExperimentRunner(e).withProgress(ProgressListener.silent()).run();
        return (long) replications * BenchScenarios.GAP_PACKAGES.size();
    }

    /**
     * Prints, per pair: median ns/op of each side (wall and CPU) and the median per-round ratio B/A.
     *
     * @param args optional: rounds (default 40), slice length in ms (default 100), and {@code threads} to run only
     *             the 1-thread vs 2-thread comparisons
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        long sliceNs = (args.length > 1 ? Long.parseLong(args[1]) : 100) * 1_000_000L;
        boolean threadsOnly = args.length > 2 && args[2].equals("threads");
        Scenario gap = BenchScenarios.gapLike();
        CrossingPlan none = CrossingPlan.compile(gap, "none");
        for (String list : threadsOnly ? List.<String>of() : List.of("SplayTree", "Henriksen")) {
            for (int pending : new int[]{10, 1000}) {
                holdPair(list, pending, none, rounds, sliceNs);
            }
        }
        List<CrossingPlan> plans = new ArrayList<>();
        for (String p : BenchScenarios.GAP_PACKAGES) {
            plans.add(CrossingPlan.compile(gap, p));
        }
        if (!threadsOnly) {
            replicationOrder(plans, rounds, sliceNs);
        }
        threadPairs(gap, plans, rounds, sliceNs);
    }

    private static void holdPair(String list, int pending, CrossingPlan none, int rounds, long sliceNs) {
        HoldModels.Hold raw = new HoldModels.RawSsj(HoldModels.eventList(list), pending, HoldBenchmark.SEED);
        HoldModels.Hold dis = new HoldModels.GapsimDispatch(HoldModels.eventList(list), pending,
                HoldBenchmark.SEED, new ReplicationMeasures(none, 0));
        HoldModels.Hold not = new HoldModels.GapsimNotice(HoldModels.eventList(list), pending,
                HoldBenchmark.SEED, new ReplicationMeasures(none, 0));
        HoldModels.Hold heap = new HoldModels.Heap(pending, HoldBenchmark.SEED);
        Side sRaw = new Side("ssjRaw", () -> {
            raw.run(1000);
            return 1000;
        });
        String at = list + " pending=" + pending;
        compare("hold " + at, sRaw, new Side("gapsimDispatch", () -> {
            dis.run(1000);
            return 1000;
        }), rounds, sliceNs);
        compare("hold " + at, sRaw, new Side("gapsimNotice", () -> {
            not.run(1000);
            return 1000;
        }), rounds, sliceNs);
        if (list.equals("SplayTree")) {
            compare("hold " + at, new Side("heap", () -> {
                heap.run(1000);
                return 1000;
            }), sRaw, rounds, sliceNs);
        }
    }

    /**
     * One thread, every package per replication; A takes replications r, r+1, r+2... (a worker with a contiguous
     * range), B takes r, r+2, r+4... (what each of two workers sharing one cursor sees).
     */
    private static void replicationOrder(List<CrossingPlan> plans, int rounds, long sliceNs) {
        for (int stride : new int[]{2, 8}) {
            ReplicationStreams sa = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
            ReplicationStreams sb = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
            long[] r = {10_000, 10_000};
            int step = stride;
            compare("replication order, 8 packages (runs)", new Side("stride 1", () -> {
                for (CrossingPlan p : plans) {
                    Replications.run(p, sa, r[0]);
                }
                r[0]++;
                return plans.size();
            }), new Side("stride " + step, () -> {
                for (CrossingPlan p : plans) {
                    Replications.run(p, sb, r[1]);
                }
                r[1] += step;
                return plans.size();
            }), rounds, sliceNs);
        }
    }

    /** 1 thread against 2: the study's own runner, then the plain batch runner. */
    private static void threadPairs(Scenario gap, List<CrossingPlan> plans, int rounds, long sliceNs) {
        compare("ExperimentRunner, 100 replications (runs)", new Side("1 thread", () -> study(gap, 1, 100)),
                new Side("2 threads", () -> study(gap, 2, 100)), rounds, sliceNs * 3);
        compare("ExperimentRunner, 1,000 replications (runs)", new Side("1 thread", () -> study(gap, 1, 1000)),
                new Side("2 threads", () -> study(gap, 2, 1000)), rounds, sliceNs * 10);
        try (BatchRunner one = new BatchRunner(plans, 1, HoldBenchmark.SEED);
             BatchRunner two = new BatchRunner(plans, 2, HoldBenchmark.SEED)) {
            long[] next = {0, 0};
            int reps = 100;
            compare("batch (replication-runs)", new Side("1 thread", () -> {
                one.run(next[0], reps);
                next[0] += reps;
                return (long) reps * plans.size();
            }), new Side("2 threads", () -> {
                two.run(next[1], reps);
                next[1] += reps;
                return (long) reps * plans.size();
            }), rounds, sliceNs * 5);
        }
    }
}
