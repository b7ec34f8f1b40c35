package org.gapsim.bench;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.scenario.Abatis;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Crater;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DragonsTeeth;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.gapsim.scenarios.BuiltInScenarios;

/**
 * The scenarios the benchmarks run. {@link #builtIn()} is the study users run: the built-in Suwalki Gap scenario
 * ({@code sim-scenarios/src/main/resources/scenarios/suwalki-gap.yaml}, loaded by {@link BuiltInScenarios}), what
 * {@code gapsim run} simulates; the one-replication, study and batch benchmarks and {@link DefaultStudy} run it, so
 * their figures move with the scenario file (re-measure when it changes).
 *
 * <p>{@link #gapLike()} and {@link #scaling(int, int)} are built in code and kept only as fixtures: the hold,
 * scaling and paired (JarPair, Paired, ScalingProbe) harnesses use them, because a fixed workload lets builds be
 * compared over time. {@link #gapLike()} is a stand-in shaped like a Suwalki Gap study, NOT the study's scenario,
 * and 2-2.5x cheaper per replication than it (issue 16): never quote its figures as the study's.
 *
 * <p>{@link #gapLike()}: 9 places,
 * 11 road segments, three columns of 60 vehicles (two sharing their first 85 km), and eight packages (the baseline
 * {@code none} and seven others) with 11 distinct obstacles between them: minefields (scattered and in rows, both
 * fuzes, observed and covered by fire), anti-tank ditches, a bridge demolition that is too wide to span (reroute)
 * and one that is not, dragon's teeth, abatis, a crater, plus reforestation and an EW/ISR package. Every figure is a
 * benchmark ASSUMPTION chosen to exercise every path of the model, not a sourced value.
 *
 * <p>{@link #scaling(int, int)} is a synthetic 200 km route with a chosen number of vehicles per column and
 * obstacles on the route, built so that every vehicle crosses every obstacle (no vehicle is ever lost and nothing
 * fires on a halted column): otherwise the work would shrink as columns die and flatter the growth law.
 */
public final class BenchScenarios {
    /**
     * @return the built-in Suwalki study, loaded and validated (the scenario {@code gapsim run} uses by default)
     */
    public static Scenario builtIn() {
        return BuiltInScenarios.load(BuiltInScenarios.DEFAULT);
    }

    /** The packages of {@link #builtIn()}, baseline first (eight: the "8 packages" of the default study). */
    public static final List<String> BUILT_IN_PACKAGES = builtIn().packageNames();

    /** The eight packages of {@link #gapLike()}, baseline first: the "8 packages" of the default study. */
    public static final List<String> GAP_PACKAGES = List.of("none", "minefields-lt", "minefields-pl", "ditches",
            "bridges", "teeth-abatis", "forest-ew", "combined");

    /** Simulated horizon of {@link #gapLike()}: 48 h, minutes. */
    public static final double GAP_HORIZON_MIN = 48 * 60;

    private BenchScenarios() {
    }

    // ---- vehicle types (benchmark ASSUMPTIONS, shaped like the real ones) --------------------------------------

    private static final VehicleType T72 = new VehicleType("t72b3", "T-72B3", 45, 25, 3.59, 0.58, 0.7, 0.9);
    private static final VehicleType BMP2 = new VehicleType("bmp2", "BMP-2", 45, 30, 3.15, 0.45, 0.8, 0.95);
    private static final VehicleType BTR82 = new VehicleType("btr82a", "BTR-82A", 60, 30, 2.9, 0.35, 0.9, 0.95);
    private static final VehicleType SP_GUN = new VehicleType("2s19", "2S19 Msta-S", 40, 25, 3.58, 0.58, 0.7, 0.9);
    private static final VehicleType TRUCK = new VehicleType("ural4320", "Ural-4320", 50, 20, 2.5, 0.35, 0.95, 1.0);

