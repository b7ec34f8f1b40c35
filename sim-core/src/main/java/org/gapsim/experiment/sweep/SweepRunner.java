package org.gapsim.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentFailedException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.Progress;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.StopReason;
import org.gapsim.report.internal.CsvReplicationLog;
import org.gapsim.report.OutputException;
import org.gapsim.report.Study;

/**
 * Runs a {@link Sweep}: every design point is an {@link ExperimentRunner} with no progress output of its own. On one
 * thread the points run one after another; on {@code n} threads, {@code n} points run side by side, each on one
 * worker thread (a point's result does not depend on its thread count, so neither does the sweep's, and short
 * points do not leave a core idle at the end of each point); the sweep's progress (design points done / total, ETA) goes to a
 * {@link SweepProgressListener} (by default the slf4j logger {@value ProgressListener#LOGGER}). Every point's
 * result depends only on the sweep (not on the thread count), so the whole result does too. By default nothing is
 * written to files (see {@link SweepReport}); {@link #withCheckpoints(Path)} keeps every point's replications on disk
 * as they finish, so that an interrupted sweep resumes where it stopped.
 *
 * <p>Run once per runner; {@link #cancel()} may be called from any thread.
 */
public final class SweepRunner {
    private final Sweep sweep;
    private final SweepProgressListener progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    /** The runners of the points in flight. */
    private final Set<ExperimentRunner> current = ConcurrentHashMap.newKeySet();
    private final Path checkpoints;
    /** When {@link #run()} started its first point, {@link System#nanoTime()}. */
    private long startNanos;

    /** Sub-directory of the checkpoint directory that holds one directory per design point. */
    public static final String POINTS = "points";

    /** @param sweep the sweep; progress is logged ({@link SweepProgressListener#logging()}) */
    public SweepRunner(Sweep sweep) {
        this(sweep, SweepProgressListener.logging(), null);
    }

    private SweepRunner(Sweep sweep, SweepProgressListener progress, Path checkpoints) {
        if (sweep == null) {
            throw new IllegalArgumentException("sweep is required");
        }
        this.sweep = sweep;
        this.progress = progress == null ? SweepProgressListener.silent() : progress;
        this.checkpoints = checkpoints;
    }

    /**
     * Keeps each design point's replications in {@code <directory>/points/point-NNN/} (a {@link CsvReplicationLog}:
     * CSV, checksum and provenance, so a point of another sweep is refused), and resumes from what is there: a
     * finished point is read back instead of run, an interrupted one continues. The caller should hold the
     * directory's {@link org.gapsim.report.OutputLock}.
     *
     * @param directory the sweep's output directory (it must exist)
     * @return a new runner
     */
    public SweepRunner withCheckpoints(Path directory) {
        return new SweepRunner(sweep, progress, directory);
    }

    /**
     * @param directory a sweep's output directory
     * @param point     a design point
     * @return the directory that holds that point's checkpoint
     */
    public static Path pointDirectory(Path directory, int point) {
        return directory.resolve(POINTS).resolve(String.format(java.util.Locale.ROOT, "point-%03d", point));
    }

    /**
     * @param listener progress receiver ({@link SweepProgressListener#silent()} for none)
     * @return a new runner
     */
    public SweepRunner withProgress(SweepProgressListener listener) {
        return new SweepRunner(sweep, listener, checkpoints);
    }

    /** @return the sweep */
    public Sweep sweep() {
        return sweep;
    }

    /**
     * Asks a running sweep to stop: the points in flight are cancelled (see {@link ExperimentRunner#cancel()}) and
     * dropped, no further point starts, and {@link #run()} returns the points finished so far. Thread-safe.
     */
    public void cancel() {
        cancelled.set(true);
        for (ExperimentRunner r : current) {
            r.cancel();
        }
    }

