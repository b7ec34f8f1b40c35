package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.random.StreamName;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * Interdiction on the march (issue 11): the defender's sensors and fire units act on a column moving through their
 * coverage of a road. Pinned against an analytic result (exposure time, detection, reaction and engagement rates),
 * an exact contact-halt timeline, react to contact under indirect fire (drives on, never turns back, its halt still
 * drawn), the doctrinal directions (more or better sensors, more shooters: more losses and a later arrival; EW and
 * night: fewer; a longer-reaching battery: more losses, never a later arrival), bit-identity when no unit reaches the route, the early warning, shared
 * ammunition with the fight, and thread-count independence. The fixture's route A-B-C is 30 km at 40 km/h: 45
 * minutes of head movement, no obstacle unless a test adds one.
 */
class InterdictionTest {
    /** Standing at B with a range that covers the whole route. */
    private static final UnitPosition AT_B = UnitPosition.at("b");
    private static final double ROUTE_MIN = 30 / Fixtures.SPEED_KMH * 60;

    /** No counter-fire, no EW, no contact halts: the defender's side alone, on a steady column. */
    private static BreachDoctrine.Builder quiet() {
        return Fixtures.doctrine(0, 0, false).toBuilder().locateProbability(0).ewStrength(0)
                .contactHaltMin(Distribution.fixed(0));
    }

    private static Sensor sensor(String id, SensorKind kind, double perHour) {
        return Sensor.builder().id(id).kind(kind).position(AT_B).rangeKm(100).detectionsPerHour(perHour).build();
    }

    private static FireUnit.Builder unit(String id, FireUnitKind kind) {
        return FireUnit.builder().id(id).kind(kind).position(AT_B).rangeKm(100).reactionMin(Distribution.fixed(5))
                .engagementsPerHour(12).ammunition(10_000).pKillArmoured(0.5).pKillLight(0.7)
                .ownDetectionsPerHour(0).counterFireKillProbability(0);
    }

    private static Scenario scenario(int vehicles, List<Obstacle> obstacles, BreachDoctrine d, Defender def) {
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", vehicles, 0, EngineerAssets.NONE));
        return Fixtures.scenario(Terrain.FOREST, cols, obstacles, d).withDefender(def).withClock(Clock.ALWAYS_DAY);
    }

