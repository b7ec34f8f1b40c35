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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (g) Issue 16's small job ({@link BenchScenarios#smallJob()}: one road, one 60-vehicle column, one 300 m minefield
 * breached by line charges), one replication per operation on one thread, side by side in one JMH run:
 * {@link #gapsimApi} through gapsim's API ({@link Replications#run}: streams at replication {@code r}, a fresh
 * {@code CrossingModel}, its measures) and {@link #ssjPeer} through the hand-written per-vehicle SSJ model
 * {@link SsjPeer} (one event per vehicle movement). Each invocation runs the next replication, so both see changing
 * random inputs. Run {@code -prof gc} for bytes per replication. Both agree in distribution on closure and losses
 * ({@code SsjPeerAgreementTest}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class SmallJobBenchmark {
    private CrossingPlan plan;
    private ReplicationStreams streams;
    private SsjPeer peer;
    private long r;

    /** Compiles the plan and builds the peer once per trial. */
    @Setup
    public void setUp() {
        plan = CrossingPlan.compile(BenchScenarios.smallJob(), BenchScenarios.SMALL_PACKAGE);
        streams = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
        peer = new SsjPeer(HoldBenchmark.SEED);
        r = 0;
    }

    /** @return one replication of the small job through gapsim's API (consumed by JMH) */
    @Benchmark
    public ReplicationResult gapsimApi() {
        return Replications.run(plan, streams, r++);
    }

    /** @return one replication of the small job by the hand-written SSJ peer (consumed by JMH) */
    @Benchmark
    public SsjPeer.Result ssjPeer() {
        return peer.replication();
    }
}
