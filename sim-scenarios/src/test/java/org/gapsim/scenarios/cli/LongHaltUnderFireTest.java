package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.CoverageTemplate;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioWriter;
import org.gapsim.scenarios.BuiltInScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found verifying issue 10 (item 5's class: legal values that crash): two values each inside its documented bound,
 * {@code coveredAttritionPerHour: 10000} and a decision delay of {@code 1e6} or {@code 1e7} minutes, passed
 * {@code validate}, then {@code run} exited 1 with "internal error ... OutOfMemoryError"; at {@code 1e9} minutes the
 * count overflowed an int and the column silently lost nothing. Since issue 11 the attrition rates are gone and fire
 * is events in time; the same extremes now: the covered obstacles' template holds a fire unit at the rate and
 * ammunition bounds ({@code Limits.MAX_RATE_PER_HOUR}, {@code Limits.MAX_AMMUNITION}), the isr package covers every
 * obstacle, and the decision delay is {@code 1e5} to {@code 1e9} minutes.
 */
class LongHaltUnderFireTest {
    @TempDir
    Path dir;

    private Path scenario(String delayMin) throws IOException {
        Scenario s = BuiltInScenarios.load(BuiltInScenarios.DEFAULT);
        FireUnit heavy = FireUnit.builder().id("heavy").kind(FireUnitKind.ATGM_TEAM).rangeKm(10)
                .engagementsPerHour(Limits.MAX_RATE_PER_HOUR).ammunition(Limits.MAX_AMMUNITION).pKillArmoured(1)
                .pKillLight(1).ownDetectionsPerHour(Limits.MAX_RATE_PER_HOUR).build();
        Defender d = s.defender().toBuilder().coveredTemplate(new CoverageTemplate(List.of(), List.of(heavy))).build();
        List<FortificationPackage> packages = s.packages().stream().map(p -> p.name().equals("isr")
                ? p.toBuilder().isr(p.isr().toBuilder().minimumCoverage(Coverage.COVERED_BY_FIRE).build()).build()
                : p).toList();
        Scenario edited = s.toBuilder().defender(d).packages(packages).doctrine(s.doctrine().toBuilder()
                .decisionDelayMin(Distribution.fixed(Double.parseDouble(delayMin))).build()).build();
        Path file = dir.resolve("long-halt-" + delayMin + ".yaml");
        Files.writeString(file, new ScenarioWriter().write(edited));
        assertEquals(GapsimCli.EXIT_OK, Cli.gapsim("validate", file.toString()).code());
        return file;
    }

    /** @return the isr package's vehicles lost in replication 0, from replications.csv */
    private double isrLosses(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("replications.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int pk = header.indexOf("package");
        int col = header.indexOf("vehicles_lost");
        for (String l : lines) {
            String[] f = l.split(",");
            if (f.length > col && f[pk].equals("isr")) {
                return Double.parseDouble(f[col]);
            }
        }
        throw new AssertionError("no isr row");
    }

    @Test
    void aLongHaltAtTheAttritionBoundIsNotAnInternalError() throws IOException {
        Path out = dir.resolve("out7");
        Cli.Result run = Cli.gapsim("run", scenario("1e7").toString(), "-n", "1",
                "--packages", "isr", "--out", out.toString(), "-q", "-t", "1");
        assertTrue(run.code() == GapsimCli.EXIT_OK || run.code() == GapsimCli.EXIT_BAD_INPUT,
                "exit 0 or 2, was " + run.code() + ": " + run.err());
    }

    @Test
    void aLongerHaltUnderFireLosesAtLeastAsManyVehicles() throws IOException {
        Path shortHalt = dir.resolve("out5");
        Path longHalt = dir.resolve("out9");
        assertEquals(GapsimCli.EXIT_OK, Cli.gapsim("run", scenario("1e5").toString(), "-n", "1",
                "--packages", "isr", "--out", shortHalt.toString(), "-q", "-t", "1").code());
        assertEquals(GapsimCli.EXIT_OK, Cli.gapsim("run", scenario("1e9").toString(), "-n", "1",
                "--packages", "isr", "--out", longHalt.toString(), "-q", "-t", "1").code());
        assertTrue(isrLosses(shortHalt) > 0, "the covered obstacles' fire kills");
        assertTrue(isrLosses(longHalt) >= isrLosses(shortHalt),
                "a halt of 1e9 min lost " + isrLosses(longHalt) + " vehicles, one of 1e5 min " + isrLosses(shortHalt));
    }
}
