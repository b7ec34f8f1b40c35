package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scenario's price list: what a mine, a metre of ditch, a prepared bridge, a hectare of abatis, a defender unit
 * or a mine-laying system costs, each with its source or the word ASSUMPTION. With a catalogue, every obstacle and
 * defender unit a package buys names its item ({@link CostBasis}) and its cost is derived: unit price x the
 * quantity it contains ({@link #quantity}). Without one ({@link #NONE}) costs are typed by hand and every output
 * labels them "typed, not from a catalogue".
 *
 * @param items the priced items, in file order, ids unique
 */
public record CostCatalogue(List<CostItem> items) {
    /** No catalogue: costs are typed. */
    public static final CostCatalogue NONE = new CostCatalogue(List.of());

    /**
     * Default prices, each with its source (in {@code reference/breaching-history.md} and
     * {@code reference/countermobility.md}) or the word ASSUMPTION or ESTIMATE; a scenario's {@code catalogue:} list
     * adds them with the entry {@code defaults} and may replace any of them by id.
     */
    public static final CostCatalogue DEFAULTS = new CostCatalogue(List.of(
            new CostItem("at-mine-m6a2", CostUnit.PER_MINE, 600, "countermobility.md, breaching-history.md: "
                    + "Ukraine's contract for WWII-era M6A2 mines (Defense Express; MED); not a modern or Lithuanian "
                    + "price"),
            new CostItem("at-mine-with-systems", CostUnit.PER_MINE, 4_800, "ESTIMATE, breaching-history.md: "
                    + "EUR 812 M for AT mines and associated systems over ~170,000 mines (minister to the Seimas, "
                    + "9 Feb 2026; MED-LOW): an upper bound a mine, laying systems included"),
            new CostItem("at-ditch", CostUnit.PER_METRE, 100, "ESTIMATE (no published figure): a V-section of "
                    + "6 m3/m at ~EUR 10/m3 of excavation, doubled for land, spoil and drainage works"),
            new CostItem("hedgehog-line", CostUnit.PER_METRE, 720, "ASSUMPTION: 2,400 hedgehogs per km (LOW, "
                    + "unverified) x EUR 300 each (ASSUMPTION)"),
            new CostItem("abatis", CostUnit.PER_ITEM, 10_000, "ESTIMATE: ~25 trees x EUR 400 for cutting and "
                    + "charges (ASSUMPTION)"),
            new CostItem("reforestation", CostUnit.PER_HECTARE, 2_500, "ASSUMPTION: ~EUR 2,500 a hectare reforested "
                    + "(planting and tending; no published Lithuanian figure in countermobility.md or "
                    + "breaching-history.md)"),
            new CostItem("mine-laying-system", CostUnit.PER_SYSTEM, 9_500_000, "ESTIMATE: Taiwan's 14 Volcano "
                    + "mine-dispensing systems with M977A4 trucks for NT$ 4.5 bn = USD 146 M (The Defense Post, "
                    + "3 Jul 2023; MED), ~USD 10.4 M = ~EUR 9.5 M a system, trucks and support included; a "
                    + "Skorpion-type system's price is not published"),
            new CostItem("bridge-demolition", CostUnit.PER_BRIDGE, 250_000, "ASSUMPTION: chambers and charges; no "
                    + "published figure"),
            new CostItem("atgm-team", CostUnit.PER_UNIT, 2_000_000, "ESTIMATE: an ATGM team with its launchers and "
                    + "missiles (the Suwalki file's figure, from a 2021 DSCA case)"),
            new CostItem("fpv-team", CostUnit.PER_UNIT, 100_000, "ASSUMPTION: 20 FPV drones, a ground station and "
                    + "goggles"),
            new CostItem("uav-team", CostUnit.PER_UNIT, 1_000_000, "ESTIMATE: EUR 36 M for 35 mini and small UAVs "
                    + "(defbrief 2022; MED)"),
            new CostItem("ground-radar", CostUnit.PER_SYSTEM, 1_500_000, "ASSUMPTION"),
            new CostItem("observation-post", CostUnit.PER_UNIT, 200_000, "ASSUMPTION")));

    /**
     * Validates every field.
     *
     * @param items value of {@link #items()}
     */
    public CostCatalogue {
        items = Check.list("items", items, Limits.MAX_CATALOGUE_ITEMS);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!ids.add(items.get(i).id())) {
                throw new ScenarioException("items[" + i + "].id", "duplicate catalogue item '" + items.get(i).id()
                        + "'");
            }
        }
    }

    /** @return whether there is no catalogue (costs are typed) */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * @param id an item id
     * @return the item, or a {@link ScenarioException} on {@code item} naming the known items
     */
    public CostItem item(String id) {
        for (CostItem i : items) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        List<String> known = new ArrayList<>();
        items.forEach(i -> known.add(i.id()));
        throw new ScenarioException("item", "unknown catalogue item '" + id + "'; known: "
                + (known.isEmpty() ? "none (the scenario has no catalogue)" : String.join(", ", known)));
    }

    /**
     * The quantity of {@code unit} an obstacle contains: mines ({@link Minefield#mineCount()}), metres of front,
     * hectares (front x depth / 10,000), or 1 for a whole item or bridge.
     *
     * @param o    the obstacle
     * @param unit the unit its item is priced in
     * @return the quantity, or a {@link ScenarioException} on {@code item} if that unit does not fit the obstacle
     */
    public static double quantity(Obstacle o, CostUnit unit) {
        double q = Double.NaN;
        if (o instanceof Minefield m) {
            q = unit == CostUnit.PER_MINE ? m.mineCount() : Double.NaN;
        } else if (o instanceof AntiTankDitch d) {
            q = unit == CostUnit.PER_METRE ? d.frontM() : Double.NaN;
        } else if (o instanceof DragonsTeeth t) {
            q = unit == CostUnit.PER_METRE ? t.frontM() : unit == CostUnit.PER_ITEM ? 1 : Double.NaN;
        } else if (o instanceof Abatis a) {
            q = unit == CostUnit.PER_ITEM ? 1 : unit == CostUnit.PER_HECTARE ? a.frontM() * a.depthM() / 1e4
                    : Double.NaN;
        } else if (o instanceof Crater) {
            q = unit == CostUnit.PER_ITEM ? 1 : Double.NaN;
        } else if (o instanceof BridgeDemolition) {
            q = unit == CostUnit.PER_BRIDGE ? 1 : Double.NaN;
        } else if (o instanceof Obstacle.Extension x) {
            q = x.quantity(unit);
        }
        if (Double.isNaN(q)) {
            throw new ScenarioException("item", "an item priced " + kebab(unit) + " does not fit a "
                    + ObstacleKinds.typeOf(o) + " (" + fits(o) + ")");
        }
        return q;
    }

    /** @return the units an obstacle's item may be priced in, for messages */
    private static String fits(Obstacle o) {
        if (o instanceof Obstacle.Extension x) {
            List<String> units = new ArrayList<>();
            for (CostUnit u : CostUnit.values()) {
                if (!Double.isNaN(x.quantity(u))) {
                    units.add(kebab(u));
                }
            }
            return units.isEmpty() ? "it takes a typed costEur only" : "it must be " + String.join(" or ", units);
        }
        return switch (o.kind()) {
            case MINEFIELD -> "its mine must be per-mine";
            case ANTI_TANK_DITCH -> "it must be per-metre";
            case DRAGONS_TEETH -> "it must be per-metre or per-item";
            case ABATIS -> "it must be per-item or per-hectare";
            case CRATER -> "it must be per-item";
            case BRIDGE_DEMOLITION -> "it must be per-bridge";
        };
    }

    /**
     * The derived cost of an obstacle: its item's price x {@link #quantity}, plus for a minefield its laying item
     * (per mine x mines, or per system x {@link CostBasis#layingShare()}).
     *
     * @param o     the obstacle
     * @param basis the items it names
     * @return its cost, EUR; a {@link ScenarioException} naming {@code item} or {@code laying} if an item is unknown
     *         or of the wrong unit
     */
    public double costEur(Obstacle o, CostBasis basis) {
        double c;
        try {
            CostItem it = item(basis.item());
            c = it.unitCostEur() * quantity(o, it.unit());
        } catch (ScenarioException e) {   // a minefield names its item as mine
            throw o instanceof Minefield ? new ScenarioException("mine", e.getMessage().substring(
                    e.field().length() + 2)) : e;
        }
        if (basis.layingItem() != null) {
            if (!(o instanceof Minefield m)) {
                throw new ScenarioException("laying", "only a minefield has a laying item");
            }
            CostItem lay;
            try {
                lay = item(basis.layingItem());
            } catch (ScenarioException e) {
                throw new ScenarioException("laying", e.getMessage().substring(e.field().length() + 2));
            }
            if (lay.unit() == CostUnit.PER_MINE) {
                if (basis.layingShare() != 0) {
                    throw new ScenarioException("layingShare", "a laying item priced per-mine is paid per mine; "
                            + "layingShare is for a per-system item");
                }
                c += lay.unitCostEur() * m.mineCount();
            } else if (lay.unit() == CostUnit.PER_SYSTEM) {
                c += lay.unitCostEur() * basis.layingShare();
            } else {
                throw new ScenarioException("laying", "an item priced " + kebab(lay.unit()) + " does not lay mines "
                        + "(it must be per-mine or per-system)");
            }
        }
        return c;
    }

    /**
     * @param unitId the unit's id, for messages
     * @param basis  the item it names
     * @return the derived cost of one defender unit (sensor or fire unit): its item's price, EUR; the item must be
     *         priced per-unit or per-system
     */
    public double unitCostEur(String unitId, CostBasis basis) {
        CostItem it = item(basis.item());
        if (it.unit() != CostUnit.PER_UNIT && it.unit() != CostUnit.PER_SYSTEM) {
            throw new ScenarioException("item", "an item priced " + kebab(it.unit()) + " does not fit a defender "
                    + "unit (it must be per-unit or per-system)");
        }
        if (basis.layingItem() != null) {
            throw new ScenarioException("laying", "only a minefield has a laying item");
        }
        return it.unitCostEur();
    }

    /**
     * Derives the costs of everything a package buys from this catalogue: each obstacle and defender unit named in
     * {@link FortificationPackage#costBasis()} gets the cost its items and contents give. Fails, naming the field,
     * on an unknown item, an item of the wrong unit, or (with a non-empty catalogue) an obstacle or unit that names
     * no item.
     *
     * @param p the package
     * @return the package with derived costs (itself when the catalogue is empty)
     */
    public FortificationPackage price(FortificationPackage p) {
        if (isEmpty()) {
            return p;
        }
        Map<String, CostBasis> b = p.costBasis();
        List<Obstacle> obstacles = new ArrayList<>();
        for (int i = 0; i < p.obstacles().size(); i++) {
            Obstacle o = p.obstacles().get(i);
            String at = "obstacles[" + i + "]";
            CostBasis basis = b.get(o.id());
            if (basis == null) {
                throw new ScenarioException(at + (o instanceof Minefield ? ".mine" : ".item"), "is required: the "
                        + "scenario has a catalogue, so every "
                        + "obstacle names what it is made of (" + fits(o).replace("it must be", "an item") + ")");
            }
            double c = Check.within(at, () -> costEur(o, basis));
            obstacles.add(Check.within(at, () -> withCost(o, c)));
        }
        Defender d = p.defender();
        List<Sensor> sensors = new ArrayList<>();
        for (int i = 0; i < d.sensors().size(); i++) {
            Sensor s = d.sensors().get(i);
            double c = Check.within("defender.sensors[" + i + "]", () -> unitCostEur(s.id(), basisOf(b, s.id())));
            sensors.add(s.toBuilder().costEur(c).build());
        }
        List<FireUnit> fires = new ArrayList<>();
        for (int i = 0; i < d.fireUnits().size(); i++) {
            FireUnit f = d.fireUnits().get(i);
            double c = Check.within("defender.fireUnits[" + i + "]", () -> unitCostEur(f.id(), basisOf(b, f.id())));
            fires.add(f.toBuilder().costEur(c).build());
        }
        List<TerrainChange> terrain = new ArrayList<>();
        for (int i = 0; i < p.terrainChanges().size(); i++) {
            TerrainChange t = p.terrainChanges().get(i);
            double c = Check.within("terrainChanges[" + i + "]", () -> terrainCostEur(t));
            terrain.add(t.withCostEur(c));
        }
        OnWarning w = p.onWarning();
        double wc = Check.within("onWarning", () -> layingSystemsEur(w));
        // a budget equal to the contents' cost before pricing was not given (0: what they cost, now derived)
        double budget = p.budgetEur() == p.placedEur() ? 0 : p.budgetEur();
        FortificationPackage priced = p.toBuilder().budgetEur(budget).obstacles(obstacles).terrainChanges(terrain)
                .onWarning(w.withLayingSystemsEur(wc))
                .defender(d.toBuilder().sensors(sensors).fireUnits(fires).build()).build();
        if (budget != 0 && budget < priced.placedEur()) {
            throw new ScenarioException("budgetEur", "must be at least what the package places (obstacles and "
                    + "defender units, from the catalogue: " + Check.number(priced.placedEur()) + " EUR), was "
                    + Check.number(budget));
        }
        return priced;
    }

    /**
     * @param t a terrain change
     * @return its derived cost: {@link TerrainChange#hectares()} x its item's price, EUR (0 when it names no item);
     *         a {@link ScenarioException} on {@code item} if the item is unknown or not priced per-hectare
     */
    public double terrainCostEur(TerrainChange t) {
        if (t.item() == null) {
            return 0;
        }
        CostItem it = item(t.item());
        if (it.unit() != CostUnit.PER_HECTARE) {
            throw new ScenarioException("item", "an item priced " + kebab(it.unit()) + " does not fit a terrain "
                    + "change (it must be per-hectare)");
        }
        return it.unitCostEur() * t.hectares();
    }

    /**
     * @param w a package's on-warning part
     * @return what its laying systems cost: {@link OnWarning#layingSystems()} x its {@code layingSystem} item's
     *         price, EUR (0 when it names no item); a {@link ScenarioException} on {@code layingSystem} if the item
     *         is unknown or not priced per-system
     */
    public double layingSystemsEur(OnWarning w) {
        if (w.layingSystem() == null) {
            return 0;
        }
        CostItem it;
        try {
            it = item(w.layingSystem());
        } catch (ScenarioException e) {
            throw new ScenarioException("layingSystem", e.getMessage().substring(e.field().length() + 2));
        }
        if (it.unit() != CostUnit.PER_SYSTEM) {
            throw new ScenarioException("layingSystem", "an item priced " + kebab(it.unit()) + " does not fit a "
                    + "mine-laying system (it must be per-system)");
        }
        return it.unitCostEur() * w.layingSystems();
    }

    private static CostBasis basisOf(Map<String, CostBasis> b, String unitId) {
        CostBasis basis = b.get(unitId);
        if (basis == null) {
            throw new ScenarioException("item", "is required: the scenario has a catalogue, so every defender unit a "
                    + "package buys names its item (per-unit or per-system)");
        }
        return basis;
    }

    /** @return a copy of {@code o} with cost {@code c}, EUR */
    static Obstacle withCost(Obstacle o, double c) {
        if (o instanceof Obstacle.Extension x) {
            return x.withCostEur(c);
        }
        if (o instanceof Minefield m) {
            return m.toBuilder().costEur(c).build();
        } else if (o instanceof AntiTankDitch d) {
            return d.toBuilder().costEur(c).build();
        } else if (o instanceof DragonsTeeth t) {
            return t.toBuilder().costEur(c).build();
        } else if (o instanceof Abatis a) {
            return a.toBuilder().costEur(c).build();
        } else if (o instanceof Crater r) {
            return r.toBuilder().costEur(c).build();
        }
        return ((BridgeDemolition) o).toBuilder().costEur(c).build();
    }

    /**
     * What a (priced) package's money buys, one line each, for {@code gapsim show}: each obstacle and unit with the
     * quantity, item and price its cost is derived from (or "typed, not from a catalogue"), then the placed, outside
     * and budget totals.
     *
     * @param p a package of a scenario with this catalogue (its costs derived)
     * @return the lines, without line ends
     */
    public List<String> costLines(FortificationPackage p) {
        List<String> out = new ArrayList<>();
        for (Obstacle o : p.obstacles()) {
            CostBasis b = p.costBasis().get(o.id());
            String how = "typed, not from a catalogue";
            if (b != null && !isEmpty()) {
                CostItem it = item(b.item());
                how = amount(quantity(o, it.unit())) + " x " + it.id() + " at EUR " + amount(it.unitCostEur());
                if (b.layingItem() != null) {
                    CostItem lay = item(b.layingItem());
                    double q = lay.unit() == CostUnit.PER_MINE ? ((Minefield) o).mineCount() : b.layingShare();
                    how += " + " + amount(q) + " x " + lay.id() + " at EUR " + amount(lay.unitCostEur());
                }
            }
            out.add(o.id() + ": EUR " + amount(o.costEur()) + " (" + how + ")");
        }
        List<Object[]> units = new ArrayList<>();
        p.defender().sensors().forEach(u -> units.add(new Object[]{u.id(), u.costEur()}));
        p.defender().fireUnits().forEach(u -> units.add(new Object[]{u.id(), u.costEur()}));
        for (Object[] u : units) {
            CostBasis b = p.costBasis().get((String) u[0]);
            out.add(u[0] + ": EUR " + amount((Double) u[1]) + " (" + (b != null && !isEmpty() ? "1 x " + b.item()
                    : "typed, not from a catalogue") + ")");
        }
        for (TerrainChange t : p.terrainChanges()) {
            if (t.item() != null && !isEmpty()) {
                out.add("terrain " + t.segment() + ": EUR " + amount(t.costEur()) + " (" + amount(t.hectares())
                        + " ha x " + t.item() + " at EUR " + amount(item(t.item()).unitCostEur()) + ")");
            }
        }
        OnWarning w = p.onWarning();
        if (w.layingSystem() != null && !isEmpty()) {
            out.add("laying systems: EUR " + amount(w.layingSystemsEur()) + " (" + w.layingSystems() + " x "
                    + w.layingSystem() + " at EUR " + amount(item(w.layingSystem()).unitCostEur()) + ")");
        }
        out.add("placed EUR " + amount(p.placedEur()) + ", outside the model EUR " + amount(p.outsideEur())
                + ", budget EUR " + amount(p.budgetEur()));
        return out;
    }

    private static String amount(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }

    /** @return a map of the items by id, in file order */
    public Map<String, CostItem> byId() {
        Map<String, CostItem> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(i.id(), i));
        return m;
    }

    /** @return e.g. {@code per-mine} */
    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
