package org.gapsim.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.scenario.io.ScenarioWriter;

/**
 * Issue 16's small job ({@link BenchScenarios#smallJob()}) as whole processes, for {@code tools/measure-cli.sh}:
 * {@code yaml FILE} writes it as a scenario file (for {@code gapsim run FILE}); {@code api N} runs N replications
 * through gapsim's API ({@link ExperimentRunner}, one thread, no output files); {@code peer N} runs N replications
 * of the hand-written SSJ peer ({@link SsjPeer}). The last two print the mean closure and losses, the time of the
 * run, and the JVM's uptime and CPU time.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.SmallJob yaml|api|peer ARG}
 */
public final class SmallJob {
    private SmallJob() {
    }

    /**
     * @param args {@code yaml FILE}, {@code api N} or {@code peer N}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        switch (args[0]) {
            case "yaml" -> Files.writeString(Path.of(args[1]), new ScenarioWriter().write(BenchScenarios.smallJob()));
            case "api" -> {
                Experiment e = Experiment.builder(BenchScenarios.smallJob()).baseline(BenchScenarios.SMALL_PACKAGE)
                        .replications(Integer.parseInt(args[1])).masterSeed(HoldBenchmark.SEED).threads(1).build();
                ExperimentResult r = new ExperimentRunner(e).withProgress(ProgressListener.silent()).run();
                report("api", t0, r.packages().get(0).closureH().mean() * 60, r.packages().get(0).meanVehiclesLost());
            }
            case "peer" -> {
                int n = Integer.parseInt(args[1]);
                SsjPeer peer = new SsjPeer(HoldBenchmark.SEED);
                double closure = 0;
                double lost = 0;
                for (int r = 0; r < n; r++) {
                    SsjPeer.Result x = peer.replication();
                    closure += x.closureMin();
                    lost += x.vehiclesLost();
                }
                report("peer", t0, closure / n, lost / n);
            }
            default -> throw new IllegalArgumentException("yaml FILE | api N | peer N, was " + args[0]);
        }
    }

    private static void report(String what, long t0, double closureMin, double lost) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s: mean closure %.3f min, mean losses %.4f; run %.2f s, JVM uptime %.2f s,"
                        + " JVM CPU %.2f s%n", what, closureMin, lost, (System.nanoTime() - t0) / 1e9,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, os.getProcessCpuTime() / 1e9);
    }
}
