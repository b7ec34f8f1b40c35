package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gapsim.experiment.sweep.Assumption;
import org.gapsim.experiment.sweep.SweepReport;
import org.gapsim.report.Study;
import org.gapsim.report.SweepHtmlReport;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code gapsim sweep}, run in-process at tiny sizes. */
class SweepCommandTest {
    private static final String COVERED = "--factor=doctrine.nightWorkFactor=1:4";
    private static final String RECON = "--factor=doctrine.reconDetectionProbability=0.2:0.9";

    @Test
    void aTinySweepOfTheSuwalkiStudyRunsEndToEnd(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sweep");
        Result r = gapsim("sweep", COVERED, "--factor", "doctrine.reconDetectionProbability=0.2:0.9", "--points", "3",
                "--replications", "4", "--threads", "2", "--packages", "at-mines,full", "--out", out.toString(),
                "--quiet");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        assertEquals("", r.err(), "--quiet: nothing on stderr");
        assertTrue(r.out().startsWith("Sweep of scenario 'suwalki-gap': 3 design points"), r.out());
        assertTrue(r.out().contains("3 design points x 3 packages x 4 replications"), r.out());
        assertTrue(r.out().contains("\nat-mines ") && r.out().contains("\nfull "), r.out());
        for (String f : List.of(SweepReport.DESIGN_CSV, SweepReport.SENSITIVITY_CSV, SweepReport.SENSITIVITY_TXT)) {
            assertTrue(Files.isRegularFile(out.resolve(f)) && Files.size(out.resolve(f)) > 0, f);
        }
        List<String> design = Files.readAllLines(out.resolve(SweepReport.DESIGN_CSV));
        assertTrue(design.get(0).startsWith("point,doctrine.nightWorkFactor,doctrine.reconDetectionProbability,"
                + "package,"), design.get(0));
        assertEquals(1 + 3 * 3, design.size(), "header + 3 points x (none, at-mines, full)");
        assertEquals(r.out(), Files.readString(out.resolve(SweepReport.SENSITIVITY_TXT)));

        String page = Files.readString(out.resolve(SweepHtmlReport.FILE));
        assertTrue(page.startsWith("<!DOCTYPE html>") && !page.contains("<script"), "self-contained page");
        assertTrue(page.contains("id=\"chart-effects\"") && page.contains("id=\"chart-heatmap\""), "both figures");
        assertEquals(2, count(page, "class=\"panel\""), "one panel per factor");
        assertEquals(2 * 2, count(page, "class=\"cell\""), "heat map: 2 compared packages x 2 factors");
        assertEquals(2 * 3 * 2, count(page, "class=\"point\""), "2 panels x 3 points x 2 packages");
        assertTrue(page.contains(">doctrine.nightWorkFactor</text>"), "factor named in full");
        assertTrue(page.contains("Interactions not estimated: the design is too small. With 2 varying factors the "
                + "fit has 4 coefficients (1 + k + k(k-1)/2), so it needs at least 5 design points; this sweep has 3."),
                "interactions: the design is too small");
        assertTrue(Files.readString(out.resolve(SweepHtmlReport.INTERACTIONS_SVG)).contains("needs at least 5"));
        assertTrue(Files.readString(out.resolve(Study.PROVENANCE)).contains("\"" + SweepHtmlReport.INTERACTIONS_SVG
                + "\""));
        assertTrue(Files.readString(out.resolve(Study.PROVENANCE)).contains("\"" + SweepHtmlReport.FILE + "\""));
    }

