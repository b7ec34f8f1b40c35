package org.gapsim.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;

/**
 * The default study end to end, from a cold JVM: {@link BenchScenarios#gapLike()}, the baseline and seven packages,
 * a fixed number of replications (default 10,000) on a number of worker threads (default 2), through
 * {@link ExperimentRunner}. Prints the wall time of {@code run()} and the JVM's uptime and CPU time. Unlike the JMH
 * scores, this includes JVM start-up and JIT warm-up, which dominate a study of this size on two cores.
 *
 * <p>Run: {@code time java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.DefaultStudy [replications] [threads]}
 */
public final class DefaultStudy {
    private DefaultStudy() {
    }

    /**
     * @param args optional: replications (default 10,000), threads (default 2)
     */
    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long t0 = System.nanoTime();
        Experiment e = Experiment.builder(BenchScenarios.gapLike())
                .packages(BenchScenarios.GAP_PACKAGES.subList(1, BenchScenarios.GAP_PACKAGES.size()))
                .replications(replications)
                .masterSeed(HoldBenchmark.SEED)
                .threads(threads)
                .build();
        new ExperimentRunner(e).withProgress(ProgressListener.silent()).run();
        double wall = (System.nanoTime() - t0) / 1e9;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%d replications x %d packages on %d thread(s): run() %.2f s, JVM uptime %.2f s,"
                        + " JVM CPU %.2f s%n", replications, BenchScenarios.GAP_PACKAGES.size(), threads, wall,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, os.getProcessCpuTime() / 1e9);
    }
}
