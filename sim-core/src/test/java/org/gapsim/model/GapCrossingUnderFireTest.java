package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * A pontoon crossing site under the defender's fire (issues 11 x 13): out of every unit's reach, or watched but
 * not fired on, it is timed exactly by hand; more shooters make the crossing longer (paired on common random
 * numbers); sets lost to fire make it fail, and the column then turns back or culminates; a column halted by its
 * losses there leaves no bridge open and nothing pending; the result does not depend on the thread count.
 */
class GapCrossingUnderFireTest {
    private static final double EPS = 1e-9;
    /** The blown bridge's own spot: segment ab at 10 km. */
    private static final UnitPosition AT_SITE = UnitPosition.on("ab", 10);
    private static final double LANE_M_PER_MIN = 8 * 1000 / 60.0;
    private static final double ROAD_M_PER_MIN = Fixtures.SPEED_KMH * 1000 / 60.0;
    /** Forward time of the sets, build time per 100 m, minutes. */
    private static final double FORWARD_MIN = 5;
    private static final double PER_100M = 20;
    private static final double GAP_M = 60;

    /** No decision delay, no smoke, nobody located: the defender's side alone acts. */
    private static BreachDoctrine quiet() {
        return Fixtures.doctrine(0, 0, true).toBuilder().smokeMin(Distribution.fixed(0)).locateProbability(0)
                .build();
    }

