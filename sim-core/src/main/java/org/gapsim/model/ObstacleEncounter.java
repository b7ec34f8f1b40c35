package org.gapsim.model;

import org.gapsim.model.internal.Leg;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.VehicleType;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.rng.RandomStream;

/**
 * What one column does at an obstacle, decided when its head gets there: whether it knew of the obstacle, found it
 * by recon (its detection stream) or on arrival, or drove into an undetected minefield until a mine went off; then,
 * by doctrine, bypass (where the ground, the season and the obstacle's flanks allow, {@link Bypass}; never a blown
 * bridge), cross a gap by ford, ice or pontoons ({@link GapCrossing}), breach with its own assets ({@link Breach}),
 * or turn back ({@link Routing#reroute}); and every vehicle's passage through the lanes
 * (single file, each taking the lane that frees first, residual mines met in time order) or round the bypass, with
 * losses to fire while held ({@link Losses}). Lanes and bypasses are recorded in the shared {@link ObstacleState},
 * so the columns behind follow them. Times in minutes.
 *
 * <p>It keeps the obstacle being handled (its state, place on the leg, the leg, and the head's arrival time) until
 * the column is past it, so a column waiting in front of it can take it up again ({@link #resume}).
 */
final class ObstacleEncounter {
    /** Minutes per hour. */
    private static final double MIN_PER_H = 60.0;
    /** Metres per minute in one km/h. */
    private static final double M_PER_MIN_PER_KMH = 1000.0 / 60.0;
    /** Margin either side of a lane within which its mines are listed, m (far above rounding, far below a mine). */
    static final double BAND_MARGIN_M = 1e-3;

    private final ModelContext ctx;
    private final BreachDoctrine doctrine;
    private final Column col;
    /** The obstacle being handled, and where it is on which leg. */
    private ObstacleState os;
    private Leg.ObstacleOnLeg ol;
    private Leg leg;
    /** Time the head reached the obstacle, minutes. */
    private double headArrival;
    /** The fight of this column's breach here, carried on into its passage (null when none). */
    private Fight fight;

    /**
     * @param ctx the replication's shared state
     * @param col the column
     */
    ObstacleEncounter(ModelContext ctx, Column col) {
        this.ctx = ctx;
        this.doctrine = ctx.doctrine;
        this.col = col;
    }

    /** @return the obstacle being handled (the one a column waiting in front of an obstacle could not cross) */
    ObstacleState obstacle() {
        return os;
    }

    /** @return the leg the obstacle being handled is on */
    Leg leg() {
        return leg;
    }

    /** The head reaches obstacle {@code where} of {@code on}, now: known already, detected, or driven into. */
    void arrive(Leg on, Leg.ObstacleOnLeg where) {
        if (ctx.dynamics != null && ctx.dynamics.dynamic(where.index())) {
            boolean there = ctx.dynamics.inPlace(where.index(), ctx.now());
            ctx.events.publish(new ModelEvent.DynamicObstacleMet(ctx.now(), col.id,
                    ctx.plan.obstacles().get(where.index()).id(), there));
            if (!there) {
                driveOver(where);
                return;
            }
        }
        this.os = ctx.obstacle(where.index());
        this.ol = where;
        this.leg = on;
        Obstacle o = os.obstacle;
        double now = ctx.now();
        this.headArrival = col.t[0];
        col.crossed = 0;
        switch (os.status) {
            case LANES -> {
                known(now, o);
                passLanes(headArrival, Outcome.FOLLOWED);
            }
            case BYPASS -> {
                known(now, o);
                if (bypassSpeedKmh() > 0) {
                    passBypass(headArrival, Outcome.FOLLOWED);
                } else {
                    decide(now);   // this column cannot leave the road here in this season (issue 13)
                }
            }
            case FOUND -> {
                known(now, o);
                decide(now);
            }
            case UNKNOWN -> {
                boolean detected = ctx.stream(col.index, CrossingPlan.DETECTION, os).nextDouble()
                        < ctx.plan.detectionProbability();
                if (o instanceof Minefield mf && !detected) {
                    enterUndetected(mf);
                } else {
                    ctx.events.publish(new ModelEvent.ObstacleDetected(now, col.id, o.id(), o.kind(),
                            detected ? DetectionMode.RECON : DetectionMode.ON_ARRIVAL));
                    decide(now);
                }
            }
        }
    }

