package org.gapsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFailedException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.Progress;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.StopReason;

/**
 * Runs a {@link Sweep}: the design points one after another, each an {@link ExperimentRunner} on the sweep's thread
 * count with no progress output of its own; the sweep's progress (design points done / total, ETA) goes to a
 * {@link SweepProgressListener} (by default the slf4j logger {@value ProgressListener#LOGGER}). Every point's
 * result depends only on the sweep (not on the thread count), so the whole result does too. Nothing is written to
 * files; see {@link SweepReport}.
 *
 * <p>Run once per runner; {@link #cancel()} may be called from any thread.
 */
public final class SweepRunner {
    private final Sweep sweep;
    private final SweepProgressListener progress;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<ExperimentRunner> current = new AtomicReference<>();

    /** @param sweep the sweep; progress is logged ({@link SweepProgressListener#logging()}) */
    public SweepRunner(Sweep sweep) {
        this(sweep, SweepProgressListener.logging());
    }

    private SweepRunner(Sweep sweep, SweepProgressListener progress) {
        if (sweep == null) {
            throw new IllegalArgumentException("sweep is required");
        }
        this.sweep = sweep;
        this.progress = progress == null ? SweepProgressListener.silent() : progress;
    }

    /**
     * @param listener progress receiver ({@link SweepProgressListener#silent()} for none)
     * @return a new runner
     */
    public SweepRunner withProgress(SweepProgressListener listener) {
        return new SweepRunner(sweep, listener);
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
            current.set(runner);
            if (cancelled.get()) {
                runner.cancel();
            }
            ExperimentResult r;
            try {
                r = runner.run();
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
