package org.gapsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each builder builds what the canonical constructor builds, its defaults are the documented ones,
 * {@code toBuilder().build()} round-trips, and bad or missing values fail with the constructor's field-named message.
 */
class BuildersTest {

    private static final Place A = new Place("a", "A", 54.0, 23.0, PlaceKind.ASSEMBLY_AREA, "PL");
    private static final Place B = new Place("b", "B", 54.1, 23.1, PlaceKind.OBJECTIVE, "PL");
    private static final RoadSegment S = new RoadSegment("s", "a", "b", 20, RoadClass.NATIONAL, 1, 80, Terrain.OPEN, 0,
            "PL");
    private static final RoadNetwork NET = new RoadNetwork(List.of(A, B), List.of(S));
    private static final VehicleType T = new VehicleType("t", "T", 40, 25, 3.6, 0.6, 0.7, 0.9);
    private static final ColumnSpec C = new ColumnSpec("c", "c", List.of(new VehicleGroup("t", 10)), 50, "a", 0, "b",
            List.of(), EngineerAssets.NONE, 0.5);
    private static final Minefield MF = new Minefield("mf", "s", 5, Coverage.UNOBSERVED, 1000, 250, 100, 1, 1.0,
            Fuze.TRACK_WIDTH, MineLayout.RANDOM);
    private static final FortificationPackage P = new FortificationPackage("p", "", List.of("PL"), 0, List.of(MF),
            List.of(), IsrEffect.NONE);

    private static void sameMessage(Supplier<?> canonical, Supplier<?> builder, String field) {
        ScenarioException a = assertThrows(ScenarioException.class, canonical::get);
        ScenarioException b = assertThrows(ScenarioException.class, builder::get);
        assertEquals(a.getMessage(), b.getMessage());
        assertEquals(true, b.getMessage().contains(field), b.getMessage());
    }

    @Test
    void placeAndSegment() {
        Place p = Place.builder().id("a").name("A").latDeg(54.0).lonDeg(23.0).kind(PlaceKind.ASSEMBLY_AREA)
                .country("PL").build();
        assertEquals(A, p);
        assertEquals(A, A.toBuilder().build());
        assertEquals("x", Place.builder().id("x").latDeg(1).lonDeg(1).kind(PlaceKind.TOWN).country("PL").build().name());
        sameMessage(() -> new Place("a", "A", 91, 23, PlaceKind.TOWN, "PL"), () -> A.toBuilder().latDeg(91).build(),
                "latDeg");
        assertEquals("latDeg", assertThrows(ScenarioException.class, () -> Place.builder().id("a").lonDeg(1)
                .kind(PlaceKind.TOWN).country("PL").build(), "latDeg is required").field());

        RoadSegment s = RoadSegment.builder().id("s").from("a").to("b").lengthKm(20).roadClass(RoadClass.NATIONAL)
                .speedLimitKmh(80).terrainBeside(Terrain.OPEN).country("PL").build();
        assertEquals(S, s);                               // lanes 1, bridgeGapM 0 by default
        assertEquals(S, S.toBuilder().build());
        sameMessage(() -> new RoadSegment("s", "a", "b", -1, RoadClass.NATIONAL, 1, 80, Terrain.OPEN, 0, "PL"),
                () -> S.toBuilder().lengthKm(-1).build(), "lengthKm");
        assertEquals(NET, RoadNetwork.builder().places(A, B).segments(List.of(S)).build());
        assertEquals(NET, NET.toBuilder().build());
        sameMessage(() -> new RoadNetwork(List.of(), List.of()), () -> RoadNetwork.builder().build(), "places");
    }

