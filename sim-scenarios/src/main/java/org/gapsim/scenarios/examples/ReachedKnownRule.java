package org.gapsim.scenarios.examples;

import java.util.List;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.experiment.StoppingRuleProvider;

/**
 * A worked example of a user stopping rule: stop once every package's probability of reaching the objective is
 * known to within {@code halfWidth} (half the width of its 95% Wilson interval, as a probability), or at the cap.
 * Something the built-in precision target cannot ask (it looks at the slowdown only). Found by name
 * ({@code reached-known}) through its {@link Provider}, listed in
 * {@code META-INF/services/org.gapsim.experiment.StoppingRuleProvider}:
 * {@code gapsim run --stop reached-known:0.05 --replications 5000}. In code:
 * {@code Experiment.builder(scenario).stopping(new ReachedKnownRule(0.05, 5000))...}.
 *
 * @param halfWidth       the largest half-width of a package's 95% interval on P(reached) that counts as known, in
 *                        (0, 0.5]
 * @param maxReplications the cap, &gt;= 1
 */
public record ReachedKnownRule(double halfWidth, int maxReplications) implements StoppingRule.Extension {
    /**
     * Validates the figures.
     *
     * @param halfWidth       value of {@link #halfWidth()}
     * @param maxReplications value of {@link #maxReplications()}
     */
    public ReachedKnownRule {
        if (!(halfWidth > 0 && halfWidth <= 0.5)) {
            throw new ExperimentConfigException("stopping", "reached-known: halfWidth must lie in (0, 0.5] (a "
                    + "probability), was " + halfWidth);
        }
        if (maxReplications < 1) {
            throw new ExperimentConfigException("maxReplications", "must be >= 1, was " + maxReplications);
        }
    }

    @Override
    public String name() {
        return "reached-known";
    }

    @Override
    public boolean met(ExperimentResult soFar) {
        for (PackageSummary p : soFar.packages()) {
            if ((p.pReachedHigh() - p.pReachedLow()) / 2 > halfWidth) {
                return false;
            }
        }
        return true;
    }

    /** Makes {@link ReachedKnownRule} available by the name {@code reached-known}, one parameter {@code halfWidth}. */
    public static final class Provider implements StoppingRuleProvider {
        /** Needed by {@link java.util.ServiceLoader}. */
        public Provider() {
        }

        @Override
        public String name() {
            return "reached-known";
        }

        @Override
        public List<String> parameterNames() {
            return List.of("halfWidth");
        }

        @Override
        public StoppingRule.Extension create(double[] params, int maxReplications) {
            return new ReachedKnownRule(params[0], maxReplications);
        }
    }
}
