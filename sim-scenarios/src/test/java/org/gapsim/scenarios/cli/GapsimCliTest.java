package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gapsim.report.Study;
import org.gapsim.scenarios.BuiltInScenarios;
import org.gapsim.scenarios.SuwalkiGap;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line, run in-process through picocli with stdout and stderr captured. */
class GapsimCliTest {
    @TempDir
    static Path shared;

    /** The default study at 20 replications, run once for the tests that read its outputs. */
    private static Result study;
    private static Path studyDir;

    @BeforeAll
    static void runTheDefaultStudy() {
        studyDir = shared.resolve("study");
        study = gapsim("run", "--replications", "20", "--threads", "2", "--out", studyDir.toString(), "--quiet");
    }

    @Test
    void theDefaultStudyRunsEndToEnd() {
        assertEquals(GapsimCli.EXIT_OK, study.code(), study.err());
        assertEquals("", study.err(), "--quiet: nothing on stderr");
        for (String p : SuwalkiGap.scenario().packageNames()) {
            assertTrue(study.out().contains("\n" + p + " ") || study.out().contains("\n" + p + "  "),
                    "table lists " + p + ":\n" + study.out());
        }
        assertTrue(study.out().contains("20 replications"), study.out());
        for (String f : List.of(Study.REPLICATIONS, Study.SUMMARY_CSV, Study.SUMMARY_JSON, Study.SUMMARY_TXT,
                Study.SLOWDOWN_PNG, Study.CLOSURE_PNG)) {
            Path file = studyDir.resolve(f);
            assertTrue(Files.isRegularFile(file) && file.toFile().length() > 0, f);
        }
    }

    @Test
    void aTraceReproducesItsRowOfReplicationsCsv() throws IOException {
        assertEquals(GapsimCli.EXIT_OK, study.code(), study.err());
        List<String> lines = Files.readAllLines(studyDir.resolve(Study.REPLICATIONS), StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int rep = header.indexOf("replication");
        int pkg = header.indexOf("package");
        int closure = header.indexOf("closure_h");
        int slowdown = header.indexOf("slowdown_h");
        String[] row = lines.stream().map(l -> l.split(",")).filter(c -> c[rep].equals("7") && c[pkg].equals("full"))
                .findFirst().orElseThrow();

        Result t = gapsim("trace", "--package", "full", "--replication", "7");
        assertEquals(GapsimCli.EXIT_OK, t.code(), t.err());
        assertTrue(t.out().contains("departed gusev"), t.out());
        assertTrue(t.out().contains("head at objective marijampole"), t.out());
        assertEquals(String.format(Locale.ROOT, "%.2f", Double.parseDouble(row[closure])),
                group(t.out(), "Closure: ([0-9.]+) h"));
        assertEquals(String.format(Locale.ROOT, "%+.2f", Double.parseDouble(row[slowdown])),
                group(t.out(), "slowdown ([-+][0-9.]+) h"));
    }

    @Test
    void listShowsEveryPackageWithItsCost() {
        Result r = gapsim("list");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        assertTrue(r.out().contains(BuiltInScenarios.DEFAULT), r.out());
        assertTrue(r.out().matches("(?s).*\\n  at-mines +812\\.00 .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  full +1092\\.00 .*"), r.out());
        assertTrue(r.out().matches("(?s).*\\n  full\\+east-shield +3392\\.00 .*"), r.out());
    }

    @Test
    void validateAcceptsTheShippedFileAndRejectsABrokenOne(@TempDir Path dir) throws IOException {
        Result shown = gapsim("show");
        assertEquals(GapsimCli.EXIT_OK, shown.code(), shown.err());
        Path copy = dir.resolve("copy.yaml");
        Files.writeString(copy, shown.out());
        Result ok = gapsim("validate", copy.toString());
        assertEquals(GapsimCli.EXIT_OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("valid scenario 'suwalki-gap'"), ok.out());

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, shown.out().replace("intervalM: 50", "intervalM: -50"));
        Result bad = gapsim("validate", broken.toString());
        assertEquals(GapsimCli.EXIT_BAD_INPUT, bad.code());
        assertEquals(1, bad.errLines().size(), bad.err());
        assertTrue(bad.err().matches("(?s).*broken\\.yaml:\\d+:\\d+: columns\\[0]\\.intervalM: .*"), bad.err());
    }

