package org.gapsim.model;

import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.TargetGroup;
import umontreal.ssj.rng.RandomStream;

/**
 * One column's fight at one defended obstacle while it breaches (or bridges a gap with pontoons: {@link #bridge},
 * {@link PontoonWork}): from its halt until its lanes are open (or its breach has failed for good), worked out when the head gets there as a walk through the fight's events in time
 * order; each event is published at its own time (later than the clock through the publisher's notices), and
 * nothing after a halt is published. Times in minutes.
 *
 * <p><b>Processes.</b> Every random clock is a hazard: a unit draws an exponential(1) target and its rate (per
 * minute, piecewise constant between the fight's state changes: day/night, smoke, suppression, lane work starting,
 * a spare carrier arriving) is integrated until the target is reached, so rates that change in mid-wait are exact.
 * <ul>
 *   <li>Detection: each sensor in range at {@code detectionsPerHour} x its smoke, night and EW factors
 *       (EW: {@code 1 - ewStrength (1 - ewFactor)(1 - electronicProtection)}); direct-fire and drone units by
 *       themselves at {@code ownDetectionsPerHour} (x night; x an OP's smoke factor for direct fire, a UAV's smoke
 *       and EW factors for drones). The first detection ({@link ModelEvent.SiteDetected}) arms every live unit in
 *       range with ammunition: its first engagement comes {@code reactionMin} later.</li>
 *   <li>Engagements: then at {@code engagementsPerHour} x night factor x ({@code suppressedRateFactor} while
 *       suppressed) x (EW factor for drones); each uses a round and picks a uniform vehicle of the first non-empty
 *       group of the defender's priority among the vehicles held at the site (breach assets: carriers working or
 *       able to take over a lane; lanes: the next vehicles to enter, one per lane; the rest); it kills with the
 *       unit's probability for the target's armour (x {@code smokeKillFactor} for direct fire under smoke).</li>
 *   <li>Approach: the detection clocks run from when the column's head came inside each unit's range on the
 *       approach (time in coverage before the halt), so a far-seeing sensor is cued by the halt.</li>
 *   <li>Preparation (SOSRA): with {@code preparationMin} > 0, units whose position the attacker knows
 *       ({@code knownProbability}, drawn once per replication) are suppressed through it and destroyed with their
 *       {@code counterFireKillProbability} at its end. Where the column's march fired it from the edge of the
 *       known units' reach ({@link March#prepared}), reduction starts after the decision delay and the positions it
 *       suppressed stay so until {@code suppressionMin} after reduction starts ({@link March#keepSuppressed});
 *       else reduction waits for it from the halt and the breach force waits out of reach meanwhile, so detection
 *       and fire start at its end.</li>
 *   <li>Obscuration: smoke is laid from the halt (or a failed attempt) and lasts {@code smokeMin} past the start of
 *       reduction.</li>
 *   <li>Counter-fire (SOSRA): after each engagement the attacker locates the unit with
 *       {@code locateProbability x signature}; with {@code suppression} it is suppressed for
 *       {@code suppressionMin} and destroyed with its {@code counterFireKillProbability}.</li>
 *   <li>Lanes: each lane's work (by day, minutes) progresses at 1, {@code 1 / nightWorkFactor} at night, x
 *       {@code manualUnderFireFactor} for manual work while the site is detected and a live, unsuppressed, armed
 *       unit with ammunition reaches it, and 0 by day for manual work once detected if {@code manualAtNightOnly}.
 *       A lane's carrier lost stops it; a spare carrier (alive, carrying the method's asset, on no lane) takes over
 *       the remaining work after {@code assetReplaceMin}, else the lane is abandoned; when a lane then opens, its
 *       carrier (alive, still carrying the asset) takes over the first lane abandoned for want of a carrier, after
 *       {@code assetReplaceMin} (no commander leaves a lane half done while a carrier stands idle; not after a
 *       call-off). When every lane is abandoned
 *       the attempt fails ({@link ModelEvent.BreachFailed}): the column tries the next method it can still use
 *       after a new decision delay; after {@code maxBreachAttempts} failures, or with no method left, it turns back
 *       onto the fastest route round the obstacle's road if there is one, else culminates (halts for good,
 *       reason "culminated").</li>
 *   <li>Plough strikes ({@code bladeDetonationProbability}): worked out with the lanes ({@link Breach#startLanes}) as
 *       each lane's remaining work at each strike; when a lane's work reaches one, the plough is lost, its carrier
 *       struck with its kill probability for the field's fuze (a loss to mines), and the lane waits for the wreck's
 *       recovery ({@code recoveryMin}) and a spare plough ({@code assetReplaceMin}), which come at once (it waits for
 *       the later of the two), or is abandoned.</li>
 *   <li>Call-off ({@code abortLossFraction} > 0): when the attempt's losses at the site (fire and strikes) reach the
 *       fraction of the vehicles there at its start and no lane is open, every lane is abandoned and the attempt
 *       fails; after any failed attempt the column is then out of reach (no engagement on it) until its next
 *       attempt's reduction starts, or for a method with no carriers (manual) until a lane opens.</li>
 *   <li>Cohesion: a unit that does not fight in this replication ({@code fightsProbability}, drawn by
 *       {@link Defence}) counts as destroyed from the start: it neither detects nor engages.</li>
 *   <li>Assault (SOSRA, with the doctrine's {@code assault} block): in the passage, the column's armoured
 *       vehicles across find and destroy the defender's direct-fire units near the site ({@link Assault}).</li>
 * </ul>
 * Random draws: detection, reaction, engagement gaps, targets and kills from each unit's own stream
 * ({@code defender/<unit>}); smoke, counter-fire, replacements and further attempts from the column's fight stream
 * at the site ({@code fight/<column>/<obstacle>}): new streams, so no other stream shifts. Defender units keep their
 * ammunition and state from one fight to the next (ASSUMPTION: a fight is worked out whole at the head's arrival,
 * so a later column sees the ammunition an earlier one drew even where their fights overlap in time).
 */
final class Fight {
    private static final double MIN_PER_H = 60.0;
    private static final int IDLE = 0;
    private static final int WORKING = 1;
    private static final int REPLACING = 2;
    private static final int OPEN = 3;
    private static final int ABANDONED = 4;

