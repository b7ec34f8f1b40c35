package org.gapsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Scenario;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.MRG32k3a;

/**
 * How well does this machine run two threads, and how well do replications? Each kernel runs free (no batches, no
 * barrier while it works, nothing shared) on 1 and then 2 threads in alternating slices (1 2 2 1 ...); per round it
 * records the throughput ratio 2 threads / 1 thread, the worker threads' CPU time per operation 2 threads / 1
 * thread (above 1 when the threads slow each other down), and the steal time the hypervisor reports in
 * {@code /proc/stat} (CPU the guest wanted and the host gave to someone else). Kernels:
 * <ul>
 *   <li>{@code compute}: MRG32k3a draws through {@code NormalDist.inverseF01}; registers and L1 only, allocates
 *       nothing: what two cores give when memory plays no part.</li>
 *   <li>{@code ilp}: four independent xorshift chains; saturates the integer units, so it would scale far below 2
 *       if the two vCPUs were hyperthreads of one core.</li>
 *   <li>{@code memory:KB}: a dependent random walk over a private array of that many KB (16: L1, 512: L2, 4096:
 *       L3, 65536: memory).</li>
 *   <li>{@code allocate}: {@code compute} plus short-lived arrays at a replication's allocation rate.</li>
 *   <li>{@code hold}: SSJ's hold model, 10 pending events, SplayTree (a small allocation per event).</li>
 *   <li>{@code replications}: every package of {@code BenchScenarios.gapLike()} per replication, each thread its
 *       own {@link ReplicationStreams} and its own replication indices.</li>
 *   <li>{@code blocked:B}: blocks of B replications run package by package (what the runners do since this
 *       probe's findings, with B = 32); {@code -Dprobe.freshStreams=true} gives each block new streams.</li>
 *   <li>{@code package:NAME}: one package only.</li>
 * </ul>
 * A kernel whose ratio sits well below {@code compute}'s loses to something its threads share (caches, memory,
 * allocation); one at {@code compute}'s level is limited by the machine. Not JMH: a diagnostic whose rows go into
 * the benchmarks README.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.ScalingProbe [rounds] [sliceMs]
 * [kernels] [warmupS]}.
 */
public final class ScalingProbe {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final boolean FRESH_STREAMS = Boolean.getBoolean("probe.freshStreams");
    private static long warmupNs = 30_000_000_000L;

    private ScalingProbe() {
    }

    /** A unit of work on one thread: each call does some operations and returns how many. */
    interface Kernel {
        long step();
    }

    /** Runs {@code kernels} (one per thread) together until the deadline; returns operations per second. */
    private static final class Crew implements AutoCloseable {
        private final CyclicBarrier start;
        private final CyclicBarrier end;
        private final AtomicLong ops = new AtomicLong();
        private final AtomicLong cpuNs = new AtomicLong();
        /** CPU ns per operation in the last slice, summed over the crew's threads. */
        double cpuPerOp;
        private volatile long deadline;
        private volatile boolean closed;
        private volatile Throwable failure;

        Crew(Kernel[] kernels) {
            this.start = new CyclicBarrier(kernels.length + 1);
            this.end = new CyclicBarrier(kernels.length + 1);
            for (int k = 0; k < kernels.length; k++) {
                Kernel kernel = kernels[k];
                Thread t = new Thread(() -> {
                    try {
                        while (true) {
                            start.await();
                            if (closed) {
                                return;
                            }
                            long n = 0;
                            long until = deadline;
                            long c0 = THREADS.getCurrentThreadCpuTime();
                            do {
                                n += kernel.step();
                            } while (System.nanoTime() < until);
                            cpuNs.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
                            ops.addAndGet(n);
                            end.await();
                        }
                    } catch (InterruptedException | java.util.concurrent.BrokenBarrierException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException | Error e) {
                        failure = e;   // break the barriers so that the main thread fails instead of waiting
                        start.reset();
                        end.reset();
                    }
                }, "probe-" + k);
                t.setDaemon(true);
                t.start();
            }
        }

        /** @return operations per second over one slice of {@code sliceNs} */
        double slice(long sliceNs) throws Exception {
            ops.set(0);
            cpuNs.set(0);
            long t0 = System.nanoTime();
            deadline = t0 + sliceNs;
            try {
                start.await();
                end.await();
            } catch (java.util.concurrent.BrokenBarrierException e) {
                throw new IllegalStateException("a kernel failed", failure != null ? failure : e);
            }
            long t1 = System.nanoTime();
            cpuPerOp = (double) cpuNs.get() / ops.get();
            return ops.get() / ((t1 - t0) / 1e9);
        }

        @Override
        public void close() throws Exception {
            closed = true;
            if (failure != null) {
                return;   // the threads have left the barriers already
            }
            start.await();
        }
    }