    /**
     * The realistic benchmark scenario (see the class comment).
     *
     * @return a validated scenario whose packages are {@link #GAP_PACKAGES}
     */
    public static Scenario gapLike() {
        List<Place> places = List.of(
                new Place("hrodna-aa", "Assembly area Hrodna", 53.70, 23.90, PlaceKind.ASSEMBLY_AREA, "BY"),
                new Place("sapotskin-aa", "Assembly area Sapotskin", 53.80, 23.60, PlaceKind.ASSEMBLY_AREA, "BY"),
                new Place("druskininkai", "Druskininkai", 54.02, 23.97, PlaceKind.TOWN, "LT"),
                new Place("lazdijai", "Lazdijai", 54.23, 23.52, PlaceKind.TOWN, "LT"),
                new Place("kalvarija", "Kalvarija", 54.42, 23.22, PlaceKind.TOWN, "LT"),
                new Place("sejny", "Sejny", 54.11, 23.35, PlaceKind.TOWN, "PL"),
                new Place("augustow", "Augustow", 53.84, 22.98, PlaceKind.TOWN, "PL"),
                new Place("suwalki", "Suwalki", 54.10, 22.93, PlaceKind.TOWN, "PL"),
                new Place("vistytis", "Vistytis", 54.45, 22.72, PlaceKind.OBJECTIVE, "LT"));
        List<RoadSegment> segments = List.of(
                seg("s-hd", "hrodna-aa", "druskininkai", 40, RoadClass.NATIONAL, 70, Terrain.FOREST, 0, "BY"),
                seg("s-dl", "druskininkai", "lazdijai", 45, RoadClass.REGIONAL, 70, Terrain.FOREST, 0, "LT"),
                seg("s-lk", "lazdijai", "kalvarija", 40, RoadClass.REGIONAL, 70, Terrain.OPEN, 0, "LT"),
                seg("s-kv", "kalvarija", "vistytis", 35, RoadClass.REGIONAL, 60, Terrain.LAKE, 15, "LT"),
                seg("s-ls", "lazdijai", "sejny", 20, RoadClass.REGIONAL, 60, Terrain.LAKE, 0, "PL"),
                seg("s-ss", "sejny", "suwalki", 30, RoadClass.NATIONAL, 80, Terrain.OPEN, 0, "PL"),
                seg("s-sv", "suwalki", "vistytis", 40, RoadClass.NATIONAL, 80, Terrain.OPEN, 25, "PL"),
                seg("s-pa", "sapotskin-aa", "augustow", 45, RoadClass.NATIONAL, 70, Terrain.OPEN, 0, "PL"),
                seg("s-as", "augustow", "suwalki", 30, RoadClass.EXPRESSWAY, 90, Terrain.FOREST, 0, "PL"),
                seg("s-ks", "kalvarija", "suwalki", 40, RoadClass.EXPRESSWAY, 90, Terrain.OPEN, 0, "LT"),
                seg("s-hs", "hrodna-aa", "sapotskin-aa", 35, RoadClass.REGIONAL, 60, Terrain.FOREST, 0, "BY"));

        List<ColumnSpec> columns = List.of(
                new ColumnSpec("tank-bn-1", "1st tank battalion",
                        List.of(new VehicleGroup("t72b3", 31), new VehicleGroup("bmp2", 10),
                                new VehicleGroup("2s19", 6), new VehicleGroup("ural4320", 13)),
                        50, "hrodna-aa", 0, "vistytis",
                        List.of("hrodna-aa", "druskininkai", "lazdijai", "kalvarija", "vistytis"),
                        engineers(4, 2, 3, 1), 0.5),
                new ColumnSpec("mr-bn-2", "2nd motor rifle battalion",
                        List.of(new VehicleGroup("t72b3", 10), new VehicleGroup("bmp2", 40),
                                new VehicleGroup("ural4320", 10)),
                        50, "hrodna-aa", 60, "vistytis",
                        List.of("hrodna-aa", "druskininkai", "lazdijai", "sejny", "suwalki", "vistytis"),
                        engineers(4, 1, 2, 1), 0.5),
                new ColumnSpec("mr-bn-3", "3rd motor rifle battalion",
                        List.of(new VehicleGroup("btr82a", 45), new VehicleGroup("ural4320", 15)),
                        75, "sapotskin-aa", 30, "vistytis", List.of(),
                        engineers(2, 1, 2, 1), 0.5));

        Minefield mfLt1 = new Minefield("mf-lt-1", "s-dl", 20, Coverage.OBSERVED, 250_000, 250, 120, 3, 1.0,
                Fuze.TRACK_WIDTH, MineLayout.RANDOM);
        Minefield mfLt2 = new Minefield("mf-lt-2", "s-lk", 15, Coverage.COVERED_BY_FIRE, 600_000, 500, 300, 4, 1.2,
                Fuze.TRACK_WIDTH, MineLayout.RANDOM);
        Minefield mfPl1 = new Minefield("mf-pl-1", "s-ss", 10, Coverage.OBSERVED, 150_000, 250, 100, 2, 0.5,
                Fuze.FULL_WIDTH, MineLayout.RANDOM);
        Minefield mfPl2 = new Minefield("mf-pl-2", "s-as", 12, Coverage.COVERED_BY_FIRE, 700_000, 500, 320, 4, 1.6,
                Fuze.TRACK_WIDTH, MineLayout.ROWS);
        AntiTankDitch atdLt = new AntiTankDitch("atd-lt-1", "s-lk", 5, Coverage.OBSERVED, 400_000, 6, 3, 2000);
        AntiTankDitch atdPl = new AntiTankDitch("atd-pl-1", "s-ss", 20, Coverage.UNOBSERVED, 300_000, 5, 2.5, 1500);
        BridgeDemolition bdPl = new BridgeDemolition("bd-pl-1", "s-sv", 20, Coverage.OBSERVED, 80_000, 25);
        BridgeDemolition bdLt = new BridgeDemolition("bd-lt-1", "s-kv", 10, Coverage.OBSERVED, 60_000, 15);
        DragonsTeeth dtLt = new DragonsTeeth("dt-lt-1", "s-dl", 40, Coverage.UNOBSERVED, 200_000, 10, 300);
        Abatis abLt = new Abatis("ab-lt-1", "s-dl", 30, Coverage.OBSERVED, 20_000, 50);
        Crater crPl = new Crater("cr-pl-1", "s-as", 20, Coverage.UNOBSERVED, 30_000, 15, 5);

        List<FortificationPackage> pk = new ArrayList<>();
        pk.add(pkg("minefields-lt", List.of("LT"), 0, List.of(mfLt1, mfLt2), List.of(), IsrEffect.NONE));
        pk.add(pkg("minefields-pl", List.of("PL"), 0, List.of(mfPl1, mfPl2), List.of(), IsrEffect.NONE));
        pk.add(pkg("ditches", List.of("LT", "PL"), 0, List.of(atdLt, atdPl), List.of(), IsrEffect.NONE));
        pk.add(pkg("bridges", List.of("LT", "PL"), 0, List.of(bdPl, bdLt), List.of(), IsrEffect.NONE));
        pk.add(pkg("teeth-abatis", List.of("LT", "PL"), 0, List.of(dtLt, abLt, crPl), List.of(), IsrEffect.NONE));
        pk.add(pkg("forest-ew", List.of("LT", "PL"), 5_000_000, List.of(mfLt2),
                List.of(new TerrainChange("s-lk", Terrain.FOREST), new TerrainChange("s-ss", Terrain.FOREST)),
                new IsrEffect(0.5, Coverage.OBSERVED)));
        pk.add(FortificationPackage.combine("combined", "every package together", List.copyOf(pk)));

        return new Scenario("bench-gap", "benchmark workload shaped like a Suwalki Gap study (not the study)",
                new RoadNetwork(places, segments), List.of(T72, BMP2, BTR82, SP_GUN, TRUCK), columns, List.of(), pk,
                BreachDoctrine.DEFAULT, MarchRules.DEFAULT, ClosureRule.ALL_COLUMNS, GAP_HORIZON_MIN);
    }

