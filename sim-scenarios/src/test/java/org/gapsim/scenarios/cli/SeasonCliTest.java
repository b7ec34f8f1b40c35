package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --season} and the ground's bad input (issue 13): one line naming the option or field, exit code 2. */
class SeasonCliTest {

    private static void assertBad(Result r, String named) {
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.errLines().size(), "one line on stderr, was:\n" + r.err());
        assertTrue(r.err().contains(named), "names " + named + ": " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void anUnknownSeasonOnTheCommandLineIsOneLineAndExitTwo(@TempDir Path dir) {
        String[][] commands = {{"run", "--out", dir.resolve("run").toString()},
            {"sweep", "--factor", "doctrine.laneSpeedKmh=4:8", "--out", dir.resolve("sweep").toString()},
            {"trace", "--package", "full"}};
        for (String[] c : commands) {
            String command = c[0];
            Result r = gapsim(concat(c, new String[]{"--season", "monsoon"}));
            assertEquals("", r.out(), command + ": nothing on stdout");
            assertBad(r, "--season");
            assertTrue(r.err().contains("known: thaw, summer, autumn, frozen"), r.err());
            assertFalse(Files.exists(dir.resolve(command)), command + ": nothing written");
        }
    }

    @Test
    void anUnknownSeasonOrGroundClassInAFileNamesTheField(@TempDir Path dir) throws IOException {
        String shown = gapsim("show").out();
        Path season = dir.resolve("season.yaml");
        Files.writeString(season, shown.replace("season: summer", "season: monsoon"));
        Result r = gapsim("validate", season.toString());
        assertBad(r, "ground.season");
        assertTrue(r.err().matches("(?s).*season\\.yaml:\\d+:\\d+: ground\\.season: .*thaw.*"), r.err());

        Path ground = dir.resolve("ground.yaml");
        Files.writeString(ground, shown.replaceFirst("terrainBeside: open", "terrainBeside: swamp"));
        r = gapsim("validate", ground.toString());
        assertBad(r, "terrainBeside");
        assertTrue(r.err().contains("allowed: open, forest, wetland, lake, urban"), r.err());

        Path mobility = dir.resolve("mobility.yaml");
        Files.writeString(mobility, shown.replaceFirst("mobility: wheeled", "mobility: hover"));
        assertBad(gapsim("validate", mobility.toString()), "mobility");
    }

    @Test
    void theSeasonChangesTheStudysResultsAndItsDefaultFolder(@TempDir Path dir) {
        String[] common = {"-n", "4", "--packages", "bridges", "--quiet"};
        Result thaw = gapsim(concat(new String[]{"run", "--season", "thaw", "--out", dir.resolve("t").toString()},
                common));
        Result frozen = gapsim(concat(new String[]{"run", "--season", "FROZEN", "--out",
                dir.resolve("f").toString()}, common));
        assertEquals(GapsimCli.EXIT_OK, thaw.code(), thaw.err());
        assertEquals(GapsimCli.EXIT_OK, frozen.code(), frozen.err());
        assertNotEquals(thaw.out(), frozen.out(), "thaw and frost give other results");
        SeasonOption o = new SeasonOption();
        o.season = "thaw";
        assertEquals("-thaw", o.folderSuffix());
        o.season = null;
        assertEquals("", o.folderSuffix());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
