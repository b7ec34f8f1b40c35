package org.gapsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.FortificationPackage;

/**
 * The unit of work every runner shares (local threads, Spark tasks): replication {@code r} of every package of an
 * experiment, on the same streams positioned at substream {@code r} (common random numbers), as one
 * {@link ReplicationRow} per package with its slowdown against the baseline. A row depends only on (scenario,
 * package, master seed, r), so it is the same on any thread, executor or partition, in any order.
 *
 * <p>The replicator holds the compiled plans and is immutable and thread-safe; each thread takes its own
 * {@link #worker()}.
 */
public final class Replicator {
    private final Experiment experiment;
    private final List<FortificationPackage> fortifications;
    private final List<CrossingPlan> plans;

    /** @param experiment the experiment; its packages are compiled once here */
    public Replicator(Experiment experiment) {
        this.experiment = experiment;
        List<FortificationPackage> forts = new ArrayList<>();
        List<CrossingPlan> compiled = new ArrayList<>();
        for (String name : experiment.allPackages()) {
            FortificationPackage p = experiment.fortification(name);
            forts.add(p);
            compiled.add(CrossingPlan.compile(experiment.scenario(), p));
        }
        this.fortifications = List.copyOf(forts);
        this.plans = List.copyOf(compiled);
    }

    /** @return the experiment */
    public Experiment experiment() {
        return experiment;
    }

    /** @return the packages, baseline first, in {@link Experiment#allPackages()} order */
    public List<FortificationPackage> fortifications() {
        return fortifications;
    }

    /** @return a worker with its own streams, for one thread */
    public Worker worker() {
        return new Worker();
    }

    /** Runs replications on one thread with its own {@link ReplicationStreams}; not thread-safe. */
    public final class Worker {
        private final ReplicationStreams streams = new ReplicationStreams(new StreamFactory(experiment.masterSeed()));

        private Worker() {
        }

        /**
         * @param r replication index
         * @return its rows, one per package, baseline first
         * @throws ExperimentFailedException if a package's replication throws
         */
        public List<ReplicationRow> run(long r) {
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
            return List.copyOf(rows);
        }
    }
}
