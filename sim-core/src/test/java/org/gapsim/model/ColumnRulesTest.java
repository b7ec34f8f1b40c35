package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.Limits;
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
import org.junit.jupiter.api.Test;

/** Column rules: a column with no route waits and re-plans; combat ineffectiveness is decided when losses happen. */
class ColumnRulesTest {
    private static final double EPS = 1e-9;
    /** Lane speed of the fixture doctrine, m/min (8 km/h). */
    private static final double LANE_M_PER_MIN = 8 * 1000 / 60.0;

    /** One road only: A - B (20 km) - C (10 km); no way round anything on it. */
    private static Scenario oneRoad(List<ColumnSpec> columns, List<Obstacle> obstacles) {
        RoadNetwork net = new RoadNetwork(List.of(
                new Place("a", "A", 54.0, 23.0, PlaceKind.ASSEMBLY_AREA, "PL"),
                new Place("b", "B", 54.1, 23.1, PlaceKind.TOWN, "LT"),
                new Place("c", "C", 54.2, 23.2, PlaceKind.OBJECTIVE, "LT")),
                List.of(new RoadSegment("ab", "a", "b", 20, RoadClass.NATIONAL, 1, 90, Terrain.FOREST, 0, "LT"),
                        new RoadSegment("bc", "b", "c", 10, RoadClass.NATIONAL, 1, 90, Terrain.FOREST, 0, "LT")));
        FortificationPackage pk = new FortificationPackage("fort", "test package", List.of("LT"), 0, obstacles,
                List.of(), IsrEffect.NONE);
        return new Scenario("one-road", "", net, List.of(Fixtures.TANK), columns, List.of(), List.of(pk),
                Fixtures.doctrine(0, 0, 1, 0, true), MarchRules.NONE, ClosureRule.ALL_COLUMNS, 10_000);
    }

    private static ColumnSpec column(String id, int vehicles, double departureMin, String objective,
                                     EngineerAssets assets, double ineffective) {
        List<String> route = objective.equals("b") ? List.of("a", "b") : List.of("a", "b", "c");
        return new ColumnSpec(id, id, List.of(new VehicleGroup("tank", vehicles)), Fixtures.INTERVAL_M, "a",
                departureMin, objective, route, assets, ineffective);
    }

