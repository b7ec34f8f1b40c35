package org.gapsim.scenario.io;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapsim.scenario.Abatis;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.Armour;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.CoverageTemplate;
import org.gapsim.scenario.CostBasis;
import org.gapsim.scenario.CostCatalogue;
import org.gapsim.scenario.CostItem;
import org.gapsim.scenario.CostUnit;
import org.gapsim.scenario.Crater;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DistributionKinds;
import org.gapsim.scenario.DistributionProvider;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.DefenderUnitKinds;
import org.gapsim.scenario.DragonsTeeth;
import org.gapsim.scenario.BreachMethodProvider;
import org.gapsim.scenario.BreachMethods;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.Ground;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Mobility;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleFields;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.ObstacleKindProvider;
import org.gapsim.scenario.ObstacleKinds;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Season;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.TargetGroup;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.UnitPosition;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Turns a composed YAML tree into the scenario records, one reader method per record. */
final class ScenarioReader {
    /** Keys of the distribution forms read without a provider, allowed after the built-in kinds. */
    private static final List<String> OTHER_DIST_FORMS = List.of("ssj", "params", "empirical");
    private static final String[] DOCTRINE_FIELDS = {"reconDetectionProbability", "decisionDelayMin",
        "bypassWhenPossible", "bypassReconMin", "bypassBaseDetourKm", "methods", "lanesPerObstacle",
        "laneSpeedKmh", "laneIntervalM", "corridorWidthM", "leadLateralSdM", "followerLateralSdM", "proofLanes",
        "proofingMin", "smokeMin", "smokeKillFactor", "suppression", "locateProbability", "suppressionMin",
        "suppressedRateFactor", "ewStrength", "recoveryMin", "assetReplaceMin", "maxBreachAttempts",
        "manualUnderFireFactor", "manualAtNightOnly", "nightWorkFactor", "preparationMin", "abortLossFraction",
        "contactHaltMin", "assault"};
    /** Doctrine keys of the model before the defender fought (issue 11), and what replaces each. */
    private static final Map<String, String> REMOVED_DOCTRINE_FIELDS = Map.of(
        "observedBreachMultiplier", "the units of defender.observedTemplate, placed at every obstacle marked "
            + "'coverage: observed' (docs/scenario-format.md#defender)",
        "coveredBreachMultiplier", "the units of defender.coveredTemplate, placed at every obstacle marked "
            + "'coverage: covered-by-fire', and the defender's own sensors and fireUnits "
            + "(docs/scenario-format.md#defender)",
        "observedAttritionPerHour", "the units of defender.observedTemplate, placed at every obstacle marked "
            + "'coverage: observed' (docs/scenario-format.md#defender)",
        "coveredAttritionPerHour", "the fire units of defender.coveredTemplate, placed at every obstacle marked "
            + "'coverage: covered-by-fire', and the defender's own fireUnits (docs/scenario-format.md#defender)");
    private static final String[] SENSOR_FIELDS = {"id", "kind", "position", "rangeKm", "detectionsPerHour",
        "costEur", "smokeFactor", "nightFactor", "ewFactor", "movingFactor", "item"};
    private static final String[] FIRE_UNIT_FIELDS = {"id", "kind", "position", "rangeKm", "reactionMin",
        "engagementsPerHour", "ammunition", "pKillArmoured", "pKillLight", "ownDetectionsPerHour",
        "counterFireKillProbability", "costEur", "knownProbability", "fightsProbability", "reseedsLanes",
        "nightFactor", "signature", "movingTargetFactor", "item"};

    private final Ctx ctx;
    /** The distribution kinds, found at the first distribution read. */
    private DistributionKinds kinds;
    /** The network and the bypass stand-off the packages' belts are placed on (set before the packages are read). */
    private RoadNetwork beltNetwork;
    private double beltStandoffM = Ground.DEFAULT.bypassStandoffM();
    /** The scenario's catalogue, read before anything that names its items. */
    private CostCatalogue catalogue = CostCatalogue.NONE;
    /** While a package's obstacles are read: what each names from the catalogue, by id; null elsewhere. */
    private Map<String, CostBasis> basisSink;

    ScenarioReader(Ctx ctx) {
        this.ctx = ctx;
    }

    // ---------------------------------------------------------------- scenario

    Scenario scenario(YNode root) {
        if (!(root.node instanceof MappingNode)) {
            throw root.error("expected a map of scenario fields at the top level, found " + root.describe());
        }
        YMap m = root.map().only("name", "description", "horizonMin", "network", "vehicleTypes", "columns",
                "existingObstacles", "packages", "packageFiles", "doctrine", "march", "closure", "defender", "clock",
                "ground", "crossingAssets", "catalogue");
        catalogue = catalogue(m.opt("catalogue"));
        String name = m.str("name");
        String description = m.strOr("description", "");
        double horizonMin = m.num("horizonMin");
        RoadNetwork network = network(m.req("network"));
        List<VehicleType> types = new ArrayList<>();
        for (YNode y : listReq(m, "vehicleTypes")) {
            types.add(vehicleType(y));
        }
        List<ColumnSpec> columns = new ArrayList<>();
        for (YNode y : listReq(m, "columns")) {
            columns.add(column(y));
        }
        List<Obstacle> existing = new ArrayList<>();
        for (YNode y : m.list("existingObstacles")) {
            existing.add(obstacle(y));
        }
        Ground ground = ground(m.opt("ground"));   // before the packages: their belts need the ground's stand-off
        beltNetwork = network;
        beltStandoffM = ground.bypassStandoffM();
        List<FortificationPackage> packages = packages(m.opt("packages"), m.opt("packageFiles"));
        BreachDoctrine doctrine = doctrine(m.opt("doctrine"));
        MarchRules march = march(m.opt("march"));
        ClosureRule closure = closure(m.opt("closure"));
        CrossingAssets crossing = crossingAssets(m.opt("crossingAssets"));
        refuseItems(m.opt("defender"));
        Defender defender = defender(m.opt("defender"), true);
        Clock clock = clock(m.opt("clock"));
        checkUnitIds(defender, packages);
        CostCatalogue cat = catalogue;
        return ctx.build("", () -> new Scenario(name, description, network, types, columns, existing, packages,
                doctrine, march, closure, horizonMin, defender, clock, ground, crossing, cat));
    }

    private static List<YNode> listReq(YMap m, String key) {
        return m.req(key).list();
    }

    // ---------------------------------------------------------------- network

    private RoadNetwork network(YNode y) {
        YMap m = y.map().only("places", "segments");
        List<Place> places = new ArrayList<>();
        for (YNode p : listReq(m, "places")) {
            places.add(place(p));
        }
        List<RoadSegment> segments = new ArrayList<>();
        for (YNode s : m.list("segments")) {
            segments.add(segment(s));
        }
        return ctx.build(y.path, () -> new RoadNetwork(places, segments));
    }

    private Place place(YNode y) {
        YMap m = y.map().only("id", "name", "latDeg", "lonDeg", "kind", "country");
        String id = m.str("id");
        String name = m.strOr("name", null);
        double lat = m.num("latDeg");
        double lon = m.num("lonDeg");
        PlaceKind kind = m.enumReq("kind", PlaceKind.class);
        String country = m.str("country");
        return ctx.build(y.path, () -> new Place(id, name, lat, lon, kind, country));
    }

    private RoadSegment segment(YNode y) {
        YMap m = y.map().only("id", "from", "to", "lengthKm", "roadClass", "lanes", "speedLimitKmh",
                "terrainBeside", "bridgeGapM", "country", "openWidthM");
        String id = m.str("id");
        String from = m.str("from");
        String to = m.str("to");
        double length = m.num("lengthKm");
        RoadClass cls = m.enumReq("roadClass", RoadClass.class);
        int lanes = m.intOr("lanes", 1);
        double limit = m.num("speedLimitKmh");
        Terrain terrain = m.enumReq("terrainBeside", Terrain.class);
        double gap = m.numOr("bridgeGapM", 0);
        String country = m.str("country");
        double open = m.numOr("openWidthM", Double.POSITIVE_INFINITY);
        return ctx.build(y.path, () -> new RoadSegment(id, from, to, length, cls, lanes, limit, terrain, gap, country,
                open));
    }

    // ---------------------------------------------------------------- forces

