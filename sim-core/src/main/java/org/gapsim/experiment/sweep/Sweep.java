package org.gapsim.experiment.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.scenario.Scenario;

/**
 * A data-farming sweep over the model's assumptions: a base experiment (scenario, packages, stopping rule, master
 * seed, threads) run once at each point of a {@link LatinHypercube} design over some {@link Factor}s. At design point
 * {@code i} every factor's field is set to its value (the rest of the scenario is the base's) and the experiment is
 * run with the base's settings.
 *
 * <p><b>Common random numbers across design points.</b> Every point uses the same master seed, so replication
 * {@code r} of every point draws from the same substreams, as every package of one point does: differences between
 * points (the effect of an assumption) are paired too, and much less noisy than with independent seeds. Streams are
 * named per purpose and entity ({@code org.gapsim.random.StreamName}), so they stay in step when an assumption
 * changes how many draws one decision takes.
 *
 * <pre>{@code
 * Sweep sweep = Sweep.builder(BuiltInScenarios.load("suwalki-gap"))
 *         .factor("doctrine.smokeKillFactor", 0.1, 0.9)
 *         .factor("doctrine.reconDetectionProbability", 0.2, 0.9)
 *         .points(9)                      // default 2k + 1
 *         .replications(100).masterSeed(1).threads(4)
 *         .build();
 * SweepResult result = new SweepRunner(sweep).run();
 * SweepReport.write(result, Path.of("results/sweep"));
 * String table = result.sensitivity().render();
 * }</pre>
 *
 * @param experiment the experiment run at every point, on its scenario changed by the factors (its scenario is the
 *                   base scenario)
 * @param factors    the factors, in column order of the design and of every output; distinct names
 * @param points     design points, &gt;= 2
 * @param designSeed seed of the design ({@link LatinHypercube#generate(int, int, long)}); by default the master seed
 */
public record Sweep(Experiment experiment, List<Factor> factors, int points, long designSeed) {

    /**
     * Validates the sweep.
     *
     * @param experiment value of {@link #experiment()}
     * @param factors value of {@link #factors()}
     * @param points value of {@link #points()}
     * @param designSeed value of {@link #designSeed()}
     * @throws ExperimentConfigException (field {@code experiment}, {@code factors} or {@code points})
     */
    public Sweep {
        if (experiment == null) {
            throw new ExperimentConfigException("experiment", "is required");
        }
        if (factors == null || factors.isEmpty()) {
            throw new ExperimentConfigException("factors", "at least one factor is required; known: "
                    + String.join(", ", Assumption.keys()));
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            if (f == null) {
                throw new ExperimentConfigException("factors[" + i + "]", "is null");
            }
            if (!names.add(f.name())) {
                throw new ExperimentConfigException("factors[" + i + "]", "duplicate factor '" + f.name() + "'");
            }
        }
        factors = List.copyOf(factors);
        if (points < 2) {
            throw new ExperimentConfigException("points", "must be >= 2, was " + points);
        }
    }

    /**
     * @param factorCount number of factors {@code k}
     * @return the default number of design points, {@code 2k + 1}
     */
    public static int defaultPoints(int factorCount) {
        return 2 * factorCount + 1;
    }

    /** @return the base scenario */
    public Scenario scenario() {
        return experiment.scenario();
    }

    /** @return the factors' names, in column order */
    public List<String> factorNames() {
        return factors.stream().map(Factor::name).toList();
    }

    /** @return the design (generated afresh on each call; the same for the same sweep) */
    public LatinHypercube design() {
        return LatinHypercube.generate(points, factors.size(), designSeed);
    }

    /**
     * @param design the design ({@link #design()})
     * @param point  design point, 0..points-1
     * @return the factor values of that point, in column order, each in its factor's unit
     */
    public List<Double> valuesAt(LatinHypercube design, int point) {
        List<Double> v = new ArrayList<>(factors.size());
        for (int f = 0; f < factors.size(); f++) {
            v.add(factors.get(f).valueAt(design.unit(point, f)));
        }
        return List.copyOf(v);
    }

    /**
     * @param values one value per factor, in column order
     * @return the base scenario with every factor's field set to its value
     */
    public Scenario scenarioAt(List<Double> values) {
        if (values.size() != factors.size()) {
            throw new IllegalArgumentException("expected " + factors.size() + " values, was " + values.size());
        }
        Scenario s = experiment.scenario();
        for (int f = 0; f < factors.size(); f++) {
            s = factors.get(f).apply(s, values.get(f));
        }
        return s;
    }

