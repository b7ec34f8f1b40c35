package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.Flank;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.Ground;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Terrain;
import org.junit.jupiter.api.Test;

/**
 * Obstacle belts (issue 12 item 2) against hand-worked geometry and the doctrinal direction: tie-in forbids going
 * round, a wider front lengthens the way round, a complex belt (minefield and ditch) holds a column longer than
 * either element alone, and more depth holds it longer.
 */
class BeltTest {
    private static final double EPS = 1e-9;
    private static final double STANDOFF_M = Ground.DEFAULT.bypassStandoffM();
    /** A 6 m wide, 3 m deep ditch: its front and place are set by the belt. */
    private static final Obstacle DITCH = new AntiTankDitch("t", "ab", 0, Coverage.UNOBSERVED, 0, 6, 3, 1);
    /** A 100 m deep block-density field (1.6 mines per metre of front, 3 rows). */
    private static final Obstacle FIELD = minefield(100);

    private static Obstacle minefield(double depthM) {
        return new Minefield("t", "ab", 0, Coverage.UNOBSERVED, 0, 1, depthM, 3, 1.6, Fuze.TRACK_WIDTH,
                MineLayout.ROWS);
    }

    private static RoadSegment ab(double openWidthM) {
        RoadNetwork n = Fixtures.network(Terrain.OPEN);
        RoadSegment s = n.segment("ab").orElseThrow();
        return Double.isFinite(openWidthM) ? s.toBuilder().openWidthM(openWidthM).build() : s;
    }

    private static RoadNetwork network(double openWidthM) {
        RoadNetwork n = Fixtures.network(Terrain.OPEN);
        return new RoadNetwork(n.places(), n.segments().stream()
                .map(s -> s.id().equals("ab") ? ab(openWidthM) : s).toList());
    }

