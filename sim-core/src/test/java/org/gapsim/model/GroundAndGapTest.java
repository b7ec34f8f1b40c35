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
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Ground;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Mobility;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Season;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.Trafficability;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.junit.jupiter.api.Test;

/**
 * Ground, season and gap crossing (issue 13) against hand-worked answers and the doctrinal direction: each season on
 * each ground class for tracked and wheeled vehicles, bypass length and tied-in flanks from geometry, crossing time
 * growing with gap width (with fire: GapCrossingUnderFireTest) and falling with more pontoon sets, fords, ice, and wide gaps crossed when pontoons
 * exist.
 */
class GroundAndGapTest {
    private static final double EPS = 1e-9;
    private static final VehicleType TRUCK = new VehicleType("truck", "truck", Fixtures.SPEED_KMH, 20, 2.5, 0.4, 0.95,
            0.95, Mobility.WHEELED, 1.5);
    /** Lane speed of the fixture doctrine, m/min. */
    private static final double LANE_M_PER_MIN = 8 * 1000 / 60.0;
    private static final double ROAD_M_PER_MIN = Fixtures.SPEED_KMH * 1000 / 60.0;

    private static ReplicationResult run(Scenario s, String pkg, EventTrace trace) {
        CrossingPlan plan = CrossingPlan.compile(s, pkg);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(1));
        return trace == null ? Replications.run(plan, streams, 0) : Replications.run(plan, streams, 0, trace);
    }

    private static Scenario scenario(RoadNetwork net, List<VehicleType> types, List<ColumnSpec> cols,
                                     List<Obstacle> obstacles, BreachDoctrine d, Ground g, CrossingAssets ca) {
        FortificationPackage pk = new FortificationPackage("fort", "test package", List.of("LT"), 0, obstacles,
                List.of(), IsrEffect.NONE);
        return new Scenario("test", "", net, types, cols, List.of(), List.of(pk), d, MarchRules.NONE,
                ClosureRule.ALL_COLUMNS, 10_000, null, null, g, ca);
    }

    private static ColumnSpec column(String type, int n, EngineerAssets assets) {
        return new ColumnSpec("c1", "c1", List.of(new VehicleGroup(type, n)), Fixtures.INTERVAL_M, "a", 0, "c",
                List.of("a", "b", "c"), assets, 0);
    }

    private static Ground ground(Season s, double iceM) {
        return new Ground(s, iceM, 200);
    }

    private static CrossingAssets pontoons(int sets, double forwardMin, double per100m) {
        return new CrossingAssets(new CrossingAssets.Pontoons(sets, 100, Distribution.fixed(forwardMin),
                Distribution.fixed(per100m), 2.0));
    }

    private static List<Outcome> outcomes(EventTrace t) {
        return t.events().stream().filter(e -> e instanceof ModelEvent.ObstaclePassed)
                .map(e -> ((ModelEvent.ObstaclePassed) e).outcome()).toList();
    }

    // ---------------------------------------------------------------- trafficability

    @Test
    void eachSeasonActsOnEachGroundClassInTheDoctrinalDirection() {
        for (Mobility m : Mobility.values()) {
            double thaw = Trafficability.speedFactor(Terrain.OPEN, m, ground(Season.THAW, 0));
            double autumn = Trafficability.speedFactor(Terrain.OPEN, m, ground(Season.AUTUMN, 0));
            double summer = Trafficability.speedFactor(Terrain.OPEN, m, ground(Season.SUMMER, 0));
            double frozen = Trafficability.speedFactor(Terrain.OPEN, m, ground(Season.FROZEN, 0));
            assertEquals(1.0, summer, "summer is the reference: open ground at the summer cross-country speed");
            assertEquals(1.0, frozen, "frozen open ground carries both");
            assertTrue(thaw < autumn && autumn < summer, m + ": thaw worse than autumn rain, worse than summer");
            for (Season s : Season.values()) {
                for (Terrain t : List.of(Terrain.FOREST, Terrain.URBAN)) {
                    assertEquals(0, Trafficability.speedFactor(t, m, ground(s, 5)), t + " in " + s);
                }
                for (Terrain t : List.of(Terrain.WETLAND, Terrain.LAKE)) {
                    boolean carries = s == Season.FROZEN;
                    assertEquals(carries, Trafficability.speedFactor(t, m, ground(s, 1.0)) > 0, t + " in " + s);
                    assertEquals(0, Trafficability.speedFactor(t, m, ground(s, 0.1)), t + " on thin ice in " + s);
                }
            }
        }
        for (Season s : Season.values()) {
            assertTrue(Trafficability.speedFactor(Terrain.OPEN, Mobility.WHEELED, ground(s, 0))
                    <= Trafficability.speedFactor(Terrain.OPEN, Mobility.TRACKED, ground(s, 0)), "wheels never beat tracks");
        }
        assertEquals(0, Trafficability.speedFactor(Terrain.OPEN, Mobility.WHEELED, ground(Season.THAW, 0)),
                "in the thaw wheels stay on the road");
        // ice a wheeled vehicle needs carries it but not a tank
        Ground mid = ground(Season.FROZEN, (Trafficability.WHEELED_ICE_M + Trafficability.TRACKED_ICE_M) / 2);
        assertTrue(Trafficability.speedFactor(Terrain.LAKE, Mobility.WHEELED, mid) > 0);
        assertEquals(0, Trafficability.speedFactor(Terrain.LAKE, Mobility.TRACKED, mid));
    }

    @Test
    void aTrackedColumnBypassesMoreSlowlyInTheThawAndAColumnWithTrucksStaysOnTheRoad() {
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        BreachDoctrine d = Fixtures.doctrine(0, 10, true);
        List<VehicleType> types = List.of(Fixtures.TANK, TRUCK);
        EngineerAssets bridge = Fixtures.engineers(0, 0, 1, 18.3, 5);
        List<ColumnSpec> tanks = List.of(column("tank", 1, bridge));
        ReplicationResult summer = run(scenario(Fixtures.network(Terrain.OPEN), types, tanks, List.of(ditch), d,
                ground(Season.SUMMER, 0), CrossingAssets.NONE), "fort", null);
        ReplicationResult thaw = run(scenario(Fixtures.network(Terrain.OPEN), types, tanks, List.of(ditch), d,
                ground(Season.THAW, 0), CrossingAssets.NONE), "fort", null);
        assertEquals(1, summer.bypasses());
        assertEquals(1, thaw.bypasses());
        double detourKm = Bypass.detourKm(ditch, 200, 1.0);
        // one vehicle: the bypass takes detour / speed; the thaw halves a tank's cross-country speed (25 km/h)
        double slower = detourKm / 12.5 * 60 - detourKm / 25 * 60;
        assertEquals(slower, thaw.closureMin() - summer.closureMin(), EPS);

        List<ColumnSpec> mixed = List.of(new ColumnSpec("c1", "c1", List.of(new VehicleGroup("tank", 2),
                new VehicleGroup("truck", 2)), Fixtures.INTERVAL_M, "a", 0, "c", List.of("a", "b", "c"), bridge, 0));
        ReplicationResult mixedSummer = run(scenario(Fixtures.network(Terrain.OPEN), types, mixed, List.of(ditch), d,
                ground(Season.SUMMER, 0), CrossingAssets.NONE), "fort", null);
        ReplicationResult mixedThaw = run(scenario(Fixtures.network(Terrain.OPEN), types, mixed, List.of(ditch), d,
                ground(Season.THAW, 0), CrossingAssets.NONE), "fort", null);
        assertEquals(1, mixedSummer.bypasses());
        assertEquals(0, mixedThaw.bypasses(), "the trucks cannot leave the road in the thaw");
        assertEquals(1, mixedThaw.breaches(), "so the column bridges the ditch");
    }

    @Test
    void frozenWetlandCarriesABypassOnlyOnThickIce() {
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        BreachDoctrine d = Fixtures.doctrine(0, 10, true);
        List<ColumnSpec> tanks = List.of(column("tank", 3, Fixtures.engineers(0, 0, 1, 18.3, 5)));
        for (Season s : Season.values()) {
            for (double ice : new double[]{0.3, 1.0}) {
                ReplicationResult r = run(scenario(Fixtures.network(Terrain.WETLAND), List.of(Fixtures.TANK), tanks,
                        List.of(ditch), d, ground(s, ice), CrossingAssets.NONE), "fort", null);
                boolean bypass = s == Season.FROZEN && ice >= Trafficability.TRACKED_ICE_M;
                assertEquals(bypass ? 1 : 0, r.bypasses(), s + ", ice " + ice);
                assertEquals(bypass ? 0 : 1, r.breaches(), s + ", ice " + ice);
            }
        }
    }

    // ---------------------------------------------------------------- bypass geometry

    @Test
    void bypassLengthComesFromTheFrontDepthAndStandoffAndTiedInFlanksForbidIt() {
        Obstacle narrow = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        Obstacle wide = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 2000);
        // by hand: 6 m + 2 sqrt((250 + 200)^2 + 200^2) = 990.88 m
        assertEquals((6 + 2 * Math.sqrt(450 * 450 + 200 * 200)) / 1000, Bypass.detourKm(narrow, 200, 0), EPS);
        assertTrue(Bypass.detourKm(wide, 200, 0) > Bypass.detourKm(narrow, 200, 0), "a wider front, a longer detour");
        assertTrue(Bypass.detourKm(narrow, 400, 0) > Bypass.detourKm(narrow, 200, 0), "more stand-off, longer");

        BreachDoctrine d = Fixtures.doctrine(0, 10, true);
        List<ColumnSpec> tanks = List.of(column("tank", 1, Fixtures.engineers(0, 0, 1, 18.3, 5)));
        ReplicationResult a = run(scenario(Fixtures.network(Terrain.OPEN), List.of(Fixtures.TANK), tanks,
                List.of(narrow), d, Ground.DEFAULT, CrossingAssets.NONE), "fort", null);
        ReplicationResult b = run(scenario(Fixtures.network(Terrain.OPEN), List.of(Fixtures.TANK), tanks,
                List.of(wide), d, Ground.DEFAULT, CrossingAssets.NONE), "fort", null);
        assertEquals((Bypass.detourKm(wide, 200, 1) - Bypass.detourKm(narrow, 200, 1)) / 25 * 60,
                b.closureMin() - a.closureMin(), EPS, "the wider ditch's longer detour at 25 km/h");

        // the same open ground, bounded 600 m from the road: the 500 m ditch (250 + 200 < 600) is bypassed, the
        // 2 km one is tied in (1000 + 200 >= 600) and breached
        RoadNetwork bounded = bounded(600);
        ReplicationResult c = run(scenario(bounded, List.of(Fixtures.TANK), tanks, List.of(narrow), d,
                Ground.DEFAULT, CrossingAssets.NONE), "fort", null);
        ReplicationResult e = run(scenario(bounded, List.of(Fixtures.TANK), tanks, List.of(wide), d,
                Ground.DEFAULT, CrossingAssets.NONE), "fort", null);
        assertEquals(1, c.bypasses());
        assertEquals(0, e.bypasses());
        assertEquals(1, e.breaches());
    }

    private static RoadNetwork bounded(double openWidthM) {
        RoadNetwork n = Fixtures.network(Terrain.OPEN);
        List<RoadSegment> segs = n.segments().stream()
                .map(s -> s.id().equals("ab") ? s.toBuilder().openWidthM(openWidthM).build() : s).toList();
        return new RoadNetwork(n.places(), segs);
    }

    // ---------------------------------------------------------------- gap crossing

    /** A blown bridge on A-B, 3 m deep, 1 m/s, 1 m banks. */
    private static List<Obstacle> twoGaps(double gapM, Coverage cov) {
        return List.of(new BridgeDemolition("gap-ab", "ab", 10, cov, 0, gapM, 3, 1.0, 1.0));
    }

    /** The fixture network without its way round: A - B - C only, so a gap on A-B must be crossed. */
    private static RoadNetwork line() {
        RoadNetwork n = Fixtures.network(Terrain.FOREST);
        return new RoadNetwork(n.places().stream().filter(p -> !p.id().equals("d")).toList(),
                n.segments().stream().filter(s -> s.id().equals("ab") || s.id().equals("bc")).toList());
    }

    private static double pontoonLead(double gapM, Coverage cov, int sets) {
        Scenario s = scenario(line(), List.of(Fixtures.TANK),
                List.of(column("tank", 10, Fixtures.engineers(0, 0, 1, 18.3, 5))), twoGaps(gapM, cov),
                Fixtures.doctrine(0, 10, true), Ground.DEFAULT, pontoons(sets, 120, 20))
                // no template units: since approach detection they would fight the passage, which this check of
                // the crossing's unopposed timing leaves out
                .withDefender(org.gapsim.scenario.Defender.builder()
                        .coveredTemplate(org.gapsim.scenario.CoverageTemplate.EMPTY).build());
        EventTrace t = new EventTrace();
        ReplicationResult r = run(s, "fort", t);
        assertEquals(List.of(Outcome.BRIDGED), outcomes(t));
        assertTrue(r.reached());
        return r.columns().get(0).leadArrivalMin();
    }

    @Test
    void aGapWiderThanEveryBridgeLayerIsCrossedWhenPontoonsExistAndNeverWithout() {
        List<ColumnSpec> cols = List.of(column("tank", 10, Fixtures.engineers(0, 0, 1, 18.3, 5)));
        Scenario none = scenario(line(), List.of(Fixtures.TANK), cols, twoGaps(60, Coverage.UNOBSERVED),
                Fixtures.doctrine(0, 10, true), Ground.DEFAULT, CrossingAssets.NONE);
        assertFalse(run(none, "fort", null).reached(), "60 m > the 18.3 m span and no pontoons: never");
        Scenario with = none.withCrossingAssets(pontoons(1, 120, 20));
        ReplicationResult r = run(with, "fort", null);
        assertTrue(r.reached());
        // by hand: decision 10 + forward 120 + (banks 1 m x 20 + 20 x 0.6) + 60 m at lane speed, less the 60 m of road
        // the lead would have driven
        double base = run(with, "none", null).columns().get(0).leadArrivalMin();
        double work = 1.0 * GapCrossing.BANK_PREP_MIN_PER_M + 20 * 0.6;
        assertEquals(base + 10 + 120 + work + 60 / LANE_M_PER_MIN - 60 / ROAD_M_PER_MIN,
                r.columns().get(0).leadArrivalMin(), EPS);
    }

    @Test
    void crossingTimeGrowsWithGapWidth() {
        double w40 = pontoonLead(40, Coverage.UNOBSERVED, 1);
        double w80 = pontoonLead(80, Coverage.UNOBSERVED, 1);
        // 40 m more: 20 min per 100 m of building, and 40 m more at lane speed instead of road speed
        assertEquals(20 * 0.4 + 40 / LANE_M_PER_MIN - 40 / ROAD_M_PER_MIN, w80 - w40, EPS);
        // under fire: GapCrossingUnderFireTest (the coverage multiplier no longer acts)
    }

    @Test
    void crossingTimeFallsWithMorePontoonSets() {
        BreachDoctrine two = Fixtures.doctrine(0, 10, true).toBuilder().lanesPerObstacle(2).laneIntervalM(100)
                .build();
        List<ColumnSpec> cols = List.of(column("tank", 10, EngineerAssets.NONE));
        double[] tail = new double[3];
        for (int sets = 1; sets <= 2; sets++) {
            Scenario s = scenario(line(), List.of(Fixtures.TANK), cols,
                    twoGaps(60, Coverage.UNOBSERVED), two, Ground.DEFAULT, pontoons(sets, 120, 20));
            tail[sets] = run(s, "fort", null).closureMin();
        }
        // one bridge: 10 vehicles single file at 100 m / 133 m/min = 0.75 min each, the last enters 9 x 0.75 after
        // it opens; two bridges: the last pair enters 4 x 0.75 after, and the tail leaves a road headway after its mate
        assertTrue(tail[2] < tail[1], "two bridges from two sets cross the column sooner");
        assertEquals(0.75 * 9 - (0.75 * 4 + Fixtures.HEADWAY_MIN), tail[1] - tail[2], EPS);
    }

    @Test
    void theColumnReroutesWhenThePontoonsWouldTakeLonger() {
        // only A-B is blown: the way round by A-D-C is about an hour, so pontoons 2 days away are not waited for
        List<Obstacle> one = List.of(new BridgeDemolition("gap-ab", "ab", 10, Coverage.UNOBSERVED, 0, 60, 3, 1, 1));
        List<ColumnSpec> cols = List.of(column("tank", 5, EngineerAssets.NONE));
        EventTrace slow = new EventTrace();
        run(scenario(Fixtures.network(Terrain.FOREST), List.of(Fixtures.TANK), cols, one,
                Fixtures.doctrine(0, 10, true), Ground.DEFAULT, pontoons(1, 2880, 20)), "fort", slow);
        assertEquals(List.of(Outcome.REROUTED), outcomes(slow));
        EventTrace fast = new EventTrace();
        run(scenario(Fixtures.network(Terrain.FOREST), List.of(Fixtures.TANK), cols, one,
                Fixtures.doctrine(0, 10, true), Ground.DEFAULT, pontoons(1, 5, 20)), "fort", fast);
        assertEquals(List.of(Outcome.BRIDGED), outcomes(fast));
    }

    @Test
    void aShallowRiverIsFordedAndADeepOneOrSteepBanksAreNot() {
        List<ColumnSpec> cols = List.of(column("tank", 5, EngineerAssets.NONE));
        BreachDoctrine d = Fixtures.doctrine(0, 10, true);
        // default fording depth 1 m: 0.8 m deep with 0.5 m banks is forded once found (bypass recon: fixed 10 min)
        Scenario shallow = scenario(Fixtures.network(Terrain.FOREST), List.of(Fixtures.TANK), cols,
                List.of(new BridgeDemolition("ford", "ab", 10, Coverage.UNOBSERVED, 0, 30, 0.8, 0.5, 0.5)), d,
                Ground.DEFAULT, CrossingAssets.NONE);
        EventTrace t = new EventTrace();
        ReplicationResult r = run(shallow, "fort", t);
        assertEquals(List.of(Outcome.FORDED), outcomes(t));
        double base = run(shallow, "none", null).columns().get(0).leadArrivalMin();
        assertEquals(base + 10 + 30 / LANE_M_PER_MIN - 30 / ROAD_M_PER_MIN, r.columns().get(0).leadArrivalMin(), EPS);
        for (BridgeDemolition no : List.of(
                new BridgeDemolition("deep", "ab", 10, Coverage.UNOBSERVED, 0, 30, 1.5, 0.5, 0.5),
                new BridgeDemolition("steep", "ab", 10, Coverage.UNOBSERVED, 0, 30, 0.8, 0.5, 2.0),
                new BridgeDemolition("fast", "ab", 10, Coverage.UNOBSERVED, 0, 30, 0.8, 2.0, 0.5))) {
            EventTrace u = new EventTrace();
            run(scenario(Fixtures.network(Terrain.FOREST), List.of(Fixtures.TANK), cols, List.of(no), d,
                    Ground.DEFAULT, CrossingAssets.NONE), "fort", u);
            assertEquals(List.of(Outcome.REROUTED), outcomes(u), no.id());
        }
    }

    @Test
    void aSlowRiverFrozenHardCarriesTheColumnOnTheIce() {
        List<ColumnSpec> cols = List.of(column("tank", 5, EngineerAssets.NONE));
        BreachDoctrine d = Fixtures.doctrine(0, 10, true);
        Obstacle slow = new BridgeDemolition("river", "ab", 10, Coverage.UNOBSERVED, 0, 30, 3, 0.3, 1.5);
        Obstacle fast = new BridgeDemolition("river", "ab", 10, Coverage.UNOBSERVED, 0, 30, 3, 1.0, 1.5);
        Object[][] cases = {
                {slow, ground(Season.FROZEN, 0.8), Outcome.FORDED},
                {slow, ground(Season.FROZEN, 0.5), Outcome.REROUTED},
                {slow, ground(Season.SUMMER, 0.8), Outcome.REROUTED},
                {fast, ground(Season.FROZEN, 0.8), Outcome.REROUTED}};
        for (Object[] c : cases) {
            EventTrace t = new EventTrace();
            run(scenario(Fixtures.network(Terrain.FOREST), List.of(Fixtures.TANK), cols, List.of((Obstacle) c[0]), d,
                    (Ground) c[1], CrossingAssets.NONE), "fort", t);
            assertEquals(List.of(c[2]), outcomes(t), c[1].toString() + " " + c[0]);
        }
    }
}
