package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Each crash, hang and silent misreading of issue 10 (items 5 and 7), reproduced on the example file: the loader now
 * reports one line {@code file:line:col: field.path: reason} instead. On the code before {@link Limits} these
 * values loaded (and then crashed the run with NegativeArraySizeException or OutOfMemoryError, overflowed a sum, or
 * took minutes), or loaded silently wrong (a NaN mode, a package named {@code none}).
 */
class BoundsTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static String example() {
        try {
            return Files.readString(resource("example.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    private String error(String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "example.yaml"));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.matches("example\\.yaml:\\d+:\\d+: .*"), "file:line:col first: " + m);
        return m;
    }

    private void assertError(String where, String reasonPart, String yaml) {
        String m = error(yaml);
        assertTrue(m.contains(where + ": ") && m.contains(reasonPart), "expected " + where + " ... " + reasonPart
                + ", was: " + m);
    }

    @Test
    void theExampleLoads() {
        Scenario s = loader.parse(example(), "example.yaml");
        assertEquals(31, s.columns().get(0).vehicleCount());
    }

    @Test
    void aMineDensityOf1e23PerMetreIsRefused() {
        assertError("example.yaml:56:22: packages[0].obstacles[0].densityPerM", "must be at most 100",
                replace(example(), "densityPerM: 1.0", "densityPerM: 1e23"));
    }

    @Test
    void twoBillionRowsInARowsLayoutAreRefused() {
        assertError("packages[0].obstacles[0].rows", "must be at most " + Limits.MAX_ROWS,
                replace(example(), "rows: 3", "rows: 2000000000\n        layout: rows"));
    }

    @Test
    void twoBillionLanesPerObstacleAreRefused() {
        assertError("doctrine.lanesPerObstacle", "must be at most " + Limits.MAX_LANES_PER_OBSTACLE,
                replace(example(), "reconDetectionProbability: 0.5", "reconDetectionProbability: 0.5\n"
                        + "  lanesPerObstacle: 2000000000"));
    }

    @Test
    void oneGroupOfTwoBillionVehiclesIsRefused() {
        assertError("columns[0].marchOrder[0].count", "must be at most " + Limits.MAX_VEHICLES_PER_COLUMN,
                replace(example(), "count: 31}", "count: 2000000000}"));
    }

    @Test
    void twoGroupsOfTwoBillionVehiclesAreRefusedNotOverflowed() {
        assertError("columns[0].marchOrder[0].count", "must be at most " + Limits.MAX_VEHICLES_PER_COLUMN,
                replace(example(), "- {type: t72, count: 31}", "- {type: t72, count: 2000000000}\n"
                        + "      - {type: t72, count: 2000000000}"));
    }

    @Test
    void groupsThatTogetherExceedTheColumnBoundAreRefusedWithTheirSum() {
        assertError("columns[0].marchOrder", "must be at most " + Limits.MAX_VEHICLES_PER_COLUMN
                + " (gapsim's bound, docs/scenario-format.md#bounds), was 120000", replace(example(), "- {type: t72, count: 31}",
                "- {type: t72, count: 60000}\n      - {type: t72, count: 60000}"));
    }

    @Test
    void columnsThatTogetherExceedTheForceBoundAreRefused() {
        String two = replace(example(), "count: 31}", "count: 60000}");
        String col = two.substring(two.indexOf("  - id: tank-bn"), two.indexOf("existingObstacles:"));
        String yaml = replace(two, "existingObstacles:", col.replace("tank-bn", "tank-bn-2") + "existingObstacles:");
        assertError("columns", "at most " + Limits.MAX_VEHICLES_TOTAL + " vehicles, all columns together", yaml);
    }

    @Test
    void aColumnOfThreeHundredMillionVehiclesIsRefusedAtOnce() {
        // before: 53 s and 4.1 GB to validate
        String yaml = replace(example(), "count: 31}", "count: 300000000}");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertError("columns[0].marchOrder[0].count",
                "was 300000000", yaml));
    }

    @Test
    void aNanTriangularModeIsRefused() {
        assertError("example.yaml:71:38: doctrine.decisionDelayMin.triangular[1]", "mode must be a finite number, was NaN",
                replace(example(), "decisionDelayMin: {triangular: [5, 10, 20]}",
                        "decisionDelayMin: {triangular: [5, .nan, 20]}"));
    }

    @Test
    void infiniteAndNanValuesAreRefusedWhereverANumberIsRead() {
        assertError("horizonMin", "was NaN", replace(example(), "horizonMin: 1440", "horizonMin: .nan"));
        assertError("example.yaml:75:33: march.speedFactor.uniform[1]", "max must be a finite number >= 0, was Infinity", replace(example(), "speedFactor: {uniform: [0.85, 1.0]}",
                "speedFactor: {uniform: [0.85, .inf]}"));
        assertError("closure.fraction", "was NaN", replace(example(), "closure: {kind: all-columns}",
                "closure: {kind: all-columns, fraction: .nan}"));
        assertError("columns[0].engineers.bridgeLayers.emplaceMin.lognormal[1]", "sd must be a finite number >= 0, was "
                + "Infinity",
                replace(example(), "emplaceMin: {uniform: [2, 5]}", "emplaceMin: {lognormal: [2, .inf]}"));
    }

    @Test
    void aLognormalWhoseSdOverflowsAgainstItsMeanIsRefused() {
        assertError("columns[0].engineers.bridgeLayers.emplaceMin.lognormal[1]", "sd / mean overflows",
                replace(example(), "emplaceMin: {uniform: [2, 5]}", "emplaceMin: {lognormal: [1e-300, 1e9]}"));
    }

    @Test
    void costsThatWouldAddUpToInfinityAreRefused() {
        assertError("packages[0].obstacles[0].costEur", "must be at most", replace(example(), "costEur: 400_000",
                "costEur: 1e308"));
        String yaml = replace(replace(replace(example(), "costEur: 400_000", "costEur: 9e12"), "costEur: 60000",
                "costEur: 9e12"), "budgetEur: 1_560_000", "budgetEur: 0");
        assertError("packages[1].budgetEur", "what the package places (obstacles and defender units) must cost at "
                + "most", yaml);
    }

    @Test
    void aPackageNamedAfterTheBaselineIsRefused() {
        assertError("packages[0].name", "'" + FortificationPackage.BASELINE + "' is reserved for the baseline",
                replace(example(), "- name: mines\n", "- name: none\n").replace("includes: [mines]", "includes: [none]"));
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        String yaml = replace(replace(replace(example(), "densityPerM: 1.0", "densityPerM: 100"), "rows: 3",
                "rows: 1000\n        layout: rows"), "horizonMin: 1440", "horizonMin: " + (long) Limits.MAX_HORIZON_MIN);
        Scenario s = loader.parse(yaml, "example.yaml");
        assertEquals(Limits.MAX_HORIZON_MIN, s.horizonMin());
    }

    @Test
    void everyBoundIsDocumentedInTheFormat() throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/scenario-format.md"))) {
            dir = dir.getParent();
        }
        String doc = Files.readString(dir.resolve("docs/scenario-format.md"), StandardCharsets.UTF_8);
        String bounds = doc.substring(doc.indexOf("## Bounds"), doc.indexOf("## Errors"));
        for (java.lang.reflect.Field f : Limits.class.getFields()) {
            assertTrue(bounds.contains("`" + f.getName() + "`"), f.getName() + " is in docs/scenario-format.md, Bounds");
        }
    }

    @Test
    void theDefendersCountsAndRatesAreBounded() {
        String atgm = "{id: atgm-1, kind: atgm-team, position: {segment: s2, km: 6}}";
        assertError("defender.fireUnits[0].ammunition", "must be at most " + Limits.MAX_AMMUNITION,
                replace(example(), atgm, atgm.replace("}}", "}, ammunition: 10001}")));
        assertError("defender.fireUnits[0].engagementsPerHour", "must be at most 1000000",
                replace(example(), atgm, atgm.replace("}}", "}, engagementsPerHour: 1.5e6}")));
        assertError("defender.fireUnits[0].rangeKm", "must be at most 1000",
                replace(example(), atgm, atgm.replace("}}", "}, rangeKm: 5000}")));
        assertError("defender.sensors[0].detectionsPerHour", "must be at most 1000000",
                replace(example(), "rangeKm: 3}", "rangeKm: 3, detectionsPerHour: 1e9}"));
        assertError("doctrine.maxBreachAttempts", "must be at most " + Limits.MAX_BREACH_ATTEMPTS,
                replace(example(), "reconDetectionProbability: 0.5", "reconDetectionProbability: 0.5\n"
                        + "  maxBreachAttempts: 2000000000"));
        assertError("columns[0].engineers.mineRollers.blastsSurvived", "must be at most " + Limits.MAX_BLASTS_SURVIVED,
                replace(example(), "lineCharges: {count: 2}", "lineCharges: {count: 2}\n"
                        + "      mineRollers: {count: 1, blastsSurvived: 101}"));
        StringBuilder eleven = new StringBuilder("  observedTemplate:\n    sensors:\n");
        for (int i = 0; i <= Limits.MAX_TEMPLATE_UNITS; i++) {
            eleven.append("      - {id: op").append(i).append(", kind: uav}\n");
        }
        assertError("defender.observedTemplate.sensors", "at most " + Limits.MAX_TEMPLATE_UNITS,
                replace(example(), "  electronicProtection: 0.3\n", "  electronicProtection: 0.3\n" + eleven));
        // the scenario's units and a package's together
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < Limits.MAX_DEFENDER_UNITS; i++) {
            units.append("      - {id: s").append(i).append(", kind: uav, position: {place: sejny}}\n");
        }
        String yaml = replace(example(), "    isr: {attackerDetectionMultiplier: 0.8}\n",
                "    isr: {attackerDetectionMultiplier: 0.8}\n    defender:\n      sensors:\n" + units.toString()
                        .replace("      - ", "        - "));
        assertError("packages[1].defender.sensors", "at most " + Limits.MAX_DEFENDER_UNITS, yaml);
    }

    @Test
    void columnsTimesObstaclesInPlayAreBounded() {
        StringBuilder obstacles = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            obstacles.append("      - {type: abatis, id: ab").append(i).append(", segment: s2, positionKm: ")
                    .append(i * 0.2).append(", costEur: 0, depthM: 10}\n");
        }
        String base = replace(example(), "    obstacles:\n      - type: minefield", "    obstacles:\n" + obstacles
                + "      - type: minefield");
        assertEquals(102, loader.parse(base, "example.yaml").packages().get(0).obstacles().size(), "1 column: fine");
        StringBuilder columns = new StringBuilder();
        String col = base.substring(base.indexOf("  - id: tank-bn"), base.indexOf("existingObstacles:"));
        for (int c = 2; c <= 99; c++) {
            columns.append(col.replace("tank-bn", "tank-bn-" + c));
        }
        String many = replace(base, "existingObstacles:", columns + "existingObstacles:");
        assertError("packages[0].obstacles", "columns x obstacles in play (existing ones included) must be at most "
                + Limits.MAX_COLUMN_OBSTACLE_PAIRS, many);
    }

    @Test
    void theMinesOfAllFieldsInPlayAreBounded() {
        // 11 fields at the density bound in a corridor at its bound: 11 x 100 x 1,000 = 1.1 million mines
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            fields.append("      - {type: minefield, id: mf").append(i).append(", segment: s2, positionKm: ")
                    .append(10 + i).append(", costEur: 0, frontM: 250, depthM: 100, densityPerM: 100, "
                            + "fuze: track-width}\n");
        }
        String yaml = replace(replace(example(), "    obstacles:\n      - type: minefield", "    obstacles:\n" + fields
                + "      - type: minefield"), "reconDetectionProbability: 0.5", "reconDetectionProbability: 0.5\n"
                + "  corridorWidthM: 1000");
        assertError("packages[0].obstacles", "mines in a corridor of 1000.0 m (sum of densityPerM x "
                + "doctrine.corridorWidthM), at most " + Limits.MAX_MINES_IN_CORRIDORS, yaml);
        loader.parse(yaml.replace("corridorWidthM: 1000", "corridorWidthM: 900"), "example.yaml");
    }

    @Test
    void theRecordsThemselvesRefuseNanAndOutOfBoundValues() {
        // the records are the API too: the same checks hold for a scenario built in code
        org.gapsim.scenario.ScenarioException e = assertThrows(org.gapsim.scenario.ScenarioException.class,
                () -> new org.gapsim.scenario.Distribution.Triangular(5, Double.NaN, 20));
        assertEquals("mode: must be a finite number, was NaN", e.getMessage());
        assertThrows(org.gapsim.scenario.ScenarioException.class,
                () -> new org.gapsim.scenario.Distribution.Uniform(0, Double.POSITIVE_INFINITY));
        assertThrows(org.gapsim.scenario.ScenarioException.class,
                () -> new org.gapsim.scenario.IsrEffect(Double.NaN, null));
        assertThrows(org.gapsim.scenario.ScenarioException.class, () -> new org.gapsim.scenario.ColumnSpec("c", null,
                java.util.List.of(new org.gapsim.scenario.VehicleGroup("t", Limits.MAX_VEHICLES_PER_COLUMN),
                        new org.gapsim.scenario.VehicleGroup("t", Limits.MAX_VEHICLES_PER_COLUMN)), 50, "a", 0, "b",
                null, null, 0.5));
        assertThrows(org.gapsim.scenario.ScenarioException.class, () -> BreachDoctrineBounds.lanes(Integer.MAX_VALUE));
        assertEquals(Limits.MAX_LANES_PER_OBSTACLE, BreachDoctrineBounds.lanes(Limits.MAX_LANES_PER_OBSTACLE));
    }

    /** Builds a default doctrine with another lane count. */
    private static final class BreachDoctrineBounds {
        static int lanes(int n) {
            return org.gapsim.scenario.BreachDoctrine.DEFAULT.toBuilder().lanesPerObstacle(n).build().lanesPerObstacle();
        }
    }
}
