package org.gapsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The kinds of defender unit a scenario file may name as a sensor's or fire unit's {@code kind}: the built-in ones
 * first (every {@link FireUnitKind} and {@link SensorKind} constant, in kebab case, whose templates are the builders'
 * documented defaults: today's figures exactly), then the user's, found through {@link ServiceLoader} ({@link #load})
 * or passed in ({@link #of}). Immutable once made.
 */
public final class DefenderUnitKinds {
    private final Map<String, DefenderUnitKindProvider> byName;

    private DefenderUnitKinds(Map<String, DefenderUnitKindProvider> byName) {
        this.byName = byName;
    }

    /** @return the built-in kinds only */
    public static DefenderUnitKinds builtIn() {
        Map<String, DefenderUnitKindProvider> m = new LinkedHashMap<>();
        for (FireUnitKind k : FireUnitKind.values()) {
            FireUnit t = FireUnit.builder().id("template").kind(k).build();
            m.put(name(k), provider(name(k), t, null));
        }
        for (SensorKind k : SensorKind.values()) {
            Sensor t = Sensor.builder().id("template").kind(k).build();
            m.put(name(k), provider(name(k), null, t));
        }
        return new DefenderUnitKinds(m);
    }

    /**
     * An explicit registry, without looking at the class path.
     *
     * @param providers the user's kinds
     * @return the built-in kinds and {@code providers}
     * @throws ScenarioException (field {@code kind}) if a provider has an invalid name, reuses one, or gives not
     *                           exactly one template
     */
    public static DefenderUnitKinds of(DefenderUnitKindProvider... providers) {
        Map<String, DefenderUnitKindProvider> m = new LinkedHashMap<>(builtIn().byName);
        for (DefenderUnitKindProvider p : providers) {
            add(m, p);
        }
        return new DefenderUnitKinds(m);
    }

    /**
     * @param loader class loader to search (the context class loader, else this class's, if null)
     * @return the built-in kinds and every provider on the class path
     * @throws ScenarioException (field {@code kind}) if a provider cannot be loaded or is invalid (see {@link #of})
     */
    public static DefenderUnitKinds load(ClassLoader loader) {
        ClassLoader l = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        if (l == null) {
            l = DefenderUnitKinds.class.getClassLoader();
        }
        Map<String, DefenderUnitKindProvider> m = new LinkedHashMap<>(builtIn().byName);
        try {
            for (DefenderUnitKindProvider p : ServiceLoader.load(DefenderUnitKindProvider.class, l)) {
                add(m, p);
            }
        } catch (java.util.ServiceConfigurationError e) {
            throw new ScenarioException("kind", "a defender unit kind provider cannot be loaded: " + e.getMessage());
        }
        return new DefenderUnitKinds(m);
    }

    private static void add(Map<String, DefenderUnitKindProvider> m, DefenderUnitKindProvider p) {
        String n = p.name();
        if (n == null || !n.matches("[a-z][a-z0-9-]*")) {
            throw new ScenarioException("kind", "defender unit kind provider " + p.getClass().getName()
                    + " has the invalid name '" + n + "'");
        }
        if ((p.fireUnit() == null) == (p.sensor() == null)) {
            throw new ScenarioException("kind", "defender unit kind '" + n + "' must give exactly one template (a "
                    + "fire unit or a sensor)");
        }
        DefenderUnitKindProvider before = m.putIfAbsent(n, p);
        if (before != null && before.getClass() != p.getClass()) {
            throw new ScenarioException("kind", "two defender unit kinds are named '" + n + "': "
                    + before.getClass().getName() + " and " + p.getClass().getName());
        }
    }

    /**
     * @param name the kind's YAML name
     * @return the fire unit template named {@code name}, or null if there is none (or it is a sensor kind)
     */
    public FireUnit fireUnit(String name) {
        DefenderUnitKindProvider p = byName.get(name);
        return p == null ? null : p.fireUnit();
    }

    /**
     * @param name the kind's YAML name
     * @return the sensor template named {@code name}, or null if there is none (or it is a fire unit kind)
     */
    public Sensor sensor(String name) {
        DefenderUnitKindProvider p = byName.get(name);
        return p == null ? null : p.sensor();
    }

    /** @return the fire unit kinds' names, built-in first */
    public List<String> fireUnitNames() {
        List<String> out = new ArrayList<>();
        byName.forEach((n, p) -> {
            if (p.fireUnit() != null) {
                out.add(n);
            }
        });
        return out;
    }

    /** @return the sensor kinds' names, built-in first */
    public List<String> sensorNames() {
        List<String> out = new ArrayList<>();
        byName.forEach((n, p) -> {
            if (p.sensor() != null) {
                out.add(n);
            }
        });
        return out;
    }

    /**
     * @param kind a built-in fire unit or sensor kind
     * @return the built-in kind's YAML name: its enum constant in kebab case
     */
    public static String name(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static DefenderUnitKindProvider provider(String name, FireUnit f, Sensor s) {
        return new DefenderUnitKindProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public FireUnit fireUnit() {
                return f;
            }

            @Override
            public Sensor sensor() {
                return s;
            }
        };
    }
}