    /** The obstacle on warning {@code where} is not in place: the column drives on over where it would have been. */
    private void driveOver(Leg.ObstacleOnLeg where) {
        double cross = where.extentKm() / col.march.speedKmh() * MIN_PER_H;
        for (int i = 0; i < col.n; i++) {
            col.t[i] += cross;
        }
        col.march.moveOn(where);
    }

    /** Publishes that the column met an obstacle it already knew of (found by a column before it). */
    private void known(double now, Obstacle o) {
        ctx.events.publish(new ModelEvent.ObstacleDetected(now, col.id, o.id(), o.kind(), DetectionMode.ALREADY_KNOWN));
    }

    /**
     * A column that waited in front of the obstacle moves on now, its vehicles already re-timed from now: through
     * the lanes or bypass another column opened, or it decides again (with assets it may have since, or to turn
     * back on a route that has opened). It is exposed to fire from now (ASSUMPTION: it held back out of it).
     */
    void resume(double now) {
        col.crossed = 0;
        switch (os.status) {
            case LANES -> passLanes(now, Outcome.FOLLOWED);
            case BYPASS -> {
                if (bypassSpeedKmh() > 0) {
                    passBypass(now, Outcome.FOLLOWED);
                } else {
                    decide(now);
                }
            }
            default -> decide(now);
        }
    }

    /** Vehicles drive into a minefield nobody has found: the first mine set off reveals it and halts the column. */
    private void enterUndetected(Minefield mf) {
        double[] t = col.t;
        VehicleType[] type = col.type;
        MineBelt belt = os.mines();
        RandomStream enc = ctx.stream(col.index, CrossingPlan.ENCOUNTER, os);
        double speedKmh = col.march.speedKmh();
        double lead = 0;
        for (int i = 0; i < col.n; i++) {
            double centre = lateral(enc, i == 0 ? belt.corridorM() / 2 : lead,
                    i == 0 ? doctrine.leadLateralSdM() : doctrine.followerLateralSdM(), type[i], 0,
                    belt.corridorM());
            if (i == 0) {
                lead = centre;
            }
            int m = belt.firstUnder(type[i], centre, 0);
            if (m >= 0) {
                belt.detonate(m);
                boolean killed = enc.nextDouble() < type[i].pKill(mf.fuze());
                double when = t[i] + belt.depth(m) / (speedKmh * M_PER_MIN_PER_KMH);
                ctx.events.publishAt(new ModelEvent.MineStrike(when, col.id, mf.id(), col.vehicle[i], type[i].id(),
                        killed, false));
                ctx.events.publishAt(new ModelEvent.ObstacleDetected(when, col.id, mf.id(), mf.kind(),
                        DetectionMode.MINE_STRIKE));
                // vehicles ahead of the victim are across; they wait on the far side for the column
                double cross = ol.extentKm() / speedKmh * MIN_PER_H;
                for (int k = 0; k < i; k++) {
                    t[k] += cross;
                }
                if (killed) {
                    ctx.events.publishAt(new ModelEvent.VehicleLost(when, col.id, col.vehicle[i], type[i].id(),
                            LossCause.MINE, mf.id()));
                    col.breach.carrierLost(col.vehicle[i], type[i].id(), when, mf.id());
                    col.remove(i);
                    if (col.ineffective()) {
                        col.haltByLosses(mf.id(), when);
                        return;
                    }
                }
                // a survivor backs out along its own tracks and waits for a lane (ASSUMPTION)
                col.crossed = i;
                decide(when);
                return;
            }
        }
        double cross = ol.extentKm() / speedKmh * MIN_PER_H;
        for (int i = 0; i < col.n; i++) {
            t[i] += cross;
        }
        col.march.queueThrough(os);
        ctx.events.publishAt(new ModelEvent.ObstaclePassed(t[0], col.id, mf.id(), mf.kind(), headArrival,
                t[col.n - 1], 0, Outcome.UNNOTICED));
        col.march.moveOn(ol);
    }