    @Test
    void helpAndVersionExitZero() {
        Result help = gapsim("--help");
        assertEquals(GapsimCli.EXIT_OK, help.code());
        assertTrue(help.out().contains("run") && help.out().contains("trace"), help.out());
        Result runHelp = gapsim("run", "--help");
        assertEquals(GapsimCli.EXIT_OK, runHelp.code());
        assertTrue(runHelp.out().contains("--precision") && runHelp.out().contains("--resume"), runHelp.out());
        Result version = gapsim("--version");
        assertEquals(GapsimCli.EXIT_OK, version.code());
        assertTrue(version.out().startsWith("gapsim "), version.out());
    }

    static Stream<Arguments> badInputs() throws IOException {
        Path malformed = shared.resolve("malformed.yaml");
        Files.writeString(malformed, "name: [unclosed\nhorizonMin: 10\n");
        Path directory = Files.createDirectories(shared.resolve("a-directory.yaml"));
        return Stream.of(
                Arguments.of("unknown package", List.of("run", "--packages", "at-mines,no-such-package"), "--packages"),
                Arguments.of("zero replications", List.of("run", "--replications", "0"), "--replications"),
                Arguments.of("precision out of range", List.of("run", "--precision", "2"), "--precision"),
                Arguments.of("not a number", List.of("run", "--replications", "many"), "--replications"),
                Arguments.of("unknown option", List.of("run", "--fast"), "--fast"),
                Arguments.of("missing scenario file", List.of("run", shared.resolve("missing.yaml").toString()),
                        "missing.yaml"),
                Arguments.of("unreadable scenario file", List.of("run", directory.toString()), "a-directory.yaml"),
                Arguments.of("malformed YAML", List.of("run", malformed.toString()), "malformed.yaml:"),
                Arguments.of("zero threads", List.of("run", "--threads", "0"), "--threads"),
                Arguments.of("trace of an unknown package", List.of("trace", "--package", "nope"), "--package"),
                Arguments.of("trace of a negative replication", List.of("trace", "--package", "full",
                        "--replication", "-3"), "--replication"),
                Arguments.of("unknown command", List.of("simulate"), "simulate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputExitsTwoWithOneLineAndWritesNothing(String label, List<String> args, String named,
                                                      @TempDir Path dir) {
        Path out = dir.resolve("out");
        List<String> all = new ArrayList<>(args);
        if (args.get(0).equals("run")) {
            all.addAll(List.of("--out", out.toString()));
        }
        Result r = gapsim(all.toArray(String[]::new));
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), label + ": " + r.err());
        assertEquals(1, r.errLines().size(), label + ": one line on stderr, was:\n" + r.err());
        assertTrue(r.err().contains(named), label + ": names " + named + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), label + ": no stack trace: " + r.err());
        assertEquals("", r.out(), label + ": nothing on stdout");
        assertFalse(Files.exists(out), label + ": nothing written");
    }

    @Test
    void anInterruptedRunIsKeptUnlessResumed(@TempDir Path dir) throws IOException {
        Path partial = dir.resolve(Study.REPLICATIONS + ".partial");
        Files.writeString(partial, "interrupted run\n");
        Result r = gapsim("run", "--replications", "5", "--out", dir.toString(), "--quiet");
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("--resume"), r.err());
        assertEquals("interrupted run\n", Files.readString(partial));
    }

    @Test
    void aFinishedRunIsReplacedByAFreshOneAndExtendedByResume(@TempDir Path dir) throws IOException {
        String[] base = {"run", "--replications", "3", "--packages", "ditches", "--out", dir.toString(), "--quiet"};
        assertEquals(GapsimCli.EXIT_OK, gapsim(base).code());
        Result again = gapsim("run", "--replications", "4", "--packages", "ditches", "--seed", "9", "--out",
                dir.toString(), "--quiet");
        assertEquals(GapsimCli.EXIT_OK, again.code(), again.err());
        assertTrue(again.out().contains("master seed 9, 4 replications"), again.out());
        Result more = gapsim("run", "--replications", "6", "--packages", "ditches", "--seed", "9", "--out",
                dir.toString(), "--quiet", "--resume");
        assertEquals(GapsimCli.EXIT_OK, more.code(), more.err());
        assertTrue(more.out().contains("master seed 9, 6 replications"), more.out());
        long rows = Files.readAllLines(dir.resolve(Study.REPLICATIONS)).stream().filter(l -> !l.isBlank()).count();
        assertEquals(1 + 6 * 2, rows, "header + 6 replications x (baseline, ditches)");
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }
}