    private final ModelContext ctx;
    private final Column col;
    private final ObstacleState os;
    private final Defence d;
    private final BreachDoctrine doc;
    private final Clock clock;
    private final RandomStream fs;
    private final int[] sensors;
    private final int[] fires;
    private final double ewSensor;
    /** Sensors: hazard targets and accumulated hazards. */
    private final double[] sE;
    private final double[] sAcc;
    /** Fire units (by position in {@link #fires}): own detection, arming, shots. */
    private final double[] oE;
    private final double[] oAcc;
    private final double[] armAt;
    private final boolean[] fired;
    private final double[] fE;
    private final double[] fAcc;
    /**
     * Rates per minute that depend only on the unit and the conditions, worked out once per fight: sensors' and own
     * detection rates at [4k + 2 night + smoke], engagement rates at [4k + 2 night + suppressed].
     */
    private final double[] sRate;
    private final double[] oRate;
    private final double[] fRate;
    /** Own detection and engagement rates per minute of each fire unit in the current step, reused by each step. */
    private final double[] oNow;
    private final double[] fNow;
    /** Target groups. */
    private static final int GROUPS = TargetGroup.values().length;
    /** Vehicles per target group, reused by each engagement. */
    private final int[] groupCount = new int[GROUPS];
    /** Vehicle numbers (ascending) that may be breach assets in the current attempt ({@link #listCandidates}). */
    private int[] candidate;
    private int candidates;
    /**
     * The breach assets' indices at the site, ascending ({@link #assets}): the thread's {@link Scratch#fightAssets},
     * filled and read within one {@link #target} call.
     */
    private int[] assetAt;
    private double detectedAt = Double.POSITIVE_INFINITY;
    /** Time the breach failed for good (no method left or attempts used up), minutes; NaN while it has not. */
    private double culminatedAt = Double.NaN;
    private double smokeFrom = Double.POSITIVE_INFINITY;
    private double smokeEnd = Double.NEGATIVE_INFINITY;
    /** The current attempt. */
    private Breach.Plan plan;
    private int attempt;
    private double begin;
    private int[] state;
    private double[] work;
    private int[] carrier;
    private double[] resumeAt;
    private double[] openAt;
    /** When the breach part ended (lanes open), minutes; the passage part goes on from there. */
    private double lastTime = Double.NEGATIVE_INFINITY;
    /** The passage: its lane entries and lanes ({@link Scratch#enter}, {@link Scratch#laneOf}), null before. */
    private Scratch sc;
    private double laneHeadway;
    private int passageKills;
    /**
     * Passage: every vehicle from {@link Column#crossed} below this index was past the site or lost at the last
     * engagement (reset by a kill, whose lane block moves the times behind it).
     */
    private int passedBelow;
    /** Passage: whether the vehicle at each index carries any engineer asset, set when the passage starts. */
    private boolean[] carrierAt;
    /** Passage: the column's assault on the defender's direct-fire units near the site, or null (none). */
    private Assault assault;
    /** Bridging with pontoon sets instead of breaching (see {@link PontoonWork}); null for a breach. */
    private PontoonWork bridging;
    /** Per lane of the current attempt: its whole work by day, minutes (a reseeded lane starts again from it). */
    private double[] fullWork;
    /** Per lane of the current attempt: remaining work at each plough strike, in order (null: none). */
    private double[][] strikeRem;
    /** Per lane: the next of its strikes. */
    private int[] strikeNext;
    /** Per lane of the current attempt: the clearing rate last published ({@link ModelEvent.LaneProgress}), m/min. */
    private double[] pubRate;
    /** Vehicles lost at the site (fire, plough strikes) since the current attempt began. */
    private int attemptLosses;
    /** Losses at the site that call the current attempt off ({@code abortLossFraction}); MAX_VALUE when never. */
    private int abortAt = Integer.MAX_VALUE;
    /** Whether the current attempt was called off for its losses. */
    private boolean calledOff;
    /** The column is out of the defender's reach until this time, minutes (after a called-off attempt). */
    private double withdrawnUntil = Double.NEGATIVE_INFINITY;
    /** The column stays out of reach until a lane opens (after a called-off attempt, for a method with no carriers). */
    private boolean withdrawnToOpen;
    // The breach's event choice, kept in fields so that each step of breach is a small method C2 compiles on its
    // own (issue 16); the arithmetic and the order of draws are the loop's own.
    /** The breach's next event time, minutes. */
    private double bNext;
    /** The breach's next event: 0 boundary, 1 sensor k, 2 own detection k, 3 arm k, 4 shot k, 5 lane k, 6 resume k,
     *  7 plough strike on lane k; in the passage 8: the assault's next event ({@link Assault#next}). */
    private int bWhat;
    /** The k or lane of the breach's next event, or -1. */
    private int bWhich;

    Fight(ModelContext ctx, Column col, ObstacleState os) {
        this.ctx = ctx;
        this.col = col;
        this.os = os;
        this.d = ctx.defence();
        this.doc = ctx.doctrine;
        this.clock = ctx.plan.scenario().clock();
        this.fs = ctx.fightStream(col.index, os);
        this.sensors = d.layout.sensorsAt[os.index];
        this.fires = d.layout.fireUnitsAt[os.index];
        this.ewSensor = d.layout.electronicProtection;
        sE = new double[sensors.length];
        sAcc = new double[sensors.length];
        for (int k = 0; k < sensors.length; k++) {
            sE[k] = exp1(d.sensorStream(sensors[k]));
        }
        oE = new double[fires.length];
        oAcc = new double[fires.length];
        armAt = new double[fires.length];
        fired = new boolean[fires.length];
        fE = new double[fires.length];
        fAcc = new double[fires.length];
        for (int k = 0; k < fires.length; k++) {
            FireUnit f = d.layout.fireUnits[fires[k]];
            oE[k] = f.ownDetectionsPerHour() > 0 && !f.kind().indirect() ? exp1(d.fireStream(fires[k]))
                    : Double.POSITIVE_INFINITY;
            armAt[k] = Double.POSITIVE_INFINITY;
        }
        sRate = new double[4 * sensors.length];
        for (int k = 0; k < sensors.length; k++) {
            for (int c = 0; c < 4; c++) {
                sRate[4 * k + c] = sensorRate0(k, c >= 2, (c & 1) != 0);
            }
        }
        oRate = new double[4 * fires.length];
        oNow = new double[fires.length];
        fNow = new double[fires.length];
        fRate = new double[4 * fires.length];
        for (int k = 0; k < fires.length; k++) {
            for (int c = 0; c < 4; c++) {
                oRate[4 * k + c] = ownRate0(k, c >= 2, (c & 1) != 0);
                fRate[4 * k + c] = shotRate0(k, c >= 2, (c & 1) != 0);
            }
        }
    }

    /** @return an exponential(1) hazard target drawn by inversion from {@code rs}'s next uniform */
    static double exp1(RandomStream rs) {
        return -Math.log1p(-rs.nextDouble());
    }

    /**
     * @return the multiplier the attacker's EW puts on a rate: {@code 1 - ewStrength (1 - kindFactor)
     *         (1 - electronicProtection)}, the one rule for the fights and for fire on the march
     */
    static double ewMultiplier(double ewStrength, double kindFactor, double electronicProtection) {
        return 1 - ewStrength * (1 - kindFactor) * (1 - electronicProtection);
    }

    /** @return the attacker's EW multiplier on a rate with this kind factor */
    private double ew(double kindFactor) {
        return ewMultiplier(doc.ewStrength(), kindFactor, ewSensor);
    }

    private double sensorRate0(int k, boolean night, boolean smoke) {
        Sensor s = d.layout.sensors[sensors[k]];
        return s.detectionsPerHour() / MIN_PER_H * (smoke ? s.smokeFactor() : 1) * (night ? s.nightFactor() : 1)
                * ew(s.ewFactor());
    }

    private double ownRate0(int k, boolean night, boolean smoke) {
        FireUnit f = d.layout.fireUnits[fires[k]];
        FireUnitKind kind = f.kind();
        SensorKind eyes = kind.drone() ? SensorKind.UAV : SensorKind.OBSERVATION_POST;
        return f.ownDetectionsPerHour() / MIN_PER_H * (night ? f.nightFactor() : 1)
                * (smoke ? eyes.smokeFactor() : 1) * (kind.drone() ? ew(eyes.ewFactor()) : 1);
    }

