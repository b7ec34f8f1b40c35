package org.gapsim.model;

import org.gapsim.model.internal.Leg;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.Ground;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Trafficability;
import org.gapsim.scenario.VehicleType;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;

/**
 * Crossing a gap (a blown bridge) without a bridge layer, in one replication: fording where the water is shallow,
 * crossing on the ice where it is frozen thick enough, or bridging with the force's pontoon sets, which are held in
 * the rear and shared by every column (a set used stays in its bridge). The crossing opens lanes on the obstacle
 * like a breach ({@link ObstacleState.Status#LANES}), so the columns behind use them. Times in minutes.
 *
 * <ul>
 *   <li><b>Ford or ice</b>: where every vehicle type's {@link VehicleType#fordingDepthM()} reaches the depth, the
 *   banks are at most {@value #MAX_FORD_BANK_M} m and the current at most {@value #MAX_FORD_CURRENT_MPS} m/s
 *   (ASSUMPTIONS); or, when frozen, where the ice carries every type and the current lets the river freeze
 *   ({@link Trafficability}). Lanes open once the crossing is found, a draw of the doctrine's bypass recon time
 *   (ASSUMPTION: finding a ford is like finding a bypass).</li>
 *   <li><b>Pontoons</b>: where the current allows and enough sets are left for a bridge of
 *   {@link CrossingAssets.Pontoons#setsPerBridge} sets. Called after the doctrine's decision delay, they come forward
 *   ({@code forwardMin}), ramps are cut in the banks ({@value #BANK_PREP_MIN_PER_M} min per metre of bank, ASSUMPTION)
 *   and each bridge is built ({@code buildMinPer100m} per 100 m of gap). One bridge per lane, up to the
 *   doctrine's lanes per obstacle. The column does not wait for pontoons when a reroute is expected to be faster
 *   (expected times: the means of the distributions, and the fastest other route at its top road speed; ASSUMPTION:
 *   the judgement does not foresee the defender's fire).</li>
 *   <li><b>Under fire</b> (issue 11): where a defender unit reaches the site ({@link DefenceLayout#defended}), the
 *   crossing is fought like a breach ({@link Fight#bridge}, {@link PontoonWork}): detection, engagements by
 *   priority (the bridges are the breach assets), smoke and counter-fire, night; the building slows under effective
 *   fire and a kill on a bridge destroys a set. When every bridge is lost the crossing fails: the column turns back
 *   then if another route exists, else it culminates. Out of every unit's range the times are as above.</li>
 * </ul>
 * Draws come from the column's breach-time stream at the obstacle, only in these branches (so a scenario with no
 * ford, ice or pontoons draws as before): recon for a ford; decision, forward, then one build time per bridge.
 *
 * <p>{@link #site(int)} gives, per obstacle, the crossing under way (means, assets, and when the work starts and
 * ends): the place where the defender's fires (issue 11) are to engage a crossing site.
 */
final class GapCrossing {
    /** Highest bank a column fords without preparing it, m (ASSUMPTION: a tank climbs a ~0.8-1 m step). */
    static final double MAX_FORD_BANK_M = 1.0;
    /** Fastest current a column fords, m/s (ASSUMPTION). */
    static final double MAX_FORD_CURRENT_MPS = 1.5;
    /** Time to cut ramps into the banks for a pontoon bridge, minutes per metre of bank height (ASSUMPTION). */
    static final double BANK_PREP_MIN_PER_M = 20;
    /** Minutes per hour. */
    private static final double MIN_PER_H = 60.0;

    /** How a gap is crossed. */
    enum Means { FORD, ICE, PONTOON }

    /**
     * A crossing under way at one obstacle: the work the defender's fires would strike.
     *
     * @param obstacle    the obstacle's id
     * @param column      the column that made the crossing
     * @param means       ford, ice or pontoons
     * @param bridges     lanes (bridges, or marked fords) opened
     * @param pontoonSets pontoon sets used (0 for a ford or ice)
     * @param calledMin   time the crossing was decided, minutes
     * @param workStartMin time the work at the site begins (the sets are there), minutes
     * @param readyMin    time the first lane is open, minutes
     */
    record Site(String obstacle, String column, Means means, int bridges, int pontoonSets, double calledMin,
                double workStartMin, double readyMin) {
    }

