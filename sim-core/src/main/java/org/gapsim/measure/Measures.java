package org.gapsim.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Finds {@link MeasureProvider}s on the classpath through {@link ServiceLoader}. */
public final class Measures {
    private Measures() {
    }

    /**
     * @param loader class loader to search (the context class loader if null)
     * @return every provider found, sorted by name
     * @throws IllegalStateException if two providers share a name or one cannot be loaded
     */
    public static List<MeasureProvider> providers(ClassLoader loader) {
        ClassLoader l = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        TreeMap<String, MeasureProvider> byName = new TreeMap<>();
        try {
            for (MeasureProvider p : ServiceLoader.load(MeasureProvider.class, l)) {
                MeasureProvider before = byName.put(p.name(), p);
                if (before != null) {
                    throw new IllegalStateException("two measure providers are named '" + p.name() + "': "
                            + before.getClass().getName() + " and " + p.getClass().getName());
                }
            }
        } catch (java.util.ServiceConfigurationError e) {
            throw new IllegalStateException("a measure provider cannot be loaded: " + e.getMessage(), e);
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * @param name   a provider's name
     * @param loader class loader to search (the context class loader if null)
     * @return the measure it creates
     * @throws IllegalArgumentException if no provider has that name (the message lists those found)
     */
    public static Measure byName(String name, ClassLoader loader) {
        List<String> known = new ArrayList<>();
        for (MeasureProvider p : providers(loader)) {
            if (p.name().equals(name)) {
                return p.create();
            }
            known.add(p.name());
        }
        throw new IllegalArgumentException("unknown measure '" + name + "'; found on the classpath: "
                + (known.isEmpty() ? "none" : String.join(", ", known)));
    }
}
