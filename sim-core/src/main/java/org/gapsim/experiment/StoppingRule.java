package org.gapsim.experiment;

/**
 * When an experiment stops adding replications. The decision is taken only at batch boundaries (multiples of
 * {@link Experiment#batchSize()}) and only from the results of replications {@code 0..n-1}, so it does not depend on
 * the number of threads or on the order in which replications finish.
 */
public sealed interface StoppingRule permits StoppingRule.FixedReplications, StoppingRule.TargetPrecision {

    /** @return the most replications the experiment will run */
    int maxReplications();

    /**
     * Run exactly this many replications.
     *
     * @param replications replication count, &gt;= 1
     */
    record FixedReplications(int replications) implements StoppingRule {
        /** Validates the count. */
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
     * Add batches until every non-baseline package's mean slowdown has a relative 95% half-width (half-width divided
     * by the absolute mean) of at most {@code relativeHalfWidth}, or until {@code maxReplications} have run. A
     * package whose slowdown is exactly 0 in every replication meets any target; one whose mean slowdown is near 0
     * but varies meets none, and the run goes to the cap.
     *
     * @param relativeHalfWidth target relative half-width, in (0, 1) (0.05 = plus or minus 5 %)
     * @param maxReplications   cap on the replication count, &gt;= 1
     */
    record TargetPrecision(double relativeHalfWidth, int maxReplications) implements StoppingRule {
        /** Validates both fields. */
        public TargetPrecision {
            if (!(relativeHalfWidth > 0 && relativeHalfWidth < 1)) {
                throw new ExperimentConfigException("targetPrecision",
                        "must lie in (0, 1) (a relative 95% half-width, 0.05 = 5%), was " + relativeHalfWidth);
            }
            if (maxReplications < 1) {
                throw new ExperimentConfigException("maxReplications", "must be >= 1, was " + maxReplications);
            }
        }
    }
}
