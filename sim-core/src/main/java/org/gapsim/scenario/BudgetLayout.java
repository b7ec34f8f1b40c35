package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import org.gapsim.scenario.internal.RoadRoutes;
import org.jgrapht.Graph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A package's money laid out as mine belts on the avenues into the gap by a fixed rule
 * (docs/scenario-format.md#budget-layout), instead of fields placed by hand.
 *
 * <p><b>Avenue.</b> Each column's route (its {@code route}, or the shortest road route by length) that enters the
 * package's territory gives one avenue: the route's segments from the first place where it enters a segment of
 * one of the package's {@link FortificationPackage#countries()} (km 0, normally a border crossing), up to where it
 * leaves that territory or ends. Then every other entry place (joining a segment outside the territory to one
 * inside) gives one along the shortest road route inside the territory to the nearest column objective. Avenues
 * entering by the same segment are counted once (the first). Positions on an avenue are km from its entry.
 *
 * <p><b>Integrated with the package's own demolitions.</b> Then each column's route is followed past the package's
 * own <em>route-closing</em> obstacles (those that cannot be driven round, {@code frontM} infinite: a demolished
 * bridge) as the model's rerouting does: at the first segment of the route holding one the column turns back to that
 * segment's near place and takes the fastest road route from there to its objective at its top road speed (a road's
 * time: length / min(its speed limit, the slowest road speed of the column's vehicle types), as
 * {@code CrossingPlan.shortestRoute}) that avoids every closed segment met so far; repeated until the route meets none
 * or no route is left. Each such route (the part driven before the turn, then the detour) gives one more avenue,
 * named {@code <entry>-via-<first place after the turn>}, unless an earlier avenue has the same segments. So the
 * demolitions turn a column into mined ground, not round it (obstacles sited with each other: FM 90-7).
 *
 * <p><b>Rule, per entry.</b> An avenue mines only ground no earlier avenue of the same entry holds: its echelon
 * segments are those it crosses between the echelon's edges, less those of earlier avenues that got money (a detour
 * shares the ground before its turn with the route it leaves). (1) On each avenue the belt's front is taken from the
 * ground where its echelon begins (its first echelon segment of its own): twice the segment's
 * {@link RoadSegment#openWidthM()} (the belt spans the open ground and is tied in on both flanks) where it is
 * bounded, else the doctrinal field front of {@link Effect#frontM} (open flanks). (2) The money is split between
 * avenues in proportion to those fronts. (3) Each avenue buys whole belts of one minefield at the effect's density,
 * rows and depth, priced by the catalogue ({@link CostCatalogue#costEur}), placed from the echelon's start every
 * depth + {@code spacingM} while they fit inside the echelon (a belt that would straddle two segments, or lie on a
 * segment an earlier avenue holds, is moved to the start of the next segment). (4) Money an avenue cannot use (less
 * than a belt left, or the echelon full) is not placed: it is the package's money spent outside the modelled avenues
 * ({@link FortificationPackage#outsideEur()}).
 *
 * @param borderKm length of the border the package's countries defend, km (NaN if not given); reported against the
 *                 modelled avenues' front, never used to place anything
 * @param entries  the money to lay out, in order
 */
public record BudgetLayout(double borderKm, List<Entry> entries) {
    /** No layout. */
    public static final BudgetLayout NONE = new BudgetLayout(Double.NaN, List.of());

    /**
     * Validates every field.
     *
     * @param borderKm value of {@link #borderKm()}
     * @param entries value of {@link #entries()}
     */
    public BudgetLayout {
        if (!Double.isNaN(borderKm)) {
            Check.positive("borderKm", borderKm, Limits.MAX_LENGTH_KM);
        }
        entries = Check.list("layout", entries == null ? List.of() : entries, Limits.MAX_LAYOUT_ENTRIES);
    }

    /** @return whether it lays out nothing */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @return the money it lays out, EUR */
    public double eur() {
        double e = 0;
        for (Entry x : entries) {
            e += x.eur();
        }
        return e;
    }

    /** @return every belt it placed, entry by entry */
    public List<Belt> belts() {
        List<Belt> out = new ArrayList<>();
        entries.forEach(e -> out.addAll(e.placed()));
        return out;
    }

    /**
     * The effect a belt is laid for, with doctrine's standard field figures (front x depth, AT mines per metre of
     * front: disrupt 250 x 100 m, 0.5/m; fix 250 x 120 m, 1.0/m; turn 500 x 300 m, 1.2/m; block 500 x 320 m,
     * 1.6/m; recalled FM 20-32 / FM 90-7 values, UNVERIFIED, as in {@link Minefield}). Rows: ASSUMPTION 1, 2, 3
     * and 4 (more rows for a stronger effect).
     */
    public enum Effect {
        /** Disrupt: 250 m front, 100 m deep, 0.5 mines/m, 1 row. */
        DISRUPT(250, 100, 0.5, 1),
        /** Fix: 250 m front, 120 m deep, 1.0 mines/m, 2 rows. */
        FIX(250, 120, 1.0, 2),
        /** Turn: 500 m front, 300 m deep, 1.2 mines/m, 3 rows. */
        TURN(500, 300, 1.2, 3),
        /** Block: 500 m front, 320 m deep, 1.6 mines/m, 4 rows. */
        BLOCK(500, 320, 1.6, 4);

        /** The field's front where the ground does not bound it, m. */
        public final double frontM;
        /** Depth of the field, m. */
        public final double depthM;
        /** AT mines per metre of front, all rows together. */
        public final double densityPerM;
        /** Rows (ASSUMPTION). */
        public final int rows;

        Effect(double frontM, double depthM, double densityPerM, int rows) {
            this.frontM = frontM;
            this.depthM = depthM;
            this.densityPerM = densityPerM;
            this.rows = rows;
        }

        /** @return e.g. {@code block} */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One sum of money laid out as belts.
     *
     * @param id          unique key among the entries of the packages it is combined with; its belts are named
     *                    {@code id.entryPlace.n}
     * @param item        the catalogue's per-mine item the belts' mines are bought as
     * @param laying      the catalogue's per-mine laying item, or null (laying systems bought per system are not
     *                    laid out: their money stays outside the model)
     * @param eur         money, EUR
     * @param effect      what the belts are for (density, rows, depth)
     * @param fromKm      the echelon's near edge, km from each avenue's entry
     * @param toKm        the echelon's far edge, km (a belt lies wholly inside)
     * @param spacingM    ground between one belt's far edge and the next belt's near edge, m
     * @param fuze        the mines' fuze (default track-width: ASSUMPTION, pressure-fuzed stocks such as the M6A2)
     * @param coverage    how the defender watches the belts
     * @param countries   the states whose avenues it lays belts on (empty: its package's {@code countries}, filled in
     *                    by the package; an entry keeps them when packages are combined)
     * @param placed      the belts placed (empty until the scenario lays it out)
     */
    public record Entry(String id, String item, String laying, double eur, Effect effect, double fromKm, double toKm,
                        double spacingM, Fuze fuze, Coverage coverage, List<String> countries,
                        List<Belt> placed) {
        /** Ground between belts in depth, m (ASSUMPTION: 500 m, beyond one belt's marking and its breach lanes). */
        public static final double DEFAULT_SPACING_M = 500;

        /**
         * Validates every field.
         *
         * @param id value of {@link #id()}
         * @param item value of {@link #item()}
         * @param laying value of {@link #laying()}
         * @param eur value of {@link #eur()}
         * @param effect value of {@link #effect()}
         * @param fromKm value of {@link #fromKm()}
         * @param toKm value of {@link #toKm()}
         * @param spacingM value of {@link #spacingM()}
         * @param fuze value of {@link #fuze()}
         * @param coverage value of {@link #coverage()}
         * @param countries value of {@link #countries()}
         * @param placed value of {@link #placed()}
         */
        public Entry {
            Check.id("id", id);
            Check.id("item", item);
            if (laying != null) {
                Check.id("laying", laying);
            }
            Check.nonNegative("eur", eur, Limits.MAX_COST_EUR);
            Check.required("as", effect);
            Check.nonNegative("echelonKm", fromKm, Limits.MAX_LENGTH_KM);
            if (!(toKm > fromKm && toKm <= Limits.MAX_LENGTH_KM)) {
                throw new ScenarioException("echelonKm", "must be [near, far] km with far > near, was [" + fromKm
                        + ", " + toKm + "]");
            }
            Check.nonNegative("spacingM", spacingM, Limits.MAX_SIZE_M);
            fuze = fuze == null ? Fuze.TRACK_WIDTH : fuze;
            coverage = coverage == null ? Coverage.UNOBSERVED : coverage;
            countries = Check.list("countries", countries == null ? List.of() : countries);
            placed = Check.list("placed", placed == null ? List.of() : placed);
        }

        /**
         * @return a builder with the defaults: no laying item, spacing {@value #DEFAULT_SPACING_M} m, track-width
         *         fuzes, unobserved, the package's countries; {@code id}, {@code item}, {@code eur}, {@code effect}
         *         and the echelon are required
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder holding this entry's values (its belts left unplaced), to change a few */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.id = id;
            b.item = item;
            b.laying = laying;
            b.eur = eur;
            b.effect = effect;
            b.fromKm = fromKm;
            b.toKm = toKm;
            b.spacingM = spacingM;
            b.fuze = fuze;
            b.coverage = coverage;
            b.countries = countries;
            return b;
        }

        /**
         * Builds an {@link Entry} field by field (its belts unplaced: the scenario lays it out); {@link #build()}
         * calls the canonical constructor, so the checks and their field-named messages are those of the YAML
         * reader. Not thread-safe.
         */
        public static final class Builder {
            private String id;
            private String item;
            private String laying;
            private double eur = Double.NaN;
            private Effect effect;
            private double fromKm = Double.NaN;
            private double toKm = Double.NaN;
            private double spacingM = DEFAULT_SPACING_M;
            private Fuze fuze = Fuze.TRACK_WIDTH;
            private Coverage coverage = Coverage.UNOBSERVED;
            private List<String> countries = List.of();

            private Builder() {
            }

            /**
             * @param v new value of {@link Entry#id()}
             * @return this builder
             */
            public Builder id(String v) {
                id = v;
                return this;
            }

            /**
             * @param v new value of {@link Entry#item()}
             * @return this builder
             */
            public Builder item(String v) {
                item = v;
                return this;
            }

            /**
             * @param v new value of {@link Entry#laying()} (default: none)
             * @return this builder
             */
            public Builder laying(String v) {
                laying = v;
                return this;
            }

            /**
             * @param v new value of {@link Entry#eur()}
             * @return this builder
             */
            public Builder eur(double v) {
                eur = v;
                return this;
            }

            /**
             * @param v new value of {@link Entry#effect()}
             * @return this builder
             */
            public Builder effect(Effect v) {
                effect = v;
                return this;
            }

            /**
             * @param nearKm new value of {@link Entry#fromKm()}
             * @param farKm  new value of {@link Entry#toKm()}
             * @return this builder
             */
            public Builder echelonKm(double nearKm, double farKm) {
                fromKm = nearKm;
                toKm = farKm;
                return this;
            }

            /**
             * @param v new value of {@link Entry#spacingM()} (default {@value Entry#DEFAULT_SPACING_M})
             * @return this builder
             */
            public Builder spacingM(double v) {
                spacingM = v;
                return this;
            }

            /**
             * @param v new value of {@link Entry#fuze()} (default track-width)
             * @return this builder
             */
            public Builder fuze(Fuze v) {
                fuze = v;
                return this;
            }

            /**
             * @param v new value of {@link Entry#coverage()} (default unobserved)
             * @return this builder
             */
            public Builder coverage(Coverage v) {
                coverage = v;
                return this;
            }

            /**
             * @param v new value of {@link Entry#countries()} (default: the package's)
             * @return this builder
             */
            public Builder countries(String... v) {
                countries = List.of(v);
                return this;
            }

            /**
             * @return the validated entry, its belts unplaced
             * @throws ScenarioException naming the field that is missing or invalid
             */
            public Entry build() {
                if (Double.isNaN(eur)) {
                    throw new ScenarioException("eur", "is required (missing)");
                }
                if (Double.isNaN(fromKm)) {
                    throw new ScenarioException("echelonKm", "is required (missing)");
                }
                return new Entry(id, item, laying, eur, effect, fromKm, toKm, spacingM, fuze, coverage, countries,
                        List.of());
            }
        }

        /** @return the same money, its belts not yet placed */
        public Entry unplaced() {
            return new Entry(id, item, laying, eur, effect, fromKm, toKm, spacingM, fuze, coverage, countries,
                    List.of());
        }

        /**
         * @param belts the placed belts of the copy ({@link #placed()})
         * @return a copy with other placed belts
         */
        public Entry withPlaced(List<Belt> belts) {
            return new Entry(id, item, laying, eur, effect, fromKm, toKm, spacingM, fuze, coverage, countries, belts);
        }

        /** @return a copy laying on the avenues of {@code states} (the package's countries) when it names none */
        Entry inCountries(List<String> states) {
            return countries.isEmpty() ? new Entry(id, item, laying, eur, effect, fromKm, toKm, spacingM, fuze,
                    coverage, states, placed) : this;
        }

        /** @return what its placed belts cost, EUR */
        public double placedEur() {
            double c = 0;
            for (Belt b : placed) {
                c += b.costEur();
            }
            return c;
        }

        /** @return mines in its placed belts */
        public long mines() {
            long n = 0;
            for (Belt b : placed) {
                n += b.mineCount();
            }
            return n;
        }

        /** @return its cost basis for each placed element, by obstacle id */
        public Map<String, CostBasis> basis() {
            Map<String, CostBasis> m = new LinkedHashMap<>();
            for (Belt b : placed) {
                for (Obstacle o : b.elements()) {
                    m.put(o.id(), new CostBasis(item, laying, 0));
                }
            }
            return m;
        }
    }

    // ---------------------------------------------------------------- the rule

    /**
     * Lays out every package's layout on the network (the packages without one are returned as they are).
     *
     * @param vehicleTypes the scenario's vehicle types (a column's top road speed, for the routes round demolitions)
     * @return the packages, each with its layout's belts placed
     */
    static List<FortificationPackage> layAll(List<FortificationPackage> packages, RoadNetwork network,
                                             List<VehicleType> vehicleTypes, List<ColumnSpec> columns, Ground ground,
                                             CostCatalogue catalogue) {
        List<FortificationPackage> out = new ArrayList<>(packages.size());
        double[] speeds = topSpeedsKmh(vehicleTypes, columns);
        for (int i = 0; i < packages.size(); i++) {
            FortificationPackage p = packages.get(i);
            if (p.layout().isEmpty()) {
                out.add(p);
            } else {
                Set<String> closed = closedSegments(p.obstacles());
                out.add(Check.within("packages[" + i + "]", () -> p.withLayout(
                        p.layout().laid(p.countries(), network, columns, speeds, closed, ground, catalogue))));
            }
        }
        return out;
    }

    /**
     * @return the slowest road speed among each column's vehicle types, km/h (the model's top speed for routes);
     *         infinity for a column naming no known type (the scenario's validation reports it)
     */
    static double[] topSpeedsKmh(List<VehicleType> vehicleTypes, List<ColumnSpec> columns) {
        Map<String, Double> speed = new HashMap<>();
        for (VehicleType t : vehicleTypes) {
            speed.put(t.id(), t.roadSpeedKmh());
        }
        double[] v = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            v[c] = Double.POSITIVE_INFINITY;
            for (VehicleGroup g : columns.get(c).marchOrder()) {
                v[c] = Math.min(v[c], speed.getOrDefault(g.type(), Double.POSITIVE_INFINITY));
            }
        }
        return v;
    }

    /**
     * @return the ids of the segments that {@code obstacles} close for good: those holding an obstacle that cannot be
     *         driven round ({@link Obstacle#frontM()} infinite: a demolished bridge), in their order
     */
    static Set<String> closedSegments(List<Obstacle> obstacles) {
        Set<String> closed = new java.util.LinkedHashSet<>();
        for (Obstacle o : obstacles) {
            if (Double.isInfinite(o.frontM())) {
                closed.add(o.segment());
            }
        }
        return closed;
    }

    /** @return this layout with every entry's belts placed by the rule (see the type's comment) */
    BudgetLayout laid(List<String> countries, RoadNetwork network, List<ColumnSpec> columns, double[] topSpeedsKmh,
                      Set<String> closed, Ground ground, CostCatalogue catalogue) {
        List<Entry> out = new ArrayList<>();
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k).inCountries(countries);
            int kk = k;
            List<Avenue> avenues = avenues(network, columns, topSpeedsKmh, e.countries(), closed);
            out.add(Check.within("layout[" + k + "]", () -> lay(e, avenues, ground, catalogue, kk)));
        }
        return new BudgetLayout(borderKm, out);
    }

    private static Entry lay(Entry e, List<Avenue> avenues, Ground ground, CostCatalogue catalogue, int k) {
        if (catalogue.isEmpty()) {
            throw new ScenarioException("item", "a budget layout buys mines at the catalogue's price: the scenario "
                    + "needs a catalogue");
        }
        CostItem mine = catalogue.item(e.item());
        if (mine.unit() != CostUnit.PER_MINE) {
            throw new ScenarioException("item", "'" + e.item() + "' is priced " + CostCatalogue.kebab(mine.unit())
                    + "; a layout buys mines (per-mine)");
        }
        if (e.laying() != null) {
            CostItem lay;
            try {
                lay = catalogue.item(e.laying());
            } catch (ScenarioException x) {
                throw new ScenarioException("laying", x.getMessage().substring(x.field().length() + 2));
            }
            if (lay.unit() != CostUnit.PER_MINE) {
                throw new ScenarioException("laying", "'" + e.laying() + "' is priced " + CostCatalogue.kebab(lay.unit())
                        + "; a layout pays laying per mine (systems bought whole stay outside the model)");
            }
        }
        if (avenues.isEmpty()) {
            throw new ScenarioException("echelonKm", "fits nowhere: no column's route enters the package's territory");
        }
        double depthKm = e.effect().depthM / 1000.0;
        double[] front = new double[avenues.size()];
        int[] first = new int[avenues.size()];
        List<Set<String>> own = new ArrayList<>(avenues.size());
        Set<String> held = new HashSet<>();   // echelon segments of earlier avenues that got money
        double sum = 0;
        double longest = 0;
        for (int a = 0; a < avenues.size(); a++) {
            Avenue av = avenues.get(a);
            longest = Math.max(longest, av.lengthKm());
            double end = Math.min(e.toKm(), av.lengthKm());
            Set<String> ownSegments = new HashSet<>();
            first[a] = -1;
            int j0 = av.segmentAt(e.fromKm());
            for (int j = j0; j >= 0 && j < av.segments().size() && av.startKm(j) < end; j++) {
                String id = av.segments().get(j).id();
                if (!held.contains(id)) {
                    if (first[a] < 0 && Math.max(e.fromKm(), av.startKm(j)) + depthKm <= end) {
                        first[a] = j;
                        front[a] = frontM(av.segments().get(j), e.effect());
                        sum += front[a];
                    }
                    ownSegments.add(id);
                }
            }
            if (first[a] >= 0) {
                held.addAll(ownSegments);
            }
            own.add(ownSegments);
        }
        if (sum == 0) {
            throw new ScenarioException("echelonKm", "fits nowhere: no avenue holds a " + Check.number(e.effect().depthM)
                    + " m deep belt from km " + Check.number(e.fromKm()) + " (the longest avenue is "
                    + Check.number(longest) + " km)");
        }
        CostBasis basis = new CostBasis(e.item(), e.laying(), 0);
        List<Belt> placed = new ArrayList<>();
        for (int a = 0; a < avenues.size(); a++) {
            if (front[a] == 0) {
                continue;
            }
            Avenue av = avenues.get(a);
            double money = e.eur() * front[a] / sum;
            double spent = 0;
            double x = Math.max(e.fromKm(), av.startKm(first[a]));
            int n = 0;
            while (x + depthKm <= Math.min(e.toKm(), av.lengthKm()) + 1e-9) {
                int j = av.segmentAt(x);
                double start = av.startKm(j);
                RoadSegment s = av.segments().get(j);
                if (x + depthKm > start + s.lengthKm() + 1e-9 || !own.get(a).contains(s.id())) {
                    x = start + s.lengthKm();   // would straddle two segments, or an earlier avenue holds it: on
                    continue;
                }
                double off = x - start;
                double pos = av.forward().get(j) ? off : s.lengthKm() - off - depthKm;
                double f = frontM(s, e.effect());
                Minefield template = new Minefield("t", s.id(), 0, e.coverage(), 0, f, e.effect().depthM,
                        e.effect().rows, e.effect().densityPerM, e.fuze(), MineLayout.ROWS);
                String id = e.id() + "." + av.name() + "." + (n + 1);
                Belt b = Belt.place(id, s, Math.max(0, pos), f, null, 0, e.effect().label(), List.of(template),
                        ground.bypassStandoffM());
                Obstacle el = b.elements().get(0);
                double cost = catalogue.costEur(el, basis);
                if (spent + cost > money) {
                    break;
                }
                el = CostCatalogue.withCost(el, cost);
                placed.add(new Belt(b.id(), b.segment(), b.positionKm(), b.frontM(), b.flanks(), b.gapM(),
                        b.effect(), List.of(el)));
                spent += cost;
                n++;
                x += depthKm + e.spacingM() / 1000.0;
            }
        }
        return e.withPlaced(placed);
    }

    /** @return the belt's front on {@code s}: its open ground each side where bounded, else the effect's front, m */
    static double frontM(RoadSegment s, Effect effect) {
        return Double.isFinite(s.openWidthM()) ? 2 * s.openWidthM() : effect.frontM;
    }

    /**
     * @param network the road network
     * @param columns the attacking columns, whose routes and objectives the avenues follow
     * @param countries the states whose territory the avenues enter (the segments' {@code country})
     * @return the avenues into the territory of {@code countries}: first one per column route entering it (in column
     *         order), then one per other entry place (in the network's place order: a place joining a segment outside
     *         the territory to one inside), along the shortest road route by length inside the territory from it to
     *         the nearest column objective; avenues entering by the same segment are counted once
     */
    public static List<Avenue> avenues(RoadNetwork network, List<ColumnSpec> columns, List<String> countries) {
        return avenues(network, columns, null, countries, Set.of());
    }

    /**
     * The avenues of {@link #avenues(RoadNetwork, List, List)}, then, integrated with the package's own demolitions,
     * one per route a column is expected to take round the segments in {@code closed} (see the type's comment), in
     * column order, unless an earlier avenue has the same segments.
     *
     * @param network      the road network
     * @param columns      the scenario's columns (their routes and objectives)
     * @param topSpeedsKmh each column's top road speed, km/h (null: unbounded; only the routes round {@code closed}
     *                     use it)
     * @param countries    the states whose territory the avenues run through
     * @param closed       ids of the segments the package's own obstacles close for good ({@link #closedSegments})
     * @return the avenues
     */
    public static List<Avenue> avenues(RoadNetwork network, List<ColumnSpec> columns, double[] topSpeedsKmh,
                                       List<String> countries, Set<String> closed) {
        List<Avenue> out = new ArrayList<>();
        Set<String> firsts = new HashSet<>();
        Set<String> objectives = new java.util.LinkedHashSet<>();
        List<List<String>> planned = new ArrayList<>(columns.size());
        for (ColumnSpec c : columns) {
            objectives.add(c.objective());
            List<String> route = c.route().isEmpty()
                    ? shortest(network, c.start(), Set.of(c.objective()), null) : c.route();
            planned.add(route);
            Avenue av = avenue(network, route, countries, null);
            if (av != null && firsts.add(av.segments().get(0).id())) {
                out.add(av);
            }
        }
        for (Place p : network.places()) {
            boolean in = false;
            boolean outside = false;
            for (RoadSegment s : network.segments()) {
                if (s.touches(p.id())) {
                    in |= countries.contains(s.country());
                    outside |= !countries.contains(s.country());
                }
            }
            if (in && outside) {
                Avenue av = avenue(network, shortest(network, p.id(), objectives, countries), countries, null);
                if (av != null && firsts.add(av.segments().get(0).id())) {
                    out.add(av);
                }
            }
        }
        if (closed.isEmpty()) {
            return out;
        }
        for (int c = 0; c < columns.size(); c++) {
            double speed = topSpeedsKmh == null ? Double.POSITIVE_INFINITY : topSpeedsKmh[c];
            for (Detour d : detours(network, planned.get(c), columns.get(c).objective(), closed, speed)) {
                Avenue av = avenue(network, d.places(), countries, d.via());
                if (av != null && out.stream().noneMatch(o -> o.segments().equals(av.segments()))) {
                    out.add(av.named(unique(av.name(), out)));
                }
            }
        }
        return out;
    }

    /**
     * The routes a column is expected to take round the segments in {@code closed}, as the model reroutes: at the
     * route's first closed segment it turns back to that segment's near place and takes the fastest road route from
     * there to {@code objective} avoiding every closed segment met so far; repeated until the route meets none or no
     * route is left.
     *
     * @param route    the column's planned route, places from its start
     * @param speedKmh the column's top road speed, km/h
     * @return each route after a turn: the places driven before the turn, then the detour's
     */
    static List<Detour> detours(RoadNetwork network, List<String> route, String objective, Set<String> closed,
                                      double speedKmh) {
        List<Detour> out = new ArrayList<>();
        Set<String> avoid = new HashSet<>();
        Graph<String, RoadSegment> graph = null;   // built at the first turn, once for every detour of the route
        List<String> at = route;
        for (int guard = 0; guard <= closed.size(); guard++) {
            int turn = -1;
            for (int i = 0; i + 1 < at.size() && turn < 0; i++) {
                RoadSegment s = network.segmentBetween(at.get(i), at.get(i + 1)).orElse(null);
                if (s != null && closed.contains(s.id())) {
                    avoid.add(s.id());
                    turn = i;
                }
            }
            if (turn < 0) {
                break;
            }
            if (graph == null) {
                graph = RoadRoutes.graph(network);
            }
            List<String> fresh = fastest(network, graph, at.get(turn), objective, avoid, speedKmh);
            if (fresh.isEmpty()) {
                break;   // the column waits in front of it: no route round
            }
            List<String> next = new ArrayList<>(at.subList(0, turn));
            next.addAll(fresh);
            at = List.copyOf(next);
            out.add(new Detour(at, fresh.get(1)));
        }
        return out;
    }

    /**
     * The fastest road route by the model's rule for a column's reroutes ({@link RoadRoutes}, the rule
     * {@code CrossingPlan.shortestRoute} uses too, so the same route on ties).
     *
     * @param blocked ids of segments it may not use
     * @return the places of the route from {@code from} to {@code to}, or empty if none
     */
    static List<String> fastest(RoadNetwork network, String from, String to, Set<String> blocked, double speedKmh) {
        return fastest(network, RoadRoutes.graph(network), from, to, blocked, speedKmh);
    }

    /** As {@link #fastest(RoadNetwork, String, String, Set, double)} on {@code graph}, the network's road graph. */
    private static List<String> fastest(RoadNetwork network, Graph<String, RoadSegment> graph, String from, String to,
                                        Set<String> blocked, double speedKmh) {
        if (network.place(from).isEmpty() || network.place(to).isEmpty()) {
            return List.of();   // laid out before the scenario's validation, which names the unknown place
        }
        List<RoadSegment> path = RoadRoutes.fastest(graph, from, to, blocked, speedKmh);
        if (path == null) {
            return List.of();
        }
        List<String> places = new ArrayList<>();
        String at = from;
        places.add(at);
        for (RoadSegment s : path) {
            at = s.otherEnd(at);
            places.add(at);
        }
        return List.copyOf(places);
    }

    /** @return {@code name}, or with {@code ~2}, {@code ~3}... if an avenue in {@code held} has it */
    private static String unique(String name, List<Avenue> held) {
        String n = name;
        for (int k = 2; held.stream().anyMatch(a -> a.name().equals(n)); k++) {
            String candidate = name + "~" + k;
            if (held.stream().noneMatch(a -> a.name().equals(candidate))) {
                return candidate;
            }
        }
        return n;
    }

    /**
     * @param via null: the avenue is named after its entry; else it is a route round a closed segment, named
     *            {@code <entry>-via-<first place after the turn>}
     * @return the avenue of {@code route} (its part inside the territory from where it enters), or null if it never
     *         enters
     */
    private static Avenue avenue(RoadNetwork network, List<String> route, List<String> countries, String via) {
        List<RoadSegment> segs = new ArrayList<>();
        List<Boolean> fwd = new ArrayList<>();
        String entry = null;
        for (int i = 0; i + 1 < route.size(); i++) {
            RoadSegment s = network.segmentBetween(route.get(i), route.get(i + 1)).orElse(null);
            if (s == null) {
                break;
            }
            if (countries.contains(s.country())) {
                if (entry == null) {
                    entry = route.get(i);
                }
                segs.add(s);
                fwd.add(s.from().equals(route.get(i)));
            } else if (entry != null) {
                break;
            }
        }
        if (entry == null) {
            return null;
        }
        return new Avenue(entry, List.copyOf(segs), List.copyOf(fwd), via == null ? entry : entry + "-via-" + via);
    }

    /**
     * A route a column is expected to take after turning back from a closed segment.
     *
     * @param places the places driven before the turn, then the detour's, from the column's start
     * @param via    the first place after the turn
     */
    record Detour(List<String> places, String via) {
    }

    /**
     * @param inside only segments of these states (null: any)
     * @return the places of the shortest road route by length from {@code from} to the nearest of {@code to} (ties:
     *         the first found in the network's order), or empty
     */
    private static List<String> shortest(RoadNetwork network, String from, java.util.Set<String> to,
                                         List<String> inside) {
        Map<String, Double> dist = new LinkedHashMap<>();
        Map<String, String> prev = new LinkedHashMap<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        dist.put(from, 0.0);
        String reached = null;
        while (true) {
            String u = null;
            for (Map.Entry<String, Double> d : dist.entrySet()) {
                if (!done.contains(d.getKey()) && (u == null || d.getValue() < dist.get(u))) {
                    u = d.getKey();
                }
            }
            if (u == null) {
                break;
            }
            if (to.contains(u)) {
                reached = u;
                break;
            }
            done.add(u);
            for (RoadSegment s : network.segments()) {
                if (s.touches(u) && (inside == null || inside.contains(s.country()))) {
                    String v = s.otherEnd(u);
                    double nd = dist.get(u) + s.lengthKm();
                    if (!done.contains(v) && nd < dist.getOrDefault(v, Double.POSITIVE_INFINITY)) {
                        dist.put(v, nd);
                        prev.put(v, u);
                    }
                }
            }
        }
        if (reached == null) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        for (String p = reached; p != null; p = prev.get(p)) {
            path.add(0, p);
        }
        return path;
    }

    /**
     * One avenue: the route's segments on the package's territory from its entry, each with its direction.
     *
     * @param entry    the place where it enters the territory (km 0)
     * @param segments its segments in order from the entry
     * @param forward  for each segment, whether the avenue runs from its {@code from} end
     * @param name     what its belts are named after ({@code id.name.n}): the entry, or for a route round a closed
     *                 segment {@code <entry>-via-<first place after the turn>}
     */
    public record Avenue(String entry, List<RoadSegment> segments, List<Boolean> forward, String name) {
        /**
         * An avenue named after its entry.
         *
         * @param entry    value of {@link #entry()}
         * @param segments value of {@link #segments()}
         * @param forward  value of {@link #forward()}
         */
        public Avenue(String entry, List<RoadSegment> segments, List<Boolean> forward) {
            this(entry, segments, forward, entry);
        }

        /** @return a copy with another name */
        Avenue named(String n) {
            return new Avenue(entry, segments, forward, n);
        }

        /** @return the index of the segment holding km {@code x} from the entry (the later one at a joint), or -1 */
        int segmentAt(double x) {
            double start = 0;
            for (int j = 0; j < segments.size(); j++) {
                double end = start + segments.get(j).lengthKm();
                if (x < end || j == segments.size() - 1 && x <= end) {
                    return x >= start ? j : -1;
                }
                start = end;
            }
            return -1;
        }

        /** @return km from the entry where segment {@code j} begins */
        double startKm(int j) {
            double start = 0;
            for (int i = 0; i < j; i++) {
                start += segments.get(i).lengthKm();
            }
            return start;
        }

        /** @return its length, km */
        public double lengthKm() {
            double l = 0;
            for (RoadSegment s : segments) {
                l += s.lengthKm();
            }
            return l;
        }
    }
}
