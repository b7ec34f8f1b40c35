package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DynamicKind;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.OnWarning;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * Obstacles on warning (issue 12 item 4): an obstacle is there for a column iff the force's first warning + the
 * order delay + its emplacement time is no later than the column's head reaching it, and it works (its own stream).
 * The fixture's column leaves A at 0 at 40 km/h; an observation post at B sees it from departure at its rate (time to
 * the first warning ~ Exp(rate), InterdictionTest); a ditch 5 km into B-C (head there at 37.5 min) the column can
 * neither bypass nor breach (it turns back or waits), so where it is in place the column is held.
 */
class DynamicObstacleTest {
    private static final double HEAD_AT_DITCH_MIN = 25 / Fixtures.SPEED_KMH * 60;
    private static final Obstacle DITCH = new AntiTankDitch("ditch", "bc", 5, Coverage.UNOBSERVED, 0, 6, 3, 500);

    private static Defender op(double perHour) {
        return Defender.builder().sensors(Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST)
                .position(UnitPosition.at("b")).rangeKm(100).detectionsPerHour(perHour).build()).build();
    }

    private static Scenario scenario(List<Obstacle> obstacles, Defender def, OnWarning w) {
        BreachDoctrine d = Fixtures.doctrine(0, 0, false).toBuilder().locateProbability(0).ewStrength(0)
                .contactHaltMin(Distribution.fixed(0)).build();
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 10, 0, EngineerAssets.NONE));
        Scenario s = Fixtures.scenario(Terrain.FOREST, cols, obstacles, d).withDefender(def)
                .withClock(Clock.ALWAYS_DAY);
        return s.withPackages(List.of(s.requirePackage("fort").toBuilder().onWarning(w).build()));
    }

    private static OnWarning onWarning(double delayMin, double emplaceMin, double reliability) {
        return new OnWarning(delayMin, 0, List.of(new OnWarning.Entry("ditch", DynamicKind.RESERVE_DEMOLITION,
                Distribution.fixed(emplaceMin), reliability)));
    }

    private static List<ModelEvent> events(CrossingPlan plan, ReplicationStreams streams, int r) {
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(plan, streams, r, out::add);
        return out;
    }

    private static <T extends ModelEvent> List<T> all(List<ModelEvent> ev, Class<T> type) {
        return ev.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void inPlaceExactlyWhenWarningPlusDelayPlusEmplacementIsNoLaterThanTheHead() {
        // delay 10 + emplacement 20: in place iff the warning W <= 37.5 - 30 = 7.5 min; W ~ Exp(6/h) from departure
        CrossingPlan plan = CrossingPlan.compile(scenario(List.of(DITCH), op(6), onWarning(10, 20, 1)), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(3));
        int reps = 2000;
        int inPlace = 0;
        int late = 0;
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> ev = events(plan, streams, r);
            List<ModelEvent.DynamicObstacleMet> met = all(ev, ModelEvent.DynamicObstacleMet.class);
            assertEquals(1, met.size(), "the head meets the ditch's place once");
            ModelEvent.DynamicObstacleMet m = met.get(0);
            assertEquals(HEAD_AT_DITCH_MIN, m.timeMin(), 1e-9);
            List<ModelEvent.ColumnDetected> seen = all(ev, ModelEvent.ColumnDetected.class);
            double w = seen.isEmpty() ? Double.POSITIVE_INFINITY : seen.get(0).timeMin();
            boolean onTime = w + 30 <= m.timeMin();
            assertEquals(onTime, m.inPlace(), "replication " + r + ", warning at " + w);
            List<ModelEvent.ObstacleEmplaced> placed = all(ev, ModelEvent.ObstacleEmplaced.class);
            if (w <= m.timeMin()) {
                assertEquals(1, placed.size());
                assertEquals(w + 30, placed.get(0).timeMin(), 1e-9, "emplaced at warning + delay + emplacement");
                assertEquals(w, placed.get(0).warningMin());
            }
            if (m.inPlace()) {
                inPlace++;
                assertFalse(all(ev, ModelEvent.ObstacleDetected.class).isEmpty(), "the column meets the ditch");
            } else {
                late++;
                assertTrue(all(ev, ModelEvent.ObstacleDetected.class).isEmpty(), "too late: the column drives on");
            }
        }
        double p = 1 - Math.exp(-6 / 60.0 * (HEAD_AT_DITCH_MIN - 30));
        assertEquals(p, inPlace / (double) reps, 3 * Math.sqrt(p * (1 - p) / reps), "P(W <= 7.5 min)");
        assertTrue(late > 0 && inPlace > 0);
    }

    @Test
    void anObstacleOfAUserKindOnWarningFollowsTheSameRule() {
        // wire (a user's kind) in the ditch's place, felled-trees: same rule, in place iff W <= 37.5 - 30 min
        Obstacle wire = new TestWire("wire", "bc", 5, Coverage.UNOBSERVED, 0, 30, 500, Distribution.fixed(2), true);
        OnWarning w = new OnWarning(10, 0, List.of(new OnWarning.Entry("wire", DynamicKind.FELLED_TREES,
                Distribution.fixed(20), 1)));
        CrossingPlan plan = CrossingPlan.compile(scenario(List.of(wire), op(6), w), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(3));
        int inPlace = 0;
        int late = 0;
        for (int r = 0; r < 400; r++) {
            List<ModelEvent> ev = events(plan, streams, r);
            ModelEvent.DynamicObstacleMet m = all(ev, ModelEvent.DynamicObstacleMet.class).get(0);
            List<ModelEvent.ColumnDetected> seen = all(ev, ModelEvent.ColumnDetected.class);
            double warned = seen.isEmpty() ? Double.POSITIVE_INFINITY : seen.get(0).timeMin();
            assertEquals(warned + 30 <= m.timeMin(), m.inPlace(), "replication " + r + ", warning at " + warned);
            if (m.inPlace()) {
                inPlace++;
                assertFalse(all(ev, ModelEvent.ObstacleDetected.class).isEmpty(), "the column meets the wire");
            } else {
                late++;
                assertTrue(all(ev, ModelEvent.ObstacleDetected.class).isEmpty(), "too late: the column drives on");
            }
        }
        assertTrue(late > 0 && inPlace > 0, inPlace + " in place, " + late + " late");
    }

    @Test
    void aDemolitionWorksWithItsReliability() {
        // the warning comes at once (600 detections an hour); the charge fires with probability 0.7
        CrossingPlan plan = CrossingPlan.compile(scenario(List.of(DITCH), op(600), onWarning(0, 0, 0.7)), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(8));
        int reps = 3000;
        int worked = 0;
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> ev = events(plan, streams, r);
            boolean there = all(ev, ModelEvent.DynamicObstacleMet.class).get(0).inPlace();
            boolean failed = !all(ev, ModelEvent.EmplacementFailed.class).isEmpty();
            assertEquals(!there, failed, "not in place exactly when it failed");
            worked += there ? 1 : 0;
        }
        double p = 0.7;
        assertEquals(p, worked / (double) reps, 3 * Math.sqrt(p * (1 - p) / reps), "binomial frequency");
    }

    @Test
    void withoutAWarningItIsNeverEmplacedAndTheColumnDrivesOnAsIfItWereNotThere() {
        Scenario none = scenario(List.of(DITCH), Defender.NONE, onWarning(0, 0, 1));
        Scenario bare = scenario(List.of(), Defender.NONE, OnWarning.NONE);
        CrossingPlan plan = CrossingPlan.compile(none, "fort");
        CrossingPlan without = CrossingPlan.compile(bare, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(2));
        for (int r = 0; r < 50; r++) {
            List<ModelEvent> ev = events(plan, streams, r);
            assertFalse(all(ev, ModelEvent.DynamicObstacleMet.class).get(0).inPlace());
            assertTrue(all(ev, ModelEvent.ObstacleEmplaced.class).isEmpty());
            double[] got = all(ev, ModelEvent.ColumnArrived.class).get(0).arrivalTimesMin();
            double[] want = all(events(without, streams, r), ModelEvent.ColumnArrived.class).get(0)
                    .arrivalTimesMin();
            assertEquals(want.length, got.length);
            for (int i = 0; i < got.length; i++) {
                assertEquals(want[i], got[i], 1e-9, "vehicle " + i);
            }
        }
    }

    @Test
    void moreSensorsMeanMoreObstaclesInPlaceAndMoreDelay() {
        OnWarning w = onWarning(10, 20, 0.9);
        double[] few = inPlaceAndClosure(scenario(List.of(DITCH), op(2), w));
        double[] many = inPlaceAndClosure(scenario(List.of(DITCH), op(12), w));
        assertTrue(many[0] > few[0] + 0.1, "P(in place) " + few[0] + " -> " + many[0]);
        assertTrue(many[1] > few[1] + 5, "mean closure " + few[1] + " -> " + many[1]);
    }

    /** @return [P(in place) at the head's arrival, mean closure (censored at the horizon), minutes] */
    private static double[] inPlaceAndClosure(Scenario s) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(31));
        int reps = 400;
        double in = 0;
        double closure = 0;
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> ev = events(plan, streams, r);
            in += all(ev, ModelEvent.DynamicObstacleMet.class).get(0).inPlace() ? 1 : 0;
            List<ModelEvent.ColumnArrived> arr = all(ev, ModelEvent.ColumnArrived.class);
            closure += arr.isEmpty() ? s.horizonMin() : arr.get(0).tailMin();
        }
        return new double[] {in / reps, closure / reps};
    }

    @Test
    void mineLayingSystemsLayTheirBeltsOneAtATimeInTheListsOrder() {
        // two laying entries of 12 and 8 min after an order at warning + 5: with one system the second is in place
        // at order + 20, with two at order + 8
        Obstacle second = new AntiTankDitch("ditch2", "bc", 7, Coverage.UNOBSERVED, 0, 6, 3, 500);
        for (int systems = 1; systems <= 2; systems++) {
            OnWarning w = new OnWarning(5, systems, List.of(
                    new OnWarning.Entry("ditch", DynamicKind.MINE_LAYING, Distribution.fixed(12), 1),
                    new OnWarning.Entry("ditch2", DynamicKind.MINE_LAYING, Distribution.fixed(8), 1)));
            CrossingPlan plan = CrossingPlan.compile(scenario(List.of(DITCH, second), op(600), w), "fort");
            List<ModelEvent> ev = events(plan, new ReplicationStreams(new StreamFactory(1)), 0);
            double order = all(ev, ModelEvent.ColumnDetected.class).get(0).timeMin() + 5;
            List<ModelEvent.ObstacleEmplaced> placed = all(ev, ModelEvent.ObstacleEmplaced.class);
            assertEquals(2, placed.size());
            ModelEvent.ObstacleEmplaced first = placed.stream().filter(e -> e.target().equals("ditch")).findFirst()
                    .orElseThrow();
            ModelEvent.ObstacleEmplaced next = placed.stream().filter(e -> e.target().equals("ditch2")).findFirst()
                    .orElseThrow();
            assertEquals(order + 12, first.timeMin(), 1e-9);
            assertEquals(systems == 1 ? order + 20 : order + 8, next.timeMin(), 1e-9, systems + " system(s)");
        }
    }

    @Test
    void theSummaryCountsHowOftenEachWasInPlace() {
        Scenario s = scenario(List.of(DITCH), op(6), onWarning(10, 20, 1));
        ExperimentResult res = new ExperimentRunner(Experiment.builder(s).replications(1500).masterSeed(5)
                .measure(new org.gapsim.measure.DynamicInPlace(List.of("ditch"))).build())
                .withProgress(ProgressListener.silent()).run();
        org.gapsim.experiment.PackageSummary fort = res.packages().stream()
                .filter(p -> p.packageName().equals("fort")).findFirst().orElseThrow();
        double p = 1 - Math.exp(-6 / 60.0 * (HEAD_AT_DITCH_MIN - 30));
        for (org.gapsim.experiment.MeasureSummary m : fort.measures()) {
            assertEquals(1500, m.values().n(), m.name());
            assertEquals(p, m.values().mean(), 3 * Math.sqrt(p * (1 - p) / 1500), m.name() + ": P(in place)");
        }
        assertEquals(List.of("dynamic_in_place", "dynamic_in_place_ditch"),
                fort.measures().stream().map(org.gapsim.experiment.MeasureSummary::name).toList());
    }

    @Test
    void theResultsAreBitIdenticalWhateverTheThreadCount() {
        Scenario s = scenario(List.of(DITCH), op(6), onWarning(10, 20, 0.8));
        java.util.function.IntFunction<ExperimentResult> run = threads -> new ExperimentRunner(Experiment.builder(s)
                .replications(60).masterSeed(17).threads(threads).batchSize(7).build())
                .withProgress(ProgressListener.silent()).withRowsKept().run();
        assertEquals(run.apply(1), run.apply(2));
    }
}
