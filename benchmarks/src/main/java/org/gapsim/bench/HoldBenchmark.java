package org.gapsim.bench;

import java.util.concurrent.TimeUnit;
import org.gapsim.measure.ReplicationMeasures;
import org.gapsim.model.CrossingPlan;
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
 * (a) and (b): the hold model on raw SSJ, through gapsim's dispatch (reused Event + publish hop, and a Notice per
 * publication) and on a primitive-array heap. Throughput in events per microsecond, i.e. millions of events per
 * second. Each invocation fires {@value #BATCH} events.
 *
 * <p>Compare {@code gapsimDispatch} with {@code ssjRaw} at the same {@code pending} and {@code eventList}: the
 * difference is what gapsim's way of dispatching adds to SSJ. Compare {@code ssjRaw} with {@code heap}: what SSJ's
 * object event list costs against the machine's limit.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(HoldBenchmark.BATCH)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HoldBenchmark {
    /** Events fired per invocation. */
    public static final int BATCH = 10_000;
    /** Seed of every hold stream (the same draws in every implementation). */
    public static final long SEED = 20_240_601L;

    /** The three SSJ-based models, built fresh for each trial. */
    @State(Scope.Thread)
    public static class Ssj {
        /** Events pending at all times. */
        @Param({"10", "1000"})
        public int pending;
        /** SSJ event list; {@code SplayTree} is what {@code new Simulator()} (and so CrossingModel) uses. */
        @Param({"SplayTree", "Henriksen"})
        public String eventList;

        HoldModels.RawSsj raw;
        HoldModels.GapsimDispatch dispatch;
        HoldModels.GapsimNotice notice;

        /** Builds the models and the listener (sim-core's ReplicationMeasures on the realistic scenario). */
        @Setup
        public void setUp() {
            CrossingPlan plan = CrossingPlan.compile(BenchScenarios.gapLike(), "none");
            raw = new HoldModels.RawSsj(HoldModels.eventList(eventList), pending, SEED);
            dispatch = new HoldModels.GapsimDispatch(HoldModels.eventList(eventList), pending, SEED,
                    new ReplicationMeasures(plan, 0));
            notice = new HoldModels.GapsimNotice(HoldModels.eventList(eventList), pending, SEED,
                    new ReplicationMeasures(plan, 0));
        }
    }

    /** The primitive heap. */
    @State(Scope.Thread)
    public static class Prim {
        /** Events pending at all times. */
        @Param({"10", "1000"})
        public int pending;

        HoldModels.Heap heap;

        /** Builds the heap. */
        @Setup
        public void setUp() {
            heap = new HoldModels.Heap(pending, SEED);
        }
    }

    /**
     * @param s state
     * @return the clock (consumed by JMH)
     */
    @Benchmark
    public double ssjRaw(Ssj s) {
        return s.raw.run(BATCH);
    }

    /**
     * @param s state
     * @return the clock
     */
    @Benchmark
    public double gapsimDispatch(Ssj s) {
        return s.dispatch.run(BATCH);
    }

    /**
     * @param s state
     * @return the clock
     */
    @Benchmark
    public double gapsimNotice(Ssj s) {
        return s.notice.run(BATCH);
    }

    /**
     * @param s state
     * @return the clock
     */
    @Benchmark
    public double heap(Prim s) {
        return s.heap.run(BATCH);
    }
}
