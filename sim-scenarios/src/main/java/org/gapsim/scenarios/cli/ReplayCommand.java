package org.gapsim.scenarios.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gapsim.experiment.Experiment;
import org.gapsim.report.map.MapView;
import org.gapsim.report.map.Replay;
import org.gapsim.report.map.ReplayPage;
import org.gapsim.report.map.Timeline;
import org.gapsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gapsim replay [SCENARIO] --package P --replication R [--seed S] [--out FILE]}: one replication drawn on the
 * map (routes taken, holds, losses, reroutes, halts) with a Gantt-like timeline of each column. {@code --out} ending
 * in {@code .html} (the default) writes a self-contained page with both figures and the event list; ending in
 * {@code .svg}, the map to that file and the timeline beside it as {@code <name>-timeline.svg}; ending in
 * {@code .png}, the map as a PNG ({@code --width} pixels wide, drawn by the same code through Java2D).
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Draw one replication: the map with the routes each column took, where heads were held and "
                + "for how long, reroutes, losses by place and halts, and a timeline of each column (marching, "
                + "held, breaching, bypassing, waiting, halted). With the same --seed it is the matching row of a "
                + "run's replications.csv, as 'gapsim trace'."},
        footer = {"", "Example:  gapsim replay --package full --replication 17 --out replay.html"})
final class ReplayCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackageDirOption packageDir;

    @Mixin
    private SeasonOption seasonOption;

    @Mixin
    private StartTimeOption startTime;

    @Option(names = {"-P", "--package"}, required = true, paramLabel = "P",
            description = "Package to replay (see 'gapsim list'); 'none' is the baseline.")
    private String packageName;

    @Option(names = {"-r", "--replication"}, paramLabel = "R", defaultValue = "0",
            description = "Replication index, 0-based as in replications.csv (default ${DEFAULT-VALUE}).")
    private long replication;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "" + Experiment.DEFAULT_MASTER_SEED,
            description = "Master seed of the run to reproduce (default ${DEFAULT-VALUE}, as 'gapsim run').")
    private long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "File to write: .html (page with map, timeline and events), .svg (map, and the "
                    + "timeline as <name>-timeline.svg) or .png (the map, --width pixels wide). Default: "
                    + "results/<scenario>/replay-<package>-<R>.html.")
    private String out;

    @Option(names = {"-w", "--width"}, paramLabel = "PX", defaultValue = "" + MapView.PNG_WIDTH,
            description = "Width of a PNG map, pixels (default ${DEFAULT-VALUE}: A4 at 300 dpi; 16 to 20000).")
    private int width;

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
        Path file = FigureFile.resolve(out, "results/" + s.name() + "/replay-" + FigureFile.safe(packageName) + "-"
                + replication + ".html");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        boolean png = FigureFile.isPng(file);
        if (!svg && !png && !name.endsWith(".html") && !name.endsWith(".htm")) {
            throw new BadInputException("--out", "must end in .html, .svg or .png, was '" + file + "'");
        }
        if (png) {
            FigureFile.requireWidth(width);
        }
        Replay r = Replay.run(s, packageName, seed, replication);
        if (png) {
            FigureFile.write(file, MapView.png(r, width));
            spec.commandLine().getOut().println("Replay map written to " + file);
        } else if (svg) {
            String base = file.getFileName().toString();
            Path timeline = file.resolveSibling(base.substring(0, base.length() - 4) + "-timeline.svg");
            FigureFile.write(file, MapView.svg(r));
            FigureFile.write(timeline, Timeline.svg(r));
            spec.commandLine().getOut().println("Replay map written to " + file + ", timeline to " + timeline);
        } else {
            FigureFile.write(file, ReplayPage.html(r));
            spec.commandLine().getOut().println("Replay of replication " + replication + ", package '" + packageName
                    + "' written to " + file);
        }
        return GapsimCli.EXIT_OK;
    }
}
