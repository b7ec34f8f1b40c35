package org.gapsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.Ground;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
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
 * Belts x depth (issue 12, Performance): one replication of a column of 60 tanks on a 100 km road crossing
 * {@code belts} mine belts in depth (one every 2 km from km 5, each a block minefield {@code depthM} deep, 1.6 mines
 * per metre of front, tied in so every belt is breached), with a {@code frontM} front. Mines are laid lazily per
 * column corridor, so the time should grow with the belts and depth a column meets, not with the mines bought:
 * {@code frontM} multiplies the mines bought (500 m: 800 a belt; 5,000 m: 8,000) and should leave the time flat.
 * Every figure is a benchmark ASSUMPTION chosen to exercise the path, not a sourced value.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class BeltDepthBenchmark {
    /** Belts in depth on the route. */
    @Param({"1", "4", "16"})
    public int belts;

    /** Depth of each belt's minefield, m. */
    @Param({"100", "400"})
    public double depthM;

    /** Each belt's front, m (mines bought scale with it; mines met do not). */
    @Param({"500", "5000"})
    public double frontM;

    private CrossingPlan plan;
    private ReplicationStreams streams;
    private long r;

    /** Builds the scenario and compiles its package once per trial. */
    @Setup
    public void setUp() {
        plan = CrossingPlan.compile(scenario(belts, depthM, frontM), "belts");
        streams = new ReplicationStreams(new StreamFactory(HoldBenchmark.SEED));
        r = 0;
    }

    /** @return the replication's measures (consumed by JMH) */
    @Benchmark
    public ReplicationResult replication() {
        return Replications.run(plan, streams, r++);
    }

    /** @return a 100 km road, its open ground bounded at half the front (every belt tied in), with the belts */
    static Scenario scenario(int belts, double depthM, double frontM) {
        RoadSegment road = new RoadSegment("ab", "a", "b", 100, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 0, "LT",
                frontM / 2);
        RoadNetwork net = new RoadNetwork(List.of(
                new Place("a", "A", 54.0, 23.0, PlaceKind.BORDER_CROSSING, "LT"),
                new Place("b", "B", 54.8, 23.5, PlaceKind.OBJECTIVE, "LT")), List.of(road));
        List<Belt> list = new ArrayList<>();
        for (int i = 0; i < belts; i++) {
            Obstacle field = new Minefield("t", "ab", 0, Coverage.UNOBSERVED, 0, 1, depthM, 4, 1.6, Fuze.TRACK_WIDTH,
                    MineLayout.ROWS);
            list.add(Belt.place("belt-" + (i + 1), road, 5 + 2.0 * i, Double.NaN, null, 0, "block", List.of(field),
                    Ground.DEFAULT.bypassStandoffM()));
        }
        FortificationPackage p = FortificationPackage.builder().name("belts").countries("LT").belts(list).build();
        VehicleType tank = new VehicleType("tank", "T-72B3", 25, 20, 3.6, 0.6, 0.7, 0.9);
        EngineerAssets eng = new EngineerAssets(new EngineerAssets.LineCharges(1000, 100, 8, Distribution.fixed(10), 0.9),
                null, null, null, null);
        ColumnSpec col = new ColumnSpec("c1", "c1", List.of(new VehicleGroup("tank", 60)), 50, "a", 0, "b",
                List.of("a", "b"), eng, 0);
        return new Scenario("belt-depth", "", net, List.of(tank), List.of(col), List.of(), List.of(p),
                BreachDoctrine.DEFAULT, MarchRules.NONE, ClosureRule.ALL_COLUMNS, 100_000);
    }
}
