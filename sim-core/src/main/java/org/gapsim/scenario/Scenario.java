package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one crossing study needs: the road network, the attacking columns, the obstacles that exist anyway,
 * the fortification packages to compare, and the doctrine. Validated as a whole on construction: every
 * reference resolves, every obstacle lies on its segment, every objective is reachable. The model never checks
 * again.
 *
 * @param name              unique key of the scenario
 * @param description       one paragraph
 * @param network           the road network
 * @param vehicleTypes      the vehicle types columns may use
 * @param columns           the attacking march units
 * @param existingObstacles obstacles present in every package, the baseline included
 * @param packages          the fortification packages to compare; the baseline {@code none} is implicit and its
 *                          name reserved (a listed package named {@code none} is an error)
 * @param doctrine          the attacker's breach doctrine
 * @param march             random variation of the march
 * @param closure           when the force counts as closed
 * @param horizonMin        simulated time after which a replication stops, minutes; objectives not reached by then
 *                          count as not reached
 * @param defender          the defender's forces present in every package, the baseline included (so the baseline
 *                          is an opposed advance), and the units the {@link Coverage} shorthand stands for
 * @param clock             time of day ({@link Clock#ALWAYS_DAY}: no night)
 * @param ground            the season and the ice ({@link Ground#DEFAULT}, summer, if null)
 * @param crossingAssets    the force's pontoon bridging ({@link CrossingAssets#NONE} if null)
 * @param catalogue         the price list every package's costs are derived from ({@link CostCatalogue#NONE}, typed
 *                          costs, if null); with one, the scenario derives each package's obstacle and defender-unit
 *                          costs from it ({@link CostCatalogue#price}), replacing any cost they were built with
 */
public record Scenario(String name, String description, RoadNetwork network, List<VehicleType> vehicleTypes,
                       List<ColumnSpec> columns, List<Obstacle> existingObstacles,
                       List<FortificationPackage> packages, BreachDoctrine doctrine, MarchRules march,
                       ClosureRule closure, double horizonMin, Defender defender, Clock clock, Ground ground,
                       CrossingAssets crossingAssets, CostCatalogue catalogue) {

    /**
     * A scenario without a cost catalogue (typed costs: the form before issue 12).
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param network value of {@link #network()}
     * @param vehicleTypes value of {@link #vehicleTypes()}
     * @param columns value of {@link #columns()}
     * @param existingObstacles value of {@link #existingObstacles()}
     * @param packages value of {@link #packages()}
     * @param doctrine value of {@link #doctrine()}
     * @param march value of {@link #march()}
     * @param closure value of {@link #closure()}
     * @param horizonMin value of {@link #horizonMin()}
     * @param defender value of {@link #defender()}
     * @param clock value of {@link #clock()}
     * @param ground value of {@link #ground()}
     * @param crossingAssets value of {@link #crossingAssets()}
     */
    public Scenario(String name, String description, RoadNetwork network, List<VehicleType> vehicleTypes,
                    List<ColumnSpec> columns, List<Obstacle> existingObstacles, List<FortificationPackage> packages,
                    BreachDoctrine doctrine, MarchRules march, ClosureRule closure, double horizonMin,
                    Defender defender, Clock clock, Ground ground, CrossingAssets crossingAssets) {
        this(name, description, network, vehicleTypes, columns, existingObstacles, packages, doctrine, march, closure,
                horizonMin, defender, clock, ground, crossingAssets, null);
    }

    /**
     * A scenario without defender units, time of day, ground or pontoons (the form before issues 11 and 13).
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param network value of {@link #network()}
     * @param vehicleTypes value of {@link #vehicleTypes()}
     * @param columns value of {@link #columns()}
     * @param existingObstacles value of {@link #existingObstacles()}
     * @param packages value of {@link #packages()}
     * @param doctrine value of {@link #doctrine()}
     * @param march value of {@link #march()}
     * @param closure value of {@link #closure()}
     * @param horizonMin value of {@link #horizonMin()}
     */
    public Scenario(String name, String description, RoadNetwork network, List<VehicleType> vehicleTypes,
                    List<ColumnSpec> columns, List<Obstacle> existingObstacles, List<FortificationPackage> packages,
                    BreachDoctrine doctrine, MarchRules march, ClosureRule closure, double horizonMin) {
        this(name, description, network, vehicleTypes, columns, existingObstacles, packages, doctrine, march, closure,
                horizonMin, null, null, null, null);
    }

    /**
     * A scenario without ground or pontoons (summer, the form before issue 13).
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param network value of {@link #network()}
     * @param vehicleTypes value of {@link #vehicleTypes()}
     * @param columns value of {@link #columns()}
     * @param existingObstacles value of {@link #existingObstacles()}
     * @param packages value of {@link #packages()}
     * @param doctrine value of {@link #doctrine()}
     * @param march value of {@link #march()}
     * @param closure value of {@link #closure()}
     * @param horizonMin value of {@link #horizonMin()}
     * @param defender value of {@link #defender()}
     * @param clock value of {@link #clock()}
     */
    public Scenario(String name, String description, RoadNetwork network, List<VehicleType> vehicleTypes,
                    List<ColumnSpec> columns, List<Obstacle> existingObstacles, List<FortificationPackage> packages,
                    BreachDoctrine doctrine, MarchRules march, ClosureRule closure, double horizonMin,
                    Defender defender, Clock clock) {
        this(name, description, network, vehicleTypes, columns, existingObstacles, packages, doctrine, march, closure,
                horizonMin, defender, clock, null, null);
    }

    /**
     * Validates the scenario as a whole.
     *
     * @param name value of {@link #name()}
     * @param description value of {@link #description()}
     * @param network value of {@link #network()}
     * @param vehicleTypes value of {@link #vehicleTypes()}
     * @param columns value of {@link #columns()}
     * @param existingObstacles value of {@link #existingObstacles()}
     * @param packages value of {@link #packages()}
     * @param doctrine value of {@link #doctrine()}
     * @param march value of {@link #march()}
     * @param closure value of {@link #closure()}
     * @param horizonMin value of {@link #horizonMin()}
     * @param defender value of {@link #defender()}
     * @param clock value of {@link #clock()}
     * @param ground value of {@link #ground()}
     * @param crossingAssets value of {@link #crossingAssets()}
     * @param catalogue value of {@link #catalogue()}
     */
    public Scenario {
        defender = defender == null ? Defender.NONE : defender;
        clock = clock == null ? Clock.ALWAYS_DAY : clock;
        Check.id("name", name);
        description = description == null ? "" : description;
        Check.required("network", network);
        vehicleTypes = Check.list("vehicleTypes", vehicleTypes, Limits.MAX_VEHICLE_TYPES);
        columns = Check.list("columns", columns, Limits.MAX_COLUMNS);
        existingObstacles = Check.list("existingObstacles", existingObstacles, Limits.MAX_OBSTACLES);
        packages = Check.list("packages", packages, Limits.MAX_PACKAGES);
        doctrine = doctrine == null ? BreachDoctrine.DEFAULT : doctrine;
        march = march == null ? MarchRules.DEFAULT : march;
        closure = closure == null ? ClosureRule.ALL_COLUMNS : closure;
        Check.positive("horizonMin", horizonMin, Limits.MAX_HORIZON_MIN);
        ground = ground == null ? Ground.DEFAULT : ground;
        crossingAssets = crossingAssets == null ? CrossingAssets.NONE : crossingAssets;
        catalogue = catalogue == null ? CostCatalogue.NONE : catalogue;
        packages = priced(BudgetLayout.layAll(packages, network, vehicleTypes, columns, ground, catalogue), catalogue);
        validate(network, vehicleTypes, columns, existingObstacles, packages);
        Defender own = defender;
        RoadNetwork net = network;
        Check.within("defender", () -> checkDefender(net, own));
        for (int i = 0; i < packages.size(); i++) {
            Defender pd = packages.get(i).defender();
            Check.within("packages[" + i + "].defender", () -> checkDefender(net, pd));
            Check.within("packages[" + i + "].defender", () -> own.and(pd));   // ids unique across both
        }
        checkCarriers(vehicleTypes, columns);
        checkMines(existingObstacles, packages, doctrine.corridorWidthM());
    }

    /**
     * @param packageName the package's name
     * @return the package with this name; {@code none} is the baseline
     */
    public Optional<FortificationPackage> findPackage(String packageName) {
        for (FortificationPackage p : packages) {
            if (p.name().equals(packageName)) {
                return Optional.of(p);
            }
        }
        return FortificationPackage.BASELINE.equals(packageName) ? Optional.of(FortificationPackage.NONE) : Optional.empty();
    }

    /**
     * @param packageName the package's name
     * @return the package with this name, or a {@link ScenarioException} naming the known packages
     */
    public FortificationPackage requirePackage(String packageName) {
        return findPackage(packageName).orElseThrow(() -> new ScenarioException("package",
                "unknown package '" + packageName + "'; known: " + packageNames()));
    }

    /** @return the baseline {@code none} (listed or not) followed by every listed package name, in order */
    public List<String> packageNames() {
        List<String> names = new ArrayList<>();
        names.add(FortificationPackage.BASELINE);
        for (FortificationPackage p : packages) {
            if (!p.name().equals(FortificationPackage.BASELINE)) {
                names.add(p.name());
            }
        }
        return names;
    }

    /**
     * @param id the vehicle type's id
     * @return the vehicle type with this id
     */
    public VehicleType vehicleType(String id) {
        for (VehicleType t : vehicleTypes) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new ScenarioException("vehicleType", "unknown vehicle type '" + id + "'");
    }

    /**
     * @param newPackages the copy's packages
     * @return a copy with other packages
     */
    public Scenario withPackages(List<FortificationPackage> newPackages) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, newPackages,
                doctrine, march, closure, horizonMin, defender, clock, ground, crossingAssets, catalogue);
    }

    /**
     * @param newDoctrine the copy's doctrine
     * @return a copy with another doctrine
     */
    public Scenario withDoctrine(BreachDoctrine newDoctrine) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages,
                newDoctrine, march, closure, horizonMin, defender, clock, ground, crossingAssets, catalogue);
    }

    /**
     * @param newMarch the copy's march rules
     * @return a copy with other march rules
     */
    public Scenario withMarch(MarchRules newMarch) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages,
                doctrine, newMarch, closure, horizonMin, defender, clock, ground, crossingAssets, catalogue);
    }

    /**
     * @param newGround the copy's ground
     * @return a copy with other ground (season, ice)
     */
    public Scenario withGround(Ground newGround) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages,
                doctrine, march, closure, horizonMin, defender, clock, newGround, crossingAssets, catalogue);
    }

    /**
     * @param season the copy's season
     * @return a copy in another season, the rest of its ground kept
     */
    public Scenario withSeason(Season season) {
        return withGround(ground.withSeason(season));
    }

    /**
     * @param newAssets the copy's pontoon bridging
     * @return a copy with other pontoon bridging
     */
    public Scenario withCrossingAssets(CrossingAssets newAssets) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages,
                doctrine, march, closure, horizonMin, defender, clock, ground, newAssets, catalogue);
    }

    /**
     * @param newCatalogue the copy's cost catalogue
     * @return a copy with another cost catalogue (the packages' costs derived again from it)
     */
    public Scenario withCatalogue(CostCatalogue newCatalogue) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages,
                doctrine, march, closure, horizonMin, defender, clock, ground, crossingAssets, newCatalogue);
    }

    /**
     * @return the packages with their costs derived from {@code catalogue}; without one, a package that names
     *         catalogue items is refused
     */
    private static List<FortificationPackage> priced(List<FortificationPackage> packages, CostCatalogue catalogue) {
        List<FortificationPackage> out = new ArrayList<>(packages.size());
        for (int i = 0; i < packages.size(); i++) {
            FortificationPackage p = packages.get(i);
            if (catalogue.isEmpty() && !p.costBasis().isEmpty()) {
                throw new ScenarioException("packages[" + i + "].costBasis", "names catalogue items ('"
                        + p.costBasis().values().iterator().next().item() + "'), but the scenario has no catalogue");
            }
            out.add(Check.within("packages[" + i + "]", () -> catalogue.price(p)));
        }
        return List.copyOf(out);
    }

    /**
     * @param newColumns the copy's columns
     * @return a copy with other columns
     */
    public Scenario withColumns(List<ColumnSpec> newColumns) {
        return new Scenario(name, description, network, vehicleTypes, newColumns, existingObstacles, packages,
                doctrine, march, closure, horizonMin, defender, clock, ground, crossingAssets, catalogue);
    }

    /**
     * @param newDefender the copy's defender
     * @return a copy with another defender
     */
    public Scenario withDefender(Defender newDefender) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages,
                doctrine, march, closure, horizonMin, newDefender, clock, ground, crossingAssets, catalogue);
    }

    /**
     * @param newClock the copy's clock
     * @return a copy with another clock
     */
    public Scenario withClock(Clock newClock) {
        return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages,
                doctrine, march, closure, horizonMin, defender, newClock, ground, crossingAssets, catalogue);
    }

    private static Defender checkDefender(RoadNetwork network, Defender d) {
        for (int i = 0; i < d.sensors().size(); i++) {
            checkPosition(network, d.sensors().get(i).position(), "sensors[" + i + "].position");
        }
        for (int i = 0; i < d.fireUnits().size(); i++) {
            checkPosition(network, d.fireUnits().get(i).position(), "fireUnits[" + i + "].position");
        }
        return d;
    }

    private static void checkPosition(RoadNetwork network, UnitPosition p, String at) {
        if (p == null) {
            throw new ScenarioException(at, "is required (only a coverage template's units may omit it)");
        }
        if (p.place() != null) {
            if (network.places().stream().noneMatch(x -> x.id().equals(p.place()))) {
                throw new ScenarioException(at + ".place", "unknown place '" + p.place() + "'");
            }
            return;
        }
        Optional<RoadSegment> s = network.segment(p.segment());
        if (s.isEmpty()) {
            throw new ScenarioException(at + ".segment", "unknown segment '" + p.segment() + "'");
        }
        if (p.km() > s.get().lengthKm() + 1e-9) {
            throw new ScenarioException(at + ".km", "position " + p.km() + " km lies beyond the end of segment '"
                    + p.segment() + "' (" + s.get().lengthKm() + " km)");
        }
    }

    /** Each asset kind's carrier must be a vehicle type of the column's march order with a vehicle per item. */
    private static void checkCarriers(List<VehicleType> types, List<ColumnSpec> columns) {
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            EngineerAssets e = c.engineers();
            String at = "columns[" + i + "].engineers.";
            checkCarrier(c, e.lineCharges().carrier(), e.lineCharges().count() > 0 ? 1 : 0, at + "lineCharges.carrier");
            checkCarrier(c, e.minePloughs().carrier(), e.minePloughs().count(), at + "minePloughs.carrier");
            checkCarrier(c, e.bridgeLayers().carrier(), e.bridgeLayers().count(), at + "bridgeLayers.carrier");
            checkCarrier(c, e.earthMovers().carrier(), e.earthMovers().count(), at + "earthMovers.carrier");
            checkCarrier(c, e.mineRollers().carrier(), e.mineRollers().count(), at + "mineRollers.carrier");
            for (EngineerAssets.Extra x : e.extra()) {
                checkCarrier(c, x.carrier(), x.count(), at + "extra." + x.method() + ".carrier");
            }
        }
    }

    private static void checkCarrier(ColumnSpec c, String carrier, int needed, String at) {
        if (carrier == null) {
            return;
        }
        int have = 0;
        for (VehicleGroup g : c.marchOrder()) {
            if (g.type().equals(carrier)) {
                have += g.count();
            }
        }
        if (have == 0) {
            throw new ScenarioException(at, "vehicle type '" + carrier + "' is not in the column's march order");
        }
        if (have < needed) {
            throw new ScenarioException(at, "needs " + needed + " vehicles of type '" + carrier + "' (one per item), "
                    + "the march order holds " + have);
        }
    }

    private static void validate(RoadNetwork network, List<VehicleType> types, List<ColumnSpec> columns,
                                 List<Obstacle> existing, List<FortificationPackage> packages) {
        Set<String> typeIds = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            if (!typeIds.add(types.get(i).id())) {
                throw new ScenarioException("vehicleTypes[" + i + "].id", "duplicate id '" + types.get(i).id() + "'");
            }
        }
        if (columns.isEmpty()) {
            throw new ScenarioException("columns", "must hold at least one column");
        }
        Map<String, Place> places = new HashMap<>();
        network.places().forEach(p -> places.put(p.id(), p));
        Set<String> colIds = new HashSet<>();
        long vehicles = 0;
        for (ColumnSpec c : columns) {
            vehicles += c.vehicleCount();
        }
        if (vehicles > Limits.MAX_VEHICLES_TOTAL) {
            throw new ScenarioException("columns", "the force must hold at most " + Limits.MAX_VEHICLES_TOTAL
                    + " vehicles, all columns together" + Check.BOUND + ", held " + vehicles);
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            String at = "columns[" + i + "]";
            if (!colIds.add(c.id())) {
                throw new ScenarioException(at + ".id", "duplicate id '" + c.id() + "'");
            }
            for (int g = 0; g < c.marchOrder().size(); g++) {
                if (!typeIds.contains(c.marchOrder().get(g).type())) {
                    throw new ScenarioException(at + ".marchOrder[" + g + "].type",
                            "unknown vehicle type '" + c.marchOrder().get(g).type() + "'");
                }
            }
            if (!places.containsKey(c.start())) {
                throw new ScenarioException(at + ".start", "unknown place '" + c.start() + "'");
            }
            if (!places.containsKey(c.objective())) {
                throw new ScenarioException(at + ".objective", "unknown place '" + c.objective() + "'");
            }
            for (int k = 0; k < c.route().size(); k++) {
                String p = c.route().get(k);
                if (!places.containsKey(p)) {
                    throw new ScenarioException(at + ".route[" + k + "]", "unknown place '" + p + "'");
                }
                if (k > 0 && network.segmentBetween(c.route().get(k - 1), p).isEmpty()) {
                    throw new ScenarioException(at + ".route[" + k + "]",
                            "no road segment joins '" + c.route().get(k - 1) + "' and '" + p + "'");
                }
            }
            if (!reachable(network, c.start(), c.objective())) {
                throw new ScenarioException(at + ".objective",
                        "'" + c.objective() + "' cannot be reached by road from '" + c.start() + "'");
            }
        }
        if ((long) columns.size() * existing.size() > Limits.MAX_COLUMN_OBSTACLE_PAIRS) {
            throw new ScenarioException("existingObstacles", "columns x obstacles in play must be at most "
                    + Limits.MAX_COLUMN_OBSTACLE_PAIRS + Check.BOUND + ", was " + columns.size() + " x "
                    + existing.size());
        }
        Set<String> existingIds = new HashSet<>();
        for (int i = 0; i < existing.size(); i++) {
            checkObstacle(network, existing.get(i), "existingObstacles[" + i + "]", null);
            if (!existingIds.add(existing.get(i).id())) {
                throw new ScenarioException("existingObstacles[" + i + "].id", "duplicate id '" + existing.get(i).id() + "'");
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < packages.size(); i++) {
            FortificationPackage p = packages.get(i);
            String at = "packages[" + i + "]";
            if (p.name().equals(FortificationPackage.BASELINE)) {
                throw new ScenarioException(at + ".name", "'" + FortificationPackage.BASELINE + "' is reserved for the "
                        + "baseline (no fortification, always compared); give this package another name");
            }
            if (existing.size() + p.obstacles().size() > Limits.MAX_OBSTACLES) {
                throw new ScenarioException(at + ".obstacles", "at most " + Limits.MAX_OBSTACLES + " obstacles may be "
                        + "in play at once" + Check.BOUND + ", existing ones included; held " + existing.size()
                        + " + " + p.obstacles().size());
            }
            long inPlay = existing.size() + p.obstacles().size();
            if (columns.size() * inPlay > Limits.MAX_COLUMN_OBSTACLE_PAIRS) {
                throw new ScenarioException(at + ".obstacles", "columns x obstacles in play (existing ones included) "
                        + "must be at most " + Limits.MAX_COLUMN_OBSTACLE_PAIRS + Check.BOUND + ", was "
                        + columns.size() + " x " + inPlay);
            }
            if (!names.add(p.name())) {
                throw new ScenarioException(at + ".name", "duplicate package name '" + p.name() + "'");
            }
            Set<String> ids = new HashSet<>(existingIds);
            for (int k = 0; k < p.obstacles().size(); k++) {
                Obstacle o = p.obstacles().get(k);
                checkObstacle(network, o, at + ".obstacles[" + k + "]", p.countries());
                if (!ids.add(o.id())) {
                    throw new ScenarioException(at + ".obstacles[" + k + "].id", "duplicate obstacle id '" + o.id() + "'");
                }
            }
            Map<String, Terrain> changed = new HashMap<>();
            for (int k = 0; k < p.terrainChanges().size(); k++) {
                TerrainChange t = p.terrainChanges().get(k);
                Terrain before = changed.put(t.segment(), t.terrainBeside());
                if (before != null && before != t.terrainBeside()) {
                    throw new ScenarioException(at + ".terrainChanges[" + k + "].terrainBeside", "segment '"
                            + t.segment() + "' is already changed to " + before + " by this package, not "
                            + t.terrainBeside());
                }
                Optional<RoadSegment> s = network.segment(t.segment());
                String tat = at + ".terrainChanges[" + k + "].segment";
                if (s.isEmpty()) {
                    throw new ScenarioException(tat, "unknown segment '" + t.segment() + "'");
                }
                if (!p.countries().contains(s.get().country())) {
                    throw new ScenarioException(tat, "segment '" + t.segment() + "' lies in " + s.get().country()
                            + ", outside the package's countries " + p.countries());
                }
            }
        }
    }

    /** Bounds the mines a replication may lay out in the corridors, under each package (existing fields included). */
    private static void checkMines(List<Obstacle> existing, List<FortificationPackage> packages, double corridorM) {
        double base = mines(existing, corridorM);
        if (base > Limits.MAX_MINES_IN_CORRIDORS) {
            throw new ScenarioException("existingObstacles", tooManyMines(base, corridorM));
        }
        for (int i = 0; i < packages.size(); i++) {
            double all = base + mines(packages.get(i).obstacles(), corridorM);
            if (all > Limits.MAX_MINES_IN_CORRIDORS) {
                throw new ScenarioException("packages[" + i + "].obstacles", tooManyMines(all, corridorM));
            }
        }
    }

    private static double mines(List<Obstacle> obstacles, double corridorM) {
        double n = 0;
        for (Obstacle o : obstacles) {
            if (o instanceof Minefield m) {
                n += m.densityPerM() * corridorM;
            }
        }
        return n;
    }

    private static String tooManyMines(double mines, double corridorM) {
        return "the minefields in play hold about " + Math.round(mines) + " mines in a corridor of " + corridorM
                + " m (sum of densityPerM x doctrine.corridorWidthM), at most " + Limits.MAX_MINES_IN_CORRIDORS
                + Check.BOUND;
    }

    private static void checkObstacle(RoadNetwork network, Obstacle o, String at, List<String> countries) {
        Optional<RoadSegment> s = network.segment(o.segment());
        if (s.isEmpty()) {
            throw new ScenarioException(at + ".segment", "unknown segment '" + o.segment() + "'");
        }
        double endKm = o.positionKm() + o.laneLengthM() / 1000.0;
        if (endKm > s.get().lengthKm() + 1e-9) {
            throw new ScenarioException(at + ".positionKm", "obstacle at " + o.positionKm() + " km (extent "
                    + o.laneLengthM() + " m) runs beyond the end of segment '" + s.get().id() + "' ("
                    + s.get().lengthKm() + " km)");
        }
        if (countries != null && !countries.contains(s.get().country())) {
            throw new ScenarioException(at + ".segment", "segment '" + s.get().id() + "' lies in "
                    + s.get().country() + ", outside the package's countries " + countries);
        }
    }

    private static boolean reachable(RoadNetwork network, String from, String to) {
        Map<String, List<String>> adj = new HashMap<>();
        for (RoadSegment s : network.segments()) {
            adj.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s.to());
            adj.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s.from());
        }
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> q = new ArrayDeque<>();
        q.add(from);
        seen.add(from);
        while (!q.isEmpty()) {
            String p = q.poll();
            if (p.equals(to)) {
                return true;
            }
            for (String n : adj.getOrDefault(p, List.of())) {
                if (seen.add(n)) {
                    q.add(n);
                }
            }
        }
        return false;
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this scenario's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Scenario} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code name}: required</li>
     *   <li>{@code description}: empty</li>
     *   <li>{@code network}: required</li>
     *   <li>{@code vehicleTypes}: empty</li>
     *   <li>{@code columns}: empty (at least one column is required)</li>
     *   <li>{@code existingObstacles}: empty</li>
     *   <li>{@code packages}: empty (only the baseline {@code none})</li>
     *   <li>{@code doctrine}: {@link BreachDoctrine#DEFAULT}</li>
     *   <li>{@code march}: {@link MarchRules#DEFAULT}</li>
     *   <li>{@code closure}: {@link ClosureRule#ALL_COLUMNS}</li>
     *   <li>{@code horizonMin}: required, minutes</li>
     *   <li>{@code ground}: {@link Ground#DEFAULT} (summer)</li>
     *   <li>{@code crossingAssets}: {@link CrossingAssets#NONE}</li>
     *   <li>{@code catalogue}: {@link CostCatalogue#NONE} (typed costs)</li>
     * </ul>
     */
    public static final class Builder {
        private String name;
        private String description = "";
        private RoadNetwork network;
        private List<VehicleType> vehicleTypes = List.of();
        private List<ColumnSpec> columns = List.of();
        private List<Obstacle> existingObstacles = List.of();
        private List<FortificationPackage> packages = List.of();
        private BreachDoctrine doctrine = BreachDoctrine.DEFAULT;
        private MarchRules march = MarchRules.DEFAULT;
        private ClosureRule closure = ClosureRule.ALL_COLUMNS;
        private double horizonMin = Double.NaN;
        private Defender defender = Defender.NONE;
        private Clock clock = Clock.ALWAYS_DAY;
        private Ground ground = Ground.DEFAULT;
        private CrossingAssets crossingAssets = CrossingAssets.NONE;
        private CostCatalogue catalogue = CostCatalogue.NONE;

        private Builder() {
        }

        private Builder(Scenario r) {
            name = r.name;
            description = r.description;
            network = r.network;
            vehicleTypes = r.vehicleTypes;
            columns = r.columns;
            existingObstacles = r.existingObstacles;
            packages = r.packages;
            doctrine = r.doctrine;
            march = r.march;
            closure = r.closure;
            horizonMin = r.horizonMin;
            defender = r.defender;
            clock = r.clock;
            ground = r.ground;
            crossingAssets = r.crossingAssets;
            catalogue = r.catalogue;
        }

        /**
         * @param v new value of {@link Scenario#name()} (required)
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#description()} (default: empty)
         * @return this builder
         */
        public Builder description(String v) {
            description = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#network()} (required)
         * @return this builder
         */
        public Builder network(RoadNetwork v) {
            network = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#vehicleTypes()} (default: empty)
         * @return this builder
         */
        public Builder vehicleTypes(List<VehicleType> v) {
            vehicleTypes = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#vehicleTypes()}, element by element
         * @return this builder
         */
        public Builder vehicleTypes(VehicleType... v) {
            vehicleTypes = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link Scenario#columns()} (default: empty (at least one column is required))
         * @return this builder
         */
        public Builder columns(List<ColumnSpec> v) {
            columns = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#columns()}, element by element
         * @return this builder
         */
        public Builder columns(ColumnSpec... v) {
            columns = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link Scenario#existingObstacles()} (default: empty)
         * @return this builder
         */
        public Builder existingObstacles(List<Obstacle> v) {
            existingObstacles = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#existingObstacles()}, element by element
         * @return this builder
         */
        public Builder existingObstacles(Obstacle... v) {
            existingObstacles = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link Scenario#packages()} (default: empty (only the baseline {@code none}))
         * @return this builder
         */
        public Builder packages(List<FortificationPackage> v) {
            packages = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#packages()}, element by element
         * @return this builder
         */
        public Builder packages(FortificationPackage... v) {
            packages = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link Scenario#doctrine()} (default: {@link BreachDoctrine#DEFAULT})
         * @return this builder
         */
        public Builder doctrine(BreachDoctrine v) {
            doctrine = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#march()} (default: {@link MarchRules#DEFAULT})
         * @return this builder
         */
        public Builder march(MarchRules v) {
            march = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#closure()} (default: {@link ClosureRule#ALL_COLUMNS})
         * @return this builder
         */
        public Builder closure(ClosureRule v) {
            closure = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#ground()} (default: {@link Ground#DEFAULT})
         * @return this builder
         */
        public Builder ground(Ground v) {
            ground = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#crossingAssets()} (default: {@link CrossingAssets#NONE})
         * @return this builder
         */
        public Builder crossingAssets(CrossingAssets v) {
            crossingAssets = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#catalogue()} (default: {@link CostCatalogue#NONE}, typed costs)
         * @return this builder
         */
        public Builder catalogue(CostCatalogue v) {
            catalogue = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#horizonMin()} (required, minutes)
         * @return this builder
         */
        public Builder horizonMin(double v) {
            horizonMin = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#defender()} (default: {@link Defender#NONE})
         * @return this builder
         */
        public Builder defender(Defender v) {
            defender = v;
            return this;
        }

        /**
         * @param v new value of {@link Scenario#clock()} (default: {@link Clock#ALWAYS_DAY})
         * @return this builder
         */
        public Builder clock(Clock v) {
            clock = v;
            return this;
        }

        /** @return the new scenario, validated by the canonical constructor */
        public Scenario build() {
            return new Scenario(name, description, network, vehicleTypes, columns, existingObstacles, packages, doctrine, march, closure, horizonMin, defender, clock, ground, crossingAssets, catalogue);
        }
    }
}