    private static Sensor op(UnitPosition where) {
        return Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST).position(where).rangeKm(1)
                .detectionsPerHour(60).build();
    }

    /** An ATGM team at the site that never kills a tank: only the bridges are at stake. */
    private static FireUnit atgm(String id, double pKillLight) {
        return FireUnit.builder().id(id).kind(FireUnitKind.ATGM_TEAM).position(AT_SITE).rangeKm(1)
                .reactionMin(Distribution.fixed(2)).engagementsPerHour(12).ammunition(40).pKillArmoured(0)
                .pKillLight(pKillLight).ownDetectionsPerHour(0).counterFireKillProbability(0).build();
    }

    /** The fixture network without its way round: A - B - C only. */
    private static RoadNetwork line() {
        RoadNetwork n = Fixtures.network(Terrain.FOREST);
        return new RoadNetwork(n.places().stream().filter(p -> !p.id().equals("d")).toList(),
                n.segments().stream().filter(s -> s.id().equals("ab") || s.id().equals("bc")).toList());
    }

    /** Ten tanks with no bridge layer before a 60 m blown bridge (1 m banks) on A-B, pontoons {@code sets}. */
    private static Scenario scenario(boolean wayRound, int sets, Defender defender) {
        BridgeDemolition gap = new BridgeDemolition("gap-ab", "ab", 10, Coverage.UNOBSERVED, 0, GAP_M, 3, 1.0, 1.0);
        Scenario s = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 10, 0, EngineerAssets.NONE)),
                List.of(gap), quiet());
        if (!wayRound) {
            s = new Scenario(s.name(), s.description(), line(), s.vehicleTypes(), s.columns(), s.existingObstacles(),
                    s.packages(), s.doctrine(), s.march(), s.closure(), s.horizonMin());
        }
        return s.withCrossingAssets(new CrossingAssets(new CrossingAssets.Pontoons(sets, 100,
                Distribution.fixed(FORWARD_MIN), Distribution.fixed(PER_100M), 2.0))).withDefender(defender);
    }

    private static List<ModelEvent> events(Scenario s, int r) {
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(5)), r, out::add);
        return out;
    }

    private static double leadArrival(Scenario s, String pkg) {
        ReplicationResult r = Replications.run(CrossingPlan.compile(s, pkg), new ReplicationStreams(new StreamFactory(5)), 0);
        return r.columns().get(0).leadArrivalMin();
    }

    /** @return when the first bridge opened at the gap, or the horizon if none did */
    private static double bridgeReady(List<ModelEvent> events, double horizon) {
        return events.stream().filter(e -> e instanceof ModelEvent.LaneOpened l && l.obstacle().equals("gap-ab"))
                .mapToDouble(ModelEvent::timeMin).min().orElse(horizon);
    }

    @Test
    void aSiteOutOfEveryUnitsRangeOrOnlyWatchedIsTimedByHandWithoutAnyMultiplier() {
        // by hand: no decision delay + forward 5 + (banks 1 m x 20 + 20 x 0.6) + 60 m at lane speed instead of road
        double work = 1.0 * GapCrossing.BANK_PREP_MIN_PER_M + PER_100M * GAP_M / 100;
        double expected = FORWARD_MIN + work + GAP_M / LANE_M_PER_MIN - GAP_M / ROAD_M_PER_MIN;
        Scenario none = scenario(true, 1, Defender.NONE);
        double base = leadArrival(none, "none");
        assertEquals(base + expected, leadArrival(none, "fort"), EPS);
        // an OP and an ATGM team 5 km down B-C with 1 km of range: out of reach, the same to the last bit
        UnitPosition far = UnitPosition.on("bc", 5);
        Defender away = Defender.builder().sensors(op(far))
                .fireUnits(atgm("far", 1).toBuilder().position(far).build()).build();
        assertEquals(base + expected, leadArrival(scenario(true, 1, away), "fort"), EPS);
        assertFalse(events(scenario(true, 1, away), 0).stream().anyMatch(e -> e instanceof ModelEvent.SiteDetected));
        // watched by an OP at the site but fired on by nobody: fought (detected), yet timed the same
        Scenario watched = scenario(true, 1, Defender.builder().sensors(op(AT_SITE)).build());
        assertTrue(events(watched, 0).stream().anyMatch(e -> e instanceof ModelEvent.SiteDetected));
        assertEquals(base + expected, leadArrival(watched, "fort"), EPS);
    }

    @Test
    void moreShootersMakeTheCrossingLongerOnCommonRandomNumbers() {
        int reps = 200;
        double[] mean = new double[3];
        int[] shooters = {0, 1, 3};
        for (int c = 0; c < shooters.length; c++) {
            List<FireUnit> units = new ArrayList<>();
            for (int k = 0; k < shooters[c]; k++) {
                units.add(atgm("atgm" + k, 0.3));
            }
            Scenario s = scenario(true, 20, Defender.builder().sensors(op(AT_SITE)).fireUnits(units).build());
            for (int r = 0; r < reps; r++) {
                mean[c] += bridgeReady(events(s, r), s.horizonMin()) / reps;
            }
        }
        double work = 1.0 * GapCrossing.BANK_PREP_MIN_PER_M + PER_100M * GAP_M / 100;
        // the head reaches the gap after 10 km at 40 km/h; no decision delay, then forward and work
        assertEquals(10 / Fixtures.SPEED_KMH * 60 + FORWARD_MIN + work, mean[0], EPS,
                "no shooter: the bridge opens as by hand");
        assertTrue(mean[1] > mean[0] + 10, "one shooter slows the building and destroys sets: " + mean[1]);
        assertTrue(mean[2] > mean[1] + 10, "three shooters more so: " + mean[2] + " vs " + mean[1]);
    }

    @Test
    void setsLostToFireFailTheCrossingAndTheColumnTurnsBackOrCulminates() {
        // one set (60 m < 100 m per set), killed by the first shot at the bridge: no set left, the crossing fails
        Defender killer = Defender.builder().sensors(op(AT_SITE)).fireUnits(atgm("atgm", 1)).build();
        List<ModelEvent> round = events(scenario(true, 1, killer), 0);
        assertEquals(1, round.stream().filter(e -> e instanceof ModelEvent.AssetLost a
                && a.asset().equals(PontoonWork.ASSET)).count(), "one set destroyed");
        ModelEvent.BreachFailed failed = round.stream().filter(e -> e instanceof ModelEvent.BreachFailed)
                .map(e -> (ModelEvent.BreachFailed) e).findFirst().orElseThrow();
        assertEquals(PontoonWork.FAILED, failed.reason());
        assertEquals(BreachMethod.BRIDGE_LAYER, failed.method());
        ModelEvent.Rerouted back = round.stream().filter(e -> e instanceof ModelEvent.Rerouted)
                .map(e -> (ModelEvent.Rerouted) e).findFirst().orElseThrow();
        assertEquals(failed.timeMin(), back.timeMin(), EPS, "it turns back when the crossing fails");
        assertTrue(round.stream().anyMatch(e -> e instanceof ModelEvent.ColumnArrived), "by A-D-C");
        assertTimeOrdered(round);
        // with no way round it culminates there, at the failure
        List<ModelEvent> stuck = events(scenario(false, 1, killer), 0);
        ModelEvent.ColumnHalted halt = stuck.stream().filter(e -> e instanceof ModelEvent.ColumnHalted)
                .map(e -> (ModelEvent.ColumnHalted) e).findFirst().orElseThrow();
        assertEquals("culminated", halt.reason());
        assertEquals(stuck.stream().filter(e -> e instanceof ModelEvent.BreachFailed).findFirst().orElseThrow()
                .timeMin(), halt.timeMin(), EPS);
        assertFalse(stuck.stream().anyMatch(e -> e instanceof ModelEvent.ColumnArrived));
        assertTimeOrdered(stuck);
        // two sets: the second comes forward and the bridge is rebuilt, so the column crosses
        List<ModelEvent> spare = events(scenario(false, 2, Defender.builder().sensors(op(AT_SITE))
                .fireUnits(atgm("atgm", 1).toBuilder().ammunition(1).build()).build()), 0);
        assertTrue(spare.stream().anyMatch(e -> e instanceof ModelEvent.ColumnArrived), "the spare set crossed it");
    }

    @Test
    void aColumnHaltedByLossesAtTheCrossingSiteLeavesNoBridgeOpenAndNothingLater() {
        // a fragile column (ineffective at 95 %) whose first tank is killed while it waits for the sets
        org.gapsim.scenario.ColumnSpec fragile = new org.gapsim.scenario.ColumnSpec("c1", null,
                List.of(new org.gapsim.scenario.VehicleGroup("tank", 10)), Fixtures.INTERVAL_M, "a", 0, "c",
                List.of("a", "b", "c"), EngineerAssets.NONE, 0.95);
        Scenario s = scenario(true, 1, Defender.builder().sensors(op(AT_SITE))
                .fireUnits(atgm("atgm", 1).toBuilder().pKillArmoured(1).build()).build()).withColumns(List.of(fragile));
        List<ModelEvent> out = events(s, 0);
        ModelEvent.ColumnHalted halt = out.stream().filter(e -> e instanceof ModelEvent.ColumnHalted)
                .map(e -> (ModelEvent.ColumnHalted) e).findFirst().orElseThrow();
        assertEquals("combat ineffective", halt.reason());
        assertFalse(out.stream().anyMatch(e -> e instanceof ModelEvent.LaneOpened), "no bridge opened");
        assertEquals(halt, out.get(out.size() - 1), "nothing after the halt");
        assertTimeOrdered(out);
    }

    private static void assertTimeOrdered(List<ModelEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).timeMin() >= events.get(i - 1).timeMin(), "in time order at " + events.get(i));
        }
    }

    @Test
    void aCrossingUnderFireIsBitIdenticalWhateverTheThreadCount() {
        List<FireUnit> units = List.of(atgm("a1", 0.3), atgm("a2", 0.3).toBuilder().kind(FireUnitKind.MORTAR)
                .rangeKm(5).build());
        Scenario s = scenario(true, 3, Defender.builder().sensors(op(AT_SITE)).fireUnits(units).build())
                .withDoctrine(quiet().toBuilder().locateProbability(0.5).smokeMin(Distribution.fixed(10)).build());
        java.util.function.IntFunction<ExperimentResult> run = threads -> new ExperimentRunner(Experiment.builder(s)
                .replications(60).masterSeed(17).threads(threads).batchSize(7).build())
                .withProgress(ProgressListener.silent()).withRowsKept().run();
        ExperimentResult one = run.apply(1);
        assertEquals(one, run.apply(4));
    }
}