    /** Bypass, breach or turn back, by doctrine, from {@code haltTime} (minutes). */
    private void decide(double haltTime) {
        Obstacle o = os.obstacle;
        RandomStream bt = ctx.stream(col.index, CrossingPlan.BREACH_TIME, os);
        double standoffM = ctx.plan.scenario().ground().bypassStandoffM();
        if (doctrine.bypassWhenPossible() && o.kind() != ObstacleKind.BRIDGE_DEMOLITION && bypassable(o)
                && bypassSpeedKmh() > 0 && !Bypass.tiedIn(o, leg.segment(), standoffM)) {
            col.opened(os);
            os.status = ObstacleState.Status.BYPASS;
            os.bypassGate = haltTime + doctrine.bypassReconMin().inverse(bt.nextDouble());
            os.detourKm = Bypass.detourKm(o, standoffM, doctrine.bypassBaseDetourKm());
            if (o instanceof Obstacle.Extension x) {
                os.detourKm = x.detourKm(os.detourKm);
            }
            ctx.events.publishAt(new ModelEvent.BypassStarted(os.bypassGate, col.id, o.id(), os.detourKm));
            passBypass(haltTime, Outcome.BYPASSED);
            return;
        }
        // gap crossing (issue 13): a ford or the ice first, then the column's bridge layers, then pontoons
        Outcome crossed = ctx.gaps.natural(col, os, haltTime, bt);
        if (crossed != null) {
            passLanes(haltTime, crossed);
            return;
        }
        Breach.Plan b = col.breach.choose(o);
        if (b == null) {
            crossed = ctx.gaps.pontoons(col, os, haltTime, headArrival, bt, leg, ol);
            if (crossed == Outcome.REROUTED) {
                return;   // the crossing under fire halted the column, or it turns back when the crossing failed
            }
            if (crossed != null) {
                fight = ctx.gaps.takeFight();
                passLanes(haltTime, crossed);
                return;
            }
        }
        if (b == null) {
            os.status = ObstacleState.Status.FOUND;
            col.routing.reroute(os, ol, leg, headArrival);
            return;
        }
        double begin = haltTime + doctrine.decisionDelayMin().inverse(bt.nextDouble());
        col.breach.consume(b);
        if (ctx.plan.defence().defended(os.index)) {
            col.opened(os);
            fight = new Fight(ctx, col, os);
            if (!fight.breach(haltTime, b, begin, bt)) {
                double failed = fight.culminatedAt();
                fight = null;
                if (!Double.isNaN(failed)) {
                    ctx.gaps.turnBackOrCulminate(col, os, leg, ol, headArrival, failed);
                }
                return;
            }
        } else {
            ctx.events.publishAt(new ModelEvent.BreachStarted(begin, col.id, o.id(), b.method(), b.lanes(), b.used()));
            col.opened(os);
            col.breach.openLanes(os, b, begin, bt, friction(b));
        }
        passLanes(haltTime, Outcome.BREACHED);
    }

    /** @return whether the obstacle's own rule lets a column drive round it (a user's kind may say no) */
    private static boolean bypassable(Obstacle o) {
        return !(o instanceof Obstacle.Extension x) || x.bypassable();
    }

    /**
     * @return the column's fight stream here if the plan's line charges can misfire or fail, or its ploughs' blades
     *         can set mines off, else null
     */
    private RandomStream friction(Breach.Plan b) {
        org.gapsim.scenario.EngineerAssets.LineCharges lc = col.spec.engineers().lineCharges();
        return b.method() == org.gapsim.scenario.BreachMethod.LINE_CHARGE
                && (lc.misfireProbability() > 0 || lc.failureProbability() > 0)
                || col.spec.engineers().minePloughs().bladeDetonationProbability() > 0
                ? ctx.fightStream(col.index, os) : null;
    }

