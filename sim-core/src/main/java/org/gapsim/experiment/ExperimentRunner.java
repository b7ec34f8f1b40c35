package org.gapsim.experiment;

import org.gapsim.experiment.internal.Replicator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.scenario.FortificationPackage;

/**
 * Runs an {@link Experiment}: replications spread over a pool of worker threads, each worker with its own
 * {@link ReplicationStreams} (and so, inside {@link Replications#run}, its own SSJ simulator per replication).
 * Replication {@code r} runs every package on the same streams positioned at substream {@code r} (common random
 * numbers). Workers take small blocks of replications and run each block package by package (better cache use; see
 * {@link Replicator.Worker#run(long, int)}). Results are recorded in replication order whatever order workers finish
 * in (out-of-order ones are buffered), so every output is bit-identical for any thread count.
 *
 * <p>Work proceeds in batches of {@link Experiment#batchSize()}: at each boundary the log is flushed and the
 * stopping rule checked. With a {@link ReplicationLog} the run resumes from what an interrupted run recorded and
 * ends with the same result as an uninterrupted one, because replication {@code r} depends only on {@code r}.
 *
 * <p>Configure with the {@code with...} methods (each returns a new runner), then call {@link #run()} once per
 * runner; {@link #cancel()} may be called from any thread.
 */
public final class ExperimentRunner {
    private final Experiment experiment;
    private final ProgressListener progress;
    private final ReplicationLog log;
    private final boolean keepRows;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();

    /** @param experiment the experiment; progress is logged ({@link ProgressListener#logging()}), nothing recorded */
    public ExperimentRunner(Experiment experiment) {
        this(experiment, ProgressListener.logging(), ReplicationLog.NONE, false);
    }

    private ExperimentRunner(Experiment experiment, ProgressListener progress, ReplicationLog log, boolean keepRows) {
        if (experiment == null) {
            throw new ExperimentConfigException("experiment", "is required");
        }
        this.experiment = experiment;
        this.progress = progress == null ? ProgressListener.silent() : progress;
        this.log = log == null ? ReplicationLog.NONE : log;
        this.keepRows = keepRows;
    }

    /**
     * @param listener progress receiver ({@link ProgressListener#silent()} for none)
     * @return a new runner
     */
    public ExperimentRunner withProgress(ProgressListener listener) {
        return new ExperimentRunner(experiment, listener, log, keepRows);
    }

    /**
     * @param replicationLog where replications are recorded and resumed from
     * @return a new runner
     */
    public ExperimentRunner withLog(ReplicationLog replicationLog) {
        return new ExperimentRunner(experiment, progress, replicationLog, keepRows);
    }

    /**
     * Keeps every row in the result ({@link ExperimentResult#rows()}); memory then grows with the replication count
     * (by default it is bounded and the rows are only in the log).
     *
     * @return a new runner
     */
    public ExperimentRunner withRowsKept() {
        return new ExperimentRunner(experiment, progress, log, true);
    }

    /** @return the experiment */
    public Experiment experiment() {
        return experiment;
    }

    /**
     * Asks a running (or not yet started) run to stop: workers take no new replication, those in flight finish,
     * every replication completed in order is recorded and flushed, and {@link #run()} returns a result with
     * {@link StopReason#CANCELLED}. Thread-safe.
     */
    public void cancel() {
        cancelled.set(true);
    }

    /** @return whether {@link #cancel()} was called */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Runs the experiment (resuming from the log if it holds replications of this experiment).
     *
     * @return the result; {@link StopReason#CANCELLED} if cancelled (or the calling thread was interrupted, whose
     *         interrupt status is then kept)
     * @throws ExperimentConfigException  if the log belongs to another experiment (before any replication runs)
     * @throws ExperimentFailedException  if a replication throws
     * @throws UncheckedIOException       if the log cannot be read or written
     * @throws IllegalStateException      if this runner already ran
     */
    public ExperimentResult run() {
        return execute(null);
    }

    /**
     * Runs no replication: feeds rows computed elsewhere (a Spark cluster, say) through exactly the aggregation,
     * stopping rule and log a resumed run uses, and returns the result.
     *
     * @param rows whole replications 0, 1, 2..., packages in {@link Experiment#allPackages()} order
     * @return the result; {@link StopReason#MORE_NEEDED} if the rows reach no stopping decision yet
     * @throws ExperimentConfigException if the rows are not whole replications of this experiment
     * @throws IllegalStateException     if this runner already ran
     */
    public ExperimentResult aggregate(List<ReplicationRow> rows) {
        return execute(List.copyOf(rows));
    }

