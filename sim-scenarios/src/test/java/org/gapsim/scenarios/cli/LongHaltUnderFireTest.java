package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found verifying issue 10 (item 5's class: legal values that crash): two values each inside its documented bound,
 * {@code coveredAttritionPerHour: 10000} and a decision delay of {@code 1e6} or {@code 1e7} minutes, pass
 * {@code validate}, then {@code run} exits 1 with "internal error ... OutOfMemoryError"; at {@code 1e9} minutes the
 * count overflows an int and the column silently loses nothing (0 vehicles, against 116 at {@code 1e5}). The fuzz
 * test tries one field at a time and misses it. Cause: {@code model.Losses.toFire} draws a Poisson count of losses for the
 * whole halt (rate x halt, the halt not clipped at the horizon) and allocates three arrays of that count
 * ({@code Scratch.losses}), though a column loses at most its vehicles. Fixed: the halt is cut at the horizon and an
 * expected count above the vehicle bound is walked loss by loss ({@code Losses.toFireInTime}).
 */
class LongHaltUnderFireTest {
    @TempDir
    Path dir;

    private Path scenario(String delayMin) throws IOException {
        Cli.Result show = Cli.gapsim("show");
        assertEquals(GapsimCli.EXIT_OK, show.code());
        // issue 11: the attrition multipliers are gone; the halt is fought by the defender's units (package full)
        String text = show.out()
                .replace("decisionDelayMin: {triangular: [5, 10, 20]}", "decisionDelayMin: " + delayMin);
        assertTrue(text.contains("decisionDelayMin: " + delayMin));
        Path file = dir.resolve("long-halt-" + delayMin + ".yaml");
        Files.writeString(file, text);
        assertEquals(GapsimCli.EXIT_OK, Cli.gapsim("validate", file.toString()).code());
        return file;
    }

    /** @return the full package's vehicles lost in replication 0, from replications.csv */
    private double fullLosses(Path out) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("replications.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int pk = header.indexOf("package");
        int col = header.indexOf("vehicles_lost");
        for (String l : lines) {
            String[] f = l.split(",");
            if (f.length > col && f[pk].equals("full")) {
                return Double.parseDouble(f[col]);
            }
        }
        throw new AssertionError("no full row");
    }

    @Test
    void aLongHaltAtTheAttritionBoundIsNotAnInternalError() throws IOException {
        Path out = dir.resolve("out7");
        Cli.Result run = Cli.gapsim("run", scenario("1e7").toString(), "-n", "1",
                "--packages", "full", "--out", out.toString(), "-q", "-t", "1");
        assertTrue(run.code() == GapsimCli.EXIT_OK || run.code() == GapsimCli.EXIT_BAD_INPUT,
                "exit 0 or 2, was " + run.code() + ": " + run.err());
    }

    @Test
    void aLongerHaltUnderFireLosesAtLeastAsManyVehicles() throws IOException {
        Path shortHalt = dir.resolve("out5");
        Path longHalt = dir.resolve("out9");
        assertEquals(GapsimCli.EXIT_OK, Cli.gapsim("run", scenario("1e5").toString(), "-n", "1",
                "--packages", "full", "--out", shortHalt.toString(), "-q", "-t", "1").code());
        assertEquals(GapsimCli.EXIT_OK, Cli.gapsim("run", scenario("1e9").toString(), "-n", "1",
                "--packages", "full", "--out", longHalt.toString(), "-q", "-t", "1").code());
        assertTrue(fullLosses(longHalt) >= fullLosses(shortHalt),
                "a halt of 1e9 min lost " + fullLosses(longHalt) + " vehicles, one of 1e5 min " + fullLosses(shortHalt));
    }
}
