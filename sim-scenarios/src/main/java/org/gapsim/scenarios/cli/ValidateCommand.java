package org.gapsim.scenarios.cli;

import java.util.concurrent.Callable;
import org.gapsim.model.CrossingPlan;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gapsim validate FILE}: loads and validates a scenario file and compiles every package against it. Prints
 * one line on stdout if it is valid; otherwise one line on stderr ({@code file:line:column: field.path: reason})
 * and exit code {@value GapsimCli#EXIT_BAD_INPUT}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        usageHelpAutoWidth = true,
        description = {"Check a scenario file: YAML syntax, the format, every value and reference, and every package "
                + "(each obstacle on a segment of the package's countries). One line on stdout if valid; else one "
                + "line file:line:column: field: reason on stderr and exit code 2."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackageDirOption packageDir;

    @Mixin
    private StartTimeOption startTime;

    @Parameters(index = "0", arity = "1", paramLabel = "FILE",
            description = "Scenario file (YAML), or the name of a built-in scenario.")
    private String file;

    @Override
    public Integer call() {
        startTime.check();
        Scenario s = startTime.apply(ScenarioArgument.load(file, packageDir.directory()));
        for (String p : s.packageNames()) {
            CrossingPlan.compile(s, p);
        }
        int vehicles = s.columns().stream().mapToInt(ColumnSpec::vehicleCount).sum();
        spec.commandLine().getOut().printf("%s: valid scenario '%s': %d places, %d road segments, %d vehicle types, "
                        + "%d columns (%d vehicles), %d existing obstacles, %d packages besides the baseline; "
                        + "defender: %d sensors, %d fire units; %s%n",
                ScenarioArgument.describe(file), s.name(), s.network().places().size(), s.network().segments().size(),
                s.vehicleTypes().size(), s.columns().size(), vehicles, s.existingObstacles().size(),
                s.packageNames().size() - 1, s.defender().sensors().size(), s.defender().fireUnits().size(),
                clock(s.clock()));
        return GapsimCli.EXIT_OK;
    }

    /** @return "always day", or the start and the hours of daylight, e.g. "clock starts 05:30, day 07:15-16:30" */
    static String clock(Clock c) {
        return c.hasNight() ? "clock starts " + hhmm(c.startHour()) + ", day " + hhmm(c.sunriseHour()) + "-"
                + hhmm(c.sunsetHour()) : "always day";
    }

    private static String hhmm(double hour) {
        long min = Math.round(hour * 60);
        return String.format(java.util.Locale.ROOT, "%02d:%02d", min / 60, min % 60);
    }
}