    /**
     * Through the lanes: the column is held (and under fire) from {@code exposedFrom} until the first lane is free
     * or its first vehicle not yet across is there; then each vehicle takes the lane that frees first, single file
     * at lane speed, meeting the mines left in a minefield lane; FIFO through the obstacle after that.
     */
    private void passLanes(double exposedFrom, Outcome outcome) {
        double[] t = col.t;
        VehicleType[] type = col.type;
        int lanes = os.laneOpen.length;
        double firstOpen = Double.POSITIVE_INFINITY;
        for (int j = 0; j < lanes; j++) {
            firstOpen = Math.min(firstOpen, Math.max(os.laneOpen[j], os.laneFree[j]));
        }
        int n = col.n;
        int crossed = col.crossed;
        double laneSpeed = doctrine.laneSpeedKmh() * M_PER_MIN_PER_KMH;
        double traverse = os.obstacle.laneLengthM() / laneSpeed;
        double laneHeadway = doctrine.laneIntervalM() / laneSpeed;
        boolean mined = os.obstacle.kind() == ObstacleKind.MINEFIELD;
        Scratch sc = ctx.scratch();
        MineBelt belt = null;
        RandomStream enc = null;
        Fight f = null;
        if (ctx.plan.defence().defended(os.index)) {
            f = fight != null ? fight : new Fight(ctx, col, os);
            fight = null;
        }
        boolean track = mined || f != null;
        if (track) {
            sc.lanePass(n, lanes);
            System.arraycopy(os.laneFree, 0, sc.laneFree, 0, lanes);
        }
        if (mined) {
            belt = os.mines();
            enc = ctx.stream(col.index, CrossingPlan.ENCOUNTER, os);
            listLaneMines(belt, sc, lanes);
        }
        // lanes and entry times in march order (entries never decrease); t[i] becomes the time vehicle i is
        // past (NaN once lost); where each vehicle drives in a minefield lane and the first mine under it
        for (int i = 0; i < n; i++) {
            if (i < crossed) {
                t[i] = Math.max(t[i], firstOpen);
                if (track) {
                    sc.enter[i] = Double.NEGATIVE_INFINITY;
                }
                continue;
            }
            int lane = firstFreeLane(t[i], lanes);
            double best = Math.max(t[i], Math.max(os.laneOpen[lane], os.laneFree[lane]));
            os.laneFree[lane] = best + laneHeadway;
            t[i] = best + traverse;
            if (mined) {
                driveLane(belt, sc, enc, i, lane, best, laneSpeed);
            } else if (track) {
                sc.laneOf[i] = lane;
                sc.enter[i] = best;
            }
        }
        // the defender fires on the vehicles still at the site (wrecks in a lane block it), then the mines left
        double haltAt = f != null ? f.passage(exposedFrom, sc, laneHeadway) : Double.POSITIVE_INFINITY;
        int firedKills = f != null ? f.passageKills() : 0;
        if (haltAt < Double.POSITIVE_INFINITY) {
            sc.clearStrikes();
        } else if (mined && !sc.noStrike()) {
            haltAt = col.losses.toResidualMines(belt, (Minefield) os.obstacle, laneSpeed, enc,
                    ctx.plan.defence().underFire(os.index) ? os : null, laneHeadway, firedKills);
        }
        boolean halts = haltAt < Double.POSITIVE_INFINITY;
        if (halts) {
            // vehicles that had not entered a lane by the halt never did: give the lanes back
            System.arraycopy(sc.laneFree, 0, os.laneFree, 0, lanes);
            for (int i = crossed; i < n; i++) {
                if (sc.enter[i] <= haltAt) {
                    int lane = sc.laneOf[i];
                    os.laneFree[lane] = Math.max(os.laneFree[lane], sc.enter[i] + laneHeadway);
                }
            }
        }
        col.march.compactThrough(os);
        if (halts) {
            col.haltByLosses(os.obstacle.id(), haltAt);
            return;
        }
        os.lastPassage = t[col.n - 1];
        passed(outcome);
    }

