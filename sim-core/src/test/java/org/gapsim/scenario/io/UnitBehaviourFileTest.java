package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapsim.scenario.DefenderUnitKindProvider;
import org.gapsim.scenario.DefenderUnitKinds;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.junit.jupiter.api.Test;

/**
 * A unit kind template sets behaviour figures too (a sensor's smoke, night, EW and moving factors; a fire unit's
 * night factor, signature and moving-target factor): {@code kind: NAME} takes them, a file's field overrides them,
 * the writer writes those that are not the built-in kind's (so files that name none read and write as before).
 */
class UnitBehaviourFileTest {
    /** A thermal-sighted ATGM with a low-signature launcher (figures for the test only). */
    public static final class ThermalAtgm implements DefenderUnitKindProvider {
        @Override
        public String name() {
            return "thermal-atgm";
        }

        @Override
        public FireUnit fireUnit() {
            return FireUnit.builder().id("template").kind(FireUnitKind.ATGM_TEAM).nightFactor(1.0).signature(0.2)
                    .build();
        }
    }

    /** A smoke-piercing radar-and-thermal mast (figures for the test only). */
    public static final class Mast implements DefenderUnitKindProvider {
        @Override
        public String name() {
            return "mast";
        }

        @Override
        public Sensor sensor() {
            return Sensor.builder().id("template").kind(SensorKind.OBSERVATION_POST).smokeFactor(0.8).nightFactor(0.9)
                    .build();
        }
    }

    private static final ScenarioLoader LOADER = new ScenarioLoader()
            .withUnitKinds(DefenderUnitKinds.of(new ThermalAtgm(), new Mast()));
    private static final String UNITS = MINI + "defender:\n  sensors:\n"
            + "    - {id: s1, kind: mast, position: {place: a}, ewFactor: 0.5}\n"
            + "    - {id: s2, kind: observation-post, position: {place: a}}\n"
            + "  fireUnits:\n"
            + "    - {id: f1, kind: thermal-atgm, position: {place: a}, signature: 0.3}\n"
            + "    - {id: f2, kind: atgm-team, position: {place: a}}\n";

    @Test
    void theTemplatesFiguresAndTheFilesOverrides() {
        Scenario s = LOADER.parse(UNITS, "mini.yaml");
        Sensor s1 = s.defender().sensors().get(0);
        assertEquals(0.8, s1.smokeFactor(), "the template's");
        assertEquals(0.9, s1.nightFactor(), "the template's");
        assertEquals(0.5, s1.ewFactor(), "the file's");
        assertEquals(SensorKind.OBSERVATION_POST.movingFactor(), s1.movingFactor(), "the built-in kind's");
        FireUnit f1 = s.defender().fireUnits().get(0);
        assertEquals(1.0, f1.nightFactor(), "the template's");
        assertEquals(0.3, f1.signature(), "the file's");
        assertEquals(FireUnitKind.ATGM_TEAM.movingTargetFactor(), f1.movingTargetFactor());
        FireUnit f2 = s.defender().fireUnits().get(1);
        assertEquals(FireUnitKind.ATGM_TEAM.nightFactor(), f2.nightFactor(), "a built-in kind: its enum's figures");
    }

    @Test
    void theWriterWritesOnlyFiguresThatAreNotTheKindsAndReadsBackTheSame() {
        Scenario s = LOADER.parse(UNITS, "mini.yaml");
        String yaml = new ScenarioWriter().write(s);
        assertEquals(s, new ScenarioLoader().parse(yaml, "again.yaml"), yaml);
        assertTrue(yaml.contains("signature: 0.3") && yaml.contains("smokeFactor: 0.8"), yaml);
        String builtInOnly = new ScenarioWriter().write(new ScenarioLoader().parse(UNITS
                .replace("kind: mast", "kind: uav").replace(", ewFactor: 0.5", "")
                .replace("kind: thermal-atgm", "kind: mortar").replace(", signature: 0.3", ""), "mini.yaml"));
        for (String k : new String[]{"smokeFactor", "nightFactor", "ewFactor", "movingFactor", "signature",
                "movingTargetFactor"}) {
            assertFalse(builtInOnly.contains(k + ":"), k + " written for a built-in kind: " + builtInOnly);
        }
    }

    @Test
    void aBadFigureIsAOneLineErrorNamingIt() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> LOADER.parse(UNITS.replace("signature: 0.3", "signature: -1"), "mini.yaml"));
        assertTrue(e.getMessage().matches("mini\\.yaml:\\d+:\\d+: defender\\.fireUnits\\[0]\\.signature: .*"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        e = assertThrows(ScenarioFileException.class,
                () -> LOADER.parse(UNITS.replace("ewFactor: 0.5", "ewFactor: 11"), "mini.yaml"));
        assertTrue(e.getMessage().contains("defender.sensors[0].ewFactor: ") && e.getMessage().contains("10"),
                e.getMessage());
    }
}
