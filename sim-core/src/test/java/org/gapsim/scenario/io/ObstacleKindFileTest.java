package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.model.TestWire;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.ObstacleKinds;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** {@code type: <a user's kind>} in a scenario file: found by ServiceLoader or an explicit registry, read, written. */
class ObstacleKindFileTest {
    private static final String WIRE = MINI + "existingObstacles:\n"
            + "  - {type: test-wire, id: w1, segment: ab, positionKm: 5, coverage: observed, costEur: 1200,"
            + " depthM: 30, cutMinPer10m: {triangular: [1, 2, 4]}}\n";

    @Test
    void aUserKindIsFoundOnTheClassPathAndReadWithItsFields() {
        Scenario s = new ScenarioLoader().parse(WIRE, "mini.yaml");
        assertEquals(List.of(new TestWire("w1", "ab", 5, Coverage.OBSERVED, 1200, 30, 10,
                new Distribution.Triangular(1, 2, 4), false)), s.existingObstacles());
    }

    @Test
    void anExplicitRegistryIsUsedInsteadOfTheClassPath() {
        Scenario s = new ScenarioLoader().withObstacleKinds(ObstacleKinds.of(new TestWire.Provider())).parse(WIRE,
                "mini.yaml");
        assertEquals("test-wire", ((TestWire) s.existingObstacles().get(0)).type());
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> new ScenarioLoader()
                .withObstacleKinds(ObstacleKinds.builtIn()).parse(WIRE, "mini.yaml"));
        assertEquals("mini.yaml:19:12: existingObstacles[0].type: unknown value 'test-wire'; allowed: minefield, "
                + "anti-tank-ditch, dragons-teeth, abatis, crater, bridge-demolition", e.getMessage());
    }

    @Test
    void theWriterWritesWhatTheProviderReadsBack() {
        Scenario s = new ScenarioLoader().parse(WIRE, "mini.yaml");
        String yaml = new ScenarioWriter().write(s);
        assertTrue(yaml.contains("type: test-wire"), yaml);
        assertEquals(s, new ScenarioLoader().parse(yaml, "again.yaml"));
    }

    @Test
    void badFieldsAreOneLineErrorsAtTheirValue() {
        assertError("mini.yaml:19:102: existingObstacles[0].depthM: must be in (0, 1000] m, was -3.0",
                WIRE.replace("depthM: 30", "depthM: -3"));
        assertError("mini.yaml:19:102: existingObstacles[0].depthM: expected a number, found 'deep'",
                WIRE.replace("depthM: 30", "depthM: deep"));
        assertError("mini.yaml:19:94: existingObstacles[0].widthM: unknown field 'widthM'; allowed: type, id, "
                + "segment, positionKm, coverage, costEur, depthM, frontM, cutMinPer10m, tiedIn, item",
                WIRE.replace("depthM: 30", "widthM: 30"));
    }

    @Test
    void aCatalogueItemPricesAUserKindByItsQuantityOrIsRefusedNamingWhatFits() {
        String priced = MINI + "catalogue:\n"
                + "  - {id: wire-m, unit: per-metre, unitCostEur: 25, source: ASSUMPTION}\n"
                + "  - {id: wire-item, unit: per-item, unitCostEur: 900, source: ASSUMPTION}\n"
                + "packages:\n  - name: wire\n    countries: [LT]\n    obstacles:\n"
                + "      - {type: test-wire, id: w1, segment: ab, positionKm: 5, item: wire-m, depthM: 30, frontM: 200}\n";
        Scenario s = new ScenarioLoader().parse(priced, "cat.yaml");
        assertEquals(200 * 25, s.requirePackage("wire").obstacles().get(0).costEur(), 1e-9);
        assertEquals(200 * 25, s.requirePackage("wire").placedEur(), 1e-9);
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> new ScenarioLoader()
                .parse(priced.replace("item: wire-m", "item: wire-item"), "cat.yaml"));
        assertTrue(e.getMessage().endsWith("an item priced per-item does not fit a test-wire (it must be per-metre)"),
                e.getMessage());
    }

    @Test
    void builtInKindsAreProvidersUnderTheirKebabNames() {
        assertEquals(List.of("minefield", "anti-tank-ditch", "dragons-teeth", "abatis", "crater",
                "bridge-demolition"), ObstacleKinds.builtIn().names());
        assertEquals(List.of("depthM"), ObstacleKinds.builtIn().find("abatis").fieldNames());
    }

    private static void assertError(String expected, String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader().parse(yaml, "mini.yaml"));
        assertEquals(expected, e.getMessage());
    }
}
