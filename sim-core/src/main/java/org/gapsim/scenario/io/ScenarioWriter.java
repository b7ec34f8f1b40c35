package org.gapsim.scenario.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gapsim.scenario.Abatis;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.CostBasis;
import org.gapsim.scenario.CostCatalogue;
import org.gapsim.scenario.CostItem;
import org.gapsim.scenario.CoverageTemplate;
import org.gapsim.scenario.Crater;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.Ground;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.DragonsTeeth;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.UnitPosition;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a {@link Scenario} as a scenario file that {@link ScenarioLoader} reads back to an equal scenario
 * ({@code loader.parse(writer.write(s), name).equals(s)}). Every field is written, defaults included (an absent
 * {@code carrier} as {@code ~}), so the output is a complete starting point for a file of one's own. Packages are
 * written in full, one after the other: the {@code includes} and {@code packageFiles} a scenario was loaded from are
 * not kept by the records. Not written, as the format has no place for them: positions of coverage-template units
 * (ignored by the model; the loader refuses them), and the doctrine's removed coverage multipliers (no longer used
 * by the model; the loader reads them as their defaults).
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class ScenarioWriter {
    /** Text safe as a plain scalar anywhere, flow collections included. */
    private static final Pattern PLAIN_FLOW =
            Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_./-]*(?: [\\p{L}\\p{N}_./()-]+)*");
    /** Text safe as a plain scalar value in a block map (commas and brackets allowed). */
    private static final Pattern PLAIN_BLOCK =
            Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_./()',;!?&+-]*(?: [\\p{L}\\p{N}_./()',;!?&+-]+)*");
    private static final Resolver RESOLVER = new Resolver();

    /** Creates a writer. */
    public ScenarioWriter() {
    }

    /** A value already in flow form (a scalar, {@code [a, b]} or {@code {k: v}}): written on the key's line. */
    private record Flow(String text) {
    }

    /**
     * @param scenario the scenario to write (not null)
     * @return it as YAML text, UTF-8 when saved, ending in a newline
     */
    public String write(Scenario scenario) {
        java.util.Objects.requireNonNull(scenario, "scenario");
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", text(scenario.name()));
        root.put("description", text(scenario.description()));
        root.put("horizonMin", num(scenario.horizonMin()));
        root.put("clock", clock(scenario.clock()));
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("places", scenario.network().places().stream().map(ScenarioWriter::place).toList());
        network.put("segments", scenario.network().segments().stream().map(ScenarioWriter::segment).toList());
        root.put("network", network);
        root.put("vehicleTypes", scenario.vehicleTypes().stream().map(ScenarioWriter::vehicleType).toList());
        root.put("columns", scenario.columns().stream().map(ScenarioWriter::column).toList());
        root.put("existingObstacles", scenario.existingObstacles().stream().map(ScenarioWriter::obstacle).toList());
        root.put("defender", defender(scenario.defender(), true));
        if (!scenario.catalogue().isEmpty()) {
            root.put("catalogue", catalogue(scenario.catalogue()));
        }
        root.put("packages", scenario.packages().stream().map(ScenarioWriter::fortification).toList());
        root.put("doctrine", doctrine(scenario.doctrine()));
        root.put("march", march(scenario.march()));
        root.put("closure", closure(scenario.closure()));
        root.put("ground", ground(scenario.ground()));
        root.put("crossingAssets", crossingAssets(scenario.crossingAssets()));
        StringBuilder out = new StringBuilder();
        out.append("# gapsim scenario file; format: docs/scenario-format.md\n");
        writeMap(out, root, 0);
        return out.toString();
    }

    // ---------------------------------------------------------------- records to trees

    private static Map<String, Object> place(Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(p.id()));
        m.put("name", text(p.name()));
        m.put("latDeg", num(p.latDeg()));
        m.put("lonDeg", num(p.lonDeg()));
        m.put("kind", enumv(p.kind()));
        m.put("country", text(p.country()));
        return m;
    }

    private static Map<String, Object> segment(RoadSegment s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(s.id()));
        m.put("from", text(s.from()));
        m.put("to", text(s.to()));
        m.put("lengthKm", num(s.lengthKm()));
        m.put("roadClass", enumv(s.roadClass()));
        m.put("lanes", integer(s.lanes()));
        m.put("speedLimitKmh", num(s.speedLimitKmh()));
        m.put("terrainBeside", enumv(s.terrainBeside()));
        m.put("bridgeGapM", num(s.bridgeGapM()));
        m.put("country", text(s.country()));
        if (Double.isFinite(s.openWidthM())) {
            m.put("openWidthM", num(s.openWidthM()));
        }
        return m;
    }

    private static Map<String, Object> vehicleType(VehicleType t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(t.id()));
        m.put("name", text(t.name()));
        m.put("roadSpeedKmh", num(t.roadSpeedKmh()));
        m.put("crossCountrySpeedKmh", num(t.crossCountrySpeedKmh()));
        m.put("widthM", num(t.widthM()));
        m.put("trackWidthM", num(t.trackWidthM()));
        m.put("pKillTrackWidthFuze", num(t.pKillTrackWidthFuze()));
        m.put("pKillFullWidthFuze", num(t.pKillFullWidthFuze()));
        m.put("armour", enumv(t.armour()));
        m.put("mobility", enumv(t.mobility()));
        m.put("fordingDepthM", num(t.fordingDepthM()));
        return m;
    }

    private static Map<String, Object> column(ColumnSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(c.id()));
        m.put("name", text(c.name()));
        List<Object> order = new ArrayList<>();
        for (VehicleGroup g : c.marchOrder()) {
            order.add(new Flow("{type: " + str(g.type()).text() + ", count: " + g.count() + "}"));
        }
        m.put("marchOrder", order);
        m.put("intervalM", num(c.intervalM()));
        m.put("start", text(c.start()));
        m.put("departureMin", num(c.departureMin()));
        m.put("objective", text(c.objective()));
        m.put("route", flowList(c.route().stream().map(s -> str(s).text()).toList()));
        m.put("engineers", engineers(c.engineers()));
        m.put("combatIneffectiveFraction", num(c.combatIneffectiveFraction()));
        return m;
    }

    private static Map<String, Object> engineers(EngineerAssets e) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> lc = new LinkedHashMap<>();
        lc.put("count", integer(e.lineCharges().count()));
        lc.put("laneLengthM", num(e.lineCharges().laneLengthM()));
        lc.put("laneWidthM", num(e.lineCharges().laneWidthM()));
        lc.put("timePerChargeMin", dist(e.lineCharges().timePerChargeMin()));
        lc.put("clearanceProbability", num(e.lineCharges().clearanceProbability()));
        lc.put("carrier", optText(e.lineCharges().carrier()));
        lc.put("misfireProbability", num(e.lineCharges().misfireProbability()));
        lc.put("primingMin", dist(e.lineCharges().primingMin()));
        lc.put("failureProbability", num(e.lineCharges().failureProbability()));
        m.put("lineCharges", lc);
        Map<String, Object> mp = new LinkedHashMap<>();
        mp.put("count", integer(e.minePloughs().count()));
        mp.put("speedKmh", num(e.minePloughs().speedKmh()));
        mp.put("setupMin", dist(e.minePloughs().setupMin()));
        mp.put("clearanceProbability", num(e.minePloughs().clearanceProbability()));
        mp.put("carrier", optText(e.minePloughs().carrier()));
        if (e.minePloughs().bladeDetonationProbability() > 0) {
            mp.put("bladeDetonationProbability", num(e.minePloughs().bladeDetonationProbability()));
        }
        m.put("minePloughs", mp);
        Map<String, Object> bl = new LinkedHashMap<>();
        bl.put("count", integer(e.bridgeLayers().count()));
        bl.put("spanM", num(e.bridgeLayers().spanM()));
        bl.put("emplaceMin", dist(e.bridgeLayers().emplaceMin()));
        bl.put("carrier", optText(e.bridgeLayers().carrier()));
        m.put("bridgeLayers", bl);
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("count", integer(e.earthMovers().count()));
        em.put("fillRateM3PerMin", num(e.earthMovers().fillRateM3PerMin()));
        em.put("clearRateMPerMin", num(e.earthMovers().clearRateMPerMin()));
        em.put("carrier", optText(e.earthMovers().carrier()));
        m.put("earthMovers", em);
        Map<String, Object> mb = new LinkedHashMap<>();
        mb.put("minefieldRateMPerMin", num(e.manual().minefieldRateMPerMin()));
        mb.put("obstacleRateMPerMin", num(e.manual().obstacleRateMPerMin()));
        mb.put("clearanceProbability", num(e.manual().clearanceProbability()));
        m.put("manual", mb);
        Map<String, Object> mr = new LinkedHashMap<>();
        mr.put("count", integer(e.mineRollers().count()));
        mr.put("blastsSurvived", integer(e.mineRollers().blastsSurvived()));
        mr.put("carrier", optText(e.mineRollers().carrier()));
        m.put("mineRollers", mr);
        if (!e.extra().isEmpty()) {
            Map<String, Object> ex = new LinkedHashMap<>();
            for (EngineerAssets.Extra x : e.extra()) {
                Map<String, Object> xm = new LinkedHashMap<>();
                xm.put("count", integer(x.count()));
                xm.put("carrier", optText(x.carrier()));
                xm.put("laneWidthM", num(x.laneWidthM()));
                for (Map.Entry<String, Object> f : x.fields().entrySet()) {
                    xm.put(f.getKey(), extensionValue("breach method '" + x.method() + "'", f.getKey(), f.getValue()));
                }
                ex.put(x.method(), xm);
            }
            m.put("extra", ex);
        }
        return m;
    }

    private static Map<String, Object> obstacle(Obstacle o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", o instanceof Obstacle.Extension x ? text(x.type()) : enumv(o.kind()));
        m.put("id", text(o.id()));
        m.put("segment", text(o.segment()));
        m.put("positionKm", num(o.positionKm()));
        m.put("coverage", enumv(o.coverage()));
        m.put("costEur", num(o.costEur()));
        if (o instanceof Minefield f) {
            m.put("frontM", num(f.frontM()));
            m.put("depthM", num(f.depthM()));
            m.put("rows", integer(f.rows()));
            m.put("densityPerM", num(f.densityPerM()));
            m.put("fuze", enumv(f.fuze()));
            m.put("layout", enumv(f.layout()));
        } else if (o instanceof AntiTankDitch d) {
            m.put("widthM", num(d.widthM()));
            m.put("depthM", num(d.depthM()));
            m.put("frontM", num(d.frontM()));
        } else if (o instanceof DragonsTeeth t) {
            m.put("depthM", num(t.depthM()));
            m.put("frontM", num(t.frontM()));
        } else if (o instanceof Abatis a) {
            m.put("depthM", num(a.depthM()));
        } else if (o instanceof Crater c) {
            m.put("diameterM", num(c.diameterM()));
            m.put("depthM", num(c.depthM()));
        } else if (o instanceof BridgeDemolition br) {
            m.put("gapM", num(br.gapM()));
            m.put("depthM", num(br.depthM()));
            m.put("currentMps", num(br.currentMps()));
            m.put("bankHeightM", num(br.bankHeightM()));
        } else if (o instanceof Obstacle.Extension x) {
            for (Map.Entry<String, Object> e : x.fields().entrySet()) {
                m.put(e.getKey(), extensionValue(x, e.getKey(), e.getValue()));
            }
        } else {
            throw new IllegalStateException("unknown obstacle type " + o.getClass().getName());
        }
        return m;
    }

    private static Map<String, Object> fortification(FortificationPackage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", text(p.name()));
        m.put("description", text(p.description()));
        m.put("countries", flowList(p.countries().stream().map(s -> str(s).text()).toList()));
        if (p.outsideEur() > 0) {
            m.put("budgetEur", num(p.budgetEur()));
        }
        m.put("obstacles", handPlaced(p).stream().map(ScenarioWriter::obstacle).toList());
        List<Object> terrain = new ArrayList<>();
        for (TerrainChange t : p.terrainChanges()) {
            terrain.add(new Flow("{segment: " + str(t.segment()).text() + ", terrainBeside: "
                    + enumv(t.terrainBeside()).text() + (t.hectares() > 0 ? ", hectares: " + num(t.hectares()).text()
                    : "") + (t.item() != null ? ", item: " + str(t.item()).text() : "") + "}"));
        }
        m.put("terrainChanges", terrain);
        Map<String, Object> isr = new LinkedHashMap<>();
        isr.put("attackerDetectionMultiplier", num(p.isr().attackerDetectionMultiplier()));
        isr.put("minimumCoverage", enumv(p.isr().minimumCoverage()));
        m.put("isr", isr);
        m.put("defender", defender(p.defender(), false));
        named(m, p);
        if (!p.belts().isEmpty()) {
            m.put("belts", belts(p));
        }
        if (!p.layout().isEmpty()) {
            layout(p, m);
        }
        if (!p.onWarning().isEmpty() || p.onWarning().layingSystems() > 0) {
            m.put("onWarning", onWarning(p.onWarning()));
        }
        return m;
    }

    /** A scenario's defender in full; a package's without the priority and templates, which only a scenario sets. */
    private static Map<String, Object> defender(Defender d, boolean scenarioLevel) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("electronicProtection", num(d.electronicProtection()));
        if (scenarioLevel) {
            m.put("targetPriority", flowList(d.targetPriority().stream().map(g -> enumv(g).text()).toList()));
        }
        m.put("sensors", d.sensors().stream().map(x -> sensor(x, true)).toList());
        m.put("fireUnits", d.fireUnits().stream().map(x -> fireUnit(x, true)).toList());
        if (scenarioLevel) {
            m.put("observedTemplate", template(d.observedTemplate()));
            m.put("coveredTemplate", template(d.coveredTemplate()));
        }
        return m;
    }

    private static Map<String, Object> template(CoverageTemplate t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sensors", t.sensors().stream().map(x -> sensor(x, false)).toList());
        m.put("fireUnits", t.fireUnits().stream().map(x -> fireUnit(x, false)).toList());
        return m;
    }

    private static Map<String, Object> sensor(Sensor s, boolean placed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(s.id()));
        m.put("kind", enumv(s.kind()));
        if (placed) {
            m.put("position", position(s.position()));
        }
        m.put("rangeKm", num(s.rangeKm()));
        m.put("detectionsPerHour", num(s.detectionsPerHour()));
        m.put("costEur", num(s.costEur()));
        SensorKind k = s.kind();
        putIfNot(m, "smokeFactor", s.smokeFactor(), k.smokeFactor());
        putIfNot(m, "nightFactor", s.nightFactor(), k.nightFactor());
        putIfNot(m, "ewFactor", s.ewFactor(), k.ewFactor());
        putIfNot(m, "movingFactor", s.movingFactor(), k.movingFactor());
        return m;
    }

    /** Writes a behaviour factor only where it is not its kind's (a file that names none reads back the same). */
    private static void putIfNot(Map<String, Object> m, String key, double v, double kinds) {
        if (v != kinds) {
            m.put(key, num(v));
        }
    }

    private static Map<String, Object> fireUnit(FireUnit f, boolean placed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", text(f.id()));
        m.put("kind", enumv(f.kind()));
        if (placed) {
            m.put("position", position(f.position()));
        }
        m.put("rangeKm", num(f.rangeKm()));
        m.put("reactionMin", dist(f.reactionMin()));
        m.put("engagementsPerHour", num(f.engagementsPerHour()));
        m.put("ammunition", integer(f.ammunition()));
        m.put("pKillArmoured", num(f.pKillArmoured()));
        m.put("pKillLight", num(f.pKillLight()));
        m.put("ownDetectionsPerHour", num(f.ownDetectionsPerHour()));
        m.put("counterFireKillProbability", num(f.counterFireKillProbability()));
        m.put("costEur", num(f.costEur()));
        if (f.knownProbability() > 0) {
            m.put("knownProbability", num(f.knownProbability()));
        }
        if (f.fightsProbability() < 1) {
            m.put("fightsProbability", num(f.fightsProbability()));
        }
        if (f.reseedsLanes()) {
            m.put("reseedsLanes", new Flow("true"));
        }
        putIfNot(m, "nightFactor", f.nightFactor(), f.kind().nightFactor());
        putIfNot(m, "signature", f.signature(), f.kind().signature());
        putIfNot(m, "movingTargetFactor", f.movingTargetFactor(), f.kind().movingTargetFactor());
        return m;
    }

    private static Flow position(UnitPosition p) {
        return p.place() != null ? new Flow("{place: " + str(p.place()).text() + "}")
                : new Flow("{segment: " + str(p.segment()).text() + ", km: " + num(p.km()).text() + "}");
    }

    private static Map<String, Object> clock(Clock c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startHour", num(c.startHour()));
        m.put("sunriseHour", num(c.sunriseHour()));
        m.put("sunsetHour", num(c.sunsetHour()));
        return m;
    }

    private static Map<String, Object> doctrine(BreachDoctrine d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reconDetectionProbability", num(d.reconDetectionProbability()));
        m.put("decisionDelayMin", dist(d.decisionDelayMin()));
        m.put("bypassWhenPossible", new Flow(Boolean.toString(d.bypassWhenPossible())));
        m.put("bypassReconMin", dist(d.bypassReconMin()));
        m.put("bypassBaseDetourKm", num(d.bypassBaseDetourKm()));
        Map<String, Object> methods = new LinkedHashMap<>();
        for (ObstacleKind k : ObstacleKind.values()) {
            List<BreachMethod> l = d.methods().get(k);
            if (l != null) {
                methods.put(Text.kebab(k), flowList(l.stream().map(x -> enumv(x).text()).toList()));
            }
        }
        m.put("methods", methods);
        m.put("lanesPerObstacle", integer(d.lanesPerObstacle()));
        m.put("laneSpeedKmh", num(d.laneSpeedKmh()));
        m.put("laneIntervalM", num(d.laneIntervalM()));
        m.put("corridorWidthM", num(d.corridorWidthM()));
        m.put("leadLateralSdM", num(d.leadLateralSdM()));
        m.put("followerLateralSdM", num(d.followerLateralSdM()));
        m.put("proofLanes", new Flow(Boolean.toString(d.proofLanes())));
        m.put("proofingMin", dist(d.proofingMin()));
        m.put("smokeMin", dist(d.smokeMin()));
        m.put("smokeKillFactor", num(d.smokeKillFactor()));
        m.put("suppression", new Flow(Boolean.toString(d.suppression())));
        m.put("locateProbability", num(d.locateProbability()));
        m.put("suppressionMin", dist(d.suppressionMin()));
        m.put("suppressedRateFactor", num(d.suppressedRateFactor()));
        m.put("ewStrength", num(d.ewStrength()));
        m.put("recoveryMin", dist(d.recoveryMin()));
        m.put("assetReplaceMin", dist(d.assetReplaceMin()));
        m.put("maxBreachAttempts", integer(d.maxBreachAttempts()));
        m.put("manualUnderFireFactor", num(d.manualUnderFireFactor()));
        m.put("manualAtNightOnly", new Flow(Boolean.toString(d.manualAtNightOnly())));
        m.put("nightWorkFactor", num(d.nightWorkFactor()));
        m.put("preparationMin", num(d.preparationMin()));
        m.put("abortLossFraction", num(d.abortLossFraction()));
        m.put("contactHaltMin", dist(d.contactHaltMin()));
        BreachDoctrine.Assault a = d.assault();
        if (a != null) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rangeKm", num(a.rangeKm()));
            x.put("engagementsPerHour", num(a.engagementsPerHour()));
            x.put("pKillArmoured", num(a.pKillArmoured()));
            x.put("pKillLight", num(a.pKillLight()));
            x.put("detectionsPerHour", num(a.detectionsPerHour()));
            m.put("assault", x);
        }
        return m;
    }

    private static Map<String, Object> march(MarchRules r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("departureDelayMin", dist(r.departureDelayMin()));
        m.put("speedFactor", dist(r.speedFactor()));
        return m;
    }

    private static Map<String, Object> ground(Ground g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("season", enumv(g.season()));
        m.put("iceThicknessM", num(g.iceThicknessM()));
        m.put("bypassStandoffM", num(g.bypassStandoffM()));
        return m;
    }

    private static Map<String, Object> crossingAssets(CrossingAssets a) {
        CrossingAssets.Pontoons p = a.pontoons();
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("sets", integer(p.sets()));
        pm.put("setLengthM", num(p.setLengthM()));
        pm.put("forwardMin", dist(p.forwardMin()));
        pm.put("buildMinPer100m", dist(p.buildMinPer100m()));
        pm.put("maxCurrentMps", num(p.maxCurrentMps()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pontoons", pm);
        return m;
    }

    private static Map<String, Object> closure(ClosureRule c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", enumv(c.kind()));
        m.put("fraction", num(c.fraction()));
        return m;
    }

    // ---------------------------------------------------------------- scalars

    /** @return the file form of a distribution: a number for fixed, else a one-key flow map */
    static Flow dist(Distribution d) {
        if (d instanceof Distribution.Fixed f) {
            return num(f.value());
        }
        if (d instanceof Distribution.Uniform u) {
            return new Flow("{uniform: [" + num(u.min()).text() + ", " + num(u.max()).text() + "]}");
        }
        if (d instanceof Distribution.Triangular t) {
            return new Flow("{triangular: [" + num(t.min()).text() + ", " + num(t.mode()).text() + ", "
                    + num(t.max()).text() + "]}");
        }
        if (d instanceof Distribution.Lognormal l) {
            return new Flow("{lognormal: {mean: " + num(l.mean()).text() + ", sd: " + num(l.sd()).text() + "}}");
        }
        if (d instanceof Distribution.Exponential e) {
            return new Flow("{exponential: " + num(e.mean()).text() + "}");
        }
        if (d instanceof Distribution.Ssj s) {
            List<String> p = new ArrayList<>();
            for (double v : s.params()) {
                p.add(num(v).text());
            }
            return new Flow("{ssj: " + s.name() + ", params: " + flowList(p).text() + "}");
        }
        if (d instanceof Distribution.Extension x) {
            List<String> p = new ArrayList<>();
            for (double v : x.params()) {
                p.add(num(v).text());
            }
            return new Flow("{" + x.kind() + ": " + flowList(p).text() + "}");
        }
        if (d instanceof Distribution.Empirical e) {
            List<String> p = new ArrayList<>();
            for (double v : e.values()) {
                p.add(num(v).text());
            }
            return new Flow("{empirical: " + flowList(p).text() + "}");
        }
        throw new IllegalStateException("unknown distribution " + d.getClass().getName());
    }

    /** @return a user's obstacle's field value as its provider reads it back */
    private static Flow extensionValue(Obstacle.Extension x, String key, Object v) {
        return extensionValue("obstacle kind '" + x.type() + "'", key, v);
    }

    private static Flow extensionValue(String owner, String key, Object v) {
        if (v instanceof Integer || v instanceof Long) {
            return new Flow(v.toString());
        }
        if (v instanceof Number n) {
            return num(n.doubleValue());
        }
        if (v instanceof Boolean b) {
            return new Flow(b.toString());
        }
        if (v instanceof Enum<?> e) {
            return enumv(e);
        }
        if (v instanceof Distribution d) {
            return dist(d);
        }
        if (v instanceof String t) {
            return text(t);
        }
        throw new IllegalStateException(owner + " gives field " + key + " as "
                + (v == null ? "null" : v.getClass().getName()) + " (a number, text, boolean, enum or Distribution)");
    }

    private static Flow flowList(List<String> items) {
        return new Flow("[" + String.join(", ", items) + "]");
    }

    private static Flow num(double v) {
        if (Double.isNaN(v)) {
            return new Flow(".nan");
        }
        if (Double.isInfinite(v)) {
            return new Flow(v > 0 ? ".inf" : "-.inf");
        }
        return new Flow(Double.toString(v));
    }

    private static Flow integer(int v) {
        return new Flow(Integer.toString(v));
    }

    private static Flow enumv(Enum<?> e) {
        return new Flow(Text.kebab(e));
    }

    /** @return the string for a block map value: plain if that reads back as the same text, else double-quoted */
    private static Flow text(String s) {
        return PLAIN_BLOCK.matcher(s).matches() && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR)
                ? new Flow(s) : quoted(s);
    }

    /** @return {@link #text} of a string that may be absent ({@code ~}: not given, the default applies) */
    private static Flow optText(String s) {
        return s == null ? new Flow("~") : text(s);
    }

    /** @return the string for use inside a flow list or map: plain if safe there, else double-quoted */
    static Flow str(String s) {
        return PLAIN_FLOW.matcher(s).matches() && RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR)
                ? new Flow(s) : quoted(s);
    }

    private static Flow quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1));
                    if (pair) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c)
                            || c == 0xfffe || c == 0xffff || c == 0xfeff || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return new Flow(b.append('"').toString());
    }

    // ---------------------------------------------------------------- block layout

    private static void writeMap(StringBuilder out, Map<String, Object> m, int indent) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            out.append(" ".repeat(indent)).append(e.getKey()).append(':');
            writeValue(out, e.getValue(), indent);
        }
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(StringBuilder out, Object v, int indent) {
        if (v instanceof Flow f) {
            out.append(' ').append(f.text()).append('\n');
        } else if (v instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                writeMap(out, (Map<String, Object>) map, indent + 2);
            }
        } else if (v instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (Object item : list) {
                if (item instanceof Map<?, ?> im && !im.isEmpty()) {
                    StringBuilder sub = new StringBuilder();
                    writeMap(sub, (Map<String, Object>) im, indent + 4);
                    out.append(" ".repeat(indent + 2)).append("- ").append(sub, indent + 4, sub.length());
                } else if (item instanceof Flow f) {
                    out.append(" ".repeat(indent + 2)).append("- ").append(f.text()).append('\n');
                } else {
                    out.append(" ".repeat(indent + 2)).append("- {}\n");
                }
            }
        } else {
            throw new IllegalStateException("cannot write " + v);
        }
    }

    // ---------------------------------------------------------------- cost catalogue (issue 12)

    private static List<Object> catalogue(CostCatalogue c) {
        List<Object> items = new ArrayList<>();
        for (CostItem i : c.items()) {
            items.add(new Flow("{id: " + str(i.id()).text() + ", unit: " + enumv(i.unit()).text() + ", unitCostEur: "
                    + num(i.unitCostEur()).text() + ", source: " + str(i.source()).text() + "}"));
        }
        return items;
    }

    /**
     * Replaces the derived {@code costEur} of each obstacle and unit a package names from the catalogue by the
     * items it names (a typed cost where the catalogue derives it would not load).
     */
    @SuppressWarnings("unchecked")
    private static void named(Map<String, Object> pkg, FortificationPackage p) {
        if (p.costBasis().isEmpty()) {
            return;
        }
        List<Object> obstacles = new ArrayList<>((List<Object>) pkg.get("obstacles"));
        for (int k = 0; k < obstacles.size(); k++) {
            Obstacle o = handPlaced(p).get(k);
            CostBasis b = p.costBasis().get(o.id());
            if (b != null) {
                obstacles.set(k, withItems((Map<String, Object>) obstacles.get(k), b, o instanceof Minefield));
            }
        }
        pkg.put("obstacles", obstacles);
        Map<String, Object> d = (Map<String, Object>) pkg.get("defender");
        List<Object> sensors = new ArrayList<>((List<Object>) d.get("sensors"));
        for (int k = 0; k < sensors.size(); k++) {
            CostBasis b = p.costBasis().get(p.defender().sensors().get(k).id());
            if (b != null) {
                sensors.set(k, withItems((Map<String, Object>) sensors.get(k), b, false));
            }
        }
        d.put("sensors", sensors);
        List<Object> fires = new ArrayList<>((List<Object>) d.get("fireUnits"));
        for (int k = 0; k < fires.size(); k++) {
            CostBasis b = p.costBasis().get(p.defender().fireUnits().get(k).id());
            if (b != null) {
                fires.set(k, withItems((Map<String, Object>) fires.get(k), b, false));
            }
        }
        d.put("fireUnits", fires);
    }

    private static Map<String, Object> withItems(Map<String, Object> m, CostBasis b, boolean minefield) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            if (!e.getKey().equals("costEur")) {
                out.put(e.getKey(), e.getValue());
                continue;
            }
            out.put(minefield ? "mine" : "item", str(b.item()));
            if (b.layingItem() != null) {
                out.put("laying", str(b.layingItem()));
                if (b.layingShare() != 0) {
                    out.put("layingShare", num(b.layingShare()));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- belts (docs/scenario-format.md#belts)

    /** @return the package's obstacles that are not elements of its belts (those are written with their belt) */
    private static List<org.gapsim.scenario.Obstacle> handPlaced(FortificationPackage p) {
        java.util.Set<String> inBelts = new java.util.HashSet<>();
        p.allBelts().forEach(b -> b.elements().forEach(o -> inBelts.add(o.id())));
        return p.obstacles().stream().filter(o -> !inBelts.contains(o.id())).toList();
    }

    private static List<Object> belts(FortificationPackage p) {
        List<Object> out = new ArrayList<>();
        for (org.gapsim.scenario.Belt b : p.belts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", text(b.id()));
            m.put("segment", text(b.segment()));
            m.put("positionKm", num(b.positionKm()));
            m.put("frontM", num(b.frontM()));
            m.put("flanks", flowList(b.flanks().stream().map(f -> enumv(f).text()).toList()));
            m.put("gapM", num(b.gapM()));
            if (!b.effect().isEmpty()) {
                m.put("effect", text(b.effect()));
            }
            List<Object> els = new ArrayList<>();
            for (org.gapsim.scenario.Obstacle o : b.elements()) {
                Map<String, Object> e = obstacle(o);
                CostBasis cb = p.costBasis().get(o.id());
                if (cb != null) {
                    e = withItems(e, cb, o instanceof Minefield);
                }
                e.remove("id");
                e.remove("segment");
                e.remove("positionKm");
                e.remove("frontM");
                els.add(e);
            }
            m.put("elements", els);
            out.add(m);
        }
        return out;
    }

    /** Writes the package's budget layout (its entries as given: the scenario lays them out again on reading). */
    private static void layout(FortificationPackage p, Map<String, Object> m) {
        org.gapsim.scenario.BudgetLayout l = p.layout();
        if (!Double.isNaN(l.borderKm())) {
            m.put("borderKm", num(l.borderKm()));
        }
        List<Object> out = new ArrayList<>();
        for (org.gapsim.scenario.BudgetLayout.Entry e : l.entries()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", text(e.id()));
            x.put("item", text(e.item()));
            if (e.laying() != null) {
                x.put("laying", text(e.laying()));
            }
            x.put("eur", num(e.eur()));
            x.put("as", enumv(e.effect()));
            x.put("echelonKm", new Flow("[" + num(e.fromKm()).text() + ", " + num(e.toKm()).text() + "]"));
            x.put("spacingM", num(e.spacingM()));
            x.put("fuze", enumv(e.fuze()));
            x.put("coverage", enumv(e.coverage()));
            if (!e.countries().equals(p.countries())) {
                x.put("countries", flowList(e.countries().stream().map(c -> str(c).text()).toList()));
            }
            out.add(x);
        }
        m.put("layout", out);
    }

    // ---------------------------------------------------------------- obstacles on warning (issue 12 item 4)

    /** @return a package's {@code onWarning} block */
    private static Map<String, Object> onWarning(org.gapsim.scenario.OnWarning w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("warningDelayMin", num(w.warningDelayMin()));
        m.put("layingSystems", integer(w.layingSystems()));
        if (w.layingSystem() != null) {
            m.put("layingSystem", str(w.layingSystem()));
        }
        List<Object> entries = new ArrayList<>();
        for (org.gapsim.scenario.OnWarning.Entry e : w.entries()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("target", str(e.target()));
            em.put("kind", enumv(e.kind()));
            em.put("emplaceMin", dist(e.emplaceMin()));
            em.put("reliability", num(e.reliability()));
            entries.add(em);
        }
        m.put("entries", entries);
        return m;
    }
}
