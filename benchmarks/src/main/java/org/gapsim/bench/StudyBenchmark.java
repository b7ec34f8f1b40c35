package org.gapsim.bench;

import java.util.concurrent.TimeUnit;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) through the study's own runner: a whole {@link ExperimentRunner} run of the built-in Suwalki study
 * ({@link BenchScenarios#builtIn()}), baseline plus seven packages, {@value #REPLICATIONS} replications, fixed count, no progress output, no log file. Score in
 * replication-runs per second (one replication of one package), comparable with {@link BatchThroughputBenchmark};
 * it includes what the runner adds: compiling the eight plans, the worker pool, in-order aggregation into
 * Tally statistics.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@OperationsPerInvocation(StudyBenchmark.REPLICATIONS * 8)
@State(Scope.Benchmark)
public class StudyBenchmark {
    /** Replications per study run. */
    public static final int REPLICATIONS = 500;

    /** Worker threads of the runner. */
    @Param({"1", "2"})
    public int threads;

    private Scenario scenario;

    /** Builds the scenario. */
    @Setup
    public void setUp() {
        scenario = BenchScenarios.builtIn();
    }

    /** @return the study's result (consumed by JMH) */
    @Benchmark
    public ExperimentResult study() {
        Experiment e = Experiment.builder(scenario)
                .replications(REPLICATIONS)
                .masterSeed(HoldBenchmark.SEED)
                .threads(threads)
                .build();
        return new ExperimentRunner(e).withProgress(ProgressListener.silent()).run();
    }
}