    private ExperimentResult execute(List<ReplicationRow> given) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("an ExperimentRunner runs once; make a new one");
        }
        List<FortificationPackage> forts = new ArrayList<>();
        for (String name : experiment.allPackages()) {
            forts.add(experiment.fortification(name));
        }
        ResultAggregator agg = new ResultAggregator(experiment, forts, keepRows || given != null);
        Session s = new Session(agg, forts.size());
        boolean complete = false;
        try {
            if (given == null) {
                long[] recorded = {0};
                log.replay(experiment, rows -> {
                    checkReplication(rows, forts, recorded[0]++);
                    if (s.stop == null) {
                        s.replayOne(rows);
                    }
                });
                if (agg.replications() < recorded[0]) {
                    throw new ExperimentConfigException("replications", "the checkpoint holds " + recorded[0]
                            + " replications, more than this run keeps (it stops at " + agg.replications()
                            + "); a resume never deletes recorded replications: ask for at least " + recorded[0]
                            + ", or choose another output directory");
                }
                s.replayed();
                log.resume(experiment, recorded[0]);
                s.runRemaining();
            } else {
                checkRecorded(given, forts);
                s.replay(given);
                log.begin(experiment, given.subList(0, (int) agg.replications() * forts.size()));
                if (s.stop == null) {
                    s.stop = StopReason.MORE_NEEDED;
                }
            }
            complete = s.stop != StopReason.CANCELLED && s.stop != StopReason.MORE_NEEDED;
            log.end(complete);
        } catch (IOException e) {
            endQuietly();
            throw new UncheckedIOException("replication log: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            endQuietly();
            throw e;
        }
        progress.onFinished(s.progress(), s.stop);
        if (s.interrupted) {
            Thread.currentThread().interrupt();
        }
        return agg.result(s.stop);
    }

    private void endQuietly() {
        try {
            log.end(false);
        } catch (IOException | RuntimeException ignored) {
            // the original failure is what the caller needs
        }
    }

    /** Checks that recorded rows are whole replications 0, 1, 2... of this experiment's packages and costs. */
    private void checkRecorded(List<ReplicationRow> rows, List<FortificationPackage> forts) {
        int p = forts.size();
        if (rows.size() % p != 0) {
            throw new ExperimentConfigException("checkpoint", "holds " + rows.size()
                    + " rows, not a whole number of replications of " + p + " packages");
        }
        for (int i = 0; i < rows.size(); i += p) {
            checkReplication(rows.subList(i, i + p), forts, i / p);
        }
    }

    /** Checks that the rows are replication {@code replication} of this experiment's packages and costs. */
    private static void checkReplication(List<ReplicationRow> rows, List<FortificationPackage> forts,
                                         long replication) {
        int p = forts.size();
        if (rows.size() != p) {
            throw new ExperimentConfigException("checkpoint", "replication " + replication + " holds " + rows.size()
                    + " rows, expected one for each of " + p + " packages");
        }
        for (int k = 0; k < p; k++) {
            ReplicationRow r = rows.get(k);
            FortificationPackage f = forts.get(k);
            if (r.replication() != replication || !r.packageName().equals(f.name())) {
                throw new ExperimentConfigException("checkpoint", "row " + (replication * p + k) + " is replication "
                        + r.replication() + " of '" + r.packageName() + "', expected replication " + replication
                        + " of '" + f.name() + "'");
            }
            if (Double.compare(r.packageCostEur(), f.costEur()) != 0 || r.packageObstacles() != f.obstacles().size()) {
                throw new ExperimentConfigException("checkpoint", "package '" + f.name() + "' was recorded with cost "
                        + r.packageCostEur() + " EUR and " + r.packageObstacles() + " obstacles, this experiment has "
                        + f.costEur() + " EUR and " + f.obstacles().size() + " obstacles");
            }
        }
    }

    /** One run: the aggregation, the worker pool and the stopping state. Used by the calling thread only. */
    private final class Session {
        private final ResultAggregator agg;
        private final int packages;
        private final long cap;
        private long resumed;
        private long startNanos = System.nanoTime();
        private final AtomicBoolean halt = new AtomicBoolean();
        private StopReason stop;
        private boolean interrupted;

        Session(ResultAggregator agg, int packages) {
            this.agg = agg;
            this.packages = packages;
            this.cap = experiment.stopping().maxReplications();
        }

        /** Feeds recorded replications through the same aggregation and stopping checks as fresh ones. */
        void replay(List<ReplicationRow> recorded) {
            int groups = recorded.size() / packages;
            for (int g = 0; g < groups && stop == null; g++) {
                agg.add(recorded.subList(g * packages, (g + 1) * packages));
                stop = agg.decide();
            }
            resumed = agg.replications();
            startNanos = System.nanoTime();
        }

        /** Feeds one recorded replication through the same aggregation and stopping check as a fresh one. */
        void replayOne(List<ReplicationRow> rows) {
            agg.add(rows);
            stop = agg.decide();
        }

        /** Marks the end of the replay: the replications fed so far count as resumed. */
        void replayed() {
            resumed = agg.replications();
            startNanos = System.nanoTime();
        }

        Progress progress() {
            return new Progress(agg.replications(), cap,
                    !(experiment.stopping() instanceof StoppingRule.FixedReplications), resumed,
                    System.nanoTime() - startNanos);
        }

        void runRemaining() throws IOException {
            if (stop != null) {
                return;
            }
            int threads = experiment.threads();
            Replicator replicator = new Replicator(experiment);   // plans are compiled only when something runs
            Replicator.Worker[] workers = new Replicator.Worker[threads];
            for (int w = 0; w < threads; w++) {
                workers[w] = replicator.worker();
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
            try {
                runAll(pool, workers, agg.replications(), cap);
                if (agg.replications() % experiment.batchSize() != 0) {
                    log.flush();
                }
                if (stop == null) {
                    stop = StopReason.CANCELLED;
                }
            } finally {
                halt.set(true);
                pool.shutdownNow();
                try {
                    if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("worker threads did not stop within a minute");
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }

        /**
         * Runs replications from {@code start} up to {@code cap} on the pool without a barrier between batches:
         * workers take the next block of indices as soon as they are free, the calling thread records results in
         * index order (buffering early ones), flushes the log at every batch boundary and checks the stopping rule
         * after every replication recorded. Once it says stop (or the run is cancelled or a replication fails),
         * workers take no new block and results not yet recorded are dropped, so the outcome is that of a strictly
         * sequential run; at most one block per worker is computed in vain (when cancelled, what was not recorded
         * is run again on resume).
         */
        private void runAll(ExecutorService pool, Replicator.Worker[] replicators, long start, long cap)
                throws IOException {
            int workers = (int) Math.min(replicators.length, Math.max(1, cap - start));
            int block = blockSize(cap - start, workers);
            AtomicLong cursor = new AtomicLong(start);
            BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
            for (int w = 0; w < workers; w++) {
                Replicator.Worker ws = replicators[w];
                pool.execute(() -> work(ws, cursor, cap, block, queue));
            }
            Map<Long, List<ReplicationRow>> pending = new HashMap<>();
            long next = start;
            int exited = 0;
            ExperimentFailedException failure = null;
            IOException ioFailure = null;
            while (exited < workers) {
                Message m;
                try {
                    m = queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled.set(true);
                    continue;
                }
                if (m instanceof Exited) {
                    exited++;
                } else if (m instanceof Failed f) {
                    if (failure == null || f.error.replication() < failure.replication()) {
                        failure = f.error;
                    }
                } else if (m instanceof Done d && ioFailure == null && stop == null) {
                    pending.put(d.replication, d.rows);
                    try {
                        List<ReplicationRow> rows;
                        while (stop == null && !cancelled.get() && (rows = pending.remove(next)) != null) {
                            record(rows);
                            next++;
                            if (next % experiment.batchSize() == 0) {
                                log.flush();
                            }
                        }
                    } catch (IOException e) {
                        ioFailure = e;
                    }
                    if (stop != null || ioFailure != null || cancelled.get()) {
                        halt.set(true);
                    }
                }
            }
            if (ioFailure != null) {
                throw ioFailure;
            }
            if (failure != null && stop == null) {
                log.flush();
                throw failure;
            }
        }

        private void record(List<ReplicationRow> rows) throws IOException {
            agg.add(rows);
            log.append(rows);
            stop = agg.decide();
            progress.onProgress(progress());
        }

        /**
         * A worker: takes blocks of replication indices until the run is done, cancelled or one failed, and runs
         * each block package by package ({@link Replicator.Worker#run(long, int)}).
         */
        private void work(Replicator.Worker worker, AtomicLong cursor, long end, int block,
                          BlockingQueue<Message> queue) {
            try {
                while (!cancelled.get() && !halt.get()) {
                    long r = cursor.getAndAdd(block);
                    if (r >= end) {
                        break;
                    }
                    int count = (int) Math.min(block, end - r);
                    try {
                        List<List<ReplicationRow>> rows = worker.run(r, count);
                        for (int i = 0; i < count; i++) {
                            queue.add(new Done(r + i, rows.get(i)));
                        }
                    } catch (ExperimentFailedException e) {
                        halt.set(true);
                        queue.add(new Failed(e));
                    }
                }
            } finally {
                queue.add(Exited.INSTANCE);
            }
        }
    }

    /**
     * Replications a worker takes at a time: up to {@value #MAX_BLOCK}, fewer for a short run so that every worker
     * gets several blocks and none is left with a long tail. Results do not depend on it.
     */
    static int blockSize(long replications, int workers) {
        return (int) Math.max(1, Math.min(MAX_BLOCK, replications / (8L * workers)));
    }

    /**
     * Largest block of replications a worker runs package by package: 32 keeps one package's working set in the
     * core's caches and costs milliseconds; much larger blocks keep more results alive and scale worse.
     */
    public static final int MAX_BLOCK = 32;

    /** What workers tell the calling thread. */
    private sealed interface Message permits Done, Failed, Exited {
    }

    private record Done(long replication, List<ReplicationRow> rows) implements Message {
    }

    private record Failed(ExperimentFailedException error) implements Message {
    }

    private enum Exited implements Message {
        INSTANCE
    }

    /** Daemon worker threads named {@code gapsim-worker-N}. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "gapsim-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
