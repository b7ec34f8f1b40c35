package org.gapsim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gapsim.measure.Measure;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;

/**
 * A Monte Carlo experiment: one scenario, a baseline package and the packages compared with it, a stopping rule
 * (a fixed replication count or a target precision), a master seed and a thread count. Immutable and validated on
 * construction; every invalid setting raises an {@link ExperimentConfigException} naming the field and the value.
 *
 * <p>Replication {@code r} runs every package on substream {@code r} of every named random stream (common random
 * numbers), so the slowdown of a package (its closure time minus the baseline's, in the same replication) is a
 * paired difference. Every output depends only on (scenario, packages, master seed, stopping rule, batch size):
 * not on the thread count.
 *
 * <p>A study on one screen (see also {@code org.gapsim.scenarios.examples.ExampleStudy}):
 * <pre>{@code
 * Scenario scenario = ...;                                   // built in code or loaded from a file
 * Experiment experiment = Experiment.builder(scenario)
 *         .packages("minefield", "ditch")                    // compared with the baseline "none"
 *         .targetPrecision(0.05).maxReplications(20_000)     // or .replications(1_000)
 *         .masterSeed(2024)
 *         .threads(8)                                        // default: every processor
 *         .build();
 * Study study = new Study(experiment, Path.of("results/suwalki"));   // org.gapsim.report.Study
 * ExperimentResult result = study.run();   // resumes from results/suwalki if a run was interrupted
 * log.info("\n{}", ConsoleTable.render(result));              // org.gapsim.report.ConsoleTable
 * }</pre>
 * Without files: {@code ExperimentResult result = new ExperimentRunner(experiment).run();}
 *
 * @param scenario   the scenario
 * @param baseline   name of the baseline package ({@code none} by default)
 * @param packages   the packages compared with the baseline, in report order, without the baseline
 * @param stopping   when to stop adding replications
 * @param batchSize  replications per batch: the sequential rule is checked, the checkpoint flushed and the
 *                   progress reported at each multiple of it
 * @param masterSeed seed every random stream is derived from
 * @param threads    worker threads, 1..{@value #MAX_THREADS}; does not change any result
 * @param measures   user measures run in every replication (see {@link Measure}); their value names are unique
 */