    private VehicleType vehicleType(YNode y) {
        YMap m = y.map().only("id", "name", "roadSpeedKmh", "crossCountrySpeedKmh", "widthM", "trackWidthM",
                "pKillTrackWidthFuze", "pKillFullWidthFuze", "armour", "mobility", "fordingDepthM");
        String id = m.str("id");
        String name = m.strOr("name", null);
        double road = m.num("roadSpeedKmh");
        double cross = m.num("crossCountrySpeedKmh");
        double width = m.num("widthM");
        double track = m.num("trackWidthM");
        double pTrack = m.num("pKillTrackWidthFuze");
        double pFull = m.num("pKillFullWidthFuze");
        Armour armour = m.enumOr("armour", Armour.class, Armour.ARMOURED);
        Mobility mobility = m.enumOr("mobility", Mobility.class, Mobility.TRACKED);
        double ford = m.numOr("fordingDepthM", VehicleType.DEFAULT_FORDING_DEPTH_M);
        return ctx.build(y.path, () -> new VehicleType(id, name, road, cross, width, track, pTrack, pFull, armour,
                mobility, ford));
    }

    private ColumnSpec column(YNode y) {
        YMap m = y.map().only("id", "name", "marchOrder", "intervalM", "start", "departureMin", "objective",
                "route", "engineers", "combatIneffectiveFraction");
        String id = m.str("id");
        String name = m.strOr("name", null);
        List<VehicleGroup> order = new ArrayList<>();
        for (YNode g : listReq(m, "marchOrder")) {
            YMap gm = g.map().only("type", "count");
            String type = gm.str("type");
            int count = gm.intReq("count");
            order.add(ctx.build(g.path, () -> new VehicleGroup(type, count)));
        }
        double interval = m.num("intervalM");
        String start = m.str("start");
        double departure = m.numOr("departureMin", 0);
        String objective = m.str("objective");
        List<String> route = m.texts("route");
        EngineerAssets engineers = engineers(m.opt("engineers"));
        double ci = m.num("combatIneffectiveFraction");
        return ctx.build(y.path, () -> new ColumnSpec(id, name, order, interval, start, departure, objective, route,
                engineers, ci));
    }

    private EngineerAssets engineers(YNode y) {
        if (y == null) {
            return EngineerAssets.NONE;
        }
        YMap m = y.map().only("lineCharges", "minePloughs", "bridgeLayers", "earthMovers", "manual", "mineRollers",
                "extra");
        EngineerAssets.LineCharges lc = EngineerAssets.LineCharges.NONE;
        YNode n = m.opt("lineCharges");
        if (n != null) {
            YMap p = n.map().only("count", "laneLengthM", "laneWidthM", "timePerChargeMin", "clearanceProbability",
                    "carrier", "misfireProbability", "primingMin", "failureProbability");
            EngineerAssets.LineCharges d = lc;
            int count = p.intOr("count", d.count());
            double len = p.numOr("laneLengthM", d.laneLengthM());
            double wid = p.numOr("laneWidthM", d.laneWidthM());
            Distribution t = distOr(p, "timePerChargeMin", d.timePerChargeMin());
            double cl = p.numOr("clearanceProbability", d.clearanceProbability());
            String carrier = p.strOr("carrier", d.carrier());
            double misfire = p.numOr("misfireProbability", d.misfireProbability());
            Distribution priming = distOr(p, "primingMin", d.primingMin());
            double failure = p.numOr("failureProbability", d.failureProbability());
            lc = ctx.build(n.path, () -> new EngineerAssets.LineCharges(count, len, wid, t, cl, carrier, misfire,
                    priming, failure));
        }
        EngineerAssets.MinePloughs mp = EngineerAssets.MinePloughs.NONE;
        n = m.opt("minePloughs");
        if (n != null) {
            YMap p = n.map().only("count", "speedKmh", "setupMin", "clearanceProbability", "carrier",
                    "bladeDetonationProbability");
            EngineerAssets.MinePloughs d = mp;
            int count = p.intOr("count", d.count());
            double speed = p.numOr("speedKmh", d.speedKmh());
            Distribution setup = distOr(p, "setupMin", d.setupMin());
            double cl = p.numOr("clearanceProbability", d.clearanceProbability());
            String carrier = p.strOr("carrier", d.carrier());
            double blade = p.numOr("bladeDetonationProbability", d.bladeDetonationProbability());
            mp = ctx.build(n.path, () -> new EngineerAssets.MinePloughs(count, speed, setup, cl, carrier, blade));
        }
        EngineerAssets.BridgeLayers bl = EngineerAssets.BridgeLayers.NONE;
        n = m.opt("bridgeLayers");
        if (n != null) {
            YMap p = n.map().only("count", "spanM", "emplaceMin", "carrier");
            EngineerAssets.BridgeLayers d = bl;
            int count = p.intOr("count", d.count());
            double span = p.numOr("spanM", d.spanM());
            Distribution emplace = distOr(p, "emplaceMin", d.emplaceMin());
            String carrier = p.strOr("carrier", d.carrier());
            bl = ctx.build(n.path, () -> new EngineerAssets.BridgeLayers(count, span, emplace, carrier));
        }
        EngineerAssets.EarthMovers em = EngineerAssets.EarthMovers.NONE;
        n = m.opt("earthMovers");
        if (n != null) {
            YMap p = n.map().only("count", "fillRateM3PerMin", "clearRateMPerMin", "carrier");
            EngineerAssets.EarthMovers d = em;
            int count = p.intOr("count", d.count());
            double fill = p.numOr("fillRateM3PerMin", d.fillRateM3PerMin());
            double clear = p.numOr("clearRateMPerMin", d.clearRateMPerMin());
            String carrier = p.strOr("carrier", d.carrier());
            em = ctx.build(n.path, () -> new EngineerAssets.EarthMovers(count, fill, clear, carrier));
        }
        EngineerAssets.ManualBreach mb = EngineerAssets.ManualBreach.DEFAULT;
        n = m.opt("manual");
        if (n != null) {
            YMap p = n.map().only("minefieldRateMPerMin", "obstacleRateMPerMin", "clearanceProbability");
            EngineerAssets.ManualBreach d = mb;
            double mine = p.numOr("minefieldRateMPerMin", d.minefieldRateMPerMin());
            double obst = p.numOr("obstacleRateMPerMin", d.obstacleRateMPerMin());
            double cl = p.numOr("clearanceProbability", d.clearanceProbability());
            mb = ctx.build(n.path, () -> new EngineerAssets.ManualBreach(mine, obst, cl));
        }
        EngineerAssets.LineCharges flc = lc;
        EngineerAssets.MinePloughs fmp = mp;
        EngineerAssets.BridgeLayers fbl = bl;
        EngineerAssets.MineRollers mr = EngineerAssets.MineRollers.NONE;
        n = m.opt("mineRollers");
        if (n != null) {
            YMap p = n.map().only("count", "blastsSurvived", "carrier");
            EngineerAssets.MineRollers d = mr;
            int count = p.intOr("count", d.count());
            int blasts = p.intOr("blastsSurvived", d.blastsSurvived());
            String carrier = p.strOr("carrier", d.carrier());
            mr = ctx.build(n.path, () -> new EngineerAssets.MineRollers(count, blasts, carrier));
        }
        EngineerAssets.EarthMovers fem = em;
        EngineerAssets.ManualBreach fmb = mb;
        EngineerAssets.MineRollers fmr = mr;
        List<EngineerAssets.Extra> extra = extraMethods(m.opt("extra"));
        return ctx.build(y.path, () -> new EngineerAssets(flc, fmp, fbl, fem, fmb, fmr, extra));
    }

    /**
     * Reads {@code engineers.extra}: a map from a user's breach method name ({@link BreachMethods}) to its assets,
     * {@code {count, carrier, laneWidthM, <its fields>}}, in the order given.
     */
    private List<EngineerAssets.Extra> extraMethods(YNode y) {
        if (y == null) {
            return List.of();
        }
        BreachMethods methods = ctx.breachMethods();
        List<EngineerAssets.Extra> out = new ArrayList<>();
        for (String name : y.map().keys()) {
            YNode n = y.map().req(name);
            BreachMethodProvider provider = methods.find(name);
            if (provider == null) {
                List<String> allowed = methods.names();
                String near = Text.closest(name, allowed);
                throw y.map().keyNode(name).error("unknown breach method " + Text.quote(name) + (near == null ? ""
                        : "; did you mean '" + near + "'?") + "; allowed: " + (allowed.isEmpty()
                        ? "none (no BreachMethodProvider on the class path)" : String.join(", ", allowed)));
            }
            List<String> keys = new ArrayList<>(List.of("count", "carrier", "laneWidthM"));
            keys.addAll(provider.fieldNames());
            YMap p = n.map().only(keys.toArray(new String[0]));
            int count = p.intOr("count", 0);
            String carrier = p.strOr("carrier", null);
            double width = p.numOr("laneWidthM", 4.0);
            ObstacleFields fields = new Fields(p);
            EngineerAssets.Extra x = ctx.build(n.path, () -> provider.create(count, carrier, width, fields));
            if (x == null || !name.equals(x.method())) {
                throw n.error("breach method provider " + provider.getClass().getName() + " made "
                        + (x == null ? "nothing" : "assets of method '" + x.method() + "'") + ", not '" + name + "'");
            }
            out.add(x);
        }
        return out;
    }