    private final ModelContext ctx;
    private final BreachDoctrine doctrine;
    private final Ground ground;
    private final CrossingAssets.Pontoons pontoons;
    /** Pontoon sets not yet in a bridge. */
    private int setsLeft;
    /** Per obstacle index: the crossing made there, or null. */
    private final Site[] sites;
    /** The fight of the last crossing under fire, to carry into its passage ({@link #takeFight()}). */
    private Fight fight;

    /** @param ctx the replication's shared state */
    GapCrossing(ModelContext ctx) {
        this.ctx = ctx;
        this.doctrine = ctx.doctrine;
        this.ground = ctx.plan.scenario().ground();
        this.pontoons = ctx.plan.scenario().crossingAssets().pontoons();
        this.setsLeft = pontoons.sets();
        this.sites = new Site[ctx.obstacles.length];
    }

    /** @return the crossing made at obstacle {@code index} (of {@link CrossingPlan#obstacles()}), or null if none */
    Site site(int index) {
        return sites[index];
    }

    /** @return pontoon sets not yet used in a bridge */
    int pontoonSetsLeft() {
        return setsLeft;
    }

    /** @return whether {@code n} sets were left in the rear (then taken), for a bridge's destroyed set */
    boolean takeSets(int n) {
        if (setsLeft < n) {
            return false;
        }
        setsLeft -= n;
        return true;
    }

    /** @return the fight of the crossing {@link #pontoons} has just made under fire (then forgotten), or null */
    Fight takeFight() {
        Fight f = fight;
        fight = null;
        return f;
    }

    /** @return how column {@code col} can cross {@code o} without a bridge layer, or null if it cannot */
    Means means(Column col, Obstacle o) {
        if (!(o instanceof BridgeDemolition gap)) {
            return null;
        }
        if (fordable(col.type, gap)) {
            return Means.FORD;
        }
        if (onIce(col.type, gap)) {
            return Means.ICE;
        }
        if (gap.currentMps() <= pontoons.maxCurrentMps() && setsLeft >= pontoons.setsPerBridge(gap.gapM())) {
            return Means.PONTOON;
        }
        return null;
    }

