package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Batches are added until every compared package's mean slowdown is known to the target relative precision. */
class SequentialStoppingTest {
    private static final int BATCH = 20;
    private final Scenario scenario = ExperimentFixtures.crossing();

    @Test
    void stopsAtTheFirstBatchBoundaryWhereTheTargetIsMet() {
        double target = 0.08;
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(scenario).targetPrecision(target)
                .maxReplications(5_000).batchSize(BATCH).masterSeed(21).threads(2).build());
        assertEquals(StopReason.TARGET_MET, r.stopReason());
        assertTrue(r.precision().targetMet());
        assertEquals(target, r.precision().target(), 0.0);
        assertEquals(0, r.replications() % BATCH);
        assertTrue(r.replications() > BATCH, "a 8% target needs more than one batch here");
        double worst = 0;
        for (String p : new String[]{"minefield", "ditch"}) {
            double rel = r.summary(p).slowdownH().relativeHalfWidth();
            assertTrue(rel <= target, p + " reached " + rel);
            worst = Math.max(worst, rel);
        }
        assertEquals(worst, r.precision().worstRelativeHalfWidth(), 0.0);

        // one batch fewer, with the same seed, had not met it
        ExperimentResult before = ExperimentFixtures.run(Experiment.builder(scenario)
                .replications((int) r.replications() - BATCH).masterSeed(21).build());
        assertTrue(before.precision().worstRelativeHalfWidth() > target);
        assertEquals(before.rows(), r.rows().subList(0, before.rows().size()));
    }

    @Test
    void stopsAtTheCapWhenTheTargetIsOutOfReachAndSaysSo() {
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(scenario).targetPrecision(0.001)
                .maxReplications(50).batchSize(BATCH).threads(2).build());
        assertEquals(StopReason.MAX_REPLICATIONS, r.stopReason());
        assertEquals(50, r.replications(), "the cap is honoured even off a batch boundary");
        assertFalse(r.precision().targetMet());
        assertTrue(r.precision().worstRelativeHalfWidth() > 0.001);
    }

    @Test
    void aFixedCountReportsThePrecisionReachedWithoutATarget() {
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(scenario).replications(40).threads(2).build());
        assertEquals(StopReason.REPLICATIONS_DONE, r.stopReason());
        assertTrue(Double.isNaN(r.precision().target()));
        assertFalse(r.precision().targetMet());
        assertTrue(r.precision().worstRelativeHalfWidth() > 0);
        assertFalse(r.precision().worstPackage().isEmpty());
    }
}
