package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A user's stopping rule ({@link StoppingRule.Extension}): decided at batch boundaries from the result so far. */
class StoppingRuleExtensionTest {
    private static final int BATCH = 20;
    private final Scenario scenario = ExperimentFixtures.crossing();

    /** Stops when every compared package's P(reached) is known to +/- {@code halfWidth} (Wilson interval). */
    record ReachedKnown(double halfWidth, int maxReplications) implements StoppingRule.Extension {
        @Override
        public String name() {
            return "reached-known";
        }

        @Override
        public boolean met(ExperimentResult soFar) {
            for (PackageSummary p : soFar.packages()) {
                if ((p.pReachedHigh() - p.pReachedLow()) / 2 > halfWidth) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The built-in absolute target, written as a user's rule: it must stop exactly where the built-in one does. */
    record HalfWidthH(double halfWidthH, int maxReplications) implements StoppingRule.Extension {
        @Override
        public String name() {
            return "half-width-h";
        }

        @Override
        public boolean met(ExperimentResult soFar) {
            return soFar.precision().worstHalfWidthH() <= halfWidthH;
        }
    }

    @Test
    void aUserRuleWrittenLikeTheBuiltInTargetStopsWhereItDoes() {
        double h = 0.05;
        ExperimentResult builtIn = ExperimentFixtures.run(Experiment.builder(scenario).targetAbsolutePrecision(h)
                .maxReplications(5_000).batchSize(BATCH).masterSeed(21).threads(2).build());
        assertEquals(StopReason.TARGET_MET, builtIn.stopReason());
        ExperimentResult user = ExperimentFixtures.run(Experiment.builder(scenario).stopping(new HalfWidthH(h, 5_000))
                .batchSize(BATCH).masterSeed(21).threads(2).build());
        assertEquals(StopReason.TARGET_MET, user.stopReason());
        assertEquals(builtIn.replications(), user.replications());
        assertEquals(builtIn.rows(), user.rows());
    }

    @Test
    void aRuleOnAnyOutputStopsAtABatchBoundaryAndTheSameForAnyThreadCount() {
        ReachedKnown rule = new ReachedKnown(0.08, 2_000);
        ExperimentResult one = ExperimentFixtures.run(Experiment.builder(scenario).stopping(rule).batchSize(BATCH)
                .masterSeed(5).threads(1).build());
        ExperimentResult two = ExperimentFixtures.run(Experiment.builder(scenario).stopping(rule).batchSize(BATCH)
                .masterSeed(5).threads(2).build());
        assertEquals(StopReason.TARGET_MET, one.stopReason());
        assertEquals(0, one.replications() % BATCH);
        for (PackageSummary p : one.packages()) {
            assertTrue((p.pReachedHigh() - p.pReachedLow()) / 2 <= 0.08, p.packageName());
        }
        assertEquals(one.replications(), two.replications());
        assertEquals(one.rows(), two.rows());
        // one batch fewer had not met it
        ExperimentResult before = ExperimentFixtures.run(Experiment.builder(scenario)
                .replications((int) one.replications() - BATCH).masterSeed(5).build());
        assertTrue(!rule.met(before), "the rule was not met a batch earlier");
    }

    @Test
    void theCapIsHonouredAndARuleIsNotCombinedWithACount() {
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(scenario)
                .stopping(new ReachedKnown(1e-6, 50)).batchSize(BATCH).threads(2).build());
        assertEquals(StopReason.MAX_REPLICATIONS, r.stopReason());
        assertEquals(50, r.replications());
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class, () -> Experiment
                .builder(scenario).stopping(new ReachedKnown(0.1, 50)).replications(10).build());
        assertEquals("stopping", e.field());
        assertTrue(List.of("reached-known").contains(new ReachedKnown(0.1, 5).name()));
    }
}
