package org.gapsim.experiment.internal;

import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFailedException;
import org.gapsim.experiment.ReplicationRow;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.Measure;
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

    /**
     * Runs replications on one thread with its own {@link ReplicationStreams}; not thread-safe. Each replication of
     * each package also runs a fresh recorder of every user measure ({@link Experiment#measures()}).
     */
    public final class Worker {
        private final ReplicationStreams streams = new ReplicationStreams(new StreamFactory(experiment.masterSeed()));
        private final List<Measure> measures = experiment.measures();
        private final int measureValues = experiment.measureNames().size();
        private final double horizonH = experiment.scenario().horizonMin() / 60.0; // minutes per hour

        private Worker() {
        }

        /**
         * @param r replication index
         * @return its rows, one per package, baseline first
         * @throws ExperimentFailedException if a package's replication throws
         */
        public List<ReplicationRow> run(long r) {
            return run(r, 1).get(0);
        }

        /** Runs one replication of one package with a fresh recorder of every user measure; fills {@code out}. */
        private ReplicationResult runMeasured(CrossingPlan plan, long r, double[] out) {
            if (measures.isEmpty()) {
                return Replications.run(plan, streams, r);
            }
            Measure.Recorder[] recorders = new Measure.Recorder[measures.size()];
            for (int m = 0; m < recorders.length; m++) {
                recorders[m] = measures.get(m).recorder(plan, r);
            }
            ReplicationResult result = Replications.run(plan, streams, r, recorders);
            int at = 0;
            for (int m = 0; m < recorders.length; m++) {
                double[] v = recorders[m].values();
                int expected = measures.get(m).valueNames().size();
                if (v == null || v.length != expected) {
                    throw new IllegalStateException("measure " + measures.get(m).valueNames() + " gave "
                            + (v == null ? "null" : v.length + " values") + ", expected " + expected);
                }
                System.arraycopy(v, 0, out, at, expected);
                at += expected;
            }
            return result;
        }

        /** Runs one replication of every package, throwing the first failure as {@link ExperimentFailedException}. */
        private void runOne(long r) {
            for (int p = 0; p < plans.size(); p++) {
                try {
                    runMeasured(plans.get(p), r, new double[measureValues]);
                } catch (RuntimeException | Error e) {
                    throw new ExperimentFailedException(r, fortifications.get(p).name(), experiment.masterSeed(), e);
                }
            }
        }

        /**
         * Runs replications {@code first .. first + count - 1}, package by package: every replication of the
         * block for the baseline, then for the next package, and so on. The rows are those {@link #run(long)} gives
         * one replication at a time (a row depends only on its replication index), but one package's plan, code
         * and data stay in the core's caches for the whole block: measured with two threads busy, CPU per
         * replication rose 1-8 % over one thread's instead of 5-17 % (benchmarks README, Findings 10).
         *
         * @param first first replication index, &gt;= 0
         * @param count replications, &gt;= 1
         * @return per replication, in index order, its rows, one per package, baseline first
         * @throws ExperimentFailedException if a replication throws: the one a run one replication at a time meets
         *                                   first (lowest index, then first package)
         */
        public List<List<ReplicationRow>> run(long first, int count) {
            if (first < 0 || count < 1) {
                throw new IllegalArgumentException("need first >= 0 and count >= 1, were " + first + ", " + count);
            }
            int n = plans.size();
            ReplicationResult[][] results = new ReplicationResult[count][n];
            double[][][] values = new double[count][n][measureValues];
            int p = 0;
            int i = 0;
            try {
                for (p = 0; p < n; p++) {
                    CrossingPlan plan = plans.get(p);
                    for (i = 0; i < count; i++) {
                        results[i][p] = runMeasured(plan, first + i, values[i][p]);
                    }
                }
            } catch (RuntimeException | Error e) {
                // report the failure a one-at-a-time run meets first: the lowest replication, then the first package
                for (int k = 0; k < i; k++) {
                    runOne(first + k);
                }
                throw new ExperimentFailedException(first + i, fortifications.get(p).name(), experiment.masterSeed(),
                        e);
            }
            List<List<ReplicationRow>> out = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                ReplicationResult[] one = results[j];
                double baselineH = ReplicationRow.closureHours(one[0]);
                List<ReplicationRow> rows = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    rows.add(ReplicationRow.of(one[k], fortifications.get(k), baselineH, horizonH, values[j][k]));
                }
                out.add(List.copyOf(rows));
            }
            return out;
        }
    }
}
