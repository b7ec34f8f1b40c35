package org.gapsim.scenarios.examples;

import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.report.ConsoleTable;
import org.gapsim.report.Study;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.slf4j.LoggerFactory;

/**
 * A complete study to copy: a small scenario built in code (one battalion on a forest road, a minefield package and
 * a ditch package; figures are illustrative, not sourced), run until each package's mean slowdown is known to
 * +/-5% (at most 5,000 replications), with outputs in the directory given as the first argument (default
 * {@code gapsim-example}). Interrupt it and run it again: it resumes. The table is logged at INFO on logger
 * {@code org.gapsim.experiment.ExampleStudy} and written to {@code summary.txt}.
 */
public final class ExampleStudy {
    private ExampleStudy() {
    }

    /** @param args optional output directory */
    public static void main(String[] args) {
        Experiment experiment = Experiment.builder(scenario())
                .packages("minefield", "ditch")
                .targetPrecision(0.05).maxReplications(5_000).batchSize(200)
                .masterSeed(2024)
                .build();
        ExperimentResult result = new Study(experiment, Path.of(args.length > 0 ? args[0] : "gapsim-example")).run();
        LoggerFactory.getLogger(ExampleStudy.class).info("\n{}", ConsoleTable.render(result));
    }

    /** @return the example scenario: 45 km of road, 20 vehicles, two packages (EUR 2 M and 0.6 M) */
    public static Scenario scenario() {
        RoadNetwork roads = new RoadNetwork(List.of(
                new Place("aa", "Assembly area", 54.40, 23.70, PlaceKind.ASSEMBLY_AREA, "LT"),
                new Place("x", "Crossroads", 54.33, 23.50, PlaceKind.JUNCTION, "LT"),
                new Place("obj", "Objective", 54.25, 23.20, PlaceKind.OBJECTIVE, "LT")), List.of(
                new RoadSegment("r1", "aa", "x", 20, RoadClass.NATIONAL, 1, 80, Terrain.OPEN, 0, "LT"),
                new RoadSegment("r2", "x", "obj", 25, RoadClass.NATIONAL, 1, 80, Terrain.FOREST, 0, "LT")));
        EngineerAssets engineers = new EngineerAssets(new EngineerAssets.LineCharges(2, 100, 8, Distribution.fixed(2), 0.9),
                null, new EngineerAssets.BridgeLayers(1, 18.3, new Distribution.Uniform(2, 5)), null, null);
        ColumnSpec battalion = new ColumnSpec("bn1", "tank battalion", List.of(new VehicleGroup("tank", 20)), 50, "aa",
                0, "obj", List.of(), engineers, 0.5);
        FortificationPackage mines = new FortificationPackage("minefield", "AT minefield in the forest", List.of("LT"),
                0, List.of(new Minefield("m1", "r2", 3, Coverage.OBSERVED, 2_000_000, 250, 100, 3, 1.0,
                Fuze.TRACK_WIDTH, MineLayout.RANDOM)), List.of(), null);
        FortificationPackage ditch = new FortificationPackage("ditch", "anti-tank ditch in the forest", List.of("LT"), 0,
                List.of(new AntiTankDitch("d1", "r2", 10, Coverage.UNOBSERVED, 600_000, 6, 2.5, 400)), List.of(), null);
        return new Scenario("example-gap", "one battalion, two packages", roads,
                List.of(new VehicleType("tank", "T-72B3", 50, 30, 3.6, 0.58, 0.7, 0.9)), List.of(battalion), List.of(),
                List.of(mines, ditch), null, null, null, 12 * 60);
    }
}
