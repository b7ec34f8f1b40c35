package org.gapsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for shared machines: {@code -prof org.gapsim.bench.CpuTimeProfiler}. Per iteration it reports
 * <ul>
 *   <li>{@code cpu.time.norm}: CPU time of the whole benchmark JVM (every thread: workers, GC, JIT) per operation,
 *       ns/op. Unlike the wall-clock score it barely moves when other processes take turns on the cores;</li>
 *   <li>{@code cpu.cores}: that JVM's CPU time over the iteration's wall time (about 1 for a single-threaded
 *       benchmark on an otherwise idle machine);</li>
 *   <li>{@code other.cores} (Linux only): CPU the rest of the machine used meanwhile, from {@code /proc/stat}.
 *       Above about 0.1 the iteration shared the machine and its wall-clock score is not to be trusted.</li>
 * </ul>
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpu0;
    private long wall0;
    private double busy0;

    /** Creates the profiler (JMH calls this). */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "benchmark JVM's CPU time per op, its cores used, and the CPU other processes used meanwhile";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        busy0 = machineBusySeconds();
        wall0 = System.nanoTime();
        cpu0 = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
                                                       IterationParams iterationParams, IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        double busy = machineBusySeconds() - busy0;
        long ops = result.getMetadata().getAllOps();
        List<Result> out = new ArrayList<>(3);
        out.add(new ScalarResult("cpu.time.norm", ops == 0 ? Double.NaN : (double) cpu / ops, "ns/op",
                AggregationPolicy.AVG));
        out.add(new ScalarResult("cpu.cores", (double) cpu / wall, "cores", AggregationPolicy.AVG));
        if (!Double.isNaN(busy)) {
            out.add(new ScalarResult("other.cores", Math.max(0, (busy - cpu / 1e9) / (wall / 1e9)), "cores",
                    AggregationPolicy.AVG));
        }
        return out;
    }

    /** @return seconds of CPU the whole machine spent busy since boot, or NaN off Linux */
    private static double machineBusySeconds() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = line.trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy / 100.0; // USER_HZ: 100 on every Linux JMH supports
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
