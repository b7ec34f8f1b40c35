package org.gapsim.readme;

import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
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
 * The README's second embedding example: a small scenario built in code with the builders (the road network, the
 * tank battalion and the "mines" package of {@code readme/my-gap.yaml}), kept here so the test suite compiles and
 * runs it against sim-core alone.
 */
final class EmbedBuilderExample {
    private EmbedBuilderExample() {
    }

    static Scenario build() {
        // README-EXAMPLE-START
        // The same study built in code: unset optional parts take the documented defaults, unset required ones
        // fail in build() with the field named, exactly as in a YAML file.
        RoadSegment.Builder road = RoadSegment.builder().country("PL");
        RoadNetwork network = RoadNetwork.builder()
                .places(Place.builder().id("aa").name("Assembly area").latDeg(54.05).lonDeg(23.55)
                                .kind(PlaceKind.ASSEMBLY_AREA).country("BY").build(),
                        Place.builder().id("sejny").name("Sejny").latDeg(54.11).lonDeg(23.35)
                                .kind(PlaceKind.TOWN).country("PL").build(),
                        Place.builder().id("suwalki").name("Suwałki").latDeg(54.10).lonDeg(22.93)
                                .kind(PlaceKind.OBJECTIVE).country("PL").build())
                .segments(road.id("s1").from("aa").to("sejny").lengthKm(15).roadClass(RoadClass.REGIONAL)
                                .speedLimitKmh(70).terrainBeside(Terrain.FOREST).build(),
                        road.id("s2").from("sejny").to("suwalki").lengthKm(30).roadClass(RoadClass.NATIONAL)
                                .lanes(2).speedLimitKmh(90).terrainBeside(Terrain.OPEN).bridgeGapM(15).build())
                .build();
        VehicleType t72 = VehicleType.builder().id("t72").name("T-72B3").roadSpeedKmh(40).crossCountrySpeedKmh(25)
                .widthM(3.6).trackWidthM(0.58).pKillTrackWidthFuze(0.7).pKillFullWidthFuze(0.9).build();
        ColumnSpec tankBn = ColumnSpec.builder().id("tank-bn").name("Tank battalion")
                .marchOrder(new VehicleGroup("t72", 31)).intervalM(50).start("aa").objective("suwalki")
                .engineers(EngineerAssets.builder()
                        .lineCharges(EngineerAssets.LineCharges.builder().count(2).build())
                        .bridgeLayers(EngineerAssets.BridgeLayers.builder().count(1).build())
                        .build())
                .combatIneffectiveFraction(0.5)
                .build();
        FortificationPackage mines = FortificationPackage.builder().name("mines")
                .description("A fixing minefield west of Sejny, covered by fire").countries("PL")
                .obstacles(Minefield.builder().id("mf-1").segment("s2").positionKm(5)
                        .coverage(Coverage.COVERED_BY_FIRE).costEur(400_000).frontM(250).depthM(120).rows(3)
                        .densityPerM(1.0).fuze(Fuze.TRACK_WIDTH).build())
                .build();
        Scenario scenario = Scenario.builder().name("example").network(network).vehicleTypes(t72)
                .columns(tankBn).packages(mines).horizonMin(1440)
                .build();                      // doctrine, march and closure: the documented defaults

        // Run it like a loaded scenario; toBuilder() edits a copy (here: a later departure).
        Scenario later = scenario.toBuilder()
                .columns(tankBn.toBuilder().departureMin(60).build())
                .build();
        ExperimentResult result = new ExperimentRunner(Experiment.builder(later).packages("mines")
                .replications(50).masterSeed(42).build()).withProgress(ProgressListener.silent()).run();
        // README-EXAMPLE-END
        return result.summary("mines").slowdownH().mean() > 0 ? scenario : null;
    }
}
