package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A part of a fortification plan: its money ({@link #budgetEur()}), and what the model contains of what that money
 * buys (obstacle placements, terrain changes, ISR/EW effects, defender units). It acts only on segments in its
 * {@link #countries()} (a Lithuanian package acts on Lithuanian territory only).
 *
 * <p>Money is accounted honestly: {@link #placedEur()} is what its contents cost (derived from the scenario's
 * {@link CostCatalogue} when it has one, typed otherwise), {@link #outsideEur()} the rest of the budget, spent on
 * parts of the border or items the scenario does not model. The outside money is never folded into the cost of what
 * is modelled.
 *
 * @param name            unique key ({@code none} is reserved for the baseline {@link #NONE}: a scenario refuses a
 *                        listed package of that name)
 * @param description     one line for tables
 * @param countries       ISO codes of the states whose territory it may change
 * @param budgetEur       the money of this part of the plan, EUR; at least {@link #placedEur()}; 0 (the default)
 *                        means exactly what its contents cost (nothing outside the model). With a {@code costBasis}
 *                        the check waits for the catalogue ({@link CostCatalogue#price}), and a budget equal to
 *                        what the contents cost before pricing counts as not given
 * @param obstacles       obstacles it places
 * @param terrainChanges  terrain it changes
 * @param isr             its effect on detection and coverage
 * @param defender        defender units it buys (sensors, fire units, electronic protection); their costs add to
 *                        its placed cost; its priority and coverage templates are not used (the scenario's are)
 * @param costBasis       what each obstacle and defender unit is bought as, by its id (see {@link CostBasis}); empty
 *                        when costs are typed (a scenario without a catalogue)
 * @param belts           obstacle belts it places by hand ({@link Belt}); their elements are also in {@code obstacles}
 *                        (added there when missing), so the model sees ordinary obstacles
 * @param layout          money laid out as belts by the budget-layout rule ({@link BudgetLayout}); its placed belts'
 *                        elements are also in {@code obstacles} and their items in {@code costBasis}
 * @param onWarning       its obstacles and belts that exist only if the defender is warned in time ({@link OnWarning});
 *                        each entry names one of its obstacles, belts or layout entries (all the belts it places)
 */
public record FortificationPackage(String name, String description, List<String> countries, double budgetEur,
                                   List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr,
                                   Defender defender, Map<String, CostBasis> costBasis, List<Belt> belts,
                                   BudgetLayout layout, OnWarning onWarning) {
    /** The name of the baseline package. */
    public static final String BASELINE = "none";

    /** The baseline: nothing built, no money. */
    public static final FortificationPackage NONE =
            new FortificationPackage(BASELINE, "no fortification (baseline)", List.of(), 0, List.of(), List.of(), null);

    /**
     * A package with nothing on warning (the form before dynamic obstacles existed).
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param countries value of {@link #countries()}
     * @param budgetEur value of {@link #budgetEur()}
     * @param obstacles value of {@link #obstacles()}
     * @param terrainChanges value of {@link #terrainChanges()}
     * @param isr value of {@link #isr()}
     * @param defender value of {@link #defender()}
     * @param costBasis value of {@link #costBasis()}
     * @param belts value of {@link #belts()}
     * @param layout value of {@link #layout()}
     */
    public FortificationPackage(String name, String description, List<String> countries, double budgetEur,
                                List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr,
                                Defender defender, Map<String, CostBasis> costBasis, List<Belt> belts,
                                BudgetLayout layout) {
        this(name, description, countries, budgetEur, obstacles, terrainChanges, isr, defender, costBasis, belts,
                layout, null);
    }

    /**
     * A package without belts or layout (the form before belts existed).
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param countries value of {@link #countries()}
     * @param budgetEur value of {@link #budgetEur()}
     * @param obstacles value of {@link #obstacles()}
     * @param terrainChanges value of {@link #terrainChanges()}
     * @param isr value of {@link #isr()}
     * @param defender value of {@link #defender()}
     * @param costBasis value of {@link #costBasis()}
     */
    public FortificationPackage(String name, String description, List<String> countries, double budgetEur,
                                List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr,
                                Defender defender, Map<String, CostBasis> costBasis) {
        this(name, description, countries, budgetEur, obstacles, terrainChanges, isr, defender, costBasis, null, null);
    }

    /**
     * A package that buys no defender units and whose costs are typed (the form before the defender fought).
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param countries value of {@link #countries()}
     * @param budgetEur value of {@link #budgetEur()}
     * @param obstacles value of {@link #obstacles()}
     * @param terrainChanges value of {@link #terrainChanges()}
     * @param isr value of {@link #isr()}
     */
    public FortificationPackage(String name, String description, List<String> countries, double budgetEur,
                                List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr) {
        this(name, description, countries, budgetEur, obstacles, terrainChanges, isr, null, null);
    }

    /**
     * A package whose costs are typed (no {@link CostBasis}: the form before the catalogue).
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param countries value of {@link #countries()}
     * @param budgetEur value of {@link #budgetEur()}
     * @param obstacles value of {@link #obstacles()}
     * @param terrainChanges value of {@link #terrainChanges()}
     * @param isr value of {@link #isr()}
     * @param defender value of {@link #defender()}
     */
    public FortificationPackage(String name, String description, List<String> countries, double budgetEur,
                                List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr,
                                Defender defender) {
        this(name, description, countries, budgetEur, obstacles, terrainChanges, isr, defender, null);
    }

    /**
     * Validates every field that needs no other part of the scenario.
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param countries value of {@link #countries()}
     * @param budgetEur value of {@link #budgetEur()}
     * @param obstacles value of {@link #obstacles()}
     * @param terrainChanges value of {@link #terrainChanges()}
     * @param isr value of {@link #isr()}
     * @param defender value of {@link #defender()}
     * @param costBasis value of {@link #costBasis()}
     * @param belts value of {@link #belts()}
     * @param layout value of {@link #layout()}
     * @param onWarning value of {@link #onWarning()}
     */
    public FortificationPackage {
        defender = defender == null ? Defender.NONE : defender;
        Check.id("name", name);
        description = description == null ? "" : description;
        countries = Check.list("countries", countries);
        Check.nonNegative("budgetEur", budgetEur, Limits.MAX_COST_EUR);
        obstacles = Check.list("obstacles", obstacles, Limits.MAX_OBSTACLES);
        terrainChanges = Check.list("terrainChanges", terrainChanges);
        onWarning = onWarning == null ? OnWarning.NONE : onWarning;
        isr = isr == null ? IsrEffect.NONE : isr;
        costBasis = costBasis == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(
                Check.map("costBasis", costBasis)));
        belts = Check.list("belts", belts == null ? List.of() : belts, Limits.MAX_OBSTACLES);
        layout = layout == null ? BudgetLayout.NONE : layout;
        if (!belts.isEmpty() || !layout.isEmpty()) {
            Map<String, Obstacle> byId = new HashMap<>();
            List<Obstacle> all = new ArrayList<>(obstacles);
            obstacles.forEach(o -> byId.put(o.id(), o));
            belts = synced(belts, byId, all);
            List<BudgetLayout.Entry> entries = new ArrayList<>();
            Map<String, CostBasis> basis = new LinkedHashMap<>(costBasis);
            for (BudgetLayout.Entry e : layout.entries()) {
                List<Belt> laid = synced(e.placed(), byId, all);
                entries.add(e.inCountries(countries).withPlaced(laid));
                e.basis().forEach(basis::putIfAbsent);
            }
            layout = new BudgetLayout(layout.borderKm(), entries);
            obstacles = Check.list("obstacles", all, Limits.MAX_OBSTACLES);
            costBasis = Collections.unmodifiableMap(basis);
            double laidEur = 0;
            for (Belt b : layout.belts()) {
                laidEur += b.costEur();
            }
            double needed = placed(obstacles, defender, terrainChanges, onWarning) - laidEur + layout.eur();
            if (budgetEur == 0) {
                budgetEur = needed;
            } else if (budgetEur < needed * (1 - 1e-12)) {
                throw new ScenarioException("budgetEur", "must be at least what the package places by hand plus "
                        + "the money its layout lays out (" + Check.number(needed) + " EUR), was "
                        + Check.number(budgetEur));
            }
        }
        double placed = placed(obstacles, defender, terrainChanges, onWarning);
        if (!(placed <= Limits.MAX_COST_EUR)) {
            throw new ScenarioException("budgetEur", "what the package places (obstacles and defender units) must "
                    + "cost at most " + Check.number(Limits.MAX_COST_EUR) + " EUR" + Check.BOUND + ", was " + placed);
        }
        if (budgetEur == 0) {
            budgetEur = placed;
        } else if (budgetEur < placed && costBasis.isEmpty()) {   // named costs are checked once derived
            throw new ScenarioException("budgetEur", "must be at least what the package places (obstacles and "
                    + "defender units: " + Check.number(placed) + " EUR), was " + Check.number(budgetEur));
        }
        Set<String> contents = new HashSet<>();
        obstacles.forEach(o -> contents.add(o.id()));
        Set<String> targets = new HashSet<>(contents);
        belts.forEach(b -> targets.add(b.id()));
        layout.belts().forEach(b -> targets.add(b.id()));
        layout.entries().forEach(e -> targets.add(e.id()));
        for (int i = 0; i < onWarning.entries().size(); i++) {
            String t = onWarning.entries().get(i).target();
            if (!targets.contains(t)) {
                throw new ScenarioException("onWarning.entries[" + i + "].target", "names '" + t
                        + "', which is neither an obstacle, a belt nor a layout entry of the package");
            }
        }
        defender.sensors().forEach(u -> contents.add(u.id()));
        defender.fireUnits().forEach(u -> contents.add(u.id()));
        for (String id : costBasis.keySet()) {
            if (!contents.contains(id)) {
                throw new ScenarioException("costBasis", "names '" + id + "', which is neither an obstacle nor a "
                        + "defender unit of the package");
            }
        }
    }

    /**
     * @return {@code belts} with each element replaced by the obstacle of the same id in {@code byId} (the listed one,
     *         which may carry a derived cost), or added to {@code all} when none is listed
     */
    private static List<Belt> synced(List<Belt> belts, Map<String, Obstacle> byId, List<Obstacle> all) {
        List<Belt> out = new ArrayList<>(belts.size());
        for (Belt b : belts) {
            List<Obstacle> els = new ArrayList<>(b.elements().size());
            for (Obstacle o : b.elements()) {
                Obstacle listed = byId.putIfAbsent(o.id(), o);
                if (listed == null) {
                    all.add(o);
                    els.add(o);
                } else if (CostCatalogue.withCost(listed, o.costEur()).equals(o)) {
                    els.add(listed);
                } else {
                    throw new ScenarioException("belts", "belt " + b.id() + "'s element " + o.id()
                            + " has the id of another obstacle of the package");
                }
            }
            out.add(new Belt(b.id(), b.segment(), b.positionKm(), b.frontM(), b.flanks(), b.gapM(), b.effect(), els));
        }
        return out;
    }

    /**
     * @param l a layout (its belts placed by {@link BudgetLayout})
     * @return a copy with this layout instead of the present one: the present layout's belts leave the obstacles and
     *         the cost basis, and the entries of {@link #onWarning()} that name them or its entries leave with them
     */
    public FortificationPackage withLayout(BudgetLayout l) {
        Set<String> old = new HashSet<>();
        layout.belts().forEach(b -> b.elements().forEach(o -> old.add(o.id())));
        Map<String, CostBasis> basis = new LinkedHashMap<>(costBasis);
        basis.keySet().removeAll(old);
        return new FortificationPackage(name, description, countries, budgetEur,
                obstacles.stream().filter(o -> !old.contains(o.id())).toList(), terrainChanges, isr, defender, basis,
                belts, l, onWarningWithout(l));
    }

    /**
     * @return {@link #onWarning()} without the entries that name the present layout's entries or belts, unless
     *         {@code l} has an entry of the same id (they leave with the layout, as its belts leave the obstacles)
     */
    private OnWarning onWarningWithout(BudgetLayout l) {
        if (onWarning.isEmpty() || layout.isEmpty()) {
            return onWarning;
        }
        Set<String> gone = new HashSet<>();
        layout.entries().forEach(e -> gone.add(e.id()));
        layout.belts().forEach(b -> gone.add(b.id()));
        l.entries().forEach(e -> gone.remove(e.id()));
        List<OnWarning.Entry> kept = onWarning.entries().stream().filter(e -> !gone.contains(e.target())).toList();
        return kept.size() == onWarning.entries().size() ? onWarning
                : new OnWarning(onWarning.warningDelayMin(), onWarning.layingSystems(), kept);
    }

    /** @return every belt it places: by hand, then laid out */
    public List<Belt> allBelts() {
        List<Belt> out = new ArrayList<>(belts);
        out.addAll(layout.belts());
        return out;
    }

    private static double placed(List<Obstacle> obstacles, Defender defender, List<TerrainChange> terrain,
                                 OnWarning warned) {
        double c = defender.costEur() + (warned == null ? 0 : warned.layingSystemsEur());
        for (TerrainChange t : terrain) {
            c += t.costEur();
        }
        for (Obstacle o : obstacles) {
            c += o.costEur();
        }
        return c;
    }

    /**
     * @return what its contents cost: obstacles, defender units, priced terrain changes and laying systems, EUR (from
     *         the catalogue when it has one)
     */
    public double placedEur() {
        return placed(obstacles, defender, terrainChanges, onWarning);
    }

    /**
     * @return the money of its budget spent outside the model (parts of the border or items the scenario does not
     *         model): {@link #budgetEur()} - {@link #placedEur()}, EUR, at least 0
     */
    public double outsideEur() {
        return Math.max(0, budgetEur - placedEur());
    }

    /** @return the fraction of its budget placed in the model, in [0, 1]; 1 for a package with no money */
    public double placedFraction() {
        return budgetEur > 0 ? placedEur() / budgetEur : 1;
    }

    /**
     * @return whether every obstacle and defender unit it buys names a catalogue item (so its cost is derived, not
     *         typed); true for a package that buys nothing
     */
    public boolean costsFromCatalogue() {
        for (Obstacle o : obstacles) {
            if (!costBasis.containsKey(o.id())) {
                return false;
            }
        }
        for (Sensor u : defender.sensors()) {
            if (!costBasis.containsKey(u.id())) {
                return false;
            }
        }
        for (FireUnit u : defender.fireUnits()) {
            if (!costBasis.containsKey(u.id())) {
                return false;
            }
        }
        return true;
    }

    /** @return its whole money, EUR: {@link #budgetEur()} (placed and outside the model together) */
    public double costEur() {
        return budgetEur;
    }

    /**
     * Combines packages into one: obstacles and terrain changes are concatenated (an obstacle id present in two
     * parts is kept once), budgets add up, ISR effects combine, cost bases merge. Combine the elementary parts: a
     * part reached through two combined packages would have its budget and ISR effect counted twice (the scenario
     * loader's {@code includes} combine each part once).
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
        Map<String, CostBasis> basis = new LinkedHashMap<>();
        double outside = 0;
        IsrEffect isr = IsrEffect.NONE;
        Defender defender = Defender.NONE;
        List<Belt> belts = new ArrayList<>();
        List<BudgetLayout.Entry> entries = new ArrayList<>();
        Set<String> beltIds = new HashSet<>();
        double borderKm = Double.NaN;
        OnWarning warned = OnWarning.NONE;
        for (FortificationPackage p : parts) {
            warned = warned.and(p.onWarning);
            for (Belt b : p.belts) {
                if (beltIds.add(b.id())) {
                    belts.add(b);
                }
            }
            for (BudgetLayout.Entry e : p.layout.entries()) {
                if (beltIds.add("layout " + e.id())) {
                    entries.add(e);
                }
            }
            borderKm = Double.isNaN(borderKm) ? p.layout.borderKm() : borderKm;
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
            p.costBasis.forEach(basis::putIfAbsent);
            outside += p.outsideEur();
            isr = isr.and(p.isr);
        }
        double placed = placed(obstacles, defender, terrain, warned);
        return new FortificationPackage(name, description, List.copyOf(countries), outside > 0 ? placed + outside : 0,
                obstacles, terrain, isr, defender, basis, belts, new BudgetLayout(borderKm, entries), warned);
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
     *   <li>{@code budgetEur}: 0 EUR (what its contents cost)</li>
     *   <li>{@code obstacles}: empty</li>
     *   <li>{@code terrainChanges}: empty</li>
     *   <li>{@code isr}: {@link IsrEffect#NONE}</li>
     *   <li>{@code defender}: {@link Defender#NONE}</li>
     *   <li>{@code costBasis}: empty (typed costs)</li>
     * </ul>
     */
    public static final class Builder {
        private String name;
        private String description = "";
        private List<String> countries = List.of();
        private double budgetEur = 0;
        private List<Obstacle> obstacles = List.of();
        private List<TerrainChange> terrainChanges = List.of();
        private IsrEffect isr = IsrEffect.NONE;
        private Defender defender = Defender.NONE;
        private Map<String, CostBasis> costBasis = Map.of();
        private List<Belt> belts = List.of();
        private BudgetLayout layout = BudgetLayout.NONE;
        private OnWarning onWarning = OnWarning.NONE;

        private Builder() {
        }

        private Builder(FortificationPackage r) {
            name = r.name;
            description = r.description;
            countries = r.countries;
            budgetEur = r.budgetEur;
            obstacles = r.obstacles;
            terrainChanges = r.terrainChanges;
            isr = r.isr;
            defender = r.defender;
            costBasis = r.costBasis;
            belts = r.belts;
            layout = r.layout;
            onWarning = r.onWarning;
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
         * @param v new value of {@link FortificationPackage#budgetEur()} (default: 0 EUR, what its contents cost)
         * @return this builder
         */
        public Builder budgetEur(double v) {
            budgetEur = v;
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
         * @param v new value of {@link FortificationPackage#costBasis()} (default: empty, typed costs)
         * @return this builder
         */
        public Builder costBasis(Map<String, CostBasis> v) {
            costBasis = v;
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

        /**
         * @param v new value of {@link FortificationPackage#layout()} (default: {@link BudgetLayout#NONE})
         * @return this builder
         */
        public Builder layout(BudgetLayout v) {
            layout = v;
            return this;
        }

        /**
         * @param v new value of {@link FortificationPackage#onWarning()} (default: {@link OnWarning#NONE})
         * @return this builder
         */
        public Builder onWarning(OnWarning v) {
            onWarning = v;
            return this;
        }

        /** @return the new package, validated by the canonical constructor */
        public FortificationPackage build() {
            return new FortificationPackage(name, description, countries, budgetEur, obstacles, terrainChanges, isr,
                    defender, costBasis, belts, layout, onWarning);
        }
    }
}
