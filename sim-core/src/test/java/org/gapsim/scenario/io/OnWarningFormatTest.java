package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DynamicKind;
import org.gapsim.scenario.OnWarning;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A package's {@code onWarning} block (docs/scenario-format.md#obstacles-on-warning): read into {@link OnWarning},
 * written back the same, each bad field one line {@code file:line:col: path: reason}.
 */
class OnWarningFormatTest {
    private final ScenarioLoader loader = new ScenarioLoader();
    private final ScenarioWriter writer = new ScenarioWriter();

    private static String pkg(String onWarning) {
        return MINI + """
                packages:
                  - name: fort
                    countries: [LT]
                    obstacles:
                      - {type: bridge-demolition, id: br, segment: ab, positionKm: 5, gapM: 20, costEur: 1000}
                      - {type: anti-tank-ditch, id: ditch, segment: ab, positionKm: 8, widthM: 6, depthM: 3, frontM: 500, costEur: 1000}
                    onWarning:
                """ + onWarning;
    }

    private static final String GOOD = """
                  warningDelayMin: 20
                  layingSystems: 2
                  entries:
                    - {target: br, kind: reserve-demolition, emplaceMin: {triangular: [5, 10, 20]}, reliability: 0.9}
                    - {target: ditch, kind: mine-laying, emplaceMin: 25}
            """;

    private void assertError(String expected, String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "mini.yaml"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(expected, e.getMessage());
    }

    @Test
    void readsTheBlockAndWritesItBackTheSame() {
        Scenario s = loader.parse(pkg(GOOD), "mini.yaml");
        OnWarning w = s.requirePackage("fort").onWarning();
        assertEquals(20, w.warningDelayMin());
        assertEquals(2, w.layingSystems());
        assertEquals(List.of(
                new OnWarning.Entry("br", DynamicKind.RESERVE_DEMOLITION, new Distribution.Triangular(5, 10, 20), 0.9),
                new OnWarning.Entry("ditch", DynamicKind.MINE_LAYING, Distribution.fixed(25), 1)), w.entries());
        String yaml = writer.write(s);
        assertTrue(yaml.contains("onWarning:"), yaml);
        Scenario back = loader.parse(yaml, "written.yaml");
        assertEquals(s, back, yaml);
        assertEquals(yaml, writer.write(back), "writing is stable");
    }

    @Test
    void theOrderDelayDefaultsToTheAssumption() {
        Scenario s = loader.parse(pkg("      entries: [{target: br, kind: felled-trees, emplaceMin: 10}]\n"),
                "mini.yaml");
        assertEquals(OnWarning.DEFAULT_WARNING_DELAY_MIN, s.requirePackage("fort").onWarning().warningDelayMin());
        assertEquals(0, s.requirePackage("fort").onWarning().layingSystems());
    }

    @Test
    void badFieldsAreOneLineErrorsNamingTheField() {
        assertError("mini.yaml:25:26: packages[0].onWarning.entries[0].target: names 'zz', which is neither an "
                + "obstacle, a belt nor a layout entry of the package",
                pkg("      entries: [{target: zz, kind: felled-trees, emplaceMin: 10}]\n"));
        assertError("mini.yaml:25:79: packages[0].onWarning.entries[0].reliability: must be a probability in [0, 1], "
                + "was 1.5", pkg("      entries: [{target: br, kind: felled-trees, emplaceMin: 10, reliability: 1.5}]\n"));
        assertError("mini.yaml:25:36: packages[0].onWarning.entries[0].kind: unknown value 'mines'; allowed: "
                + "mine-laying, reserve-demolition, felled-trees, artillery-mines",
                pkg("      entries: [{target: br, kind: mines, emplaceMin: 10}]\n"));
        assertError("mini.yaml:25:36: packages[0].onWarning.entries[0].kind: mine-laying needs layingSystems of at "
                + "least 1, was 0", pkg("      entries: [{target: br, kind: mine-laying, emplaceMin: 10}]\n"));
        assertError("mini.yaml:25:24: packages[0].onWarning.warningDelayMin: must be a finite number >= 0, was -1.0",
                pkg("      warningDelayMin: -1\n"));
        assertError("mini.yaml:27:20: packages[0].onWarning.entries[1].target: names 'br' twice",
                pkg("      entries:\n        - {target: br, kind: felled-trees, emplaceMin: 1}\n"
                        + "        - {target: br, kind: felled-trees, emplaceMin: 2}\n"));
        assertError("mini.yaml:25:7: packages[0].onWarning.entry: unknown field 'entry'; allowed: warningDelayMin, "
                + "layingSystems, layingSystem, entries",
                pkg("      entry: []\n"));
    }
}
