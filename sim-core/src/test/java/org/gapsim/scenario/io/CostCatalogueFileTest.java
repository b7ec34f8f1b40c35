package org.gapsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.scenario.CostBasis;
import org.gapsim.scenario.CostCatalogue;
import org.gapsim.scenario.CostItem;
import org.gapsim.scenario.CostUnit;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The cost catalogue in a scenario file: costs derived from contents, round trip, and one-line errors. */
class CostCatalogueFileTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    static final String CATALOGUE = """
            catalogue:
              - {id: m6a2, unit: per-mine, unitCostEur: 600, source: "countermobility.md: Ukraine's M6A2 contract (MED)"}
              - {id: layer, unit: per-system, unitCostEur: 2000000, source: ASSUMPTION}
              - {id: lay-by-hand, unit: per-mine, unitCostEur: 50, source: ASSUMPTION}
              - {id: ditch-m, unit: per-metre, unitCostEur: 100, source: "ASSUMPTION: EUR 300,000 per 3 km"}
              - {id: teeth, unit: per-item, unitCostEur: 50000, source: ASSUMPTION}
              - {id: abatis-ha, unit: per-hectare, unitCostEur: 2500, source: ASSUMPTION}
              - {id: crater, unit: per-item, unitCostEur: 7000, source: ASSUMPTION}
              - {id: uav, unit: per-unit, unitCostEur: 250000, source: ASSUMPTION}
            """;

    /** A package whose contents cost, by hand: see {@link #derivedCostIsTheAnalyticSum()}. */
    static final String PACKAGES = """
            packages:
              - name: mix
                countries: [LT]
                budgetEur: 10_000_000
                obstacles:
                  - {type: minefield, id: f1, segment: ab, positionKm: 2, mine: m6a2, laying: layer, layingShare: 0.25, frontM: 500, depthM: 320, rows: 4, densityPerM: 1.6, fuze: track-width}
                  - {type: minefield, id: f2, segment: ab, positionKm: 4, mine: m6a2, laying: lay-by-hand, frontM: 250, depthM: 100, densityPerM: 0.5, fuze: track-width}
                  - {type: anti-tank-ditch, id: d1, segment: ab, positionKm: 6, item: ditch-m, widthM: 4, depthM: 3, frontM: 3000}
                  - {type: dragons-teeth, id: t1, segment: ab, positionKm: 8, item: teeth, depthM: 10, frontM: 200}
                  - {type: abatis, id: a1, segment: ab, positionKm: 10, item: abatis-ha, depthM: 100}
                  - {type: crater, id: c1, segment: ab, positionKm: 12, item: crater, diameterM: 8, depthM: 3}
                defender:
                  sensors:
                    - {id: uav-1, kind: uav, position: {segment: ab, km: 5}, item: uav}
              - name: mines-only
                countries: [LT]
                obstacles:
                  - {type: minefield, id: f3, segment: ab, positionKm: 2, mine: m6a2, frontM: 100, depthM: 100, densityPerM: 1, fuze: track-width}
            """;

    private Scenario load(String yaml) {
        return loader.parse(yaml, "cat.yaml");
    }

    private String error(String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> load(yaml));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void derivedCostIsTheAnalyticSum() {
        FortificationPackage p = load(ScenarioLoaderTest.MINI + CATALOGUE + PACKAGES).requirePackage("mix");
        double f1 = 800 * 600 + 0.25 * 2_000_000;   // 500 m x 1.6/m = 800 mines, a quarter of a laying system
        double f2 = 125 * 600 + 125 * 50;           // 250 m x 0.5/m = 125 mines, laid by hand at EUR 50 a mine
        double d1 = 3000 * 100;
        double t1 = 50_000;
        double a1 = 12 * 100 / 10_000.0 * 2500;     // the road's 12 m x 100 m of felled trees, per hectare
        double c1 = 7000;
        double uav = 250_000;
        List<Obstacle> o = p.obstacles();
        assertEquals(f1, o.get(0).costEur(), 1e-9);
        assertEquals(f2, o.get(1).costEur(), 1e-9);
        assertEquals(d1, o.get(2).costEur(), 1e-9);
        assertEquals(t1, o.get(3).costEur(), 1e-9);
        assertEquals(a1, o.get(4).costEur(), 1e-9);
        assertEquals(c1, o.get(5).costEur(), 1e-9);
        assertEquals(uav, p.defender().sensors().get(0).costEur(), 1e-9);
        double placed = f1 + f2 + d1 + t1 + a1 + c1 + uav;
        assertEquals(placed, p.placedEur(), 1e-6);
        assertEquals(10_000_000, p.budgetEur());
        assertEquals(10_000_000 - placed, p.outsideEur(), 1e-6);
        assertTrue(p.costsFromCatalogue());
        List<String> lines = load(ScenarioLoaderTest.MINI + CATALOGUE + PACKAGES).catalogue().costLines(p);
        assertEquals("f1: EUR 980,000 (800 x m6a2 at EUR 600 + 0.25 x layer at EUR 2,000,000)", lines.get(0));
        assertEquals("uav-1: EUR 250,000 (1 x uav)", lines.get(6));
        assertTrue(lines.get(7).equals("placed EUR 1,668,550, outside the model EUR 8,331,450, budget EUR 10,000,000"), lines.get(7));
        FortificationPackage only = load(ScenarioLoaderTest.MINI + CATALOGUE + PACKAGES).requirePackage("mines-only");
        assertEquals(100 * 600, only.budgetEur(), "no budget: the budget is what it places");
        assertEquals(0, only.outsideEur());
    }

    @Test
    void catalogueAndItemsRoundTrip() {
        Scenario s = load(ScenarioLoaderTest.MINI + CATALOGUE + PACKAGES);
        String written = new ScenarioWriter().write(s);
        assertFalse(written.contains("costEur: 480000"), "derived costs are not written as typed ones");
        Scenario back = load(written);
        assertEquals(s, back);
        assertEquals(8, back.catalogue().items().size());
        assertEquals(new CostBasis("m6a2", "layer", 0.25), back.requirePackage("mix").costBasis().get("f1"));
    }

    @Test
    void aScenarioWithoutACatalogueKeepsTypedCosts() {
        Scenario s = load(ScenarioLoaderTest.MINI + """
                packages:
                  - name: typed
                    countries: [LT]
                    budgetEur: 1_000_000
                    obstacles:
                      - {type: crater, id: c1, segment: ab, positionKm: 1, costEur: 7000, diameterM: 8, depthM: 3}
                """);
        FortificationPackage p = s.requirePackage("typed");
        assertTrue(s.catalogue().isEmpty());
        assertFalse(p.costsFromCatalogue());
        assertEquals(7000, p.placedEur());
        assertEquals(993_000, p.outsideEur());
    }

    @Test
    void badCataloguesAndItemsAreOneLineErrorsNamingTheField() {
        String base = ScenarioLoaderTest.MINI + CATALOGUE;
        assertEquals("cat.yaml:22:49: catalogue[3].unitCostEur: must be a finite number >= 0, was -1.0", error(
                base.replace("unit: per-metre, unitCostEur: 100", "unit: per-metre, unitCostEur: -1") + PACKAGES));
        assertTrue(error(base + PACKAGES.replace("mine: m6a2, laying: layer", "mine: m7, laying: layer"))
                .matches("cat\\.yaml:\\d+:\\d+: packages\\[0\\]\\.obstacles\\[0\\]\\.mine: unknown catalogue item 'm7'; "
                        + "known: m6a2, layer, .*"));
        assertTrue(error(base + PACKAGES.replace("item: ditch-m", "item: teeth")).matches("cat\\.yaml:\\d+:\\d+: "
                + "packages\\[0\\]\\.obstacles\\[2\\]\\.item: an item priced per-item does not fit a anti-tank-ditch "
                + "\\(it must be per-metre\\)"));
        assertTrue(error(base + PACKAGES.replace("mine: m6a2, laying: layer", "mine: ditch-m, laying: layer"))
                .contains("packages[0].obstacles[0].mine: an item priced per-metre does not fit a minefield"));
        assertTrue(error(base + PACKAGES.replace("laying: layer", "laying: teeth")).contains(
                "packages[0].obstacles[0].laying: an item priced per-item does not lay mines"));
        assertTrue(error(base + PACKAGES.replace("item: uav}", "item: teeth}")).contains(
                "packages[0].defender.sensors[0].item: an item priced per-item does not fit a defender unit"));
        assertTrue(error(base + PACKAGES.replace("item: teeth,", "item: teeth, costEur: 5,")).matches(
                "cat\\.yaml:\\d+:\\d+: packages\\[0\\]\\.obstacles\\[3\\]\\.costEur: typed cost where the catalogue "
                        + "derives it: .*"));
        assertTrue(error(base + PACKAGES.replace("item: uav}", "item: uav, costEur: 1}")).contains(
                "packages[0].defender.sensors[0].costEur: typed cost where the catalogue derives it"));
        assertTrue(error(base + PACKAGES.replace("item: crater, ", "")).contains(
                "packages[0].obstacles[5].item: is required"));
        assertTrue(error(base + PACKAGES.replace("item: crater, ", "costEur: 7000, ")).contains(
                "packages[0].obstacles[5].costEur: typed cost where the catalogue derives it"));
        assertTrue(error(ScenarioLoaderTest.MINI + PACKAGES).contains(
                "packages[0].obstacles[0].mine: names a catalogue item, but the scenario has no catalogue"));
        assertTrue(error(base + PACKAGES.replace("budgetEur: 10_000_000", "budgetEur: 1_000_000")).contains(
                "packages[0].budgetEur: must be at least what the package places"));
        assertTrue(error(base.replace("source: ASSUMPTION}\n  - {id: lay-by-hand", "source: \" \"}\n  - {id: lay-by-hand")
                + PACKAGES).contains("catalogue[1].source: is required: name the price's source or say ASSUMPTION"));
        assertTrue(error(base.replace("id: teeth, unit: per-item", "id: crater, unit: per-item") + PACKAGES)
                .contains("catalogue[6].id: duplicate catalogue item 'crater'"));
        assertTrue(error(base.replace("unit: per-item, unitCostEur: 50000", "unit: per-piece, unitCostEur: 50000")
                + PACKAGES).contains("catalogue[4].unit: unknown value 'per-piece'"));
        assertTrue(error(base + PACKAGES.replace("{type: anti-tank-ditch, id: d1", "{type: anti-tank-ditch, mine: m6a2, id: d1"))
                .contains("packages[0].obstacles[2].mine: unknown field 'mine'"));
        assertTrue(error(base + "existingObstacles:\n  - {type: crater, id: e1, segment: ab, positionKm: 1, item: crater, "
                + "diameterM: 8, depthM: 3}\n" + PACKAGES).contains("existingObstacles[0].item: only an obstacle a "
                + "package buys names a catalogue item"));
        assertTrue(error(base.replace("catalogue:\n", "") .replace("  - {id: m6a2", "packages:\n  - name: p\n    otherCostEur: 5\ncatalogue:\n  - {id: m6a2")
                ).contains("packages[0].otherCostEur: removed: give the package's whole money as budgetEur"));
    }

    @Test
    void quantitiesFollowTheUnitOfEachKind() {
        CostCatalogue c = new CostCatalogue(List.of(new CostItem("br", CostUnit.PER_BRIDGE, 500_000, "ASSUMPTION")));
        Obstacle bridge = org.gapsim.scenario.BridgeDemolition.builder().id("b").segment("ab").positionKm(1)
                .costEur(0).gapM(20).build();
        assertEquals(500_000, c.costEur(bridge, CostBasis.of("br")));
        assertEquals(1, CostCatalogue.quantity(bridge, CostUnit.PER_BRIDGE));
    }

    @Test
    void defaultsNameTheirSourceAndCanBeReplacedById() {
        for (CostItem i : CostCatalogue.DEFAULTS.items()) {
            assertTrue(i.source().contains(".md") || i.source().contains("ASSUMPTION")
                    || i.source().contains("ESTIMATE"), i.id() + " names a source or says ASSUMPTION: " + i.source());
        }
        assertEquals(600, CostCatalogue.DEFAULTS.item("at-mine-m6a2").unitCostEur(), "countermobility.md: EUR 600");
        assertEquals(4_800, CostCatalogue.DEFAULTS.item("at-mine-with-systems").unitCostEur(), 25,
                "EUR 812 M / 170,000 mines");
        Scenario s = load(ScenarioLoaderTest.MINI + """
                catalogue:
                  - defaults
                  - {id: at-mine-m6a2, unit: per-mine, unitCostEur: 1500, source: "ASSUMPTION: a modern mine"}
                packages:
                  - name: p
                    countries: [LT]
                    obstacles:
                      - {type: minefield, id: f, segment: ab, positionKm: 2, mine: at-mine-m6a2, frontM: 100, depthM: 100, densityPerM: 1, fuze: track-width}
                      - {type: anti-tank-ditch, id: d, segment: ab, positionKm: 6, item: at-ditch, widthM: 4, depthM: 3, frontM: 1000}
                """);
        assertEquals(CostCatalogue.DEFAULTS.items().size(), s.catalogue().items().size());
        assertEquals(100 * 1500 + 1000 * 100, s.requirePackage("p").placedEur(), 1e-9);
        assertEquals(s, load(new ScenarioWriter().write(s)), "written in full, read back equal");
        assertTrue(error(ScenarioLoaderTest.MINI + "catalogue: [default]\n").contains(
                "catalogue[0]: expected an item map or the word defaults"));
    }
}
