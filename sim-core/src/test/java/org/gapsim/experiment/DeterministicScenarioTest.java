package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** With no randomness every replication is the same: zero-width intervals around the exact value. */
class DeterministicScenarioTest {
    private final Scenario scenario = ExperimentFixtures.deterministic();
    private final ExperimentResult result = ExperimentFixtures.run(Experiment.builder(scenario).replications(25)
            .threads(2).batchSize(4).build());

    private static void assertConstant(SampleSummary s, double value) {
        assertEquals(value, s.mean(), 0.0);
        assertEquals(0.0, s.sd(), 0.0);
        assertEquals(0.0, s.halfWidth(), 0.0);
        assertEquals(value, s.ciLow(), 0.0);
        assertEquals(value, s.ciHigh(), 0.0);
        assertEquals(value, s.p5(), 0.0);
        assertEquals(value, s.p50(), 0.0);
        assertEquals(value, s.p95(), 0.0);
        assertEquals(0.0, s.relativeHalfWidth(), 0.0);
    }

    @Test
    void baselineClosureIsTheRouteAtTankSpeedPlusTheColumnLength() {
        double expectedH = ExperimentFixtures.deterministicBaselineMin() / 60.0;
        SampleSummary closure = result.summary("none").closureH();
        assertEquals(expectedH, closure.mean(), 1e-12);
        assertConstant(closure, closure.mean());
        assertConstant(result.summary("none").slowdownH(), 0.0);
        assertEquals(0.0, result.summary("none").pNotReached(), 0.0);
    }

    @Test
    void fixedTimeDitchGivesAZeroWidthIntervalAtTheExactSlowdown() {
        double base = closureH("none");
        double ditch = closureH("ditch");
        assertTrue(ditch - base > 10.0 / 60, "held at least the decision delay of 10 minutes");
        PackageSummary s = result.summary("ditch");
        assertConstant(s.closureH(), ditch);
        assertConstant(s.slowdownH(), ditch - base);
        assertEquals(0.0, s.unpairedSlowdownSdH(), 0.0);
        assertEquals((ditch - base) / (800_000 / 1e8), s.hoursPer100MEur(), 1e-9);
        assertEquals(0.0, result.precision().worstRelativeHalfWidth(), 0.0);
    }

    /** Closure of replication 0 run alone, hours. */
    private double closureH(String pkg) {
        ReplicationResult r = Replications.run(CrossingPlan.compile(scenario, pkg),
                new ReplicationStreams(new StreamFactory(Experiment.DEFAULT_MASTER_SEED)), 0);
        return ReplicationRow.closureHours(r);
    }

    @Test
    void aTargetIsMetAtTheFirstBatchBoundary() {
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(scenario).targetPrecision(0.01).batchSize(3)
                .threads(2).build());
        assertEquals(StopReason.TARGET_MET, r.stopReason());
        assertEquals(3, r.replications());
        assertTrue(r.precision().targetMet());
    }
}