    /**
     * Runs every design point.
     *
     * @return the result ({@link SweepResult#cancelled()} if cancelled)
     * @throws ExperimentFailedException if a replication throws
     * @throws ExperimentConfigException if a point's checkpoint belongs to another sweep
     * @throws OutputException           if a checkpoint cannot be read or written
     * @throws IllegalStateException     if this runner already ran
     */
    public SweepResult run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a SweepRunner runs once; make a new one");
        }
        LatinHypercube design = sweep.design();
        int total = design.points();
        int inFlight = Math.min(sweep.experiment().threads(), total);
        List<PointResult> done = inFlight <= 1 ? runInTurn(design) : runSideBySide(design, inFlight);
        boolean wasCancelled = done.size() < total;
        progress.onFinished(new Progress(done.size(), total, false, 0, System.nanoTime() - startNanos), wasCancelled);
        return new SweepResult(sweep, design, done, wasCancelled);
    }

    /** One point after another, each on the sweep's threads (one thread, or one point). */
    private List<PointResult> runInTurn(LatinHypercube design) {
        int total = design.points();
        List<PointResult> done = new ArrayList<>(total);
        startNanos = System.nanoTime();
        for (int i = 0; i < total && !cancelled.get(); i++) {
            List<Double> values = sweep.valuesAt(design, i);
            PointResult p = runPoint(i, values, sweep.experimentAt(values));
            if (p == null) {
                cancelled.set(true);
                break;
            }
            done.add(p);
            progress.onPoint(new Progress(done.size(), total, false, 0, System.nanoTime() - startNanos), p);
        }
        return done;
    }

    /**
     * {@code inFlight} points at a time, each on one worker thread: a point's result does not depend on its thread
     * count, so the sweep's result is the same as {@link #runInTurn}'s, but short points no longer wait for their
     * slowest block before the next point starts (the per-point barrier that kept a 2-thread sweep of 100-replication
     * points near one thread's speed). Points are taken in order, and reported and kept in order: a point finished
     * after one that was cancelled is dropped, as if the sweep had run them one after another.
     */
    private List<PointResult> runSideBySide(LatinHypercube design, int inFlight) {
        int total = design.points();
        List<PointResult> done = new ArrayList<>(total);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(inFlight, r -> {
            Thread t = new Thread(r, "gapsim-sweep-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        startNanos = System.nanoTime();
        List<Future<PointResult>> futures = new ArrayList<>(total);
        for (int k = 0; k < total; k++) {
            int i = k;                               // the pool's queue starts the points in this order
            futures.add(pool.submit(() -> {
                if (cancelled.get()) {
                    return null;
                }
                List<Double> values = sweep.valuesAt(design, i);
                Experiment one = sweep.experimentAt(values, 1);
                return runPoint(i, values, one);
            }));
        }
        try {
            for (int i = 0; i < total && !cancelled.get(); i++) {
                PointResult p;
                try {
                    p = futures.get(i).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancel();
                    break;
                } catch (ExecutionException e) {
                    cancel();
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                if (p == null) {
                    cancelled.set(true);
                    break;
                }
                done.add(p);
                progress.onPoint(new Progress(done.size(), total, false, 0, System.nanoTime() - startNanos), p);
            }
        } finally {
            if (cancelled.get()) {
                cancel();
            }
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    cancel();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return done;
    }

    /**
     * Runs design point {@code i} (its checkpoint, if any, resumed).
     *
     * @return its result, or null if it was cancelled
     */
    private PointResult runPoint(int i, List<Double> values, Experiment experiment) {
        ExperimentRunner runner = new ExperimentRunner(experiment).withProgress(ProgressListener.silent());
        if (checkpoints != null) {
            Path pd = pointDirectory(checkpoints, i);
            try {
                Files.createDirectories(pd);
            } catch (IOException e) {
                throw OutputException.of(pd, e);
            }
            runner = runner.withLog(new CsvReplicationLog(pd.resolve(Study.REPLICATIONS)));
        }
        current.add(runner);
        if (cancelled.get()) {
            runner.cancel();
        }
        ExperimentResult r;
        try {
            r = runner.run();
        } catch (UncheckedIOException e) {
            throw OutputException.of(checkpoints, e.getCause());
        } finally {
            current.remove(runner);
        }
        if (r.stopReason() == StopReason.CANCELLED) {
            return null;
        }
        return new PointResult(i, values, r.replications(), r.stopReason(), r.packages());
    }
}
