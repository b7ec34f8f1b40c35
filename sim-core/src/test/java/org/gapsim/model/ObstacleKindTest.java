package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Terrain;
import org.junit.jupiter.api.Test;

/** A user's obstacle kind ({@link TestWire}) in the model: its rules, through the one generic path. */
class ObstacleKindTest {
    private static final double EPS = 1e-9;
    /** Road speed, m/min; lane speed (Fixtures' doctrine: 8 km/h), m/min. */
    private static final double V = Fixtures.SPEED_KMH * 1000 / 60;
    private static final double LANE = 8 * 1000 / 60.0;

    private static ReplicationResult run(Scenario s, String pkg, EventTrace trace) {
        CrossingPlan plan = CrossingPlan.compile(s, pkg);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(7));
        return trace == null ? Replications.run(plan, streams, 0) : Replications.run(plan, streams, 0, trace);
    }

    private static TestWire wire(double depthM, double cutMinPer10m, boolean tiedIn) {
        return new TestWire("w1", "ab", 8, Coverage.UNOBSERVED, 1000, depthM, 200, Distribution.fixed(cutMinPer10m),
                tiedIn);
    }

    private static Scenario scenario(Terrain beside, Obstacle o, EngineerAssets assets, double decisionMin) {
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 10, 0, assets));
        return Fixtures.scenario(beside, cols, List.of(o), Fixtures.doctrine(0, decisionMin, true));
    }

    @Test
    void manualCuttingAddsTheDecisionTheWorkAndTheSlowLaneExactly() {
        double depth = 30;
        double cut = 2;          // min per 10 m: 6 min for the lane
        double decision = 10;
        Scenario s = scenario(Terrain.FOREST, wire(depth, cut, false), EngineerAssets.NONE, decision);
        EventTrace trace = new EventTrace();
        ReplicationResult base = run(s, "none", null);
        ReplicationResult fort = run(s, "fort", trace);
        double extra = decision + depth / 10 * cut + depth / LANE - depth / V;
        assertEquals(base.columns().get(0).leadArrivalMin() + extra, fort.columns().get(0).leadArrivalMin(), EPS);
        assertEquals(1, fort.breaches());
        ModelEvent.BreachStarted b = (ModelEvent.BreachStarted) trace.events().stream()
                .filter(e -> e instanceof ModelEvent.BreachStarted).findFirst().orElseThrow();
        assertEquals(BreachMethod.MANUAL, b.method());
        ModelEvent.ObstaclePassed p = (ModelEvent.ObstaclePassed) trace.events().stream()
                .filter(e -> e instanceof ModelEvent.ObstaclePassed).findFirst().orElseThrow();
        assertEquals(ObstacleKind.ABATIS, p.kind(), "counted under the kind it names");
        assertEquals(Outcome.BREACHED, p.outcome());
    }

    @Test
    void moreWireDepthMoreDelay() {
        double last = Double.NEGATIVE_INFINITY;
        for (double depth : new double[]{10, 40, 160}) {
            Scenario s = scenario(Terrain.FOREST, wire(depth, 2, false), EngineerAssets.NONE, 10);
            double lead = run(s, "fort", null).columns().get(0).leadArrivalMin();
            assertTrue(lead > last, "depth " + depth + " m: " + lead + " after " + last);
            last = lead;
        }
    }

    @Test
    void theFirstMethodWithAssetsIsUsedLineChargesBeforeHands() {
        double charge = 3;
        EngineerAssets charges = Fixtures.engineers(2, charge, 0, 18.3, 5);
        EventTrace trace = new EventTrace();
        Scenario s = scenario(Terrain.FOREST, wire(30, 2, false), charges, 10);
        ReplicationResult base = run(s, "none", null);
        ReplicationResult fort = run(s, "fort", trace);
        ModelEvent.BreachStarted b = (ModelEvent.BreachStarted) trace.events().stream()
                .filter(e -> e instanceof ModelEvent.BreachStarted).findFirst().orElseThrow();
        assertEquals(BreachMethod.LINE_CHARGE, b.method());
        assertEquals(1, b.assetsUsed(), "one 100 m charge spans 30 m of wire");
        assertEquals(base.columns().get(0).leadArrivalMin() + 10 + charge + 30 / LANE - 30 / V,
                fort.columns().get(0).leadArrivalMin(), EPS);
    }

    @Test
    void bypassedOnOpenGroundUnlessItsRuleSaysNo() {
        EventTrace open = new EventTrace();
        run(scenario(Terrain.OPEN, wire(30, 2, false), EngineerAssets.NONE, 10), "fort", open);
        EventTrace tied = new EventTrace();
        run(scenario(Terrain.OPEN, wire(30, 2, true), EngineerAssets.NONE, 10), "fort", tied);
        assertEquals(Outcome.BYPASSED, passed(open).outcome());
        assertEquals(Outcome.BREACHED, passed(tied).outcome());
    }

    @Test
    void wireCoveredByFireIsFoughtAtLikeABuiltInObstacleAndHoldsTheColumnLonger() {
        double sumOpen = 0;
        double sumCovered = 0;
        int engagements = 0;
        for (long r = 0; r < 20; r++) {
            TestWire open = wire(30, 2, true);
            Scenario s0 = scenario(Terrain.FOREST, open, EngineerAssets.NONE, 10);
            Scenario s1 = scenario(Terrain.FOREST, open.withCoverage(Coverage.COVERED_BY_FIRE), EngineerAssets.NONE,
                    10);
            ReplicationStreams streams = new ReplicationStreams(new StreamFactory(11));
            sumOpen += Replications.run(CrossingPlan.compile(s0, "fort"), streams, r).closureMin();
            EventTrace trace = new EventTrace();
            sumCovered += Replications.run(CrossingPlan.compile(s1, "fort"), streams, r, trace).closureMin();
            engagements += (int) trace.events().stream()
                    .filter(e -> e instanceof ModelEvent.Engagement g && g.obstacle().equals("w1")).count();
        }
        assertTrue(engagements > 0, "the defender's template units fire at the wire site");
        assertTrue(sumCovered > sumOpen, "covered wire holds longer: " + sumCovered / 20 + " vs " + sumOpen / 20);
    }

    @Test
    void aKindCountedAsAMinefieldIsRefusedWhenThePlanIsCompiled() {
        Obstacle.Extension asMines = new ForwardingWire(wire(30, 2, false)) {
            @Override
            public ObstacleKind kind() {
                return ObstacleKind.MINEFIELD;
            }
        };
        Scenario s = scenario(Terrain.FOREST, asMines, EngineerAssets.NONE, 10);
        ScenarioException e = assertThrows(ScenarioException.class, () -> CrossingPlan.compile(s, "fort"));
        assertEquals("type", e.field());
    }

    /** A wire that forwards every rule to {@code w}; a test overrides one. */
    private static class ForwardingWire implements Obstacle.Extension {
        private final TestWire w;

        ForwardingWire(TestWire w) {
            this.w = w;
        }

        @Override
        public String id() {
            return w.id();
        }

        @Override
        public String segment() {
            return w.segment();
        }

        @Override
        public double positionKm() {
            return w.positionKm();
        }

        @Override
        public Coverage coverage() {
            return w.coverage();
        }

        @Override
        public double costEur() {
            return w.costEur();
        }

        @Override
        public double laneLengthM() {
            return w.laneLengthM();
        }

        @Override
        public double frontM() {
            return w.frontM();
        }

        @Override
        public String type() {
            return w.type();
        }

        @Override
        public ObstacleKind kind() {
            return w.kind();
        }

        @Override
        public List<BreachMethod> breachMethods() {
            return w.breachMethods();
        }

        @Override
        public double laneWorkMin(BreachMethod method, EngineerAssets assets, umontreal.ssj.rng.RandomStream s) {
            return w.laneWorkMin(method, assets, s);
        }

        @Override
        public Obstacle.Extension withCostEur(double c) {
            return this;
        }

        @Override
        public Obstacle.Extension withCoverage(Coverage c) {
            return this;
        }

        @Override
        public java.util.Map<String, Object> fields() {
            return w.fields();
        }
    }

    private static ModelEvent.ObstaclePassed passed(EventTrace t) {
        return (ModelEvent.ObstaclePassed) t.events().stream().filter(e -> e instanceof ModelEvent.ObstaclePassed)
                .findFirst().orElseThrow();
    }
}
