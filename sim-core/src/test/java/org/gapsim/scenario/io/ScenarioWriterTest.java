package org.gapsim.scenario.io;

import static org.gapsim.scenario.io.ScenarioLoaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import org.gapsim.scenario.Abatis;
import org.gapsim.scenario.Armour;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.CoverageTemplate;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.TargetGroup;
import org.gapsim.scenario.UnitPosition;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Crater;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DragonsTeeth;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.junit.jupiter.api.Test;

/** parse(write(s)) equals s. */
class ScenarioWriterTest {
    private final ScenarioLoader loader = new ScenarioLoader();
    private final ScenarioWriter writer = new ScenarioWriter();

    private Scenario roundTrip(Scenario s) {
        String yaml = writer.write(s);
        Scenario back = loader.parse(yaml, "written.yaml");
        assertEquals(s, back, yaml);
        assertEquals(yaml, writer.write(back), "writing is stable");
        return back;
    }

    @Test
    void richScenarioRoundTrips() {
        Scenario s = loader.load(resource("rich.yaml"));
        roundTrip(s);
        String yaml = writer.write(s);
        assertTrue(yaml.startsWith("# gapsim scenario file; format: docs/scenario-format.md\nname: suwalki-rich\n"));
        assertTrue(yaml.contains("      - type: minefield\n        id: mf-laz\n"), yaml);
        assertTrue(yaml.contains("  proofingMin: {lognormal: {mean: 10.0, sd: 3.0}}\n"), yaml);
        assertTrue(yaml.contains("  departureDelayMin: {exponential: 10.0}\n"), yaml);
    }

    @Test
    void exampleRoundTrips() {
        roundTrip(loader.load(resource("example.yaml")));
    }