    // ---------------------------------------------------------------- ground and gap crossing (issue 13)

    private Ground ground(YNode y) {
        if (y == null) {
            return Ground.DEFAULT;
        }
        YMap m = y.map().only("season", "iceThicknessM", "bypassStandoffM");
        Ground d = Ground.DEFAULT;
        Season season = m.enumOr("season", Season.class, d.season());
        double ice = m.numOr("iceThicknessM", d.iceThicknessM());
        double standoff = m.numOr("bypassStandoffM", d.bypassStandoffM());
        return ctx.build(y.path, () -> new Ground(season, ice, standoff));
    }

    private CrossingAssets crossingAssets(YNode y) {
        if (y == null) {
            return CrossingAssets.NONE;
        }
        YMap m = y.map().only("pontoons");
        CrossingAssets.Pontoons p = CrossingAssets.Pontoons.NONE;
        YNode n = m.opt("pontoons");
        if (n != null) {
            YMap pm = n.map().only("sets", "setLengthM", "forwardMin", "buildMinPer100m", "maxCurrentMps");
            CrossingAssets.Pontoons d = p;
            int sets = pm.intOr("sets", d.sets());
            double length = pm.numOr("setLengthM", d.setLengthM());
            Distribution forward = distOr(pm, "forwardMin", d.forwardMin());
            Distribution build = distOr(pm, "buildMinPer100m", d.buildMinPer100m());
            double current = pm.numOr("maxCurrentMps", d.maxCurrentMps());
            p = ctx.build(n.path, () -> new CrossingAssets.Pontoons(sets, length, forward, build, current));
        }
        CrossingAssets.Pontoons fp = p;
        return ctx.build(y.path, () -> new CrossingAssets(fp));
    }

    // ---------------------------------------------------------------- obstacles

    /** Keys every obstacle has, whatever its kind. */
    private static final String[] OBSTACLE_COMMON = {"type", "id", "segment", "positionKm", "coverage", "costEur"};

    /**
     * Reads an obstacle of any kind: its {@code type} names a provider ({@link ObstacleKinds}: the built-in kinds,
     * in any spelling of their enum, then the user's by exact name), which reads its own fields.
     */
    private Obstacle obstacle(YNode y) {
        YMap m = y.map();
        YNode typeNode = m.req("type");
        ObstacleKinds kinds = ctx.obstacleKinds();
        String t = typeNode.text();
        ObstacleKind builtIn = Text.enumValue(ObstacleKind.class, t);
        ObstacleKindProvider provider = kinds.find(builtIn != null ? ObstacleKinds.name(builtIn) : t);
        if (provider == null) {
            List<String> allowed = kinds.names();
            String near = Text.closest(t.trim().replace('_', '-'), allowed);
            throw typeNode.error("unknown value " + Text.quote(t) + (near == null ? "" : "; did you mean '" + near
                    + "'?") + "; allowed: " + String.join(", ", allowed));
        }
        ObstacleKind kind = builtIn != null ? builtIn : ObstacleKind.ABATIS;   // any kind but a minefield: "item"
        List<String> keys = new ArrayList<>(List.of(OBSTACLE_COMMON));
        keys.addAll(provider.fieldNames());
        onlyPriced(m, kind, keys.toArray(new String[0]));
        String id = m.str("id");
        String segment = m.str("segment");
        double pos = m.num("positionKm");
        Coverage cov = m.enumOr("coverage", Coverage.class, Coverage.UNOBSERVED);
        double cost = obstacleCost(m, kind, id);
        ObstacleFields fields = new Fields(m);
        Obstacle o = ctx.build(y.path, () -> provider.create(id, segment, pos, cov, cost, fields));
        if (builtIn == null) {
            if (!(o instanceof Obstacle.Extension x) || !x.type().equals(provider.name())) {
                throw typeNode.error("obstacle kind provider " + provider.getClass().getName() + " made "
                        + (o == null ? "nothing" : "a " + o.getClass().getName()) + ", not an Obstacle.Extension "
                        + "of type '" + provider.name() + "'");
            }
            try {
                ObstacleKinds.check(x);
            } catch (ScenarioException e) {
                throw typeNode.error(reasonOf(e));
            }
        }
        return o;
    }

    /** An obstacle's map as its provider reads it: the reader's getters, so the errors are placed the same way. */
    private final class Fields implements ObstacleFields {
        private final YMap m;

        Fields(YMap m) {
            this.m = m;
        }

        @Override
        public boolean has(String key) {
            return m.opt(key) != null;
        }

        @Override
        public double number(String key) {
            return m.num(key);
        }

        @Override
        public double number(String key, double dflt) {
            return m.numOr(key, dflt);
        }

        @Override
        public int integer(String key) {
            return m.intReq(key);
        }

        @Override
        public int integer(String key, int dflt) {
            return m.intOr(key, dflt);
        }

        @Override
        public String text(String key) {
            return m.str(key);
        }

        @Override
        public String text(String key, String dflt) {
            return m.strOr(key, dflt);
        }

        @Override
        public boolean bool(String key, boolean dflt) {
            return m.boolOr(key, dflt);
        }

        @Override
        public <E extends Enum<E>> E choice(String key, Class<E> type) {
            return m.enumReq(key, type);
        }

        @Override
        public <E extends Enum<E>> E choice(String key, Class<E> type, E dflt) {
            return m.enumOr(key, type, dflt);
        }

        @Override
        public Distribution distribution(String key, Distribution dflt) {
            return distOr(m, key, dflt);
        }
    }

    // ---------------------------------------------------------------- packages

    /** A package as read: its own part, its includes, and the locations of its own values. */
    private static final class PkgDef {
        final int index;
        final YNode node;
        final String name;
        final Loc nameLoc;
        final FortificationPackage own;
        final List<YNode> includes;
        final Map<String, Loc> local;

        PkgDef(int index, YNode node, String name, Loc nameLoc, FortificationPackage own, List<YNode> includes,
               Map<String, Loc> local) {
            this.index = index;
            this.node = node;
            this.name = name;
            this.nameLoc = nameLoc;
            this.own = own;
            this.includes = includes;
            this.local = local;
        }

        String prefix() {
            return "packages[" + index + "]";
        }
    }

    private List<FortificationPackage> packages(YNode inline, YNode files) {
        List<PkgDef> defs = new ArrayList<>();
        if (inline != null) {
            for (YNode p : inline.list()) {
                defs.add(packageOwn(p.node, p.source, defs.size()));
            }
        }
        if (files != null) {
            for (YNode f : files.list()) {
                readPackageFile(f, defs);
            }
        }
        Map<String, PkgDef> byName = new LinkedHashMap<>();
        for (PkgDef d : defs) {
            PkgDef prev = byName.putIfAbsent(d.name, d);
            if (prev != null) {
                throw d.nameLoc.error("duplicate package name " + Text.quote(d.name) + " (first defined at "
                        + prev.nameLoc.source() + ":" + prev.nameLoc.line() + ":" + prev.nameLoc.column() + ")");
            }
        }
        List<FortificationPackage> out = new ArrayList<>();
        for (PkgDef d : defs) {
            out.add(resolve(d, byName));
        }
        return out;
    }

    private void readPackageFile(YNode f, List<PkgDef> defs) {
        String rel = f.text();
        if (ctx.baseDir == null) {
            throw f.error("package files cannot be resolved: no base directory (load the scenario from a file, or "
                    + "pass a base directory to parse)");
        }
        Path file;
        String name;
        try {
            file = ctx.baseDir.resolve(rel).normalize();
            name = (ctx.displayDir == null ? Path.of(rel) : ctx.displayDir.resolve(rel)).normalize().toString();
        } catch (InvalidPathException e) {
            throw f.error("invalid file name " + Text.quote(rel));
        }
        if (!insidePackageRoot(file)) {
            throw f.error("package file " + Text.quote(rel) + " lies outside the scenario's folder (package files "
                    + "must be in the folder of the scenario file or below it, or in the folder given as the package "
                    + "directory)");
        }
        String text = SourceText.readFile(file, name, f.loc());
        Node root = SourceText.compose(text, name);
        if (root == null) {
            throw new ScenarioFileException(name, 1, 1, "", "file is empty: expected a package map or a list of them");
        }
        if (root instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            for (Node item : items) {
                defs.add(packageOwn(item, name, defs.size()));
            }
        } else if (root instanceof MappingNode) {
            defs.add(packageOwn(root, name, defs.size()));
        } else {
            // the file's content is never quoted: it may be anything the user can read
            throw Loc.of(root, name, "").error("expected a package map or a list of package maps, found "
                    + (root instanceof ScalarNode ? "a plain value" : "an unsupported YAML node"));
        }
    }

