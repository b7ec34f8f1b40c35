package org.gapsim.scenario;

import java.util.List;

/**
 * Service-provider interface for a kind of {@link Distribution} usable in scenario files by name: a YAML
 * distribution {@code {NAME: [p1, p2]}} or {@code {NAME: {param1: p1, ...}}} is made by the provider whose
 * {@link #name()} is {@code NAME}. The built-in kinds ({@code fixed}, {@code uniform}, {@code triangular},
 * {@code lognormal}, {@code exponential}) are providers too ({@link DistributionKinds#builtIn()}); a user's kind is
 * a class listed in {@code META-INF/services/org.gapsim.scenario.DistributionProvider} on the classpath, whose
 * distributions implement {@link Distribution.Extension}. Implementations need a public no-argument constructor and
 * must be stateless.
 */
public interface DistributionProvider {
    /** @return the YAML key, {@code [a-z][a-z0-9-]*}, unique over the built-in and the classpath's kinds */
    String name();

    /** @return the parameter names, in list order (the keys of the map form) */
    List<String> parameterNames();

    /**
     * @param params the parameters, one per {@link #parameterNames()} entry, finite
     * @return the distribution
     * @throws ScenarioException naming the parameter ({@link #parameterNames()} entry) that is invalid
     */
    Distribution create(double[] params);
}
