package org.gapsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.ReplicationMeasures;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Checks that what the benchmarks measure is what they claim, in well under a second. No benchmark is run here:
 * JMH runs only from {@code benchmarks.jar}.
 */
class BenchmarksTest {

    private static ReplicationMeasures listener() {
        return new ReplicationMeasures(CrossingPlan.compile(BenchScenarios.gapLike(), "none"), 0);
    }

    @Test
    void holdModelsFireTheSameEventsAndKeepTheirSize() {
        for (int pending : new int[]{1, 10, 1000}) {
            List<HoldModels.Hold> models = new ArrayList<>();
            for (String list : new String[]{"SplayTree", "Henriksen", "BinaryTree"}) {
                models.add(new HoldModels.RawSsj(HoldModels.eventList(list), pending, 7));
                models.add(new HoldModels.GapsimDispatch(HoldModels.eventList(list), pending, 7, listener()));
                models.add(new HoldModels.GapsimNotice(HoldModels.eventList(list), pending, 7, listener()));
            }
            models.add(new HoldModels.Heap(pending, 7));
            for (int round = 0; round < 3; round++) {
                double clock = Double.NaN;
                for (HoldModels.Hold m : models) {
                    double t = m.run(2_000);
                    if (Double.isNaN(clock)) {
                        clock = t;
                    }
                    assertEquals(clock, t, 1e-9 * Math.max(1, clock), m.getClass().getSimpleName() + " clock");
                    assertEquals(pending, m.pending(), m.getClass().getSimpleName() + " pending");
                }
                assertTrue(clock > 0);
            }
        }
    }

