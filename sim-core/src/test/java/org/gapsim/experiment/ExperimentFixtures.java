package org.gapsim.experiment;

import java.util.List;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MarchRules;
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

/**
 * Small scenarios for experiment and report tests: four places on the Lithuanian side of the gap, the main road
 * through forest (no bypass) and open ground, a longer open detour; two columns of tanks and IFVs.
 */
public final class ExperimentFixtures {
    /** Tank road speed, km/h: the column's speed (every speed limit is higher). */
    public static final double TANK_KMH = 50;
    /** Main route: assembly - junction - border - objective, km. */
    public static final double MAIN_ROUTE_KM = 20 + 15 + 25;
    /** Horizon, minutes (12 h). */
    public static final double HORIZON_MIN = 12 * 60;

    private ExperimentFixtures() {
    }

    /** @return the result of running an experiment without progress output or checkpoint, rows kept */
    public static ExperimentResult run(Experiment experiment) {
        return new ExperimentRunner(experiment).withProgress(ProgressListener.silent()).withRowsKept().run();
    }

    /** @return the road network */
    public static RoadNetwork network() {
        return new RoadNetwork(List.of(
                new Place("assembly", "Assembly area", 54.40, 23.70, PlaceKind.ASSEMBLY_AREA, "LT"),
                new Place("junction", "Junction", 54.35, 23.55, PlaceKind.JUNCTION, "LT"),
                new Place("border", "Border crossing", 54.30, 23.40, PlaceKind.BORDER_CROSSING, "LT"),
                new Place("objective", "Objective", 54.20, 23.10, PlaceKind.OBJECTIVE, "LT")),
                List.of(
                        new RoadSegment("s1", "assembly", "junction", 20, RoadClass.NATIONAL, 1, 80, Terrain.FOREST, 0, "LT"),
                        new RoadSegment("s2", "junction", "border", 15, RoadClass.REGIONAL, 1, 70, Terrain.OPEN, 0, "LT"),
                        new RoadSegment("s3", "border", "objective", 25, RoadClass.NATIONAL, 1, 80, Terrain.FOREST, 0, "LT"),
                        new RoadSegment("s4", "junction", "objective", 55, RoadClass.LOCAL, 1, 60, Terrain.OPEN, 0, "LT")));
    }

    /** @return tank and IFV types */
    public static List<VehicleType> vehicleTypes() {
        return List.of(new VehicleType("tank", "T-72B3", TANK_KMH, 30, 3.6, 0.58, 0.7, 0.9),
                new VehicleType("ifv", "BMP-2", 55, 35, 3.15, 0.5, 0.6, 0.8));
    }

    /** @return a breaching set: line charges, ploughs, bridges, dozers */
    public static EngineerAssets engineers(Distribution bridgeEmplaceMin) {
        return new EngineerAssets(new EngineerAssets.LineCharges(4, 100, 8, Distribution.fixed(2), 0.9),
                new EngineerAssets.MinePloughs(2, 10, Distribution.fixed(3), 0.95),
                new EngineerAssets.BridgeLayers(2, 18.3, bridgeEmplaceMin),
                new EngineerAssets.EarthMovers(2, 4, 1), null);
    }

    /** @return an observed minefield on the forest road beyond the border, EUR 3 M */
    public static FortificationPackage minefieldPackage() {
        return new FortificationPackage("minefield", "AT minefield on the road beyond the border", List.of("LT"), 0,
                List.of(new Minefield("mf1", "s3", 5, Coverage.OBSERVED, 3_000_000, 250, 100, 3, 1.0, Fuze.TRACK_WIDTH,
                        MineLayout.RANDOM)), List.of(), null);
    }

    /** @return an anti-tank ditch across the forest road before the junction, EUR 0.8 M */
    public static FortificationPackage ditchPackage() {
        return new FortificationPackage("ditch", "anti-tank ditch in the forest", List.of("LT"), 0,
                List.of(new AntiTankDitch("ad1", "s1", 10, Coverage.UNOBSERVED, 800_000, 6, 2.5, 400)), List.of(), null);
    }

    /**
     * The realistic test scenario: random departure delays and speed factors ({@link MarchRules#DEFAULT}), default
     * doctrine, two columns on the same road, packages {@code minefield} and {@code ditch}.
     */
    public static Scenario crossing() {
        ColumnSpec first = new ColumnSpec("c1", "1st tank battalion", List.of(new VehicleGroup("tank", 10),
                new VehicleGroup("ifv", 6)), 50, "assembly", 0, "objective", List.of(),
                engineers(new Distribution.Uniform(2, 5)), 0.5);
        ColumnSpec second = new ColumnSpec("c2", "2nd motor rifle battalion", List.of(new VehicleGroup("ifv", 12)), 50,
                "assembly", 20, "objective", List.of(), engineers(new Distribution.Uniform(2, 5)), 0.5);
        return new Scenario("test-gap", "two columns on one road", network(), vehicleTypes(), List.of(first, second),
                List.of(), List.of(minefieldPackage(), ditchPackage()), BreachDoctrine.DEFAULT, MarchRules.DEFAULT,
                null, HORIZON_MIN);
    }

    /** Vehicles in the deterministic scenario's one column. */
    public static final int DETERMINISTIC_VEHICLES = 5;
    /** Interval between vehicles in the deterministic scenario, m. */
    public static final double DETERMINISTIC_INTERVAL_M = 50;

    /**
     * A scenario with no randomness: {@link MarchRules#NONE}, a doctrine whose every time is fixed and whose recon
     * always detects, one column of {@value #DETERMINISTIC_VEHICLES} tanks, and a package {@code ditch} (an
     * unobserved ditch, bridged in a fixed time). Its baseline closure is the main route at tank speed plus the
     * column's length: {@link #deterministicBaselineMin()}.
     */
    public static Scenario deterministic() {
        BreachDoctrine fixed = new BreachDoctrine(1.0, Distribution.fixed(10), false, Distribution.fixed(10), 1.0,
                BreachDoctrine.DEFAULT_METHODS, 1, 8, 50, 10, 1.5, 0.3, false,
                Distribution.fixed(10));
        ColumnSpec column = new ColumnSpec("c1", "tanks", List.of(new VehicleGroup("tank", DETERMINISTIC_VEHICLES)),
                DETERMINISTIC_INTERVAL_M, "assembly", 0, "objective", List.of(), engineers(Distribution.fixed(3)), 0.5);
        return new Scenario("fixed-gap", "no randomness", network(), vehicleTypes(), List.of(column), List.of(),
                List.of(ditchPackage()), fixed, MarchRules.NONE, null, HORIZON_MIN);
    }

    /** @return the deterministic baseline closure: 60 km at 50 km/h plus 4 headways of 50 m at 50 km/h, minutes */
    public static double deterministicBaselineMin() {
        double headwayMin = DETERMINISTIC_INTERVAL_M / (TANK_KMH * 1000.0 / 60.0);
        return MAIN_ROUTE_KM / TANK_KMH * 60.0 + (DETERMINISTIC_VEHICLES - 1) * headwayMin;
    }
}
