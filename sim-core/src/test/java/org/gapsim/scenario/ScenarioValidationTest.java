package org.gapsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioValidationTest {
    private static final VehicleType TANK = new VehicleType("tank", "T-72", 40, 25, 3.6, 0.6, 0.7, 0.9);

    private static RoadNetwork network() {
        return new RoadNetwork(List.of(
                new Place("a", "A", 54, 23, PlaceKind.TOWN, "LT"),
                new Place("b", "B", 54.1, 23.1, PlaceKind.TOWN, "LT"),
                new Place("z", "Z", 54.2, 23.2, PlaceKind.TOWN, "LT")),
                List.of(new RoadSegment("ab", "a", "b", 10, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 0, "LT")));
    }

    private static ColumnSpec column(String objective, List<String> route) {
        return new ColumnSpec("c1", null, List.of(new VehicleGroup("tank", 3)), 50, "a", 0, objective, route, null, 0.5);
    }

    private static Scenario scenario(List<ColumnSpec> cols, List<FortificationPackage> pk) {
        return new Scenario("s", "", network(), List.of(TANK), cols, List.of(), pk, null, null, null, 1000);
    }

    private static ScenarioException fails(Runnable r) {
        return assertThrows(ScenarioException.class, r::run);
    }

    @Test
    void negativeLengthIsRejectedNamingTheFieldAndValue() {
        ScenarioException e = fails(() -> new RoadSegment("s", "a", "b", -3, RoadClass.LOCAL, 1, 50, Terrain.OPEN, 0, "LT"));
        assertEquals("lengthKm", e.field());
        assertTrue(e.getMessage().contains("-3.0"), e.getMessage());
    }

    @Test
    void negativeDensityAndTimeAreRejected() {
        assertEquals("densityPerM", fails(() -> new Minefield("m", "ab", 1, Coverage.UNOBSERVED, 0, 100, 100, 1, -0.5,
                Fuze.TRACK_WIDTH, null)).field());
        assertEquals("departureMin", fails(() -> new ColumnSpec("c", null, List.of(new VehicleGroup("tank", 1)), 50,
                "a", -1, "b", List.of(), null, 0)).field());
        assertEquals("value", fails(() -> Distribution.fixed(-2)).field());
    }

    /** Found verifying issue 10: the error read "must lie in [4.9E-324, 1.0]" where the format says (0, 1]. */
    @Test
    void aZeroClosureFractionIsRejectedInTheDocumentedTerms() {
        ScenarioException e = fails(() -> new ClosureRule(ClosureRule.Kind.FRACTION_OF_VEHICLES, 0));
        assertEquals("fraction", e.field());
        assertTrue(e.getMessage().contains("(0, 1]") && !e.getMessage().contains("E-324"), e.getMessage());
    }

    /**
     * Found verifying issue 10: a package named {@code 'none '} (quoted, a trailing space) was accepted beside the
     * reserved baseline {@code none} and printed as a second "none" row in the summary table.
     */
    @Test
    void anIdWithLeadingOrTrailingSpaceIsRejected() {
        ScenarioException e = fails(() -> new FortificationPackage("none ", null, List.of(), 0, List.of(), List.of(),
                null));
        assertEquals("name", e.field());
        assertTrue(e.getMessage().contains("space"), e.getMessage());
        assertEquals("id", fails(() -> new Place(" a", "A", 54, 23, PlaceKind.TOWN, "LT")).field());
    }

    @Test
    void probabilityOutsideZeroOneIsRejected() {
        ScenarioException e = fails(() -> new VehicleType("t", null, 40, 20, 3, 0.5, 1.2, 0.5));
        assertEquals("pKillTrackWidthFuze", e.field());
        assertTrue(e.getMessage().contains("1.2"));
    }

    @Test
    void aRouteThroughAMissingPlaceIsRejectedWithItsPath() {
        ScenarioException e = fails(() -> scenario(List.of(column("b", List.of("a", "q", "b"))), List.of()));
        assertEquals("columns[0].route[1]", e.field());
        assertTrue(e.getMessage().contains("'q'"));
    }

    @Test
    void anObstacleBeyondItsSegmentsEndIsRejected() {
        Obstacle far = new AntiTankDitch("d", "ab", 9.999, Coverage.UNOBSERVED, 0, 6, 3, 100);
        FortificationPackage p = new FortificationPackage("p", "", List.of("LT"), 0, List.of(far), List.of(), null);
        ScenarioException e = fails(() -> scenario(List.of(column("b", List.of())), List.of(p)));
        assertEquals("packages[0].obstacles[0].positionKm", e.field());
    }

    @Test
    void anUnreachableObjectiveIsRejected() {
        ScenarioException e = fails(() -> scenario(List.of(column("z", List.of())), List.of()));
        assertEquals("columns[0].objective", e.field());
        assertTrue(e.getMessage().contains("cannot be reached"));
    }

    @Test
    void aPackageCannotActOutsideItsCountries() {
        Obstacle d = new AntiTankDitch("d", "ab", 1, Coverage.UNOBSERVED, 0, 6, 3, 100);
        FortificationPackage p = new FortificationPackage("pl-only", "", List.of("PL"), 0, List.of(d), List.of(), null);
        ScenarioException e = fails(() -> scenario(List.of(column("b", List.of())), List.of(p)));
        assertEquals("packages[0].obstacles[0].segment", e.field());
    }

    @Test
    void duplicateIdsAndUnknownPackagesAreRejected() {
        assertEquals("places[1].id", fails(() -> new RoadNetwork(List.of(
                new Place("a", null, 54, 23, PlaceKind.TOWN, "LT"),
                new Place("a", null, 54, 23, PlaceKind.TOWN, "LT")), List.of())).field());
        Scenario s = scenario(List.of(column("b", List.of())), List.of());
        assertEquals("package", fails(() -> s.requirePackage("nope")).field());
        assertEquals(FortificationPackage.NONE, s.requirePackage("none"));
    }

    @Test
    void combinedPackagesAddCostsAndKeepEachObstacleOnce() {
        Obstacle d = new AntiTankDitch("d", "ab", 1, Coverage.UNOBSERVED, 1000, 6, 3, 100);
        Obstacle m = new Minefield("m", "ab", 5, Coverage.UNOBSERVED, 500, 100, 100, 1, 1, Fuze.TRACK_WIDTH, null);
        FortificationPackage a = new FortificationPackage("a", "", List.of("LT"), 1010, List.of(d), List.of(), null);
        FortificationPackage b = new FortificationPackage("b", "", List.of("LT"), 1520, List.of(d, m), List.of(),
                new IsrEffect(0.5, Coverage.OBSERVED));
        FortificationPackage ab = FortificationPackage.combine("ab", "", List.of(a, b));
        assertEquals(2, ab.obstacles().size());
        assertEquals(10 + 20 + 1000 + 500, ab.costEur(), 1e-9);
        assertEquals(1000 + 500, ab.placedEur(), 1e-9, "the ditch in both parts is placed once");
        assertEquals(10 + 20, ab.outsideEur(), 1e-9, "each part's money outside the model adds up");
        assertEquals(Coverage.OBSERVED, ab.isr().minimumCoverage());
    }

    @Test
    void triangularInverseHitsItsQuantiles() {
        Distribution.Triangular t = new Distribution.Triangular(0, 5, 10);
        assertEquals(5, t.inverse(0.5), 1e-12);
        assertEquals(0, t.inverse(0), 1e-12);
        assertEquals(10, t.inverse(1), 1e-12);
        assertEquals(5, t.mean(), 1e-12);
        Distribution.Lognormal l = new Distribution.Lognormal(10, 3);
        // median of a lognormal = exp(mu) = mean / sqrt(1 + cv^2)
        assertEquals(10 / Math.sqrt(1 + 0.09), l.inverse(0.5), 1e-9);
    }

    @Test
    void aDoctrineBuilderChangesOneFieldAndValidates() {
        BreachDoctrine d = BreachDoctrine.DEFAULT.toBuilder().smokeKillFactor(0.5).build();
        assertEquals(0.5, d.smokeKillFactor());
        assertEquals(BreachDoctrine.DEFAULT.toBuilder().smokeKillFactor(0.3).build(), BreachDoctrine.DEFAULT);
        assertEquals("reconDetectionProbability",
                fails(() -> BreachDoctrine.DEFAULT.toBuilder().reconDetectionProbability(1.5).build()).field());
    }

    @Test
    void aPackageCannotGiveOneSegmentTwoTerrains() {
        FortificationPackage p = new FortificationPackage("t", "", List.of("LT"), 0, List.of(),
                List.of(new TerrainChange("ab", Terrain.FOREST), new TerrainChange("ab", Terrain.WETLAND)), null);
        assertEquals("packages[0].terrainChanges[1].terrainBeside",
                fails(() -> scenario(List.of(column("b", List.of())), List.of(p))).field());
    }
}