    @Test
    void everyRealisticPackageRunsAndTheBaselineArrives() {
        Scenario s = BenchScenarios.gapLike();
        assertEquals(BenchScenarios.GAP_PACKAGES, s.packageNames());
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(1));
        for (String p : BenchScenarios.GAP_PACKAGES) {
            CrossingPlan plan = CrossingPlan.compile(s, p);
            for (int r = 0; r < 20; r++) {
                ReplicationResult res = Replications.run(plan, streams, r);
                assertEquals(180, res.vehiclesStart());
                if (p.equals("none")) {
                    assertTrue(res.reached(), "baseline closes in replication " + r);
                }
            }
        }
    }

    @Test
    void theReplicationBenchmarkRunsEveryPackageOfTheBuiltInStudy() throws Exception {
        Scenario s = BenchScenarios.builtIn();
        assertEquals("suwalki-gap", s.name());
        assertEquals(8, BenchScenarios.BUILT_IN_PACKAGES.size());
        String[] params = ReplicationBenchmark.class.getField("pkg").getAnnotation(org.openjdk.jmh.annotations.Param.class)
                .value();
        assertEquals(BenchScenarios.BUILT_IN_PACKAGES, List.of(params));
        ReplicationBenchmark b = new ReplicationBenchmark();
        for (String p : params) {
            b.pkg = p;
            b.setUp();
            for (int r = 0; r < 3; r++) {
                ReplicationResult res = b.replication();
                assertEquals(r, res.replication(), p);
                assertTrue(res.vehiclesStart() > 0, p);
            }
        }
    }

    @Test
    void defenderCostStripsEverySensorAndFireUnitAndTheStudyStillRuns() {
        Scenario with = BenchScenarios.builtIn();
        Scenario without = DefenderCost.withoutDefender(with);
        assertTrue(with.defender().fireUnits().size() > 0 && with.defender().sensors().size() > 0);
        assertEquals(0, without.defender().fireUnits().size() + without.defender().sensors().size());
        for (org.gapsim.scenario.FortificationPackage p : without.packages()) {
            assertEquals(0, p.defender().fireUnits().size() + p.defender().sensors().size(), p.name());
        }
        assertEquals(with.packageNames(), without.packageNames());
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(1));
        ReplicationResult none = Replications.run(CrossingPlan.compile(without, "none"), streams, 0);
        assertTrue(none.reached());
        assertEquals(0, none.vehiclesLost(), "no defender, no mines on the baseline's roads: nobody lost");
        ReplicationResult mined = Replications.run(CrossingPlan.compile(without, "at-mines"), streams, 0);
        assertTrue(mined.closureMin() > none.closureMin(), "the belts still hold the columns without a defender");
    }

    @Test
    void scalingScenarioKeepsEveryVehicle() {
        for (int v : new int[]{10, 100}) {
            for (int o : new int[]{1, 10, 100}) {
                CrossingPlan plan = CrossingPlan.compile(BenchScenarios.scaling(v, o), "fort");
                ReplicationStreams streams = new ReplicationStreams(new StreamFactory(1));
                for (int r = 0; r < 3; r++) {
                    ReplicationResult res = Replications.run(plan, streams, r);
                    assertTrue(res.reached(), v + "x" + o);
                    assertEquals(2 * v, res.vehiclesArrived(), v + "x" + o);
                }
            }
        }
    }

    @Test
    void batchResultsDoNotDependOnTheThreadCount() {
        Scenario s = BenchScenarios.gapLike();
        List<CrossingPlan> plans = new ArrayList<>();
        for (String p : BenchScenarios.GAP_PACKAGES) {
            plans.add(CrossingPlan.compile(s, p));
        }
        ReplicationResult[][] one;
        ReplicationResult[][] two;
        try (BatchRunner r1 = new BatchRunner(plans, 1, 3); BatchRunner r2 = new BatchRunner(plans, 2, 3)) {
            one = r1.run(5, 7);
            two = r2.run(5, 7);
        }
        for (int i = 0; i < one.length; i++) {
            for (int p = 0; p < plans.size(); p++) {
                assertEquals(5 + i, one[i][p].replication());
                assertEquals(one[i][p].closureMin(), two[i][p].closureMin(), "replication " + (5 + i) + " package " + p);
                assertEquals(one[i][p].vehiclesArrived(), two[i][p].vehiclesArrived());
            }
        }
    }

    @Test
    void theSmallJobBenchmarkRunsBothModelsOnTheSameJob() throws Exception {
        SmallJobBenchmark b = new SmallJobBenchmark();
        b.setUp();
        ReplicationResult g = b.gapsimApi();
        SsjPeer.Result p = b.ssjPeer();
        assertTrue(g.reached() && g.vehiclesStart() == BenchScenarios.SMALL_VEHICLES, "gapsim's column closes");
        // both drive 30 km at most 45 km/h and wait for a breach: closure well above 40 min, below the horizon
        assertTrue(g.closureMin() > 40 && g.closureMin() < BenchScenarios.GAP_HORIZON_MIN, "gapsim " + g.closureMin());
        assertTrue(p.closureMin() > 40 && p.closureMin() < BenchScenarios.GAP_HORIZON_MIN, "peer " + p.closureMin());
        // the small job's file, as tools/measure-cli.sh gives it to the CLI, loads back to the same scenario
        java.nio.file.Path f = java.nio.file.Files.createTempFile("small-job", ".yaml");
        try {
            SmallJob.main(new String[] {"yaml", f.toString()});
            assertEquals(BenchScenarios.smallJob(), new org.gapsim.scenario.io.ScenarioLoader().load(f));
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }

    @Test
    void theSweepBenchmarksSweepIsTheReadmeExampleOverTheBuiltInStudy() {
        org.gapsim.experiment.sweep.Sweep s = SweepBenchmark.sweep(BenchScenarios.builtIn(), 4, 2, 2);
        assertEquals(List.of("doctrine.decisionDelayScale", "doctrine.smokeKillFactor",
                "doctrine.lanesPerObstacle"), s.factorNames());
        assertEquals(4, new org.gapsim.experiment.sweep.SweepRunner(s)
                .withProgress(org.gapsim.experiment.sweep.SweepProgressListener.silent()).run().points().size());
    }
}
