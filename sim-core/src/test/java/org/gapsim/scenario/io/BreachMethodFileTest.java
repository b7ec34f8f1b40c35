package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.model.TestRobot;
import org.gapsim.scenario.BreachMethods;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** {@code engineers.extra.<a user's method>} in a scenario file: found by ServiceLoader or a registry, read, written. */
class BreachMethodFileTest {
    private static final String ROBOT = MINI + "    engineers:\n"
            + "      extra:\n"
            + "        test-robot: {count: 2, carrier: t72, laneWidthM: 3.5, minPerLane: 12}\n";

    private static String file() {
        return ROBOT;
    }

    @Test
    void aUserMethodIsFoundOnTheClassPathAndReadWithItsFields() {
        Scenario s = new ScenarioLoader().parse(file(), "mini.yaml");
        assertEquals(List.of(new TestRobot(2, "t72", 3.5, Distribution.fixed(12))),
                s.columns().get(0).engineers().extra());
        Scenario r = new ScenarioLoader().withBreachMethods(BreachMethods.of(new TestRobot.Provider()))
                .parse(file(), "mini.yaml");
        assertEquals(s, r);
    }

    @Test
    void theWriterWritesWhatTheProviderReadsBack() {
        Scenario s = new ScenarioLoader().parse(file(), "mini.yaml");
        String yaml = new ScenarioWriter().write(s);
        assertTrue(yaml.contains("test-robot"), yaml);
        assertEquals(s, new ScenarioLoader().parse(yaml, "again.yaml"));
    }

    @Test
    void anUnknownMethodIsOneLineAtItsName() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader().parse(file().replace("test-robot:", "test-robo:"), "mini.yaml"));
        assertEquals("mini.yaml:20:9: columns[0].engineers.extra.test-robo: unknown breach method 'test-robo'; "
                + "did you mean 'test-robot'?; allowed: test-robot", e.getMessage());
        ScenarioFileException none = assertThrows(ScenarioFileException.class, () -> new ScenarioLoader()
                .withBreachMethods(BreachMethods.of()).parse(file(), "mini.yaml"));
        assertTrue(none.getMessage().endsWith("unknown breach method 'test-robot'; allowed: none (no "
                + "BreachMethodProvider on the class path)"), none.getMessage());
    }

    @Test
    void badFieldsAreOneLineErrorsNamingTheField() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader().parse(file().replace("laneWidthM: 3.5", "laneWidthM: -1"), "mini.yaml"));
        assertTrue(e.getMessage().startsWith("mini.yaml:20:58: columns[0].engineers.extra.test-robot.laneWidthM: ") && e.getMessage().contains("laneWidthM"),
                e.getMessage());
        ScenarioFileException c = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader().parse(file().replace("carrier: t72", "carrier: bmp"), "mini.yaml"));
        assertTrue(c.getMessage().contains("extra.test-robot.carrier"), c.getMessage());
        ScenarioFileException k = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader().parse(file().replace("minPerLane", "speedKmh"), "mini.yaml"));
        assertTrue(k.getMessage().contains("unknown field 'speedKmh'; allowed: count, carrier, laneWidthM, "
                + "minPerLane"), k.getMessage());
    }

    @Test
    void assetsWithoutExtraAreEqualToTheOldForm() {
        assertEquals(EngineerAssets.NONE, new EngineerAssets(null, null, null, null, null, null, List.of()));
    }
}
