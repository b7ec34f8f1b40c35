package org.gapsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.model.CrossingPlan;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) Batch throughput: replication-runs per second (one replication of one package) of the built-in Suwalki study's
 * eight packages, at 1 and 2 worker threads ({@link BatchRunner}: one ReplicationStreams per worker, disjoint
 * replication ranges run in blocks of 32, package by package). An invocation is a batch of {@value #REPLICATIONS}
 * replications x 8 packages; the next batch continues with the next replication indices.
 *
 * <p>The default study (8 packages, 10,000 replications each) is 80,000 replication-runs: its wall time is about
 * 80,000 / (this score at 2 threads).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@OperationsPerInvocation(BatchThroughputBenchmark.REPLICATIONS * 8)
@State(Scope.Benchmark)
public class BatchThroughputBenchmark {
    /** Replications per batch (the experiment layer's default batch size). */
    public static final int REPLICATIONS = 100;

    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private BatchRunner runner;
    private long next;

    /** Compiles the eight packages and starts the workers. */
    @Setup
    public void setUp() {
        Scenario s = BenchScenarios.builtIn();
        List<CrossingPlan> plans = new ArrayList<>();
        for (String p : BenchScenarios.BUILT_IN_PACKAGES) {
            plans.add(CrossingPlan.compile(s, p));
        }
        if (plans.size() != 8) {
            throw new IllegalStateException("expected 8 packages, got " + plans.size());
        }
        runner = new BatchRunner(plans, threads, HoldBenchmark.SEED);
        next = 0;
    }

    /** Stops the workers. */
    @TearDown
    public void tearDown() {
        runner.close();
    }

    /** @return the batch's results (consumed by JMH) */
    @Benchmark
    public ReplicationResult[][] batch() {
        ReplicationResult[][] out = runner.run(next, REPLICATIONS);
        next += REPLICATIONS;
        return out;
    }
}
