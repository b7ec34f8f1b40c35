package org.gapsim.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.ReplicationLog;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.experiment.StopReason;
import org.gapsim.experiment.StoppingRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link Experiment} on a Spark cluster with a result bit-identical to the local
 * {@link ExperimentRunner}'s, whatever the partitioning.
 *
 * <p>How: the replications of a round are split into fixed blocks of consecutive indices ({@link #withBlockSize});
 * Spark spreads the blocks over partitions ({@link #withPartitions}); each partition loads the scenario from its
 * {@link ScenarioSource}, compiles the plans once and runs its replications with one set of random streams, with
 * the same per-replication code the local runner uses ({@link org.gapsim.experiment.internal.Replicator}: one row per
 * package, slowdown against the baseline). Replication {@code r} depends only on (scenario, package, master seed, {@code r}), so it
 * does not matter where it runs. The driver collects the rows keyed by replication index, sorts them, checks that
 * every index is there exactly once, and hands them to {@link ExperimentRunner#aggregate}, which aggregates them
 * (SSJ tallies in replication order) and takes the stopping decisions exactly as a local run does, running nothing
 * itself.
 *
 * <p>A fixed-count experiment is one Spark job (or one per {@link #withRoundSize round}); a sequential one (target
 * precision) runs rounds that end at batch boundaries until the local stopping rule says stop. Rows computed past
 * the stopping point are dropped, so the result does not depend on the round size either. With a
 * {@link #withLog log} (such as {@code Study.checkpoint(file)}) the run resumes from what it holds (written by a local
 * or a Spark run) and rewrites it after every round.
 *
 * <p>Immutable; configure with the {@code with...} methods. The driver must hold the context; results are collected
 * to it (about 200 bytes per replication and package).
 */
public final class SparkExperimentRunner {
    /** Replications per block when none is set. */
    public static final int DEFAULT_BLOCK_SIZE = 10;

    private static final Logger LOG = LoggerFactory.getLogger(SparkExperimentRunner.class);

    private final JavaSparkContext sc;
    private final int partitions;
    private final int blockSize;
    private final int roundSize;
    private final ReplicationLog log;

    /**
     * A runner with the defaults: {@value #DEFAULT_BLOCK_SIZE} replications per block, up to twice the context's
     * default parallelism in partitions, automatic rounds, no log.
     *
     * @param sc the Spark context (not stopped by the runner)
     */
    public SparkExperimentRunner(JavaSparkContext sc) {
        this(sc, 0, DEFAULT_BLOCK_SIZE, 0, ReplicationLog.NONE);
    }

    private SparkExperimentRunner(JavaSparkContext sc, int partitions, int blockSize, int roundSize,
                                  ReplicationLog log) {
        if (sc == null) {
            throw new IllegalArgumentException("sc: a JavaSparkContext is required");
        }
        this.sc = sc;
        this.partitions = partitions;
        this.blockSize = blockSize;
        this.roundSize = roundSize;
        this.log = log == null ? ReplicationLog.NONE : log;
    }

    /**
     * @param n Spark partitions per round, &gt;= 1 (0 for the default: the blocks of the round, at most twice the
     *          context's default parallelism); does not change any result
     * @return a new runner
     */
    public SparkExperimentRunner withPartitions(int n) {
        if (n < 0) {
            throw new ExperimentConfigException("partitions", "must be >= 1 (or 0 for the default), was " + n);
        }
        return new SparkExperimentRunner(sc, n, blockSize, roundSize, log);
    }

    /**
     * @param n replications per block, &gt;= 1 (block {@code k} holds replications {@code [k n, (k + 1) n)}); does not
     *          change any result
     * @return a new runner
     */
    public SparkExperimentRunner withBlockSize(int n) {
        if (n < 1) {
            throw new ExperimentConfigException("blockSize", "must be >= 1, was " + n);
        }
        return new SparkExperimentRunner(sc, partitions, n, roundSize, log);
    }

    /**
     * @param n replications per Spark job, rounded up to a multiple of the experiment's batch size; 0 (the default)
     *          for one job for a fixed count and, for a target precision, rounds of at least one batch and at least
     *          one block per partition. Smaller rounds checkpoint the log more often; the result is the same.
     * @return a new runner
     */
    public SparkExperimentRunner withRoundSize(int n) {
        if (n < 0) {
            throw new ExperimentConfigException("roundSize", "must be >= 1 (or 0 for automatic), was " + n);
        }
        return new SparkExperimentRunner(sc, partitions, blockSize, n, log);
    }

    /**
     * @param replicationLog where replications are resumed from and recorded, as by the local runner (for example
     *                       {@code Study.checkpoint(dir.resolve(Study.REPLICATIONS))})
     * @return a new runner
     */
    public SparkExperimentRunner withLog(ReplicationLog replicationLog) {
        return new SparkExperimentRunner(sc, partitions, blockSize, roundSize, replicationLog);
    }

    /**
     * Runs an experiment, shipping its scenario to the executors as YAML ({@link ScenarioSource#of}).
     *
     * @param experiment the experiment ({@link Experiment#threads()} is ignored: the cluster decides)
     * @return the result, equal (bit for bit) to {@code new ExperimentRunner(experiment).run()}
     */
    public ExperimentResult run(Experiment experiment) {
        return run(experiment, ScenarioSource.of(experiment.scenario()));
    }

    /**
     * Runs an experiment whose scenario executors get from {@code source}.
     *
     * @param experiment the experiment
     * @param source     where executors get the scenario; it must load to a scenario equal to the experiment's
     * @return the result, equal (bit for bit) to {@code new ExperimentRunner(experiment).run()}
     * @throws ExperimentConfigException if the source does not give the experiment's scenario, or the log belongs
     *                                   to another experiment
     * @throws UncheckedIOException      if the log cannot be read or written
     * @throws RuntimeException          Spark's exception (a {@code SparkException}, thrown undeclared) if a task fails
     *                                   for good; for a failing replication its message holds the executor's
     *                                   {@code ExperimentFailedException}, which names the replication, package and
     *                                   master seed
     */
    public ExperimentResult run(Experiment experiment, ScenarioSource source) {
        if (!source.load().equals(experiment.scenario())) {
            throw new ExperimentConfigException("scenarioSource", source.describe()
                    + " does not give the experiment's scenario '" + experiment.scenario().name() + "'");
        }
        ExperimentSpec spec = ExperimentSpec.of(experiment, source);
        int perReplication = experiment.allPackages().size();
        long cap = experiment.stopping().maxReplications();
        List<ReplicationRow> rows;
        try {
            rows = new ArrayList<>(log.recorded(experiment));
        } catch (IOException e) {
            throw new UncheckedIOException("replication log: " + e.getMessage(), e);
        }
        while (true) {
            ExperimentResult result = aggregate(experiment, rows);
            if (result.stopReason() != StopReason.MORE_NEEDED) {
                return result;
            }
            long n = result.replications();
            if (n >= cap) {
                throw new IllegalStateException("the local runner decided nothing after all " + n
                        + " replications of " + experiment.stopping());
            }
            rows = new ArrayList<>(rows.subList(0, (int) (n * perReplication)));
            long end = roundEnd(experiment, n, cap);
            long t0 = System.nanoTime();
            for (List<ReplicationRow> replication : runRange(spec, n, end)) {
                rows.addAll(replication);
            }
            LOG.info("replications [{}, {}) of '{}' done on Spark in {} s", n, end, experiment.scenario().name(),
                    String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
        }
    }

    /**
     * Aggregates rows through the local runner's own aggregation, stopping rule and log
     * ({@link ExperimentRunner#aggregate}); it runs no replication itself.
     *
     * @return the local result; {@link StopReason#MORE_NEEDED} if the rows do not reach a stopping decision
     */
    private ExperimentResult aggregate(Experiment experiment, List<ReplicationRow> rows) {
        return new ExperimentRunner(experiment).withProgress(ProgressListener.silent()).withLog(log).aggregate(rows);
    }

    /** @return one past the last replication of the round starting at {@code n}: a batch boundary or the cap */
    private long roundEnd(Experiment experiment, long n, long cap) {
        long batch = experiment.batchSize();
        long size;
        if (roundSize > 0) {
            size = roundSize;
        } else if (experiment.stopping() instanceof StoppingRule.FixedReplications) {
            size = cap - n;
        } else {
            size = (long) effectivePartitions(Long.MAX_VALUE) * blockSize;
        }
        long end = n + Math.max(size, 1);
        end = (end + batch - 1) / batch * batch;
        return Math.min(end, cap);
    }

    private int effectivePartitions(long blocks) {
        if (partitions > 0) {
            return partitions;
        }
        return (int) Math.max(1, Math.min(blocks, 2L * sc.defaultParallelism()));
    }

    /**
     * Runs replications {@code [from, to)} on the cluster.
     *
     * @return their rows, replication by replication in index order, packages in the experiment's order
     */
    List<List<ReplicationRow>> runRange(ExperimentSpec spec, long from, long to) {
        List<Block> blocks = Block.split(from, to, blockSize);
        if (blocks.isEmpty()) {
            return List.of();
        }
        int slices = effectivePartitions(blocks.size());
        sc.setJobDescription("gapsim " + spec.scenario().describe() + ": replications [" + from + ", " + to + ")");
        List<ReplicationWire> collected = new ArrayList<>(
                sc.parallelize(blocks, slices).mapPartitions(new BlockTask(spec)).collect());
        collected.sort(Comparator.comparingLong(ReplicationWire::replication));
        List<String> names = new ArrayList<>(spec.packages().size() + 1);
        names.add(spec.baseline());
        names.addAll(spec.packages());
        List<List<ReplicationRow>> out = new ArrayList<>(collected.size());
        long expect = from;
        for (ReplicationWire w : collected) {
            if (w.replication() != expect) {
                throw new IllegalStateException("Spark returned replication " + w.replication() + " where "
                        + expect + " was expected (replications [" + from + ", " + to + "))");
            }
            List<ReplicationRow> rows = w.toRows();
            boolean whole = rows.size() == names.size();
            for (int p = 0; whole && p < names.size(); p++) {
                whole = rows.get(p).replication() == expect && rows.get(p).packageName().equals(names.get(p));
            }
            if (!whole) {
                throw new IllegalStateException("replication " + expect + " came back with rows for "
                        + rows.stream().map(ReplicationRow::packageName).toList() + ", expected " + names);
            }
            out.add(rows);
            expect++;
        }
        if (expect != to) {
            throw new IllegalStateException("Spark returned replications [" + from + ", " + expect + ") of ["
                    + from + ", " + to + ")");
        }
        return out;
    }
}