    private static List<ModelEvent> events(Scenario s, long seed, int r) {
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(seed)), r, out::add);
        return out;
    }

    /** @return [mean losses on the march, mean closure (censored at the horizon), minutes] over {@code reps} */
    private static double[] lossesAndClosure(Scenario s, int reps) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(31));
        double lost = 0;
        double closure = 0;
        for (int r = 0; r < reps; r++) {
            ReplicationResult res = Replications.run(plan, streams, r);
            lost += res.losses(LossCause.FIRE_ON_MARCH);
            closure += res.reached() ? res.closureMin() : s.horizonMin();
        }
        return new double[] {lost / reps, closure / reps};
    }

    @Test
    void aUnitCoversTheStretchOfEachRoadWithinItsRange() {
        // a sensor at B, 5 km: on A-B (20 km nominal, ~13 km on the map) the last 20 x 5 / |AB| km, on B-C the first
        // 10 x 5 / |BC| km; on A-D-C nothing (D-C passes farther than 5 km from B)
        Sensor op = sensor("op", SensorKind.OBSERVATION_POST, 6).toBuilder().rangeKm(5).build();
        Scenario s = scenario(5, List.of(), quiet().build(), Defender.builder().sensors(op).build());
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        double[] a = {54.0, 23.0};
        double[] b = {54.1, 23.1};
        double[] c = {54.2, 23.2};
        DefenceLayout.RoadCover ab = plan.defence().roadCover(s.network().segment("ab").orElseThrow());
        DefenceLayout.RoadCover bc = plan.defence().roadCover(s.network().segment("bc").orElseThrow());
        assertEquals(20 * (1 - 5 / DefenceLayout.km(a, b)), ab.sensorFromKm[0], 0.01);
        assertEquals(20, ab.sensorToKm[0], 1e-9);
        assertEquals(0, bc.sensorFromKm[0], 1e-9);
        assertEquals(10 * 5 / DefenceLayout.km(b, c), bc.sensorToKm[0], 0.01);
        assertNull(plan.defence().roadCover(s.network().segment("dc").orElseThrow()));
        assertEquals(0, ab.fireUnits.length);
    }

    @Test
    void engagementsAndLossesMatchTheExposureTimeAnalytically() {
        // detection Td ~ Exp(6/h), reaction 5 min, then one engagement at once and Poisson 12/h while exposed for
        // the rest of the 45-minute move: E[N] = P(Td < T') + rate E[(T' - Td)+], T' = 45 - 5; kill 0.5 x 0.3
        double ls = 6 / 60.0;
        double lf = 12 / 60.0;
        double tPrime = ROUTE_MIN - 5;
        double pArmed = 1 - Math.exp(-ls * tPrime);
        double expected = pArmed + lf * (tPrime - pArmed / ls);
        double pk = 0.5 * FireUnitKind.ARTILLERY.movingTargetFactor();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 6))
                .fireUnits(unit("art", FireUnitKind.ARTILLERY).build()).build();
        CrossingPlan plan = CrossingPlan.compile(scenario(200, List.of(), quiet().build(), def), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(5));
        int reps = 4000;
        double[] shots = new double[reps];
        double[] kills = new double[reps];
        for (int r = 0; r < reps; r++) {
            int[] n = new int[2];
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.MarchEngagement g) {
                    n[0]++;
                    n[1] += g.killed() ? 1 : 0;
                }
            });
            shots[r] = n[0];
            kills[r] = n[1];
        }
        assertEquals(expected, mean(shots), 3 * sd(shots) / Math.sqrt(reps), "engagements on the march");
        assertEquals(expected * pk, mean(kills), 3 * sd(kills) / Math.sqrt(reps), "losses on the march");
    }

    @Test
    void aLossInAReachThatCoversTheMovesStartDoesNotHaltTheColumnInIt() {
        // seen at once, one sure FPV kill 2 min later by a unit whose reach covers the whole route: the column cannot
        // pull back out of it on this move, so it drives on out of the kill zone (react to contact): no contact halt,
        // every survivor arrives when it would have undisturbed
        double halt = 15;
        FireUnit fpv = unit("fpv", FireUnitKind.FPV_TEAM).reactionMin(Distribution.fixed(2)).ammunition(1)
                .pKillArmoured(1).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6)).fireUnits(fpv)
                .build();
        BreachDoctrine d = quiet().contactHaltMin(Distribution.fixed(halt)).build();
        for (int r = 0; r < 10; r++) {
            List<ModelEvent> hit = events(scenario(10, List.of(), d, def), 8, r);
            List<ModelEvent> free = events(scenario(10, List.of(), d, Defender.NONE), 8, r);
            ModelEvent.VehicleLost lost = only(hit, ModelEvent.VehicleLost.class);
            assertEquals(LossCause.FIRE_ON_MARCH, lost.cause());
            assertEquals("ab", lost.obstacle(), "lost on the first leg");
            assertEquals(only(hit, ModelEvent.ColumnDetected.class).timeMin() + 2, lost.timeMin(), 1e-9);
            double[] base = only(free, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] got = only(hit, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] want = new double[base.length - 1];
            for (int i = 0, w = 0; i < base.length; i++) {
                if (i != lost.vehicle()) {
                    want[w++] = base[i];
                }
            }
            assertArrayEquals(want, got, 1e-9, "survivors not held in the kill zone");
        }
    }

    @Test
    void aLossPullsTheColumnBackOutOfTheShootersReachForTheContactHalt() {
        // an FPV team at B reaching 5 km: its stretch of A-B begins at km e, ahead of A. Seen at once; one sure kill
        // at time tk with the head at h = v (tk - t0): the column pulls back to e (h - e km), halts 15 min there out
        // of the team's reach and comes forward again, so every survivor arrives 15 + 2 (h - e) / v later
        // (hand-computed timeline). A loss on B-C, whose start lies inside the reach, costs no time (drives on).
        double halt = 15;
        double v = Fixtures.SPEED_KMH / 60;
        FireUnit fpv = unit("fpv", FireUnitKind.FPV_TEAM).rangeKm(5).reactionMin(Distribution.fixed(2))
                .ammunition(1).pKillArmoured(1).pKillLight(1).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6)).fireUnits(fpv)
                .build();
        BreachDoctrine d = quiet().contactHaltMin(Distribution.fixed(halt)).build();
        Scenario s = scenario(10, List.of(), d, def);
        double e = CrossingPlan.compile(s, "fort").defence().roadCover(s.network().segment("ab").orElseThrow())
                .fireFromKm[0];
        assertTrue(e > 1 && e < 19, "the reach begins inside A-B: " + e);
        int pulledBack = 0;
        for (int r = 0; r < 40; r++) {
            List<ModelEvent> hit = events(s, 8, r);
            List<ModelEvent> free = events(scenario(10, List.of(), d, Defender.NONE), 8, r);
            ModelEvent.VehicleLost lost = only(hit, ModelEvent.VehicleLost.class);
            double t0 = only(hit, ModelEvent.ColumnDeparted.class).timeMin();
            double shift = 0;
            if (lost.obstacle().equals("ab")) {
                double h = v * (lost.timeMin() - t0);
                assertTrue(h >= e - 1e-9, "the head is inside the reach at the loss: " + h + " vs " + e);
                shift = halt + 2 * (h - e) / v;
                pulledBack++;
            }
            double[] base = only(free, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] got = only(hit, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] want = new double[base.length - 1];
            for (int i = 0, w = 0; i < base.length; i++) {
                if (i != lost.vehicle()) {
                    want[w++] = base[i] + shift;
                }
            }
            assertArrayEquals(want, got, 1e-6, "survivors shifted by the pull-back and the halt, run " + r);
        }
        assertTrue(pulledBack >= 20, "most losses on A-B: " + pulledBack);
    }

    @Test
    void aLossLeavesTheKillZoneByTheNearerWayOut() {
        // an FPV team mid-way along A-B (its stretch [lo, hi] inside the leg), seen at once, its reaction uniform over
        // 0-9 min from the head's entry, so its one sure kill comes with the head anywhere in the stretch, at h: the
        // column drives on (no halt) when its whole train is past hi, h' = hi + its length, nearer than lo (h' - h <
        // h - lo), else it pulls back to lo for the 15 min halt: survivors later by 0 or 15 + 2 (h - lo) / v
        double halt = 15;
        double v = Fixtures.SPEED_KMH / 60;
        FireUnit fpv = unit("fpv", FireUnitKind.FPV_TEAM).position(UnitPosition.on("ab", 10)).rangeKm(2)
                .reactionMin(new Distribution.Uniform(0, 9)).ammunition(1).pKillArmoured(1)
                .pKillLight(1).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6)).fireUnits(fpv)
                .build();
        BreachDoctrine d = quiet().contactHaltMin(Distribution.fixed(halt)).build();
        Scenario s = scenario(10, List.of(), d, def);
        DefenceLayout.RoadCover ab = CrossingPlan.compile(s, "fort").defence()
                .roadCover(s.network().segment("ab").orElseThrow());
        double lo = ab.fireFromKm[0];
        double hi = ab.fireToKm[0];
        double trainKm = 9 * Fixtures.INTERVAL_M / 1000;
        assertTrue(lo > 1 && hi + trainKm < 19, "the stretch lies inside A-B: " + lo + "-" + hi);
        int[] ways = new int[2];
        for (int r = 0; r < 60; r++) {
            List<ModelEvent> hit = events(s, 9, r);
            List<ModelEvent> free = events(scenario(10, List.of(), d, Defender.NONE), 9, r);
            if (hit.stream().noneMatch(e -> e instanceof ModelEvent.VehicleLost)) {
                continue;   // the team's one round missed the column's time in its reach
            }
            ModelEvent.VehicleLost lost = only(hit, ModelEvent.VehicleLost.class);
            double h = v * (lost.timeMin() - only(hit, ModelEvent.ColumnDeparted.class).timeMin());
            boolean driveOn = hi + trainKm - h < h - lo;
            ways[driveOn ? 0 : 1]++;
            double shift = driveOn ? 0 : halt + 2 * (h - lo) / v;
            double[] base = only(free, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] got = only(hit, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] want = new double[base.length - 1];
            for (int i = 0, w = 0; i < base.length; i++) {
                if (i != lost.vehicle()) {
                    want[w++] = base[i] + shift;
                }
            }
            assertArrayEquals(want, got, 1e-6, "run " + r + (driveOn ? ": drives on" : ": pulls back"));
        }
        assertTrue(ways[0] > 5 && ways[1] > 5, "both ways out are taken: " + ways[0] + " on, " + ways[1] + " back");
    }

    @Test
    void aReachEndingShortOfTheLegsEndIsLeftForwardEvenWhenTheExitIsPastTheMove() {
        // trace3: an FPV team near B whose stretch [lo, hi] ends short of B, with hi + the train's length beyond B (the
        // move's end): the way forward is known (the next road starts out of its reach), so the column takes the
        // nearer way out as mid-leg: drives on when h' - h < h - lo (h' = hi + train), else pulls back to lo for the
        // 15 min halt. Before, a train whose exit lay past the move's end always pulled back, however far (a baseline
        // slowed by pull-backs an obstacle's waypoint could cut short: the frozen 'trees' paradox)
        double halt = 15;
        double v = Fixtures.SPEED_KMH / 60;
        FireUnit fpv = unit("fpv", FireUnitKind.FPV_TEAM).position(UnitPosition.on("ab", 18)).rangeKm(1)
                .reactionMin(new Distribution.Uniform(0, 5)).ammunition(1).pKillArmoured(1)
                .pKillLight(1).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6)).fireUnits(fpv)
                .build();
        BreachDoctrine d = quiet().contactHaltMin(Distribution.fixed(halt)).build();
        Scenario s = scenario(10, List.of(), d, def);
        DefenceLayout.RoadCover ab = CrossingPlan.compile(s, "fort").defence()
                .roadCover(s.network().segment("ab").orElseThrow());
        double lo = ab.fireFromKm[0];
        double hi = ab.fireToKm[0];
        double trainKm = 9 * Fixtures.INTERVAL_M / 1000;
        assertTrue(lo > 1 && hi < 20 && hi + trainKm > 20, "the exit lies past B, the reach short of it: " + lo
                + "-" + hi);
        int[] ways = new int[2];
        for (int r = 0; r < 60; r++) {
            List<ModelEvent> hit = events(s, 9, r);
            List<ModelEvent> free = events(scenario(10, List.of(), d, Defender.NONE), 9, r);
            if (hit.stream().noneMatch(e -> e instanceof ModelEvent.VehicleLost)) {
                continue;   // the team's one round missed the column's time in its reach
            }
            ModelEvent.VehicleLost lost = only(hit, ModelEvent.VehicleLost.class);
            assertEquals("ab", lost.obstacle(), "lost on A-B");
            double h = v * (lost.timeMin() - only(hit, ModelEvent.ColumnDeparted.class).timeMin());
            boolean driveOn = hi + trainKm - h < h - lo;
            ways[driveOn ? 0 : 1]++;
            double shift = driveOn ? 0 : halt + 2 * (h - lo) / v;
            double[] base = only(free, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] got = only(hit, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] want = new double[base.length - 1];
            for (int i = 0, w = 0; i < base.length; i++) {
                if (i != lost.vehicle()) {
                    want[w++] = base[i] + shift;
                }
            }
            assertArrayEquals(want, got, 1e-6, "run " + r + (driveOn ? ": drives on" : ": pulls back"));
        }
        assertTrue(ways[0] > 5 && ways[1] > 5, "both ways out are taken: " + ways[0] + " on, " + ways[1] + " back");
    }

    @Test
    void theColumnPullsBackFromAShooterOnceThenDrivesOnThroughItsReach() {
        // trace3: an FPV team mid-way along A-B with two sure kills, armed the moment the head enters its stretch at
        // lo: the first loss (head at lo) pulls the column back 0 km for the 15 min halt; coming forward it is hit
        // again and drives on through (no second halt: a commander does not lead the same column into the same kill
        // zone again and again). Survivors arrive exactly 15 min later than undisturbed (hand-computed); before, each
        // loss cost another halt plus the pull-back, a loop that ran until the shooter's rounds ran out.
        double halt = 15;
        FireUnit fpv = unit("fpv", FireUnitKind.FPV_TEAM).position(UnitPosition.on("ab", 10)).rangeKm(2)
                .reactionMin(Distribution.fixed(0)).engagementsPerHour(600).ammunition(2).pKillArmoured(1)
                .pKillLight(1).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6)).fireUnits(fpv)
                .build();
        BreachDoctrine d = quiet().contactHaltMin(Distribution.fixed(halt)).build();
        Scenario s = scenario(10, List.of(), d, def);
        int checked = 0;
        for (int r = 0; r < 20; r++) {
            List<ModelEvent> hit = events(s, 10, r);
            List<ModelEvent> free = events(scenario(10, List.of(), d, Defender.NONE), 10, r);
            List<Integer> lost = hit.stream().filter(e -> e instanceof ModelEvent.VehicleLost)
                    .map(e -> ((ModelEvent.VehicleLost) e).vehicle()).toList();
            if (lost.size() != 2) {
                continue;   // the second round missed the column's second pass (rare at 600 an hour)
            }
            checked++;
            double[] base = only(free, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] got = only(hit, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] want = new double[base.length - 2];
            for (int i = 0, w = 0; i < base.length; i++) {
                if (!lost.contains(i)) {
                    want[w++] = base[i] + halt;
                }
            }
            assertArrayEquals(want, got, 1e-6, "one halt, no second pull-back, run " + r);
        }
        assertTrue(checked >= 15, "two losses in most runs: " + checked);
    }

    @Test
    void aLossToIndirectFireNeverTurnsTheColumnBack() {
        // indirect3: the nearer-way-out geometry (a unit mid-way along A-B, its stretch [lo, hi] inside the leg, one
        // sure kill with the head anywhere in it at h), fired by a mortar section or an artillery battery, and by an
        // FPV team with the same figures and the same stream (same id, no EW, day): the same loss at the same time.
        // The FPV loss pulls the column back to lo for the 15 min halt when lo is nearer than the exit (survivors
        // later by 15 + 2 (h - lo) / v); the indirect loss never does: the column drives on out of the impact area
        // with no halt, every survivor at C exactly when it would be undisturbed, the head 45 min after leaving A
        double halt = 15;
        double v = Fixtures.SPEED_KMH / 60;
        BreachDoctrine d = quiet().contactHaltMin(Distribution.fixed(halt)).build();
        double trainKm = 9 * Fixtures.INTERVAL_M / 1000;
        for (FireUnitKind kind : List.of(FireUnitKind.MORTAR, FireUnitKind.ARTILLERY)) {
            java.util.function.Function<FireUnitKind, Scenario> with = k -> scenario(10, List.of(), d,
                    Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6))
                            .fireUnits(unit("gun", k).position(UnitPosition.on("ab", 10)).rangeKm(2)
                                    .reactionMin(new Distribution.Uniform(0, 9)).ammunition(1).pKillArmoured(1)
                                    .pKillLight(1).movingTargetFactor(1).build()).build());
            Scenario indirect = with.apply(kind);
            Scenario drone = with.apply(FireUnitKind.FPV_TEAM);
            DefenceLayout.RoadCover ab = CrossingPlan.compile(indirect, "fort").defence()
                    .roadCover(indirect.network().segment("ab").orElseThrow());
            double lo = ab.fireFromKm[0];
            double hi = ab.fireToKm[0];
            assertTrue(lo > 1 && hi + trainKm < 19, "the stretch lies inside A-B: " + lo + "-" + hi);
            int wouldPullBack = 0;
            for (int r = 0; r < 60; r++) {
                List<ModelEvent> hit = events(indirect, 9, r);
                List<ModelEvent> fpv = events(drone, 9, r);
                List<ModelEvent> free = events(scenario(10, List.of(), d, Defender.NONE), 9, r);
                if (hit.stream().noneMatch(e -> e instanceof ModelEvent.VehicleLost)) {
                    continue;   // the one round missed the column's time in the reach
                }
                ModelEvent.VehicleLost lost = only(hit, ModelEvent.VehicleLost.class);
                ModelEvent.VehicleLost fpvLost = only(fpv, ModelEvent.VehicleLost.class);
                assertEquals(fpvLost.timeMin(), lost.timeMin(), 0, "the same draws: the same loss, run " + r);
                assertEquals(fpvLost.vehicle(), lost.vehicle(), "the same vehicle, run " + r);
                double t0 = only(hit, ModelEvent.ColumnDeparted.class).timeMin();
                double h = v * (lost.timeMin() - t0);
                boolean back = !(hi + trainKm - h < h - lo);   // what the direct rule chooses
                wouldPullBack += back ? 1 : 0;
                double[] base = only(free, ModelEvent.ColumnArrived.class).arrivalTimesMin();
                double[] want = new double[base.length - 1];
                double[] wantFpv = new double[base.length - 1];
                for (int i = 0, w = 0; i < base.length; i++) {
                    if (i != lost.vehicle()) {
                        wantFpv[w] = base[i] + (back ? halt + 2 * (h - lo) / v : 0);
                        want[w++] = base[i];
                    }
                }
                double[] got = only(hit, ModelEvent.ColumnArrived.class).arrivalTimesMin();
                assertArrayEquals(want, got, 1e-9, kind + " drives on with no halt, run " + r);
                assertArrayEquals(wantFpv, only(fpv, ModelEvent.ColumnArrived.class).arrivalTimesMin(), 1e-6,
                        "the FPV team's loss " + (back ? "pulls back" : "drives on") + ", run " + r);
                if (lost.vehicle() != 0) {
                    assertEquals(t0 + ROUTE_MIN, got[0], 1e-9, "the head at C 45 min after leaving A, run " + r);
                }
            }
            assertTrue(wouldPullBack > 5, kind + ": losses where direct fire pulls back: " + wouldPullBack);
        }
    }

    @Test
    void aLossToIndirectFireStillDrawsItsContactHaltSoNoLaterHaltShifts() {
        // indirect3: a mortar near A (its reach covers the move's start) kills one vehicle 2 min after the column is
        // seen, and the column drives on; then an FPV team mid-way along A-B, armed the moment the head enters its
        // stretch at lo (or just after, if the mortar killed the head vehicle), kills one at h and pulls the column
        // back to lo for a halt drawn from the column's stream interdiction/c1. The mortar's loss made that stream's
        // first draw (unused), so the FPV halt is its SECOND draw: survivors arrive exactly that halt plus
        // 2 (h - lo) / v later than undisturbed (hand-computed from the stream itself)
        Distribution haltMin = new Distribution.Uniform(5, 20);
        FireUnit mortar = unit("mortar", FireUnitKind.MORTAR).position(UnitPosition.on("ab", 0)).rangeKm(2)
                .reactionMin(Distribution.fixed(2)).ammunition(1).pKillArmoured(1).pKillLight(1)
                .movingTargetFactor(1).build();
        FireUnit fpv = unit("fpv", FireUnitKind.FPV_TEAM).position(UnitPosition.on("ab", 10)).rangeKm(2)
                .reactionMin(Distribution.fixed(0)).engagementsPerHour(600).ammunition(1).pKillArmoured(1)
                .pKillLight(1).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6))
                .fireUnits(mortar, fpv).build();
        BreachDoctrine d = quiet().contactHaltMin(haltMin).build();
        Scenario s = scenario(10, List.of(), d, def);
        DefenceLayout.RoadCover ab = CrossingPlan.compile(s, "fort").defence()
                .roadCover(s.network().segment("ab").orElseThrow());
        assertEquals(2, ab.fireUnits.length, "both units cover A-B");
        double lo = ab.fireFromKm[ab.fireUnits[0] == 1 ? 0 : 1];   // the FPV team's (layout index 1) stretch
        assertTrue(lo > ab.fireToKm[ab.fireUnits[0] == 0 ? 0 : 1], "the mortar's stretch ends before the FPV's");
        double v = Fixtures.SPEED_KMH / 60;
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(12));
        int checked = 0;
        for (int r = 0; r < 20; r++) {
            List<ModelEvent> hit = events(s, 12, r);
            List<ModelEvent> free = events(scenario(10, List.of(), d, Defender.NONE), 12, r);
            List<ModelEvent.VehicleLost> lost = hit.stream().filter(e -> e instanceof ModelEvent.VehicleLost)
                    .map(e -> (ModelEvent.VehicleLost) e).toList();
            assertEquals(2, lost.size(), "one loss to each unit, run " + r);
            assertTrue(lost.get(0).timeMin() < lost.get(1).timeMin(), "the mortar's first, run " + r);
            streams.startReplication(r);
            umontreal.ssj.rng.RandomStream own = streams.stream(StreamName.interdiction("c1"));
            double first = haltMin.inverse(own.nextDouble());
            double second = haltMin.inverse(own.nextDouble());
            double[] base = only(free, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double[] got = only(hit, ModelEvent.ColumnArrived.class).arrivalTimesMin();
            double h = v * (lost.get(1).timeMin() - only(hit, ModelEvent.ColumnDeparted.class).timeMin());
            assertTrue(h >= lo - 1e-9 && h < lo + 0.5, "the FPV loss as the head enters its stretch, run " + r);
            double[] want = new double[base.length - 2];
            for (int i = 0, w = 0; i < base.length; i++) {
                if (i != lost.get(0).vehicle() && i != lost.get(1).vehicle()) {
                    want[w++] = base[i] + second + 2 * (h - lo) / v;
                }
            }
            assertArrayEquals(want, got, 1e-6, "the FPV halt is the stream's second draw, run " + r);
            if (Math.abs(first - second) > 0.01) {
                checked++;   // the first draw would have given another timeline
            }
        }
        assertTrue(checked >= 15, "the two draws differ in most runs: " + checked);
    }

    @Test
    void aLongerReachingBatteryKillsMoreOnTheMarchButNeverHoldsTheColumn() {
        // doctrinal direction (indirect3): under indirect fire the impact area is wherever the column is, so a
        // battery reaching farther along the road kills more (more exposure) but never holds the column back: no
        // replication closes later than its undisturbed twin (common random numbers); the same reach fired by an
        // FPV team (pull-backs) closes later on average, beyond two standard errors
        BreachDoctrine d = quiet().contactHaltMin(Distribution.fixed(15)).build();
        java.util.function.BiFunction<FireUnitKind, Double, Scenario> with = (k, rangeKm) -> scenario(10, List.of(),
                d, Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 1e6))
                        .fireUnits(unit("gun", k).position(UnitPosition.on("ab", 10)).rangeKm(rangeKm)
                                .reactionMin(new Distribution.Uniform(0, 9)).engagementsPerHour(6).ammunition(100)
                                .pKillArmoured(0.5).pKillLight(0.5).movingTargetFactor(1).build()).build());
        int reps = 200;
        CrossingPlan free = CrossingPlan.compile(scenario(10, List.of(), d, Defender.NONE), "fort");
        CrossingPlan near = CrossingPlan.compile(with.apply(FireUnitKind.ARTILLERY, 2.0), "fort");
        CrossingPlan far = CrossingPlan.compile(with.apply(FireUnitKind.ARTILLERY, 5.0), "fort");
        CrossingPlan fpv = CrossingPlan.compile(with.apply(FireUnitKind.FPV_TEAM, 5.0), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(41));
        double[] lostNear = new double[reps];
        double[] lostFar = new double[reps];
        double[] fpvLater = new double[reps];
        for (int r = 0; r < reps; r++) {
            ReplicationResult base = Replications.run(free, streams, r);
            ReplicationResult n = Replications.run(near, streams, r);
            ReplicationResult f = Replications.run(far, streams, r);
            ReplicationResult p = Replications.run(fpv, streams, r);
            assertTrue(base.reached() && n.reached() && f.reached() && p.reached(), "all close, run " + r);
            assertTrue(n.closureMin() <= base.closureMin() && f.closureMin() <= base.closureMin(),
                    "indirect fire never holds the column, run " + r);
            lostNear[r] = n.losses(LossCause.FIRE_ON_MARCH);
            lostFar[r] = f.losses(LossCause.FIRE_ON_MARCH);
            fpvLater[r] = p.closureMin() - base.closureMin();
        }
        double[] more = new double[reps];
        for (int r = 0; r < reps; r++) {
            more[r] = lostFar[r] - lostNear[r];
        }
        assertTrue(mean(more) > 2 * sd(more) / Math.sqrt(reps), "a longer reach kills more: " + mean(lostNear)
                + " -> " + mean(lostFar));
        assertTrue(mean(fpvLater) > 2 * sd(fpvLater) / Math.sqrt(reps), "direct fire's pull-backs cost time: "
                + mean(fpvLater) + " min");
    }

    @Test
    void moreAndBetterSensorsAndMoreShootersCostMoreOnTheMarch() {
        FireUnit atgm = unit("atgm", FireUnitKind.ATGM_TEAM).engagementsPerHour(6).ammunition(100).build();
        BreachDoctrine d = quiet().contactHaltMin(BreachDoctrine.DEFAULT_CONTACT_HALT_MIN).build();
        Sensor op = sensor("op", SensorKind.OBSERVATION_POST, 2);
        int reps = 300;
        double[] base = lossesAndClosure(scenario(30, List.of(), d,
                Defender.builder().sensors(op).fireUnits(atgm).build()), reps);
        double[] twoSensors = lossesAndClosure(scenario(30, List.of(), d, Defender.builder()
                .sensors(op, sensor("op2", SensorKind.OBSERVATION_POST, 2)).fireUnits(atgm).build()), reps);
        double[] faster = lossesAndClosure(scenario(30, List.of(), d, Defender.builder()
                .sensors(sensor("op", SensorKind.OBSERVATION_POST, 8)).fireUnits(atgm).build()), reps);
        double[] radar = lossesAndClosure(scenario(30, List.of(), d, Defender.builder()
                .sensors(sensor("op", SensorKind.GROUND_RADAR, 2)).fireUnits(atgm).build()), reps);
        double[] twoShooters = lossesAndClosure(scenario(30, List.of(), d, Defender.builder().sensors(op)
                .fireUnits(atgm, atgm.toBuilder().id("atgm2").build()).build()), reps);
        assertTrue(base[0] > 0.3, "the defender hits the column on the march: " + base[0]);
        for (double[] more : List.of(twoSensors, faster, radar, twoShooters)) {
            assertTrue(more[0] > base[0] + 0.1, "more losses: " + more[0] + " vs " + base[0]);
        }
        double[] none = lossesAndClosure(scenario(30, List.of(), d, Defender.NONE), reps);
        assertEquals(0, none[0]);
        assertEquals(ROUTE_MIN + 29 * Fixtures.HEADWAY_MIN, none[1], 1e-9, "undisturbed: 45 min + the column");
        // the units' reach covers the whole route, so the column drives on out of it at each loss (no halt in the
        // kill zone): no later than undisturbed (a lost tail vehicle closes it earlier)
        assertTrue(base[1] <= none[1] + 1e-9, "no contact halt in the kill zone: " + base[1] + " vs " + none[1]);
    }

    /** @return march engagements per replication 0..reps-1 of {@code s}, master seed 12 */
    private static double[] marchEngagements(Scenario s, int reps) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(12));
        double[] out = new double[reps];
        for (int r = 0; r < reps; r++) {
            int[] n = new int[1];
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.MarchEngagement) {
                    n[0]++;
                }
            });
            out[r] = n[0];
        }
        return out;
    }

    @Test
    void addingASensorNeverLowersTheMarchEngagementsAndKeepsThePairingTight() {
        // the Suwalki 'isr' audit: a package that only adds sensors (a UAV here) must not make the defender engage
        // less on the march (earlier detection: earlier reactions). Each unit draws from its own stream per column,
        // so the added sensor shifts no fire unit's draws and the paired difference is far tighter than unpaired
        // (with one shared stream per column the sd of the difference was about the unpaired one)
        FireUnit atgm = unit("atgm", FireUnitKind.ATGM_TEAM).engagementsPerHour(6).ammunition(20)
                .counterFireKillProbability(0.3).reactionMin(new Distribution.Uniform(2, 8)).build();
        FireUnit mortar = unit("mortar", FireUnitKind.MORTAR).engagementsPerHour(4).ammunition(40)
                .reactionMin(new Distribution.Uniform(3, 10)).build();
        BreachDoctrine d = quiet().suppression(true).locateProbability(0.5)
                .contactHaltMin(BreachDoctrine.DEFAULT_CONTACT_HALT_MIN)
                .build();
        Sensor op = sensor("op", SensorKind.OBSERVATION_POST, 1);
        int reps = 400;
        double[] base = marchEngagements(scenario(30, List.of(), d,
                Defender.builder().sensors(op).fireUnits(atgm, mortar).build()), reps);
        double[] more = marchEngagements(scenario(30, List.of(), d, Defender.builder()
                .sensors(op, sensor("uav", SensorKind.UAV, 3)).fireUnits(atgm, mortar).build()), reps);
        double[] diff = new double[reps];
        for (int r = 0; r < reps; r++) {
            diff[r] = more[r] - base[r];
        }
        double se = sd(diff) / Math.sqrt(reps);
        assertTrue(mean(base) > 1, "the defender engages the column on the march: " + mean(base));
        assertTrue(mean(diff) > -2 * se, "a sensor more, engagements on the march: " + mean(more) + " vs "
                + mean(base) + " (paired difference " + mean(diff) + " +- " + se + ")");
        assertTrue(mean(diff) > 0, "earlier detection, earlier reactions: " + mean(diff));
        double unpaired = Math.sqrt(sd(base) * sd(base) + sd(more) * sd(more));
        assertTrue(sd(diff) < 0.75 * unpaired, "common random numbers hold: sd paired " + sd(diff)
                + " vs unpaired " + unpaired);
        // a sensor that (almost surely) never sees the column draws its clock but shifts nobody: bit-identical
        double[] faint = marchEngagements(scenario(30, List.of(), d, Defender.builder()
                .sensors(op, sensor("faint", SensorKind.UAV, 1e-9)).fireUnits(atgm, mortar).build()), reps);
        assertArrayEquals(base, faint, "a sensor that sees nothing changes no replication");
    }

    @Test
    void theAttackersEwAndNightLowerTheLossesOnTheMarch() {
        FireUnit fpv = unit("fpv", FireUnitKind.FPV_TEAM).engagementsPerHour(6).ammunition(100).build();
        Defender def = Defender.builder().sensors(sensor("uav", SensorKind.UAV, 3)).fireUnits(fpv).build();
        BreachDoctrine d = quiet().contactHaltMin(BreachDoctrine.DEFAULT_CONTACT_HALT_MIN).build();
        int reps = 300;
        double[] clear = lossesAndClosure(scenario(30, List.of(), d, def), reps);
        double[] jammed = lossesAndClosure(scenario(30, List.of(), d.toBuilder().ewStrength(1).build(), def), reps);
        double[] night = lossesAndClosure(scenario(30, List.of(), d, def).withClock(new Clock(0, 12, 12)), reps);
        assertTrue(jammed[0] < clear[0] - 0.1, "EW: " + jammed[0] + " vs " + clear[0]);
        assertTrue(night[0] < clear[0] - 0.1, "night: " + night[0] + " vs " + clear[0]);
    }

    @Test
    void aUnitWhoseRangeMissesTheRouteChangesNothing() {
        // a radar and a mortar at D, 2 km: they cover A-D and D-C near D, not the route A-B-C
        Sensor radar = Sensor.builder().id("radar").kind(SensorKind.GROUND_RADAR).position(UnitPosition.at("d"))
                .rangeKm(2).detectionsPerHour(60).build();
        FireUnit mortar = unit("mortar", FireUnitKind.MORTAR).position(UnitPosition.at("d")).rangeKm(2).build();
        Defender def = Defender.builder().sensors(radar).fireUnits(mortar).build();
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        BreachDoctrine d = Fixtures.doctrine(0.5, 10, false);
        Scenario with = scenario(20, List.of(ditch), d, def);
        CrossingPlan plan = CrossingPlan.compile(with, "fort");
        assertNull(plan.defence().roadCover(with.network().segment("ab").orElseThrow()));
        assertNotNull(plan.defence().roadCover(with.network().segment("ad").orElseThrow()));
        for (int r = 0; r < 20; r++) {
            assertEquals(text(events(scenario(20, List.of(ditch), d, Defender.NONE), 9, r)),
                    text(events(with, 9, r)), "replication " + r);
        }
    }

    @Test
    void theEarlyWarningIsTheFirstDetectionOnTheMarchAndIsPublishedOnce() {
        // a ground radar sees movement at twice its rate: mean time to detect 60 / (6 x 2) = 5 min from departure
        FireUnit art = unit("art", FireUnitKind.ARTILLERY).reactionMin(Distribution.fixed(3)).build();
        Defender def = Defender.builder().sensors(sensor("radar", SensorKind.GROUND_RADAR, 6)).fireUnits(art)
                .build();
        CrossingPlan plan = CrossingPlan.compile(scenario(20, List.of(), quiet().build(), def), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(4));
        int reps = 3000;
        double sum = 0;
        int early = 0;
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> ev = new ArrayList<>();
            streams.startReplication(r);
            CrossingModel model = new CrossingModel(plan, streams);
            model.addListener(ev::add);
            model.run();
            List<ModelEvent.ColumnDetected> seen = ev.stream().filter(e -> e instanceof ModelEvent.ColumnDetected)
                    .map(e -> (ModelEvent.ColumnDetected) e).toList();
            if (seen.isEmpty()) {
                assertEquals(Double.POSITIVE_INFINITY, model.warningAtMin(0));
                continue;   // not seen in the 45 minutes (e^-9 of the time)
            }
            assertEquals(1, seen.size(), "one early warning per column");
            ModelEvent.ColumnDetected w = seen.get(0);
            assertEquals(w.timeMin(), model.warningAtMin(0), "the model's early warning is the event's time");
            assertEquals("radar", w.unit());
            sum += w.timeMin();
            early++;
            ModelEvent first = ev.stream().filter(e -> e instanceof ModelEvent.MarchEngagement).findFirst()
                    .orElse(null);
            if (w.timeMin() + 3 < ROUTE_MIN) {
                assertNotNull(first, "the artillery fires once it has reacted");
                assertEquals(w.timeMin() + 3, first.timeMin(), 1e-9, "first engagement: warning + reaction");
            }
            assertTrue(ev.indexOf(w) < (first == null ? ev.size() : ev.indexOf(first)), "warning first");
        }
        double mean = 60 / (6 * SensorKind.GROUND_RADAR.movingFactor());
        assertEquals(mean, sum / early, 3 * mean / Math.sqrt(early), "exponential mean of the moving rate");
    }

    @Test
    void roundsSpentOnTheMarchAreMissingAtTheObstacle() {
        // an ATGM at a covered-by-fire ditch with 3 rounds: what it fires on the approach it cannot fire at the site
        FireUnit atgm = unit("atgm", FireUnitKind.ATGM_TEAM).position(UnitPosition.on("ab", 8)).rangeKm(3)
                .reactionMin(Distribution.fixed(1)).ammunition(3).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 30)).fireUnits(atgm)
                .build();
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        Scenario s = scenario(20, List.of(ditch), quiet().decisionDelayMin(Distribution.fixed(60)).build(), def);
        int onMarch = 0;
        for (int r = 0; r < 40; r++) {
            List<ModelEvent> ev = events(s, 6, r);
            long march = ev.stream().filter(e -> e instanceof ModelEvent.MarchEngagement).count();
            long site = ev.stream().filter(e -> e instanceof ModelEvent.Engagement).count();
            assertTrue(march + site <= 3, "one stock of rounds: " + march + " + " + site);
            onMarch += march > 0 ? 1 : 0;
        }
        assertTrue(onMarch > 10, "it fires on the approach: " + onMarch + " of 40");
    }

    @Test
    void theResultsAreBitIdenticalWhateverTheThreadCount() {
        FireUnit atgm = unit("atgm", FireUnitKind.ATGM_TEAM).engagementsPerHour(6).ammunition(20).build();
        Defender def = Defender.builder().sensors(sensor("op", SensorKind.OBSERVATION_POST, 4))
                .fireUnits(atgm, unit("mortar", FireUnitKind.MORTAR).build()).build();
        Scenario s = scenario(30, List.of(), quiet().locateProbability(0.5)
                .contactHaltMin(BreachDoctrine.DEFAULT_CONTACT_HALT_MIN).build(), def);
        java.util.function.IntFunction<ExperimentResult> run = threads -> new ExperimentRunner(Experiment.builder(s)
                .replications(60).masterSeed(17).threads(threads).batchSize(7).build())
                .withProgress(ProgressListener.silent()).withRowsKept().run();
        ExperimentResult one = run.apply(1);
        assertEquals(one, run.apply(2));
        assertTrue(one.rows().stream().anyMatch(r -> r.lossesByCause()[LossCause.FIRE_ON_MARCH.ordinal()] > 0),
                "losses on the march");
    }

    private static <T extends ModelEvent> T only(List<ModelEvent> ev, Class<T> type) {
        List<ModelEvent> l = ev.stream().filter(type::isInstance).toList();
        assertEquals(1, l.size(), type.getSimpleName() + ": " + l);
        return type.cast(l.get(0));
    }

    /** @return the events as exact text (a ColumnArrived's times element by element) */
    private static String text(List<ModelEvent> ev) {
        StringBuilder b = new StringBuilder();
        for (ModelEvent e : ev) {
            b.append(e instanceof ModelEvent.ColumnArrived a ? a.column() + " " + a.timeMin() + " "
                    + Arrays.toString(a.arrivalTimesMin()) : e.toString()).append('\n');
        }
        return b.toString();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
