package org.gapsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The kinds of {@link Obstacle} a scenario file may name as {@code type}: the six built-in ones first (each an
 * {@link ObstacleKindProvider} too, named like its {@link ObstacleKind} in kebab case), then the user's, found
 * through {@link ServiceLoader} ({@link #load}) or passed in ({@link #of}). Immutable once made.
 */
public final class ObstacleKinds {
    private final Map<String, ObstacleKindProvider> byName;

    private ObstacleKinds(Map<String, ObstacleKindProvider> byName) {
        this.byName = byName;
    }

    /** @return the built-in kinds only */
    public static ObstacleKinds builtIn() {
        Map<String, ObstacleKindProvider> m = new LinkedHashMap<>();
        for (ObstacleKindProvider p : BUILT_IN) {
            m.put(p.name(), p);
        }
        return new ObstacleKinds(m);
    }

    /**
     * An explicit registry, without looking at the class path.
     *
     * @param providers the user's kinds
     * @return the built-in kinds and {@code providers}
     * @throws ScenarioException (field {@code type}) if a provider has an invalid name or reuses one
     */
    public static ObstacleKinds of(ObstacleKindProvider... providers) {
        Map<String, ObstacleKindProvider> m = new LinkedHashMap<>(builtIn().byName);
        for (ObstacleKindProvider p : providers) {
            add(m, p);
        }
        return new ObstacleKinds(m);
    }

    /**
     * @param loader class loader to search (the context class loader, else this class's, if null)
     * @return the built-in kinds and every provider on the class path
     * @throws ScenarioException (field {@code type}) if a provider cannot be loaded, has an invalid name or reuses
     *                           a name
     */
    public static ObstacleKinds load(ClassLoader loader) {
        ClassLoader l = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        if (l == null) {
            l = ObstacleKinds.class.getClassLoader();
        }
        Map<String, ObstacleKindProvider> m = new LinkedHashMap<>(builtIn().byName);
        try {
            for (ObstacleKindProvider p : ServiceLoader.load(ObstacleKindProvider.class, l)) {
                add(m, p);
            }
        } catch (java.util.ServiceConfigurationError e) {
            throw new ScenarioException("type", "an obstacle kind provider cannot be loaded: " + e.getMessage());
        }
        return new ObstacleKinds(m);
    }

    private static void add(Map<String, ObstacleKindProvider> m, ObstacleKindProvider p) {
        String n = p.name();
        if (n == null || !n.matches("[a-z][a-z0-9-]*")) {
            throw new ScenarioException("type", "obstacle kind provider " + p.getClass().getName()
                    + " has the invalid name '" + n + "'");
        }
        ObstacleKindProvider before = m.putIfAbsent(n, p);
        if (before != null && before.getClass() != p.getClass()) {
            throw new ScenarioException("type", "two obstacle kinds are named '" + n + "': "
                    + before.getClass().getName() + " and " + p.getClass().getName());
        }
    }

    /**
     * @param name the kind's YAML {@code type}
     * @return the provider of this name, or null
     */
    public ObstacleKindProvider find(String name) {
        return byName.get(name);
    }

    /** @return the names, built-in first */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /**
     * Checks what the model asks of a user's obstacle: counted as a lane obstacle kind (not a minefield or a blown
     * bridge), at least one breach method and none twice.
     *
     * @param x the obstacle
     * @throws ScenarioException naming {@code type} or {@code breachMethods}
     */
    public static void check(Obstacle.Extension x) {
        ObstacleKind k = x.kind();
        if (k == null || k == ObstacleKind.MINEFIELD || k == ObstacleKind.BRIDGE_DEMOLITION) {
            throw new ScenarioException("type", "obstacle kind '" + x.type() + "' is counted as " + k
                    + "; a user's kind is counted as anti-tank-ditch, dragons-teeth, abatis or crater (the model's "
                    + "minefield and gap rules need their own records)");
        }
        List<BreachMethod> ms = x.breachMethods();
        boolean ok = ms != null && !ms.isEmpty();
        for (int i = 0; ok && i < ms.size(); i++) {
            ok = ms.get(i) != null && ms.indexOf(ms.get(i)) == i;
        }
        if (!ok) {
            throw new ScenarioException("breachMethods", "obstacle kind '" + x.type() + "' must name at least one "
                    + "breach method, each once, found " + ms);
        }
    }

    /** The six built-in kinds, read field by field in the order the reader always used (same messages). */
    private static final List<ObstacleKindProvider> BUILT_IN = List.of(
            builtIn(ObstacleKind.MINEFIELD, List.of("frontM", "depthM", "rows", "densityPerM", "fuze", "layout"),
                    (id, seg, pos, cov, cost, f) -> {
                        double front = f.number("frontM");
                        double depth = f.number("depthM");
                        int rows = f.integer("rows", 1);
                        double density = f.number("densityPerM");
                        Fuze fuze = f.choice("fuze", Fuze.class);
                        MineLayout layout = f.choice("layout", MineLayout.class, MineLayout.RANDOM);
                        return new Minefield(id, seg, pos, cov, cost, front, depth, rows, density, fuze, layout);
                    }),
            builtIn(ObstacleKind.ANTI_TANK_DITCH, List.of("widthM", "depthM", "frontM"),
                    (id, seg, pos, cov, cost, f) -> {
                        double width = f.number("widthM");
                        double depth = f.number("depthM");
                        double front = f.number("frontM");
                        return new AntiTankDitch(id, seg, pos, cov, cost, width, depth, front);
                    }),
            builtIn(ObstacleKind.DRAGONS_TEETH, List.of("depthM", "frontM"),
                    (id, seg, pos, cov, cost, f) -> {
                        double depth = f.number("depthM");
                        double front = f.number("frontM");
                        return new DragonsTeeth(id, seg, pos, cov, cost, depth, front);
                    }),
            builtIn(ObstacleKind.ABATIS, List.of("depthM"),
                    (id, seg, pos, cov, cost, f) -> new Abatis(id, seg, pos, cov, cost, f.number("depthM"))),
            builtIn(ObstacleKind.CRATER, List.of("diameterM", "depthM"),
                    (id, seg, pos, cov, cost, f) -> {
                        double diameter = f.number("diameterM");
                        double depth = f.number("depthM");
                        return new Crater(id, seg, pos, cov, cost, diameter, depth);
                    }),
            builtIn(ObstacleKind.BRIDGE_DEMOLITION, List.of("gapM", "depthM", "currentMps", "bankHeightM"),
                    (id, seg, pos, cov, cost, f) -> {
                        double gap = f.number("gapM");
                        double depth = f.number("depthM", BridgeDemolition.DEFAULT_DEPTH_M);
                        double current = f.number("currentMps", BridgeDemolition.DEFAULT_CURRENT_MPS);
                        double banks = f.number("bankHeightM", BridgeDemolition.DEFAULT_BANK_HEIGHT_M);
                        return new BridgeDemolition(id, seg, pos, cov, cost, gap, depth, current, banks);
                    }));

    /** How a built-in kind makes its record. */
    private interface Make {
        Obstacle make(String id, String segment, double positionKm, Coverage coverage, double costEur,
                      ObstacleFields fields);
    }

    /**
     * @param kind a built-in obstacle kind
     * @return the built-in kind's YAML name: its enum constant in kebab case
     */
    public static String name(ObstacleKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * @param o an obstacle
     * @return the YAML {@code type} of {@code o}: its provider's name ({@link #name(ObstacleKind)} for a built-in)
     */
    public static String typeOf(Obstacle o) {
        return o instanceof Obstacle.Extension x ? x.type() : name(o.kind());
    }

    private static ObstacleKindProvider builtIn(ObstacleKind kind, List<String> fields, Make make) {
        String name = name(kind);
        return new ObstacleKindProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> fieldNames() {
                return fields;
            }

            @Override
            public Obstacle create(String id, String segment, double positionKm, Coverage coverage, double costEur,
                                   ObstacleFields f) {
                return make.make(id, segment, positionKm, coverage, costEur, f);
            }
        };
    }
}
