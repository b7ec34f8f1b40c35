package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.TargetGroup;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * The issue-11 parts of the format (defender, its units and templates, the clock, carriers, rollers, misfires, the
 * attacker's new doctrine fields): each bad value is one line {@code file:line:col: path: reason}, and the removed
 * coverage multipliers are refused with a line that says what replaces them.
 */
class DefenderFileTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private void assertError(String expected, String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "mini.yaml"));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertEquals(expected, e.getMessage());
    }

    private static String engineers(String map) {
        String at = "combatIneffectiveFraction: 0.5";
        assertTrue(MINI.contains(at));
        return MINI.replace(at, "engineers: " + map + "\n    " + at);
    }

    @Test
    void theOldCoverageMultipliersAreRefusedNamingWhatReplacesThem() {
        assertError("mini.yaml:18:12: doctrine.coveredBreachMultiplier: removed: the defender's units now act instead "
                + "of a multiplier; use the units of defender.coveredTemplate, placed at every obstacle marked "
                + "'coverage: covered-by-fire', and the defender's own sensors and fireUnits "
                + "(docs/scenario-format.md#defender)", MINI + "doctrine: {coveredBreachMultiplier: 2}\n");
        assertError("mini.yaml:20:3: doctrine.observedAttritionPerHour: removed: the defender's units now act instead "
                + "of a multiplier; use the units of defender.observedTemplate, placed at every obstacle marked "
                + "'coverage: observed' (docs/scenario-format.md#defender)",
                MINI + "doctrine:\n  lanesPerObstacle: 1\n  observedAttritionPerHour: 2\n");
        for (String key : List.of("observedBreachMultiplier", "coveredAttritionPerHour")) {
            ScenarioFileException e = assertThrows(ScenarioFileException.class,
                    () -> loader.parse(MINI + "doctrine: {" + key + ": 1}\n", "mini.yaml"));
            assertTrue(e.getMessage().startsWith("mini.yaml:18:12: doctrine." + key + ": removed: "), e.getMessage());
        }
    }

    @Test
    void aPositionIsAPlaceOrASegmentWithKm() {
        String unit = MINI + "defender:\n  sensors:\n    - {id: op, kind: observation-post, position: ";
        assertError("mini.yaml:20:50: defender.sensors[0].position: give exactly one of {place: <id>} or "
                + "{segment: <id>, km: <km from its from end>}", unit + "{place: a, segment: ab, km: 1}}\n");
        assertError("mini.yaml:20:65: defender.sensors[0].position.km: km goes with segment, not with place",
                unit + "{place: a, km: 1}}\n");
        assertError("mini.yaml:20:50: defender.sensors[0].position.km: is required (missing)",
                unit + "{segment: ab}}\n");
        assertError("mini.yaml:20:58: defender.sensors[0].position.place: unknown place 'zz'", unit + "{place: zz}}\n");
        assertError("mini.yaml:20:68: defender.sensors[0].position.km: position 25.0 km lies beyond the end of "
                + "segment 'ab' (20.0 km)", unit + "{segment: ab, km: 25}}\n");
        assertError("mini.yaml:20:7: defender.sensors[0].position: is required (missing)",
                MINI + "defender:\n  sensors:\n    - {id: op, kind: observation-post}\n");
        Scenario s = loader.parse(unit + "{segment: ab, km: 20}}\n", "mini.yaml");
        assertEquals(UnitPosition.on("ab", 20), s.defender().sensors().get(0).position());
    }

    @Test
    void unitsAreCheckedFieldByField() {
        assertError("mini.yaml:20:22: defender.sensors[0].kind: unknown value 'observer'; allowed: observation-post, "
                + "uav, ground-radar", MINI + "defender:\n  sensors:\n    - {id: op, kind: observer, position: "
                + "{place: a}}\n");
        assertError("mini.yaml:22:12: defender.fireUnits[0].id: duplicate unit id 'op'", MINI + "defender:\n"
                + "  sensors:\n    - {id: op, kind: uav, position: {place: a}}\n  fireUnits:\n"
                + "    - {id: op, kind: mortar, position: {place: b}}\n");
        assertError("mini.yaml:20:63: defender.fireUnits[0].ammunition: expected a whole number, found '2.5'",
                MINI + "defender:\n  fireUnits:\n    - {id: m, kind: mortar, position: {place: b}, ammunition: 2.5}\n");
        assertError("mini.yaml:20:63: defender.fireUnits[0].pKillLight: must be a probability in [0, 1], was 1.5",
                MINI + "defender:\n  fireUnits:\n    - {id: m, kind: mortar, position: {place: b}, pKillLight: 1.5}\n");
        assertError("mini.yaml:20:70: defender.fireUnits[0].fightsProbability: must be a probability in [0, 1], "
                + "was 1.5", MINI + "defender:\n  fireUnits:\n"
                + "    - {id: m, kind: mortar, position: {place: b}, fightsProbability: 1.5}\n");
        assertError("mini.yaml:20:65: defender.fireUnits[0].reseedsLanes: expected true or false, found 'maybe'",
                MINI + "defender:\n  fireUnits:\n"
                        + "    - {id: m, kind: mortar, position: {place: b}, reseedsLanes: maybe}\n");
        assertError("mini.yaml:19:25: defender.electronicProtection: must be a probability in [0, 1], was 2.0",
                MINI + "defender:\n  electronicProtection: 2\n");
        assertError("mini.yaml:19:27: defender.targetPriority[1]: target group 'lanes' is listed twice",
                MINI + "defender:\n  targetPriority: [lanes, lanes]\n");
    }

    @Test
    void templateUnitsHaveNoPositionAndAPackageBuysUnitsOnly() {
        assertError("mini.yaml:21:31: defender.coveredTemplate.fireUnits[0].position: unknown field 'position'; "
                + "allowed: id, kind, rangeKm, reactionMin, engagementsPerHour, ammunition, pKillArmoured, pKillLight, "
                + "ownDetectionsPerHour, counterFireKillProbability, costEur, knownProbability, fightsProbability, "
                + "reseedsLanes, nightFactor, signature, movingTargetFactor",
                MINI + "defender:\n  coveredTemplate:\n    fireUnits:\n      - {id: m, kind: mortar, position: {place: b}}\n");
        assertError("mini.yaml:21:7: packages[0].defender.targetPriority: unknown field 'targetPriority'; allowed: "
                + "sensors, fireUnits, electronicProtection",
                MINI + "packages:\n  - name: p1\n    defender:\n      targetPriority: [lanes]\n");
        assertError("mini.yaml:21:55: packages[0].defender.sensors[0].position.place: unknown place 'q'",
                MINI + "packages:\n  - name: p1\n    defender:\n      sensors: [{id: op, kind: uav, position: {place: q}}]\n");
        // a template given replaces the default; its lists left out are empty
        Scenario s = loader.parse(MINI + "defender:\n  observedTemplate: {}\n", "mini.yaml");
        assertTrue(s.defender().observedTemplate().isEmpty());
        assertEquals(Defender.NONE.coveredTemplate(), s.defender().coveredTemplate());
        assertEquals(List.of(TargetGroup.values()), s.defender().targetPriority());
    }

    @Test
    void aPackagesUnitsAreFoundWhereTheyAreWrittenIncludesResolved() {
        // p1 includes p2: the combined p1 holds p2's unit first; every error points at the line the unit is written on
        String yaml = MINI + """
                packages:
                  - name: p1
                    includes: [p2]
                    defender: {sensors: [{id: a1, kind: uav, position: {place: a}}]}
                  - name: p2
                    defender: {sensors: [{id: b1, kind: uav, position: {place: zz}}]}
                """;
        assertError("mini.yaml:23:64: packages[1].defender.sensors[0].position.place: unknown place 'zz'", yaml);
        assertError("mini.yaml:21:31: packages[0].defender.sensors[0].id: unit id 'op' is already a unit of the "
                + "scenario's defender (unit ids are unique across the scenario's and every package's units)",
                MINI + "defender: {sensors: [{id: op, kind: uav, position: {place: a}}]}\npackages:\n  - name: p1\n"
                        + "    defender: {sensors: [{id: op, kind: uav, position: {place: b}}]}\n");
        Scenario s = loader.parse(yaml.replace("place: zz", "place: b"), "mini.yaml");
        assertEquals(List.of("b1", "a1"), s.packages().get(0).defender().sensors().stream().map(u -> u.id()).toList());
    }

    @Test
    void theClockNeedsSunriseAndSunset() {
        assertError("mini.yaml:18:8: clock.sunriseHour: is required (missing)", MINI + "clock: {startHour: 5}\n");
        assertError("mini.yaml:18:20: clock.startHour: must be below 24, was 24",
                MINI + "clock: {startHour: 24, sunriseHour: 6, sunsetHour: 18}\n");
        assertError("mini.yaml:18:38: clock.sunsetHour: must lie in [19.0, 24.0], was 18.0",
                MINI + "clock: {sunriseHour: 19, sunsetHour: 18}\n");
        assertError("mini.yaml:18:37: clock.sunsetHour: expected a number, found quoted text '18:00' (remove the "
                + "quotes)", MINI + "clock: {sunriseHour: 6, sunsetHour: \"18:00\"}\n");
        Scenario s = loader.parse(MINI + "clock: {sunriseHour: 6.5, sunsetHour: 18}\n", "mini.yaml");
        assertEquals(new Clock(0, 6.5, 18), s.clock(), "startHour defaults to 0 (midnight)");
        assertTrue(s.clock().isNight(0));
        assertFalse(s.clock().isNight(7 * 60));
    }

    @Test
    void carriersMustBeInTheMarchOrderWithAVehiclePerItem() {
        assertError("mini.yaml:17:50: columns[0].engineers.minePloughs.carrier: vehicle type 'bmp' is not in the "
                + "column's march order", engineers("{minePloughs: {count: 2, carrier: bmp}}"));
        assertError("mini.yaml:17:51: columns[0].engineers.minePloughs.carrier: needs 20 vehicles of type 't72' (one "
                + "per item), the march order holds 10", engineers("{minePloughs: {count: 20, carrier: t72}}"));
        assertError("mini.yaml:17:61: columns[0].engineers.lineCharges.misfireProbability: must be a probability in "
                + "[0, 1], was 1.2", engineers("{lineCharges: {count: 2, misfireProbability: 1.2}}"));
        assertError("mini.yaml:17:57: columns[0].engineers.mineRollers.blastsSurvived: must be >= 0, was -1",
                engineers("{mineRollers: {count: 2, blastsSurvived: -1}}"));
        assertError("mini.yaml:10:150: vehicleTypes[0].armour: unknown value 'soft'; allowed: armoured, light",
                MINI.replace("pKillFullWidthFuze: 0.9}", "pKillFullWidthFuze: 0.9, armour: soft}"));
        Scenario s = loader.parse(engineers("{lineCharges: {count: 2, carrier: t72, primingMin: {uniform: [1, 3]}}, "
                + "mineRollers: {count: 1, carrier: t72}}"), "mini.yaml");
        assertEquals("t72", s.columns().get(0).engineers().lineCharges().carrier());
        assertEquals(new Distribution.Uniform(1, 3), s.columns().get(0).engineers().lineCharges().primingMin());
        assertEquals(4, s.columns().get(0).engineers().mineRollers().blastsSurvived(), "press: up to four blasts");
        assertEquals(null, s.columns().get(0).engineers().minePloughs().carrier(), "no carrier: never lost");
    }

    @Test
    void theAttackersNewDoctrineFieldsAreReadAndChecked() {
        Scenario s = loader.parse(MINI + "doctrine:\n  smokeMin: {triangular: [5, 10, 15]}\n  suppression: false\n"
                + "  maxBreachAttempts: 5\n  nightWorkFactor: 2\n", "mini.yaml");
        BreachDoctrine d = s.doctrine();
        assertEquals(new Distribution.Triangular(5, 10, 15), d.smokeMin());
        assertFalse(d.suppression());
        assertEquals(5, d.maxBreachAttempts());
        assertEquals(2.0, d.nightWorkFactor());
        assertEquals(BreachDoctrine.DEFAULT.ewStrength(), d.ewStrength());
        assertError("mini.yaml:18:31: doctrine.maxBreachAttempts: must be >= 1, was 0",
                MINI + "doctrine: {maxBreachAttempts: 0}\n");
        assertError("mini.yaml:18:24: doctrine.ewStrength: must be a probability in [0, 1], was -0.5",
                MINI + "doctrine: {ewStrength: -0.5}\n");
        assertError("mini.yaml:18:31: doctrine.manualAtNightOnly: expected true or false, found 'yes'",
                MINI + "doctrine: {manualAtNightOnly: yes}\n");
    }
}
