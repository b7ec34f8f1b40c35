package org.gapsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The budget layout (issue 12 item 3): the same package lays the same belts, more money places more mines and never
 * more than the money, what cannot be placed is reported outside the model, and the rule's geometry (front from the
 * ground, belts in depth inside the echelon, split by front) by hand.
 */
class BudgetLayoutTest {
    private static final CostCatalogue CAT = new CostCatalogue(List.of(
            new CostItem("m6", CostUnit.PER_MINE, 600, "ASSUMPTION: test price"),
            new CostItem("lay", CostUnit.PER_MINE, 100, "ASSUMPTION: test laying price"),
            new CostItem("ditch", CostUnit.PER_METRE, 100, "ASSUMPTION: test")));

    /** A (PL) - B (LT, 20 km) - C (LT, 10 km); A - D (25 km) - D - C (20 km); the column goes A-B-C. */
    private static Scenario scenario(RoadNetwork net, FortificationPackage p) {
        ColumnSpec col = new ColumnSpec("c1", "c1", List.of(new VehicleGroup("tank", 10)), 100, "a", 0, "c",
                List.of("a", "b", "c"), null, 0);
        VehicleType tank = new VehicleType("tank", "T-72B3", 40, 25, 3.6, 0.6, 0.7, 0.9);
        return new Scenario("t", "", net, List.of(tank), List.of(col), List.of(), List.of(p), BreachDoctrine.DEFAULT,
                MarchRules.NONE, ClosureRule.ALL_COLUMNS, 10_000, null, null, null, null, CAT);
    }

    private static RoadNetwork network(double openWidthAbM) {
        List<Place> places = List.of(
                new Place("a", "A", 54.0, 23.0, PlaceKind.BORDER_CROSSING, "LT"),
                new Place("b", "B", 54.1, 23.1, PlaceKind.TOWN, "LT"),
                new Place("c", "C", 54.2, 23.2, PlaceKind.OBJECTIVE, "LT"),
                new Place("d", "D", 54.0, 23.3, PlaceKind.TOWN, "LT"));
        return new RoadNetwork(places, List.of(
                new RoadSegment("ab", "a", "b", 20, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 0, "LT", openWidthAbM),
                new RoadSegment("bc", "b", "c", 10, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 0, "LT"),
                new RoadSegment("ad", "a", "d", 25, RoadClass.REGIONAL, 1, 90, Terrain.FOREST, 0, "LT"),
                new RoadSegment("dc", "d", "c", 20, RoadClass.REGIONAL, 1, 90, Terrain.FOREST, 0, "LT")));
    }

    private static BudgetLayout.Entry entry(String id, double eur, BudgetLayout.Effect as, double from, double to) {
        return new BudgetLayout.Entry(id, "m6", null, eur, as, from, to, BudgetLayout.Entry.DEFAULT_SPACING_M, null,
                null, null, null);
    }

    private static FortificationPackage laid(double budget, BudgetLayout.Entry... entries) {
        FortificationPackage p = FortificationPackage.builder().name("mines").countries("LT").budgetEur(budget)
                .layout(new BudgetLayout(930, List.of(entries))).build();
        return scenario(network(Double.POSITIVE_INFINITY), p).requirePackage("mines");
    }

    @Test
    void blockBeltsInDepthInsideTheEchelonByHand() {
        // block: 500 m x 1.6/m = 800 mines at EUR 600 = EUR 480,000 a belt; 320 m deep every 820 m from km 3:
        // km 3, 3.82, 4.64 (4.64 + 0.32 = 4.96 <= 5): three belts fit, EUR 1 M buys two
        FortificationPackage p = laid(2e6, entry("blk", 1e6, BudgetLayout.Effect.BLOCK, 3, 5));
        List<Belt> belts = p.layout().belts();
        assertEquals(2, belts.size());
        assertEquals(3.0, belts.get(0).positionKm(), 1e-12);
        assertEquals(3.82, belts.get(1).positionKm(), 1e-12);
        assertEquals("blk.a.1", belts.get(0).id());
        Minefield f = (Minefield) belts.get(0).elements().get(0);
        assertEquals(800, f.mineCount());
        assertEquals(4, f.rows());
        assertEquals(480_000, f.costEur(), 1e-6, "priced by the catalogue");
        assertEquals(960_000, p.placedEur(), 1e-6);
        assertEquals(2e6 - 960_000, p.outsideEur(), 1e-6, "the rest of the budget is outside the model");
        assertEquals(List.of(Flank.OPEN, Flank.OPEN), belts.get(0).flanks(), "unbounded ground: open flanks");
        // EUR 5 M: the echelon holds three; the rest stays unplaced
        FortificationPackage full = laid(5e6, entry("blk", 5e6, BudgetLayout.Effect.BLOCK, 3, 5));
        assertEquals(3, full.layout().belts().size());
        assertEquals(5e6 - 3 * 480_000, full.outsideEur(), 1e-6);
    }

