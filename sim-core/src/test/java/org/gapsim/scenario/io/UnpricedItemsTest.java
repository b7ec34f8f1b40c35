package org.gapsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.scenario.CostCatalogue;
import org.gapsim.scenario.CostItem;
import org.gapsim.scenario.CostUnit;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.OnWarning;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.TerrainChange;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 1: the mine-laying systems of a package's {@code onWarning} ({@code layingSystem}, per-system) and
 * its terrain changes ({@code hectares} x a per-hectare item) are priced from the catalogue into {@code placedEur},
 * written back, and refused with one-line errors naming the field.
 */
class UnpricedItemsTest {
    private final ScenarioLoader loader = new ScenarioLoader();
    private final ScenarioWriter writer = new ScenarioWriter();

    private static final String CATALOGUE = """
            catalogue:
              - {id: ditch-m, unit: per-metre, unitCostEur: 100, source: ASSUMPTION}
              - {id: layer, unit: per-system, unitCostEur: 9500000, source: ASSUMPTION}
              - {id: forest-ha, unit: per-hectare, unitCostEur: 2500, source: ASSUMPTION}
            """;

    private static String yaml(String layingSystem, String terrain) {
        return ScenarioLoaderTest.MINI + CATALOGUE + """
                packages:
                  - name: fort
                    countries: [LT]
                    budgetEur: 100_000_000
                    obstacles:
                      - {type: anti-tank-ditch, id: ditch, segment: ab, positionKm: 8, item: ditch-m, widthM: 6, depthM: 3, frontM: 500}
                    terrainChanges:
                """ + terrain + """
                    onWarning:
                      layingSystems: 4
                """ + layingSystem + """
                      entries:
                        - {target: ditch, kind: mine-laying, emplaceMin: 25}
                """;
    }

    private static final String SYSTEM = "      layingSystem: layer\n";
    private static final String TREES = "      - {segment: ab, terrainBeside: forest, hectares: 2000, item: forest-ha}\n";

