package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Replication r runs every package on the same random numbers, so slowdowns are paired differences. */
class CommonRandomNumbersTest {
    private final Scenario scenario = ExperimentFixtures.crossing();

    @Test
    void pairedVarianceOfTheSlowdownIsFarBelowTheUnpairedOne() {
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(scenario).replications(400).masterSeed(11)
                .threads(2).build());
        PackageSummary base = r.summary("none");
        assertTrue(base.closureH().sd() > 0.1, "the baseline varies (random departure delays and speeds)");
        for (String p : List.of("minefield", "ditch")) {
            PackageSummary s = r.summary(p);
            double paired = s.pairedSlowdownVariance();
            double unpaired = s.unpairedSlowdownVariance();
            assertEquals(s.closureH().variance() + base.closureH().variance(), unpaired, 1e-12);
            assertTrue(paired > 0, p + ": the package itself adds randomness");
            assertTrue(paired < unpaired / 4, p + ": paired variance " + paired + " should be far below unpaired " + unpaired);
            assertTrue(s.slowdownH().ciLow() > 0, p + " slows the force down significantly");
        }
    }

    @Test
    void eachSlowdownIsThePackagesClosureMinusTheBaselinesInTheSameReplication() {
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(scenario).replications(30).masterSeed(3).build());
        double[] base = r.closureHours("none");
        for (String p : List.of("none", "minefield", "ditch")) {
            double[] closure = r.closureHours(p);
            double[] slowdown = r.slowdownHours(p);
            for (int i = 0; i < base.length; i++) {
                assertEquals(closure[i] - base[i], slowdown[i], 0.0);
            }
        }
    }

    @Test
    void rowsAreWhatReplicationsRunAloneOnFreshStreamsGive() {
        Experiment e = Experiment.builder(scenario).replications(12).masterSeed(8).threads(3).batchSize(5).build();
        ExperimentResult r = ExperimentFixtures.run(e);
        for (String p : e.allPackages()) {
            CrossingPlan plan = CrossingPlan.compile(scenario, p);
            List<ReplicationRow> rows = r.rowsOf(p);
            for (long rep : new long[]{0, 7, 11}) {
                ReplicationResult alone = Replications.run(plan, new ReplicationStreams(new StreamFactory(8)), rep);
                assertEquals(ReplicationRow.closureHours(alone), rows.get((int) rep).closureH(), 0.0);
                assertEquals(alone.vehiclesLost(), rows.get((int) rep).vehiclesLost());
            }
        }
    }
}