    @Test
    void theSamePackageLaysTheSameBelts() {
        BudgetLayout.Entry e = entry("blk", 3e6, BudgetLayout.Effect.BLOCK, 3, 5);
        BudgetLayout.Entry t = entry("trn", 4e6, BudgetLayout.Effect.TURN, 15, 20);
        FortificationPackage a = laid(10e6, e, t);
        FortificationPackage b = laid(10e6, e, t);
        assertEquals(a, b);
        // laid again from the laid package (a scenario copy): the same belts, not twice
        Scenario s = scenario(network(Double.POSITIVE_INFINITY), a);
        assertEquals(a, s.withDoctrine(s.doctrine()).requirePackage("mines"));
        assertEquals(a.obstacles().size(), a.layout().belts().size());
    }

    @Test
    void moreMoneyPlacesMoreMinesAndNeverMoreThanTheMoney() {
        long before = -1;
        for (double eur = 0; eur <= 8e6; eur += 250_000) {
            FortificationPackage p = laid(10e6, entry("trn", eur, BudgetLayout.Effect.TURN, 15, 25));
            long mines = p.layout().entries().get(0).mines();
            assertTrue(mines >= before, eur + ": " + mines + " >= " + before);
            assertTrue(p.layout().entries().get(0).placedEur() <= eur, "never more than the money");
            assertEquals(10e6 - p.placedEur(), p.outsideEur(), 1e-6);
            before = mines;
        }
        assertTrue(before > 0);
    }

    @Test
    void frontComesFromTheGroundAndTiesIn() {
        // A-B bounded 1,500 m each side: the belt spans 3 km, tied in, 4,800 mines at block density
        FortificationPackage p = FortificationPackage.builder().name("mines").countries("LT").budgetEur(5e6)
                .layout(new BudgetLayout(Double.NaN, List.of(entry("blk", 5e6, BudgetLayout.Effect.BLOCK, 3, 5))))
                .build();
        FortificationPackage laid = scenario(network(1500), p).requirePackage("mines");
        Belt b = laid.layout().belts().get(0);
        assertEquals(3000, b.frontM());
        assertTrue(b.tiedIn());
        assertEquals(4800, b.mineCount());
        assertEquals(1, laid.layout().belts().size(), "EUR 5 M buys one EUR 2.88 M belt");
    }

    @Test
    void badLayoutsAreRefusedNamingTheField() {
        assertThrows(ScenarioException.class, () -> entry("x", -1, BudgetLayout.Effect.BLOCK, 3, 5));
        ScenarioException unknown = assertThrows(ScenarioException.class, () -> laid(1e6,
                new BudgetLayout.Entry("x", "m7", null, 1e5, BudgetLayout.Effect.BLOCK, 3, 5, 500, null, null, null, null)));
        assertTrue(unknown.getMessage().startsWith("packages[0].layout[0].item: "), unknown.getMessage());
        ScenarioException notMine = assertThrows(ScenarioException.class, () -> laid(1e6,
                new BudgetLayout.Entry("x", "ditch", null, 1e5, BudgetLayout.Effect.BLOCK, 3, 5, 500, null, null,
                        null, null)));
        assertTrue(notMine.getMessage().contains("per-mine"), notMine.getMessage());
        ScenarioException nowhere = assertThrows(ScenarioException.class,
                () -> laid(1e6, entry("x", 1e5, BudgetLayout.Effect.BLOCK, 40, 45)));
        assertEquals("packages[0].layout[0].echelonKm: fits nowhere: no avenue holds a 320 m deep belt from km 40 "
                + "(the longest avenue is 30 km)", nowhere.getMessage());
        ScenarioException over = assertThrows(ScenarioException.class,
                () -> laid(1e5, entry("x", 2e5, BudgetLayout.Effect.BLOCK, 3, 5)));
        assertTrue(over.getMessage().contains("budgetEur"), over.getMessage());
    }
}
