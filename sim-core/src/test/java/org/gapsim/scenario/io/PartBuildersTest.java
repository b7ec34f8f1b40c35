package org.gapsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gapsim.scenario.BudgetLayout;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DynamicKind;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.OnWarning;
import org.gapsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * The builders of a package's parts a user builds in code ({@link OnWarning}, {@link BudgetLayout.Entry}): they
 * build what the YAML reader reads from the same values, with the same defaults, and name a missing field.
 */
class PartBuildersTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void onWarningBuildsWhatTheFileDescribes() {
        String yaml = ScenarioLoaderTest.MINI + """
                packages:
                  - name: fort
                    countries: [LT]
                    obstacles:
                      - {type: bridge-demolition, id: br, segment: ab, positionKm: 5, gapM: 20, costEur: 1000}
                      - {type: anti-tank-ditch, id: ditch, segment: ab, positionKm: 8, widthM: 6, depthM: 3, frontM: 500, costEur: 1000}
                    onWarning:
                      layingSystems: 2
                      entries:
                        - {target: br, kind: reserve-demolition, emplaceMin: {triangular: [5, 10, 20]}, reliability: 0.9}
                        - {target: ditch, kind: mine-laying, emplaceMin: 25}
                """;
        OnWarning read = loader.parse(yaml, "w.yaml").requirePackage("fort").onWarning();
        OnWarning built = OnWarning.builder().layingSystems(2, null)
                .entry("br", DynamicKind.RESERVE_DEMOLITION, new Distribution.Triangular(5, 10, 20), 0.9)
                .entry("ditch", DynamicKind.MINE_LAYING, Distribution.fixed(25), 1)
                .build();
        assertEquals(read, built);
        assertEquals(OnWarning.DEFAULT_WARNING_DELAY_MIN, built.warningDelayMin());
        ScenarioException e = assertThrows(ScenarioException.class, () -> OnWarning.builder()
                .entry("ditch", DynamicKind.MINE_LAYING, Distribution.fixed(25), 1).build());
        assertEquals("entries[0].kind", e.field());
    }

    @Test
    void aLayoutEntryBuildsWhatTheFileDescribes() {
        BudgetLayout.Entry read = loader.parse(BeltFormatTest.LAID, "laid.yaml").requirePackage("laid").layout()
                .entries().get(0).unplaced();
        BudgetLayout.Entry built = BudgetLayout.Entry.builder().id("laid-1").item("m6").eur(2_000_000)
                .effect(BudgetLayout.Effect.BLOCK).echelonKm(3, 5).countries("LT").build();
        assertEquals(read, built);
        assertEquals(BudgetLayout.Entry.DEFAULT_SPACING_M, built.spacingM());
        assertEquals(Fuze.TRACK_WIDTH, built.fuze());
        assertEquals(Coverage.UNOBSERVED, built.coverage());
        assertEquals(built, built.toBuilder().build());
        assertEquals(4_000, built.toBuilder().spacingM(4_000).build().spacingM());
        ScenarioException e = assertThrows(ScenarioException.class, () -> BudgetLayout.Entry.builder().id("x")
                .item("m6").effect(BudgetLayout.Effect.BLOCK).echelonKm(3, 5).build());
        assertEquals("eur", e.field());
    }
}
