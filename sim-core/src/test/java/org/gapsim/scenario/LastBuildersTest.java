package org.gapsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The builders of {@link TerrainChange}, {@link CostBasis} and {@link Belt} (issue 14 item 3): each builds what the
 * canonical constructor (or {@link Belt#place}) builds, its defaults are the documented ones, {@code toBuilder()}
 * round-trips, and a missing required field fails with a one-line {@link ScenarioException} naming it.
 */
class LastBuildersTest {

    /** 20 km segment, ground open for 600 m each side of the road. */
    private static final RoadSegment S = new RoadSegment("s", "a", "b", 20, RoadClass.NATIONAL, 1, 80, Terrain.OPEN, 0,
            "PL", 600);
    private static final Minefield MF = new Minefield("t", "s", 0, Coverage.UNOBSERVED, 0, 1, 100, 3, 1.6,
            Fuze.TRACK_WIDTH, MineLayout.ROWS);
    private static final AntiTankDitch DITCH = new AntiTankDitch("t", "s", 0, Coverage.UNOBSERVED, 0, 6, 3, 1);
    private static final double STANDOFF_M = Ground.DEFAULT.bypassStandoffM();

    /** Fails on the field named, in one line, as the canonical form does. */
    private static void missing(Supplier<?> builder, String field) {
        ScenarioException e = assertThrows(ScenarioException.class, builder::get);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(false, e.getMessage().contains("\n"), e.getMessage());
    }

    private static void sameMessage(Supplier<?> canonical, Supplier<?> builder, String field) {
        ScenarioException a = assertThrows(ScenarioException.class, canonical::get);
        ScenarioException b = assertThrows(ScenarioException.class, builder::get);
        assertEquals(a.getMessage(), b.getMessage());
        assertEquals(field, b.field());
    }

    @Test
    void terrainChange() {
        TerrainChange t = new TerrainChange("s", Terrain.FOREST, 120, "reforestation", 0);
        assertEquals(t, TerrainChange.builder().segment("s").terrainBeside(Terrain.FOREST).hectares(120)
                .item("reforestation").build());
        assertEquals(t, t.toBuilder().build());
        // defaults: no stated area, no item, cost 0 (the two-argument constructor's)
        assertEquals(new TerrainChange("s", Terrain.FOREST),
                TerrainChange.builder().segment("s").terrainBeside(Terrain.FOREST).build());
        // the cost is derived, never carried over by toBuilder
        assertEquals(t, t.withCostEur(1.5e6).toBuilder().build());
        missing(() -> TerrainChange.builder().terrainBeside(Terrain.FOREST).build(), "segment");
        missing(() -> TerrainChange.builder().segment("s").build(), "terrainBeside");
        sameMessage(() -> new TerrainChange("s", Terrain.FOREST, 0, "reforestation", 0),
                () -> TerrainChange.builder().segment("s").terrainBeside(Terrain.FOREST).item("reforestation").build(),
                "hectares");
    }

    @Test
    void costBasis() {
        CostBasis laid = new CostBasis("at-mine", "minelayer", 0.25);
        assertEquals(laid, CostBasis.builder().item("at-mine").layingItem("minelayer").layingShare(0.25).build());
        assertEquals(laid, CostBasis.withLaying("at-mine", "minelayer", 0.25));
        assertEquals(laid, laid.toBuilder().build());
        // defaults: no laying item, share 0 (as CostBasis.of)
        CostBasis plain = CostBasis.builder().item("ditch").build();
        assertEquals(new CostBasis("ditch", null, 0), plain);
        assertEquals(CostBasis.of("ditch"), plain);
        missing(() -> CostBasis.builder().layingItem("minelayer").build(), "item");
        missing(() -> CostBasis.withLaying("at-mine", null, 0), "laying");
        sameMessage(() -> new CostBasis("at-mine", null, 0.5), () -> CostBasis.builder().item("at-mine")
                .layingShare(0.5).build(), "layingShare");
    }

    @Test
    void beltWithEverythingGivenIsThePlacedBelt() {
        Belt placed = Belt.place("b1", S, 8, 500, List.of(Flank.OPEN, Flank.OPEN), 30, "block", List.of(MF, DITCH),
                STANDOFF_M);
        Belt built = Belt.builder().id("b1").segment(S).positionKm(8).frontM(500).flanks(Flank.OPEN, Flank.OPEN)
                .gapM(30).effect("block").elements(MF, DITCH).standoffM(STANDOFF_M).build();
        assertEquals(placed, built);
        assertEquals(new Belt("b1", "s", 8, 500, List.of(Flank.OPEN, Flank.OPEN), 30, "block", placed.elements()),
                built);
        assertEquals(built, built.toBuilder().segment(S).build());
        // 500/2 + 200 m stand-off < 600 m open: open flanks; a wider front reaches the forest and contradicts them
        sameMessage(() -> Belt.place("b1", S, 8, 900, List.of(Flank.OPEN, Flank.OPEN), 30, "", List.of(MF),
                STANDOFF_M), () -> built.toBuilder().segment(S).frontM(900).elements(MF).build(), "flanks");
        // deriveFlanks() takes them from the ground again: 900/2 + 200 m reaches the forest 600 m out
        assertEquals(List.of(Flank.FOREST, Flank.FOREST),
                built.toBuilder().segment(S).frontM(900).deriveFlanks().build().flanks());
    }

    @Test
    void beltDefaultsAreThoseOfPlace() {
        Belt b = Belt.builder().id("b1").segment(S).positionKm(8).elements(MF).build();
        // front spans the open ground (2 x 600 m), tied in, flanks derived; gap 50 m; no effect; default stand-off
        assertEquals(Belt.place("b1", S, 8, Double.NaN, null, Belt.DEFAULT_GAP_M, "", List.of(MF), STANDOFF_M), b);
        assertEquals(1200, b.frontM());
        assertEquals(List.of(Flank.FOREST, Flank.FOREST), b.flanks());
        assertEquals(50, b.gapM());
        assertEquals("", b.effect());
        // a stand-off of 0 with a 1000 m front leaves 100 m of open ground each side: open flanks
        Belt open = b.toBuilder().segment(S).frontM(1000).flanks(Flank.OPEN, Flank.OPEN).standoffM(0).build();
        assertEquals(List.of(Flank.OPEN, Flank.OPEN), open.flanks());
        missing(() -> Belt.builder().segment(S).positionKm(8).elements(MF).build(), "id");
        missing(() -> Belt.builder().id("b1").positionKm(8).elements(MF).build(), "segment");
        missing(() -> b.toBuilder().build(), "segment");
        missing(() -> Belt.builder().id("b1").segment(S).elements(MF).build(), "positionKm");
        missing(() -> Belt.builder().id("b1").segment(S).positionKm(8).build(), "elements");
        missing(() -> Belt.builder().id("b1").segment(S).positionKm(8).flanks(null, Flank.OPEN).elements(MF).build(),
                "flanks[0]");
        sameMessage(() -> Belt.place("b1", S, 19.99, Double.NaN, null, Belt.DEFAULT_GAP_M, "", List.of(MF),
                STANDOFF_M), () -> b.toBuilder().segment(S).positionKm(19.99).build(), "positionKm");
    }
}
