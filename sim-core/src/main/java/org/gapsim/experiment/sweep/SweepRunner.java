package org.gapsim.experiment.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentFailedException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.Progress;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.StopReason;
import org.gapsim.report.CsvReplicationLog;
import org.gapsim.report.OutputException;
import org.gapsim.report.Study;

/**
 * Runs a {@link Sweep}: the design points one after another, each an {@link ExperimentRunner} on the sweep's thread
 * count with no progress output of its own; the sweep's progress (design points done / total, ETA) goes to a
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
    private final AtomicReference<ExperimentRunner> current = new AtomicReference<>();
    private final Path checkpoints;

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
     * Asks a running sweep to stop: the point in flight is cancelled (see {@link ExperimentRunner#cancel()}) and
     * dropped, no further point starts, and {@link #run()} returns the points finished so far. Thread-safe.
     */
    public void cancel() {
        cancelled.set(true);
        ExperimentRunner r = current.get();
        if (r != null) {
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
        List<PointResult> done = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total && !cancelled.get(); i++) {
            List<Double> values = sweep.valuesAt(design, i);
            Experiment experiment = sweep.experimentAt(values);
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
            current.set(runner);
            if (cancelled.get()) {
                runner.cancel();
            }
            ExperimentResult r;
            try {
                r = runner.run();
            } catch (UncheckedIOException e) {
                throw OutputException.of(checkpoints, e.getCause());
            } finally {
                current.set(null);
            }
            if (r.stopReason() == StopReason.CANCELLED) {
                cancelled.set(true);
                break;
            }
            PointResult p = new PointResult(i, values, r.replications(), r.stopReason(), r.packages());
            done.add(p);
            progress.onPoint(new Progress(done.size(), total, false, 0, System.nanoTime() - start), p);
        }
        boolean wasCancelled = done.size() < total;
        progress.onFinished(new Progress(done.size(), total, false, 0, System.nanoTime() - start), wasCancelled);
        return new SweepResult(sweep, design, done, wasCancelled);
    }
}
