package org.gapsim.experiment;

/** The runner's decision for a user's {@link StoppingRule.Extension}: at batch boundaries only, from the result. */
final class ExtensionStop {
    private ExtensionStop() {
    }

    /**
     * @return why to stop after {@code n} replications, or null to go on: {@link StopReason#TARGET_MET} when the rule
     *         is met at a batch boundary, {@link StopReason#MAX_REPLICATIONS} at its cap
     */
    static StopReason decide(StoppingRule.Extension x, long n, int batchSize, ResultAggregator agg) {
        boolean atCheck = n % batchSize == 0 || n >= x.maxReplications();
        if (!atCheck || n == 0) {
            return null;
        }
        if (x.met(agg.result(StopReason.MORE_NEEDED))) {
            return StopReason.TARGET_MET;
        }
        return n >= x.maxReplications() ? StopReason.MAX_REPLICATIONS : null;
    }
}