    /** @return whether a package file lies in the package root (after resolving links), so it may be read */
    private boolean insidePackageRoot(Path file) {
        Path root = ctx.packageRoot != null ? ctx.packageRoot : ctx.baseDir;
        try {
            Path r = root.toAbsolutePath().normalize();
            Path f = file.toAbsolutePath().normalize();
            if (!f.startsWith(r)) {
                return false;
            }
            if (java.nio.file.Files.exists(f)) {   // a link inside the folder may point out of it
                return f.toRealPath().startsWith(r.toRealPath());
            }
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads one package's own part, recording its locations in a registry of its own. */
    private PkgDef packageOwn(Node node, String source, int index) {
        Map<String, Loc> saved = ctx.reg;
        Map<String, Loc> local = new HashMap<>();
        ctx.reg = local;
        try {
            YNode y = new YNode(ctx, node, source, "packages[" + index + "]");
            refuseOtherCost(y.map());
            YMap m = y.map().only("name", "description", "countries", "budgetEur", "obstacles", "terrainChanges",
                    "isr", "defender", "includes", "belts", "layout", "borderKm", "onWarning");
            YNode nameNode = m.req("name");
            String name = nameNode.text();
            String description = m.strOr("description", "");
            List<String> countries = m.texts("countries");
            double budget = m.numOr("budgetEur", 0);
            List<Obstacle> obstacles = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Map<String, CostBasis> basis = new LinkedHashMap<>();
            basisSink = basis;
            for (YNode o : m.list("obstacles")) {
                Obstacle ob = obstacle(o);
                if (!ids.add(ob.id())) {
                    throw local.get(o.path + ".id").error("duplicate obstacle id " + Text.quote(ob.id()));
                }
                obstacles.add(ob);
            }
            List<TerrainChange> terrain = new ArrayList<>();
            for (YNode t : m.list("terrainChanges")) {
                YMap tm = t.map().only("segment", "terrainBeside", "hectares", "item");
                String seg = tm.str("segment");
                Terrain beside = tm.enumReq("terrainBeside", Terrain.class);
                double ha = tm.numOr("hectares", 0);
                String item = tm.opt("item") == null ? null : tm.str("item");
                terrain.add(ctx.build(t.path, () -> new TerrainChange(seg, beside, ha, item, 0)));
            }
            IsrEffect isr = isr(m.opt("isr"));
            basisSink = null;
            Defender defender = defender(m.opt("defender"), false);
            unitItems(m.opt("defender"), basis);
            List<YNode> includes = new ArrayList<>();
            for (YNode inc : m.list("includes")) {
                inc.text();
                includes.add(inc);
            }
            List<org.gapsim.scenario.Belt> belts = belts(m.list("belts"), basis);
            org.gapsim.scenario.BudgetLayout layout = new BeltReader(ctx, beltNetwork, beltStandoffM, this::obstacle)
                    .layout(m.list("layout"), m.numOr("borderKm", Double.NaN), name);
            org.gapsim.scenario.OnWarning onWarning = onWarning(m.opt("onWarning"));
            FortificationPackage own = ctx.build(y.path, () -> catalogue.price(new FortificationPackage(name,
                    description, countries, budget, obstacles, terrain, isr, defender, basis, belts, layout,
                    onWarning)));
            return new PkgDef(index, y, name, nameNode.loc(), own, includes, local);
        } finally {
            ctx.reg = saved;
            basisSink = null;
        }
    }

    private IsrEffect isr(YNode y) {
        if (y == null) {
            return IsrEffect.NONE;
        }
        YMap m = y.map().only("attackerDetectionMultiplier", "minimumCoverage");
        double mult = m.numOr("attackerDetectionMultiplier", IsrEffect.NONE.attackerDetectionMultiplier());
        Coverage cov = m.enumOr("minimumCoverage", Coverage.class, IsrEffect.NONE.minimumCoverage());
        return ctx.build(y.path, () -> new IsrEffect(mult, cov));
    }

    /** Resolves a package's includes and records the locations of the result under its scenario path. */
    private FortificationPackage resolve(PkgDef d, Map<String, PkgDef> byName) {
        String pre = d.prefix();
        if (d.includes.isEmpty()) {
            ctx.reg.putAll(d.local);
            return d.own;
        }
        LinkedHashSet<PkgDef> closure = new LinkedHashSet<>();
        collect(d, byName, closure, new ArrayList<>());
        List<FortificationPackage> parts = new ArrayList<>();
        Map<String, Obstacle> first = new HashMap<>();
        Map<String, PkgDef> firstFrom = new HashMap<>();
        for (PkgDef part : closure) {
            parts.add(part.own);
            for (int k = 0; k < part.own.obstacles().size(); k++) {
                Obstacle o = part.own.obstacles().get(k);
                Obstacle prev = first.putIfAbsent(o.id(), o);
                if (prev != null && !prev.equals(o)) {
                    String other = firstFrom.get(o.id()).name;
                    Loc at = part == d ? part.local.get(pre + ".obstacles[" + k + "].id")
                            : d.local.getOrDefault(pre + ".includes", d.node.loc());
                    throw at.error("obstacle id " + Text.quote(o.id()) + " of package " + Text.quote(part.name)
                            + " differs from the obstacle with that id in package " + Text.quote(other));
                }
                firstFrom.putIfAbsent(o.id(), part);
            }
        }
        FortificationPackage combined = ctx.build(pre, () -> FortificationPackage.combine(d.name,
                d.own.description(), parts));
        for (Map.Entry<String, Loc> e : d.local.entrySet()) {
            String k = e.getKey();
            if (!k.startsWith(pre + ".obstacles[") && !k.startsWith(pre + ".terrainChanges[")
                    && !k.startsWith(pre + ".defender.sensors[") && !k.startsWith(pre + ".defender.fireUnits[")) {
                ctx.reg.put(k, e.getValue());
            }
        }
        Set<String> seen = new HashSet<>();
        List<TerrainChange> terrain = new ArrayList<>();
        int ko = 0;
        int kt = 0;
        Set<String> units = new HashSet<>();
        int ks = 0;
        int kf = 0;
        for (PkgDef part : closure) {
            String src = part.prefix();
            // the combined defender holds each part's units in order, a unit id already held counting once
            Defender pd = part.own.defender();
            Set<String> partIds = new HashSet<>();
            for (int k = 0; k < pd.sensors().size(); k++) {
                String id = pd.sensors().get(k).id();
                partIds.add(id);
                if (!units.contains(id)) {
                    Ctx.copy(part.local, src + ".defender.sensors[" + k + "]", ctx.reg,
                            pre + ".defender.sensors[" + ks++ + "]");
                }
            }
            for (int k = 0; k < pd.fireUnits().size(); k++) {
                String id = pd.fireUnits().get(k).id();
                partIds.add(id);
                if (!units.contains(id)) {
                    Ctx.copy(part.local, src + ".defender.fireUnits[" + k + "]", ctx.reg,
                            pre + ".defender.fireUnits[" + kf++ + "]");
                }
            }
            units.addAll(partIds);
            for (int k = 0; k < part.own.obstacles().size(); k++) {
                if (seen.add(part.own.obstacles().get(k).id())) {
                    Ctx.copy(part.local, src + ".obstacles[" + k + "]", ctx.reg, pre + ".obstacles[" + ko++ + "]");
                }
            }
            for (int k = 0; k < part.own.terrainChanges().size(); k++) {
                TerrainChange t = part.own.terrainChanges().get(k);
                if (!terrain.contains(t)) {
                    terrain.add(t);
                    Ctx.copy(part.local, src + ".terrainChanges[" + k + "]", ctx.reg,
                            pre + ".terrainChanges[" + kt++ + "]");
                }
            }
        }
        return combined;
    }

    /** Adds the packages {@code d} includes, transitively and each once, then {@code d} itself. */
    private void collect(PkgDef d, Map<String, PkgDef> byName, LinkedHashSet<PkgDef> out, List<PkgDef> stack) {
        if (out.contains(d)) {
            return;
        }
        stack.add(d);
        for (YNode inc : d.includes) {
            String name = inc.text();
            PkgDef t = byName.get(name);
            if (t == null) {
                String near = Text.closest(name, byName.keySet());
                throw inc.loc().error("unknown package " + Text.quote(name)
                        + (near == null ? "" : "; did you mean '" + near + "'?")
                        + "; known: " + String.join(", ", byName.keySet()));
            }
            int at = stack.indexOf(t);
            if (at >= 0) {
                List<String> cycle = new ArrayList<>();
                for (int i = at; i < stack.size(); i++) {
                    cycle.add(stack.get(i).name);
                }
                cycle.add(t.name);
                throw inc.loc().error("include cycle: " + String.join(" -> ", cycle));
            }
            collect(t, byName, out, stack);
        }
        stack.remove(stack.size() - 1);
        out.add(d);
    }

    // ---------------------------------------------------------------- doctrine, march, closure

    private BreachDoctrine doctrine(YNode y) {
        BreachDoctrine d = BreachDoctrine.DEFAULT;
        if (y == null) {
            return d;
        }
        YMap all = y.map();
        for (String key : all.keys()) {
            String instead = REMOVED_DOCTRINE_FIELDS.get(key);
            if (instead != null) {
                throw all.keyNode(key).error("removed: the defender's units now act instead of a multiplier; use "
                        + instead);
            }
        }
        YMap m = all.only(DOCTRINE_FIELDS);
        BreachDoctrine.Builder b = d.toBuilder()
                .reconDetectionProbability(m.numOr("reconDetectionProbability", d.reconDetectionProbability()))
                .decisionDelayMin(distOr(m, "decisionDelayMin", d.decisionDelayMin()))
                .bypassWhenPossible(m.boolOr("bypassWhenPossible", d.bypassWhenPossible()))
                .bypassReconMin(distOr(m, "bypassReconMin", d.bypassReconMin()))
                .bypassBaseDetourKm(m.numOr("bypassBaseDetourKm", d.bypassBaseDetourKm()))
                .methods(methods(m.opt("methods"), d.methods()))
                .lanesPerObstacle(m.intOr("lanesPerObstacle", d.lanesPerObstacle()))
                .laneSpeedKmh(m.numOr("laneSpeedKmh", d.laneSpeedKmh()))
                .laneIntervalM(m.numOr("laneIntervalM", d.laneIntervalM()))
                .corridorWidthM(m.numOr("corridorWidthM", d.corridorWidthM()))
                .leadLateralSdM(m.numOr("leadLateralSdM", d.leadLateralSdM()))
                .followerLateralSdM(m.numOr("followerLateralSdM", d.followerLateralSdM()))
                .proofLanes(m.boolOr("proofLanes", d.proofLanes()))
                .proofingMin(distOr(m, "proofingMin", d.proofingMin()))
                .smokeMin(distOr(m, "smokeMin", d.smokeMin()))
                .smokeKillFactor(m.numOr("smokeKillFactor", d.smokeKillFactor()))
                .suppression(m.boolOr("suppression", d.suppression()))
                .locateProbability(m.numOr("locateProbability", d.locateProbability()))
                .suppressionMin(distOr(m, "suppressionMin", d.suppressionMin()))
                .suppressedRateFactor(m.numOr("suppressedRateFactor", d.suppressedRateFactor()))
                .ewStrength(m.numOr("ewStrength", d.ewStrength()))
                .recoveryMin(distOr(m, "recoveryMin", d.recoveryMin()))
                .assetReplaceMin(distOr(m, "assetReplaceMin", d.assetReplaceMin()))
                .maxBreachAttempts(m.intOr("maxBreachAttempts", d.maxBreachAttempts()))
                .manualUnderFireFactor(m.numOr("manualUnderFireFactor", d.manualUnderFireFactor()))
                .manualAtNightOnly(m.boolOr("manualAtNightOnly", d.manualAtNightOnly()))
                .nightWorkFactor(m.numOr("nightWorkFactor", d.nightWorkFactor()))
                .preparationMin(m.numOr("preparationMin", d.preparationMin()))
                .abortLossFraction(m.numOr("abortLossFraction", d.abortLossFraction()))
                .contactHaltMin(distOr(m, "contactHaltMin", d.contactHaltMin()))
                .assault(assault(m.opt("assault"), d.assault()));
        return ctx.build(y.path, b::build);
    }

    /** Reads the doctrine's {@code assault} block: every field required; absent, {@code dflt} (no assault). */
    private BreachDoctrine.Assault assault(YNode y, BreachDoctrine.Assault dflt) {
        if (y == null) {
            return dflt;
        }
        YMap m = y.map().only("rangeKm", "engagementsPerHour", "pKillArmoured", "pKillLight", "detectionsPerHour");
        double range = m.num("rangeKm");
        double rate = m.num("engagementsPerHour");
        double armoured = m.num("pKillArmoured");
        double light = m.num("pKillLight");
        double detect = m.num("detectionsPerHour");
        return ctx.build(y.path, () -> new BreachDoctrine.Assault(range, rate, armoured, light, detect));
    }

    private Map<ObstacleKind, List<BreachMethod>> methods(YNode y, Map<ObstacleKind, List<BreachMethod>> dflt) {
        if (y == null) {
            return dflt;
        }
        YMap m = y.map();
        EnumMap<ObstacleKind, List<BreachMethod>> out = new EnumMap<>(ObstacleKind.class);
        for (String key : m.keys()) {
            YNode k = m.keyNode(key);
            ObstacleKind kind = k.enumValue(ObstacleKind.class);
            if (out.containsKey(kind)) {
                throw k.error("obstacle kind '" + Text.kebab(kind) + "' is listed twice");
            }
            List<BreachMethod> list = new ArrayList<>();
            YNode v = m.opt(key);
            if (v != null) {
                for (YNode e : v.list()) {
                    list.add(e.enumValue(BreachMethod.class));
                }
            }
            out.put(kind, list);
        }
        return out;
    }

    // ---------------------------------------------------------------- defender, clock

    /**
     * Reads a defender. The scenario's may set the target priority and the coverage templates; a package's buys
     * units and protection only (the scenario's priority and templates apply to every package).
     */
    private Defender defender(YNode y, boolean scenarioLevel) {
        Defender d = Defender.NONE;
        if (y == null) {
            return d;
        }
        YMap m = scenarioLevel
                ? y.map().only("sensors", "fireUnits", "electronicProtection", "targetPriority", "observedTemplate",
                        "coveredTemplate")
                : y.map().only("sensors", "fireUnits", "electronicProtection");
        List<Sensor> sensors = new ArrayList<>();
        for (YNode s : m.list("sensors")) {
            sensors.add(sensor(s, true));
        }
        List<FireUnit> fireUnits = new ArrayList<>();
        for (YNode f : m.list("fireUnits")) {
            fireUnits.add(fireUnit(f, true));
        }
        double protection = m.numOr("electronicProtection", d.electronicProtection());
        List<TargetGroup> priority = d.targetPriority();
        if (m.opt("targetPriority") != null) {
            priority = new ArrayList<>();
            for (YNode g : m.list("targetPriority")) {
                TargetGroup group = g.enumValue(TargetGroup.class);
                if (priority.contains(group)) {
                    throw g.error("target group '" + Text.kebab(group) + "' is listed twice");
                }
                priority.add(group);
            }
        }
        CoverageTemplate observed = template(m.opt("observedTemplate"), d.observedTemplate());
        CoverageTemplate covered = template(m.opt("coveredTemplate"), d.coveredTemplate());
        List<TargetGroup> p = priority;
        return ctx.build(y.path, () -> new Defender(sensors, fireUnits, protection, p, observed, covered));
    }

    /** Refuses a package unit whose id is one of the scenario's units, at the package unit's id. */
    private void checkUnitIds(Defender scenario, List<FortificationPackage> packages) {
        Set<String> ids = new HashSet<>();
        scenario.sensors().forEach(u -> ids.add(u.id()));
        scenario.fireUnits().forEach(u -> ids.add(u.id()));
        for (int i = 0; i < packages.size(); i++) {
            Defender d = packages.get(i).defender();
            for (int k = 0; k < d.sensors().size() + d.fireUnits().size(); k++) {
                boolean sensor = k < d.sensors().size();
                int j = sensor ? k : k - d.sensors().size();
                String id = sensor ? d.sensors().get(j).id() : d.fireUnits().get(j).id();
                if (ids.contains(id)) {
                    String at = "packages[" + i + "].defender." + (sensor ? "sensors[" : "fireUnits[") + j + "].id";
                    throw ctx.resolve("", new ScenarioException(at, "unit id " + Text.quote(id) + " is already a "
                            + "unit of the scenario's defender (unit ids are unique across the scenario's and every "
                            + "package's units)"));
                }
            }
        }
    }

    /** Reads a coverage template: its units stand at each obstacle it covers, so they have no position. */
    private CoverageTemplate template(YNode y, CoverageTemplate dflt) {
        if (y == null) {
            return dflt;
        }
        YMap m = y.map().only("sensors", "fireUnits");
        List<Sensor> sensors = new ArrayList<>();
        for (YNode s : m.list("sensors")) {
            sensors.add(sensor(s, false));
        }
        List<FireUnit> fireUnits = new ArrayList<>();
        for (YNode f : m.list("fireUnits")) {
            fireUnits.add(fireUnit(f, false));
        }
        return ctx.build(y.path, () -> new CoverageTemplate(sensors, fireUnits));
    }

    private static String[] without(String[] fields, String drop) {
        return java.util.Arrays.stream(fields).filter(f -> !f.equals(drop)).toArray(String[]::new);
    }

    private Sensor sensor(YNode y, boolean placed) {
        YMap m = placed ? y.map().only(SENSOR_FIELDS)
                : y.map().only(without(without(SENSOR_FIELDS, "position"), "item"));
        String id = m.str("id");
        Sensor d = unitKind(m.req("kind"), false).sensor;
        Sensor.Builder b = Sensor.builder();
        b.id(id)
                .kind(d.kind())
                .position(placed ? position(m.req("position")) : null)
                .rangeKm(m.numOr("rangeKm", d.rangeKm()))
                .detectionsPerHour(m.numOr("detectionsPerHour", d.detectionsPerHour()))
                .costEur(m.numOr("costEur", d.costEur()))
                .smokeFactor(m.numOr("smokeFactor", d.smokeFactor()))
                .nightFactor(m.numOr("nightFactor", d.nightFactor()))
                .ewFactor(m.numOr("ewFactor", d.ewFactor()))
                .movingFactor(m.numOr("movingFactor", d.movingFactor()));
        return ctx.build(y.path, b::build);
    }

    private FireUnit fireUnit(YNode y, boolean placed) {
        YMap m = placed ? y.map().only(FIRE_UNIT_FIELDS)
                : y.map().only(without(without(FIRE_UNIT_FIELDS, "position"), "item"));
        String id = m.str("id");
        FireUnit d = unitKind(m.req("kind"), true).fireUnit;
        FireUnit.Builder b = FireUnit.builder();
        b.id(id)
                .kind(d.kind())
                .position(placed ? position(m.req("position")) : null)
                .rangeKm(m.numOr("rangeKm", d.rangeKm()))
                .reactionMin(distOr(m, "reactionMin", d.reactionMin()))
                .engagementsPerHour(m.numOr("engagementsPerHour", d.engagementsPerHour()))
                .ammunition(m.intOr("ammunition", d.ammunition()))
                .pKillArmoured(m.numOr("pKillArmoured", d.pKillArmoured()))
                .pKillLight(m.numOr("pKillLight", d.pKillLight()))
                .ownDetectionsPerHour(m.numOr("ownDetectionsPerHour", d.ownDetectionsPerHour()))
                .counterFireKillProbability(m.numOr("counterFireKillProbability", d.counterFireKillProbability()))
                .costEur(m.numOr("costEur", d.costEur()))
                .knownProbability(m.numOr("knownProbability", d.knownProbability()))
                .fightsProbability(m.numOr("fightsProbability", d.fightsProbability()))
                .reseedsLanes(m.boolOr("reseedsLanes", d.reseedsLanes()))
                .nightFactor(m.numOr("nightFactor", d.nightFactor()))
                .signature(m.numOr("signature", d.signature()))
                .movingTargetFactor(m.numOr("movingTargetFactor", d.movingTargetFactor()));
        return ctx.build(y.path, b::build);
    }

    /** A defender unit kind's template: a fire unit's or a sensor's. */
    private record Template(FireUnit fireUnit, Sensor sensor) {
    }

    /**
     * Reads a unit's {@code kind}: a built-in kind in any spelling of its enum constant, else a user's kind by its
     * exact name ({@link DefenderUnitKinds}); its template gives the defaults of the fields not given.
     */
    private Template unitKind(YNode kindNode, boolean fireUnit) {
        String t = kindNode.text();
        DefenderUnitKinds kinds = ctx.unitKinds();
        Enum<?> builtIn = fireUnit ? Text.enumValue(FireUnitKind.class, t) : Text.enumValue(SensorKind.class, t);
        String name = builtIn != null ? DefenderUnitKinds.name(builtIn) : t;
        FireUnit f = fireUnit ? kinds.fireUnit(name) : null;
        Sensor s = fireUnit ? null : kinds.sensor(name);
        if (f == null && s == null) {
            List<String> allowed = fireUnit ? kinds.fireUnitNames() : kinds.sensorNames();
            boolean other = fireUnit ? kinds.sensor(name) != null : kinds.fireUnit(name) != null;
            String near = Text.closest(t.trim().replace('_', '-'), allowed);
            throw kindNode.error((other ? Text.quote(t) + " is a " + (fireUnit ? "sensor" : "fire unit") + " kind"
                    : "unknown value " + Text.quote(t) + (near == null ? "" : "; did you mean '" + near + "'?"))
                    + "; allowed: " + String.join(", ", allowed));
        }
        return new Template(f, s);
    }

    /** Reads {@code {place: id}} or {@code {segment: id, km: x}}. */
    private UnitPosition position(YNode y) {
        YMap m = y.map().only("place", "segment", "km");
        YNode place = m.opt("place");
        YNode segment = m.opt("segment");
        if ((place == null) == (segment == null)) {
            throw y.error("give exactly one of {place: <id>} or {segment: <id>, km: <km from its from end>}");
        }
        if (place != null) {
            YNode km = m.opt("km");
            if (km != null) {
                throw km.error("km goes with segment, not with place");
            }
            String p = place.text();
            return ctx.build(y.path, () -> UnitPosition.at(p));
        }
        String s = segment.text();
        double km = m.num("km");
        return ctx.build(y.path, () -> UnitPosition.on(s, km));
    }

    private Clock clock(YNode y) {
        if (y == null) {
            return Clock.ALWAYS_DAY;
        }
        YMap m = y.map().only("startHour", "sunriseHour", "sunsetHour");
        double start = m.numOr("startHour", Clock.ALWAYS_DAY.startHour());
        double sunrise = m.num("sunriseHour");
        double sunset = m.num("sunsetHour");
        return ctx.build(y.path, () -> new Clock(start, sunrise, sunset));
    }

    private MarchRules march(YNode y) {
        MarchRules d = MarchRules.DEFAULT;
        if (y == null) {
            return d;
        }
        YMap m = y.map().only("departureDelayMin", "speedFactor");
        Distribution delay = distOr(m, "departureDelayMin", d.departureDelayMin());
        Distribution speed = distOr(m, "speedFactor", d.speedFactor());
        return ctx.build(y.path, () -> new MarchRules(delay, speed));
    }

    private ClosureRule closure(YNode y) {
        if (y == null) {
            return ClosureRule.ALL_COLUMNS;
        }
        YMap m = y.map().only("kind", "fraction");
        ClosureRule.Kind kind = m.enumReq("kind", ClosureRule.Kind.class);
        double fraction = m.numOr("fraction", ClosureRule.ALL_COLUMNS.fraction());
        return ctx.build(y.path, () -> new ClosureRule(kind, fraction));
    }

    // ---------------------------------------------------------------- distributions

    private Distribution distOr(YMap m, String key, Distribution dflt) {
        YNode y = m.opt(key);
        return y == null ? dflt : distribution(y);
    }

    /**
     * Reads a distribution: a plain number (fixed), or a map with one key naming the form: {@code fixed: v},
     * {@code uniform: [min, max]}, {@code triangular: [min, mode, max]}, {@code lognormal: {mean: m, sd: s}},
     * {@code exponential: mean}. List and map forms are both accepted for every parameterised form.
     */
    Distribution distribution(YNode y) {
        if (y.node instanceof ScalarNode) {
            double v = y.number();
            try {
                return new Distribution.Fixed(v);
            } catch (ScenarioException e) {
                throw y.error(reasonOf(e));
            }
        }
        if (!(y.node instanceof MappingNode)) {
            throw y.error("expected a distribution (a number, or a map such as {triangular: [min, mode, max]}), "
                    + "found " + y.describe());
        }
        YMap m = y.map().only(distForms());
        if (m.keys().contains("ssj") || m.keys().contains("params")) {
            return ssjDistribution(y, m);
        }
        if (m.keys().size() == 1 && m.keys().contains("empirical")) {
            return empirical(m.req("empirical"));
        }
        if (m.keys().size() != 1) {
            throw y.error("a distribution map has exactly one key (fixed, uniform, triangular, lognormal or "
                    + "exponential), found " + m.keys().size());
        }
        String form = m.keys().iterator().next();
        YNode v = m.req(form);
        DistributionProvider provider = kinds().find(form);
        String[] names = provider.parameterNames().toArray(String[]::new);
        YNode[] at = new YNode[names.length];
        double[] p = new double[names.length];
        boolean listForm = false;
        if (v.node instanceof ScalarNode && names.length == 1) {
            at[0] = v;
            p[0] = v.number();
        } else if (v.node instanceof SequenceNode) {
            List<YNode> items = v.list();
            if (items.size() != names.length) {
                throw v.error("expected " + names.length + (names.length == 1 ? " number" : " numbers")
                        + " [" + String.join(", ", names) + "], found a list of " + items.size());
            }
            for (int i = 0; i < names.length; i++) {
                at[i] = items.get(i);
                p[i] = items.get(i).number();
            }
            listForm = true;
        } else if (v.node instanceof MappingNode) {
            YMap pm = v.map().only(names);
            for (int i = 0; i < names.length; i++) {
                at[i] = pm.req(names[i]);
                p[i] = at[i].number();
            }
        } else {
            throw v.error("expected " + (names.length == 1 ? "a number or " : "")
                    + "a list [" + String.join(", ", names) + "] or a map {" + String.join(", ", names)
                    + "}, found " + v.describe());
        }
        try {
            return provider.create(p);
        } catch (ScenarioException e) {
            int i = java.util.Arrays.asList(names).indexOf(e.field());
            YNode bad = i >= 0 ? at[i] : v;
            String prefix = listForm && i >= 0 ? names[i] + " " : "";
            throw bad.error(prefix + reasonOf(e));
        }
    }

    /** @return the distribution kinds: built-in, then those on the classpath (found once per reader) */
    private DistributionKinds kinds() {
        if (kinds == null) {
            kinds = DistributionKinds.load(null);
        }
        return kinds;
    }

    /** @return every key a distribution map may have: built-in kinds, the SSJ and empirical forms, user kinds */
    private String[] distForms() {
        List<String> all = new ArrayList<>();
        List<String> names = kinds().names();
        int builtIn = DistributionKinds.builtIn().names().size();
        all.addAll(names.subList(0, builtIn));
        all.addAll(OTHER_DIST_FORMS);
        all.addAll(names.subList(builtIn, names.size()));
        return all.toArray(String[]::new);
    }

    /** Reads {@code {ssj: GammaDist, params: [2.0, 0.5]}}: any SSJ continuous distribution by class name. */
    private Distribution ssjDistribution(YNode y, YMap m) {
        if (m.keys().size() != (m.keys().contains("params") ? 2 : 1) || !m.keys().contains("ssj")) {
            throw y.error("an SSJ distribution is {ssj: NAME, params: [numbers]} and nothing else, found keys "
                    + m.keys());
        }
        YNode nameNode = m.req("ssj");
        String name = nameNode.text();
        YNode pn = m.opt("params");
        double[] p = new double[0];
        if (pn != null) {
            if (pn.node instanceof ScalarNode) {
                p = new double[]{pn.number()};
            } else {
                List<YNode> items = pn.list();
                if (items.size() > Distribution.Ssj.MAX_PARAMS) {
                    throw pn.error("at most " + Distribution.Ssj.MAX_PARAMS + " numbers, found " + items.size());
                }
                p = new double[items.size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = items.get(i).number();
                }
            }
        }
        try {
            return new Distribution.Ssj(name, p);
        } catch (ScenarioException e) {
            throw ("ssj".equals(e.field()) || pn == null ? nameNode : pn).error(reasonOf(e));
        }
    }

    /**
     * Reads {@code empirical: [values]} (inline) or {@code empirical: {file: PATH, column: NAME}}: a CSV file,
     * relative to the scenario file's folder, whose column NAME (by its header), or whose only column (with or
     * without a header), holds the values.
     */
    private Distribution empirical(YNode v) {
        double[] values;
        YNode at = v;
        if (v.node instanceof SequenceNode) {
            List<YNode> items = v.list();
            if (items.size() > org.gapsim.scenario.Limits.MAX_EMPIRICAL_VALUES) {
                throw v.error("at most " + org.gapsim.scenario.Limits.MAX_EMPIRICAL_VALUES + " values, found "
                        + items.size());
            }
            values = new double[items.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = items.get(i).number();
            }
        } else if (v.node instanceof MappingNode) {
            YMap fm = v.map().only("file", "column");
            at = fm.req("file");
            YNode col = fm.opt("column");
            values = empiricalFile(at, col == null ? null : col.text());
        } else {
            throw v.error("expected a list of values or {file: PATH, column: NAME}, found " + v.describe());
        }
        try {
            return new Distribution.Empirical(values);
        } catch (ScenarioException e) {
            throw at.error(reasonOf(e));
        }
    }

    private double[] empiricalFile(YNode f, String column) {
        String rel = f.text();
        if (ctx.baseDir == null) {
            throw f.error("an empirical file cannot be resolved: no base directory (load the scenario from a file)");
        }
        Path file;
        String name;
        try {
            file = ctx.baseDir.resolve(rel).normalize();
            name = (ctx.displayDir == null ? Path.of(rel) : ctx.displayDir.resolve(rel)).normalize().toString();
        } catch (InvalidPathException e) {
            throw f.error("invalid file name " + Text.quote(rel));
        }
        String text = SourceText.readFile(file, name, f.loc());
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        int index = 0;
        int first = 0;
        if (!lines.isEmpty()) {
            List<String> head = List.of(lines.get(0).split(",", -1));
            if (column != null) {
                index = head.stream().map(h -> h.strip().replace("\"", "")).toList().indexOf(column);
                if (index < 0) {
                    throw f.error("column " + Text.quote(column) + " is not in the header of " + name + ": " + head);
                }
                first = 1;
            } else if (head.size() != 1) {
                throw f.error(name + " has " + head.size() + " columns; name the one to use with column:");
            } else {
                try {
                    Double.parseDouble(head.get(0));
                } catch (NumberFormatException e) {
                    first = 1;   // a header
                }
            }
        }
        int n = lines.size() - first;
        if (n > org.gapsim.scenario.Limits.MAX_EMPIRICAL_VALUES) {
            throw f.error(name + " holds " + n + " values, at most " + org.gapsim.scenario.Limits.MAX_EMPIRICAL_VALUES);
        }
        double[] out = new double[Math.max(0, n)];
        for (int i = first; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            String cell = index < fields.length ? fields[index].strip() : "";
            try {
                out[i - first] = Double.parseDouble(cell);
            } catch (NumberFormatException e) {
                throw f.error(name + " value " + (i - first + 1) + ": expected a number, found " + Text.quote(cell));
            }
        }
        return out;
    }

    private static String reasonOf(ScenarioException e) {
        String f = e.field() == null ? "" : e.field();
        String msg = e.getMessage() == null ? "invalid" : e.getMessage();
        return msg.startsWith(f + ": ") ? msg.substring(f.length() + 2) : msg;
    }

    // ---------------------------------------------------------------- cost catalogue and budgets (issue 12)

    /** Refuses a package's {@code otherCostEur} (removed by issue 12), naming its replacement. */
    private static void refuseOtherCost(YMap m) {
        if (m.opt("otherCostEur") != null) {
            throw m.keyNode("otherCostEur").error("removed: give the package's whole money as budgetEur (what its "
                    + "contents cost plus what is spent outside the model); the outside part is reported, never "
                    + "added to the modelled cost");
        }
    }

    /** Item keys an obstacle in a package may carry: a minefield's mine and laying, every other kind's item. */
    private static final String[] OBSTACLE_ITEM_KEYS = {"item", "mine", "laying", "layingShare"};

    /** {@link YMap#only} for an obstacle's own keys plus the catalogue keys (checked in {@link #obstacleCost}). */
    private static YMap onlyPriced(YMap m, ObstacleKind kind, String... keys) {
        List<String> all = new ArrayList<>(List.of(keys));
        if (kind == ObstacleKind.MINEFIELD) {
            all.addAll(List.of("mine", "laying", "layingShare"));
        } else {
            all.add("item");
        }
        return m.only(all.toArray(new String[0]));
    }

    /** Reads the top-level {@code catalogue}: a list of items, or none (typed costs). */
    private CostCatalogue catalogue(YNode y) {
        if (y == null) {
            return CostCatalogue.NONE;
        }
        List<YNode> list = y.list();
        if (list.size() > Limits.MAX_CATALOGUE_ITEMS) {
            throw y.error("must hold at most " + Limits.MAX_CATALOGUE_ITEMS + " items (gapsim's bound, "
                    + "docs/scenario-format.md#bounds), held " + list.size());
        }
        Map<String, CostItem> items = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        boolean defaults = false;
        for (YNode i : list) {
            if (i.node instanceof org.yaml.snakeyaml.nodes.ScalarNode) {
                if (!"defaults".equals(i.text()) || defaults) {
                    throw i.error(defaults ? "defaults is listed twice" : "expected an item map or the word "
                            + "defaults (gapsim's default prices, each with its source), found " + Text.quote(i.text()));
                }
                defaults = true;
                for (CostItem d : CostCatalogue.DEFAULTS.items()) {
                    items.putIfAbsent(d.id(), d);
                }
                continue;
            }
            YMap m = i.map().only("id", "unit", "unitCostEur", "source");
            String id = m.str("id");
            if (!ids.add(id)) {
                throw m.req("id").error("duplicate catalogue item " + Text.quote(id));
            }
            CostUnit unit = m.req("unit").enumValue(CostUnit.class);
            double price = m.num("unitCostEur");
            String source = m.str("source");
            items.put(id, ctx.build(i.path, () -> new CostItem(id, unit, price, source)));   // may replace a default
        }
        if (items.size() > Limits.MAX_CATALOGUE_ITEMS) {
            throw y.error("must hold at most " + Limits.MAX_CATALOGUE_ITEMS + " items (gapsim's bound, "
                    + "docs/scenario-format.md#bounds), held " + items.size());
        }
        return new CostCatalogue(new ArrayList<>(items.values()));
    }

    /**
     * The typed cost of an obstacle, or 0 while a package's obstacle names its catalogue items (recorded in
     * {@link #basisSink}; the package derives its cost). Refuses a typed {@code costEur} where the catalogue
     * derives it, item keys without a catalogue or outside a package, and item keys of another kind.
     */
    private double obstacleCost(YMap m, ObstacleKind kind, String id) {
        boolean minefield = kind == ObstacleKind.MINEFIELD;
        for (String k : OBSTACLE_ITEM_KEYS) {
            YNode v = m.opt(k);
            if (v == null) {
                continue;
            }
            if (catalogue.isEmpty()) {
                throw m.keyNode(k).error("names a catalogue item, but the scenario has no catalogue (add a top-level "
                        + "catalogue, or type costEur)");
            }
            if (basisSink == null) {
                throw m.keyNode(k).error("only an obstacle a package buys names a catalogue item (an existing "
                        + "obstacle keeps a typed costEur)");
            }
            if (minefield == k.equals("item")) {
                throw m.keyNode(k).error(minefield ? "a minefield names its mine (mine: <item>) and what lays it "
                        + "(laying: <item>), not item" : "only a minefield names mine, laying and layingShare; a "
                        + Text.kebab(kind) + " names item");
            }
        }
        if (catalogue.isEmpty() || basisSink == null) {
            return m.num("costEur");
        }
        if (m.opt("costEur") != null) {
            throw m.keyNode("costEur").error("typed cost where the catalogue derives it: remove costEur and name "
                    + (minefield ? "the mine (mine: <item>)" : "the item (item: <item>)"));
        }
        String item = m.str(minefield ? "mine" : "item");
        YNode lay = m.opt("laying");
        String laying = lay == null ? null : lay.text();
        double share = m.numOr("layingShare", 0);
        CostBasis b = ctx.build(m.req(minefield ? "mine" : "item").path.replaceAll("\\.(mine|item)$", ""),
                () -> new CostBasis(item, laying, share));
        basisSink.put(id, b);
        return 0;
    }

    /** Reads what each package unit names from the catalogue into {@code basis}; refuses a typed costEur there. */
    private void unitItems(YNode defender, Map<String, CostBasis> basis) {
        if (defender == null) {
            return;
        }
        YMap dm = defender.map();
        for (String group : List.of("sensors", "fireUnits")) {
            for (YNode u : dm.list(group)) {
                YMap um = u.map();
                YNode item = um.opt("item");
                if (catalogue.isEmpty()) {
                    if (item != null) {
                        throw um.keyNode("item").error("names a catalogue item, but the scenario has no catalogue "
                                + "(add a top-level catalogue, or type costEur)");
                    }
                    continue;
                }
                if (um.opt("costEur") != null) {
                    throw um.keyNode("costEur").error("typed cost where the catalogue derives it: remove costEur "
                            + "and name the unit's item (item: <item>, per-unit or per-system)");
                }
                if (item == null) {
                    throw u.loc().withPath(u.path + ".item").error("is required: the scenario has a catalogue, so "
                            + "every unit a package buys names its item (per-unit or per-system)");
                }
                basis.put(um.str("id"), CostBasis.of(item.text()));
            }
        }
    }

    /** Refuses {@code item} on the scenario's own units and on template units: no package buys them. */
    private void refuseItems(YNode defender) {
        if (defender == null) {
            return;
        }
        YMap dm = defender.map();
        List<YNode> units = new ArrayList<>();
        for (String group : List.of("sensors", "fireUnits")) {
            units.addAll(dm.list(group));
        }
        for (String t : List.of("observedTemplate", "coveredTemplate")) {
            YNode tn = dm.opt(t);
            if (tn != null) {
                YMap tm = tn.map();
                for (String group : List.of("sensors", "fireUnits")) {
                    units.addAll(tm.list(group));
                }
            }
        }
        for (YNode u : units) {
            if (u.map().opt("item") != null) {
                throw u.map().keyNode("item").error("only a unit a package buys names a catalogue item (the "
                        + "scenario's own units and template units are not bought)");
            }
        }
    }

    // ---------------------------------------------------------------- belts (docs/scenario-format.md#belts)

    /**
     * @param basis the package's cost basis, to which each element's catalogue items are added under its id
     * @return the package's belts
     */
    private List<org.gapsim.scenario.Belt> belts(List<YNode> list, Map<String, CostBasis> basis) {
        if (list.isEmpty()) {
            return List.of();
        }
        if (beltNetwork == null) {
            throw list.get(0).error("belts need the scenario's network (a package file read alone has none)");
        }
        List<CostBasis> read = new ArrayList<>();   // each element's items, in reading order
        List<org.gapsim.scenario.Belt> belts = new BeltReader(ctx, beltNetwork, beltStandoffM, y -> {
            Map<String, CostBasis> saved = basisSink;
            basisSink = new HashMap<>();
            try {
                Obstacle o = obstacle(y);
                read.add(basisSink.get(o.id()));
                return o;
            } finally {
                basisSink = saved;
            }
        }).belts(list);
        int k = 0;
        for (org.gapsim.scenario.Belt b : belts) {
            for (Obstacle o : b.elements()) {
                CostBasis cb = read.get(k++);
                if (cb != null) {
                    basis.put(o.id(), cb);
                }
            }
        }
        return belts;
    }

    // ---------------------------------------------------------------- obstacles on warning (issue 12 item 4)

    /** Reads a package's {@code onWarning} block (docs/scenario-format.md#obstacles-on-warning). */
    private org.gapsim.scenario.OnWarning onWarning(YNode y) {
        if (y == null) {
            return org.gapsim.scenario.OnWarning.NONE;
        }
        YMap m = y.map().only("warningDelayMin", "layingSystems", "layingSystem", "entries");
        double delay = m.numOr("warningDelayMin", org.gapsim.scenario.OnWarning.DEFAULT_WARNING_DELAY_MIN);
        int systems = m.intOr("layingSystems", 0);
        List<org.gapsim.scenario.OnWarning.Entry> entries = new ArrayList<>();
        for (YNode e : m.list("entries")) {
            YMap em = e.map().only("target", "kind", "emplaceMin", "reliability");
            String target = em.str("target");
            org.gapsim.scenario.DynamicKind kind = em.enumReq("kind", org.gapsim.scenario.DynamicKind.class);
            Distribution emplace = distribution(em.req("emplaceMin"));
            double reliability = em.numOr("reliability", 1);
            entries.add(ctx.build(e.path, () -> new org.gapsim.scenario.OnWarning.Entry(target, kind, emplace,
                    reliability)));
        }
        String system = m.opt("layingSystem") == null ? null : m.str("layingSystem");
        return ctx.build(y.path, () -> new org.gapsim.scenario.OnWarning(delay, systems, entries, system, 0));
    }
}