    @Test
    void vehicleTypeAndColumn() {
        VehicleType t = VehicleType.builder().id("t").name("T").roadSpeedKmh(40).crossCountrySpeedKmh(25).widthM(3.6)
                .trackWidthM(0.6).pKillTrackWidthFuze(0.7).pKillFullWidthFuze(0.9).build();
        assertEquals(T, t);
        assertEquals(T, T.toBuilder().build());
        sameMessage(() -> new VehicleType("t", "T", 40, 25, 3.6, 0.6, 1.5, 0.9),
                () -> T.toBuilder().pKillTrackWidthFuze(1.5).build(), "pKillTrackWidthFuze");

        ColumnSpec c = ColumnSpec.builder().id("c").marchOrder(new VehicleGroup("t", 10)).intervalM(50).start("a")
                .objective("b").combatIneffectiveFraction(0.5).build();
        assertEquals(C, c);                               // name = id, departure 0, route empty, engineers NONE
        assertEquals(C, C.toBuilder().build());
        sameMessage(() -> new ColumnSpec("c", "c", List.of(new VehicleGroup("t", 10)), 0, "a", 0, "b", List.of(),
                EngineerAssets.NONE, 0.5), () -> C.toBuilder().intervalM(0).build(), "intervalM");
        sameMessage(() -> new ColumnSpec("c", "c", List.of(), 50, "a", 0, "b", List.of(), EngineerAssets.NONE, 0.5),
                () -> C.toBuilder().marchOrder(List.of()).build(), "marchOrder");
    }

    @Test
    void engineerAssetsDefaultToNoneAndNestedBuildersToTheirNoneValues() {
        assertEquals(EngineerAssets.NONE, EngineerAssets.builder().build());
        assertEquals(EngineerAssets.LineCharges.NONE, EngineerAssets.LineCharges.builder().build());
        assertEquals(EngineerAssets.MinePloughs.NONE, EngineerAssets.MinePloughs.builder().build());
        assertEquals(EngineerAssets.BridgeLayers.NONE, EngineerAssets.BridgeLayers.builder().build());
        assertEquals(EngineerAssets.EarthMovers.NONE, EngineerAssets.EarthMovers.builder().build());
        assertEquals(EngineerAssets.ManualBreach.DEFAULT, EngineerAssets.ManualBreach.builder().build());
        EngineerAssets e = new EngineerAssets(new EngineerAssets.LineCharges(2, 100, 8, Distribution.fixed(2), 0.9),
                null, new EngineerAssets.BridgeLayers(1, 18.3, new Distribution.Uniform(2, 5)), null, null);
        EngineerAssets b = EngineerAssets.builder()
                .lineCharges(EngineerAssets.LineCharges.builder().count(2).build())
                .bridgeLayers(EngineerAssets.BridgeLayers.builder().count(1).build()).build();
        assertEquals(e, b);
        assertEquals(e, e.toBuilder().build());
        assertEquals(e.manual(), e.manual().toBuilder().build());
        sameMessage(() -> new EngineerAssets.MinePloughs(-1, 10, Distribution.fixed(3), 0.95),
                () -> EngineerAssets.MinePloughs.builder().count(-1).build(), "count");
        sameMessage(() -> new EngineerAssets.EarthMovers(1, 0, 1),
                () -> EngineerAssets.EarthMovers.builder().count(1).fillRateM3PerMin(0).build(), "fillRateM3PerMin");
    }

