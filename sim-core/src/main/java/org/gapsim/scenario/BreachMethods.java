package org.gapsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The user's breach methods a scenario file may name under {@code engineers.extra}: found through
 * {@link ServiceLoader} ({@link #load}) or passed in ({@link #of}). Immutable once made.
 */
public final class BreachMethods {
    private final Map<String, BreachMethodProvider> byName;

    private BreachMethods(Map<String, BreachMethodProvider> byName) {
        this.byName = byName;
    }

    /**
     * An explicit registry, without looking at the class path.
     *
     * @param providers the user's methods
     * @return a registry of {@code providers}
     * @throws ScenarioException (field {@code extra}) if a provider has an invalid name or reuses one
     */
    public static BreachMethods of(BreachMethodProvider... providers) {
        Map<String, BreachMethodProvider> m = new LinkedHashMap<>();
        for (BreachMethodProvider p : providers) {
            add(m, p);
        }
        return new BreachMethods(m);
    }

    /**
     * @param loader class loader to search (the context class loader, else this class's, if null)
     * @return every provider on the class path
     * @throws ScenarioException (field {@code extra}) if a provider cannot be loaded, has an invalid name or reuses
     *                           a name
     */
    public static BreachMethods load(ClassLoader loader) {
        ClassLoader l = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        if (l == null) {
            l = BreachMethods.class.getClassLoader();
        }
        Map<String, BreachMethodProvider> m = new LinkedHashMap<>();
        try {
            for (BreachMethodProvider p : ServiceLoader.load(BreachMethodProvider.class, l)) {
                add(m, p);
            }
        } catch (java.util.ServiceConfigurationError e) {
            throw new ScenarioException("extra", "a breach method provider cannot be loaded: " + e.getMessage());
        }
        return new BreachMethods(m);
    }

    private static void add(Map<String, BreachMethodProvider> m, BreachMethodProvider p) {
        String n = p.name();
        if (n == null || !n.matches("[a-z][a-z0-9-]*")) {
            throw new ScenarioException("extra", "breach method provider " + p.getClass().getName()
                    + " has the invalid name '" + n + "'");
        }
        BreachMethodProvider before = m.putIfAbsent(n, p);
        if (before != null && before.getClass() != p.getClass()) {
            throw new ScenarioException("extra", "two breach methods are named '" + n + "': "
                    + before.getClass().getName() + " and " + p.getClass().getName());
        }
    }

    /**
     * @param name the method's key under {@code engineers.extra}
     * @return the provider of this name, or null
     */
    public BreachMethodProvider find(String name) {
        return byName.get(name);
    }

    /** @return the names, in registration order */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }
}
