package org.gapsim.model;

import org.gapsim.model.internal.Leg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gapsim.random.StreamName;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.gapsim.scenario.internal.RoadRoutes;
import org.jgrapht.Graph;

/**
 * A scenario with one fortification package applied, compiled once and shared by every replication (immutable and
 * thread-safe): terrain changes applied to the network, the package's obstacles added to the existing ones with
 * the package's ISR coverage, each column's route resolved into legs, and the road graph for rerouting.
 */
public final class CrossingPlan {
    private final Scenario scenario;
    private final FortificationPackage fortification;
    private final RoadNetwork network;
    private final List<Obstacle> obstacles;
    private final Map<String, List<Integer>> obstaclesBySegment;
    private final double detectionProbability;
    private final Graph<String, RoadSegment> graph;
    private final List<List<Leg>> routes;
    private final double[] columnRoadSpeedKmh;
    private final double[] columnCrossCountryKmh;
    private final VehicleType[][] marchOrders;
    /** [column]: who carries what engineer asset at the start, the same in every replication. */
    private final Breach.Carriers[] carriers;
    /** [column][terrain ordinal]: the column's off-road speed in the scenario's season, km/h (0: cannot leave). */
    private final double[][] bypassSpeedKmh;
    /** Purposes of the per-(column, obstacle) streams, for {@link #streamName(int, int, int)}. */
    static final int DETECTION = 0;
    static final int ENCOUNTER = 1;
    static final int BREACH_TIME = 2;
    /** Number of purposes. */
    static final int PURPOSES = 3;
    /** {@link StreamName}s built once: a lookup by a String built per call cost a concatenation and a hash. */
    private final String[] marchStreams;
    /** [column][purpose][obstacle]. */
    private final String[][][] obstacleStreams;
    private final String[] mineLayoutStreams;
    /** [column][obstacle]: the stream of the fight and breach friction at that site (new names, shift nothing). */
    private final String[][] fightStreams;
    /** [column][obstacle]: the stream of the column's assault at that site; null without the doctrine's assault. */
    private final String[][] assaultStreams;
    /**
     * [column]: {@link StreamName#interdiction(String)}; [column][unit]: {@link StreamName#interdiction(String,
     * String)} of each sensor and fire unit of {@link #defence}, built once, not per replication (issue 16).
     */
    private final String[] interdictionStreams;
    private final String[][] interdictionSensorStreams;
    private final String[][] interdictionFireStreams;
    /** The defender's units and what each reaches. */
    private final DefenceLayout defence;
    /** The package's obstacles on warning (issue 12 item 4). */
    private final DynamicPlan dynamic;
    /** Routes found so far, shared by every replication and thread (reroutes repeat across replications). */
    private final java.util.concurrent.ConcurrentHashMap<RouteKey, Optional<List<Leg>>> routeCache =
            new java.util.concurrent.ConcurrentHashMap<>();

