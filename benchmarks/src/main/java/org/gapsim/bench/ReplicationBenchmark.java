package org.gapsim.bench;

import java.util.concurrent.TimeUnit;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
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
 * (c) One replication of the built-in Suwalki study ({@link BenchScenarios#builtIn()}, what {@code gapsim run}
 * simulates) per fortification package, as a study runs it: {@link Replications#run} (position the streams at replication {@code r}, build a fresh
 * {@code CrossingModel} on its own Simulator, run it, return its measures). Average time per replication; with
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes allocated per replication. Each invocation runs the
 * next replication index, so the random inputs change from one to the next as in a study.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class ReplicationBenchmark {
    /** The package run. */
    @Param({"none", "at-mines", "ditches", "trees", "bridges", "isr", "full", "full+east-shield"})
    public String pkg;

    private CrossingPlan plan;
    private ReplicationStreams streams;
    private long r;

    /** Compiles the package once per trial. */
    @Setup
    public void setUp() {
        plan = CrossingPlan.compile(BenchScenarios.builtIn(), pkg);
        streams = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
        r = 0;
    }

    /** @return the replication's measures (consumed by JMH) */
    @Benchmark
    public ReplicationResult replication() {
        return Replications.run(plan, streams, r++);
    }
}
