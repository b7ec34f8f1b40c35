package org.gapsim.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.scenario.Scenario;

/**
 * The default study end to end, from a cold JVM: the built-in Suwalki study ({@link BenchScenarios#builtIn()}, what
 * {@code gapsim run} simulates), the baseline and seven packages, a fixed number of replications (default 10,000)
 * on a number of worker threads (default 2), through {@link ExperimentRunner}, without the CLI's output files.
 * Prints the wall time of {@code run()} and the JVM's uptime and CPU time. Unlike the JMH scores, this includes JVM
 * start-up and JIT warm-up, which weigh on a study of this size on two cores. A third argument {@code stand-in}
 * runs {@link BenchScenarios#gapLike()} instead (the scaling fixture; not the study users run).
 *
 * <p>Run: {@code time java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.DefaultStudy [replications]
 * [threads] [built-in|stand-in]}
 */
public final class DefaultStudy {
    private DefaultStudy() {
    }

    /**
     * @param args optional: replications (default 10,000), threads (default 2), scenario ({@code built-in}, the
     *             default, or {@code stand-in})
     */
    public static void main(String[] args) {
        int replications = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        String which = args.length > 2 ? args[2] : "built-in";
        long t0 = System.nanoTime();
        Scenario s = switch (which) {
            case "built-in" -> BenchScenarios.builtIn();
            case "stand-in" -> BenchScenarios.gapLike();
            default -> throw new IllegalArgumentException("scenario must be built-in or stand-in, was " + which);
        };
        Experiment e = Experiment.builder(s)
                .replications(replications)
                .masterSeed(HoldBenchmark.SEED)
                .threads(threads)
                .build();
        new ExperimentRunner(e).withProgress(ProgressListener.silent()).run();
        double wall = (System.nanoTime() - t0) / 1e9;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s: %d replications x %d packages on %d thread(s): load + run() %.2f s,"
                        + " JVM uptime %.2f s, JVM CPU %.2f s%n", which, replications, s.packageNames().size(), threads,
                wall, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, os.getProcessCpuTime() / 1e9);
    }
}
