package org.gapsim.bench;

import java.util.concurrent.TimeUnit;
import org.gapsim.experiment.sweep.Sweep;
import org.gapsim.experiment.sweep.SweepProgressListener;
import org.gapsim.experiment.sweep.SweepResult;
import org.gapsim.experiment.sweep.SweepRunner;
import org.gapsim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (h) A data-farming sweep of the built-in Suwalki study ({@link BenchScenarios#builtIn()}, eight packages) through
 * {@link SweepRunner}, as {@code gapsim sweep} runs it without its output files: {@value #POINTS} design points of a
 * Latin hypercube over the three factors of the README's sweep example, each point a whole study of
 * {@code replications} replications on {@code threads} threads. Time per sweep; points per second = {@value #POINTS}
 * / score. With {@code replications} = 1 the score is almost all per-point set-up (the factors applied to the
 * scenario, eight plans compiled, a runner and its worker pool started, results aggregated).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class SweepBenchmark {
    /** Design points per sweep. */
    public static final int POINTS = 100;

    /** Replications per design point. */
    @Param({"100", "1"})
    public int replications;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private Sweep sweep;

    /** Builds the sweep. */
    @Setup
    public void setUp() {
        sweep = sweep(BenchScenarios.builtIn(), POINTS, replications, threads);
    }

    /**
     * @param scenario     the base scenario
     * @param points       design points
     * @param replications replications per point
     * @param threads      worker threads
     * @return the README's example sweep (three doctrine factors) at that size, master seed
     *         {@link HoldBenchmark#SEED}
     */
    public static Sweep sweep(Scenario scenario, int points, int replications, int threads) {
        return Sweep.builder(scenario)
                .factor("doctrine.decisionDelayScale", 0.5, 2)
                .factor("doctrine.smokeKillFactor", 0.1, 0.9)
                .factor("doctrine.lanesPerObstacle", 1, 3)
                .points(points)
                .replications(replications)
                .masterSeed(HoldBenchmark.SEED)
                .threads(threads)
                .build();
    }

    /** @return the sweep's result (consumed by JMH) */
    @Benchmark
    public SweepResult sweep() {
        return new SweepRunner(sweep).withProgress(SweepProgressListener.silent()).run();
    }
}