    /** Length of {@link #smallJob()}'s one road, km. */
    public static final double SMALL_ROAD_KM = 30;
    /** Position of {@link #smallJob()}'s minefield on the road (its near edge), km from the start. */
    public static final double SMALL_FIELD_KM = 15;
    /** Depth of {@link #smallJob()}'s minefield along the road, m. */
    public static final double SMALL_FIELD_DEPTH_M = 300;
    /** AT mines per metre of front in {@link #smallJob()}'s minefield (all rows; scattered layout). */
    public static final double SMALL_FIELD_DENSITY_PER_M = 1.0;
    /** Vehicles in {@link #smallJob()}'s one column. */
    public static final int SMALL_VEHICLES = 60;
    /** Line charges {@link #smallJob()}'s column carries: three per 300 m lane, two lanes. */
    public static final int SMALL_LINE_CHARGES = 6;
    /** The one package of {@link #smallJob()}. */
    public static final String SMALL_PACKAGE = "field";

    /**
     * Issue 16's small crossing job, the workload of the hand-written SSJ peer ({@link SsjPeer}): one road of
     * {@value #SMALL_ROAD_KM} km (speed limit 60 km/h, forest beside it, so no bypass), one column of
     * {@value #SMALL_VEHICLES} T-72-class vehicles 50 m apart (departing at 0 plus the default random delay; it
     * never becomes combat ineffective), and one scattered, pressure-fuzed minefield {@value #SMALL_FIELD_DEPTH_M} m
     * deep at km {@value #SMALL_FIELD_KM}, unobserved (no fire), {@value #SMALL_FIELD_DENSITY_PER_M} mines per metre
     * of front, breached by line charges (UR-77 class: 100 m x 8 m per charge, triangular 1.5/2/4 min, clearance
     * 0.9; {@value #SMALL_LINE_CHARGES} carried, so two lanes of three charges). Default doctrine and march rules
     * (recon finds the field in advance with probability 0.6; otherwise the first mine set off reveals it). Every
     * figure is a benchmark ASSUMPTION; {@link SsjPeer} repeats them as its own constants.
     *
     * @return a validated scenario with one package, {@value #SMALL_PACKAGE}
     */
    public static Scenario smallJob() {
        List<Place> places = List.of(
                new Place("start", null, 54.0, 23.0, PlaceKind.ASSEMBLY_AREA, "LT"),
                new Place("objective", null, 54.27, 23.0, PlaceKind.OBJECTIVE, "LT"));
        List<RoadSegment> segments = List.of(seg("road", "start", "objective", SMALL_ROAD_KM, RoadClass.NATIONAL, 60,
                Terrain.FOREST, 0, "LT"));
        EngineerAssets assets = new EngineerAssets(
                new EngineerAssets.LineCharges(SMALL_LINE_CHARGES, 100, 8, new Distribution.Triangular(1.5, 2, 4), 0.9),
                new EngineerAssets.MinePloughs(0, 8, new Distribution.Triangular(2, 3, 6), 0.95),
                new EngineerAssets.BridgeLayers(0, 20, new Distribution.Uniform(2, 5)),
                new EngineerAssets.EarthMovers(0, 4, 1),
                EngineerAssets.ManualBreach.DEFAULT);
        List<ColumnSpec> columns = List.of(new ColumnSpec("column", null,
                List.of(new VehicleGroup("t72b3", SMALL_VEHICLES)), 50, "start", 0, "objective",
                List.of("start", "objective"), assets, 0));
        Minefield field = new Minefield("mf", "road", SMALL_FIELD_KM, Coverage.UNOBSERVED, 0, 500,
                SMALL_FIELD_DEPTH_M, 3, SMALL_FIELD_DENSITY_PER_M, Fuze.TRACK_WIDTH, MineLayout.RANDOM);
        FortificationPackage pk = pkg(SMALL_PACKAGE, List.of("LT"), 0, List.of(field), List.of(), IsrEffect.NONE);
        return new Scenario("bench-small-job", "issue 16's small job: one road, one column, one minefield",
                new RoadNetwork(places, segments), List.of(T72), columns, List.of(), List.of(pk),
                BreachDoctrine.DEFAULT, MarchRules.DEFAULT, ClosureRule.ALL_COLUMNS, GAP_HORIZON_MIN);
    }