    /**
     * @param values one value per factor, in column order
     * @return the base experiment's settings on {@link #scenarioAt(List)}
     */
    public Experiment experimentAt(List<Double> values) {
        return experimentAt(values, experiment.threads());
    }

    /**
     * @param values  one value per factor, in column order
     * @param threads worker threads (does not change any result)
     * @return the base experiment's settings (user measures included) on {@link #scenarioAt(List)}, on
     *         {@code threads} threads
     */
    Experiment experimentAt(List<Double> values, int threads) {
        Experiment e = experiment;
        return new Experiment(scenarioAt(values), e.baseline(), e.packages(), e.stopping(), e.batchSize(),
                e.masterSeed(), threads, e.measures());
    }

    /**
     * @param scenario the base scenario
     * @return a builder: no factors yet, {@code 2k + 1} points, and {@link Experiment#builder(Scenario)}'s defaults
     */
    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    /** Builds a {@link Sweep}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final Experiment.Builder experiment;
        private final List<Factor> factors = new ArrayList<>();
        private Integer points;
        private Long designSeed;
        private long masterSeed = Experiment.DEFAULT_MASTER_SEED;

        private Builder(Scenario scenario) {
            this.experiment = Experiment.builder(scenario);
        }

        /**
         * @param factor a factor to vary (column order is the order of the calls)
         * @return this
         */
        public Builder factor(Factor factor) {
            factors.add(factor);
            return this;
        }

        /**
         * @param name a catalogue name, e.g. {@code doctrine.smokeKillFactor}
         * @param low  lowest value, in the field's unit
         * @param high highest value, in the field's unit
         * @return this
         * @throws ExperimentConfigException if the name is unknown or the range illegal
         */
        public Builder factor(String name, double low, double high) {
            return factor(Factor.of(name, low, high));
        }

        /**
         * @param list factors to vary, appended in order
         * @return this
         */
        public Builder factors(List<Factor> list) {
            factors.addAll(list);
            return this;
        }

        /**
         * @param n design points (default {@code 2k + 1})
         * @return this
         */
        public Builder points(int n) {
            this.points = n;
            return this;
        }

        /**
         * @param seed seed of the design (default: the master seed)
         * @return this
         */
        public Builder designSeed(long seed) {
            this.designSeed = seed;
            return this;
        }

        /**
         * @param names packages compared with the baseline at every point (default: all)
         * @return this
         */
        public Builder packages(String... names) {
            experiment.packages(names);
            return this;
        }

        /**
         * @param names packages compared with the baseline at every point (default: all)
         * @return this
         */
        public Builder packages(List<String> names) {
            experiment.packages(names);
            return this;
        }

        /**
         * @param name the baseline package (default {@code none})
         * @return this
         */
        public Builder baseline(String name) {
            experiment.baseline(name);
            return this;
        }

        /**
         * @param n replications at every point (not with {@link #targetPrecision})
         * @return this
         */
        public Builder replications(int n) {
            experiment.replications(n);
            return this;
        }

        /**
         * @param relativeHalfWidth at every point, add replications until every package's mean slowdown has a 95%
         *                          half-width of at most this fraction of its value
         * @return this
         */
        public Builder targetPrecision(double relativeHalfWidth) {
            experiment.targetPrecision(relativeHalfWidth);
            return this;
        }

        /**
         * @param n cap on a sequential run at each point
         * @return this
         */
        public Builder maxReplications(int n) {
            experiment.maxReplications(n);
            return this;
        }

        /**
         * @param n replications per batch
         * @return this
         */
        public Builder batchSize(int n) {
            experiment.batchSize(n);
            return this;
        }

        /**
         * @param seed master seed, the same at every design point (common random numbers across points)
         * @return this
         */
        public Builder masterSeed(long seed) {
            experiment.masterSeed(seed);
            this.masterSeed = seed;
            return this;
        }

        /**
         * @param n worker threads of the sweep: with n &gt; 1, n design points run side by side, one thread each
         * @return this
         */
        public Builder threads(int n) {
            experiment.threads(n);
            return this;
        }

        /**
         * @return the validated sweep
         * @throws ExperimentConfigException on any invalid setting
         */
        public Sweep build() {
            return new Sweep(experiment.build(), factors,
                    points == null ? defaultPoints(factors.size()) : points,
                    designSeed == null ? masterSeed : designSeed);
        }
    }
}