public record Experiment(Scenario scenario, String baseline, List<String> packages, StoppingRule stopping,
                         int batchSize, long masterSeed, int threads, List<Measure> measures) {

    private static final Pattern VALUE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Replications of a fixed-count experiment when neither a count nor a precision is given. */
    public static final int DEFAULT_REPLICATIONS = 1_000;
    /** Cap of a sequential experiment when no maximum is given. */
    public static final int DEFAULT_MAX_REPLICATIONS = 10_000;
    /** Default batch size. */
    public static final int DEFAULT_BATCH_SIZE = 100;
    /**
     * Most worker threads: far more than any machine gapsim runs on has cores, few enough that their stacks and
     * per-thread state fit in memory.
     */
    public static final int MAX_THREADS = 1024;
    /** Default master seed. */
    public static final long DEFAULT_MASTER_SEED = 1L;

    /**
     * Validates every field; {@code packages == null} means every package of the scenario but the baseline.
     *
     * @param scenario value of {@link #scenario()}
     * @param baseline value of {@link #baseline()}
     * @param packages value of {@link #packages()}
     * @param stopping value of {@link #stopping()}
     * @param batchSize value of {@link #batchSize()}
     * @param masterSeed value of {@link #masterSeed()}
     * @param threads value of {@link #threads()}
     * @param measures value of {@link #measures()}
     */
    public Experiment {
        if (scenario == null) {
            throw new ExperimentConfigException("scenario", "is required");
        }
        if (baseline == null || baseline.isBlank()) {
            baseline = FortificationPackage.BASELINE;
        }
        requirePackage(scenario, "baseline", baseline);
        List<String> chosen = new ArrayList<>();
        if (packages == null) {
            for (String n : scenario.packageNames()) {
                if (!n.equals(baseline)) {
                    chosen.add(n);
                }
            }
        } else {
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < packages.size(); i++) {
                String n = packages.get(i);
                if (n == null || n.isBlank()) {
                    throw new ExperimentConfigException("packages[" + i + "]", "must be a package name, was '" + n + "'");
                }
                requirePackage(scenario, "packages[" + i + "]", n);
                if (!seen.add(n)) {
                    throw new ExperimentConfigException("packages[" + i + "]", "duplicate package '" + n + "'");
                }
                if (!n.equals(baseline)) {
                    chosen.add(n);
                }
            }
        }
        packages = List.copyOf(chosen);
        if (stopping == null) {
            throw new ExperimentConfigException("stopping", "is required");
        }
        if (batchSize < 1) {
            throw new ExperimentConfigException("batchSize", "must be >= 1, was " + batchSize);
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new ExperimentConfigException("threads", "must lie in 1.." + MAX_THREADS + ", was " + threads);
        }
        measures = measures == null ? List.of() : List.copyOf(measures);
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < measures.size(); i++) {
            List<String> values = measures.get(i).valueNames();
            if (values == null || values.isEmpty()) {
                throw new ExperimentConfigException("measures[" + i + "]", "names no value");
            }
            for (String v : values) {
                if (v == null || !VALUE_NAME.matcher(v).matches()) {
                    throw new ExperimentConfigException("measures[" + i + "]", "value name '" + v
                            + "' must match [a-z][a-z0-9_]*");
                }
                if (!names.add(v)) {
                    throw new ExperimentConfigException("measures[" + i + "]", "value name '" + v
                            + "' is already used by another measure");
                }
            }
            double[] range = measures.get(i).typicalRange();
            if (range == null || range.length != 2 || !Double.isFinite(range[0]) || !Double.isFinite(range[1])
                    || !(range[0] < range[1])) {
                throw new ExperimentConfigException("measures[" + i + "]", "typicalRange must be {low, high}, finite,"
                        + " low < high");
            }
        }
    }

    /**
     * An experiment without user measures.
     *
     * @param scenario value of {@link #scenario()}
     * @param baseline value of {@link #baseline()}
     * @param packages value of {@link #packages()}
     * @param stopping value of {@link #stopping()}
     * @param batchSize value of {@link #batchSize()}
     * @param masterSeed value of {@link #masterSeed()}
     * @param threads value of {@link #threads()}
     */
    public Experiment(Scenario scenario, String baseline, List<String> packages, StoppingRule stopping,
                      int batchSize, long masterSeed, int threads) {
        this(scenario, baseline, packages, stopping, batchSize, masterSeed, threads, List.of());
    }

    /** @return the value names of every user measure, in order: the {@code measure_NAME} fields of the outputs */
    public List<String> measureNames() {
        List<String> out = new ArrayList<>();
        for (Measure m : measures) {
            out.addAll(m.valueNames());
        }
        return List.copyOf(out);
    }

    /**
     * @param measure the user measure to add after the existing ones
     * @return a copy of this experiment with one more user measure
     */
    public Experiment withMeasure(Measure measure) {
        List<Measure> all = new ArrayList<>(measures);
        all.add(measure);
        return new Experiment(scenario, baseline, packages, stopping, batchSize, masterSeed, threads, all);
    }

    /** @return the baseline followed by the compared packages: the order of every output */
    public List<String> allPackages() {
        List<String> all = new ArrayList<>(packages.size() + 1);
        all.add(baseline);
        all.addAll(packages);
        return List.copyOf(all);
    }

    /**
     * @param name the package's name, as in the scenario
     * @return the package of this name from the scenario
     */
    public FortificationPackage fortification(String name) {
        return scenario.requirePackage(name);
    }

    /**
     * @param scenario the scenario to study
     * @return a builder with the defaults: baseline {@code none}, every other package of the scenario,
     *         {@value #DEFAULT_REPLICATIONS} replications, batches of {@value #DEFAULT_BATCH_SIZE}, master seed
     *         {@value #DEFAULT_MASTER_SEED}, one thread per available processor
     */
    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    private static void requirePackage(Scenario scenario, String field, String name) {
        try {
            scenario.requirePackage(name);
        } catch (ScenarioException e) {
            throw new ExperimentConfigException(field, "unknown package '" + name + "' in scenario '"
                    + scenario.name() + "'; known: " + scenario.packageNames(), e);
        }
    }

    /** Builds an {@link Experiment}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final Scenario scenario;
        private String baseline = FortificationPackage.BASELINE;
        private List<String> packages;
        private Integer replications;
        private Double targetPrecision;
        private Double targetHalfWidthH;
        private Integer maxReplications;
        private StoppingRule.Extension stopping;
        private int batchSize = DEFAULT_BATCH_SIZE;
        private long masterSeed = DEFAULT_MASTER_SEED;
        private int threads = Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
        private final List<Measure> measures = new ArrayList<>();

        private Builder(Scenario scenario) {
            this.scenario = scenario;
        }

        /**
         * @param name the baseline package (default {@code none})
         * @return this
         */
        public Builder baseline(String name) {
            this.baseline = name;
            return this;
        }

        /**
         * @param names packages to compare with the baseline, in report order
         * @return this
         */
        public Builder packages(String... names) {
            this.packages = names == null ? null : java.util.Arrays.asList(names.clone());
            return this;
        }

        /**
         * @param names packages to compare with the baseline, in report order
         * @return this
         */
        public Builder packages(List<String> names) {
            this.packages = names == null ? null : new ArrayList<>(names);
            return this;
        }

        /**
         * @param n run exactly this many replications (not with {@link #targetPrecision})
         * @return this
         */
        public Builder replications(int n) {
            this.replications = n;
            return this;
        }

        /**
         * @param relativeHalfWidth stop once every compared package's mean slowdown has a 95% half-width of at most
         *                          this fraction of its absolute value, in (0, 1)
         * @return this
         */
        public Builder targetPrecision(double relativeHalfWidth) {
            this.targetPrecision = relativeHalfWidth;
            this.targetHalfWidthH = null;
            return this;
        }

        /**
         * @param halfWidthH stop once every compared package's restricted mean slowdown has a 95% half-width of at
         *                   most this many hours, &gt; 0 (replaces a relative target)
         * @return this
         */
        public Builder targetAbsolutePrecision(double halfWidthH) {
            this.targetHalfWidthH = halfWidthH;
            this.targetPrecision = null;
            return this;
        }

        /**
         * @param n cap on a sequential run (default {@value Experiment#DEFAULT_MAX_REPLICATIONS})
         * @return this
         */
        public Builder maxReplications(int n) {
            this.maxReplications = n;
            return this;
        }

        /**
         * @param n replications per batch (default {@value Experiment#DEFAULT_BATCH_SIZE})
         * @return this
         */
        public Builder batchSize(int n) {
            this.batchSize = n;
            return this;
        }

        /**
         * @param seed master seed of every random stream
         * @return this
         */
        public Builder masterSeed(long seed) {
            this.masterSeed = seed;
            return this;
        }

        /**
         * @param n worker threads (default: available processors)
         * @return this
         */
        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /**
         * @param measure a user measure to run in every replication (its values go to every output)
         * @return this
         */
        public Builder measure(Measure measure) {
            if (measure == null) {
                throw new ExperimentConfigException("measures[" + measures.size() + "]", "is null");
            }
            this.measures.add(measure);
            return this;
        }

        /**
         * @param rule a stopping rule of your own (it sets its own cap; not combined with {@link #replications},
         *             {@link #targetPrecision} or {@link #maxReplications})
         * @return this
         */
        public Builder stopping(StoppingRule.Extension rule) {
            if (rule == null) {
                throw new ExperimentConfigException("stopping", "is null");
            }
            this.stopping = rule;
            return this;
        }

        /**
         * @return the validated experiment
         * @throws ExperimentConfigException on any invalid setting
         */
        public Experiment build() {
            StoppingRule rule;
            if (stopping != null) {
                if (replications != null || targetPrecision != null || targetHalfWidthH != null
                        || maxReplications != null) {
                    throw new ExperimentConfigException("stopping", "a rule of your own sets its own cap; do not "
                            + "combine it with replications, targetPrecision or maxReplications");
                }
                rule = stopping;
            } else if (targetPrecision != null || targetHalfWidthH != null) {
                if (replications != null) {
                    throw new ExperimentConfigException("replications", "cannot be combined with targetPrecision ("
                            + (targetPrecision != null ? targetPrecision : targetHalfWidthH + " h")
                            + "); cap a sequential run with maxReplications, was " + replications);
                }
                int cap = maxReplications == null ? DEFAULT_MAX_REPLICATIONS : maxReplications;
                rule = targetPrecision != null ? new StoppingRule.TargetPrecision(targetPrecision, cap)
                        : StoppingRule.TargetPrecision.absolute(targetHalfWidthH, cap);
            } else {
                if (maxReplications != null) {
                    throw new ExperimentConfigException("maxReplications",
                            "applies only with targetPrecision; use replications for a fixed count, was " + maxReplications);
                }
                rule = new StoppingRule.FixedReplications(replications == null ? DEFAULT_REPLICATIONS : replications);
            }
            return new Experiment(scenario, baseline, packages, rule, batchSize, masterSeed, threads, measures);
        }
    }
}
