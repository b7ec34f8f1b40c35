package org.gapsim.scenarios.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapsim.scenario.Scenario;
import picocli.CommandLine.Option;

/**
 * {@code --start-time HH:MM} (a picocli mixin of {@code run}, {@code sweep}, {@code trace}, {@code replay} and
 * {@code validate}): the clock time at simulation time 0, overriding the scenario's {@code clock.startHour} for this
 * command; sunrise and sunset stay the scenario's. The scenario so changed is the one run, hashed into the
 * provenance and checked on {@code --resume}.
 */
final class StartTimeOption {
    private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

    @Option(names = {"--start-time"}, paramLabel = "HH:MM",
            description = "Clock time at the simulation's start, 00:00 to 23:59 (overrides the scenario's "
                    + "clock.startHour; sunrise and sunset stay the scenario's). The scenario must have a night.")
    String startTime;

    /** Checks the value on its own, before the scenario is read. */
    void check() {
        if (startTime != null) {
            hour(startTime);
        }
    }

    /**
     * @param s the scenario as loaded
     * @return {@code s} with its clock starting at the given time; {@code s} itself without the option
     * @throws BadInputException (option {@code --start-time}) if the value is not HH:MM or the scenario has no night,
     *                           so that a start time would change nothing
     */
    Scenario apply(Scenario s) {
        if (startTime == null) {
            return s;
        }
        double hour = hour(startTime);
        if (!s.clock().hasNight()) {
            throw new BadInputException("--start-time", "scenario '" + s.name() + "' has no night (no clock, or "
                    + "sunrise 0 and sunset 24), so a start time changes nothing; give it a clock such as "
                    + "'clock: {sunriseHour: 7.25, sunsetHour: 16.5}' (docs/scenario-format.md#clock)");
        }
        return s.withClock(s.clock().toBuilder().startHour(hour).build());
    }

    /**
     * @param text a clock time {@code H:MM} or {@code HH:MM}, 00:00 to 23:59
     * @return the clock hour it names, e.g. 5.5 for {@code 05:30}
     * @throws BadInputException (option {@code --start-time}) otherwise
     */
    static double hour(String text) {
        Matcher m = HH_MM.matcher(text.strip());
        if (!m.matches()) {
            throw new BadInputException("--start-time", "must be a clock time HH:MM from 00:00 to 23:59, such as "
                    + "05:30, was '" + text + "'");
        }
        return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0;
    }
}