    private String error(String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "p.yaml"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void layingSystemsAndReforestationArePricedIntoPlaced() {
        FortificationPackage p = loader.parse(yaml(SYSTEM, TREES), "p.yaml").requirePackage("fort");
        double ditch = 500 * 100;
        double systems = 4 * 9_500_000;          // 4 systems x EUR 9.5 M
        double trees = 2000 * 2500;              // 2,000 ha x EUR 2,500/ha
        assertEquals(systems, p.onWarning().layingSystemsEur(), 1e-6);
        assertEquals(trees, p.terrainChanges().get(0).costEur(), 1e-6);
        assertEquals(ditch + systems + trees, p.placedEur(), 1e-6);
        assertEquals(100_000_000 - ditch - systems - trees, p.outsideEur(), 1e-6);
        assertEquals(100_000_000, p.budgetEur(), 0, "the budget does not change");
    }

    @Test
    void showListsWhatTheLayingSystemsAndTheTerrainCost() {
        Scenario s = loader.parse(yaml(SYSTEM, TREES), "p.yaml");
        List<String> lines = s.catalogue().costLines(s.requirePackage("fort"));
        assertTrue(lines.contains("terrain ab: EUR 5,000,000 (2,000 ha x forest-ha at EUR 2,500)"), lines.toString());
        assertTrue(lines.contains("laying systems: EUR 38,000,000 (4 x layer at EUR 9,500,000)"), lines.toString());
        assertEquals("placed EUR 43,050,000, outside the model EUR 56,950,000, budget EUR 100,000,000",
                lines.get(lines.size() - 1));
    }

    @Test
    void withoutItemsTheMoneyStaysOutside() {
        FortificationPackage p = loader.parse(yaml("", "      - {segment: ab, terrainBeside: forest}\n"), "p.yaml")
                .requirePackage("fort");
        assertEquals(0, p.onWarning().layingSystemsEur());
        assertEquals(0, p.terrainChanges().get(0).costEur());
        assertEquals(500 * 100, p.placedEur(), 1e-9);
        assertEquals(100_000_000 - 500 * 100, p.outsideEur(), 1e-6);
    }

    @Test
    void roundTripKeepsItemsAndArea() {
        Scenario s = loader.parse(yaml(SYSTEM, TREES), "p.yaml");
        String out = writer.write(s);
        assertTrue(out.contains("layingSystem: layer"), out);
        assertTrue(out.contains("hectares: 2000"), out);
        assertTrue(out.contains("item: forest-ha"), out);
        Scenario back = loader.parse(out, "written.yaml");
        assertEquals(s, back, out);
        assertEquals(out, writer.write(back), "writing is stable");
    }

    @Test
    void badItemsAreOneLineErrorsNamingTheField() {
        assertTrue(error(yaml("      layingSystem: volcano\n", TREES))
                .matches("p\\.yaml:\\d+:\\d+: packages\\[0]\\.onWarning\\.layingSystem: unknown catalogue item "
                        + "'volcano'; known: ditch-m, layer, forest-ha"), "unknown laying item");
        assertTrue(error(yaml("      layingSystem: forest-ha\n", TREES))
                .matches("p\\.yaml:\\d+:\\d+: packages\\[0]\\.onWarning\\.layingSystem: an item priced per-hectare "
                        + "does not fit a mine-laying system \\(it must be per-system\\)"), "wrong laying unit");
        assertTrue(error(yaml(SYSTEM, "      - {segment: ab, terrainBeside: forest, hectares: 10, item: layer}\n"))
                .matches("p\\.yaml:\\d+:\\d+: packages\\[0]\\.terrainChanges\\[0]\\.item: an item priced per-system "
                        + "does not fit a terrain change \\(it must be per-hectare\\)"), "wrong terrain unit");
        assertTrue(error(yaml(SYSTEM, "      - {segment: ab, terrainBeside: forest, hectares: 10, item: oak}\n"))
                .matches("p\\.yaml:\\d+:\\d+: packages\\[0]\\.terrainChanges\\[0]\\.item: unknown catalogue item "
                        + "'oak'; .*"), "unknown terrain item");
        assertTrue(error(yaml(SYSTEM, "      - {segment: ab, terrainBeside: forest, item: forest-ha}\n"))
                .matches("p\\.yaml:\\d+:\\d+: packages\\[0]\\.terrainChanges\\[0]\\.hectares: is required with an "
                        + "item: the area changed, ha \\(> 0\\)"), "item without area");
        assertTrue(error(yaml(SYSTEM, "      - {segment: ab, terrainBeside: forest, hectares: -1}\n"))
                .matches("p\\.yaml:\\d+:\\d+: packages\\[0]\\.terrainChanges\\[0]\\.hectares: .*"), "negative area");
        assertTrue(error(yaml(SYSTEM, "      - {segment: ab, terrainBeside: forest, hectares: 2e6, item: forest-ha}\n"))
                .contains("terrainChanges[0].hectares:"), "area above the bound");
    }

    @Test
    void recordsCheckTheirFields() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> new OnWarning(30, 0, List.of(), "layer", 0));
        assertEquals("layingSystem", e.field());
        assertThrows(ScenarioException.class,
                () -> new TerrainChange("ab", Terrain.FOREST, Limits.MAX_TERRAIN_HECTARES + 1, null, 0));
        OnWarning a = new OnWarning(30, 2, List.of(), "layer", 2e6);
        OnWarning b = new OnWarning(20, 3, List.of(), "layer", 3e6);
        OnWarning both = a.and(b);
        assertEquals(5, both.layingSystems());
        assertEquals(5e6, both.layingSystemsEur(), 0, "a plan's laying systems cost what its parts' cost");
    }

    @Test
    void defaultsPriceBothWithASource() {
        CostItem lay = CostCatalogue.DEFAULTS.item("mine-laying-system");
        assertEquals(CostUnit.PER_SYSTEM, lay.unit());
        assertEquals(9_500_000, lay.unitCostEur(), 0, "USD 146 M / 14 Volcano systems, in EUR");
        assertTrue(lay.source().contains("Defense Post"), lay.source());
        CostItem ha = CostCatalogue.DEFAULTS.item("reforestation");
        assertEquals(CostUnit.PER_HECTARE, ha.unit());
        assertTrue(ha.source().startsWith("ASSUMPTION"), ha.source());
        assertEquals(4 * 9_500_000, CostCatalogue.DEFAULTS.layingSystemsEur(
                new OnWarning(30, 4, List.of(), "mine-laying-system", 0)), 0);
        assertEquals(1810 * 2500, CostCatalogue.DEFAULTS.terrainCostEur(
                new TerrainChange("s", Terrain.FOREST, 1810, "reforestation", 0)), 0);
    }
}
