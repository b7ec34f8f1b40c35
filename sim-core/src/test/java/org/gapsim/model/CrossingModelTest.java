package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.junit.jupiter.api.Test;

class CrossingModelTest {
    private static final double EPS = 1e-9;

    private static ReplicationResult run(Scenario s, String pkg, long seed, long r, EventTrace trace) {
        CrossingPlan plan = CrossingPlan.compile(s, pkg);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(seed));
        return trace == null ? Replications.run(plan, streams, r) : Replications.run(plan, streams, r, trace);
    }

    @Test
    void columnWithoutObstaclesArrivesAtDistanceOverSpeedAndTailFollowsByIntervals() {
        int n = 12;
        Scenario s = Fixtures.scenario(Terrain.OPEN, List.of(Fixtures.column("c1", n, 30, EngineerAssets.NONE)),
                List.of(), Fixtures.doctrine(0, 0, 1, 0, true));
        ReplicationResult r = run(s, "none", 1, 0, null);
        double lead = 30 + 30.0 / Fixtures.SPEED_KMH * 60;
        double tail = lead + (n - 1) * Fixtures.INTERVAL_M / (Fixtures.SPEED_KMH * 1000 / 60);
        assertEquals(lead, r.columns().get(0).leadArrivalMin(), EPS);
        assertEquals(tail, r.columns().get(0).tailArrivalMin(), EPS);
        assertEquals(tail, r.closureMin(), EPS);
        assertEquals(n, r.vehiclesArrived());
        assertTrue(r.reached());
    }

    @Test
    void closureFollowsTheScenariosRule() {
        List<ColumnSpec> cols = List.of(Fixtures.column("early", 10, 0, EngineerAssets.NONE),
                Fixtures.column("late", 10, 100, EngineerAssets.NONE));
        Scenario base = Fixtures.scenario(Terrain.OPEN, cols, List.of(), Fixtures.doctrine(0, 0, 1, 0, true));
        double lead = 30.0 / Fixtures.SPEED_KMH * 60;
        double earlyTail = lead + 9 * Fixtures.HEADWAY_MIN;
        double lateTail = 100 + lead + 9 * Fixtures.HEADWAY_MIN;
        for (Object[] c : new Object[][]{
                {org.gapsim.scenario.ClosureRule.ALL_COLUMNS, lateTail},
                {new org.gapsim.scenario.ClosureRule(org.gapsim.scenario.ClosureRule.Kind.ANY_COLUMN, 1), earlyTail},
                {new org.gapsim.scenario.ClosureRule(org.gapsim.scenario.ClosureRule.Kind.FRACTION_OF_VEHICLES, 0.5),
                        earlyTail},
                {new org.gapsim.scenario.ClosureRule(org.gapsim.scenario.ClosureRule.Kind.FRACTION_OF_VEHICLES, 0.55),
                        100 + lead}}) {
            Scenario s = new Scenario("t", "", base.network(), base.vehicleTypes(), cols, List.of(), base.packages(),
                    base.doctrine(), base.march(), (org.gapsim.scenario.ClosureRule) c[0], base.horizonMin());
            assertEquals((double) c[1], run(s, "none", 1, 0, null).closureMin(), EPS, c[0].toString());
        }
    }

    @Test
    void deterministicBreachAddsExactlyItsTime() {
        int n = 10;
        double decision = 10;
        double emplace = 5;
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        Scenario s = Fixtures.scenario(Terrain.FOREST,
                List.of(Fixtures.column("c1", n, 0, Fixtures.engineers(0, 0, 2, 18.3, emplace))), List.of(ditch),
                Fixtures.doctrine(0, decision, 1, 0, true));
        ReplicationResult base = run(s, "none", 1, 0, null);
        ReplicationResult fort = run(s, "fort", 1, 0, null);
        double v = Fixtures.SPEED_KMH * 1000 / 60; // m/min
        double lane = 8 * 1000 / 60.0;
        double extra = decision + emplace + 6 / lane - 6 / v;
        assertEquals(base.columns().get(0).leadArrivalMin() + extra, fort.columns().get(0).leadArrivalMin(), EPS);
        assertEquals(base.closureMin() + extra, fort.closureMin(), EPS);
        assertEquals(1, fort.bridgesUsed());
        assertEquals(1, fort.breaches());
    }

    @Test
    void secondColumnIsHeldByTheFirstColumnsBreachInOrder() {
        int n = 6;
        double decision = 20;
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        ColumnSpec first = Fixtures.column("first", n, 0, Fixtures.engineers(0, 0, 1, 18.3, 5));
        ColumnSpec second = Fixtures.column("second", n, 5, EngineerAssets.NONE);
        Scenario s = Fixtures.scenario(Terrain.FOREST, List.of(first, second), List.of(ditch),
                Fixtures.doctrine(0, decision, 1, 0, true));
        EventTrace trace = new EventTrace();
        ReplicationResult r = run(s, "fort", 1, 0, trace);
        double firstTail = r.columns().get(0).tailArrivalMin();
        double secondLead = r.columns().get(1).leadArrivalMin();
        assertEquals(firstTail + Fixtures.HEADWAY_MIN, secondLead, EPS, "second column follows the first's tail");
        List<ModelEvent.ObstaclePassed> passed = trace.events().stream()
                .filter(e -> e instanceof ModelEvent.ObstaclePassed).map(e -> (ModelEvent.ObstaclePassed) e).toList();
        assertEquals("first", passed.get(0).column());
        assertEquals(Outcome.BREACHED, passed.get(0).outcome());
        assertEquals("second", passed.get(1).column());
        assertEquals(Outcome.FOLLOWED, passed.get(1).outcome());
        assertTrue(passed.get(1).haltedMin() > 0, "second column waited at the ditch");
    }

    @Test
    void bypassIsTakenOnOpenGroundButNotInForest() {
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 4, 0, Fixtures.engineers(0, 0, 1, 18.3, 5)));
        ReplicationResult open = run(Fixtures.scenario(Terrain.OPEN, cols, List.of(ditch),
                Fixtures.doctrine(0, 10, 1, 0, true)), "fort", 1, 0, null);
        ReplicationResult forest = run(Fixtures.scenario(Terrain.FOREST, cols, List.of(ditch),
                Fixtures.doctrine(0, 10, 1, 0, true)), "fort", 1, 0, null);
        assertEquals(1, open.bypasses());
        assertEquals(0, open.breaches());
        assertEquals(0, forest.bypasses());
        assertEquals(1, forest.breaches());
    }

    @Test
    void lineChargesUsedAreDepthOverLaneLengthRoundedUp() {
        // 250 m deep field, 100 m per charge: 3 charges per lane, one lane by the fixture doctrine
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 250, 3, 1.0, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
        Scenario s = Fixtures.scenario(Terrain.FOREST,
                List.of(Fixtures.column("c1", 4, 0, Fixtures.engineers(7, 2, 0, 18.3, 5))), List.of(field),
                Fixtures.doctrine(1.0, 0, 1, 0, true));
        ReplicationResult r = run(s, "fort", 1, 0, null);
        assertEquals(3, r.lineChargesUsed());
        assertEquals(1, r.breaches());
    }

    @Test
    void bridgeLayerSpansAGapWithinItsSpanAndOtherwiseTheColumnReroutes() {
        Obstacle narrow = new BridgeDemolition("bridge", "ab", 10, Coverage.UNOBSERVED, 0, 15);
        Obstacle wide = new BridgeDemolition("bridge", "ab", 10, Coverage.UNOBSERVED, 0, 30);
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 4, 0, Fixtures.engineers(0, 0, 1, 18.3, 5)));
        ReplicationResult spanned = run(Fixtures.scenario(Terrain.OPEN, cols, List.of(narrow),
                Fixtures.doctrine(0, 0, 1, 0, true)), "fort", 1, 0, null);
        EventTrace trace = new EventTrace();
        ReplicationResult rerouted = run(Fixtures.scenario(Terrain.OPEN, cols, List.of(wide),
                Fixtures.doctrine(0, 0, 1, 0, true)), "fort", 1, 0, trace);
        assertEquals(1, spanned.bridgesUsed());
        assertEquals(0, spanned.reroutes());
        assertEquals(0, rerouted.bridgesUsed());
        assertEquals(1, rerouted.reroutes());
        assertTrue(rerouted.reached());
        // back 10 km to A, then A-D-C (45 km): 10 km to the gap + 10 back + 45 = 65 km at 40 km/h
        double lead = 65.0 / Fixtures.SPEED_KMH * 60;
        assertEquals(lead, rerouted.columns().get(0).leadArrivalMin(), 1e-6);
        assertTrue(trace.lines().stream().anyMatch(l -> l.contains("rerouted") && l.contains("a > d > c")));
    }

    @Test
    void anObstacleOneColumnCannotCrossIsBreachedByAColumnThatCan() {
        Obstacle gap = new BridgeDemolition("bridge", "ab", 10, Coverage.UNOBSERVED, 0, 15);
        ColumnSpec without = Fixtures.column("without", 4, 0, EngineerAssets.NONE);
        ColumnSpec with = Fixtures.column("with", 4, 60, Fixtures.engineers(0, 0, 1, 18.3, 5));
        EventTrace trace = new EventTrace();
        ReplicationResult r = run(Fixtures.scenario(Terrain.OPEN, List.of(without, with), List.of(gap),
                Fixtures.doctrine(0, 0, 1, 0, true)), "fort", 1, 0, trace);
        assertEquals(1, r.reroutes(), "only the column without a bridge turns back");
        assertEquals(1, r.bridgesUsed(), "the column with one spans the gap");
        assertTrue(r.reached());
        List<ModelEvent.ObstaclePassed> passed = trace.events().stream()
                .filter(e -> e instanceof ModelEvent.ObstaclePassed).map(e -> (ModelEvent.ObstaclePassed) e).toList();
        assertEquals(Outcome.REROUTED, passed.get(0).outcome());
        assertEquals("with", passed.get(1).column());
        assertEquals(Outcome.BREACHED, passed.get(1).outcome());
    }

    @Test
    void aColumnThatCannotCrossAKnownObstacleAvoidsItsRoadFromTheNextPlace() {
        Obstacle gap = new BridgeDemolition("bridge", "bc", 5, Coverage.UNOBSERVED, 0, 15);
        ColumnSpec first = Fixtures.column("first", 4, 0, EngineerAssets.NONE);
        ColumnSpec second = new ColumnSpec("second", null, List.of(new org.gapsim.scenario.VehicleGroup("tank", 4)),
                Fixtures.INTERVAL_M, "a", 60, "c", List.of(), EngineerAssets.NONE, 0);
        EventTrace trace = new EventTrace();
        ReplicationResult r = run(Fixtures.scenario(Terrain.OPEN, List.of(first, second), List.of(gap),
                Fixtures.doctrine(0, 0, 1, 0, true)), "fort", 1, 0, trace);
        assertEquals(2, r.reroutes());
        assertTrue(r.reached());
        // the first: 25 km to the gap, 5 back to B, then B-A-D-C (65 km); the second learnt of the gap before it
        // left A at 60 min and never reaches it: A-D-C, 45 km
        assertEquals(1, trace.events().stream().filter(e -> e instanceof ModelEvent.ObstacleDetected).count());
        assertEquals(95.0 / Fixtures.SPEED_KMH * 60, r.columns().get(0).leadArrivalMin(), 1e-6);
        assertEquals(60 + 45.0 / Fixtures.SPEED_KMH * 60, r.columns().get(1).leadArrivalMin(), 1e-6);
    }

    @Test
    void aLoneVehicleMeetsAMineWithProbabilityOneMinusExpMinusRhoW() {
        double rho = 0.5;
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, rho, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
        Scenario s = Fixtures.scenario(Terrain.FOREST,
                List.of(Fixtures.column("c1", 1, 0, Fixtures.engineers(4, 2, 0, 18.3, 5))), List.of(field),
                Fixtures.doctrine(0, 0, 1, 0, true));
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(42));
        int reps = 20_000;
        int hits = 0;
        for (int r = 0; r < reps; r++) {
            StrikeCounter c = new StrikeCounter();
            Replications.run(plan, streams, r, c);
            hits += c.strikes > 0 ? 1 : 0;
        }
        double w = 2 * Fixtures.TANK.trackWidthM();
        double p = 1 - Math.exp(-rho * w);
        double half = 2.576 * Math.sqrt(p * (1 - p) / reps);
        assertEquals(p, hits / (double) reps, half, "encounter frequency vs 1 - exp(-rho w) = " + p);
    }

    @Test
    void aFollowerInTheLeadsTracksMeetsFewerMinesOnceTheLeadPassedCleanly() {
        double rho = 0.5;
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, rho, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
        Scenario s = Fixtures.scenario(Terrain.FOREST,
                List.of(Fixtures.column("c1", 2, 0, Fixtures.engineers(4, 2, 0, 18.3, 5))), List.of(field),
                Fixtures.doctrine(0, 0, 1, 0, true));
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(7));
        int leadClean = 0;
        int followerHit = 0;
        for (int r = 0; r < 20_000; r++) {
            StrikeCounter c = new StrikeCounter();
            Replications.run(plan, streams, r, c);
            if (!c.vehicleStruck[0]) {
                leadClean++;
                if (c.vehicleStruck[1]) {
                    followerHit++;
                }
            }
        }
        double cond = followerHit / (double) leadClean;
        double lone = 1 - Math.exp(-rho * 2 * Fixtures.TANK.trackWidthM());
        double half = 2.576 * Math.sqrt(lone * (1 - lone) / leadClean);
        assertTrue(cond < lone - half, "P(follower hit | lead clean) = " + cond + " should be below " + lone);
    }

    @Test
    void sameSeedGivesIdenticalMeasuresAndEventTraces() {
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.COVERED_BY_FIRE, 0, 250, 100, 3, 1.0,
                Fuze.FULL_WIDTH, MineLayout.RANDOM);
        Obstacle ditch = new AntiTankDitch("ditch", "bc", 5, Coverage.OBSERVED, 0, 6, 3, 500);
        Scenario s = Fixtures.scenario(Terrain.FOREST,
                List.of(Fixtures.column("c1", 20, 0, Fixtures.engineers(2, 2, 1, 18.3, 5)),
                        Fixtures.column("c2", 20, 10, Fixtures.engineers(2, 2, 1, 18.3, 5))),
                List.of(field, ditch), Fixtures.doctrine(0.3, 5, 2, 3, true))
                .withMarch(org.gapsim.scenario.MarchRules.DEFAULT);
        for (long r = 0; r < 20; r++) {
            EventTrace t1 = new EventTrace();
            EventTrace t2 = new EventTrace();
            ReplicationResult a = run(s, "fort", 99, r, t1);
            ReplicationResult b = run(s, "fort", 99, r, t2);
            assertEquals(t1.lines(), t2.lines());
            assertEquals(a.closureMin(), b.closureMin());
            assertEquals(a.vehiclesLost(), b.vehiclesLost());
            assertFalse(t1.lines().isEmpty());
        }
        // another seed gives another history
        EventTrace x = new EventTrace();
        EventTrace y = new EventTrace();
        run(s, "fort", 1, 0, x);
        run(s, "fort", 2, 0, y);
        assertFalse(x.lines().equals(y.lines()));
    }

    /** Counts mine strikes per vehicle. */
    private static final class StrikeCounter implements ModelListener {
        int strikes;
        final boolean[] vehicleStruck = new boolean[64];

        @Override
        public void on(ModelEvent e) {
            if (e instanceof ModelEvent.MineStrike m && !m.inLane()) {
                strikes++;
                vehicleStruck[m.vehicle()] = true;
            }
        }
    }
}
