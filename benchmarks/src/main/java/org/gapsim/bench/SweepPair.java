package org.gapsim.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.sweep.LatinHypercube;
import org.gapsim.experiment.sweep.Sweep;
import org.gapsim.experiment.sweep.SweepProgressListener;
import org.gapsim.experiment.sweep.SweepRunner;

/**
 * Sweep throughput, interleaved in one JVM so that a busy host's load falls on every variant alike: the
 * {@link SweepBenchmark} sweep of the built-in study ({@code points} design points x {@code replications}
 * replications x eight packages) run in rounds, each round running, one after the other, (a) {@link SweepRunner} on one
 * thread, (b) the points one after another, each an {@link ExperimentRunner} on two threads (what
 * {@link SweepRunner} did on two threads before issue 16), and (c) {@link SweepRunner} on two threads (points side
 * by side). Prints each round's points per second and the ratios b/a and c/a, then the medians. The first
 * {@code warm-up} rounds are not counted.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.SweepPair [points] [replications]
 * [rounds] [warm-up]} (defaults 20, 100, 7, 2).
 */
public final class SweepPair {
    private SweepPair() {
    }

    /** @param args optional: points, replications per point, counted rounds, warm-up rounds */
    public static void main(String[] args) {
        int points = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int replications = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Sweep one = SweepBenchmark.sweep(BenchScenarios.builtIn(), points, replications, 1);
        Sweep two = SweepBenchmark.sweep(BenchScenarios.builtIn(), points, replications, 2);
        List<double[]> kept = new ArrayList<>();
        System.out.printf(Locale.ROOT, "sweep of the built-in study: %d points x %d replications x 8 packages%n",
                points, replications);
        System.out.println("round  a: 1 thread pts/s  b: 2 threads, points in turn  c: 2 threads, side by side"
                + "  b/a  c/a");
        for (int round = 0; round < warmUp + rounds; round++) {
            double a = points / seconds(() -> new SweepRunner(one).withProgress(SweepProgressListener.silent()).run());
            double b = points / seconds(() -> inTurn(two));
            double c = points / seconds(() -> new SweepRunner(two).withProgress(SweepProgressListener.silent()).run());
            System.out.printf(Locale.ROOT, "%s%-5d  %.2f  %.2f  %.2f  %.2f  %.2f%n", round < warmUp ? "w" : " ",
                    round, a, b, c, b / a, c / a);
            if (round >= warmUp) {
                kept.add(new double[] {a, b, c, b / a, c / a});
            }
        }
        String[] names = {"a pts/s", "b pts/s", "c pts/s", "b/a", "c/a"};
        for (int k = 0; k < names.length; k++) {
            double[] v = new double[kept.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = kept.get(i)[k];
            }
            Arrays.sort(v);
            System.out.printf(Locale.ROOT, "%s: median %.2f, range %.2f-%.2f%n", names[k], v[v.length / 2], v[0],
                    v[v.length - 1]);
        }
    }

    /** The sweep's points one after another, each a runner on the sweep's threads (no output). */
    static void inTurn(Sweep sweep) {
        LatinHypercube design = sweep.design();
        for (int i = 0; i < design.points(); i++) {
            new ExperimentRunner(sweep.experimentAt(sweep.valuesAt(design, i)))
                    .withProgress(ProgressListener.silent()).run();
        }
    }

    private static double seconds(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }
}
