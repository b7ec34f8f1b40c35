package org.gapsim.spark;

import java.util.List;
import java.util.function.Supplier;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.IsrEffect;
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
 * A small scenario with every random input in play (march delays and speeds, detection, mines, breach times, covering
 * fire), two columns sharing a road and three packages; also a scenario factory for {@link ScenarioSource.Factory}.
 */
public final class TestScenario implements Supplier<Scenario> {

    /** Used by {@link ScenarioSource.Factory}. */
    public TestScenario() {
    }

    @Override
    public Scenario get() {
        return scenario();
    }

    /** @return the scenario */
    public static Scenario scenario() {
        RoadNetwork network = new RoadNetwork(List.of(
                new Place("a", "Assembly", 54.0, 23.0, PlaceKind.ASSEMBLY_AREA, "PL"),
                new Place("b", "Bridge town", 54.1, 23.1, PlaceKind.TOWN, "LT"),
                new Place("c", "Objective", 54.2, 23.2, PlaceKind.OBJECTIVE, "LT"),
                new Place("d", "Detour", 54.0, 23.3, PlaceKind.TOWN, "LT")),
                List.of(new RoadSegment("ab", "a", "b", 20, RoadClass.NATIONAL, 1, 60, Terrain.OPEN, 12, "LT"),
                        new RoadSegment("bc", "b", "c", 10, RoadClass.NATIONAL, 1, 60, Terrain.FOREST, 0, "LT"),
                        new RoadSegment("ad", "a", "d", 25, RoadClass.REGIONAL, 1, 50, Terrain.FOREST, 0, "LT"),
                        new RoadSegment("dc", "d", "c", 20, RoadClass.REGIONAL, 1, 50, Terrain.WETLAND, 0, "LT")));
        VehicleType tank = new VehicleType("tank", "T-72B3", 40, 25, 3.6, 0.6, 0.7, 0.9);
        VehicleType ifv = new VehicleType("ifv", "BMP-2", 45, 30, 3.15, 0.4, 0.8, 0.95);
        EngineerAssets charges = new EngineerAssets(
                new EngineerAssets.LineCharges(2, 100, 8, new Distribution.Triangular(2, 4, 8), 0.9), null, null,
                null, null);
        List<ColumnSpec> columns = List.of(
                new ColumnSpec("1st", "1st battalion", List.of(new VehicleGroup("tank", 20), new VehicleGroup("ifv", 10)),
                        100, "a", 0, "c", List.of("a", "b", "c"), charges, 0.5),
                new ColumnSpec("2nd", "2nd battalion", List.of(new VehicleGroup("ifv", 20)), 80, "a", 30, "c",
                        List.of(), EngineerAssets.NONE, 0.5));
        Minefield mines = new Minefield("mf1", "ab", 8, Coverage.COVERED_BY_FIRE, 2_000_000, 250, 120, 3, 1.0,
                Fuze.TRACK_WIDTH, MineLayout.RANDOM);
        AntiTankDitch ditch = new AntiTankDitch("atd1", "bc", 4, Coverage.OBSERVED, 1_500_000, 6, 3, 300);
        FortificationPackage minefield = new FortificationPackage("minefield", "one covered minefield", List.of("LT"),
                0, List.of(mines), List.of(), IsrEffect.NONE);
        FortificationPackage ditchPkg = new FortificationPackage("ditch", "an observed anti-tank ditch", List.of("LT"),
                2_000_000, List.of(ditch), List.of(), new IsrEffect(0.7, Coverage.OBSERVED));
        FortificationPackage both = FortificationPackage.combine("both", "minefield and ditch",
                List.of(minefield, ditchPkg));
        return new Scenario("spark-test", "Two battalions, one road, three packages.", network, List.of(tank, ifv),
                columns, List.of(), List.of(minefield, ditchPkg, both), BreachDoctrine.DEFAULT, MarchRules.DEFAULT,
                ClosureRule.ALL_COLUMNS, 3 * 24 * 60);
    }
}
