package org.gapsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds {@link StoppingRuleProvider}s on the class path through {@link ServiceLoader}. */
public final class StoppingRules {
    private StoppingRules() {
    }

    /**
     * @param loader class loader to search (the context class loader, else this class's, if null)
     * @return the providers found, in class-path order
     */
    public static List<StoppingRuleProvider> providers(ClassLoader loader) {
        ClassLoader l = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        if (l == null) {
            l = StoppingRules.class.getClassLoader();
        }
        List<StoppingRuleProvider> out = new ArrayList<>();
        try {
            for (StoppingRuleProvider p : ServiceLoader.load(StoppingRuleProvider.class, l)) {
                out.add(p);
            }
        } catch (java.util.ServiceConfigurationError e) {
            throw new ExperimentConfigException("stopping", "a stopping rule provider cannot be loaded: "
                    + e.getMessage());
        }
        return out;
    }

    /**
     * @param name            a provider's name
     * @param params          its parameters
     * @param maxReplications the cap
     * @param loader          class loader to search (null: the context class loader)
     * @return the rule
     * @throws ExperimentConfigException (field {@code stopping}) if no provider has that name, or naming the invalid
     *                                   parameter
     */
    public static StoppingRule.Extension byName(String name, double[] params, int maxReplications,
                                                ClassLoader loader) {
        List<String> names = new ArrayList<>();
        for (StoppingRuleProvider p : providers(loader)) {
            if (p.name().equals(name)) {
                if (params.length != p.parameterNames().size()) {
                    throw new ExperimentConfigException("stopping", "rule '" + name + "' takes "
                            + p.parameterNames() + ", given " + params.length + " value(s)");
                }
                return p.create(params.clone(), maxReplications);
            }
            names.add(p.name());
        }
        throw new ExperimentConfigException("stopping", "unknown stopping rule '" + name + "'; on the class path: "
                + names);
    }
}
