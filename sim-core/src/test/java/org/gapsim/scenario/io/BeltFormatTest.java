package org.gapsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.Flank;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The package's {@code belts:} (docs/scenario-format.md#belts): read, placed, written back, one-line errors. */
class BeltFormatTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    static final String BELTS = ScenarioLoaderTest.MINI.replace("terrainBeside: open, country: LT}",
            "terrainBeside: open, country: LT, openWidthM: 600}") + """
            packages:
              - name: belt
                countries: [LT]
                belts:
                  - id: b1
                    segment: ab
                    positionKm: 4
                    flanks: [forest, wetland]
                    effect: block
                    elements:
                      - {type: minefield, costEur: 0, depthM: 100, rows: 3, densityPerM: 1.6, fuze: track-width}
                      - {type: anti-tank-ditch, costEur: 0, widthM: 6, depthM: 3}
                  - {id: b2, segment: ab, positionKm: 12, frontM: 400, gapM: 20, elements: [{type: abatis, costEur: 0, depthM: 50}]}
            """;

    @Test
    void beltsAreReadPlacedAndWrittenBack() {
        Scenario s = loader.parse(BELTS, "belts.yaml");
        FortificationPackage p = s.requirePackage("belt");
        assertEquals(2, p.belts().size());
        Belt b1 = p.belts().get(0);
        assertEquals(1200, b1.frontM(), "left out: spans the 600 m of open ground each side");
        assertEquals(List.of(Flank.FOREST, Flank.WETLAND), b1.flanks());
        assertEquals("block", b1.effect());
        Minefield f = (Minefield) b1.elements().get(0);
        assertEquals("b1.1", f.id());
        assertEquals(1920, f.mineCount());
        AntiTankDitch d = (AntiTankDitch) b1.elements().get(1);
        assertEquals(4.15, d.positionKm(), 1e-12);
        assertEquals(List.of(Flank.OPEN, Flank.OPEN), p.belts().get(1).flanks(), "400/2 + 200 < 600: open");
        assertEquals(3, p.obstacles().size(), "the model sees the three elements as obstacles");
        String written = new ScenarioWriter().write(s);
        assertEquals(s, loader.parse(written, "again.yaml"), "round trip");
    }

    @Test
    void badBeltsAreOneLineNamingTheField() {
        assertError("bad.yaml:23:18: packages[0].belts[0].segment: unknown segment 'zz'",
                BELTS.replace("segment: ab\n", "segment: zz\n"));
        assertError("bad.yaml:28:31: packages[0].belts[0].elements[0].id: 'id' is set by the belt, not by its element",
                BELTS.replace("{type: minefield, ", "{type: minefield, id: m, "));
        assertError("bad.yaml:24:21: packages[0].belts[0].positionKm: the belt (156 m deep from km 19.9) does not "
                + "fit on segment ab (20 km)", BELTS.replace("positionKm: 4\n", "positionKm: 19.9\n"));
        assertError("bad.yaml:30:68: packages[0].belts[1].flanks: tied in, but the front of 400 m does not reach "
                + "ground that ties in on segment ab (half the front plus the 200 m stand-off must reach its "
                + "openWidthM of 600 m)", BELTS.replace("frontM: 400,", "frontM: 400, flanks: [lake, lake],"));
    }

    /** A catalogue, a belt whose elements name their items, and a budget layout. */
    static final String LAID = ScenarioLoaderTest.MINI.replace("terrainBeside: open, country: LT}",
            "terrainBeside: open, country: LT, openWidthM: 600}") + """
            catalogue:
              - {id: m6, unit: per-mine, unitCostEur: 600, source: "ASSUMPTION: test"}
              - {id: ditch-m, unit: per-metre, unitCostEur: 100, source: "ASSUMPTION: test"}
            packages:
              - name: laid
                countries: [LT]
                budgetEur: 5_000_000
                borderKm: 100
                belts:
                  - id: b1
                    segment: ab
                    positionKm: 10
                    elements:
                      - {type: minefield, mine: m6, depthM: 100, rows: 3, densityPerM: 1.6, fuze: track-width}
                      - {type: anti-tank-ditch, item: ditch-m, widthM: 6, depthM: 3}
                layout:
                  - {item: m6, eur: 2_000_000, as: block, echelonKm: [3, 5]}
            """;

    @Test
    void aLayoutAndPricedBeltElementsAreReadPlacedPricedAndWrittenBack() {
        Scenario s = loader.parse(LAID, "laid.yaml");
        FortificationPackage p = s.requirePackage("laid");
        // the hand-placed belt: 1,200 m x 1.6 = 1,920 mines at EUR 600, and 1,200 m of ditch at EUR 100
        assertEquals(1920 * 600.0 + 1200 * 100.0, p.belts().get(0).costEur(), 1e-6);
        // the layout: one avenue (a to b), block belts spanning 1,200 m: 1,920 mines = EUR 1,152,000 a belt, one bought
        assertEquals("laid-1", p.layout().entries().get(0).id());
        assertEquals(1, p.layout().belts().size());
        assertEquals(1_152_000, p.layout().entries().get(0).placedEur(), 1e-6);
        assertEquals(1920 * 600.0 + 1200 * 100.0 + 1_152_000, p.placedEur(), 1e-6);
        assertEquals(5_000_000 - p.placedEur(), p.outsideEur(), 1e-6);
        assertEquals(3, p.obstacles().size(), "two belt elements and one laid belt");
        assertEquals(s, loader.parse(new ScenarioWriter().write(s), "again.yaml"), "round trip");
    }

    @Test
    void badLayoutsAreOneLineNamingTheField() {
        assertError("bad.yaml:34:25: packages[0].layout[0].eur: must be a finite number >= 0, was -1.0",
                LAID.replace("eur: 2_000_000", "eur: -1"));
        assertError("bad.yaml:34:16: packages[0].layout[0].item: unknown catalogue item 'm7'; known: m6, ditch-m",
                LAID.replace("{item: m6,", "{item: m7,"));
        assertError("bad.yaml:34:58: packages[0].layout[0].echelonKm: fits nowhere: no avenue holds a 320 m deep "
                + "belt from km 30 (the longest avenue is 20 km)", LAID.replace("[3, 5]", "[30, 35]"));
    }

    private void assertError(String expected, String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "bad.yaml"));
        assertEquals(expected, e.getMessage());
    }
}
