package org.gapsim.scenario.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gapsim.experiment.sweep.Factor;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Ground;
import org.gapsim.scenario.Mobility;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Season;
import org.gapsim.scenario.VehicleType;
import org.junit.jupiter.api.Test;

/** The scenario file's ground, crossing assets and river fields (issue 13): defaults, round trip, one-line errors. */
class GroundFormatTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static final String RIVERS = ScenarioLoaderTest.MINI.replace("terrainBeside: open, country: LT}",
            "terrainBeside: wetland, country: LT, openWidthM: 800}")
            .replace("pKillFullWidthFuze: 0.9}", "pKillFullWidthFuze: 0.9, mobility: wheeled, fordingDepthM: 1.4}") + """
            packages:
              - name: river
                countries: [LT]
                obstacles:
                  - {type: bridge-demolition, id: br, segment: ab, positionKm: 5, costEur: 0, gapM: 40, depthM: 0.9, currentMps: 0.4, bankHeightM: 0.7}
            ground: {season: frozen, iceThicknessM: 0.6, bypassStandoffM: 150}
            crossingAssets:
              pontoons: {sets: 3, setLengthM: 200, forwardMin: {fixed: 90}, buildMinPer100m: {uniform: [10, 20]}, maxCurrentMps: 1.5}
            """;

    @Test
    void aFileWithoutGroundIsInSummerWithNoPontoonsAndTheOldDefaults() {
        Scenario s = loader.parse(ScenarioLoaderTest.MINI, "mini.yaml");
        assertEquals(Ground.DEFAULT, s.ground());
        assertEquals(Season.SUMMER, s.ground().season());
        assertEquals(CrossingAssets.NONE, s.crossingAssets());
        assertEquals(0, s.crossingAssets().pontoons().sets());
        VehicleType t = s.vehicleTypes().get(0);
        assertEquals(Mobility.TRACKED, t.mobility());
        assertEquals(VehicleType.DEFAULT_FORDING_DEPTH_M, t.fordingDepthM());
        assertEquals(Double.POSITIVE_INFINITY, s.network().segments().get(0).openWidthM());
    }

    @Test
    void groundCrossingAssetsAndRiversAreReadAndWrittenBack() {
        Scenario s = loader.parse(RIVERS, "rivers.yaml");
        assertEquals(new Ground(Season.FROZEN, 0.6, 150), s.ground());
        assertEquals(new CrossingAssets(new CrossingAssets.Pontoons(3, 200, Distribution.fixed(90),
                new Distribution.Uniform(10, 20), 1.5)), s.crossingAssets());
        assertEquals(800, s.network().segments().get(0).openWidthM());
        assertEquals(Mobility.WHEELED, s.vehicleTypes().get(0).mobility());
        assertEquals(1.4, s.vehicleTypes().get(0).fordingDepthM());
        FortificationPackage p = s.requirePackage("river");
        assertEquals(new BridgeDemolition("br", "ab", 5, org.gapsim.scenario.Coverage.UNOBSERVED, 0, 40, 0.9, 0.4,
                0.7), p.obstacles().get(0));
        assertEquals(s, loader.parse(new ScenarioWriter().write(s), "again.yaml"), "round trip");
    }

    @Test
    void badGroundIsOneLineNamingTheField() {
        assertError("bad.yaml:23:18: ground.season: unknown value 'winter'; allowed: thaw, summer, autumn, frozen",
                RIVERS.replace("season: frozen", "season: winter"));
        assertError("bad.yaml:23:41: ground.iceThicknessM: must be a finite number >= 0, was -1.0",
                RIVERS.replace("iceThicknessM: 0.6", "iceThicknessM: -1"));
        assertError("bad.yaml:25:20: crossingAssets.pontoons.sets: must be at most 1000 (gapsim's bound, "
                + "docs/scenario-format.md#bounds), was 5000", RIVERS.replace("sets: 3", "sets: 5000"));
        assertError("bad.yaml:8:135: network.segments[0].openWidthM: must be a positive number of metres (or left out: "
                + "unbounded), was 0.0", RIVERS.replace("openWidthM: 800", "openWidthM: 0"));
    }

    private void assertError(String expected, String yaml) {
        ScenarioFileException e = assertThrows(ScenarioFileException.class, () -> loader.parse(yaml, "bad.yaml"));
        assertEquals(expected, e.getMessage());
    }

    @Test
    void buildersStartFromTheDefaultsAndChangeOneField() {
        assertEquals(new Ground(Season.THAW, 0.8, 200), Ground.builder().season(Season.THAW).build());
        assertEquals(new Ground(Season.SUMMER, 0.3, 200), Ground.DEFAULT.toBuilder().iceThicknessM(0.3).build());
        CrossingAssets.Pontoons p = CrossingAssets.Pontoons.builder().sets(2).build();
        assertEquals(new CrossingAssets.Pontoons(2, 227, CrossingAssets.Pontoons.NONE.forwardMin(),
                CrossingAssets.Pontoons.NONE.buildMinPer100m(), 2.0), p);
        assertEquals(2, p.setsPerBridge(300), "300 m of gap takes two 227 m sets");
        assertEquals(1, p.setsPerBridge(227));
    }

    @Test
    void sweepsVaryTheIceTheStandoffAndThePontoonSets() {
        Scenario s = loader.parse(RIVERS, "rivers.yaml");
        assertEquals(0.25, Factor.parse("ground.iceThicknessM=0:1").apply(s, 0.25).ground().iceThicknessM());
        assertEquals(Season.FROZEN, Factor.parse("ground.iceThicknessM=0:1").apply(s, 0.25).ground().season());
        assertEquals(50, Factor.parse("ground.bypassStandoffM=0:400").apply(s, 50).ground().bypassStandoffM());
        assertEquals(7, Factor.parse("crossing.pontoonSets=0:8").apply(s, 7).crossingAssets().pontoons().sets());
        assertEquals(200, Factor.parse("crossing.pontoonSets=0:8").apply(s, 7).crossingAssets().pontoons()
                .setLengthM());
    }
}
