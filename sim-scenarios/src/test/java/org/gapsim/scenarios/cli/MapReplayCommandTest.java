package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gapsim map} and {@code gapsim replay}: the files they write and their one-line errors. */
class MapReplayCommandTest {
    @TempDir
    Path dir;

    private static void oneLineNaming(Result r, String option) {
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(option), r.err());
    }

    @Test
    void mapWritesAnSvgOfThePackage() throws IOException {
        Path f = dir.resolve("sub/map.svg");
        Result r = gapsim("map", "--package", "full+east-shield", "--out", f.toString());
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        String svg = Files.readString(f, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"gapsim-map\""));
        assertTrue(svg.contains("data-obstacle=\"es-goldap-ditch\""));
        assertTrue(r.out().contains(f.toString()), r.out());
    }

    @Test
    void mapAndReplayWritePngWhenTheFileNameSaysSo() throws IOException {
        Path f = dir.resolve("map.png");
        Result r = gapsim("map", "--package", "full", "--out", f.toString(), "--width", "1000");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(f.toFile());
        assertEquals(1000, img.getWidth());
        Path d = dir.resolve("default.PNG");
        r = gapsim("map", "--out", d.toString());
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        assertEquals(2480, javax.imageio.ImageIO.read(d.toFile()).getWidth(), "A4 at 300 dpi by default");
        Path rp = dir.resolve("replay.png");
        r = gapsim("replay", "-P", "bridges", "-r", "3", "--out", rp.toString(), "-w", "640");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        assertEquals(640, javax.imageio.ImageIO.read(rp.toFile()).getWidth());
    }

    @Test
    void replayWritesAPageOrTwoSvgs() throws IOException {
        Path page = dir.resolve("r.html");
        Result r = gapsim("replay", "--package", "bridges", "--replication", "3", "--out", page.toString());
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("id=\"gapsim-timeline\""));
        assertFalse(html.contains("<script"));

        Path svg = dir.resolve("r.svg");
        r = gapsim("replay", "-P", "bridges", "-r", "3", "--out", svg.toString());
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        assertTrue(Files.readString(svg).contains("id=\"gapsim-replay-map\""));
        assertTrue(Files.readString(dir.resolve("r-timeline.svg")).contains("id=\"gapsim-timeline\""));
    }

    @Test
    void badArgumentsAreOneLineErrorsAndWriteNothing() throws IOException {
        Path f = dir.resolve("x.svg");
        oneLineNaming(gapsim("map", "--package", "fulll", "--out", f.toString()), "--package");
        oneLineNaming(gapsim("replay", "--package", "fulll", "--out", f.toString()), "--package");
        oneLineNaming(gapsim("replay", "--package", "full", "--replication", "-1", "--out", f.toString()),
                "--replication");
        oneLineNaming(gapsim("replay", "--package", "full", "--replication", "x", "--out", f.toString()),
                "--replication");
        oneLineNaming(gapsim("replay", "--replication", "2", "--out", f.toString()), "--package");
        oneLineNaming(gapsim("replay", "--package", "full", "--out", dir.resolve("x.gif").toString()), "--out");
        oneLineNaming(gapsim("map", "--width", "8", "--out", dir.resolve("x.png").toString()), "--width");
        oneLineNaming(gapsim("replay", "--package", "full", "-w", "0", "--out", dir.resolve("x.png").toString()),
                "--width");
        oneLineNaming(gapsim("map", "--out", dir.toString()), "--out");
        assertFalse(Files.exists(f));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
