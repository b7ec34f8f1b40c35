package org.gapsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The kinds of {@link Distribution} a scenario file may name: the built-in ones first, then those found through
 * {@link ServiceLoader} ({@link DistributionProvider}). Immutable once made.
 */
public final class DistributionKinds {
    private final Map<String, DistributionProvider> byName;

    private DistributionKinds(Map<String, DistributionProvider> byName) {
        this.byName = byName;
    }

    /** @return the built-in kinds only */
    public static DistributionKinds builtIn() {
        Map<String, DistributionProvider> m = new LinkedHashMap<>();
        for (DistributionProvider p : BUILT_IN) {
            m.put(p.name(), p);
        }
        return new DistributionKinds(m);
    }

    /**
     * @param loader class loader to search (the context class loader, else this class's, if null)
     * @return the built-in kinds and every provider on the classpath
     * @throws ScenarioException (field {@code distributions}) if a provider cannot be loaded, has an invalid name or
     *                           reuses a name
     */
    public static DistributionKinds load(ClassLoader loader) {
        ClassLoader l = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        if (l == null) {
            l = DistributionKinds.class.getClassLoader();
        }
        Map<String, DistributionProvider> m = new LinkedHashMap<>(builtIn().byName);
        try {
            for (DistributionProvider p : ServiceLoader.load(DistributionProvider.class, l)) {
                String n = p.name();
                if (n == null || !n.matches("[a-z][a-z0-9-]*") || RESERVED.contains(n)) {
                    throw new ScenarioException("distributions", "provider " + p.getClass().getName()
                            + " has the invalid or reserved name '" + n + "'");
                }
                DistributionProvider before = m.putIfAbsent(n, p);
                if (before != null && before != p) {
                    throw new ScenarioException("distributions", "two distribution kinds are named '" + n + "': "
                            + before.getClass().getName() + " and " + p.getClass().getName());
                }
            }
        } catch (java.util.ServiceConfigurationError e) {
            throw new ScenarioException("distributions", "a distribution provider cannot be loaded: "
                    + e.getMessage());
        }
        return new DistributionKinds(m);
    }

    /**
     * @param name the kind's name, as in a scenario file
     * @return the provider of this name, or null
     */
    public DistributionProvider find(String name) {
        return byName.get(name);
    }

    /** @return the names, built-in first */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** Keys of the forms read without a provider. */
    private static final List<String> RESERVED = List.of("ssj", "params", "empirical");

    private static final List<DistributionProvider> BUILT_IN = List.of(
            builtIn("fixed", List.of("value"), p -> new Distribution.Fixed(p[0])),
            builtIn("uniform", List.of("min", "max"), p -> new Distribution.Uniform(p[0], p[1])),
            builtIn("triangular", List.of("min", "mode", "max"), p -> new Distribution.Triangular(p[0], p[1], p[2])),
            builtIn("lognormal", List.of("mean", "sd"), p -> new Distribution.Lognormal(p[0], p[1])),
            builtIn("exponential", List.of("mean"), p -> new Distribution.Exponential(p[0])));

    private static DistributionProvider builtIn(String name, List<String> params,
                                                java.util.function.Function<double[], Distribution> make) {
        return new DistributionProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> parameterNames() {
                return params;
            }

            @Override
            public Distribution create(double[] p) {
                return make.apply(p);
            }
        };
    }
}
