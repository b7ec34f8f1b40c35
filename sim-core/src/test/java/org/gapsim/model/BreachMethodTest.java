package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/** A user's breach method ({@link TestRobot}) in the model: its own lane time, its assets counted and lost. */
class BreachMethodTest {
    private static final double EPS = 1e-9;
    /** Road speed, m/min; lane speed (Fixtures' doctrine: 8 km/h), m/min. */
    private static final double V = Fixtures.SPEED_KMH * 1000 / 60;
    private static final double LANE = 8 * 1000 / 60.0;

    private static TestWire wire(double depthM) {
        return new TestWire("w1", "ab", 8, Coverage.UNOBSERVED, 1000, depthM, 200, Distribution.fixed(2), true);
    }

    private static EngineerAssets robots(int count, String carrier, double minPerLane) {
        return EngineerAssets.builder().extra(new TestRobot(count, carrier, 3.5, Distribution.fixed(minPerLane)))
                .build();
    }

    private static Scenario scenario(EngineerAssets assets, BreachDoctrine d) {
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 10, 0, assets));
        return Fixtures.scenario(Terrain.FOREST, cols, List.of(wire(30)), d);
    }

    private static ReplicationResult run(Scenario s, String pkg, EventTrace trace, int r) {
        CrossingPlan plan = CrossingPlan.compile(s, pkg);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(7));
        return trace == null ? Replications.run(plan, streams, r) : Replications.run(plan, streams, r, trace);
    }

    private static <T extends ModelEvent> T first(EventTrace t, Class<T> type) {
        return type.cast(t.events().stream().filter(type::isInstance).findFirst().orElseThrow());
    }

    @Test
    void aUserMethodOpensTheLaneInItsOwnTimeBeforeTheObstaclesOwnMethods() {
        double decision = 10;
        double robot = 7;    // min per lane; cutting by hand would take 30 / 10 * 2 = 6 min: the robot comes first
        Scenario s = scenario(robots(1, null, robot), Fixtures.doctrine(0, decision, false));
        EventTrace trace = new EventTrace();
        ReplicationResult base = run(s, "none", null, 0);
        ReplicationResult fort = run(s, "fort", trace, 0);
        assertEquals(base.columns().get(0).leadArrivalMin() + decision + robot + 30 / LANE - 30 / V,
                fort.columns().get(0).leadArrivalMin(), EPS);
        ModelEvent.BreachStarted b = first(trace, ModelEvent.BreachStarted.class);
        assertEquals(BreachMethod.EARTH_MOVER, b.method(), "counted under the built-in it names");
        assertEquals(0, b.assetsUsed(), "reusable");
        Scenario none = scenario(robots(0, null, robot), Fixtures.doctrine(0, decision, false));
        assertEquals(base.columns().get(0).leadArrivalMin() + decision + 6 + 30 / LANE - 30 / V,
                run(none, "fort", null, 0).columns().get(0).leadArrivalMin(), EPS,
                "no robot left: the wire's own methods (cutters)");
    }

    /**
     * @return a column with two robots on its first two tanks at the wire, a sensor that sees the site (none of the
     *         approach) at once and an ATGM team that kills an armoured breach asset with every shot
     */
    private static Scenario underFire(int ammunition, double perHour, double replace, double work) {
        UnitPosition site = UnitPosition.on("ab", 8);
        Sensor op = Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST).position(UnitPosition.on("ab", 9))
                .rangeKm(5).detectionsPerHour(1e6).build();
        Scenario probe = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 5, 0, EngineerAssets.NONE)),
                List.of(wire(30)), Fixtures.doctrine(0, 0, false)).withDefender(Defender.builder().sensors(op).build());
        double distanceKm = 5 - CrossingPlan.compile(probe, "fort").defence().sensorApproachKm[0][0];
        op = op.toBuilder().rangeKm(distanceKm).build();     // reaches the site, watches none of the approach
        FireUnit sure = FireUnit.builder().id("a1").kind(FireUnitKind.ATGM_TEAM).position(site).rangeKm(1)
                .reactionMin(Distribution.fixed(2)).engagementsPerHour(perHour).ammunition(ammunition)
                .pKillArmoured(1).pKillLight(0.7).ownDetectionsPerHour(0).counterFireKillProbability(0.5).build();
        BreachDoctrine d = Fixtures.doctrine(0, 0, false).toBuilder().smokeMin(Distribution.fixed(0))
                .locateProbability(0).assetReplaceMin(Distribution.fixed(replace)).build();
        return scenario(robots(2, "tank", work), d)
                .withDefender(Defender.builder().sensors(op).fireUnits(sure).build());
    }

    @Test
    void aBreachWhoseRobotCarriersAreAllKilledFailsAndTheColumnGoesOnWithTheObstaclesOwnMethod() {
        List<ModelEvent> ev = new ArrayList<>();
        Replications.run(CrossingPlan.compile(underFire(2, 600, 25, 30), "fort"),
                new ReplicationStreams(new StreamFactory(2)), 0, ev::add);
        List<ModelEvent> breach = ev.stream().filter(e -> e instanceof ModelEvent.BreachStarted
                || e instanceof ModelEvent.BreachFailed).toList();
        assertEquals(BreachMethod.EARTH_MOVER, ((ModelEvent.BreachStarted) breach.get(0)).method());
        ModelEvent.BreachFailed f = (ModelEvent.BreachFailed) breach.get(1);
        assertEquals(BreachMethod.EARTH_MOVER, f.method());
        assertEquals(1, f.attempt());
        assertEquals(BreachMethod.MANUAL, ((ModelEvent.BreachStarted) breach.get(2)).method(),
                "no robot left: the wire's own cutters");
        assertEquals(2, ev.stream().filter(e -> e instanceof ModelEvent.AssetLost).count());
        assertTrue(ev.stream().anyMatch(e -> e instanceof ModelEvent.ColumnArrived), "it gets through by hand");
    }

    @Test
    void aLostCarrierLosesItsRobotAndTheSpareTakesOverAfterTheReplacementTimeLikeABuiltIn() {
        // as FightTest's earth movers: detection at once, one engagement 2 min later that always kills a breach
        // asset: the working robot's carrier (lane late by exactly the replacement time) or the spare (no delay)
        double replace = 25;
        double work = 30;
        Scenario s = underFire(1, 12, replace, work);
        int sawDelay = 0;
        int sawNone = 0;
        for (int r = 0; r < 40; r++) {
            List<ModelEvent> ev = new ArrayList<>();
            Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(12)), r,
                    ev::add);
            double halt = ev.stream().filter(e -> e instanceof ModelEvent.BreachStarted).findFirst().orElseThrow()
                    .timeMin();
            ModelEvent.Engagement shot = (ModelEvent.Engagement) ev.stream()
                    .filter(e -> e instanceof ModelEvent.Engagement).findFirst().orElseThrow();
            double open = ev.stream().filter(e -> e instanceof ModelEvent.LaneOpened).findFirst().orElseThrow()
                    .timeMin();
            long lost = ev.stream().filter(e -> e instanceof ModelEvent.AssetLost a
                    && a.asset().equals("earth-mover")).count();
            assertTrue(shot.killed());
            assertEquals(1, lost, "the robot is lost with its carrier, counted as the earth mover it is counted as");
            if (shot.vehicle() == 0) {
                assertEquals(halt + work + replace, open, 1e-3, "replacement time + remaining work");
                sawDelay++;
            } else {
                assertEquals(1, shot.vehicle(), "the spare is the other breach asset");
                assertEquals(halt + work, open, 1e-3);
                sawNone++;
            }
        }
        assertTrue(sawDelay > 5 && sawNone > 5, sawDelay + " " + sawNone);
    }

    /** A consumable robot: each lane uses one up. */
    private record OneShot(int count, double minPerLane) implements EngineerAssets.Extra {
        @Override
        public String method() {
            return "one-shot";
        }

        @Override
        public String carrier() {
            return null;
        }

        @Override
        public double laneWidthM() {
            return 4;
        }

        @Override
        public BreachMethod countedAs() {
            return BreachMethod.BRIDGE_LAYER;
        }

        @Override
        public boolean consumable() {
            return true;
        }

        @Override
        public boolean opens(org.gapsim.scenario.Obstacle.Extension obstacle) {
            return true;
        }

        @Override
        public double laneWorkMin(org.gapsim.scenario.Obstacle.Extension obstacle,
                                  umontreal.ssj.rng.RandomStream stream) {
            stream.nextDouble();
            return minPerLane;
        }

        @Override
        public java.util.Map<String, Object> fields() {
            return java.util.Map.of();
        }
    }

    @Test
    void aConsumableMethodIsUsedUpAndTheNextObstacleTakesTheKindsOwnMethod() {
        TestWire w2 = new TestWire("w2", "ab", 12, Coverage.UNOBSERVED, 1000, 30, 200, Distribution.fixed(2), true);
        Scenario s = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 10, 0,
                EngineerAssets.builder().extra(new OneShot(1, 3)).build())), List.of(wire(30), w2),
                Fixtures.doctrine(0, 10, false));
        EventTrace trace = new EventTrace();
        ReplicationResult base = run(s, "none", null, 0);
        ReplicationResult fort = run(s, "fort", trace, 0);
        List<ModelEvent.BreachStarted> b = trace.events().stream()
                .filter(e -> e instanceof ModelEvent.BreachStarted).map(e -> (ModelEvent.BreachStarted) e).toList();
        assertEquals(2, b.size());
        assertEquals(BreachMethod.BRIDGE_LAYER, b.get(0).method());
        assertEquals(1, b.get(0).assetsUsed(), "one item per lane, used up");
        assertEquals(BreachMethod.MANUAL, b.get(1).method(), "none left at the second wire");
        double pass = 30 / LANE - 30 / V;
        assertEquals(base.columns().get(0).leadArrivalMin() + 10 + 3 + pass + 10 + 6 + pass,
                fort.columns().get(0).leadArrivalMin(), EPS);
    }
}