    /** Guest CPU counters from {@code /proc/stat}: busy and steal jiffies, or zeros off Linux. */
    private static long[] cpuJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new long[]{busy, steal};
        } catch (IOException | RuntimeException e) {
            return new long[]{0, 0};
        }
    }

    private static void probe(String name, Supplier<Kernel> make, int rounds, long sliceNs) throws Exception {
        try (Crew one = new Crew(new Kernel[]{make.get()});
             Crew two = new Crew(new Kernel[]{make.get(), make.get()})) {
            // warm-up until the JIT is done: with both cores busy, C2 finishes the replication code only after
            // ~16 s (-XX:+PrintCompilation), and a slice run in tier-3 code (profiling counters shared by the
            // threads) scales worse than the compiled code will
            long warm = System.nanoTime() + warmupNs;
            while (System.nanoTime() < warm) {
                one.slice(sliceNs);
                two.slice(sliceNs);
            }
            double[] ratio = new double[rounds];
            double[] r1 = new double[rounds];
            double[] r2 = new double[rounds];
            double[] steal1 = new double[rounds];
            double[] steal2 = new double[rounds];
            double[] cpu = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                long[] a = cpuJiffies();
                double x1;
                double x2;
                long[] m;
                if (r % 2 == 0) {
                    x1 = one.slice(sliceNs);
                    m = cpuJiffies();
                    x2 = two.slice(sliceNs);
                } else {
                    x2 = two.slice(sliceNs);
                    m = cpuJiffies();
                    x1 = one.slice(sliceNs);
                }
                long[] b = cpuJiffies();
                long[] s1 = r % 2 == 0 ? new long[]{a[1], m[1]} : new long[]{m[1], b[1]};
                long[] s2 = r % 2 == 0 ? new long[]{m[1], b[1]} : new long[]{a[1], m[1]};
                // jiffies are 10 ms; steal as a fraction of the slice's 2 cores
                steal1[r] = (s1[1] - s1[0]) * 0.01 / (sliceNs / 1e9) / 2;
                steal2[r] = (s2[1] - s2[0]) * 0.01 / (sliceNs / 1e9) / 2;
                cpu[r] = two.cpuPerOp / one.cpuPerOp;
                r1[r] = x1;
                r2[r] = x2;
                ratio[r] = x2 / x1;
            }
            System.out.printf(Locale.ROOT, "%-14s 1 thread %12.0f ops/s | 2 threads %12.0f ops/s | 2/1 %.3f "
                            + "(quartiles %.3f-%.3f) | thread CPU per op 2/1 %.3f | steal %.1f %% / %.1f %% of 2 cores%n",
                    name, Paired.median(r1), Paired.median(r2), Paired.median(ratio), quartile(ratio, 0.25),
                    quartile(ratio, 0.75), Paired.median(cpu), 100 * Paired.median(steal1),
                    100 * Paired.median(steal2));
        }
    }

    private static double quartile(double[] v, double q) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[(int) Math.round(q * (c.length - 1))];
    }

    /**
     * Prints one line per kernel.
     *
     * @param args optional: rounds (default 30), slice length in ms (default 200), kernels (comma list of
     *             {@code compute,allocate,hold,replications}, or {@code package:NAME} for one package of
     *             {@code gapLike()}; default the four kernels), warm-up per kernel in s (default 30)
     * @throws Exception if a thread fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long sliceNs = (args.length > 1 ? Long.parseLong(args[1]) : 200) * 1_000_000L;
        List<String> which = args.length > 2 ? List.of(args[2].split(",")) : List.of("compute", "allocate",
                "hold", "replications");
        if (args.length > 3) {
            warmupNs = Long.parseLong(args[3]) * 1_000_000_000L;
        }
        long[] seeds = {11};
        if (which.contains("compute")) {
            probe("compute", () -> {
                MRG32k3a rng = Rngs.seeded(seeds[0]++);
                double[] sink = new double[1];
                return () -> {
                    double s = 0;
                    for (int i = 0; i < 1000; i++) {
                        s += NormalDist.inverseF01(rng.nextDouble());
                    }
                    sink[0] += s;
                    return 1000;
                };
            }, rounds, sliceNs);
        }
        if (which.contains("ilp")) {
            probe("ilp", () -> {
                long[] st = {seeds[0]++, 3, 5, 7};
                return () -> {
                    // four independent xorshift chains: integer ALUs busy every cycle, no memory at all; two
                    // hyperthreads of one core would share those ALUs and scale far below 2
                    long a = st[0];
                    long b = st[1];
                    long c = st[2];
                    long d = st[3];
                    for (int i = 0; i < 1000; i++) {
                        a ^= a << 13; a ^= a >>> 7; a ^= a << 17;
                        b ^= b << 13; b ^= b >>> 7; b ^= b << 17;
                        c ^= c << 13; c ^= c >>> 7; c ^= c << 17;
                        d ^= d << 13; d ^= d >>> 7; d ^= d << 17;
                    }
                    st[0] = a;
                    st[1] = b;
                    st[2] = c;
                    st[3] = d;
                    return 1000;
                };
            }, rounds, sliceNs);
        }
        for (String w : which) {
            if (w.startsWith("memory:")) {
                int kb = Integer.parseInt(w.substring("memory:".length()));
                probe(w, () -> {
                    // dependent random reads over a private array of the given size: L1, L2, L3 or DRAM latency
                    int n = kb * 1024 / 4;
                    int[] next = new int[n];
                    MRG32k3a rng = Rngs.seeded(seeds[0]++);
                    int[] perm = new int[n];
                    for (int i = 0; i < n; i++) {
                        perm[i] = i;
                    }
                    for (int i = n - 1; i > 0; i--) {
                        int j = (int) (rng.nextDouble() * (i + 1));
                        int t = perm[i];
                        perm[i] = perm[j];
                        perm[j] = t;
                    }
                    for (int i = 0; i < n; i++) {
                        next[perm[i]] = perm[(i + 1) % n];
                    }
                    int[] at = {0};
                    return () -> {
                        int x = at[0];
                        for (int i = 0; i < 1000; i++) {
                            x = next[x];
                        }
                        at[0] = x;
                        return 1000;
                    };
                }, rounds, sliceNs);
            }
        }
        if (which.contains("allocate")) {
            probe("allocate", () -> {
                MRG32k3a rng = Rngs.seeded(seeds[0]++);
                Object[] keep = new Object[64];
                int[] at = {0};
                return () -> {
                    // the compute kernel plus ~28 KB of short-lived arrays per 1,000 draws: a replication's
                    // allocation rate (14 KB per ~30 us)
                    double s = 0;
                    for (int i = 0; i < 1000; i++) {
                        s += NormalDist.inverseF01(rng.nextDouble());
                        if (i % 56 == 0) {
                            double[] a = new double[60];
                            a[i % 60] = s;
                            keep[at[0]++ & 63] = a;
                        }
                    }
                    return 1000;
                };
            }, rounds, sliceNs);
        }
        if (which.contains("hold")) {
            probe("hold", () -> {
                HoldModels.Hold h = new HoldModels.RawSsj(HoldModels.eventList("SplayTree"), 10, seeds[0]++);
                return () -> {
                    h.run(1000);
                    return 1000;
                };
            }, rounds, sliceNs);
        }
        for (String w : which) {
            if (w.startsWith("package:")) {
                CrossingPlan plan = CrossingPlan.compile(BenchScenarios.gapLike(), w.substring("package:".length()));
                probe(w, () -> {
                    ReplicationStreams s = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
                    long[] r = {seeds[0]++ * 1_000_000L};
                    return () -> {
                        Replications.run(plan, s, r[0]++);
                        return 1;
                    };
                }, rounds, sliceNs);
            }
        }
        for (String w : which) {
            if (w.startsWith("blocked:")) {
                int block = Integer.parseInt(w.substring("blocked:".length()));
                List<CrossingPlan> plans = new ArrayList<>();
                for (String p : BenchScenarios.GAP_PACKAGES) {
                    plans.add(CrossingPlan.compile(BenchScenarios.gapLike(), p));
                }
                probe(w, () -> {
                    ReplicationStreams[] s = {new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED))};
                    long[] r = {seeds[0]++ * 1_000_000L};
                    return () -> {
                        if (FRESH_STREAMS) {   // streams that never live long enough to be promoted
                            s[0] = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
                        }
                        for (CrossingPlan p : plans) {
                            for (int i = 0; i < block; i++) {
                                Replications.run(p, s[0], r[0] + i);
                            }
                        }
                        r[0] += block;
                        return (long) block * plans.size();
                    };
                }, rounds, sliceNs);
            }
        }
        if (which.contains("replications")) {
            Scenario gap = BenchScenarios.gapLike();
            List<CrossingPlan> plans = new ArrayList<>();
            for (String p : BenchScenarios.GAP_PACKAGES) {
                plans.add(CrossingPlan.compile(gap, p));
            }
            probe("replications", () -> {
                ReplicationStreams s = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
                long[] r = {seeds[0]++ * 1_000_000L};
                return () -> {
                    for (CrossingPlan p : plans) {
                        Replications.run(p, s, r[0]);
                    }
                    r[0]++;
                    return plans.size();
                };
            }, rounds, sliceNs);
        }
    }
}
