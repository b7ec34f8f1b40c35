package org.gapsim.experiment;

/**
 * When an experiment stops adding replications. The decision is taken only at batch boundaries (multiples of
 * {@link Experiment#batchSize()}) and only from the results of replications {@code 0..n-1}, so it does not depend on
 * the number of threads or on the order in which replications finish.
 */
public sealed interface StoppingRule
        permits StoppingRule.FixedReplications, StoppingRule.TargetPrecision, StoppingRule.Extension {

    /** @return the most replications the experiment will run */
    int maxReplications();

    /**
     * Run exactly this many replications.
     *
     * @param replications replication count, &gt;= 1
     */
    record FixedReplications(int replications) implements StoppingRule {
        /**
         * Validates the count.
         *
         * @param replications value of {@link #replications()}
         */
        public FixedReplications {
            if (replications < 1) {
                throw new ExperimentConfigException("replications", "must be >= 1, was " + replications);
            }
        }

        @Override
        public int maxReplications() {
            return replications;
        }
    }

    /**
     * Add batches until every non-baseline package's restricted mean slowdown is precise enough, or until
     * {@code maxReplications} have run. Exactly one target is set, the other is NaN:
     * <ul>
     * <li>relative: 95% half-width divided by the absolute mean at most {@code relativeHalfWidth}. A half-width at or
     * below {@link #ABSOLUTE_FLOOR_H} also meets it, so a package with no effect (slowdown 0 up to floating-point
     * rounding) stops the run instead of driving it to the cap;</li>
     * <li>absolute: 95% half-width at most {@code absoluteHalfWidthH} hours, whatever the mean (the right target when
     * a package may have no effect).</li>
     * </ul>
     *
     * @param relativeHalfWidth  target relative half-width, in (0, 1) (0.05 = plus or minus 5 %); NaN if absolute
     * @param maxReplications    cap on the replication count, &gt;= 1
     * @param absoluteHalfWidthH target half-width in hours, finite and &gt; 0; NaN if relative
     */
    record TargetPrecision(double relativeHalfWidth, int maxReplications, double absoluteHalfWidthH)
            implements StoppingRule {
        /**
         * Validates the fields.
         *
         * @param relativeHalfWidth value of {@link #relativeHalfWidth()}
         * @param maxReplications value of {@link #maxReplications()}
         * @param absoluteHalfWidthH value of {@link #absoluteHalfWidthH()}
         */
        public TargetPrecision {
            boolean relative = Double.isNaN(absoluteHalfWidthH);
            if (!relative && !Double.isNaN(relativeHalfWidth)) {
                throw new ExperimentConfigException("targetPrecision",
                        "set a relative or an absolute half-width, not both; had " + relativeHalfWidth
                                + " and " + absoluteHalfWidthH + " h");
            }
            if (relative && !(relativeHalfWidth > 0 && relativeHalfWidth < 1)) {
                throw new ExperimentConfigException("targetPrecision",
                        "must lie in (0, 1) (a relative 95% half-width, 0.05 = 5%), was " + relativeHalfWidth);
            }
            if (!relative && !(absoluteHalfWidthH > 0 && absoluteHalfWidthH < Double.POSITIVE_INFINITY)) {
                throw new ExperimentConfigException("targetPrecision",
                        "an absolute 95% half-width must be a finite number of hours > 0, was " + absoluteHalfWidthH);
            }
            if (maxReplications < 1) {
                throw new ExperimentConfigException("maxReplications", "must be >= 1, was " + maxReplications);
            }
        }

        /**
         * A relative target.
         *
         * @param relativeHalfWidth target relative half-width, in (0, 1)
         * @param maxReplications   cap on the replication count, &gt;= 1
         */
        public TargetPrecision(double relativeHalfWidth, int maxReplications) {
            this(relativeHalfWidth, maxReplications, Double.NaN);
        }

        /**
         * @param halfWidthH      target half-width, hours, &gt; 0
         * @param maxReplications cap on the replication count, &gt;= 1
         * @return an absolute target
         */
        public static TargetPrecision absolute(double halfWidthH, int maxReplications) {
            return new TargetPrecision(Double.NaN, maxReplications, halfWidthH);
        }

        /** @return whether the target is an absolute half-width in hours */
        public boolean isAbsolute() {
            return !Double.isNaN(absoluteHalfWidthH);
        }
    }

    /**
     * A user's rule (set with {@link Experiment.Builder#stopping}, or made by name by a {@link StoppingRuleProvider}):
     * the one open door of this sealed interface. At each batch boundary below the cap the runner hands it the
     * result of replications {@code 0..n-1} (every package's summary, its columns and user measures) and stops with
     * {@link StopReason#TARGET_MET} when it says so, or with {@link StopReason#MAX_REPLICATIONS} at the cap. It must
     * be immutable and decide from the result alone (so the decision is the same for any thread count and on
     * resume); a record is best: its name and components are the rule's identity in the provenance and checkpoint.
     */
    non-sealed interface Extension extends StoppingRule {
        /** @return a short name, {@code [a-z][a-z0-9-]*} (in the provenance, with the record's components) */
        String name();

        /**
         * @param soFar the result of the replications run so far (at a batch boundary, at least one batch)
         * @return whether the experiment has run enough
         */
        boolean met(ExperimentResult soFar);
    }

    /**
     * Half-width, hours, at or below which a relative target counts as met: 1e-6 h (3.6 ms), far below any
     * meaningful slowdown and far above the 1e-15 h floating-point noise of a package with no effect.
     */
    double ABSOLUTE_FLOOR_H = 1e-6;
}