    private double shotRate0(int k, boolean night, boolean suppressed) {
        FireUnit f = d.layout.fireUnits[fires[k]];
        return f.engagementsPerHour() / MIN_PER_H * (night ? f.nightFactor() : 1)
                * (suppressed ? doc.suppressedRateFactor() : 1) * (f.kind().drone() ? ew(f.kind().ewFactor()) : 1);
    }

    private double sensorRate(int k, boolean night, boolean smoke) {
        return sRate[4 * k + (night ? 2 : 0) + (smoke ? 1 : 0)];
    }

    private double ownRate(int k, double t, boolean night, boolean smoke) {
        if (!d.alive(fires[k], t) || oE[k] == Double.POSITIVE_INFINITY) {
            return 0;
        }
        return oRate[4 * k + (night ? 2 : 0) + (smoke ? 1 : 0)];
    }

    private double shotRate(int k, double t, boolean night) {
        int u = fires[k];
        if (!fired[k] || !d.alive(u, t) || d.ammunition[u] <= 0
                || withdrawn(t) && !d.layout.fireUnits[u].reseedsLanes()) {   // mine rounds fall on the lanes
            return 0;
        }
        return fRate[4 * k + (night ? 2 : 0) + (d.suppressedUntil[u] > t ? 1 : 0)];
    }

    /** @return whether the column's vehicles are out of the defender's reach at {@code t} (a called-off attempt) */
    private boolean withdrawn(double t) {
        return withdrawnToOpen || t < withdrawnUntil;
    }

    /** @return whether a live, armed, unsuppressed unit with ammunition reaches the site at {@code t} */
    private boolean underFire(double t) {
        if (detectedAt > t) {
            return false;
        }
        for (int k = 0; k < fires.length; k++) {
            int u = fires[k];
            if (armAt[k] <= t && d.alive(u, t) && d.ammunition[u] > 0 && d.suppressedUntil[u] <= t) {
                return true;
            }
        }
        return false;
    }

    private double workRate(double t, boolean night) {
        double r = night ? 1 / doc.nightWorkFactor() : 1;
        if (bridging != null) {
            return underFire(t) ? r * doc.manualUnderFireFactor() : r;
        }
        if (plan.method() == BreachMethod.MANUAL) {
            if (doc.manualAtNightOnly() && detectedAt <= t && !night) {
                return 0;
            }
            if (underFire(t)) {
                r *= doc.manualUnderFireFactor();
            }
        }
        return r;
    }

    /**
     * @return the time the breach failed for good (no method left, or {@code maxBreachAttempts} used up), minutes;
     *         NaN if it did not (it succeeded, or the column halted by its losses)
     */
    double culminatedAt() {
        return culminatedAt;
    }

    /**
     * Works out the breach under fire: lanes of {@code first} start at {@code firstBegin}. On success the
     * obstacle's lanes hold their opening times (infinity for an abandoned lane) and the column is to pass them.
     *
     * @return false if the column halted (losses or culmination)
     */
    boolean breach(double haltTime, Breach.Plan first, double firstBegin, RandomStream bt) {
        double horizon = ctx.plan.scenario().horizonMin();
        approach(haltTime);
        attempt = 1;
        double prep = doc.preparationMin();
        boolean marched = col.march.prepared(os.index);   // fired on the march, from the edge of the reach
        if (marched) {
            prep = 0;
        }
        if (prep > 0) {
            prepare(haltTime, prep);
        }
        startAttempt(first, haltTime, Math.max(firstBegin, haltTime + prep), bt);
        if (marched) {
            col.march.keepSuppressed(os.index, begin);
        }
        double t = haltTime + prep;   // through the preparation the breach force waits out of the defender's reach
        while (true) {
            if (t >= begin && state[0] == IDLE) {
                lanesStart(t);
                if (settled() && !anyOpen()) {
                    if (failed(t, bt)) {
                        return false;
                    }
                    continue;
                }
            }
            boolean night = clock.isNight(t);
            boolean smoke = t >= smokeFrom && t < smokeEnd;
            double next = clock.nextChangeMin(t);
            next = Math.min(next, t < smokeFrom ? smokeFrom : smoke ? smokeEnd : Double.POSITIVE_INFINITY);
            if (t < begin) {
                next = Math.min(next, begin);
            }
            bNext = next;
            bWhat = 0;
            bWhich = -1;
            nextUnitChange(t);
            if (detectedAt == Double.POSITIVE_INFINITY) {
                nextDetection(t, night, smoke);
            }
            nextShot(t, night);
            double wr = t >= begin ? workRate(t, night) : 0;
            progress(t, wr);
            nextLane(t, wr);
            next = bNext;
            if (next > horizon) {
                for (int j = 0; j < state.length; j++) {
                    openAt[j] = state[j] == OPEN ? openAt[j] : horizon + 1;   // beyond the horizon: never
                }
                break;
            }
            double dt = next - t;
            if (dt > 0) {
                accumulate(t, dt, wr, night, smoke);
            }
            t = next;
            if (bWhat != 0 && breachEvent(t)) {
                return false;
            }
            if (state[0] != IDLE && settled()) {
                if (anyOpen()) {
                    progress(t, 0);
                    break;
                }
                if (failed(t, bt)) {
                    return false;
                }
            }
        }
        for (int j = 0; j < state.length; j++) {
            os.laneOpen[j] = openAt[j];
            os.laneFree[j] = openAt[j];
        }
        lastTime = t;
        return true;
    }

    /** The end of a unit's suppression or its destruction, if sooner than {@code bNext}. */
    private void nextUnitChange(double t) {
        for (int k = 0; k < fires.length; k++) {
            double su = d.suppressedUntil[fires[k]];
            if (su > t && su < bNext) {
                bNext = su;
                bWhat = 0;
            }
            double da = d.destroyedAt[fires[k]];
            if (da > t && da < bNext) {
                bNext = da;
                bWhat = 0;
            }
        }
    }

    /** Before the detection: each sensor's and unit's detection at the rates now, if sooner than {@code bNext}. */
    private void nextDetection(double t, boolean night, boolean smoke) {
        for (int k = 0; k < sensors.length; k++) {
            double r = sensorRate(k, night, smoke);
            if (r > 0) {
                double at = t + (sE[k] - sAcc[k]) / r;
                if (at < bNext) {
                    bNext = at;
                    bWhat = 1;
                    bWhich = k;
                }
            }
        }
        for (int k = 0; k < fires.length; k++) {
            double r = ownRate(k, t, night, smoke);
            oNow[k] = r;
            if (r > 0) {
                double at = t + (oE[k] - oAcc[k]) / r;
                if (at < bNext) {
                    bNext = at;
                    bWhat = 2;
                    bWhich = k;
                }
            }
        }
    }

    /** Each unit's arming and, once armed, its shot rate now and next shot, if sooner than {@code bNext}. */
    private void nextShot(double t, boolean night) {
        for (int k = 0; k < fires.length; k++) {
            if (!fired[k] && armAt[k] < bNext) {
                bNext = armAt[k];
                bWhat = 3;
                bWhich = k;
            }
            double r = shotRate(k, t, night);
            fNow[k] = r;
            if (r > 0) {
                double at = t + (fE[k] - fAcc[k]) / r;
                if (at < bNext) {
                    bNext = at;
                    bWhat = 4;
                    bWhich = k;
                }
            }
        }
    }