    private static ReplicationResult run(double openWidthM, Belt belt, BreachDoctrine d) {
        FortificationPackage pk = FortificationPackage.builder().name("fort").countries("LT")
                .belts(List.of(belt)).build();
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 1, 0, Fixtures.engineers(20, 5, 2, 18.3, 5)));
        Scenario s = new Scenario("test", "", network(openWidthM), List.of(Fixtures.TANK), cols, List.of(),
                List.of(pk), d, MarchRules.NONE, ClosureRule.ALL_COLUMNS, 10_000, null, null, Ground.DEFAULT,
                CrossingAssets.NONE);
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        return Replications.run(plan, new ReplicationStreams(new StreamFactory(1)), 0);
    }

    private static Belt belt(double openWidthM, double frontM, List<Flank> flanks, Obstacle... elements) {
        return Belt.place("b1", ab(openWidthM), 8, frontM, flanks, Belt.DEFAULT_GAP_M, "block", List.of(elements),
                STANDOFF_M);
    }

    @Test
    void elementsArePlacedInSequenceWithTheBeltsFront() {
        Belt b = belt(Double.POSITIVE_INFINITY, 500, null, FIELD, DITCH);
        assertEquals(2, b.elements().size());
        assertEquals("b1.1", b.elements().get(0).id());
        assertEquals(8.0, b.elements().get(0).positionKm(), EPS);
        // the ditch begins 50 m after the field's 100 m depth
        assertEquals(8.15, b.elements().get(1).positionKm(), EPS);
        assertEquals(500, b.elements().get(1).frontM(), EPS);
        assertEquals(156, b.depthM(), EPS);
        assertEquals(800, b.mineCount(), "500 m x 1.6 mines/m");
        assertEquals(List.of(Flank.OPEN, Flank.OPEN), b.flanks());
    }

    @Test
    void tiedInFlanksForbidTheBypassAndOpenOnesAllowIt() {
        BreachDoctrine d = Fixtures.doctrine(1, 10, true);
        // ground open for 600 m each side: left out, the front spans it (1200 m) and is tied in
        Belt tied = belt(600, Double.NaN, List.of(Flank.FOREST, Flank.LAKE), DITCH);
        assertTrue(tied.tiedIn());
        assertEquals(1200, tied.frontM(), EPS);
        ReplicationResult rt = run(600, tied, d);
        assertEquals(0, rt.bypasses());
        assertEquals(1, rt.breaches());
        // a 500 m front with open flanks (250 + 200 < 600): going round its open end
        ReplicationResult ro = run(600, belt(600, 500, List.of(Flank.OPEN, Flank.OPEN), DITCH), d);
        assertEquals(1, ro.bypasses());
        assertEquals(0, ro.breaches());
        // flanks that contradict the ground are refused, naming the field
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> belt(600, 500, List.of(Flank.FOREST, Flank.FOREST), DITCH));
        assertEquals("flanks", e.field());
        assertThrows(ScenarioException.class, () -> belt(600, 1200, List.of(Flank.OPEN, Flank.OPEN), DITCH));
        assertThrows(ScenarioException.class, () -> belt(Double.POSITIVE_INFINITY, Double.NaN, null, DITCH),
                "unbounded ground gives no front to span");
    }

    @Test
    void aWiderFrontLengthensTheBypassByItsGeometry() {
        BreachDoctrine d = Fixtures.doctrine(1, 10, true);
        Belt narrow = belt(Double.POSITIVE_INFINITY, 500, null, DITCH);
        Belt wide = belt(Double.POSITIVE_INFINITY, 2000, null, DITCH);
        ReplicationResult a = run(Double.POSITIVE_INFINITY, narrow, d);
        ReplicationResult b = run(Double.POSITIVE_INFINITY, wide, d);
        assertEquals(1, a.bypasses());
        assertEquals(1, b.bypasses());
        // the tank goes round at 25 km/h: the difference is the detours' difference (Bypass: D + 2 sqrt(...))
        double extraKm = Bypass.detourKm(wide.elements().get(0), STANDOFF_M, 0)
                - Bypass.detourKm(narrow.elements().get(0), STANDOFF_M, 0);
        assertEquals(2 * (Math.sqrt(1200 * 1200 + 200 * 200) - Math.sqrt(450 * 450 + 200 * 200)) / 1000, extraKm,
                EPS);
        assertEquals(extraKm / 25 * 60, b.closureMin() - a.closureMin(), EPS);
    }

    @Test
    void aComplexBeltHoldsLongerThanEitherElementAndMoreDepthLonger() {
        BreachDoctrine d = Fixtures.doctrine(1, 10, true);
        List<Flank> tied = List.of(Flank.FOREST, Flank.FOREST);
        double field = run(600, belt(600, Double.NaN, tied, FIELD), d).closureMin();
        double ditch = run(600, belt(600, Double.NaN, tied, DITCH), d).closureMin();
        double both = run(600, belt(600, Double.NaN, tied, FIELD, DITCH), d).closureMin();
        double none = run(600, belt(600, Double.NaN, tied, DITCH), Fixtures.doctrine(1, 0, true)).closureMin();
        assertTrue(both > field && both > ditch, "field+ditch " + both + " > field " + field + ", ditch " + ditch);
        assertTrue(ditch > none, "a decision delay adds to the breach");
        // a deeper field needs more line charges; two fields in depth need two breaches
        double deep = run(600, belt(600, Double.NaN, tied, minefield(300)), d).closureMin();
        double twoDeep = run(600, belt(600, Double.NaN, tied, FIELD, FIELD), d).closureMin();
        assertTrue(deep > field, "300 m deep " + deep + " > 100 m deep " + field);
        assertTrue(twoDeep > field, "two fields in depth " + twoDeep + " > one " + field);
    }

    @Test
    void aBeltThatDoesNotFitOnItsSegmentIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Belt.place("b", ab(600), 19.95, 500,
                null, 50, "", List.of(FIELD), STANDOFF_M));
        assertEquals("positionKm", e.field());
    }
}
