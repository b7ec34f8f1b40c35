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
 * (e) Growth of one replication's cost with vehicles per column and obstacles per route, on
 * {@link BenchScenarios#scaling(int, int)} (two columns, every vehicle crosses every obstacle). Average time per
 * replication; fit {@code time ~ a + b*V + c*O + d*V*O} to the nine points (see the README).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Thread)
public class ScalingBenchmark {
    /** Vehicles per column (two columns). */
    @Param({"10", "100", "1000"})
    public int vehicles;
    /** Obstacles on the route. */
    @Param({"1", "10", "100"})
    public int obstacles;

    private CrossingPlan plan;
    private ReplicationStreams streams;
    private long r;

    /** Builds and compiles the scenario once per trial. */
    @Setup
    public void setUp() {
        plan = CrossingPlan.compile(BenchScenarios.scaling(vehicles, obstacles), "fort");
        streams = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
        r = 0;
    }

    /** @return the replication's measures */
    @Benchmark
    public ReplicationResult replication() {
        return Replications.run(plan, streams, r++);
    }
}
