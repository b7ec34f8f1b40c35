package org.gapsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A set of obstacle placements, terrain changes and ISR/EW effects, with a cost. It acts only on segments in its
 * {@link #countries()} (a Lithuanian package acts on Lithuanian territory only).
 *
 * @param name            unique key ({@code none} is reserved for the baseline {@link #NONE}: a scenario refuses a
 *                        listed package of that name)
 * @param description     one line for tables
 * @param countries       ISO codes of the states whose territory it may change
 * @param otherCostEur    cost not carried by its obstacles (ISR, EW, reforestation), EUR
 * @param obstacles       obstacles it places
 * @param terrainChanges  terrain it changes
 * @param isr             its effect on detection and coverage
 * @param defender        defender units it buys (sensors, fire units, electronic protection); their costs add to
 *                        its cost; its priority and coverage templates are not used (the scenario's are)
 * @param belts           obstacle belts it places ({@link Belt}); their elements are also in {@code obstacles}
 *                        (added there when missing), so the model sees ordinary obstacles
 */
public record FortificationPackage(String name, String description, List<String> countries, double otherCostEur,
                                   List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr,
                                   Defender defender, List<Belt> belts) {
    /** The name of the baseline package. */
    public static final String BASELINE = "none";

    /** The baseline: nothing built. */
    public static final FortificationPackage NONE =
            new FortificationPackage(BASELINE, "no fortification (baseline)", List.of(), 0, List.of(), List.of(), null);

    /** A package without belts (the form before belts existed). */
    public FortificationPackage(String name, String description, List<String> countries, double otherCostEur,
                                List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr,
                                Defender defender) {
        this(name, description, countries, otherCostEur, obstacles, terrainChanges, isr, defender, List.of());
    }

    /** A package that buys no defender units (the form before the defender fought). */
    public FortificationPackage(String name, String description, List<String> countries, double otherCostEur,
                                List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr) {
        this(name, description, countries, otherCostEur, obstacles, terrainChanges, isr, null);
    }

    /** Validates every field that needs no other part of the scenario. */
    public FortificationPackage {
        defender = defender == null ? Defender.NONE : defender;
        Check.id("name", name);
        description = description == null ? "" : description;
        countries = Check.list("countries", countries);
        Check.nonNegative("otherCostEur", otherCostEur, Limits.MAX_COST_EUR);
        obstacles = Check.list("obstacles", obstacles, Limits.MAX_OBSTACLES);
        terrainChanges = Check.list("terrainChanges", terrainChanges);
        isr = isr == null ? IsrEffect.NONE : isr;
        belts = Check.list("belts", belts == null ? List.of() : belts, Limits.MAX_OBSTACLES);
        obstacles = withBeltElements(obstacles, belts);
        double total = otherCostEur + defender.costEur();
        for (Obstacle o : obstacles) {
            total += o.costEur();
        }
        if (!(total <= Limits.MAX_COST_EUR)) {
            throw new ScenarioException("otherCostEur", "the package's total cost (obstacles plus otherCostEur) must be "
                    + "at most " + Check.number(Limits.MAX_COST_EUR) + " EUR" + Check.BOUND + ", was " + total);
        }
    }

    /** @return {@code obstacles} followed by every belt element not already among them (by id) */
    private static List<Obstacle> withBeltElements(List<Obstacle> obstacles, List<Belt> belts) {
        if (belts.isEmpty()) {
            return obstacles;
        }
        java.util.Map<String, Obstacle> byId = new java.util.HashMap<>();
        obstacles.forEach(o -> byId.put(o.id(), o));
        List<Obstacle> all = new ArrayList<>(obstacles);
        for (Belt b : belts) {
            for (Obstacle o : b.elements()) {
                Obstacle prev = byId.putIfAbsent(o.id(), o);
                if (prev == null) {
                    all.add(o);
                } else if (!prev.equals(o)) {
                    throw new ScenarioException("belts", "belt " + b.id() + "'s element " + o.id()
                            + " has the id of another obstacle of the package");
                }
            }
        }
        return Check.list("obstacles", all, Limits.MAX_OBSTACLES);
    }

    /** @return total cost: obstacles, defender units and other cost, EUR */
    public double costEur() {
        double c = otherCostEur + defender.costEur();
        for (Obstacle o : obstacles) {
            c += o.costEur();
        }
        return c;
    }

    /**
     * Combines packages into one: obstacles and terrain changes are concatenated (an obstacle id present in two
     * parts is kept once), costs add up, ISR effects combine. Combine the elementary parts: a part reached through
     * two combined packages would have its {@code otherCostEur} and ISR effect counted twice (the scenario loader's
     * {@code includes} combine each part once).
     *
     * @param name        name of the combination
     * @param description its description
     * @param parts       the packages to combine
     * @return the combination
     */
    public static FortificationPackage combine(String name, String description, List<FortificationPackage> parts) {
        LinkedHashSet<String> countries = new LinkedHashSet<>();
        List<Obstacle> obstacles = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<TerrainChange> terrain = new ArrayList<>();
        double other = 0;
        IsrEffect isr = IsrEffect.NONE;
        Defender defender = Defender.NONE;
        List<Belt> belts = new ArrayList<>();
        LinkedHashSet<String> beltIds = new LinkedHashSet<>();
        for (FortificationPackage p : parts) {
            for (Belt b : p.belts) {
                if (beltIds.add(b.id())) {
                    belts.add(b);
                }
            }
            defender = defender.and(withoutUnitsOf(p.defender, defender));
            countries.addAll(p.countries);
            for (Obstacle o : p.obstacles) {
                if (seen.add(o.id())) {
                    obstacles.add(o);
                }
            }
            for (TerrainChange t : p.terrainChanges) {
                if (!terrain.contains(t)) {
                    terrain.add(t);
                }
            }
            other += p.otherCostEur;
            isr = isr.and(p.isr);
        }
        return new FortificationPackage(name, description, List.copyOf(countries), other, obstacles, terrain, isr,
                defender, belts);
    }

    /** @return {@code d} without the units whose ids {@code seen} already holds (a unit in two parts counts once) */
    private static Defender withoutUnitsOf(Defender d, Defender seen) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        seen.sensors().forEach(u -> ids.add(u.id()));
        seen.fireUnits().forEach(u -> ids.add(u.id()));
        return d.toBuilder().sensors(d.sensors().stream().filter(u -> !ids.contains(u.id())).toList())
                .fireUnits(d.fireUnits().stream().filter(u -> !ids.contains(u.id())).toList()).build();
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this package's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link FortificationPackage} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code name}: required</li>
     *   <li>{@code description}: empty</li>
     *   <li>{@code countries}: empty</li>
     *   <li>{@code otherCostEur}: 0 EUR</li>
     *   <li>{@code obstacles}: empty</li>
     *   <li>{@code terrainChanges}: empty</li>
     *   <li>{@code isr}: {@link IsrEffect#NONE}</li>
     * </ul>
     */
    public static final class Builder {
        private String name;
        private String description = "";
        private List<String> countries = List.of();
        private double otherCostEur = 0;
        private List<Obstacle> obstacles = List.of();
        private List<TerrainChange> terrainChanges = List.of();
        private IsrEffect isr = IsrEffect.NONE;
        private Defender defender = Defender.NONE;
        private List<Belt> belts = List.of();

        private Builder() {
        }

        private Builder(FortificationPackage r) {
            name = r.name;
            description = r.description;
            countries = r.countries;
            otherCostEur = r.otherCostEur;
            obstacles = r.obstacles;
            terrainChanges = r.terrainChanges;
            isr = r.isr;
            defender = r.defender;
            belts = r.belts;
        }

        /**
         * @param v new value of {@link FortificationPackage#name()} (required)
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#description()} (default: empty)
         * @return this builder
         */
        public Builder description(String v) {
            description = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#countries()} (default: empty)
         * @return this builder
         */
        public Builder countries(List<String> v) {
            countries = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#countries()}, element by element
         * @return this builder
         */
        public Builder countries(String... v) {
            countries = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#otherCostEur()} (default: 0 EUR)
         * @return this builder
         */
        public Builder otherCostEur(double v) {
            otherCostEur = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#obstacles()} (default: empty)
         * @return this builder
         */
        public Builder obstacles(List<Obstacle> v) {
            obstacles = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#obstacles()}, element by element
         * @return this builder
         */
        public Builder obstacles(Obstacle... v) {
            obstacles = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#terrainChanges()} (default: empty)
         * @return this builder
         */
        public Builder terrainChanges(List<TerrainChange> v) {
            terrainChanges = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#terrainChanges()}, element by element
         * @return this builder
         */
        public Builder terrainChanges(TerrainChange... v) {
            terrainChanges = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#isr()} (default: {@link IsrEffect#NONE})
         * @return this builder
         */
        public Builder isr(IsrEffect v) {
            isr = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#defender()} (default: {@link Defender#NONE})
         * @return this builder
         */
        public Builder defender(Defender v) {
            defender = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#belts()} (default: empty)
         * @return this builder
         */
        public Builder belts(List<Belt> v) {
            belts = v;
            return this;
        }

        /** @return the new package, validated by the canonical constructor */
        public FortificationPackage build() {
            return new FortificationPackage(name, description, countries, otherCostEur, obstacles, terrainChanges, isr, defender,
                    belts);
        }
    }
}