    /** @return the lane vehicle ready at {@code ready} enters first (the lowest index among equals) */
    private int firstFreeLane(double ready, int lanes) {
        int lane = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < lanes; j++) {
            double e = Math.max(ready, Math.max(os.laneOpen[j], os.laneFree[j]));
            if (e < best) {
                best = e;
                lane = j;
            }
        }
        return lane;
    }

    /**
     * Lists, per lane, the live mines a vehicle of this column driving in it could be over ({@link Scratch#bandOff},
     * {@link Scratch#bandLen}, {@link Scratch#bandMines}): those across the lane, or across the widest vehicle
     * left centred in a lane narrower than it (see {@link #lateral}), plus {@value #BAND_MARGIN_M} m either side. No
     * mine outside the list can be under such a vehicle, and mines only go off during the pass, so looking among the
     * listed ones finds the same first mine as looking among all.
     */
    private void listLaneMines(MineBelt belt, Scratch sc, int lanes) {
        sc.bands(lanes, belt.count());
        double half = os.laneWidth / 2;
        double widest = 0;
        for (int i = 0; i < col.n; i++) {
            widest = Math.max(widest, col.type[i].widthM() / 2);
        }
        int at = 0;
        for (int j = 0; j < lanes; j++) {
            double lo = Math.max(os.laneCentre[j] - half, 0);
            double hi = Math.min(os.laneCentre[j] + half, belt.corridorM());
            double mid = (lo + hi) / 2;
            double left = Math.min(lo, mid - widest) - BAND_MARGIN_M;
            double right = Math.max(hi, mid + widest) + BAND_MARGIN_M;
            int k = belt.liveBetween(left, right, sc.bandMines, at);
            sc.bandOff[j] = at;
            sc.bandLen[j] = k;
            at += k;
        }
    }

    /**
     * Vehicle {@code i} drives lane {@code lane}, entering at {@code enter}: its lateral position in the lane
     * (encounter stream) and the first live mine under it, pushed as a strike. Where no live mine lies across the
     * lane the position is not worked out and no mine is looked for, but its uniform is still drawn, so the stream
     * is where it would be for every later draw.
     */
    private void driveLane(MineBelt belt, Scratch sc, RandomStream enc, int i, int lane, double enter,
                           double laneSpeed) {
        sc.laneOf[i] = lane;
        sc.enter[i] = enter;
        int len = sc.bandLen[lane];
        if (len == 0) {
            enc.nextDouble();
            sc.centre[i] = Double.NaN;
            return;
        }
        double half = os.laneWidth / 2;
        double lo = Math.max(os.laneCentre[lane] - half, 0);
        double hi = Math.min(os.laneCentre[lane] + half, belt.corridorM());
        VehicleType v = col.type[i];
        double centre = lateral(enc, os.laneCentre[lane], doctrine.followerLateralSdM(), v, lo, hi);
        sc.centre[i] = centre;
        int m = belt.firstUnder(v, centre, 0, sc.bandMines, sc.bandOff[lane], len);
        if (m >= 0) {
            sc.pushStrike(enter + belt.depth(m) / laneSpeed, i, m);
        }
    }

    /**
     * Round the bypass: held (and under fire) from {@code exposedFrom} until the bypass is found or its first
     * vehicle not yet across is there; then off road at the column's cross-country speed and interval, FIFO
     * through the obstacle after that.
     */
    private void passBypass(double exposedFrom, Outcome outcome) {
        double[] t = col.t;
        double gate = os.bypassGate;
        int n = col.n;
        int crossed = col.crossed;
        double headway = col.march.headway();
        double ccKmh = bypassSpeedKmh();
        double detour = os.detourKm / ccKmh * MIN_PER_H;
        double ccHeadway = March.headwayMin(col.spec.intervalM(), ccKmh);
        double prevEntry = Double.NEGATIVE_INFINITY;
        double prev = os.lastPassage + headway;
        for (int i = 0; i < n; i++) {
            double p;
            if (i < crossed) {
                p = Math.max(t[i], gate);
            } else {
                double entry = Math.max(Math.max(t[i], gate), prevEntry + ccHeadway);
                prevEntry = entry;
                p = entry + detour;
            }
            if (p < prev) {
                p = prev;
            }
            t[i] = p;
            prev = p + headway;
        }
        os.lastPassage = t[n - 1];
        passed(outcome);
    }

    /** @return this column's speed off the road beside the obstacle's leg in the season, km/h (0: it cannot) */
    private double bypassSpeedKmh() {
        return ctx.plan.bypassSpeedKmh(col.index, leg.segment().terrainBeside());
    }

    /** Publishes the passage (delay beyond driving the obstacle's extent at march speed) and moves on. */
    private void passed(Outcome outcome) {
        double[] t = col.t;
        double unobstructed = ol.extentKm() / col.march.speedKmh() * MIN_PER_H;
        ctx.events.publishAt(new ModelEvent.ObstaclePassed(t[0], col.id, os.obstacle.id(), os.obstacle.kind(),
                headArrival, t[col.n - 1], Math.max(0, t[0] - headArrival - unobstructed), outcome));
        col.march.moveOn(ol);
    }

    /**
     * A lateral position about {@code mean} with sd {@code sd} (m), kept so vehicle {@code v} lies within
     * [{@code lo}, {@code hi}] across the corridor (the middle if it is too wide for it).
     */
    static double lateral(RandomStream rs, double mean, double sd, VehicleType v, double lo, double hi) {
        double u = rs.nextDouble();   // drawn whatever the outcome, so every later draw stays where it was
        double min = lo + v.widthM() / 2;
        double max = hi - v.widthM() / 2;
        if (min > max) {
            return (lo + hi) / 2;
        }
        double x = mean + sd * NormalDist.inverseF01(u);
        return Math.max(min, Math.min(max, x));
    }
}