    @Test
    void aSweepWithEnoughPointsShowsTheInteractionHeatMap(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sweep");
        Result r = gapsim("sweep", COVERED, "--factor", "doctrine.reconDetectionProbability=0.2:0.9", "--points", "6",
                "--replications", "3", "--threads", "2", "--packages", "full", "--out", out.toString(), "--quiet");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        String page = Files.readString(out.resolve(SweepHtmlReport.FILE));
        assertTrue(page.contains("<figure id=\"figure-interactions\">"), "6 points > 1 + 2 + 1 coefficients");
        assertFalse(page.contains("Interactions not estimated"));
        assertEquals(2, count(page, "class=\"interaction-cell\""), "one package, 2 x 2 less the diagonal");
        assertTrue(page.contains("data-pair=\"doctrine.nightWorkFactor:doctrine.reconDetectionProbability\""));
        String svg = Files.readString(out.resolve(SweepHtmlReport.INTERACTIONS_SVG));
        assertTrue(svg.startsWith("<svg") && svg.contains("data-package=\"full\""), svg);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void helpListsTheFactorCatalogue() {
        Result help = gapsim("sweep", "--help");
        assertEquals(GapsimCli.EXIT_OK, help.code(), help.err());
        for (String k : Assumption.keys()) {
            assertTrue(help.out().contains("  " + k + " "), k + " in\n" + help.out());
        }
        assertTrue(help.out().contains("--points") && help.out().contains("--design-seed"), help.out());
        assertTrue(gapsim("--help").out().contains("sweep"));
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown factor", List.of("--factor", "doctrine.breachSpeed=1:2"), "--factor"),
                Arguments.of("malformed range", List.of("--factor", "doctrine.nightWorkFactor=1-4"), "--factor"),
                Arguments.of("not a number", List.of("--factor", "doctrine.nightWorkFactor=one:4"), "--factor"),
                Arguments.of("low above high", List.of("--factor", "doctrine.nightWorkFactor=4:1"), "--factor"),
                Arguments.of("outside the legal range", List.of("--factor", "doctrine.reconDetectionProbability=0.2:1.2"),
                        "--factor"),
                Arguments.of("the same factor twice", List.of(COVERED, COVERED), "--factor"),
                Arguments.of("no factor", List.of("--points", "3"), "--factor"),
                Arguments.of("one point", List.of(COVERED, "--points", "1"), "--points"),
                Arguments.of("zero replications", List.of(COVERED, "--replications", "0"), "--replications"),
                Arguments.of("precision out of range", List.of(COVERED, "--precision", "1.5"), "--precision"),
                Arguments.of("zero threads", List.of(COVERED, "--threads", "0"), "--threads"),
                Arguments.of("unknown package", List.of(COVERED, "--packages", "at-mines,nope"), "--packages"),
                Arguments.of("missing scenario file", List.of(COVERED, "no-such-file.yaml"), "no-such-file.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputExitsTwoWithOneLineAndWritesNothing(String label, List<String> args, String named,
                                                      @TempDir Path dir) {
        Path out = dir.resolve("out");
        List<String> all = new ArrayList<>(List.of("sweep"));
        all.addAll(args);
        if (!args.contains("--replications")) {
            all.addAll(List.of("--replications", "2"));
        }
        all.addAll(List.of("--out", out.toString()));
        Result r = gapsim(all.toArray(String[]::new));
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), label + ": " + r.err());
        assertEquals(1, r.errLines().size(), label + ": one line on stderr, was:\n" + r.err());
        assertTrue(r.err().startsWith("gapsim sweep: "), label + ": " + r.err());
        assertTrue(r.err().contains(named), label + ": names " + named + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), label + ": no stack trace: " + r.err());
        assertEquals("", r.out(), label + ": nothing on stdout");
        assertFalse(Files.exists(out), label + ": nothing written");
    }

    @Test
    void anUnknownFactorNamesTheKnownOnes(@TempDir Path dir) {
        Result r = gapsim("sweep", "--factor", "doctrine.nope=1:2", "--out", dir.resolve("o").toString());
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code());
        assertTrue(r.err().contains("unknown factor 'doctrine.nope'; known: doctrine.reconDetectionProbability,"),
                r.err());
        assertTrue(r.err().contains("march.departureDelayScale"), r.err());
    }
}