    /** Every record, every obstacle type and distribution form, awkward text and edge-case numbers. */
    @Test
    void awkwardScenarioRoundTrips() {
        String[] names = {"yes", "no", "NO", "null", "~", "", "123", "1e3", ".inf", "- x", "a: b", "a #b", "#c",
            "[x]", "{y}", "&a", "*a", "!t", "%p", "@q", "`r`", "|s", ">t", "'u'", "\"v\"", "w\\x", " lead", "trail ",
            "two\nlines", "tab\there", "ctl\u0001\u007f\u0085", "Suwałki", "Ελλάδα", "emoji \uD83D\uDE80", "a, b",
            "true", "False", "0x1F", "2024-01-01", "<<", "=", "?", ":", "-", "a: ", "bom\uFEFF", "\u2028ls"};
        Place a = new Place("a, b", names[0], 54.0, 23.0, PlaceKind.ASSEMBLY_AREA, "NO");
        Place b = new Place("{y}", "Suwałki", -90, 180, PlaceKind.OBJECTIVE, "true");
        Place c = new Place("123", "\"quoted\"", 0.1 + 0.2, -179.99999999999997, PlaceKind.JUNCTION, "~");
        RoadSegment ab = new RoadSegment("- x", "a, b", "123", 10, RoadClass.MOTORWAY, 3, 130, Terrain.URBAN, 0.0,
                "NO");
        RoadSegment bc = new RoadSegment("s2", "123", "{y}", 1e-3 + 40, RoadClass.LOCAL, 1, 1e-9, Terrain.LAKE,
                Double.MIN_VALUE, "true");
        RoadNetwork network = new RoadNetwork(List.of(a, b, c), List.of(ab, bc));
        VehicleType t = new VehicleType("[x]", "a: b", 40, 25, 3.6, 1.8, 0, 1, Armour.LIGHT);
        EngineerAssets eng = new EngineerAssets(
                new EngineerAssets.LineCharges(1, 50, 4, new Distribution.Lognormal(2, 0), 0.0, "[x]", 1e-300,
                        new Distribution.Exponential(7), 1),
                new EngineerAssets.MinePloughs(0, 7, new Distribution.Exponential(1e-5), 1, "[x]", 0.25),
                new EngineerAssets.BridgeLayers(5, 20, new Distribution.Triangular(0, 0, 0), "[x]"),
                new EngineerAssets.EarthMovers(org.gapsim.scenario.Limits.MAX_EQUIPMENT_COUNT, 999999.9999999999, 4.9E-324),
                new EngineerAssets.ManualBreach(0.1, 0.2, 0.3),
                new EngineerAssets.MineRollers(8, 0, "[x]"));
        ColumnSpec col = new ColumnSpec("#c", "two\nlines", List.of(new VehicleGroup("[x]", 7),
                new VehicleGroup("[x]", 1)), 33.3, "a, b", -0.0, "{y}", List.of("a, b", "123", "{y}"), eng, 1);
        ColumnSpec col2 = new ColumnSpec("c2", "", List.of(new VehicleGroup("[x]", 1)), 1, "123", 5e5, "a, b",
                List.of(), null, 0);
        Minefield mf = new Minefield("&a", "- x", 0, Coverage.OBSERVED, 0, 1, 2, 3, 4, Fuze.TRACK_WIDTH,
                MineLayout.ROWS);
        Crater cr = new Crater("*a", "s2", 40, Coverage.UNOBSERVED, 1, 1, 1);
        Defender bought = Defender.builder().electronicProtection(0.5).fireUnits(FireUnit.builder().id("none")
                .kind(FireUnitKind.ARTILLERY).position(UnitPosition.at("123")).build()).build();
        FortificationPackage p1 = new FortificationPackage("none?", "", List.of("NO"), 0,
                List.of(mf, new AntiTankDitch("atd", "- x", 1, Coverage.COVERED_BY_FIRE, 2, 3, 4, 5),
                        new DragonsTeeth("dt", "- x", 2, Coverage.OBSERVED, 3, 4, 5),
                        new Abatis("ab", "- x", 3, Coverage.UNOBSERVED, 4, 5),
                        new BridgeDemolition("br", "- x", 4, Coverage.COVERED_BY_FIRE, 5, 6)),
                List.of(new TerrainChange("- x", Terrain.WETLAND)), new IsrEffect(0, Coverage.COVERED_BY_FIRE),
                bought);
        FortificationPackage p2 = new FortificationPackage(String.join("|", names), String.join("/", names),
                List.of("true", "NO"), 1e6, List.of(), List.of(new TerrainChange("s2", Terrain.OPEN)), null);
        EnumMap<ObstacleKind, List<BreachMethod>> methods = new EnumMap<>(ObstacleKind.class);
        methods.put(ObstacleKind.ABATIS, List.of());
        methods.put(ObstacleKind.CRATER, List.of(BreachMethod.MANUAL, BreachMethod.MANUAL));
        BreachDoctrine d = BreachDoctrine.builder().reconDetectionProbability(1).decisionDelayMin(Distribution.fixed(0))
                .bypassWhenPossible(false).bypassReconMin(new Distribution.Uniform(1, 1)).bypassBaseDetourKm(0)
                .methods(methods).lanesPerObstacle(9).laneSpeedKmh(0.5).laneIntervalM(1).corridorWidthM(2)
                .leadLateralSdM(0).followerLateralSdM(0).proofLanes(true)
                .proofingMin(new Distribution.Lognormal(1e-3, 1e3)).smokeMin(Distribution.fixed(0)).smokeKillFactor(1)
                .suppression(false).locateProbability(Double.MIN_VALUE).suppressionMin(new Distribution.Exponential(3))
                .suppressedRateFactor(0).ewStrength(1).recoveryMin(new Distribution.Uniform(0, 1e9))
                .assetReplaceMin(Distribution.fixed(1e-9)).maxBreachAttempts(1).manualUnderFireFactor(0)
                .manualAtNightOnly(true).nightWorkFactor(100).preparationMin(1e-9).abortLossFraction(0.2)
                .assault(new BreachDoctrine.Assault(1e-9, 1e6, 0, 1, 1e-9)).build();
        Defender defender = Defender.builder()
                .sensors(Sensor.builder().id("&a").kind(SensorKind.UAV).position(UnitPosition.at("a, b"))
                                .rangeKm(0).detectionsPerHour(1e-9).costEur(0).build(),
                        Sensor.builder().id("yes").kind(SensorKind.GROUND_RADAR).position(UnitPosition.on("- x", 10))
                                .build())
                .fireUnits(FireUnit.builder().id("[x]").kind(FireUnitKind.FPV_TEAM)
                        .position(UnitPosition.on("s2", 0)).reactionMin(new Distribution.Lognormal(1, 2))
                        .ammunition(0).pKillArmoured(0).pKillLight(1).ownDetectionsPerHour(0)
                        .counterFireKillProbability(1).costEur(1e12).knownProbability(1).fightsProbability(0.7)
                        .reseedsLanes(true).build())
                .electronicProtection(1).targetPriority(List.of(TargetGroup.REST))
                .observedTemplate(CoverageTemplate.EMPTY)
                .coveredTemplate(new CoverageTemplate(List.of(), List.of(FireUnit.builder().id("a: b")
                        .kind(FireUnitKind.TANK_POSITION).build()))).build();
        List<Clock> clocks = List.of(Clock.ALWAYS_DAY, new Clock(23.999999999999996, 0, 0),
                new Clock(Double.MIN_VALUE, 6.25, 24));
        int k = 0;
        for (ClosureRule closure : List.of(new ClosureRule(ClosureRule.Kind.ALL_COLUMNS, 0),
                new ClosureRule(ClosureRule.Kind.ANY_COLUMN, 0.25),
                new ClosureRule(ClosureRule.Kind.FRACTION_OF_VEHICLES, Double.MIN_VALUE))) {
            Scenario s = new Scenario(String.join("", names), String.join("\n", names), network, List.of(t),
                    List.of(col, col2), List.of(cr), List.of(p1, p2), d,
                    new MarchRules(Distribution.fixed(0), new Distribution.Uniform(1e-9, 1)), closure, 1e-9,
                    k == 1 ? Defender.NONE : defender, clocks.get(k));
            roundTrip(s);
            k++;
        }
    }

    @Test
    void defaultsRoundTrip() {
        Scenario s = loader.parse(ScenarioLoaderTest.MINI, "mini.yaml");
        Scenario back = roundTrip(s);
        assertEquals(BreachDoctrine.DEFAULT, back.doctrine());
        assertEquals(MarchRules.DEFAULT, back.march());
    }
}
