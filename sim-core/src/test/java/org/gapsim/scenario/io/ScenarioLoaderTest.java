package org.gapsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.scenario.AntiTankDitch;
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
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.junit.jupiter.api.Test;

/** Valid files load to the expected records. */
class ScenarioLoaderTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    static Path resource(String name) {
        try {
            return Path.of(ScenarioLoaderTest.class.getResource("/scenario-io/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small valid scenario used by several tests (lines are referred to by number in the error tests). */
    static final String MINI = """
            name: mini
            horizonMin: 600
            network:
              places:
                - {id: a, latDeg: 54.0, lonDeg: 23.0, kind: assembly-area, country: LT}
                - {id: b, latDeg: 54.2, lonDeg: 23.1, kind: objective, country: LT}
              segments:
                - {id: ab, from: a, to: b, lengthKm: 20, roadClass: national, speedLimitKmh: 70, terrainBeside: open, country: LT}
            vehicleTypes:
              - {id: t72, roadSpeedKmh: 40, crossCountrySpeedKmh: 25, widthM: 3.6, trackWidthM: 0.58, pKillTrackWidthFuze: 0.7, pKillFullWidthFuze: 0.9}
            columns:
              - id: c1
                marchOrder: [{type: t72, count: 10}]
                intervalM: 50
                start: a
                objective: b
                combatIneffectiveFraction: 0.5
            """;

    @Test
    void richFileLoadsToTheExpectedRecords() {
        Scenario s = loader.load(resource("rich.yaml"));
        assertEquals("suwalki-rich", s.name());
        assertTrue(s.description().startsWith("Two columns from an assembly area"));
        assertEquals(2880.0, s.horizonMin());

        assertEquals(6, s.network().places().size());
        assertEquals(new Place("aa", "Assembly area east", 53.9, 23.6, PlaceKind.ASSEMBLY_AREA, "BY"),
                s.network().places().get(0));
        assertEquals(new Place("goldap", "Gołdap", 54.31, 22.3, PlaceKind.OBJECTIVE, "PL"),
                s.network().places().get(5));
        assertEquals(6, s.network().segments().size());
        assertEquals(new RoadSegment("s-aa-laz", "aa", "lazdijai", 40, RoadClass.REGIONAL, 1, 70, Terrain.OPEN, 0,
                "LT"), s.network().segments().get(0));
        assertEquals(new RoadSegment("s-sej-suw", "sejny", "suwalki", 30, RoadClass.NATIONAL, 2, 90, Terrain.OPEN, 15,
                "PL"), s.network().segments().get(3));
        assertEquals(Terrain.OPEN, s.network().segments().get(4).terrainBeside()); // written OPEN

        assertEquals(List.of(
                new VehicleType("t72", "T-72B3", 40, 25, 3.6, 0.58, 0.7, 0.9),
                new VehicleType("bmp3", "BMP-3", 45, 30, 3.3, 0.47, 0.8, 0.95),
                new VehicleType("ural", "ural", 50, 20, 2.5, 0.4, 0.9, 1.0, Armour.LIGHT)), s.vehicleTypes());

        ColumnSpec c1 = s.columns().get(0);
        assertEquals("1st Tank Battalion", c1.name());
        assertEquals(List.of(new VehicleGroup("t72", 31), new VehicleGroup("bmp3", 10)), c1.marchOrder());
        assertEquals(50.0, c1.intervalM());
        assertEquals(List.of("aa", "sejny", "suwalki", "goldap"), c1.route());
        EngineerAssets e = c1.engineers();
        assertEquals(new EngineerAssets.LineCharges(2, 100, 8, new Distribution.Triangular(1.5, 2, 4), 0.9, "bmp3",
                0.1, new Distribution.Triangular(2, 5, 10), 0.05), e.lineCharges());
        assertEquals(new EngineerAssets.MinePloughs(3, 10, Distribution.fixed(3), 0.95, "t72"), e.minePloughs());
        assertEquals(new EngineerAssets.BridgeLayers(1, 18.3, new Distribution.Uniform(3, 6)), e.bridgeLayers());
        assertEquals(new EngineerAssets.EarthMovers(2, 5, 1), e.earthMovers());
        assertEquals(EngineerAssets.ManualBreach.DEFAULT, e.manual());
        assertEquals(new EngineerAssets.MineRollers(2, 3, "t72"), e.mineRollers());
        assertEquals(0.5, c1.combatIneffectiveFraction());

        ColumnSpec c2 = s.columns().get(1);
        assertEquals("c2", c2.name());
        assertEquals(90.5, c2.departureMin());
        assertEquals(List.of(), c2.route());
        assertEquals(EngineerAssets.NONE, c2.engineers());

        assertEquals(List.of(new Crater("old-crater", "s-suw-gol", 12, Coverage.UNOBSERVED, 0, 8, 2.5)),
                s.existingObstacles());

        assertEquals(new Clock(4.5, 6, 19.25), s.clock());
        Defender def = s.defender();
        assertEquals(0.25, def.electronicProtection());
        // the groups left out follow the listed ones
        assertEquals(List.of(TargetGroup.LANES, TargetGroup.BREACH_ASSETS, TargetGroup.REST), def.targetPriority());
        assertEquals(List.of(
                Sensor.builder().id("op-sejny").kind(SensorKind.OBSERVATION_POST).position(UnitPosition.at("sejny"))
                        .rangeKm(4).build(),
                new Sensor("radar-1", SensorKind.GROUND_RADAR, UnitPosition.on("s-sej-suw", 12.5), 15, 10, 2e6)),
                def.sensors());
        assertEquals(List.of(
                FireUnit.builder().id("atgm-1").kind(FireUnitKind.ATGM_TEAM).position(UnitPosition.on("s-sej-suw", 6))
                        .build(),
                new FireUnit("arty-1", FireUnitKind.ARTILLERY, UnitPosition.at("suwalki"), 25,
                        new Distribution.Triangular(5, 8, 15), 8, 40, 0.08, 0.25, 0, 0.2, 5e6)), def.fireUnits());
        assertEquals(CoverageTemplate.OBSERVED, def.observedTemplate(), "a template left out keeps the default");
        assertEquals(new CoverageTemplate(
                List.of(Sensor.builder().id("uav").kind(SensorKind.UAV).rangeKm(8).detectionsPerHour(4).build()),
                List.of(FireUnit.builder().id("fpv").kind(FireUnitKind.FPV_TEAM).rangeKm(10).ammunition(12)
                        .pKillArmoured(0.3).pKillLight(0.6).build())), def.coveredTemplate());

        assertEquals(List.of("lt-mines", "combo", "pl-barriers", "lt-reforest", "lt-ew"),
                s.packages().stream().map(FortificationPackage::name).toList());
        FortificationPackage ltMines = s.packages().get(0);
        Minefield mf = new Minefield("mf-laz", "s-laz-kal", 5, Coverage.COVERED_BY_FIRE, 1_200_000, 250, 120, 4, 1.0,
                Fuze.FULL_WIDTH, MineLayout.ROWS);
        Crater cr = new Crater("cr-laz", "s-aa-laz", 38, Coverage.OBSERVED, 20000, 10, 3);
        assertEquals(List.of(mf, cr), ltMines.obstacles());
        assertEquals(List.of("LT"), ltMines.countries());
        assertEquals(IsrEffect.NONE, ltMines.isr());

        FortificationPackage pl = s.packages().get(2);
        assertEquals(List.of(
                new AntiTankDitch("atd-sej", "s-sej-suw", 3, Coverage.OBSERVED, 300000, 6, 3, 800),
                new DragonsTeeth("dt-sej", "s-sej-suw", 4, Coverage.UNOBSERVED, 150000, 10, 400),
                new org.gapsim.scenario.Abatis("ab-aa", "s-aa-sej", 20, Coverage.UNOBSERVED, 5000, 60),
                new BridgeDemolition("br-sej", "s-sej-suw", 15, Coverage.COVERED_BY_FIRE, 80000, 15)),
                pl.obstacles());
        assertEquals(List.of(new TerrainChange("s-sej-suw", Terrain.FOREST)), pl.terrainChanges());

        FortificationPackage reforest = s.packages().get(3);
        FortificationPackage ew = s.packages().get(4);
        assertEquals(2_000_000.0, reforest.budgetEur());
        Defender uav = Defender.builder().electronicProtection(0.5).sensors(new Sensor("uav-lt", SensorKind.UAV,
                UnitPosition.on("s-laz-kal", 20), 10, 3, 400_000)).build();
        assertEquals(new FortificationPackage("lt-ew", "Electronic warfare against drones, plus the reforestation",
                List.of("LT"), 3_150_000, List.of(), List.of(new TerrainChange("s-laz-kal", Terrain.FOREST)),
                new IsrEffect(0.7, Coverage.UNOBSERVED), uav), ew);
        assertEquals(2_750_000 + 400_000, ew.costEur(), "the budgets of lt-ew and lt-reforest add up");
        assertEquals(400_000, ew.placedEur(), "the package's units are what it places");
        assertEquals(2_750_000, ew.outsideEur(), "the rest of both budgets is outside the model");

        // combo = lt-mines + pl-barriers + lt-reforest + lt-ew (each once) + its own fields
        FortificationPackage combo = s.packages().get(1);
        assertEquals(FortificationPackage.combine("combo", "LT mines, PL barriers and Lithuanian EW together",
                List.of(ltMines, pl, reforest,
                        new FortificationPackage("lt-ew", "", List.of("LT"), 1_150_000, List.of(), List.of(),
                                new IsrEffect(0.7, Coverage.UNOBSERVED), uav),
                        new FortificationPackage("combo", "", List.of("LT", "PL"), 500000, List.of(), List.of(),
                                new IsrEffect(1, Coverage.OBSERVED)))), combo);
        assertEquals(List.of("LT", "PL"), combo.countries());
        assertEquals(6, combo.obstacles().size());
        assertEquals(3_250_000.0, combo.outsideEur(), "lt-reforest's cost is counted once");
        assertEquals(new IsrEffect(0.7, Coverage.OBSERVED), combo.isr());
        assertEquals(List.of(new TerrainChange("s-sej-suw", Terrain.FOREST),
                new TerrainChange("s-laz-kal", Terrain.FOREST)), combo.terrainChanges());

        BreachDoctrine d = s.doctrine();
        BreachDoctrine x = BreachDoctrine.DEFAULT;
        assertEquals(0.5, d.reconDetectionProbability());
        assertFalse(d.bypassWhenPossible());
        assertEquals(List.of(BreachMethod.MINE_PLOUGH, BreachMethod.LINE_CHARGE, BreachMethod.MANUAL),
                d.methods().get(ObstacleKind.MINEFIELD));
        assertEquals(List.of(BreachMethod.EARTH_MOVER), d.methods().get(ObstacleKind.ANTI_TANK_DITCH));
        assertEquals(x.methods().get(ObstacleKind.CRATER), d.methods().get(ObstacleKind.CRATER));
        assertEquals(Distribution.fixed(0), d.smokeMin());
        assertEquals(0.8, d.ewStrength());
        assertEquals(2, d.maxBreachAttempts());
        assertTrue(d.manualAtNightOnly());
        assertEquals(new Distribution.Uniform(15, 30), d.recoveryMin());
        assertEquals(1, d.lanesPerObstacle());
        assertTrue(d.proofLanes());
        assertEquals(new Distribution.Lognormal(10, 3), d.proofingMin());
        // fields not in the file keep the default
        assertEquals(x.decisionDelayMin(), d.decisionDelayMin());
        assertEquals(x.smokeKillFactor(), d.smokeKillFactor());
        assertEquals(x.suppressionMin(), d.suppressionMin());
        assertEquals(x.nightWorkFactor(), d.nightWorkFactor());
        assertEquals(x.laneSpeedKmh(), d.laneSpeedKmh());
        assertEquals(x.followerLateralSdM(), d.followerLateralSdM());

        assertEquals(new MarchRules(new Distribution.Exponential(10), new Distribution.Uniform(0.85, 1.0)), s.march());
        assertEquals(new ClosureRule(ClosureRule.Kind.FRACTION_OF_VEHICLES, 0.8), s.closure());
    }

    @Test
    void optionalSectionsTakeTheDocumentedDefaults() {
        Scenario s = loader.parse(MINI, "mini.yaml");
        assertEquals("", s.description());
        assertSame(BreachDoctrine.DEFAULT, s.doctrine());
        assertSame(MarchRules.DEFAULT, s.march());
        assertSame(ClosureRule.ALL_COLUMNS, s.closure());
        assertSame(Defender.NONE, s.defender());
        assertSame(Clock.ALWAYS_DAY, s.clock());
        assertEquals(org.gapsim.scenario.Armour.ARMOURED, s.vehicleTypes().get(0).armour());
        assertEquals(List.of(), s.existingObstacles());
        assertEquals(List.of(), s.packages());
        ColumnSpec c = s.columns().get(0);
        assertEquals(EngineerAssets.NONE, c.engineers());
        assertEquals(0.0, c.departureMin());
        assertEquals("c1", c.name());
        assertEquals(1, s.network().segments().get(0).lanes());
        assertEquals(0.0, s.network().segments().get(0).bridgeGapM());
        assertEquals("a", s.network().places().get(0).name());
    }

    @Test
    void theDoctrinesAssaultBlockIsReadAndAbsentMeansNone() {
        assertEquals(null, loader.parse(MINI, "mini.yaml").doctrine().assault());
        Scenario s = loader.parse(MINI + "doctrine:\n  assault: {rangeKm: 3, engagementsPerHour: 12, pKillArmoured: 0.3, "
                + "pKillLight: 0.6, detectionsPerHour: 2}\n", "mini.yaml");
        assertEquals(new BreachDoctrine.Assault(3, 12, 0.3, 0.6, 2), s.doctrine().assault());
        assertEquals(BreachDoctrine.DEFAULT.toBuilder().assault(s.doctrine().assault()).build(), s.doctrine());
    }

    @Test
    void partialDoctrineMarchAndEngineersOverlayTheirDefaults() {
        Scenario s = loader.parse(MINI.replace("    combatIneffectiveFraction: 0.5\n", """
                    combatIneffectiveFraction: 0.5
                    engineers:
                      manual: {obstacleRateMPerMin: 0.5}
                      minePloughs: {setupMin: {exponential: {mean: 4}}}
                doctrine: {laneSpeedKmh: 6}
                march: {speedFactor: 1}
                """), "mini.yaml");
        assertEquals(new BreachDoctrine(0.6, new Distribution.Triangular(5, 10, 20), true,
                new Distribution.Triangular(5, 10, 15), 1.0, BreachDoctrine.DEFAULT_METHODS, 2, 6,
                50, 10, 1.5, 0.3, false, new Distribution.Triangular(5, 10, 15)), s.doctrine());
        assertEquals(new MarchRules(MarchRules.DEFAULT.departureDelayMin(), Distribution.fixed(1)), s.march());
        EngineerAssets e = s.columns().get(0).engineers();
        assertEquals(new EngineerAssets.ManualBreach(0.5, 0.5, 0.98), e.manual());
        assertEquals(new EngineerAssets.MinePloughs(0, 10, new Distribution.Exponential(4), 0.95), e.minePloughs());
        assertEquals(EngineerAssets.LineCharges.NONE, e.lineCharges());
    }

    @Test
    void enumsAreCaseInsensitiveWithDashOrUnderscore() {
        for (String spelling : List.of("covered-by-fire", "COVERED_BY_FIRE", "Covered-By_Fire", "covered_by-fire")) {
            Scenario s = loader.parse(MINI + """
                    existingObstacles:
                      - {type: Dragons_Teeth, id: dt, segment: ab, positionKm: 1, coverage: %s, costEur: 0, depthM: 5, frontM: 50}
                    """.formatted(spelling), "mini.yaml");
            assertEquals(Coverage.COVERED_BY_FIRE, s.existingObstacles().get(0).coverage(), spelling);
            assertInstanceOf(DragonsTeeth.class, s.existingObstacles().get(0));
        }
    }

    @Test
    void distributionSyntaxes() {
        String[][] cases = {
            {"12.5", "Fixed[value=12.5]"},
            {"{fixed: 3}", "Fixed[value=3.0]"},
            {"{fixed: {value: 3}}", "Fixed[value=3.0]"},
            {"{uniform: [2, 5]}", "Uniform[min=2.0, max=5.0]"},
            {"{uniform: {min: 2, max: 5}}", "Uniform[min=2.0, max=5.0]"},
            {"{triangular: [5, 10, 20]}", "Triangular[min=5.0, mode=10.0, max=20.0]"},
            {"{triangular: {min: 5, mode: 10, max: 20}}", "Triangular[min=5.0, mode=10.0, max=20.0]"},
            {"{lognormal: {mean: 10, sd: 3}}", "Lognormal[mean=10.0, sd=3.0]"},
            {"{lognormal: [10, 3]}", "Lognormal[mean=10.0, sd=3.0]"},
            {"{exponential: 8}", "Exponential[mean=8.0]"},
            {"{exponential: {mean: 8}}", "Exponential[mean=8.0]"},
        };
        for (String[] c : cases) {
            Scenario s = loader.parse(MINI + "doctrine: {decisionDelayMin: " + c[0] + "}\n", "mini.yaml");
            assertEquals(c[1], s.doctrine().decisionDelayMin().toString(), c[0]);
        }
    }

    @Test
    void closureKindsAndTextForms() {
        Scenario s = loader.parse(MINI + "closure: {kind: any-column}\n", "mini.yaml");
        assertEquals(new ClosureRule(ClosureRule.Kind.ANY_COLUMN, 1), s.closure());
        // ids that YAML would read as numbers or booleans stay text; NO is Norway
        Scenario t = loader.parse(MINI.replace("country: LT}\n    - {id: b", "country: NO}\n    - {id: b")
                .replace("id: c1", "id: 12"), "mini.yaml");
        assertEquals("NO", t.network().places().get(0).country());
        assertEquals("12", t.columns().get(0).id());
    }

    @Test
    void anchorsAliasesAndMergeKeysWork() {
        Scenario s = loader.parse(MINI + """
                existingObstacles:
                  - &teeth {type: dragons-teeth, id: dt1, segment: ab, positionKm: 1, costEur: 100, depthM: 5, frontM: 50}
                  - {<<: *teeth, id: dt2, positionKm: 2}
                """, "mini.yaml");
        assertEquals(List.of(new DragonsTeeth("dt1", "ab", 1, Coverage.UNOBSERVED, 100, 5, 50),
                new DragonsTeeth("dt2", "ab", 2, Coverage.UNOBSERVED, 100, 5, 50)), s.existingObstacles());
    }

    @Test
    void packageFilesResolveAgainstTheBaseDirectoryInParse() throws Exception {
        String text = java.nio.file.Files.readString(resource("rich.yaml"));
        Scenario viaParse = loader.parse(text, "rich.yaml", resource("rich.yaml").getParent());
        assertEquals(loader.load(resource("rich.yaml")), viaParse);
    }

    @Test
    void byteOrderMarkAndCrLfAreAccepted() {
        String crlf = "\uFEFF" + MINI.replace("\n", "\r\n");
        assertEquals(loader.parse(MINI, "a"), loader.parse(crlf, "b"));
    }
}
