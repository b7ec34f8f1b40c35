package org.gapsim.spark;

import java.io.Serializable;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.scenario.Scenario;

/**
 * What executors need to rebuild an {@link Experiment}: the scenario's source and every setting that changes a
 * replication's rows. Settings that cannot change a row (threads, the stopping rule) are not needed there: an
 * executor only runs the replications it is given.
 *
 * @param scenario   where the scenario comes from
 * @param baseline   the baseline package
 * @param packages   the compared packages, in report order
 * @param batchSize  the experiment's batch size
 * @param masterSeed the master seed
 */
record ExperimentSpec(ScenarioSource scenario, String baseline, List<String> packages, int batchSize,
                      long masterSeed) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the list into a serializable immutable one. */
    ExperimentSpec {
        packages = List.copyOf(packages);
    }

    /** @return the settings of an experiment, with its scenario shipped by {@code source} */
    static ExperimentSpec of(Experiment experiment, ScenarioSource source) {
        return new ExperimentSpec(source, experiment.baseline(), experiment.packages(), experiment.batchSize(),
                experiment.masterSeed());
    }

    /**
     * @param loaded the scenario as loaded from {@link #scenario()}
     * @return an experiment with the same packages, seed and batch size (one replication, one thread: only its
     *         package list, plans and seed are used on executors)
     */
    Experiment experiment(Scenario loaded) {
        return new Experiment(loaded, baseline, packages, new StoppingRule.FixedReplications(1), batchSize, masterSeed,
                1);
    }
}
