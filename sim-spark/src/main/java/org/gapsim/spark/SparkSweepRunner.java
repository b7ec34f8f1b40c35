package org.gapsim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.experiment.sweep.LatinHypercube;
import org.gapsim.experiment.sweep.PointResult;
import org.gapsim.experiment.sweep.Sweep;
import org.gapsim.experiment.sweep.SweepResult;
import org.gapsim.experiment.sweep.SweepRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every design point of a {@link Sweep} with a fixed replication count in ONE Spark job, with a result
 * bit-identical to the local {@link SweepRunner}'s.
 *
 * <p>How: each point's replications are split into fixed {@link Block}s; the (point, block) pairs, in point order,
 * are the job's elements, spread over {@link #withPartitions partitions}. Each partition loads the base scenario
 * once, and for each point among its blocks applies the factors, compiles the plans and makes one set of streams
 * once (issue 16: no Spark job, scenario load or context round trip per point). The driver collects the rows,
 * checks that every (point, replication) is there exactly once, and aggregates each point's rows through
 * {@link ExperimentRunner#aggregate}, as the local sweep runner's experiments do. A point's rows depend only on
 * (scenario, factor values, package, master seed, replication), so the partitioning changes nothing.
 *
 * <p>Only fixed-count sweeps: a target-precision sweep decides each point's count from that point's results (run
 * its points with {@link SparkExperimentRunner}). User measures are not shipped to executors, so sweeps with
 * measures are refused. Immutable; configure with the {@code with...} methods.
 */
public final class SparkSweepRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SparkSweepRunner.class);

    private final JavaSparkContext sc;
    private final int partitions;
    private final int blockSize;

    /**
     * A runner with the defaults: {@value SparkExperimentRunner#DEFAULT_BLOCK_SIZE} replications per block, up to
     * twice the context's default parallelism in partitions.
     *
     * @param sc the Spark context (not stopped by the runner)
     */
    public SparkSweepRunner(JavaSparkContext sc) {
        this(sc, 0, SparkExperimentRunner.DEFAULT_BLOCK_SIZE);
    }

    private SparkSweepRunner(JavaSparkContext sc, int partitions, int blockSize) {
        if (sc == null) {
            throw new IllegalArgumentException("sc: a JavaSparkContext is required");
        }
        this.sc = sc;
        this.partitions = partitions;
        this.blockSize = blockSize;
    }

    /**
     * @param n Spark partitions of the job, &gt;= 1 (0 for the default: the blocks, at most twice the context's
     *          default parallelism); does not change any result
     * @return a new runner
     */
    public SparkSweepRunner withPartitions(int n) {
        if (n < 0) {
            throw new ExperimentConfigException("partitions", "must be >= 1 (or 0 for the default), was " + n);
        }
        return new SparkSweepRunner(sc, n, blockSize);
    }

    /**
     * @param n replications per block, &gt;= 1 (block {@code k} of a point holds its replications
     *          {@code [k n, (k + 1) n)}); does not change any result
     * @return a new runner
     */
    public SparkSweepRunner withBlockSize(int n) {
        if (n < 1) {
            throw new ExperimentConfigException("blockSize", "must be >= 1, was " + n);
        }
        return new SparkSweepRunner(sc, partitions, n);
    }

    /**
     * Runs a sweep, shipping its base scenario to the executors as YAML ({@link ScenarioSource#of}).
     *
     * @param sweep the sweep ({@link org.gapsim.experiment.Experiment#threads()} is ignored: the cluster decides)
     * @return the result, equal (bit for bit) to {@code new SweepRunner(sweep).run()}
     */
    public SweepResult run(Sweep sweep) {
        return run(sweep, ScenarioSource.of(sweep.scenario()));
    }

    /**
     * Runs a sweep whose base scenario executors get from {@code source}, all its points in one Spark job.
     *
     * @param sweep  the sweep
     * @param source where executors get the base scenario; it must load to a scenario equal to the sweep's
     * @return the result, equal (bit for bit) to {@code new SweepRunner(sweep).run()}
     * @throws ExperimentConfigException if the sweep's stopping rule is not a fixed count (field {@code stopping}),
     *                                   it has user measures (field {@code measures}) or the source does not give
     *                                   its base scenario (field {@code scenarioSource})
     * @throws RuntimeException          Spark's exception (thrown undeclared) if a task fails for good
     */
    public SweepResult run(Sweep sweep, ScenarioSource source) {
        if (!(sweep.experiment().stopping() instanceof StoppingRule.FixedReplications fixed)) {
            throw new ExperimentConfigException("stopping", "a sweep in one Spark job needs a fixed replication"
                    + " count, was " + sweep.experiment().stopping() + "; run such points with SparkExperimentRunner");
        }
        if (!sweep.experiment().measures().isEmpty()) {
            throw new ExperimentConfigException("measures", "user measures are not shipped to Spark executors");
        }
        if (!source.load().equals(sweep.scenario())) {
            throw new ExperimentConfigException("scenarioSource", source.describe()
                    + " does not give the sweep's base scenario '" + sweep.scenario().name() + "'");
        }
        LatinHypercube design = sweep.design();
        int points = design.points();
        long n = fixed.maxReplications();
        SweepSpec spec = SweepSpec.of(sweep, design, source);
        List<PointBlock> elements = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            for (Block b : Block.split(0, n, blockSize)) {
                elements.add(new PointBlock(i, b));
            }
        }
        int slices = partitions > 0 ? partitions
                : (int) Math.max(1, Math.min(elements.size(), 2L * sc.defaultParallelism()));
        long t0 = System.nanoTime();
        sc.setJobDescription("gapsim sweep of " + source.describe() + ": " + points + " points x " + n
                + " replications");
        List<PointReplication> collected = sc.parallelize(elements, slices)
                .mapPartitions(new SweepBlockTask(spec)).collect();
        List<List<ReplicationWire>> byPoint = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            byPoint.add(new ArrayList<>((int) n));
        }
        for (PointReplication pr : collected) {
            if (pr.point() < 0 || pr.point() >= points) {
                throw new IllegalStateException("Spark returned design point " + pr.point() + " of " + points);
            }
            byPoint.get(pr.point()).add(pr.wire());
        }
        List<PointResult> done = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            List<Double> values = sweep.valuesAt(design, i);
            List<ReplicationRow> rows = rowsOf(i, byPoint.get(i), n, sweep.experiment().allPackages());
            ExperimentResult r = new ExperimentRunner(sweep.experimentAt(values))
                    .withProgress(ProgressListener.silent()).aggregate(rows);
            done.add(new PointResult(i, values, r.replications(), r.stopReason(), r.packages()));
        }
        LOG.info("sweep of '{}': {} points x {} replications done on Spark in one job, {} s", sweep.scenario().name(),
                points, n, String.format(Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        return new SweepResult(sweep, design, done, false);
    }

    /**
     * @return point {@code point}'s rows in replication order, packages in {@code names}' order
     * @throws IllegalStateException unless replications {@code [0, n)} came back exactly once each, whole
     */
    static List<ReplicationRow> rowsOf(int point, List<ReplicationWire> wires, long n, List<String> names) {
        ReplicationWire[] at = new ReplicationWire[(int) n];
        for (ReplicationWire w : wires) {
            long r = w.replication();
            if (r < 0 || r >= n || at[(int) r] != null) {
                throw new IllegalStateException("point " + point + ": Spark returned replication " + r
                        + (r >= 0 && r < n ? " twice" : " outside [0, " + n + ")"));
            }
            at[(int) r] = w;
        }
        List<ReplicationRow> out = new ArrayList<>((int) n * names.size());
        for (int r = 0; r < n; r++) {
            if (at[r] == null) {
                throw new IllegalStateException("point " + point + ": replication " + r + " did not come back");
            }
            List<ReplicationRow> rows = at[r].toRows();
            boolean whole = rows.size() == names.size();
            for (int p = 0; whole && p < names.size(); p++) {
                whole = rows.get(p).replication() == r && rows.get(p).packageName().equals(names.get(p));
            }
            if (!whole) {
                throw new IllegalStateException("point " + point + ": replication " + r + " came back with rows for "
                        + rows.stream().map(ReplicationRow::packageName).toList() + ", expected " + names);
            }
            out.addAll(rows);
        }
        return out;
    }
}
