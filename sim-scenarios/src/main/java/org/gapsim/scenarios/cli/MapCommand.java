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
 * {@code gapsim map [SCENARIO] [--package P] [--out FILE] [--width PX]}: a map of a scenario with one package (see
 * {@link MapView}): borders, roads by class, ground beside them, places, obstacles by kind, planned routes; SVG, or
 * PNG when the file name ends in {@code .png} (drawn by the same code through Java2D, no browser).
 */
@Command(name = "map", mixinStandardHelpOptions = true, versionProvider = GapsimCli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Draw a scenario as an SVG or PNG map: country borders, roads by class and the ground beside them, "
                + "places and border crossings, every obstacle of the chosen package by kind, and the columns' "
                + "planned routes, with a legend, scale bar and north arrow."},
        footer = {"", "Example:  gapsim map --package full+east-shield --out suwalki-map.svg",
            "          gapsim map --package full+east-shield --out suwalki-map.png --width 2480"})
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
            description = "File to write: .svg (vector) or .png (raster, --width pixels wide). Default: "
                    + "results/<scenario>/map-<package>.svg.")
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
        Scenario s = ScenarioArgument.load(scenario, packageDir.directory());
        requirePackage(s, packageName);
        Path file = FigureFile.resolve(out, "results/" + s.name() + "/map-" + FigureFile.safe(packageName) + ".svg");
        if (FigureFile.isPng(file)) {
            FigureFile.requireWidth(width);
            FigureFile.write(file, MapView.png(s, packageName, width));
        } else {
            FigureFile.write(file, MapView.svg(s, packageName));
        }
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
