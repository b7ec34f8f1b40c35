package org.gapsim.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gapsim.experiment.Experiment;
import org.gapsim.measure.ColumnResult;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.LossCause;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gapsim trace --package P --replication R [--seed S] [scenario]}: the timeline of one replication of one
 * package, event by event, then its measures and the paired baseline. With the seed of a {@code gapsim run}, it is
 * exactly the row {@code replication = R, package = P} of that run's {@code replications.csv}: replication {@code R}
 * depends only on the scenario, the package, the master seed and {@code R}.
 */
@Command(name = "trace", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Show where the time went in one replication: every event (departures, places, obstacles "
                + "found, mine strikes, breaches, bypasses, reroutes, losses, arrivals) with its time, then the "
                + "replication's measures. With the same --seed it reproduces the matching row of a run's "
                + "replications.csv."},
        footer = {"", "Example:  gapsim trace --package full --replication 17"})
final class TraceCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackageDirOption packageDir;

    @Mixin
    private SeasonOption seasonOption;

    @Mixin
    private StartTimeOption startTime;

    @Option(names = {"-P", "--package"}, required = true, paramLabel = "P",
            description = "Package to trace (see 'gapsim list'); 'none' is the baseline.")
    private String packageName;

    @Option(names = {"-r", "--replication"}, paramLabel = "R", defaultValue = "0",
            description = "Replication index, 0-based as in replications.csv (default ${DEFAULT-VALUE}).")
    private long replication;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "" + Experiment.DEFAULT_MASTER_SEED,
            description = "Master seed of the run to reproduce (default ${DEFAULT-VALUE}, as 'gapsim run').")
    private long seed;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML), or the name of a built-in scenario. Default: the built-in "
                    + "Suwalki Gap study.")
    private String scenario;

    @Override
    public Integer call() {
        if (replication < 0) {
            throw new BadInputException("--replication", "must be >= 0, was " + replication);
        }
        seasonOption.parsed();
        startTime.check();
        Scenario s = startTime.apply(seasonOption.apply(ScenarioArgument.load(scenario, packageDir.directory())));
        MapCommand.requirePackage(s, packageName);
        StreamFactory factory = new StreamFactory(seed);
        CrossingPlan plan = CrossingPlan.compile(s, packageName);
        EventTrace trace = new EventTrace();
        ReplicationResult r = Replications.run(plan, new ReplicationStreams(factory), replication, trace);
        ReplicationResult base = packageName.equals(FortificationPackage.BASELINE) ? null
                : Replications.run(CrossingPlan.compile(s, FortificationPackage.BASELINE),
                new ReplicationStreams(factory), replication);

        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Trace: scenario '%s', package '%s', replication %d, master seed %d%n", s.name(),
                packageName, replication, seed);
        out.printf(Locale.ROOT, "(the row replication=%d, package=%s of replications.csv from 'gapsim run --seed %d')%n",
                replication, packageName, seed);
        out.println();
        out.printf(Locale.ROOT, "%10s %6s  %-12s %s%n", "minutes", "h:mm", "column", "event");
        for (String line : trace.lines()) {
            out.println(line);
        }
        out.println();
        String closed = r.reached() ? "the force closed" : "NOT closed by the horizon (censored)";
        out.printf(Locale.ROOT, "Closure: %.2f h (%s); first lead arrival %.2f h%n", r.closureHours(), closed,
                r.firstLeadArrivalMin() / 60);
        if (base != null) {
            out.printf(Locale.ROOT, "Baseline 'none', same replication: %.2f h; slowdown %+.2f h%n",
                    base.closureHours(), r.closureHours() - base.closureHours());
        }
        List<String> losses = new ArrayList<>();
        for (LossCause c : LossCause.values()) {
            losses.add(label(c.name()) + " " + r.losses(c));
        }
        out.printf(Locale.ROOT, "Vehicles lost: %d (%s); breaches %d, bypasses %d, reroutes %d; line charges %d, "
                        + "bridges %d used%n", r.vehiclesLost(), String.join(", ", losses), r.breaches(),
                r.bypasses(), r.reroutes(), r.lineChargesUsed(), r.bridgesUsed());
        List<String> held = new ArrayList<>();
        for (ObstacleKind k : ObstacleKind.values()) {
            if (r.haltedMin(k) > 0) {
                held.add(String.format(Locale.ROOT, "%s %.1f", label(k.name()), r.haltedMin(k)));
            }
        }
        out.println("Held at obstacles (minutes, column heads summed): " + (held.isEmpty() ? "none"
                : String.join(", ", held)));
        out.println("Columns:");
        for (ColumnResult c : r.columns()) {
            out.printf(Locale.ROOT, "  %-6s %3d/%d vehicles arrived, lead %s, tail %s%s%n", c.column(),
                    c.arrivedVehicles(), c.startVehicles(), hours(c.leadArrivalMin()), hours(c.tailArrivalMin()),
                    c.halted() ? ", halted" : "");
        }
        return GapsimCli.EXIT_OK;
    }

    private static String hours(double min) {
        return Double.isNaN(min) ? "-" : String.format(Locale.ROOT, "%.2f h", min / 60);
    }

    private static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
