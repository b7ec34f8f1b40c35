package org.gapsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;

/** Small scenarios with answers that can be worked out by hand. */
final class Fixtures {
    static final double SPEED_KMH = 40;
    static final double INTERVAL_M = 100;
    /** Road headway: 100 m at 40 km/h = 0.15 min. */
    static final double HEADWAY_MIN = INTERVAL_M / (SPEED_KMH * 1000 / 60);

    static final VehicleType TANK = new VehicleType("tank", "T-72B3", SPEED_KMH, 25, 3.6, 0.6, 0.7, 0.9);

    private Fixtures() {
    }

    /** A - B (20 km) - C (10 km), plus a longer detour A - D (25 km) - C (20 km); terrain beside A-B as given. */
    static RoadNetwork network(Terrain besideAB) {
        List<Place> places = List.of(
                new Place("a", "A", 54.0, 23.0, PlaceKind.ASSEMBLY_AREA, "PL"),
                new Place("b", "B", 54.1, 23.1, PlaceKind.TOWN, "LT"),
                new Place("c", "C", 54.2, 23.2, PlaceKind.OBJECTIVE, "LT"),
                new Place("d", "D", 54.0, 23.3, PlaceKind.TOWN, "LT"));
        List<RoadSegment> segs = List.of(
                new RoadSegment("ab", "a", "b", 20, RoadClass.NATIONAL, 1, 90, besideAB, 12, "LT"),
                new RoadSegment("bc", "b", "c", 10, RoadClass.NATIONAL, 1, 90, Terrain.FOREST, 0, "LT"),
                new RoadSegment("ad", "a", "d", 25, RoadClass.REGIONAL, 1, 90, Terrain.FOREST, 0, "LT"),
                new RoadSegment("dc", "d", "c", 20, RoadClass.REGIONAL, 1, 90, Terrain.FOREST, 0, "LT"));
        return new RoadNetwork(places, segs);
    }

    static ColumnSpec column(String id, int vehicles, double departureMin, EngineerAssets assets) {
        return new ColumnSpec(id, id, List.of(new VehicleGroup("tank", vehicles)), INTERVAL_M, "a", departureMin, "c",
                List.of("a", "b", "c"), assets, 0);
    }

    /** Deterministic doctrine: fixed decision delay, one lane, lane headway equal to the road headway. */
    static BreachDoctrine doctrine(double detection, double decisionDelayMin, boolean bypass) {
        return new BreachDoctrine(detection, Distribution.fixed(decisionDelayMin), bypass, Distribution.fixed(10), 1.0,
                Map.of(ObstacleKind.MINEFIELD, List.of(BreachMethod.LINE_CHARGE, BreachMethod.MANUAL)),
                1, 8, 20, 10, 1.5, 0.3, false, Distribution.fixed(0));
    }

    static Scenario scenario(Terrain besideAB, List<ColumnSpec> columns, List<Obstacle> packageObstacles,
                             BreachDoctrine doctrine) {
        List<FortificationPackage> pk = new ArrayList<>();
        pk.add(new FortificationPackage("fort", "test package", List.of("LT"), 0, packageObstacles, List.of(),
                IsrEffect.NONE));
        return new Scenario("test", "", network(besideAB), List.of(TANK), columns, List.of(), pk, doctrine,
                MarchRules.NONE, ClosureRule.ALL_COLUMNS, 10_000);
    }

    static EngineerAssets engineers(int lineCharges, double chargeMin, int bridges, double spanM, double emplaceMin) {
        return new EngineerAssets(
                new EngineerAssets.LineCharges(lineCharges, 100, 8, Distribution.fixed(chargeMin), 1.0),
                null,
                new EngineerAssets.BridgeLayers(bridges, spanM, Distribution.fixed(emplaceMin)),
                null, null);
    }
}
