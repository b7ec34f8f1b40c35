package org.gapsim.measure;

import java.util.List;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelListener;

/**
 * A user measure run by the experiment runner: in every worker, each replication of each package gets a fresh
 * {@link Recorder} (a {@link ModelListener} on that replication's model), whose {@link Recorder#values()} are read
 * when the replication ends. The values are written in the per-replication CSV (a field {@code measure_NAME} per
 * value) and summarised like the built-in outputs (mean with its 95% interval, quantiles, and the paired difference
 * against the baseline). A value of NaN means "not observed in this replication" and is left out of the summaries.
 *
 * <p>Implementations must be thread-safe (recorders are made concurrently on several workers) and their recorders
 * must depend only on what the replication publishes, so results stay the same for any thread count. Register a
 * measure on {@code Experiment.builder(...).measure(...)}, or by name through a {@link MeasureProvider}.
 */
public interface Measure {

    /**
     * @return the names of the values, in the order {@link Recorder#values()} gives them: each matches
     *         {@code [a-z][a-z0-9_]*}, unique over the experiment's measures, and never changes between calls
     */
    List<String> valueNames();

    /**
     * @param plan        the compiled scenario and package of the replication
     * @param replication replication index
     * @return a fresh recorder for that replication
     */
    Recorder recorder(CrossingPlan plan, long replication);

    /**
     * The range where values usually lie: it sets the bins of the quantile histogram used beyond 10,000
     * replications (below that quantiles are exact). By default 0 to 1000.
     *
     * @return {low, high}, finite, low &lt; high
     */
    default double[] typicalRange() {
        return new double[]{0, 1000};
    }

    /** Listens to one replication and gives its values at the end. */
    interface Recorder extends ModelListener {
        /** @return the values, one per {@link Measure#valueNames()} entry; NaN where nothing was observed */
        double[] values();
    }
}
