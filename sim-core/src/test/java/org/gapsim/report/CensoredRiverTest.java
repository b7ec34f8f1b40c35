package org.gapsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.gapsim.experiment.CensoredQuantile;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.experiment.StepCurve;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.VehicleGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 2, on the kind of case: one river on the only road, a 48 h horizon, and a package (a blown
 * bridge whose gap takes the bridge layers from 10 h to 3 days to span) that often keeps the force from closing.
 * On main the censored runs were averaged as if they closed at the horizon, with no word: the slowdown P95 was the
 * horizon minus the baseline's closure (an artefact), the closure P95 was the horizon itself, "h per EUR 100M" was
 * unflagged and the closure curve jumped to 1 at the horizon.
 */
class CensoredRiverTest {
    private static final double HORIZON_H = 48;
    private static ExperimentResult result;

    static Scenario oneRiver() {
        RoadNetwork road = new RoadNetwork(List.of(
                new Place("assembly", "Assembly area", 54.40, 23.70, PlaceKind.ASSEMBLY_AREA, "LT"),
                new Place("junction", "Junction", 54.35, 23.55, PlaceKind.JUNCTION, "LT"),
                new Place("border", "Border crossing", 54.30, 23.40, PlaceKind.BORDER_CROSSING, "LT"),
                new Place("objective", "Objective", 54.20, 23.10, PlaceKind.OBJECTIVE, "LT")),
                List.of(new RoadSegment("s1", "assembly", "junction", 20, RoadClass.NATIONAL, 1, 80, Terrain.FOREST, 0, "LT"),
                        new RoadSegment("s2", "junction", "border", 15, RoadClass.REGIONAL, 1, 70, Terrain.OPEN, 0, "LT"),
                        new RoadSegment("s3", "border", "objective", 25, RoadClass.NATIONAL, 1, 80, Terrain.FOREST, 0,
                                "LT")));
        Distribution bridging = new Distribution.Uniform(600, 4_320);   // 10 h to 3 days, minutes
        ColumnSpec first = new ColumnSpec("c1", "1st tank battalion", List.of(new VehicleGroup("tank", 10),
                new VehicleGroup("ifv", 6)), 50, "assembly", 0, "objective", List.of(),
                ExperimentFixtures.engineers(bridging), 0.5);
        FortificationPackage bridge = new FortificationPackage("blown-bridge", "river bridge blown", List.of("LT"), 0,
                List.of(new BridgeDemolition("br1", "s3", 5, Coverage.UNOBSERVED, 150_000, 15)), List.of(), null);
        return new Scenario("one-river", "one river, 48 h", road, ExperimentFixtures.vehicleTypes(), List.of(first),
                List.of(), List.of(ExperimentFixtures.minefieldPackage(), bridge), BreachDoctrine.DEFAULT,
                MarchRules.DEFAULT, null, HORIZON_H * 60);
    }

    @BeforeAll
    static void run() {
        result = ExperimentFixtures.run(Experiment.builder(oneRiver()).replications(400).masterSeed(10).threads(2)
                .build());
    }

    @Test
    void thePackageIsOftenCensored() {
        PackageSummary b = result.summary("blown-bridge");
        assertTrue(b.pNotReached() > 0.1 && b.pNotReached() < 0.5, "often, not always: " + b.pNotReached());
        assertTrue(b.pReachedLow() < b.pReached() && b.pReached() < b.pReachedHigh());
        assertEquals(0.0, result.summary("none").pNotReached(), 0.0);
    }

    @Test
    void quantilesAreNotTheHorizonArtefact() {
        PackageSummary b = result.summary("blown-bridge");
        double baseMax = result.summary("none").closureH().max();
        SampleSummary slow = b.slowdownH();
        // on main: P95 = 48 h - the baseline's closure in that run, a number set by the horizon, not by the bridge
        assertTrue(Double.isNaN(slow.p95()), "P95 is only bounded: " + slow.p95());
        CensoredQuantile p95 = slow.quantile(0.95);
        assertTrue(p95.low() >= HORIZON_H - baseMax && p95.high() == Double.POSITIVE_INFINITY, p95.toString());
        assertTrue(slow.quantile(0.95).label("%.2f", false).startsWith(">="));
        SampleSummary closure = b.closureH();
        assertTrue(Double.isNaN(closure.p95()), "closure P95 is not the horizon: " + closure.p95());
        assertEquals(">48.00", closure.quantile(0.95).label("%.2f", true));
        assertTrue(closure.p5() < HORIZON_H && !Double.isNaN(closure.p5()), "P5 is observed: " + closure.p5());
    }

    @Test
    void theMeanIsLabelledRestrictedAndHPerEurIsFlagged() {
        PackageSummary b = result.summary("blown-bridge");
        assertTrue(b.costEffectCensored());
        assertEquals(b.slowdownH().mean() / (b.costEur() / 1e8), b.hoursPer100MEur(), 1e-9);
        String table = ConsoleTable.render(result);
        assertTrue(table.contains("Slowdown h [95% CI]") && table.contains("RESTRICTED means up to H"),
                table);
        String line = table.lines().filter(l -> l.startsWith("blown-bridge ")).findFirst().orElseThrow();
        assertTrue(line.contains(String.format(java.util.Locale.ROOT, "%.1f%s", b.hoursPer100MEur(),
                ConsoleTable.CENSORED_MARK)), "h/EUR 100M is marked: " + line);
        assertTrue(line.contains(">="), "the P95 is shown as a bound: " + line);
        assertTrue(table.contains(ConsoleTable.CENSORED_MARK + " more than 10% of runs"), table);
        List<String> cols = SummaryCsv.columnNames();
        assertTrue(cols.contains("slowdown_restricted_mean_h") && cols.contains("closure_restricted_mean_h")
                && cols.contains("cost_effect_censored") && !cols.contains("slowdown_mean_h"), cols.toString());
    }

    @Test
    void theClosureCurveStopsAtPReached() {
        PackageSummary b = result.summary("blown-bridge");
        StepCurve km = b.closureCurve();
        assertEquals(b.pReached(), km.last(), 1e-15);
        assertTrue(km.last() < 1);
        assertEquals(HORIZON_H, km.timeH()[km.size() - 1], 0.0);
        assertTrue(Arrays.stream(km.probability()).allMatch(p -> p <= b.pReached()), "never reaches 1");
        assertFalse(Arrays.stream(km.timeH()).anyMatch(t -> t > HORIZON_H));
    }
}