    private static ReplicationResult run(Scenario s, long seed, long r, EventTrace trace) {
        return Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(seed)), r,
                trace);
    }

    private static <T extends ModelEvent> List<T> of(EventTrace trace, Class<T> kind, String column) {
        List<T> out = new ArrayList<>();
        for (ModelEvent e : trace.events()) {
            if (kind.isInstance(e) && e.column().equals(column)) {
                out.add(kind.cast(e));
            }
        }
        return out;
    }

    @Test
    void aColumnStoppedByAGapWaitsAndCrossesOnTheBridgeALaterColumnLays() {
        // the case: A has no bridge and reaches a 15 m gap on the only road at 15 min; B, with an 18.3 m
        // bridge layer, leaves at 60 min, reaches the gap at 75 and lays its bridge in 5 min (no decision delay)
        Obstacle gap = new BridgeDemolition("river", "ab", 10, Coverage.UNOBSERVED, 0, 15);
        int nb = 3;
        Scenario s = oneRoad(List.of(column("A", 4, 0, "c", EngineerAssets.NONE, 0),
                column("B", nb, 60, "c", Fixtures.engineers(0, 0, 1, 18.3, 5), 0)), List.of(gap));
        EventTrace trace = new EventTrace();
        ReplicationResult r = run(s, 1, 0, trace);

        assertTrue(r.reached(), "A crosses on B's bridge: " + trace.lines());
        assertTrue(of(trace, ModelEvent.ColumnHalted.class, "A").isEmpty());
        ModelEvent.ColumnWaiting waiting = of(trace, ModelEvent.ColumnWaiting.class, "A").get(0);
        assertEquals(15.0, waiting.timeMin(), EPS);
        assertEquals("river", waiting.where());
        ModelEvent.ColumnResumed resumed = of(trace, ModelEvent.ColumnResumed.class, "A").get(0);
        assertEquals(75.0, resumed.timeMin(), EPS, "A re-plans when B starts to lay the bridge");
        assertEquals(60.0, resumed.waitedMin(), EPS);
        double laneOpen = of(trace, ModelEvent.LaneOpened.class, "B").get(0).timeMin();
        assertEquals(80.0, laneOpen, EPS);

        // B's vehicles cross first (one lane, 0.15 min apart), then A's; the gap takes 15 m / lane speed
        double headway = Fixtures.HEADWAY_MIN;
        double aHeadPast = laneOpen + nb * headway + 15 / LANE_M_PER_MIN;
        ModelEvent.ObstaclePassed passed = of(trace, ModelEvent.ObstaclePassed.class, "A").get(0);
        assertEquals(Outcome.FOLLOWED, passed.outcome());
        assertEquals(aHeadPast, passed.timeMin(), 1e-6);
        assertEquals(15.0, passed.headArrivalMin(), EPS);
        double toObjective = (20 - 10.015 + 10) / Fixtures.SPEED_KMH * 60;
        assertEquals(aHeadPast + toObjective, r.columns().get(0).leadArrivalMin(), 1e-6);
        assertEquals(r.columns().get(1).tailArrivalMin() + headway, r.columns().get(0).leadArrivalMin(), 1e-6,
                "A follows B's tail");
        assertEquals(4 + nb, r.vehiclesArrived());
        assertEquals(1, r.bridgesUsed());
    }

    @Test
    void aColumnThatLearnsOfTheGapBeforeLeavingWaitsAtItsStartAndLeavesWhenItIsBridged() {
        Obstacle gap = new BridgeDemolition("river", "ab", 10, Coverage.UNOBSERVED, 0, 15);
        Scenario s = oneRoad(List.of(column("X", 2, 0, "c", EngineerAssets.NONE, 0),
                column("A", 2, 30, "c", EngineerAssets.NONE, 0),
                column("B", 2, 60, "c", Fixtures.engineers(0, 0, 1, 18.3, 5), 0)), List.of(gap));
        EventTrace trace = new EventTrace();
        ReplicationResult r = run(s, 1, 0, trace);
        assertTrue(r.reached(), String.join("\n", trace.lines()));
        ModelEvent.ColumnWaiting w = of(trace, ModelEvent.ColumnWaiting.class, "A").get(0);
        assertEquals("a", w.where());
        assertEquals(30.0, w.timeMin(), EPS);
        assertEquals(75.0, of(trace, ModelEvent.ColumnResumed.class, "A").get(0).timeMin(), EPS);
        assertEquals(75.0, of(trace, ModelEvent.ColumnResumed.class, "X").get(0).timeMin(), EPS);
        // A drives the 10 km to the gap from 75 min: it arrives after the bridge is in (80 min) and after X and B
        // crossed, and nobody crosses before the lane opens
        for (ModelEvent.ObstaclePassed p : trace.events().stream().filter(e -> e instanceof ModelEvent.ObstaclePassed)
                .map(e -> (ModelEvent.ObstaclePassed) e).toList()) {
            assertTrue(p.timeMin() > 80.0, p.toString());
        }
        assertEquals(75 + 10.0 / Fixtures.SPEED_KMH * 60,
                of(trace, ModelEvent.ObstaclePassed.class, "A").get(0).headArrivalMin(), 1e-6);
        assertTrue(r.columns().get(0).leadArrivalMin() < r.columns().get(1).leadArrivalMin());
    }

    @Test
    void whenNobodyCanEverCrossEveryColumnHaltsForGoodWhereItIs() {
        // B's bridge (10 m) is too short too: A halts for good at once; B, which knows of the gap and cannot cross
        // it either, halts at its start when it is due to leave
        Obstacle gap = new BridgeDemolition("river", "ab", 10, Coverage.UNOBSERVED, 0, 15);
        Scenario s = oneRoad(List.of(column("A", 4, 0, "c", EngineerAssets.NONE, 0),
                column("B", 4, 60, "c", Fixtures.engineers(0, 0, 1, 10, 5), 0)), List.of(gap));
        EventTrace trace = new EventTrace();
        ReplicationResult r = run(s, 1, 0, trace);
        assertFalse(r.reached());
        assertEquals(s.horizonMin(), r.closureMin());
        assertTrue(r.columns().get(0).halted());
        assertTrue(r.columns().get(1).halted());
        ModelEvent.ColumnHalted a = of(trace, ModelEvent.ColumnHalted.class, "A").get(0);
        ModelEvent.ColumnHalted b = of(trace, ModelEvent.ColumnHalted.class, "B").get(0);
        assertEquals(15.0, a.timeMin(), EPS);
        assertEquals("no route to the objective", a.reason());
        assertEquals(60.0, b.timeMin(), EPS);
        assertEquals("a", b.where());
        assertTrue(of(trace, ModelEvent.ColumnResumed.class, "A").isEmpty());
        assertEquals(0, r.bridgesUsed());
    }

    @Test
    void aWaitingColumnHaltsForGoodOnlyOnceNoColumnThatCouldOpenItsWayIsLeft() {
        // the gap is on B-C; B carries a bridge that would span it but its objective is B: A waits until B
        // arrives there (60 + 30 min), then nothing can change and A halts for good
        Obstacle gap = new BridgeDemolition("river", "bc", 5, Coverage.UNOBSERVED, 0, 15);
        Scenario s = oneRoad(List.of(column("A", 4, 0, "c", EngineerAssets.NONE, 0),
                column("B", 4, 60, "b", Fixtures.engineers(0, 0, 1, 18.3, 5), 0)), List.of(gap));
        EventTrace trace = new EventTrace();
        ReplicationResult r = run(s, 1, 0, trace);
        assertEquals(37.5, of(trace, ModelEvent.ColumnWaiting.class, "A").get(0).timeMin(), EPS);
        ModelEvent.ColumnHalted a = of(trace, ModelEvent.ColumnHalted.class, "A").get(0);
        assertEquals(90.0, a.timeMin(), EPS, "halted when B, the last column able to bridge the gap, was done");
        assertEquals("river", a.where());
        assertTrue(r.columns().get(0).halted());
        assertFalse(r.columns().get(1).halted());
        assertEquals(90.0, r.columns().get(1).leadArrivalMin(), EPS);
    }

    @Test
    void waitingAndResumingAreDeterministic() {
        Obstacle gap = new BridgeDemolition("river", "ab", 10, Coverage.OBSERVED, 0, 15);
        Obstacle field = new Minefield("mf", "bc", 3, Coverage.COVERED_BY_FIRE, 0, 200, 100, 3, 1.0,
                Fuze.FULL_WIDTH, MineLayout.RANDOM);
        Scenario s = oneRoad(List.of(column("A", 12, 0, "c", EngineerAssets.NONE, 0.5),
                column("B", 12, 20, "c", Fixtures.engineers(3, 2, 1, 18.3, 5), 0.5)), List.of(gap, field))
                .withMarch(MarchRules.DEFAULT);
        int resumed = 0;
        for (long rep = 0; rep < 30; rep++) {
            EventTrace t1 = new EventTrace();
            EventTrace t2 = new EventTrace();
            ReplicationResult x = run(s, 5, rep, t1);
            ReplicationResult y = run(s, 5, rep, t2);
            assertEquals(t1.lines(), t2.lines());
            assertEquals(x.closureMin(), y.closureMin());
            resumed += of(t1, ModelEvent.ColumnResumed.class, "A").size();
        }
        assertTrue(resumed >= 10, "A waited for B's bridge and resumed in " + resumed + " of 30");
    }

    @Test
    void vehiclesThatHadNotEnteredTheLanesByTheHaltLeaveThemToTheColumnBehind() {
        // c1 (40 vehicles, ineffective below 36) enters a dense field through lanes that keep every mine; c2
        // follows through the same lanes. Once c1 halts, its vehicles still short of the lanes never enter them:
        // c2 enters no later than one lane headway after c1's last entry before the halt
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, 1.5, Fuze.FULL_WIDTH,
                MineLayout.RANDOM);
        EngineerAssets dud = new EngineerAssets(
                new EngineerAssets.LineCharges(10, 100, 8, Distribution.fixed(2), 0.0), null, null, null, null);
        Scenario s = oneRoad(List.of(column("c1", 40, 0, "c", dud, 0.9),
                column("c2", 10, 5, "c", EngineerAssets.NONE, 0)), List.of(field));
        Scenario recon = new Scenario(s.name(), "", s.network(), s.vehicleTypes(), s.columns(), List.of(),
                s.packages(), Fixtures.doctrine(1.0, 0, 1, 0, true), s.march(), s.closure(), s.horizonMin());
        CrossingPlan plan = CrossingPlan.compile(recon, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(17));
        double laneHeadway = 20 / LANE_M_PER_MIN;
        double traverse = 100 / LANE_M_PER_MIN;
        int early = 0;
        for (int rep = 0; rep < 200; rep++) {
            EventTrace trace = new EventTrace();
            Replications.run(plan, streams, rep, trace);
            List<ModelEvent.ColumnHalted> h = of(trace, ModelEvent.ColumnHalted.class, "c1");
            List<ModelEvent.ObstaclePassed> p2 = of(trace, ModelEvent.ObstaclePassed.class, "c2");
            if (h.isEmpty() || p2.isEmpty()) {
                continue;
            }
            double haltAt = h.get(0).timeMin();
            int lost2 = of(trace, ModelEvent.VehicleLost.class, "c2").size();
            double head2 = p2.get(0).headArrivalMin();
            // c2's first survivor (vehicle j <= lost2) enters by max(its arrival, c1's last entry + a headway)
            double bound = Math.max(head2, haltAt + laneHeadway) + (lost2 + 1) * laneHeadway + traverse;
            assertTrue(p2.get(0).timeMin() <= bound + 1e-9,
                    "rep " + rep + ": c2 past at " + p2.get(0).timeMin() + " > " + bound);
            if (haltAt + 40 * laneHeadway > head2) {
                early++;
            }
        }
        assertTrue(early > 20, "c1 halted while most of it was still short of the lanes in " + early);
    }

    /** Checks that a column's halt is at the time of the loss that took it below its threshold. */
    private static int checkHaltAtTheCrossingLoss(Scenario s, String column, int start, double fraction, int reps,
                                                  long seed) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(seed));
        int halts = 0;
        for (int rep = 0; rep < reps; rep++) {
            EventTrace trace = new EventTrace();
            Replications.run(plan, streams, rep, trace);
            List<ModelEvent.ColumnHalted> h = of(trace, ModelEvent.ColumnHalted.class, column);
            List<ModelEvent.VehicleLost> lost = of(trace, ModelEvent.VehicleLost.class, column);
            if (h.isEmpty()) {
                assertTrue(start - lost.size() >= fraction * start, "lost " + lost.size() + " and did not halt");
                continue;
            }
            halts++;
            double haltAt = h.get(0).timeMin();
            // the threshold is crossed by loss number `need`, counted in time order
            int need = 1;
            while (need < start && !(start - need < fraction * start)) {
                need++;
            }
            double[] times = lost.stream().mapToDouble(ModelEvent::timeMin).sorted().toArray();
            assertEquals(need, times.length, "exactly the losses up to the halt happen (rep " + rep + ")");
            assertEquals(times[need - 1], haltAt, 0.0, "halt at the crossing loss (rep " + rep + ")");
            assertEquals(need == start ? "destroyed" : "combat ineffective", h.get(0).reason());
            for (ModelEvent e : trace.events()) {
                if (e.column().equals(column) && (e instanceof ModelEvent.VehicleLost || e instanceof ModelEvent.MineStrike
                        || e instanceof ModelEvent.ObstaclePassed || e instanceof ModelEvent.ColumnArrived)) {
                    assertTrue(e.timeMin() <= haltAt, "nothing happens to the column after its halt: " + e);
                }
            }
            // published in time order, the halt after the loss that caused it
            List<ModelEvent> events = trace.events();
            for (int i = 1; i < events.size(); i++) {
                assertTrue(events.get(i).timeMin() >= events.get(i - 1).timeMin(), "time order");
            }
            assertEquals(1, h.size(), "the column halts once (rep " + rep + ")");
            int haltIdx = events.indexOf(h.get(0));
            assertEquals(h.get(0), events.get(haltIdx));
            for (ModelEvent.VehicleLost l : lost) {
                assertTrue(haltIdx > events.indexOf(l), "the halt is published after every loss: " + l);
            }
            assertTrue(haltIdx > events.indexOf(lost.get(lost.size() - 1)));
        }
        return halts;
    }

    @Test
    void combatIneffectiveInUncleanLanesIsStampedAtTheResidualMineThatCausedIt() {
        // recon finds a dense field; the line charge clears nothing, so the lane keeps every mine
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, 1.5, Fuze.FULL_WIDTH,
                MineLayout.RANDOM);
        EngineerAssets dud = new EngineerAssets(
                new EngineerAssets.LineCharges(10, 100, 8, Distribution.fixed(2), 0.0), null, null, null, null);
        ColumnSpec c = column("c1", 10, 0, "c", dud, 0.8);
        Scenario s = oneRoad(List.of(c), List.of(field));
        Scenario recon = new Scenario(s.name(), "", s.network(), s.vehicleTypes(), s.columns(), List.of(),
                s.packages(), Fixtures.doctrine(1.0, 0, 1, 0, true), s.march(), s.closure(), s.horizonMin());
        int halts = checkHaltAtTheCrossingLoss(recon, "c1", 10, 0.8, 300, 9);
        assertTrue(halts > 20, "some replications halt: " + halts);
    }
}