    /** Each lane's opening, plough strike or resumption at work rate {@code wr}, if sooner than {@code bNext}. */
    private void nextLane(double t, double wr) {
        for (int j = 0; j < state.length; j++) {
            if (state[j] == WORKING && wr > 0) {
                double at = t + work[j] / wr;
                int w = 5;
                if (strikeRem != null && strikeRem[j] != null && strikeNext[j] < strikeRem[j].length) {
                    double sat = t + Math.max(0, work[j] - strikeRem[j][strikeNext[j]]) / wr;
                    if (sat <= at) {
                        at = sat;
                        w = 7;
                    }
                }
                if (at < bNext) {
                    bNext = at;
                    bWhat = w;
                    bWhich = j;
                }
            } else if (state[j] == REPLACING && resumeAt[j] < bNext) {
                bNext = resumeAt[j];
                bWhat = 6;
                bWhich = j;
            }
        }
    }

    /** Adds {@code dt} minutes at the step's rates to each hazard's exposure and takes the work done off the lanes. */
    private void accumulate(double t, double dt, double wr, boolean night, boolean smoke) {
        if (detectedAt == Double.POSITIVE_INFINITY) {
            for (int k = 0; k < sensors.length; k++) {
                sAcc[k] += sensorRate(k, night, smoke) * dt;
            }
            for (int k = 0; k < fires.length; k++) {
                oAcc[k] += oNow[k] * dt;   // the rate worked out for this step
            }
        }
        for (int k = 0; k < fires.length; k++) {
            fAcc[k] += fNow[k] * dt;   // the rate worked out for this step
        }
        if (t >= begin) {
            for (int j = 0; j < state.length; j++) {
                if (state[j] == WORKING) {
                    work[j] = Math.max(0, work[j] - wr * dt);
                }
            }
        }
    }

    /**
     * Carries out the breach's event chosen ({@code bWhat}, {@code bWhich}) at {@code t}.
     *
     * @return whether the column halted (losses)
     */
    private boolean breachEvent(double t) {
        int which = bWhich;
        switch (bWhat) {
            case 1 -> detected(t, d.layout.sensors[sensors[which]].id());
            case 2 -> detected(t, d.layout.fireUnits[fires[which]].id());
            case 3 -> {
                fired[which] = true;
                return shoot(which, t);
            }
            case 4 -> {
                return shoot(which, t);
            }
            case 5 -> {
                state[which] = OPEN;
                withdrawnToOpen = false;   // the column comes back up to pass
                openAt[which] = t;
                work[which] = 0;
                publishProgress(t, which, 0);
                ctx.events.publishAt(new ModelEvent.LaneOpened(t, col.id, os.obstacle.id(), which));
                takeOverAbandoned(which, t);
            }
            case 6 -> state[which] = WORKING;
            case 7 -> {
                return struck(which, t);
            }
            default -> {
            }
        }
        return false;
    }

    /** @return vehicles killed by fire during the passage (marked NaN in the column's times, not removed) */
    int passageKills() {
        return passageKills;
    }

