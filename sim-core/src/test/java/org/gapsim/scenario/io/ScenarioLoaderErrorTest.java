package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.MINI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per class of bad input: each asserts the whole one-line message, so file, line:column and path. */
class ScenarioLoaderErrorTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    private ScenarioFileException parseError(String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "mini.yaml"));
        assertOneLine(e);
        return e;
    }

    private void assertError(String expected, String yaml) {
        assertEquals(expected, parseError(yaml).getMessage());
    }

    private ScenarioFileException loadError(Path file) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.load(file));
        assertOneLine(e);
        return e;
    }

    private static void assertOneLine(ScenarioFileException e) {
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("\r"), e.getMessage());
    }

    private static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    // ---------------------------------------------------------------- structure

    @Test
    void unknownFieldSuggestsTheClosest() {
        assertError("mini.yaml:8:32: network.segments[0].lenghtKm: unknown field 'lenghtKm'; did you mean "
                + "'lengthKm'?; allowed: id, from, to, lengthKm, roadClass, lanes, speedLimitKmh, terrainBeside, "
                + "bridgeGapM, country, openWidthM", replace(MINI, "lengthKm: 20", "lenghtKm: 20"));
    }

    @Test
    void unknownFieldListsTheAllowedOnes() {
        assertError("mini.yaml:18:1: colour: unknown field 'colour'; allowed: name, description, horizonMin, network, "
                + "vehicleTypes, columns, existingObstacles, packages, packageFiles, doctrine, march, closure, defender, "
                + "clock, ground, crossingAssets, catalogue",
                MINI + "colour: red\n");
    }

    @Test
    void aListWhereAMapBelongs() {
        assertError("mini.yaml:18:11: doctrine: expected a map of fields, found a list",
                MINI + "doctrine: [a, b]\n");
    }

    @Test
    void aMapWhereAListBelongs() {
        assertError("mini.yaml:18:12: columns[0].route: expected a list, found a map",
                MINI + "    route: {a: b}\n");
    }

    @Test
    void badAssaultFiguresNameTheirField() {
        String ok = "{rangeKm: 3, engagementsPerHour: 12, pKillArmoured: 0.3, pKillLight: 0.6, detectionsPerHour: 2}";
        assertError("mini.yaml:18:31: doctrine.assault.rangeKm: must be a positive finite number, was -3.0",
                MINI + "doctrine: {assault: " + ok.replace("rangeKm: 3", "rangeKm: -3") + "}\n");
        assertError("mini.yaml:18:54: doctrine.assault.engagementsPerHour: must be a positive finite number, was 0.0",
                MINI + "doctrine: {assault: " + ok.replace("engagementsPerHour: 12", "engagementsPerHour: 0")
                + "}\n");
        assertError("mini.yaml:18:73: doctrine.assault.pKillArmoured: must be a probability in [0, 1], was 1.3",
                MINI + "doctrine: {assault: " + ok.replace("pKillArmoured: 0.3", "pKillArmoured: 1.3")
                + "}\n");
        assertError("mini.yaml:18:90: doctrine.assault.pKillLight: must be a probability in [0, 1], was -0.1",
                MINI + "doctrine: {assault: " + ok.replace("pKillLight: 0.6", "pKillLight: -0.1") + "}\n");
        assertError("mini.yaml:18:114: doctrine.assault.detectionsPerHour: must be a positive finite number, was 0.0",
                MINI + "doctrine: {assault: " + ok.replace("detectionsPerHour: 2", "detectionsPerHour: 0")
                + "}\n");
        assertError("mini.yaml:18:21: doctrine.assault.detectionsPerHour: is required (missing)",
                MINI + "doctrine: {assault: " + ok.replace(", detectionsPerHour: 2", "") + "}\n");
        assertError("mini.yaml:18:22: doctrine.assault.rangKm: unknown field 'rangKm'; did you mean 'rangeKm'?; "
                + "allowed: rangeKm, engagementsPerHour, pKillArmoured, pKillLight, detectionsPerHour",
                MINI + "doctrine: {assault: " + ok.replace("rangeKm", "rangKm") + "}\n");
    }

    @Test
    void textWhereANumberBelongs() {
        assertError("mini.yaml:14:16: columns[0].intervalM: expected a number, found 'fifty'",
                replace(MINI, "intervalM: 50", "intervalM: fifty"));
        assertError("mini.yaml:14:16: columns[0].intervalM: expected a number, found quoted text '50' (remove the "
                + "quotes)", replace(MINI, "intervalM: 50", "intervalM: \"50\""));
    }

    @Test
    void aFractionWhereAWholeNumberBelongs() {
        assertError("mini.yaml:13:37: columns[0].marchOrder[0].count: expected a whole number, found '2.5'",
                replace(MINI, "count: 10", "count: 2.5"));
        assertError("mini.yaml:13:37: columns[0].marchOrder[0].count: must be a whole number between -2147483648 "
                + "and 2147483647, was '99999999999'", replace(MINI, "count: 10", "count: 99999999999"));
    }

    @Test
    void textWhereABooleanBelongs() {
        assertError("mini.yaml:18:24: doctrine.proofLanes: expected true or false, found 'yes'",
                MINI + "doctrine: {proofLanes: yes}\n");
    }

    @Test
    void missingRequiredField() {
        assertError("mini.yaml:12:5: columns[0].intervalM: is required (missing)",
                replace(MINI, "    intervalM: 50\n", ""));
        assertError("mini.yaml:1:6: name: is required (was null)", replace(MINI, "name: mini", "name:"));
    }

    @Test
    void rootMustBeAMap() {
        assertError("mini.yaml:1:1: expected a map of scenario fields at the top level, found a list", "- a\n- b\n");
    }

    @Test
    void duplicateKey() {
        assertError("mini.yaml:18:1: name: duplicate field 'name' (first set at line 1)", MINI + "name: again\n");
    }

    @Test
    void unknownEnumValue() {
        assertError("mini.yaml:5:49: network.places[0].kind: unknown value 'village'; allowed: town, "
                + "border-crossing, assembly-area, junction, objective",
                replace(MINI, "kind: assembly-area", "kind: village"));
        assertError("mini.yaml:8:101: network.segments[0].terrainBeside: unknown value 'forrest'; did you mean "
                + "'forest'?; allowed: open, forest, wetland, lake, urban",
                replace(MINI, "terrainBeside: open", "terrainBeside: forrest"));
    }

    @Test
    void unknownObstacleTypeAndFieldOfAnotherType() {
        assertError("mini.yaml:19:12: existingObstacles[0].type: unknown value 'mine-field'; did you mean "
                + "'minefield'?; allowed: minefield, anti-tank-ditch, dragons-teeth, abatis, crater, bridge-demolition, "
                + "test-wire",
                MINI + "existingObstacles:\n  - {type: mine-field, id: m, segment: ab, positionKm: 1, costEur: 0}\n");
        assertError("mini.yaml:19:81: existingObstacles[0].gapM: unknown field 'gapM'; allowed: type, id, segment, "
                + "positionKm, coverage, costEur, diameterM, depthM, item",
                MINI + "existingObstacles:\n  - {type: crater, id: c, segment: ab, positionKm: 1, costEur: 0, "
                        + "diameterM: 5, gapM: 3}\n");
    }

    // ---------------------------------------------------------------- values rejected by the records

    @Test
    void negativeLength() {
        assertError("mini.yaml:8:42: network.segments[0].lengthKm: must be a positive finite number, was -20.0",
                replace(MINI, "lengthKm: 20", "lengthKm: -20"));
    }

    @Test
    void notANumberIsRejectedByTheRecord() {
        assertError("mini.yaml:8:42: network.segments[0].lengthKm: must be a positive finite number, was NaN",
                replace(MINI, "lengthKm: 20", "lengthKm: .nan"));
    }

    @Test
    void probabilityOutsideZeroOne() {
        assertError("mini.yaml:10:112: vehicleTypes[0].pKillTrackWidthFuze: must be a probability in [0, 1], was 1.7",
                replace(MINI, "pKillTrackWidthFuze: 0.7", "pKillTrackWidthFuze: 1.7"));
        assertError("mini.yaml:17:32: columns[0].combatIneffectiveFraction: must be a probability in [0, 1], was -0.1",
                replace(MINI, "combatIneffectiveFraction: 0.5", "combatIneffectiveFraction: -0.1"));
    }

    @Test
    void crossFieldRecordCheckPointsAtTheField() {
        assertError("mini.yaml:10:85: vehicleTypes[0].trackWidthM: two tracks of 2.0 m exceed the width 3.6 m",
                replace(MINI, "trackWidthM: 0.58", "trackWidthM: 2"));
    }

    @Test
    void duplicateId() {
        assertError("mini.yaml:6:12: network.places[1].id: duplicate id 'a'",
                replace(MINI, "- {id: b, latDeg: 54.2", "- {id: a, latDeg: 54.2"));
        assertError("mini.yaml:18:10: columns[1].id: duplicate id 'c1'", MINI + """
                  - {id: c1, marchOrder: [{type: t72, count: 1}], intervalM: 50, start: a, objective: b, combatIneffectiveFraction: 0}
                """);
    }

    // ---------------------------------------------------------------- references

    @Test
    void unknownPlaceReference() {
        assertError("mini.yaml:15:12: columns[0].start: unknown place 'z'", replace(MINI, "start: a", "start: z"));
        assertError("mini.yaml:8:29: network.segments[0].to: unknown place 'x'", replace(MINI, "to: b", "to: x"));
    }

    @Test
    void unknownVehicleTypeReference() {
        assertError("mini.yaml:13:25: columns[0].marchOrder[0].type: unknown vehicle type 't80'",
                replace(MINI, "type: t72", "type: t80"));
    }

    @Test
    void unknownSegmentReference() {
        assertError("mini.yaml:19:36: existingObstacles[0].segment: unknown segment 'zz'", MINI
                + "existingObstacles:\n  - {type: abatis, id: y, segment: zz, positionKm: 1, costEur: 0, depthM: 9}\n");
    }

    @Test
    void obstacleBeyondTheEndOfItsSegment() {
        assertError("mini.yaml:19:52: existingObstacles[0].positionKm: obstacle at 19.99 km (extent 60.0 m) runs "
                + "beyond the end of segment 'ab' (20.0 km)", MINI
                + "existingObstacles:\n  - {type: abatis, id: y, segment: ab, positionKm: 19.99, costEur: 0, depthM: 60}\n");
    }

    // ---------------------------------------------------------------- distributions

    @Test
    void badDistributions() {
        assertError("mini.yaml:18:48: doctrine.decisionDelayMin.triangular[1]: mode must be >= min (10.0), was 5.0",
                MINI + "doctrine: {decisionDelayMin: {triangular: [10, 5, 20]}}\n");
        assertError("mini.yaml:18:43: doctrine.decisionDelayMin.triangular: expected 3 numbers [min, mode, max], "
                + "found a list of 2", MINI + "doctrine: {decisionDelayMin: {triangular: [5, 10]}}\n");
        assertError("mini.yaml:18:30: doctrine.decisionDelayMin: a distribution map has exactly one key (fixed, "
                + "uniform, triangular, lognormal or exponential), found 2",
                MINI + "doctrine: {decisionDelayMin: {uniform: [1, 2], exponential: 3}}\n");
        assertError("mini.yaml:18:31: doctrine.decisionDelayMin.normal: unknown field 'normal'; allowed: fixed, "
                + "uniform, triangular, lognormal, exponential, ssj, params, empirical, shifted-exponential",
                MINI + "doctrine: {decisionDelayMin: {normal: [1, 2]}}\n");
        assertError("mini.yaml:18:56: doctrine.decisionDelayMin.lognormal.sd: must be a finite number >= 0, was -1.0",
                MINI + "doctrine: {decisionDelayMin: {lognormal: {mean: 3, sd: -1}}}\n");
        assertError("mini.yaml:18:30: doctrine.decisionDelayMin: must be a finite number >= 0, was -4.0",
                MINI + "doctrine: {decisionDelayMin: -4}\n");
        assertError("mini.yaml:18:22: march.speedFactor: must stay above 0, its minimum was 0.0",
                MINI + "march: {speedFactor: {uniform: [0, 1]}}\n");
    }

    // ---------------------------------------------------------------- packages and includes

    private static final String PKGS = MINI + """
            packages:
              - name: p1
                countries: [LT]
                obstacles:
                  - {type: abatis, id: ab1, segment: ab, positionKm: 1, costEur: 10, depthM: 50}
              - name: p2
                countries: [LT]
                includes: [p1]
            """;

    @Test
    void unknownInclude() {
        assertError("mini.yaml:25:16: packages[1].includes[0]: unknown package 'p3'; did you mean 'p1'?; known: p1, p2",
                replace(PKGS, "includes: [p1]", "includes: [p3]"));
    }

    @Test
    void includeCycle() {
        assertError("mini.yaml:25:16: packages[1].includes[0]: include cycle: p2 -> p2",
                replace(PKGS, "includes: [p1]", "includes: [p2]"));
        assertError("mini.yaml:26:16: packages[1].includes[0]: include cycle: p1 -> p2 -> p1",
                replace(PKGS, "countries: [LT]\n    obstacles:", "countries: [LT]\n    includes: [p2]\n    obstacles:")
                        .replace("includes: [p1]", "includes: [p1]"));
    }

    @Test
    void duplicatePackageName() {
        assertError("mini.yaml:23:11: packages[1].name: duplicate package name 'p1' (first defined at mini.yaml:19:11)",
                replace(PKGS, "name: p2", "name: p1"));
    }

    @Test
    void errorInAnIncludedObstacleIsReportedWhereItIsWritten() {
        // p2 includes p1; p1's obstacle lies beyond the segment end: reported at p1's obstacle, for both packages
        assertError("mini.yaml:22:58: packages[0].obstacles[0].positionKm: obstacle at 19.99 km (extent 50.0 m) runs "
                + "beyond the end of segment 'ab' (20.0 km)", replace(PKGS, "positionKm: 1,", "positionKm: 19.99,"));
    }

    @Test
    void packageObstacleOutsideItsCountries() {
        assertError("mini.yaml:22:42: packages[0].obstacles[0].segment: segment 'ab' lies in LT, outside the "
                + "package's countries [PL]", replace(PKGS, "name: p1\n    countries: [LT]", "name: p1\n    countries: [PL]"));
    }

    @Test
    void conflictingObstacleIdsInCombinedPackages() {
        assertError("mini.yaml:27:28: packages[1].obstacles[0].id: obstacle id 'ab1' of package 'p2' differs from "
                + "the obstacle with that id in package 'p1'", PKGS + """
                    obstacles:
                      - {type: abatis, id: ab1, segment: ab, positionKm: 2, costEur: 10, depthM: 50}
                """);
    }

    @Test
    void packageFilesNeedABaseDirectoryInParse() {
        assertError("mini.yaml:18:16: packageFiles[0]: package files cannot be resolved: no base directory (load the "
                + "scenario from a file, or pass a base directory to parse)", MINI + "packageFiles: [p.yaml]\n");
    }

    @Test
    void missingPackageFileIsReportedAtItsEntry() throws IOException {
        Path main = dir.resolve("main.yaml");
        Files.writeString(main, MINI + "packageFiles: [nope.yaml]\n");
        ScenarioFileException e = loadError(main);
        assertEquals(main + ":18:16: packageFiles[0]: '" + dir.resolve("nope.yaml") + "': file does not exist",
                e.getMessage());
    }

    @Test
    void errorInsideAPackageFileNamesThatFile() throws IOException {
        Path main = dir.resolve("main.yaml");
        Files.writeString(main, PKGS + "packageFiles: [more/p3.yaml]\n");
        Files.createDirectories(dir.resolve("more"));
        Path p3 = dir.resolve("more/p3.yaml");
        Files.writeString(p3, """
                # a list of two packages
                - name: p3
                  countries: [LT]
                  obstacles:
                    - {type: crater, id: c3, segment: ab, positionKm: 1, costEur: 10, diameterM: 5, depthM: 2}
                - name: p4
                  countries: [LT]
                  obstacles:
                    - {type: crater, id: c4, segment: nowhere, positionKm: 1, costEur: 10, diameterM: 5, depthM: 2}
                """);
        assertEquals(p3 + ":9:39: packages[3].obstacles[0].segment: unknown segment 'nowhere'",
                loadError(main).getMessage());
        Files.writeString(p3, "name: p3\ncountries: [LT]\nbudgetEur: -5\n");
        assertEquals(p3 + ":3:12: packages[2].budgetEur: must be a finite number >= 0, was -5.0",
                loadError(main).getMessage());
        Files.writeString(p3, "name: p3\nincludes: [p2, p9]\n");
        assertEquals(p3 + ":2:16: packages[2].includes[1]: unknown package 'p9'; did you mean 'p1'?; known: p1, p2, p3",
                loadError(main).getMessage());
        Files.writeString(p3, "just text\n");
        assertEquals(p3 + ":1:1: expected a package map or a list of package maps, found a plain value",
                loadError(main).getMessage());
    }

    // ---------------------------------------------------------------- files and text

    @Test
    void emptyFile() {
        assertError("mini.yaml:1:1: file is empty: expected a scenario (see docs/scenario-format.md)", "");
        assertError("mini.yaml:1:1: file is empty: expected a scenario (see docs/scenario-format.md)",
                "# only a comment\n\n");
        assertError("mini.yaml:1:1: file is empty: expected a scenario (see docs/scenario-format.md)", "---\n");
    }

    @Test
    void binaryFile() throws IOException {
        Path nul = dir.resolve("nul.yaml");
        Files.write(nul, "name: x\nhorizonMin: \u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(nul + ":2:13: binary file: NUL byte at offset 20; a scenario file is UTF-8 text",
                loadError(nul).getMessage());
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "name: Suwa\u0142ki\n".getBytes(StandardCharsets.UTF_8));
        Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'G', (byte) 0xF3, 'r', 'a', '\n'});
        assertEquals(latin1 + ":1:8: binary file: invalid UTF-8 at byte offset 7; a scenario file is UTF-8 text",
                loadError(latin1).getMessage());
        assertError("mini.yaml:2:3: binary file: NUL character; a scenario file is UTF-8 text", "a: 1\nb:\u0000\n");
        assertError("mini.yaml:1:4: non-printable character U+0007; a scenario file is UTF-8 text (binary file?)",
                "a: \u0007\n");
    }

    @Test
    void fileThatDoesNotExistOrCannotBeRead() throws IOException {
        Path missing = dir.resolve("missing.yaml");
        assertEquals(missing + ": file does not exist", loadError(missing).getMessage());
        assertEquals(dir + ": is a directory, not a file", loadError(dir).getMessage());
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.load(null));
        assertEquals("<null>: no file given", e.getMessage());
        assertEquals("mini.yaml: no text given",
                assertThrows(ScenarioFileException.class, () -> loader.parse(null, "mini.yaml")).getMessage());
    }

    @Test
    void yamlSyntaxErrorsHaveLineAndColumn() {
        assertError("mini.yaml:2:15: YAML syntax error: mapping values are not allowed here",
                "name: x\nhorizonMin: 60: 0\n");
        assertError("mini.yaml:3:1: YAML syntax error: found character '\\t(TAB)' that cannot start any token. "
                + "(Do not use \\t(TAB) for indentation) (while scanning for the next token)", "a:\n  b: 1\n\tc: 2\n");
        assertError("mini.yaml:2:1: YAML syntax error: found unexpected end of stream (while scanning a quoted "
                + "scalar)", "name: \"abc\n");
        assertError("mini.yaml:1:7: YAML syntax error: found undefined alias x", "name: *x\n");
    }

    @Test
    void multipleDocuments() {
        assertError("mini.yaml:18:1: more than one YAML document ('---'); a scenario file holds exactly one",
                MINI + "---\nname: two\n");
    }

    @Test
    void yamlBombIsRefused() {
        StringBuilder b = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 30; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) {
                b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        ScenarioFileException e = parseError(b.toString());
        assertEquals("mini.yaml:12:18: YAML error: too many aliases (more than 100 to maps or lists): refusing a "
                + "possible alias bomb", e.getMessage());
    }

    @Test
    void aliasesThatStayUnderTheLimitCannotMultiplyWork() {
        // 90 aliases into the route list: a legal file whose alias use stays linear for the loader
        StringBuilder b = new StringBuilder(MINI.replace("    start: a\n", "    start: a\n    route: &r [a, b]\n"));
        b.append("existingObstacles:\n");
        for (int i = 0; i < 90; i++) {
            b.append("  - {type: abatis, id: x").append(i).append(", segment: ab, positionKm: 1, costEur: 0, depthM: *r}\n");
        }
        assertEquals("mini.yaml:16:12: existingObstacles[0].depthM: expected a number, found a list",
                parseError(b.toString()).getMessage());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "name: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        assertEquals("mini.yaml:1:47: YAML error: nesting deeper than 40 levels", parseError(deep).getMessage());
    }

    @Test
    void overlongLinesAndNumbersAreRefusedQuickly() {
        assertError("mini.yaml:1:50001: line longer than 50000 characters (not a scenario file?)",
                "name: " + "x".repeat(60_000) + "\n");
        assertError("mini.yaml:14:16: columns[0].intervalM: expected a number of at most 100 characters, found 40000",
                replace(MINI, "intervalM: 50", "intervalM: " + "9".repeat(40_000)));
        assertError("mini.yaml:13:37: columns[0].marchOrder[0].count: must be a whole number between -2147483648 and "
                + "2147483647, was '" + "9".repeat(60) + "...'", replace(MINI, "count: 10", "count: " + "9".repeat(40_000)));
    }

    @Test
    void everyErrorIsAScenarioException() {
        ScenarioFileException e = parseError(replace(MINI, "start: a", "start: z"));
        assertTrue(e instanceof ScenarioException);
        assertEquals("columns[0].start", e.field());
        assertEquals("mini.yaml", e.source());
        assertEquals(15, e.line());
        assertEquals(12, e.column());
        assertEquals("unknown place 'z'", e.reason());
        ScenarioFileException w = e.within("outer");
        assertEquals("mini.yaml:15:12: outer.columns[0].start: unknown place 'z'", w.getMessage());
        assertEquals("outer.columns[0].start", w.field());
    }
}
