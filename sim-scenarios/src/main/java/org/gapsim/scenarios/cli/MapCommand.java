package org.gapsim.scenarios.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gapsim.report.map.MapView;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gapsim map [SCENARIO] [--package P] [--out FILE]}: an SVG map of a scenario with one package (see
 * {@link MapView}): borders, roads by class, ground beside them, places, obstacles by kind, planned routes.
 */
@Command(name = "map", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Draw a scenario as an SVG map: country borders, roads by class and the ground beside them, "
                + "places and border crossings, every obstacle of the chosen package by kind, and the columns' "
                + "planned routes, with a legend, scale bar and north arrow."},
        footer = {"", "Example:  gapsim map --package full+east-shield --out suwalki-map.svg"})
final class MapCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private PackageDirOption packageDir;

    @Option(names = {"-P", "--package"}, paramLabel = "P", defaultValue = FortificationPackage.BASELINE,
            description = "Package whose obstacles to draw (see 'gapsim list'; default ${DEFAULT-VALUE}, the "
                    + "baseline).")
    private String packageName;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "SVG file to write (default: results/<scenario>/map-<package>.svg).")
    private String out;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "Scenario file (YAML), or the name of a built-in scenario. Default: the built-in "
                    + "Suwalki Gap study.")
    private String scenario;

    @Override
    public Integer call() {
        Scenario s = ScenarioArgument.load(scenario, packageDir.directory());
        requirePackage(s, packageName);
        Path file = FigureFile.resolve(out, "results/" + s.name() + "/map-" + FigureFile.safe(packageName) + ".svg");
        FigureFile.write(file, MapView.svg(s, packageName));
        spec.commandLine().getOut().println("Map of scenario '" + s.name() + "', package '" + packageName
                + "' written to " + file);
        return GapsimCli.EXIT_OK;
    }

    /** Refuses an unknown package with one line naming {@code --package} and the known ones. */
    static void requirePackage(Scenario s, String packageName) {
        if (s.findPackage(packageName).isEmpty()) {
            throw new BadInputException("--package", "unknown package '" + packageName + "' in scenario '" + s.name()
                    + "'; known: " + String.join(", ", s.packageNames()));
        }
    }
}
