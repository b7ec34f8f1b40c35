package org.gapsim.spark;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFailedException;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.FortificationPackage;

/**
 * Runs replications of one experiment the way the local {@code ExperimentRunner}'s workers do: every package of
 * replication {@code r} on the same {@link ReplicationStreams} positioned at substream {@code r} (common random
 * numbers), through {@link Replications#run}, then one {@link ReplicationRow} per package with the slowdown against
 * the baseline's closure time. A row depends only on (scenario, package, master seed, r), so it is the same on any
 * executor, in any partition, in any order. One per Spark task: plans compiled once, one set of streams; not
 * thread-safe.
 */
final class BlockWorker {
    private final Experiment experiment;
    private final List<FortificationPackage> fortifications = new ArrayList<>();
    private final List<CrossingPlan> plans = new ArrayList<>();
    private final ReplicationStreams streams;

    /** @param experiment the experiment (its scenario already loaded on this JVM) */
    BlockWorker(Experiment experiment) {
        this.experiment = experiment;
        for (String name : experiment.allPackages()) {
            FortificationPackage p = experiment.fortification(name);
            fortifications.add(p);
            plans.add(CrossingPlan.compile(experiment.scenario(), p));
        }
        this.streams = new ReplicationStreams(new StreamFactory(experiment.masterSeed()));
    }

    /**
     * @param r replication index
     * @return its rows, one per package in {@link Experiment#allPackages()} order
     * @throws ExperimentFailedException if a package's replication throws
     */
    List<ReplicationRow> run(long r) {
        int n = plans.size();
        ReplicationResult[] results = new ReplicationResult[n];
        for (int p = 0; p < n; p++) {
            try {
                results[p] = Replications.run(plans.get(p), streams, r);
            } catch (RuntimeException | Error e) {
                throw new ExperimentFailedException(r, fortifications.get(p).name(), experiment.masterSeed(), e);
            }
        }
        double baselineH = ReplicationRow.closureHours(results[0]);
        List<ReplicationRow> rows = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            rows.add(ReplicationRow.of(results[p], fortifications.get(p), baselineH));
        }
        return rows;
    }
}