    /** A tracked vehicle no mine stops: {@link #scaling(int, int)} keeps every vehicle (ASSUMPTION for the bench). */
    private static final VehicleType UNKILLABLE = new VehicleType("bench-tank", "bench tank", 40, 25, 3.6, 0.6, 0, 0);

    /** Length of each of the four segments of the scaling route, km. */
    private static final double SCALING_SEGMENT_KM = 50;

    /**
     * A synthetic scenario for the growth law: a 200 km route of four 50 km segments (open, forest, forest, open
     * ground beside the road), two columns of {@code vehiclesPerColumn} vehicles 30 minutes apart, and
     * {@code obstaclesOnRoute} obstacles evenly spaced along the route as the package {@code fort}, cycling through
     * minefield (scattered), anti-tank ditch, dragon's teeth, abatis, crater. Recon finds 60% of obstacles in
     * advance (the default doctrine), so undetected minefields are found by mine strikes, but no vehicle is ever
     * stopped (kill probability 0) and nothing is watched (no fire): every vehicle crosses every obstacle.
     *
     * @param vehiclesPerColumn vehicles in each of the two columns, &gt;= 1
     * @param obstaclesOnRoute  obstacles on the route, &gt;= 1 (at most 1,000: they must fit 200 m apart)
     * @return a validated scenario with one package, {@code fort}
     */
    public static Scenario scaling(int vehiclesPerColumn, int obstaclesOnRoute) {
        if (vehiclesPerColumn < 1 || obstaclesOnRoute < 1 || obstaclesOnRoute > 1000) {
            throw new IllegalArgumentException("vehicles >= 1 and 1 <= obstacles <= 1000, were "
                    + vehiclesPerColumn + ", " + obstaclesOnRoute);
        }
        List<Place> places = new ArrayList<>();
        List<RoadSegment> segments = new ArrayList<>();
        Terrain[] beside = {Terrain.OPEN, Terrain.FOREST, Terrain.FOREST, Terrain.OPEN};
        for (int i = 0; i <= beside.length; i++) {
            places.add(new Place("p" + i, null, 54.0 + 0.1 * i, 23.0, i == 0 ? PlaceKind.ASSEMBLY_AREA
                    : i == beside.length ? PlaceKind.OBJECTIVE : PlaceKind.JUNCTION, "LT"));
        }
        List<String> route = new ArrayList<>();
        route.add("p0");
        for (int i = 0; i < beside.length; i++) {
            segments.add(seg("s" + i, "p" + i, "p" + (i + 1), SCALING_SEGMENT_KM, RoadClass.NATIONAL, 70, beside[i],
                    0, "LT"));
            route.add("p" + (i + 1));
        }
        double routeKm = SCALING_SEGMENT_KM * beside.length;
        List<Obstacle> obstacles = new ArrayList<>(obstaclesOnRoute);
        for (int i = 0; i < obstaclesOnRoute; i++) {
            double km = (i + 0.5) * routeKm / obstaclesOnRoute;
            int s = Math.min(beside.length - 1, (int) (km / SCALING_SEGMENT_KM));
            double pos = Math.min(km - s * SCALING_SEGMENT_KM, SCALING_SEGMENT_KM - 0.2);
            String id = "o" + i;
            String sid = "s" + s;
            obstacles.add(switch (i % 5) {
                case 0 -> new Minefield(id, sid, pos, Coverage.UNOBSERVED, 0, 250, 100, 2, 0.8, Fuze.TRACK_WIDTH,
                        MineLayout.RANDOM);
                case 1 -> new AntiTankDitch(id, sid, pos, Coverage.UNOBSERVED, 0, 5, 2.5, 1000);
                case 2 -> new DragonsTeeth(id, sid, pos, Coverage.UNOBSERVED, 0, 8, 200);
                case 3 -> new Abatis(id, sid, pos, Coverage.UNOBSERVED, 0, 40);
                default -> new Crater(id, sid, pos, Coverage.UNOBSERVED, 0, 12, 4);
            });
        }
        List<ColumnSpec> columns = List.of(
                new ColumnSpec("c1", null, List.of(new VehicleGroup("bench-tank", vehiclesPerColumn)), 50, "p0", 0,
                        "p4", route, engineers(8, 2, 4, 2), 0),
                new ColumnSpec("c2", null, List.of(new VehicleGroup("bench-tank", vehiclesPerColumn)), 50, "p0", 30,
                        "p4", route, engineers(8, 2, 4, 2), 0));
        FortificationPackage fort = pkg("fort", List.of("LT"), 0, obstacles, List.of(), IsrEffect.NONE);
        return new Scenario("bench-scaling-" + vehiclesPerColumn + "x" + obstaclesOnRoute, "", new RoadNetwork(places,
                segments), List.of(UNKILLABLE), columns, List.of(), List.of(fort), BreachDoctrine.DEFAULT,
                MarchRules.DEFAULT, ClosureRule.ALL_COLUMNS, org.gapsim.scenario.Limits.MAX_HORIZON_MIN);
    }