    /**
     * The fight goes on while the column passes the lanes: from {@code from} (or the end of its breach) until its
     * last vehicle not yet lost is past, the same processes (detection if not yet, arming, engagements,
     * counter-fire) act on the vehicles still at the site: carriers of any engineer asset first, then those in a
     * lane or next to enter one, then the rest (by the defender's priority). A vehicle killed is marked lost
     * ({@code t = NaN}); killed in a lane, its wreck blocks the lane ({@link Losses#block}). ASSUMPTION: this is
     * worked out before the residual mines of the pass (a mine strike does not change whom the defender engages).
     * With the doctrine's assault, the column's armoured vehicles across fire back on the defender's direct-fire
     * units near the site meanwhile ({@link Assault}).
     *
     * @param from        time the column is at the site, minutes
     * @param scratch     the pass's lane entries and lanes
     * @param headwayMin  headway between vehicles entering a lane, minutes
     * @return the time of the loss that left the column combat ineffective, or infinity
     */
    double passage(double from, Scratch scratch, double headwayMin) {
        startPassage(scratch, headwayMin);
        double horizon = ctx.plan.scenario().horizonMin();
        int need = col.lossesToIneffective();
        double t = Math.max(from, lastTime);
        double end = passageEnd();   // the last time a vehicle not lost is past; only a kill changes the times
        while (t < end) {
            boolean night = clock.isNight(t);
            boolean smoke = t >= smokeFrom && t < smokeEnd;
            double next = passageNext(t, end, night, smoke);
            if (next > horizon) {
                return Double.POSITIVE_INFINITY;
            }
            double dt = next - t;
            if (dt > 0) {
                passageExposure(dt, night, smoke);
            }
            t = next;
            if (bWhat != 0 && passageEvent(t)) {
                if (++passageKills >= need) {
                    return t;
                }
                end = passageEnd();
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** Sets up the passage: its lanes and headway, and which vehicles carry an engineer asset. */
    private void startPassage(Scratch scratch, double headwayMin) {
        this.sc = scratch;
        this.laneHeadway = headwayMin;
        passedBelow = col.crossed;
        if (carrierAt == null) {
            carrierAt = new boolean[col.start];
        }
        for (int i = col.crossed; i < col.n; i++) {   // fixed through the passage: only the lost lose their assets
            carrierAt[i] = col.breach.carriesAny(col.vehicle[i]);
        }
        assault = Assault.at(ctx, col, os, fires);
    }

    /** @return the last time a vehicle of the column not lost is past the site, minutes (-infinity if none) */
    private double passageEnd() {
        double end = Double.NEGATIVE_INFINITY;
        for (int i = col.crossed; i < col.n; i++) {
            if (col.t[i] > end) {
                end = col.t[i];
            }
        }
        return end;
    }

    /**
     * The passage's next event after {@code t}: the end, a change of light or smoke, a unit's suppression ending or
     * its destruction, a detection (if none yet), an arming or a shot; chosen into {@code bWhat}, {@code bWhich}.
     *
     * @return its time, minutes
     */
    private double passageNext(double t, double end, boolean night, boolean smoke) {
        double next = Math.min(end, clock.nextChangeMin(t));
        bNext = Math.min(next, t < smokeFrom ? smokeFrom : smoke ? smokeEnd : Double.POSITIVE_INFINITY);
        bWhat = 0;
        bWhich = -1;
        nextUnitChange(t);
        if (detectedAt == Double.POSITIVE_INFINITY) {
            nextDetection(t, night, smoke);
        }
        nextShot(t, night);
        if (assault != null) {
            double a = assault.next(t, night);
            if (a < bNext) {
                bNext = a;
                bWhat = 8;
            }
        }
        return bNext;
    }

    /** Adds {@code dt} minutes at the step's rates to the detection and shot exposures (no lane work). */
    private void passageExposure(double dt, boolean night, boolean smoke) {
        if (detectedAt == Double.POSITIVE_INFINITY) {
            for (int k = 0; k < sensors.length; k++) {
                sAcc[k] += sensorRate(k, night, smoke) * dt;
            }
            for (int k = 0; k < fires.length; k++) {
                oAcc[k] += oNow[k] * dt;   // the rate worked out for this step
            }
        }
        for (int k = 0; k < fires.length; k++) {
            fAcc[k] += fNow[k] * dt;   // the rate worked out for this step
        }
        if (assault != null) {
            assault.expose(dt);
        }
    }

    /**
     * Carries out the passage's event chosen ({@code bWhat}, {@code bWhich}) at {@code t}.
     *
     * @return whether a vehicle was killed
     */
    private boolean passageEvent(double t) {
        int which = bWhich;
        switch (bWhat) {
            case 1 -> detected(t, d.layout.sensors[sensors[which]].id());
            case 2 -> detected(t, d.layout.fireUnits[fires[which]].id());
            case 3 -> {
                fired[which] = true;
                return shoot(which, t);
            }
            case 4 -> {
                return shoot(which, t);
            }
            case 8 -> assault.act(t);
            default -> {
            }
        }
        return false;
    }

    private boolean settled() {
        for (int s : state) {
            if (s != OPEN && s != ABANDONED) {
                return false;
            }
        }
        return true;
    }

    private boolean anyOpen() {
        for (int s : state) {
            if (s == OPEN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Approach detection: each sensor and self-detecting fire unit watched the approach from when the column's head
     * came inside its range ({@link DefenceLayout#sensorApproachKm}) at the head's current speed (capped at the time
     * since the start), at its rate under the halt's conditions (night or day, no smoke; ASSUMPTION: a moving column
     * is seen at the rate of a halted one). That hazard is added to the unit's clock; a unit whose clock ran out on
     * the approach has cued the defence by the halt and reports the site at the halt.
     */
    private void approach(double haltTime) {
        double speedKmPerMin = col.march.speedKmh() / MIN_PER_H;
        if (!(speedKmPerMin > 0)) {
            return;
        }
        boolean night = clock.isNight(haltTime);
        double[] sKm = d.layout.sensorApproachKm[os.index];
        for (int k = 0; k < sensors.length; k++) {
            double minutes = Math.min(haltTime, sKm[k] / speedKmPerMin);
            sAcc[k] = Math.min(sE[k], sensorRate(k, night, false) * minutes);
        }
        double[] fKm = d.layout.fireApproachKm[os.index];
        for (int k = 0; k < fires.length; k++) {
            if (oE[k] != Double.POSITIVE_INFINITY) {
                double minutes = Math.min(haltTime, fKm[k] / speedKmPerMin);
                oAcc[k] = Math.min(oE[k], ownRate(k, haltTime, night, false) * minutes);
            }
        }
    }

    /**
     * The attacker's preparation (SOSRA "suppress"), from the halt for {@code prepMin}: every live unit in range whose
     * position the attacker knows is suppressed from the halt until the preparation's end plus
     * {@code suppressionMin}, and destroyed at the preparation's end with its {@code counterFireKillProbability}
     * (ASSUMPTION: at the end, the conservative time). Draws from the unit's {@code known/<unit>} stream. Through the
     * preparation the breach force waits in an attack position out of the defender's sight and reach (ASSUMPTION, the
     * doctrinal sequence: the breach force moves up when the fires lift), so the fight's clocks start at its end.
     */
    private void prepare(double haltTime, double prepMin) {
        prepare(ctx, col, fires, haltTime, prepMin, null);
    }

    /**
     * Fires the attacker's preparation on the units {@code fires} (layout indices) from {@code from} for
     * {@code prepMin}: each live unit whose position the attacker knows is suppressed until {@code from + prepMin}
     * plus a draw of {@code suppressionMin} and destroyed at {@code from + prepMin} with its
     * {@code counterFireKillProbability} (no earlier than its last engagement already worked out,
     * {@link Defence#destroy}). Draws from each unit's {@code known/<unit>} stream; the rule of the preparation at
     * a site ({@link #breach}) and on the march ({@link March}).
     *
     * @param drawnSuppressMin if not null, receives per position in {@code fires} the {@code suppressionMin} drawn
     *                         for a unit the preparation suppressed (left as it is for the others)
     */
    static void prepare(ModelContext ctx, Column col, int[] fires, double from, double prepMin,
                        double[] drawnSuppressMin) {
        Defence d = ctx.defence();
        for (int k = 0; k < fires.length; k++) {
            int u = fires[k];
            if (!d.alive(u, from) || !d.known(u)) {
                continue;
            }
            FireUnit f = d.layout.fireUnits[u];
            RandomStream ks = d.knownStream(u);
            double s = ctx.doctrine.suppressionMin().inverse(ks.nextDouble());
            double until = from + prepMin + s;
            if (drawnSuppressMin != null) {
                drawnSuppressMin[k] = s;
            }
            d.suppressedUntil[u] = Math.max(d.suppressedUntil[u], until);
            ctx.events.publishAt(new ModelEvent.UnitSuppressed(from, col.id, f.id(), until));
            if (ks.nextDouble() < f.counterFireKillProbability()) {
                double at = d.destroy(u, from + prepMin);
                ctx.events.publishAt(new ModelEvent.UnitDestroyed(at, col.id, f.id()));
            }
        }
    }

    /**
     * A new attempt: decided at {@code decided} (the halt, or the failure of the last attempt), reduction at
     * {@code at}. Smoke is laid from the decision (obscure precedes reduce: TF Ripper 1991, "smoke barrage and VT
     * fire on the bunkers") and lasts a draw of {@code smokeMin} past the start of reduction.
     */
    private void startAttempt(Breach.Plan b, double decided, double at, RandomStream bt) {
        if (pubRate != null) {
            progress(decided, 0);   // the failed attempt's lanes stop
        }
        plan = b;
        if (bridging == null) {
            listCandidates();
        }
        begin = at;
        attemptLosses = 0;
        calledOff = false;
        double f = doc.abortLossFraction();
        abortAt = f > 0 && bridging == null && b.method() != BreachMethod.MANUAL
                ? Math.max(1, (int) Math.ceil(f * (col.n - col.crossed) - 1e-9)) : Integer.MAX_VALUE;
        work = bridging != null ? bridging.work() : col.breach.startLanes(os, b, at, bt, fs);
        int lanes = b.lanes();
        state = new int[lanes];
        carrier = new int[lanes];
        resumeAt = new double[lanes];
        openAt = new double[lanes];
        java.util.Arrays.fill(carrier, -1);
        java.util.Arrays.fill(openAt, Double.POSITIVE_INFINITY);
        strikeRem = bridging != null ? null : col.breach.strikes();
        fullWork = work.clone();
        strikeNext = new int[lanes];
        pubRate = new double[lanes];
        double smoke = doc.smokeMin().inverse(fs.nextDouble());
        if (smoke > 0) {
            smokeFrom = decided;
            smokeEnd = at + smoke;
        }
    }

    /**
     * Publishes a {@link ModelEvent.LaneProgress} for each lane whose clearing rate differs from the one last
     * published: {@code wr} (work per minute, {@link #workRate}) x depth / whole work for a working lane, else 0.
     * Publication only: no state of the fight changes. None for a pontoon crossing.
     */
    private void progress(double t, double wr) {
        if (bridging != null) {
            return;
        }
        double depth = os.obstacle.laneLengthM();
        for (int j = 0; j < state.length; j++) {
            double full = fullWork[j];
            if (full < Double.POSITIVE_INFINITY) {
                double rate = state[j] == WORKING && full > 0 ? depth * wr / full : 0;
                if (rate != pubRate[j]) {
                    publishProgress(t, j, rate);
                }
            }
        }
    }

    /** Publishes lane {@code j}'s cleared depth at {@code t} and its clearing rate from then, m/min. */
    private void publishProgress(double t, int j, double rateMPerMin) {
        if (bridging != null || !(fullWork[j] < Double.POSITIVE_INFINITY)) {
            return;
        }
        double depth = os.obstacle.laneLengthM();
        double full = fullWork[j];
        double cleared = state[j] == OPEN || full <= 0 ? depth : Math.max(0, depth * (1 - work[j] / full));
        pubRate[j] = rateMPerMin;
        ctx.events.publishAt(new ModelEvent.LaneProgress(t, col.id, os.obstacle.id(), j, cleared, depth,
                rateMPerMin));
    }

    /** Reduction starts: the breach is published and each lane gets its carrier. */
    private void lanesStart(double t) {
        if (bridging != null) {
            java.util.Arrays.fill(state, WORKING);
            return;
        }
        ctx.events.publishAt(new ModelEvent.BreachStarted(t, col.id, os.obstacle.id(), plan.method(), plan.lanes(),
                plan.used()));
        boolean carried = col.breach.hasCarriers(plan);
        for (int j = 0; j < state.length; j++) {
            if (work[j] == Double.POSITIVE_INFINITY) {
                state[j] = ABANDONED;
                continue;
            }
            state[j] = WORKING;
            if (carried) {
                carrier[j] = spare();
                if (carrier[j] < 0) {
                    state[j] = ABANDONED;
                }
            }
        }
    }

    /**
     * Lane {@code opened} has just opened: its carrier, if alive and still carrying the method's asset, takes over the
     * first lane abandoned for want of a carrier (remaining work finite and not zero) after {@code assetReplaceMin},
     * as a spare would have had it been free when that lane lost its carrier. Not after a call-off (the attempt has
     * failed then), nor for methods without carriers. Draws from the fight's stream only when it takes a lane over.
     */
    private void takeOverAbandoned(int opened, double t) {
        int v = carrier[opened];
        if (bridging != null || calledOff || v < 0 || !col.breach.hasCarriers(plan)
                || !col.breach.carries(v, plan) || !alive(v)) {
            return;
        }
        for (int j = 0; j < state.length; j++) {
            if (state[j] == ABANDONED && work[j] > 0 && work[j] < Double.POSITIVE_INFINITY) {
                carrier[j] = v;
                state[j] = REPLACING;
                resumeAt[j] = t + doc.assetReplaceMin().inverse(fs.nextDouble());
                return;
            }
        }
    }

    /** @return whether vehicle number {@code v} is still in the column (not lost) */
    private boolean alive(int v) {
        for (int i = 0; i < col.n; i++) {
            if (col.vehicle[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** @return the number of a live vehicle carrying the current method's asset and on no lane, or -1 */
    private int spare() {
        for (int i = 0; i < col.n; i++) {
            int v = col.vehicle[i];
            if (col.breach.carries(v, plan) && !onLane(v)) {
                return v;
            }
        }
        return -1;
    }

    private boolean onLane(int v) {
        for (int j = 0; j < carrier.length; j++) {
            if (carrier[j] == v && (state[j] == WORKING || state[j] == REPLACING)) {
                return true;
            }
        }
        return false;
    }

    private void detected(double t, String unit) {
        detectedAt = t;
        ctx.events.publishAt(new ModelEvent.SiteDetected(t, col.id, os.obstacle.id(), unit));
        for (int k = 0; k < fires.length; k++) {
            int u = fires[k];
            if (d.alive(u, t) && d.ammunition[u] > 0) {
                armAt[k] = t + d.layout.fireUnits[u].reactionMin().inverse(d.fireStream(u).nextDouble());
            }
        }
    }

    /**
     * Unit {@code k} engages now: target, kill, counter-fire, next gap.
     *
     * @return whether the column halted
     */
    private boolean shoot(int k, double t) {
        int u = fires[k];
        FireUnit f = d.layout.fireUnits[u];
        RandomStream rs = d.fireStream(u);
        fE[k] = exp1(rs);
        fAcc[k] = 0;
        if (!d.alive(u, t) || d.ammunition[u] <= 0) {
            return false;
        }
        double pick = rs.nextDouble();
        if (f.reseedsLanes()) {
            if (sc == null && bridging == null) {
                reseed(k, pick, t);
            }
            return false;   // mine rounds strike no vehicle
        }
        if (bridging != null && sc == null) {
            int lane = bridging.target(pick, state, WORKING, d.layout.priority);
            if (lane >= 0) {
                shootBridge(k, lane, t, rs);
                return false;
            }
        }
        int target = sc != null ? targetInPassage(pick, t) : target(pick);
        if (target < 0) {
            return false;
        }
        d.ammunition[u]--;
        d.acted(u, t);
        boolean smoke = t >= smokeFrom && t < smokeEnd;
        double pk = f.pKill(col.type[target].armour()) * (f.kind().direct() && smoke ? doc.smokeKillFactor() : 1);
        boolean killed = rs.nextDouble() < pk;
        int v = col.vehicle[target];
        String type = col.type[target].id();
        String where = os.obstacle.id();
        ctx.events.publishAt(new ModelEvent.Engagement(t, col.id, where, f.id(), v, type, killed));
        counterFire(u, t);
        if (killed && sc != null) {   // in the passage: marked lost; a wreck in a lane blocks it
            ctx.events.publishAt(new ModelEvent.VehicleLost(t, col.id, v, type, LossCause.FIRE, where));
            col.breach.carrierLost(v, type, t, where);
            if (sc.enter[target] <= t) {
                col.losses.block(os, sc, target, sc.laneOf[target], t, laneHeadway);
            }
            col.t[target] = Double.NaN;
            passedBelow = col.crossed;   // the block may have put back vehicles behind
            return true;
        }
        if (killed) {
            ctx.events.publishAt(new ModelEvent.VehicleLost(t, col.id, v, type, LossCause.FIRE, where));
            col.breach.carrierLost(v, type, t, where);
            col.remove(target);
            attemptLosses++;
            for (int j = 0; j < carrier.length; j++) {
                if (carrier[j] == v && (state[j] == WORKING || state[j] == REPLACING)) {
                    carrier[j] = -1;
                    int s = spare();
                    if (s >= 0) {
                        carrier[j] = s;
                        state[j] = REPLACING;
                        resumeAt[j] = t + doc.assetReplaceMin().inverse(fs.nextDouble());
                    } else {
                        state[j] = ABANDONED;
                    }
                }
            }
            if (col.ineffective()) {
                progress(t, 0);   // its lanes stop, published before the halt
                col.haltByLosses(where, t);
                return true;
            }
            callOffIfLossesReached();
        }
        return false;
    }

    /**
     * A plough blade strike on lane {@code j} (see {@link org.gapsim.scenario.EngineerAssets.MinePloughs}): the plough
     * is lost (the lane's carrier's, or for a proofing pass after a line charge the first live plough carrier's), its
     * carrier is struck with its kill probability for the field's fuze (a loss to mines at the site); the lane waits
     * for the wreck's recovery ({@code recoveryMin}) and a spare plough ({@code assetReplaceMin}), the spare moving up
     * while the wreck is recovered (the later of the two); a plough lane with
     * no spare is abandoned; a proofing pass with no plough left goes on with what is at hand (ASSUMPTION). Draws from
     * the fight's stream.
     *
     * @return whether the column halted (losses)
     */
    private boolean struck(int j, double t) {
        work[j] = strikeRem[j][strikeNext[j]++];
        boolean ploughLane = plan.method() == BreachMethod.MINE_PLOUGH;
        boolean carried = col.breach.hasCarriers(BreachMethod.MINE_PLOUGH);
        int v = ploughLane ? carrier[j] : ploughCarrier();
        if (carried ? v < 0 : col.breach.ploughsLeft() <= 0) {
            return false;   // no plough there: nothing to strike (a proofing pass goes on)
        }
        String where = os.obstacle.id();
        int idx = v >= 0 ? java.util.Arrays.binarySearch(col.vehicle, col.crossed, col.n, v) : -1;
        String type = idx >= 0 ? col.type[idx].id() : String.valueOf(col.breach.ploughCarrierType());
        col.breach.ploughStruck(v, type, t, where);
        boolean killed = false;
        if (idx >= 0) {
            org.gapsim.scenario.Fuze fuze = ((org.gapsim.scenario.Minefield) os.obstacle).fuze();
            if (fs.nextDouble() < col.type[idx].pKill(fuze)) {
                killed = true;
                ctx.events.publishAt(new ModelEvent.VehicleLost(t, col.id, v, type, LossCause.MINE, where));
                col.breach.carrierLost(v, type, t, where);
                col.remove(idx);
                attemptLosses++;
            }
        }
        double resume = t + doc.recoveryMin().inverse(fs.nextDouble());
        boolean spareLeft;
        if (ploughLane && carried) {
            carrier[j] = -1;
            int s = spare();
            carrier[j] = s;
            spareLeft = s >= 0;
        } else {
            spareLeft = carried ? ploughCarrier() >= 0 : col.breach.ploughsLeft() > 0;
        }
        if (spareLeft) {   // the spare moves up while the wreck is recovered: the lane waits for the later of the two
            resume = Math.max(resume, t + doc.assetReplaceMin().inverse(fs.nextDouble()));
        }
        if (ploughLane && !spareLeft) {
            state[j] = ABANDONED;
        } else {
            state[j] = REPLACING;
            resumeAt[j] = resume;
        }
        if (killed) {
            if (col.ineffective()) {
                progress(t, 0);   // its lanes stop, published before the halt
                col.haltByLosses(where, t);
                return true;
            }
            callOffIfLossesReached();
        }
        return false;
    }

    /** @return the number of the first live vehicle carrying a plough and on no lane, or -1 */
    private int ploughCarrier() {
        for (int i = 0; i < col.n; i++) {
            int v = col.vehicle[i];
            if (col.breach.carries(v, BreachMethod.MINE_PLOUGH) && !onLane(v)) {
                return v;
            }
        }
        return -1;
    }

    /**
     * The attacker calls the current mechanised attempt off when its losses at the site reach
     * {@code abortLossFraction} of the vehicles there when it began, unless a lane is already open: every lane not
     * open is abandoned, so the attempt fails ({@link #failed}) and the column withdraws.
     */
    private void callOffIfLossesReached() {
        if (attemptLosses < abortAt || anyOpen()) {
            return;
        }
        calledOff = true;
        java.util.Arrays.fill(state, ABANDONED);
    }

    /**
     * Unit {@code k} fires mine rounds on the breach site at {@code t}: a lane being cleared or already open (picked
     * uniformly with {@code pick}) is reseeded and must be cleared again over its whole depth: its work starts again
     * from the whole (plough strikes already met are not met again; ASSUMPTION). An open lane of a method with
     * carriers needs a spare carrier, else it is abandoned. Uses one round; published as an engagement on no
     * vehicle. Lanes in use by the passage are not reseeded (ASSUMPTION: the passage is worked out ahead).
     */
    private void reseed(int k, double pick, double t) {
        int lanes = 0;
        for (int s : state) {
            lanes += s == WORKING || s == REPLACING || s == OPEN ? 1 : 0;
        }
        if (lanes == 0 || !(t >= begin) || os.obstacle.kind() != org.gapsim.scenario.ObstacleKind.MINEFIELD) {
            return;
        }
        int u = fires[k];
        d.ammunition[u]--;
        d.acted(u, t);
        int nth = (int) (pick * lanes);
        int j = 0;
        for (; j < state.length; j++) {
            if (state[j] == WORKING || state[j] == REPLACING || state[j] == OPEN) {
                if (nth-- == 0) {
                    break;
                }
            }
        }
        FireUnit f = d.layout.fireUnits[u];
        ctx.events.publishAt(new ModelEvent.LaneReseeded(t, col.id, os.obstacle.id(), f.id(), j));
        counterFire(u, t);
        work[j] = fullWork[j];
        if (strikeRem != null && strikeRem[j] != null) {
            strikeNext[j] = strikeRem[j].length;
        }
        if (state[j] == OPEN) {
            openAt[j] = Double.POSITIVE_INFINITY;
            state[j] = WORKING;
            if (col.breach.hasCarriers(plan)) {
                carrier[j] = -1;
                carrier[j] = spare();
                if (carrier[j] < 0) {
                    state[j] = ABANDONED;
                }
            }
        }
        publishProgress(t, j, 0);   // cleared depth back to 0; the rate it works at next follows at its step
    }

    /** The attacker may locate unit {@code u} after it fired at {@code t}: suppressed, perhaps destroyed. */
    private void counterFire(int u, double t) {
        FireUnit f = d.layout.fireUnits[u];
        if (doc.suppression() && fs.nextDouble() < doc.locateProbability() * f.signature()) {
            d.located(u, t);
            double until = t + doc.suppressionMin().inverse(fs.nextDouble());
            d.suppressedUntil[u] = Math.max(d.suppressedUntil[u], until);
            ctx.events.publishAt(new ModelEvent.UnitSuppressed(t, col.id, f.id(), until));
            if (fs.nextDouble() < f.counterFireKillProbability()) {
                double at = d.destroy(u, t);
                ctx.events.publishAt(new ModelEvent.UnitDestroyed(at, col.id, f.id()));
            }
        }
    }

    /**
     * Unit {@code k} engages the bridge being built on lane {@code lane}: a light target (x smokeKillFactor for
     * direct fire under smoke); a kill destroys one pontoon set there ({@link PontoonWork#setLost}).
     */
    private void shootBridge(int k, int lane, double t, RandomStream rs) {
        int u = fires[k];
        FireUnit f = d.layout.fireUnits[u];
        d.ammunition[u]--;
        d.acted(u, t);
        boolean smoke = t >= smokeFrom && t < smokeEnd;
        double pk = f.pKillLight() * (f.kind().direct() && smoke ? doc.smokeKillFactor() : 1);
        boolean killed = rs.nextDouble() < pk;
        ctx.events.publishAt(new ModelEvent.Engagement(t, col.id, os.obstacle.id(), f.id(), PontoonWork.NO_VEHICLE,
                PontoonWork.TARGET, killed));
        counterFire(u, t);
        if (killed) {
            double resume = bridging.setLost(lane, t, work, fs);
            if (resume < Double.POSITIVE_INFINITY) {
                state[lane] = REPLACING;
                resumeAt[lane] = resume;
            } else {
                state[lane] = ABANDONED;
            }
        }
    }

    /**
     * Works out a pontoon crossing under fire, as {@link #breach} does a breach: the bridges' work (ramps and
     * building, minutes by day each) starts at {@code workStart} with smoke, at the doctrine's night and under-fire
     * rates ({@link PontoonWork}); the bridges are the breach assets the defender engages. On success the obstacle's
     * lanes hold the bridges' opening times.
     *
     * @return false if the column halted (losses) or the crossing failed ({@link #bridgeFailedAt()})
     */
    boolean bridge(double haltTime, double workStart, PontoonWork pw, RandomStream bt) {
        bridging = pw;
        return breach(haltTime, pw.plan(), workStart, bt);
    }

    /** @return when a pontoon crossing failed for want of sets (its lanes all lost), or NaN if it did not */
    double bridgeFailedAt() {
        return bridging != null ? bridging.failedAt() : Double.NaN;
    }

    /**
     * @return the index of the target in the column's arrays, by the defender's priority, or -1 if none: the group
     *         counts follow from the breach assets at the site ({@link #assets}), and the next to enter a lane are
     *         the first {@code lanes} other vehicles, so no walk over the whole column is needed
     */
    private int target(double u) {
        int lanes = state.length;
        assetAt = ctx.scratch().fightAssets(col.start);
        int assets = assets();
        int others = col.n - col.crossed - assets;
        int inLanes = Math.min(lanes, others);
        for (TargetGroup g : d.layout.priority) {
            int count = switch (g) {
                case BREACH_ASSETS -> assets;
                case LANES -> inLanes;
                case REST -> others - inLanes;
            };
            if (count > 0) {
                int pick = (int) (u * count);
                return switch (g) {
                    case BREACH_ASSETS -> assetAt[pick];
                    case LANES -> other(pick, assets);
                    case REST -> other(lanes + pick, assets);
                };
            }
        }
        return -1;
    }

    /**
     * Fills {@link #assetAt} with the indices, ascending, of the breach assets at the site (vehicles carrying the
     * current method's asset or working a lane); none when bridging.
     *
     * @return how many
     */
    private int assets() {
        if (bridging != null) {
            return 0;
        }
        int count = 0;
        for (int c = 0; c < candidates; c++) {
            int v = candidate[c];
            if (col.breach.carries(v, plan) || onLane(v)) {
                int i = java.util.Arrays.binarySearch(col.vehicle, col.crossed, col.n, v);   // numbers ascend
                if (i >= 0) {
                    assetAt[count++] = i;
                }
            }
        }
        return count;
    }

    /** @return the index of the {@code k}-th (from 0) vehicle at the site that is not among the {@code assets} */
    private int other(int k, int assets) {
        int i = col.crossed + k;
        for (int a = 0; a < assets && assetAt[a] <= i; a++) {
            i++;
        }
        return i;
    }

    /**
     * Lists the vehicles (by number, ascending) carrying the current method's asset when the attempt starts: the
     * only vehicles that can be its breach assets during it, since a vehicle's assets are only ever taken away and
     * a lane's carrier is always one carrying the method's asset when it is chosen.
     */
    private void listCandidates() {
        if (candidate == null) {
            candidate = new int[col.start];
        }
        candidates = 0;
        for (int v = 0; v < col.start; v++) {
            if (col.breach.carries(v, plan)) {
                candidate[candidates++] = v;
            }
        }
    }

    /** @return the target among the vehicles still at the site at {@code t} in the passage, or -1 if none */
    private int targetInPassage(double u, double t) {
        int lanes = os.laneOpen.length;
        int[] count = groupCount;
        java.util.Arrays.fill(count, 0);
        int[][] at = groupAt();
        int waiting = 0;
        int from = passedBelow;
        while (from < col.n && !(col.t[from] > t)) {   // past or lost for good: t only grows between kills
            from++;
        }
        passedBelow = from;
        for (int i = from; i < col.n; i++) {
            if (col.t[i] > t) {   // NaN (lost) is never > t
                int g = passing(i, t, lanes, waiting).ordinal();
                waiting += sc.enter[i] > t ? 1 : 0;
                at[g][count[g]++] = i;
            }
        }
        for (TargetGroup g : d.layout.priority) {
            int c = count[g.ordinal()];
            if (c > 0) {
                return at[g.ordinal()][(int) (u * c)];
            }
        }
        return -1;
    }

    /**
     * @return per target group, room for its vehicles' indices (the thread's {@link Scratch#fightGroups}, filled and
     *         read within one {@link #targetInPassage} call)
     */
    private int[][] groupAt() {
        return ctx.scratch().fightGroups(GROUPS, col.start);
    }

    /** @return the group in the passage: a carrier; in a lane or among the next to enter one; the rest */
    private TargetGroup passing(int i, double t, int lanes, int waiting) {
        if (carrierAt[i]) {
            return TargetGroup.BREACH_ASSETS;
        }
        return sc.enter[i] <= t || waiting < lanes ? TargetGroup.LANES : TargetGroup.REST;
    }

    /**
     * Every lane was abandoned: the attempt failed. Next method after a new decision delay, or culmination.
     *
     * @return whether the column halted (culminated)
     */
    private boolean failed(double t, RandomStream bt) {
        progress(t, 0);   // every lane has stopped
        String where = os.obstacle.id();
        if (bridging != null) {
            ctx.events.publishAt(new ModelEvent.BreachFailed(t, col.id, where, plan.method(), attempt,
                    PontoonWork.FAILED));
            os.status = ObstacleState.Status.FOUND;
            bridging.failed(t);
            return true;
        }
        ctx.events.publishAt(new ModelEvent.BreachFailed(t, col.id, where, plan.method(), attempt,
                calledOff ? "called off after its losses" : "every lane stopped for want of assets"));
        // with the call-off rule on, the column also pulls back after an attempt that failed for want of assets
        // (ASSUMPTION: the same doctrine, it does not wait in the fire for its next attempt)
        boolean withdraw = calledOff || doc.abortLossFraction() > 0;
        Breach.Plan b = attempt < doc.maxBreachAttempts() ? col.breach.choose(os.obstacle) : null;
        if (b == null) {                  // the encounter turns the column back, or it culminates
            os.status = ObstacleState.Status.FOUND;
            culminatedAt = t;
            return true;
        }
        attempt++;
        col.breach.consume(b);
        double at = t + doc.decisionDelayMin().inverse(fs.nextDouble());
        startAttempt(b, t, at, bt);
        if (withdraw) {   // out of reach until the next attempt moves up, or (no carriers: infantry) its lane opens
            withdrawnUntil = at;
            withdrawnToOpen = !col.breach.hasCarriers(b);
        }
        return false;
    }
}
