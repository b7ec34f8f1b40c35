package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gapsim.scenario.DefenderUnitKindProvider;
import org.gapsim.scenario.DefenderUnitKinds;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/** {@code kind: <a named template>} for the defender's units: the template's figures, each given field overriding. */
class DefenderUnitKindFileTest {
    /** A user's fire unit kind: an ATGM team with a longer-ranged missile (figures for the test only). */
    public static final class LongRangeAtgm implements DefenderUnitKindProvider {
        @Override
        public String name() {
            return "long-range-atgm";
        }

        @Override
        public FireUnit fireUnit() {
            return FireUnit.builder().id("template").kind(FireUnitKind.ATGM_TEAM).rangeKm(8)
                    .reactionMin(Distribution.fixed(3)).engagementsPerHour(4).ammunition(10).pKillArmoured(0.8)
                    .pKillLight(0.9).counterFireKillProbability(0.2).costEur(250_000).build();
        }
    }

    /** A user's sensor kind. */
    public static final class Aerostat implements DefenderUnitKindProvider {
        @Override
        public String name() {
            return "aerostat";
        }

        @Override
        public Sensor sensor() {
            return Sensor.builder().id("template").kind(SensorKind.GROUND_RADAR).rangeKm(30).detectionsPerHour(5)
                    .costEur(1_000_000).build();
        }
    }

    private static final ScenarioLoader LOADER = new ScenarioLoader()
            .withUnitKinds(DefenderUnitKinds.of(new LongRangeAtgm(), new Aerostat()));
    private static final String UNITS = MINI + "defender:\n  sensors:\n"
            + "    - {id: s1, kind: aerostat, position: {place: a}}\n"
            + "  fireUnits:\n"
            + "    - {id: f1, kind: long-range-atgm, position: {place: a}, rangeKm: 5}\n"
            + "    - {id: f2, kind: artillery, position: {place: a}}\n";

    @Test
    void aNamedKindGivesItsFiguresAndTheFileOverridesThem() {
        Scenario s = LOADER.parse(UNITS, "mini.yaml");
        FireUnit f1 = s.defender().fireUnits().get(0);
        assertEquals(new LongRangeAtgm().fireUnit().toBuilder().id("f1").position(UnitPosition.at("a")).rangeKm(5)
                .build(), f1);
        Sensor s1 = s.defender().sensors().get(0);
        assertEquals(new Aerostat().sensor().toBuilder().id("s1").position(UnitPosition.at("a")).build(), s1);
    }

    @Test
    void builtInKindsGoThroughTheSameLookupWithTheBuildersDefaults() {
        FireUnit f2 = LOADER.parse(UNITS, "mini.yaml").defender().fireUnits().get(1);
        assertEquals(FireUnit.builder().id("f2").kind(FireUnitKind.ARTILLERY).position(UnitPosition.at("a")).build(),
                f2);
        assertEquals(List.of("atgm-team", "tank-position", "artillery", "mortar", "fpv-team"),
                DefenderUnitKinds.builtIn().fireUnitNames());
        assertEquals(List.of("observation-post", "uav", "ground-radar"), DefenderUnitKinds.builtIn().sensorNames());
    }

    @Test
    void aKindOfTheOtherSortOrAnUnknownOneIsAOneLineError() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> LOADER.parse(UNITS.replace("kind: aerostat", "kind: long-range-atgm"), "mini.yaml"));
        assertEquals("mini.yaml:20:22: defender.sensors[0].kind: 'long-range-atgm' is a fire unit kind; allowed: "
                + "observation-post, uav, ground-radar, aerostat", e.getMessage());
        e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader().parse(UNITS, "mini.yaml"));
        assertEquals("mini.yaml:20:22: defender.sensors[0].kind: unknown value 'aerostat'; allowed: "
                + "observation-post, uav, ground-radar", e.getMessage());
    }

    @Test
    void serviceLoaderFindsAKindListedInMetaInfServices(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path services = java.nio.file.Files.createDirectories(dir.resolve("META-INF/services"));
        java.nio.file.Files.writeString(services.resolve(DefenderUnitKindProvider.class.getName()),
                LongRangeAtgm.class.getName() + "\n" + Aerostat.class.getName() + "\n");
        try (java.net.URLClassLoader cl = new java.net.URLClassLoader(new java.net.URL[]{dir.toUri().toURL()},
                getClass().getClassLoader())) {
            DefenderUnitKinds kinds = DefenderUnitKinds.load(cl);
            assertEquals(List.of("atgm-team", "tank-position", "artillery", "mortar", "fpv-team", "long-range-atgm"),
                    kinds.fireUnitNames());
            assertEquals(new Aerostat().sensor(), kinds.sensor("aerostat"));
            Scenario s = new ScenarioLoader().withUnitKinds(kinds).parse(UNITS, "mini.yaml");
            FireUnit f1 = s.defender().fireUnits().get(0);
            assertEquals(5, f1.rangeKm(), 0.0, "the file's value");
            assertEquals(0.8, f1.pKillArmoured(), 0.0, "the template's value");
        }
    }

    @Test
    void aProviderMustGiveExactlyOneTemplate() {
        DefenderUnitKindProvider none = () -> "nothing";
        ScenarioException e = assertThrows(ScenarioException.class, () -> DefenderUnitKinds.of(none));
        assertEquals("kind", e.field());
    }
}
