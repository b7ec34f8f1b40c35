package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;
import org.gapsim.scenario.io.ScenarioWriter;
import org.gapsim.scenarios.BuiltInScenarios;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --start-time HH:MM}: replaces the clock's start hour (sunrise and sunset stay), is refused as one line with
 * exit 2 when malformed or when the scenario has no night, and a run resumed under another start time is refused
 * (the start time is part of the scenario's provenance hash).
 */
class StartTimeOptionTest {
    private static final Clock WINTER = new Clock(4, 7.25, 16.5);

    /** The built-in study with a winter day/night cycle, as a file. */
    private static Path withNight(Path dir) throws IOException {
        Scenario s = BuiltInScenarios.load(BuiltInScenarios.DEFAULT);
        Path file = dir.resolve("night.yaml");
        Files.writeString(file, new ScenarioWriter().write(s.withClock(WINTER)));
        return file;
    }

    private static StartTimeOption option(String value) {
        StartTimeOption o = new StartTimeOption();
        o.startTime = value;
        return o;
    }

    @Test
    void clockTimesAreHoursOfTheDay() {
        assertEquals(5.5, StartTimeOption.hour("05:30"));
        assertEquals(5.5, StartTimeOption.hour("5:30"));
        assertEquals(0.0, StartTimeOption.hour("00:00"));
        assertEquals(23 + 59 / 60.0, StartTimeOption.hour("23:59"));
        for (String bad : List.of("24:00", "5", "05:60", "5.5", "05:3", "-1:00", "ab:cd", "", "05:30:00")) {
            BadInputException e = assertThrows(BadInputException.class, () -> StartTimeOption.hour(bad), bad);
            assertEquals("--start-time: must be a clock time HH:MM from 00:00 to 23:59, such as 05:30, was '" + bad
                    + "'", e.getMessage());
        }
    }

    @Test
    void theStartHourIsReplacedAndTheSunStays(@TempDir Path dir) throws IOException {
        Scenario s = new ScenarioLoader().load(withNight(dir));
        Scenario later = option("17:45").apply(s);
        assertEquals(new Clock(17.75, 7.25, 16.5), later.clock());
        assertTrue(later.clock().isNight(0) && !s.clock().isNight(4 * 60), "17:45 is night, 08:00 day");
        assertEquals(s.withClock(later.clock()), later, "nothing else changes");
        assertEquals(s, option(null).apply(s), "without the option the scenario is unchanged");
    }

    @Test
    void badValuesAndAScenarioWithoutNightAreOneLineExitTwo(@TempDir Path dir) throws IOException {
        Path file = withNight(dir);
        for (List<String> args : List.of(List.of("validate", file.toString(), "--start-time", "25:00"),
                List.of("trace", file.toString(), "--package", "none", "--start-time", "noon"),
                List.of("run", file.toString(), "--start-time", "7", "--out", dir.resolve("out").toString()),
                List.of("replay", file.toString(), "--package", "none", "--start-time", "07:5",
                        "--out", dir.resolve("r.html").toString()))) {
            Result r = gapsim(args.toArray(String[]::new));
            assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), args + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().contains("--start-time: must be a clock time HH:MM"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        Path day = dir.resolve("day.yaml");
        Files.writeString(day, new ScenarioWriter().write(BuiltInScenarios.load(BuiltInScenarios.DEFAULT)
                .withClock(Clock.ALWAYS_DAY)));
        Result r = gapsim("validate", day.toString(), "--start-time", "05:30");
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("--start-time: scenario 'suwalki-gap' has no night"), r.err());
        Result ok = gapsim("validate", file.toString(), "--start-time", "05:30");
        assertEquals(GapsimCli.EXIT_OK, ok.code(), ok.err());
        assertTrue(ok.out().contains("; clock starts 05:30, day 07:15-16:30"), ok.out());
        assertTrue(gapsim("validate", file.toString()).out().contains("; clock starts 04:00, day 07:15-16:30"));
    }

    @Test
    void aRunResumedUnderAnotherStartTimeIsRefused(@TempDir Path dir) throws IOException {
        Path file = withNight(dir);
        String out = dir.resolve("out").toString();
        Result first = gapsim("run", file.toString(), "--start-time", "04:00", "-n", "2", "-t", "1", "--packages",
                "isr", "--quiet", "--out", out);
        assertEquals(GapsimCli.EXIT_OK, first.code(), first.err());
        Result other = gapsim("run", file.toString(), "--start-time", "16:00", "-n", "4", "-t", "1", "--packages",
                "isr", "--quiet", "--out", out, "--resume");
        assertEquals(GapsimCli.EXIT_BAD_INPUT, other.code(), other.err());
        assertTrue(other.err().contains("they differ in clock"), other.err());
        Result same = gapsim("run", file.toString(), "--start-time", "04:00", "-n", "4", "-t", "1", "--packages",
                "isr", "--quiet", "--out", out, "--resume");
        assertEquals(GapsimCli.EXIT_OK, same.code(), "04:00 is the file's own start: " + same.err());
    }
}