    private static RoadSegment seg(String id, String from, String to, double km, RoadClass rc, double limitKmh,
                                   Terrain beside, double bridgeGapM, String country) {
        return new RoadSegment(id, from, to, km, rc, 1, limitKmh, beside, bridgeGapM, country);
    }

    private static FortificationPackage pkg(String name, List<String> countries, double otherCostEur,
                                            List<Obstacle> obstacles, List<TerrainChange> terrain, IsrEffect isr) {
        return new FortificationPackage(name, name, countries, otherCostEur, obstacles, terrain, isr);
    }

    /** UR-77-class line charges, KMT-class ploughs, MTU-class bridges (20 m span), IMR-class earth movers. */
    private static EngineerAssets engineers(int lineCharges, int ploughs, int bridges, int earthMovers) {
        return new EngineerAssets(
                new EngineerAssets.LineCharges(lineCharges, 100, 8, new Distribution.Triangular(1.5, 2, 4), 0.9),
                new EngineerAssets.MinePloughs(ploughs, 8, new Distribution.Triangular(2, 3, 6), 0.95),
                new EngineerAssets.BridgeLayers(bridges, 20, new Distribution.Uniform(2, 5)),
                new EngineerAssets.EarthMovers(earthMovers, 4, 1),
                EngineerAssets.ManualBreach.DEFAULT);
    }
}
