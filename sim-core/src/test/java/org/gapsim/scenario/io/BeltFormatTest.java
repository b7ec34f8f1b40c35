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

    private void assertError(String expected, String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "bad.yaml"));
        assertEquals(expected, e.getMessage());
    }
}