    /** @return whether every vehicle type fords {@code gap} */
    static boolean fordable(VehicleType[] types, BridgeDemolition gap) {
        if (gap.bankHeightM() > MAX_FORD_BANK_M || gap.currentMps() > MAX_FORD_CURRENT_MPS) {
            return false;
        }
        for (VehicleType t : types) {
            if (t.fordingDepthM() < gap.depthM()) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the river is frozen over at {@code gap} and its ice carries every vehicle type */
    private boolean onIce(VehicleType[] types, BridgeDemolition gap) {
        if (gap.currentMps() > Trafficability.FREEZING_CURRENT_MPS) {
            return false;
        }
        for (VehicleType t : types) {
            if (!Trafficability.iceCarries(t.mobility(), ground)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tries to cross the gap at {@code os} without a bridge layer (ford or ice) from {@code haltTime}: opens the
     * lanes and returns the outcome, or null if there is no such crossing.
     */
    Outcome natural(Column col, ObstacleState os, double haltTime, RandomStream bt) {
        Means m = means(col, os.obstacle);
        if (m != Means.FORD && m != Means.ICE) {
            return null;
        }
        double open = haltTime + doctrine.bypassReconMin().inverse(bt.nextDouble());
        int lanes = doctrine.lanesPerObstacle();
        col.opened(os);
        setLanes(os, lanes, col.id);
        for (int j = 0; j < lanes; j++) {
            os.laneOpen[j] = open;
            os.laneFree[j] = open;
            ctx.events.publishAt(new ModelEvent.LaneOpened(open, col.id, os.obstacle.id(), j));
        }
        sites[os.index] = new Site(os.obstacle.id(), col.id, m, lanes, 0, haltTime, haltTime, open);
        return Outcome.FORDED;
    }

    /**
     * Tries to bridge the gap at {@code os} with pontoons from {@code haltTime}, unless none are left, the current
     * is too fast, or turning back on the fastest other route is expected to be faster: opens the lanes (bridges)
     * and returns the outcome, or null. Under fire the crossing is fought ({@link #takeFight()} then holds the
     * fight for the passage); if the column halted there (losses, culmination) or is to turn back when the crossing
     * fails, the outcome is {@link Outcome#REROUTED} and the column is taken care of.
     *
     * @param headArrival when the head reached the obstacle, minutes
     * @param leg the leg the obstacle is on
     * @param ol  where it is on the leg
     */
    Outcome pontoons(Column col, ObstacleState os, double haltTime, double headArrival, RandomStream bt, Leg leg,
                     Leg.ObstacleOnLeg ol) {
        if (means(col, os.obstacle) != Means.PONTOON) {
            return null;
        }
        BridgeDemolition gap = (BridgeDemolition) os.obstacle;
        double expected = doctrine.decisionDelayMin().mean() + pontoons.forwardMin().mean()
                + workMin(gap, pontoons.buildMinPer100m().mean());
        if (rerouteMin(col, leg, ol) < expected) {
            return null;
        }
        int per = pontoons.setsPerBridge(gap.gapM());
        int lanes = Math.min(doctrine.lanesPerObstacle(), setsLeft / per);
        setsLeft -= lanes * per;
        double called = haltTime + doctrine.decisionDelayMin().inverse(bt.nextDouble());
        double atSite = called + pontoons.forwardMin().inverse(bt.nextDouble());
        col.opened(os);
        setLanes(os, lanes, col.id);
        double[] build = new double[lanes];
        for (int j = 0; j < lanes; j++) {
            build[j] = workMin(gap, pontoons.buildMinPer100m().inverse(bt.nextDouble()));
        }
        if (ctx.plan.defence().defended(os.index)) {
            return underFire(col, os, haltTime, headArrival, bt, leg, ol, called, atSite, build, per);
        }
        double ready = Double.POSITIVE_INFINITY;
        for (int j = 0; j < lanes; j++) {
            double open = atSite + build[j];
            os.laneOpen[j] = open;
            os.laneFree[j] = open;
            ready = Math.min(ready, open);
            ctx.events.publishAt(new ModelEvent.LaneOpened(open, col.id, gap.id(), j));
        }
        sites[os.index] = new Site(gap.id(), col.id, Means.PONTOON, lanes, lanes * per, called, atSite, ready);
        return Outcome.BRIDGED;
    }

    /** The pontoon crossing fought under fire: see {@link #pontoons}. */
    private Outcome underFire(Column col, ObstacleState os, double haltTime, double headArrival, RandomStream bt,
                              Leg leg, Leg.ObstacleOnLeg ol, double called, double atSite, double[] build, int per) {
        String id = os.obstacle.id();
        java.util.Arrays.fill(os.laneOpen, Double.POSITIVE_INFINITY);   // not open until the fight says so
        java.util.Arrays.fill(os.laneFree, Double.POSITIVE_INFINITY);
        Fight f = new Fight(ctx, col, os);
        PontoonWork work = new PontoonWork(ctx, col, id, this, pontoons, build, per);
        int sets = build.length * per;
        if (f.bridge(haltTime, atSite, work, bt)) {
            double ready = Double.POSITIVE_INFINITY;
            for (double open : os.laneOpen) {
                ready = Math.min(ready, open);
            }
            sites[os.index] = new Site(id, col.id, Means.PONTOON, build.length, sets, called, atSite, ready);
            fight = f;
            return Outcome.BRIDGED;
        }
        double failed = f.bridgeFailedAt();
        if (Double.isNaN(failed)) {
            return Outcome.REROUTED;   // halted by its losses
        }
        sites[os.index] = new Site(id, col.id, Means.PONTOON, build.length, sets, called, atSite,
                Double.POSITIVE_INFINITY);
        turnBackOrCulminate(col, os, leg, ol, headArrival, failed);
        return Outcome.REROUTED;
    }

    /**
     * A column whose breach or crossing failed for good at {@code at} (minutes): it turns back then onto the fastest
     * route that avoids the obstacle's road, if there is one, else it culminates there (halts for good).
     */
    void turnBackOrCulminate(Column col, ObstacleState os, Leg leg, Leg.ObstacleOnLeg ol, double headArrival,
                             double at) {
        if (rerouteMin(col, leg, ol) < Double.POSITIVE_INFINITY) {
            new TurnBack(col, os, leg, ol, headArrival).schedule(Math.max(0, at - ctx.now()));
        } else {
            col.halt("culminated", os.obstacle.id(), at);
        }
    }

    /** A column whose crossing under fire failed turns back when it failed, onto the fastest other route. */
    private final class TurnBack extends Event {
        private final Column col;
        private final ObstacleState os;
        private final Leg leg;
        private final Leg.ObstacleOnLeg ol;
        private final double headArrival;

        TurnBack(Column col, ObstacleState os, Leg leg, Leg.ObstacleOnLeg ol, double headArrival) {
            super(ctx.sim);
            this.col = col;
            this.os = os;
            this.leg = leg;
            this.ol = ol;
            this.headArrival = headArrival;
        }

        @Override
        public void actions() {
            col.march.restartFrom(ctx.now());
            col.routing.reroute(os, ol, leg, headArrival);
        }
    }

    /** @return time to cut ramps and build one bridge over {@code gap} at {@code per100m} min per 100 m, minutes */
    static double workMin(BridgeDemolition gap, double per100m) {
        return gap.bankHeightM() * BANK_PREP_MIN_PER_M + per100m * gap.gapM() / 100.0;
    }

    /**
     * @return the expected extra time of turning back from the obstacle and taking the fastest route that avoids
     *         its segment and the roads the column already avoids, against going on over it, minutes; infinity if
     *         there is no such route (ASSUMPTION: the judgement knows the roads, not obstacles not yet found)
     */
    private double rerouteMin(Column col, Leg leg, Leg.ObstacleOnLeg ol) {
        double speed = col.march.topSpeedKmh();
        Set<String> blocked = new HashSet<>(col.routing.avoided());
        blocked.add(leg.segment().id());
        List<Leg> fresh = ctx.plan.shortestRoute(leg.fromPlace(), col.spec.objective(), blocked, speed).orElse(null);
        if (fresh == null) {
            return Double.POSITIVE_INFINITY;
        }
        double back = ol.entryKm() / speed * MIN_PER_H;
        double ahead = (leg.lengthKm() - ol.entryKm()) / Math.min(speed, leg.segment().speedLimitKmh()) * MIN_PER_H;
        List<Leg> legs = col.march.legs();
        for (int k = col.march.legIndex() + 1; k < legs.size(); k++) {
            ahead += legTimeMin(legs.get(k), speed);
        }
        double other = 0;
        for (Leg l : fresh) {
            other += legTimeMin(l, speed);
        }
        return back + other - ahead;
    }

    private static double legTimeMin(Leg l, double speedKmh) {
        return l.lengthKm() / Math.min(speedKmh, l.segment().speedLimitKmh()) * MIN_PER_H;
    }

    private void setLanes(ObstacleState os, int lanes, String column) {
        os.status = ObstacleState.Status.LANES;
        os.laneOpen = new double[lanes];
        os.laneFree = new double[lanes];
        os.laneCentre = new double[lanes];
        os.laneWidth = Breach.MECHANICAL_LANE_WIDTH_M;
        double corridor = doctrine.corridorWidthM();
        for (int j = 0; j < lanes; j++) {
            os.laneCentre[j] = corridor * (j + 0.5) / lanes;
        }
    }
}
