package org.gapsim.experiment;

import java.util.List;

/**
 * Service-provider interface that makes a {@link StoppingRule.Extension} available by name: list the implementing
 * class in {@code META-INF/services/org.gapsim.experiment.StoppingRuleProvider} and {@link StoppingRules#byName}
 * finds it through {@link java.util.ServiceLoader}. Implementations need a public no-argument constructor.
 */
public interface StoppingRuleProvider {
    /** @return the rule's name, {@code [a-z][a-z0-9-]*}, unique over the class path */
    String name();

    /** @return the parameter names, in order, units in the names */
    List<String> parameterNames();

    /**
     * @param params          one per {@link #parameterNames()} entry
     * @param maxReplications the cap, &gt;= 1
     * @return the rule
     * @throws ExperimentConfigException naming the parameter that is invalid
     */
    StoppingRule.Extension create(double[] params, int maxReplications);
}