    private CrossingPlan(Scenario scenario, FortificationPackage fortification) {
        this.scenario = scenario;
        this.fortification = fortification;
        Map<String, Terrain> changes = new HashMap<>();
        for (TerrainChange t : fortification.terrainChanges()) {
            changes.put(t.segment(), t.terrainBeside());
        }
        this.network = scenario.network().withTerrain(changes);
        List<Obstacle> all = new ArrayList<>(scenario.existingObstacles());
        all.addAll(fortification.obstacles());
        Coverage min = fortification.isr().minimumCoverage();
        List<Obstacle> placed = new ArrayList<>(all.size());
        for (Obstacle o : all) {
            if (o instanceof Obstacle.Extension x) {
                org.gapsim.scenario.ObstacleKinds.check(x);   // a scenario built in code is read by no reader
            }
            RoadSegment s = network.segment(o.segment()).orElseThrow();
            boolean covered = fortification.countries().contains(s.country());
            placed.add(covered && o.coverage().atLeast(min) != o.coverage() ? o.withCoverage(o.coverage().atLeast(min)) : o);
        }
        this.obstacles = List.copyOf(placed);
        Map<String, List<Integer>> bySeg = new HashMap<>();
        for (int i = 0; i < obstacles.size(); i++) {
            bySeg.computeIfAbsent(obstacles.get(i).segment(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> l : bySeg.values()) {
            l.sort(Comparator.comparingDouble(i -> obstacles.get(i).positionKm()));
        }
        this.obstaclesBySegment = bySeg;
        this.detectionProbability = Math.min(1.0, scenario.doctrine().reconDetectionProbability()
                * fortification.isr().attackerDetectionMultiplier());
        this.graph = RoadRoutes.graph(network);
        List<List<Leg>> r = new ArrayList<>();
        int columns = scenario.columns().size();
        columnRoadSpeedKmh = new double[columns];
        columnCrossCountryKmh = new double[columns];
        marchOrders = new VehicleType[columns][];
        carriers = new Breach.Carriers[columns];
        for (int c = 0; c < columns; c++) {
            ColumnSpec spec = scenario.columns().get(c);
            double v = Double.POSITIVE_INFINITY;
            double cc = Double.POSITIVE_INFINITY;
            VehicleType[] order = new VehicleType[spec.vehicleCount()];
            int at = 0;
            for (VehicleGroup vg : spec.marchOrder()) {
                VehicleType t = scenario.vehicleType(vg.type());
                v = Math.min(v, t.roadSpeedKmh());
                cc = Math.min(cc, t.crossCountrySpeedKmh());
                for (int j = 0; j < vg.count(); j++) {
                    order[at++] = t;
                }
            }
            columnRoadSpeedKmh[c] = v;
            columnCrossCountryKmh[c] = cc;
            marchOrders[c] = order;
            carriers[c] = Breach.Carriers.of(spec.engineers(), order);
            List<Leg> legs;
            if (spec.route().isEmpty()) {
                legs = shortestRoute(spec.start(), spec.objective(), Set.of(), v).orElseThrow(
                        () -> new IllegalStateException("validated scenario has no route for " + spec.id()));
            } else {
                legs = new ArrayList<>();
                for (int k = 1; k < spec.route().size(); k++) {
                    String a = spec.route().get(k - 1);
                    String b = spec.route().get(k);
                    legs.add(leg(network.segmentBetween(a, b).orElseThrow(), a));
                }
                legs = List.copyOf(legs);
            }
            r.add(legs);
        }
        this.routes = List.copyOf(r);
        this.bypassSpeedKmh = new double[columns][Terrain.values().length];
        for (int c = 0; c < columns; c++) {
            for (Terrain t : Terrain.values()) {
                bypassSpeedKmh[c][t.ordinal()] = Bypass.columnSpeedKmh(marchOrders[c], t, scenario.ground());
            }
        }
        int n = obstacles.size();
        this.marchStreams = new String[columns];
        this.obstacleStreams = new String[columns][PURPOSES][n];
        this.mineLayoutStreams = new String[n];
        for (int i = 0; i < n; i++) {
            mineLayoutStreams[i] = StreamName.mineLayout(obstacles.get(i).id());
        }
        this.defence = new DefenceLayout(network, scenario.defender(), fortification.defender(), obstacles);
        this.dynamic = DynamicPlan.of(fortification, obstacles);
        this.interdictionStreams = new String[columns];
        this.interdictionSensorStreams = new String[columns][defence.sensors.length];
        this.interdictionFireStreams = new String[columns][defence.fireUnits.length];
        for (int c = 0; c < columns; c++) {
            String col = scenario.columns().get(c).id();
            interdictionStreams[c] = StreamName.interdiction(col);
            for (int k = 0; k < defence.sensors.length; k++) {
                interdictionSensorStreams[c][k] = StreamName.interdiction(col, defence.sensors[k].id());
            }
            for (int u = 0; u < defence.fireUnits.length; u++) {
                interdictionFireStreams[c][u] = StreamName.interdiction(col, defence.fireUnits[u].id());
            }
        }
        this.fightStreams = new String[columns][n];
        this.assaultStreams = scenario.doctrine().assault() != null ? new String[columns][n] : null;
        for (int c = 0; assaultStreams != null && c < columns; c++) {
            String col = scenario.columns().get(c).id();
            for (int i = 0; i < n; i++) {
                assaultStreams[c][i] = StreamName.assault(col, obstacles.get(i).id());
            }
        }
        for (int c = 0; c < columns; c++) {
            String col = scenario.columns().get(c).id();
            for (int i = 0; i < n; i++) {
                fightStreams[c][i] = StreamName.fight(col, obstacles.get(i).id());
            }
        }
        for (int c = 0; c < columns; c++) {
            String col = scenario.columns().get(c).id();
            marchStreams[c] = StreamName.march(col);
            for (int i = 0; i < n; i++) {
                String o = obstacles.get(i).id();
                obstacleStreams[c][DETECTION][i] = StreamName.detection(col, o);
                obstacleStreams[c][ENCOUNTER][i] = StreamName.encounter(col, o);
                obstacleStreams[c][BREACH_TIME][i] = StreamName.breachTime(col, o);
            }
        }
    }

    /**
     * Compiles a scenario with one of its packages (or {@link FortificationPackage#NONE}).
     *
     * @param scenario      a validated scenario
     * @param fortification the package to apply
     * @return the plan
     */
    public static CrossingPlan compile(Scenario scenario, FortificationPackage fortification) {
        return new CrossingPlan(scenario, fortification);
    }

    /**
     * Compiles a scenario with the package of the given name.
     *
     * @param scenario    a validated scenario
     * @param packageName package name ({@code none} for the baseline)
     * @return the plan
     */
    public static CrossingPlan compile(Scenario scenario, String packageName) {
        return new CrossingPlan(scenario, scenario.requirePackage(packageName));
    }

    /** @return the scenario */
    public Scenario scenario() {
        return scenario;
    }

    /** @return the fortification package applied */
    public FortificationPackage fortification() {
        return fortification;
    }

    /** @return the road network with the package's terrain changes */
    public RoadNetwork network() {
        return network;
    }

    /** @return every obstacle in play (existing first, then the package's), with the package's ISR coverage */
    public List<Obstacle> obstacles() {
        return obstacles;
    }

    /** @return the probability that a column's recon detects an obstacle in advance, after the package's EW */
    public double detectionProbability() {
        return detectionProbability;
    }

    /** @return the planned route of column {@code c} (index in the scenario's column list) */
    List<Leg> route(int c) {
        return routes.get(c);
    }

    /**
     * @param c index of the column in the scenario's column list
     * @return the ids of the places on column {@code c}'s planned route, from its start to its objective
     */
    public List<String> plannedPlaces(int c) {
        List<Leg> legs = route(c);
        List<String> places = new ArrayList<>(legs.size() + 1);
        for (Leg l : legs) {
            if (places.isEmpty()) {
                places.add(l.fromPlace());
            }
            places.add(l.toPlace());
        }
        return List.copyOf(places);
    }

    /**
     * @param c index of the column in the scenario's column list
     * @return the slowest cross-country speed among column {@code c}'s vehicle types, km/h
     */
    public double columnCrossCountryKmh(int c) {
        return columnCrossCountryKmh[c];
    }

    /**
     * @return column {@code c}'s speed off the road over {@code terrain} in the scenario's season, km/h; 0 if one of
     *         its vehicle types cannot leave the road there ({@link Bypass#columnSpeedKmh})
     */
    double bypassSpeedKmh(int c, Terrain terrain) {
        return bypassSpeedKmh[c][terrain.ordinal()];
    }

    /** @return {@link StreamName#interdiction(String)} of column {@code c}, built once */
    String interdictionStream(int c) {
        return interdictionStreams[c];
    }

    /** @return {@link StreamName#interdiction(String, String)} of column {@code c} and sensor {@code k}, built once */
    String interdictionSensorStream(int c, int k) {
        return interdictionSensorStreams[c][k];
    }

    /** @return {@link StreamName#interdiction(String, String)} of column {@code c} and fire unit {@code u}, built once */
    String interdictionFireStream(int c, int u) {
        return interdictionFireStreams[c][u];
    }

    /** @return {@link StreamName#march} of column {@code c}, built once */
    String marchStream(int c) {
        return marchStreams[c];
    }

    /**
     * @param c        column index
     * @param purpose  {@link #DETECTION}, {@link #ENCOUNTER} or {@link #BREACH_TIME}
     * @param obstacle index in {@link #obstacles()}
     * @return the stream's {@link StreamName}, built once
     */
    String streamName(int c, int purpose, int obstacle) {
        return obstacleStreams[c][purpose][obstacle];
    }

    /** @return {@link StreamName#mineLayout} of obstacle {@code i}, built once */
    /** @return the name of the stream of column {@code c}'s fight and breach friction at obstacle {@code i} */
    String fightStream(int c, int i) {
        return fightStreams[c][i];
    }

    /**
     * @return the name of the stream of column {@code c}'s assault at obstacle {@code i} (only with the doctrine's
     *         assault)
     */
    String assaultStream(int c, int i) {
        return assaultStreams[c][i];
    }

    /** @return the package's obstacles on warning */
    DynamicPlan dynamic() {
        return dynamic;
    }

    /** @return the defender's units and what each reaches */
    DefenceLayout defence() {
        return defence;
    }

    String mineLayoutStream(int i) {
        return mineLayoutStreams[i];
    }

    /** @return who carries what engineer asset in column {@code c} at the start (shared: never changed) */
    Breach.Carriers carriers(int c) {
        return carriers[c];
    }

    /**
     * @param c index of the column in the scenario's column list
     * @return a fresh copy of column {@code c}'s vehicle types in march order (lead first)
     */
    public VehicleType[] marchOrder(int c) {
        return marchOrders[c].clone();
    }

    /**
     * @param c index of the column in the scenario's column list
     * @return the slowest road speed among column {@code c}'s vehicle types, km/h
     */
    public double columnRoadSpeedKmh(int c) {
        return columnRoadSpeedKmh[c];
    }

    /**
     * The fastest road route between two places avoiding some segments.
     *
     * @param from      start place id
     * @param to        end place id
     * @param blocked   ids of segments that cannot be used
     * @param speedKmh  the column's own top speed, km/h (a road's time is length / min(limit, this))
     * @return the legs, or empty if no route exists
     */
    Optional<List<Leg>> shortestRoute(String from, String to, Set<String> blocked, double speedKmh) {
        RouteKey key = new RouteKey(from, to, blocked, speedKmh);
        Optional<List<Leg>> known = routeCache.get(key);
        if (known == null) {
            known = findRoute(from, to, blocked, speedKmh);
            routeCache.putIfAbsent(key, known);
        }
        return known;
    }

    /**
     * The cache key of a route query: routes are a pure function of it, so caching changes no result. Not a record
     * over a {@code Set}: comparing two sets checks the argument against the {@code Set} and then the
     * {@code Collection} interface, and on JDK 17 that pair of checks rewrites a cache word in the set class's
     * metadata on every call (JDK-8180450); with two threads looking up routes the word's cache line bounced between
     * the cores and this equals took 2.7 % of all samples (0 % with one thread). The blocked segments are kept as
     * a sorted array, compared by exact class.
     */
    private static final class RouteKey {
        private final String from;
        private final String to;
        private final String[] blocked;
        private final double speedKmh;
        private final int hash;

        RouteKey(String from, String to, Set<String> blocked, double speedKmh) {
            this.from = from;
            this.to = to;
            this.blocked = blocked.toArray(new String[0]);
            Arrays.sort(this.blocked);
            this.speedKmh = speedKmh;
            this.hash = ((from.hashCode() * 31 + to.hashCode()) * 31 + Arrays.hashCode(this.blocked)) * 31
                    + Double.hashCode(speedKmh);
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (o == null || o.getClass() != RouteKey.class) {
                return false;
            }
            RouteKey k = (RouteKey) o;
            return hash == k.hash && Double.compare(speedKmh, k.speedKmh) == 0 && from.equals(k.from)
                    && to.equals(k.to) && Arrays.equals(blocked, k.blocked);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private Optional<List<Leg>> findRoute(String from, String to, Set<String> blocked, double speedKmh) {
        List<RoadSegment> path = RoadRoutes.fastest(graph, from, to, blocked, speedKmh);
        if (path == null) {
            return Optional.empty();
        }
        List<Leg> legs = new ArrayList<>();
        String at = from;
        for (RoadSegment s : path) {
            legs.add(leg(s, at));
            at = s.otherEnd(at);
        }
        return Optional.of(Collections.unmodifiableList(legs));
    }

    private Leg leg(RoadSegment s, String fromPlace) {
        boolean forward = s.from().equals(fromPlace);
        List<Leg.ObstacleOnLeg> on = new ArrayList<>();
        for (int i : obstaclesBySegment.getOrDefault(s.id(), List.of())) {
            Obstacle o = obstacles.get(i);
            double extent = o.laneLengthM() / 1000.0;
            double entry = forward ? o.positionKm() : s.lengthKm() - o.positionKm() - extent;
            on.add(new Leg.ObstacleOnLeg(i, Math.max(0, entry), extent));
        }
        on.sort(Comparator.comparingDouble(Leg.ObstacleOnLeg::entryKm));
        return new Leg(s, fromPlace, s.otherEnd(fromPlace), s.lengthKm(), List.copyOf(on));
    }
}
