package org.gapsim.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.sweep.LatinHypercube;
import org.gapsim.experiment.sweep.Sweep;
import org.gapsim.experiment.sweep.SweepProgressListener;
import org.gapsim.experiment.sweep.SweepResult;
import org.gapsim.experiment.sweep.SweepRunner;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;

/**
 * Issue 16's sweep throughput on Spark against the local runner (a measurement harness, not a test; run by
 * {@code tools/measure-sweep.sh}): the sweep of {@code benchmarks}' {@code SweepBenchmark} (three doctrine
 * factors over a Latin hypercube) of a scenario file, run in interleaved rounds (a) by {@link SweepRunner} on one
 * thread, (b) by {@link SweepRunner} on two threads, (c) on a {@code local[2]} Spark context by
 * {@link SparkSweepRunner}, every point in one Spark job, and (d) the same context with one
 * {@link SparkExperimentRunner} job per design point (how sweeps ran on Spark before {@code SparkSweepRunner}).
 * The context is started once, before the rounds. Checks in every round that both Spark runs' points equal the local
 * ones (bit for bit) and prints points per second and the ratios: the ratios, not the rates, are what a busy
 * machine leaves meaningful.
 *
 * <p>Args: scenario file, points, replications per point, counted rounds, warm-up rounds.
 */
public final class SparkSweepProbe {
    private SparkSweepProbe() {
    }

    /** @param args scenario file, points, replications, rounds, warm-up rounds */
    public static void main(String[] args) {
        Scenario scenario = new ScenarioLoader().load(Path.of(args[0]));
        int points = Integer.parseInt(args[1]);
        int replications = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int warmUp = Integer.parseInt(args[4]);
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("gapsim-sweep-probe")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false");
        long t0 = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            System.out.printf(Locale.ROOT, "local[2] context started in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            System.out.printf(Locale.ROOT, "sweep of %s: %d points x %d replications x %d packages%n", args[0], points,
                    replications, scenario.packageNames().size());
            System.out.println("round  a: local 1 thread pts/s  b: local 2 threads  c: Spark one job  d: Spark job per"
                    + " point  b/a  c/a  c/b  d/b");
            List<double[]> kept = new ArrayList<>();
            for (int round = 0; round < warmUp + rounds; round++) {
                SweepResult[] local = new SweepResult[1];
                double a = points / seconds(() -> local[0] = run(sweep(scenario, points, replications, 1)));
                double b = points / seconds(() -> run(sweep(scenario, points, replications, 2)));
                SweepResult[] oneJob = new SweepResult[1];
                double c = points / seconds(() -> oneJob[0] = new SparkSweepRunner(sc)
                        .run(sweep(scenario, points, replications, 2)));
                List<ExperimentResult> perPoint = new ArrayList<>();
                double d = points / seconds(() -> perPoint.addAll(onSpark(sc, sweep(scenario, points, replications,
                        2))));
                if (!oneJob[0].points().equals(local[0].points())) {
                    throw new IllegalStateException("SparkSweepRunner's points differ from the local ones");
                }
                for (int i = 0; i < points; i++) {
                    if (!perPoint.get(i).packages().equals(local[0].points().get(i).packages())) {
                        throw new IllegalStateException("point " + i + ": Spark's result differs from the local one");
                    }
                }
                System.out.printf(Locale.ROOT, "%s%-5d  %.2f  %.2f  %.2f  %.2f  %.2f  %.2f  %.2f  %.2f%n",
                        round < warmUp ? "w" : " ", round, a, b, c, d, b / a, c / a, c / b, d / b);
                if (round >= warmUp) {
                    kept.add(new double[] {a, b, c, d, b / a, c / a, c / b, d / b});
                }
            }
            String[] names = {"a pts/s", "b pts/s", "c pts/s", "d pts/s", "b/a", "c/a", "c/b", "d/b"};
            for (int k = 0; k < names.length; k++) {
                double[] v = new double[kept.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = kept.get(i)[k];
                }
                Arrays.sort(v);
                System.out.printf(Locale.ROOT, "%s: median %.2f, range %.2f-%.2f%n", names[k], v[v.length / 2],
                        v[0], v[v.length - 1]);
            }
            System.out.println("Spark results equal the local ones at every point of every round");
        }
    }

    static Sweep sweep(Scenario scenario, int points, int replications, int threads) {
        return Sweep.builder(scenario)
                .factor("doctrine.decisionDelayScale", 0.5, 2)
                .factor("doctrine.smokeKillFactor", 0.1, 0.9)
                .factor("doctrine.lanesPerObstacle", 1, 3)
                .points(points).replications(replications).masterSeed(20_240_601L).threads(threads).build();
    }

    private static SweepResult run(Sweep s) {
        return new SweepRunner(s).withProgress(SweepProgressListener.silent()).run();
    }

    private static List<ExperimentResult> onSpark(JavaSparkContext sc, Sweep s) {
        LatinHypercube design = s.design();
        SparkExperimentRunner runner = new SparkExperimentRunner(sc);
        List<ExperimentResult> out = new ArrayList<>();
        for (int i = 0; i < design.points(); i++) {
            out.add(runner.run(s.experimentAt(s.valuesAt(design, i))));
        }
        return out;
    }

    private static double seconds(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