    @Test
    void obstaclesAndPackages() {
        Minefield m = Minefield.builder().id("mf").segment("s").positionKm(5).costEur(1000).frontM(250).depthM(100)
                .densityPerM(1.0).fuze(Fuze.TRACK_WIDTH).build();
        assertEquals(MF, m);                              // coverage UNOBSERVED, rows 1, layout RANDOM
        assertEquals(MF, MF.toBuilder().build());
        sameMessage(() -> new Minefield("mf", "s", 5, Coverage.UNOBSERVED, 1000, 250, 100, 1, 1.0, null, null),
                () -> MF.toBuilder().fuze(null).build(), "fuze");
        AntiTankDitch d = new AntiTankDitch("d", "s", 1, Coverage.UNOBSERVED, 10, 6, 3, 100);
        assertEquals(d, AntiTankDitch.builder().id("d").segment("s").positionKm(1).costEur(10).widthM(6).depthM(3)
                .frontM(100).build());
        assertEquals(d, d.toBuilder().build());
        DragonsTeeth t = new DragonsTeeth("t", "s", 1, Coverage.OBSERVED, 10, 5, 100);
        assertEquals(t, t.toBuilder().build());
        Abatis a = new Abatis("ab", "s", 1, Coverage.UNOBSERVED, 10, 50);
        assertEquals(a, Abatis.builder().id("ab").segment("s").positionKm(1).costEur(10).depthM(50).build());
        Crater cr = new Crater("cr", "s", 1, Coverage.UNOBSERVED, 0, 8, 2);
        assertEquals(cr, cr.toBuilder().build());
        BridgeDemolition br = new BridgeDemolition("br", "s", 1, Coverage.OBSERVED, 10, 15);
        assertEquals(br, br.toBuilder().build());
        sameMessage(() -> new Crater("cr", "s", 1, Coverage.UNOBSERVED, 0, 8, -2),
                () -> cr.toBuilder().depthM(-2).build(), "depthM");

        FortificationPackage p = FortificationPackage.builder().name("p").countries("PL").obstacles(MF).build();
        assertEquals(P, p);                               // description "", cost 0, no terrain change, isr NONE
        assertEquals(P, P.toBuilder().build());
        sameMessage(() -> new FortificationPackage("p", "", List.of("PL"), -1, List.of(), List.of(), null),
                () -> P.toBuilder().budgetEur(-1).build(), "budgetEur");
    }

    @Test
    void scenario() {
        Scenario canonical = new Scenario("x", "", NET, List.of(T), List.of(C), List.of(), List.of(P),
                BreachDoctrine.DEFAULT, MarchRules.DEFAULT, ClosureRule.ALL_COLUMNS, 600);
        Scenario built = Scenario.builder().name("x").network(NET).vehicleTypes(T).columns(C).packages(P)
                .horizonMin(600).build();
        assertEquals(canonical, built);
        assertEquals(canonical, canonical.toBuilder().build());
        assertEquals(canonical.withMarch(MarchRules.NONE), canonical.toBuilder().march(MarchRules.NONE).build());
        sameMessage(() -> new Scenario("x", "", NET, List.of(T), List.of(), List.of(), List.of(),
                BreachDoctrine.DEFAULT, MarchRules.DEFAULT, ClosureRule.ALL_COLUMNS, 600),
                () -> canonical.toBuilder().columns(List.of()).packages(List.of()).build(), "columns");
        sameMessage(() -> new Scenario("x", "", NET, List.of(T), List.of(C), List.of(), List.of(),
                BreachDoctrine.DEFAULT, MarchRules.DEFAULT, ClosureRule.ALL_COLUMNS, Double.NaN),
                () -> Scenario.builder().name("x").network(NET).vehicleTypes(T).columns(C).build(), "horizonMin");
    }

    @Test
    void smallRecordsAndTheDoctrineDefaultToTheirConstants() {
        assertEquals(IsrEffect.NONE, IsrEffect.builder().build());
        assertEquals(MarchRules.DEFAULT, MarchRules.builder().build());
        assertEquals(ClosureRule.ALL_COLUMNS, ClosureRule.builder().build());
        assertEquals(BreachDoctrine.DEFAULT, BreachDoctrine.builder().build());
        assertEquals(MarchRules.NONE, MarchRules.NONE.toBuilder().build());
        ClosureRule f = new ClosureRule(ClosureRule.Kind.FRACTION_OF_VEHICLES, 0.8);
        assertEquals(f, ClosureRule.builder().kind(ClosureRule.Kind.FRACTION_OF_VEHICLES).fraction(0.8).build());
        sameMessage(() -> new ClosureRule(ClosureRule.Kind.FRACTION_OF_VEHICLES, 0),
                () -> f.toBuilder().fraction(0).build(), "fraction");
        sameMessage(() -> new IsrEffect(2, Coverage.OBSERVED),
                () -> IsrEffect.builder().attackerDetectionMultiplier(2).build(), "attackerDetectionMultiplier");
    }
}
