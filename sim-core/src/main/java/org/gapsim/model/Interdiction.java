package org.gapsim.model;

import org.gapsim.model.internal.Leg;
import org.gapsim.random.StreamName;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import umontreal.ssj.rng.RandomStream;

/**
 * Interdiction on the march: one column's exposure to the defender's sensors and fire units while it moves along
 * roads they cover ({@link DefenceLayout.RoadCover}), worked out when its head leaves a waypoint on a covered leg,
 * as a walk through that move's events in time order (as {@link Fight} does at a site); each event is published at
 * its own time. Made for a column on its first covered move, so a replication with no covered road allocates
 * nothing for it. Times in minutes, distances in km.
 *
 * <p><b>Exposure.</b> The column is a train: vehicle {@code i} is {@code v (t_i - t_0)} km behind the head (its
 * spacing when the head left the waypoint), and the whole train halts together. It is exposed to a unit while any
 * of its vehicles on the current move is inside the unit's stretch of the leg: the head between the stretch's start
 * and its end plus the column's length. ASSUMPTION: the walk ends when the head reaches the next waypoint (an
 * obstacle, where the fight takes over, or a place, where the next move's walk starts), so the tail's last minutes
 * in a stretch behind the head's waypoint are left out (a lower bound).
 *
 * <p><b>Processes</b> (every random clock a hazard integrated with piecewise-constant rates: day/night changes
 * ({@link Clock}), moving or halted, suppression ending, a unit destroyed, the column entering or leaving a stretch):
 * <ul>
 *   <li>Detection, until the column's first detection: each sensor covering it at {@code detectionsPerHour} x its
 *       night and EW factors ({@code 1 - ewStrength (1 - ewFactor)(1 - electronicProtection)}) x its
 *       {@link Sensor#movingFactor()} (by default its {@link SensorKind}'s) while the column moves (no smoke on the march); direct-fire and drone units
 *       by themselves at {@code ownDetectionsPerHour} (x night; x a UAV's EW factor for drones; x the moving factor
 *       of their eyes, an observation post's or a UAV's). The first detection is the column's early warning
 *       ({@link ModelEvent.ColumnDetected}, {@link Defence#warningAt}); the defender tracks it from then on.</li>
 *   <li>Fire: a live fire unit with ammunition reaching the detected column draws its {@code reactionMin} (once per
 *       column); at its end it engages if the column is in its reach, then at {@code engagementsPerHour} x night x
 *       ({@code suppressedRateFactor} while suppressed) x (EW for drones) while the column is in its reach. Each
 *       engagement uses a round and picks a uniform vehicle among those inside the unit's stretch (none there: no
 *       round used); it kills with the unit's probability for the armour x its
 *       {@link FireUnit#movingTargetFactor()} (by default its {@link FireUnitKind}'s) while the column moves. Counter-fire follows each engagement as in
 *       the fight ({@code suppression}, {@code locateProbability} x signature, {@code suppressionMin},
 *       {@code counterFireKillProbability}). Ammunition, suppression and destruction are the {@link Defence} state
 *       the fights use.</li>
 *   <li>React to contact: after each vehicle lost ({@link LossCause#FIRE_ON_MARCH}) the column leaves the
 *       shooter's kill zone instead of halting in it (doctrine: return fire, leave the kill zone; 1991 and 2023
 *       columns halted under fire were destroyed in it, REF breaching-history.md). A loss to indirect fire
 *       ({@link FireUnitKind#indirect()}: an artillery battery, a mortar section, or a kind of one's own built on
 *       them) makes it drive on, with no halt and no pull-back: such a unit fires at where the column is, out to its
 *       whole range (up to ~20 km), so "out of its reach" backward can be a 20 km reversal no commander orders; the
 *       battle drill under indirect fire is to keep moving out of the impact area, neither halting in it nor
 *       turning back into the beaten zone (US battle drill "react to indirect fire", mounted; not in the reference
 *       files: a doctrinal direction, ASSUMPTION). Under direct or drone fire, by the nearer way out: it drives
 *       on if the whole train is past the shooter's stretch sooner than it could pull back and the way forward is
 *       known (the exit lies within this move, or the stretch ends short of the leg's end, so the next road starts
 *       out of the reach, whether the move ends at an obstacle or at the place), or if the stretch begins at or
 *       behind the move's start (no way back on this move), or if it pulled back from this shooter once already
 *       (ASSUMPTION: a commander does not lead the column into the same kill zone again and again; it pushes
 *       through), with no halt (the draw of {@code contactHaltMin} is still made after every loss, indirect fire
 *       too, so no other draw shifts); else it
 *       pulls back, its head to the stretch's near edge, halts there a draw of {@code contactHaltMin} out of the
 *       shooter's reach (other units that reach it there still act) and comes forward again. The head's arrival at the next waypoint and every
 *       vehicle's time there are later by each halt plus twice its pull-back at the march speed ({@link March}).
 *       ASSUMPTION: the pull-back itself is not exposed to the shooter (it is worked out as part of the halt).</li>
 * </ul>
 * Random draws: each sensor's detection clock, and each fire unit's own detection clock, reaction, engagement gaps,
 * targets, kills and the counter-fire it draws, come from that unit's stream for this column
 * {@code interdiction/<column>/<unit>}; the contact halts from the column's {@code interdiction/<column>}. So adding a
 * sensor or a fire unit (a package of ISR) never shifts another unit's draws, and the paired comparison with the
 * baseline stays tight (common random numbers); one shared stream per column made the pairing weak.
 * ASSUMPTION (as in the fight): a move is worked out whole when the head leaves its waypoint, so a later column sees
 * the ammunition an earlier one drew even where their marches overlap in time.
 */
final class Interdiction {
    private static final double MIN_PER_H = 60.0;
    private static final int BOUNDARY = 0;
    private static final int SENSOR = 1;
    private static final int OWN = 2;
    private static final int ARM = 3;
    private static final int SHOT = 4;
    private static final int END = 5;

    private final ModelContext ctx;
    private final Column col;
    private final Defence d;
    private final DefenceLayout layout;
    private final BreachDoctrine doc;
    private final Clock clock;
    /** The column's own stream: contact halts. */
    private final RandomStream rs;
    /** Per sensor and per fire unit (layout index): its own stream for this column, made at its first draw. */
    private final RandomStream[] sRs;
    private final RandomStream[] fRs;
    /** Per sensor (layout index): detection hazard target (NaN before the first exposure) and accumulated. */
    private final double[] sE;
    private final double[] sAcc;
    /** Per fire unit (layout index): own detection target and accumulated, arming time, engagement clock. */
    private final double[] oE;
    private final double[] oAcc;
    /** When the unit's reaction to this column ends, minutes; NaN before it is drawn. */
    private final double[] armAt;
    private final boolean[] fired;
    /** Per fire unit (layout index): whether the column pulled back out of its reach once (then it drives on). */
    private final boolean[] pulledBackFrom;
    private final double[] fE;
    private final double[] fAcc;
    /** When the column was first detected, minutes; infinity before. */
    private double detectedAt = Double.POSITIVE_INFINITY;
    /** The current move's exposure windows (head positions, leg km) and stretches, per unit covering the leg. */
    private final int[] wS;
    private final double[] wSLo;
    private final double[] wSHi;
    private final double[] nowS;
    private final int[] wF;
    private final double[] wFLo;
    private final double[] wFHi;
    private final double[] rawFLo;
    private final double[] rawFHi;
    private final double[] nowO;
    private final double[] nowF;
    /**
     * Rates per minute worked out on first use (NaN before; the same expression, so the same bits, as computing them
     * each time): per sensor and per fire unit's own eyes by {@code 2 night + moving}, per fire unit's engagements
     * by {@code 2 night + suppressed}.
     */
    private final double[] sRate;
    private final double[] oRate;
    private final double[] fRate;
    /** The current move. */
    private int nS;
    private int nF;
    private double t0;
    private double a;
    private double v;
    private double haltUntil;
    private double halted;
    private RoadSegment seg;
    private double segEnd;
    private double dir;
    private double legKm;
    // The walk's event choice, kept in fields so that each step below is a small method C2 compiles on its own
    // (issue 16: one 2 kB walk was compiled, deoptimized and recompiled for seconds); the arithmetic and the order
    // of draws are the walk's own.
    /** The next event's time, minutes. */
    private double next;
    /** The next event's kind (BOUNDARY, SENSOR, OWN, ARM, SHOT, END). */
    private int what;
    /** The window index of the next event's sensor or unit, or -1. */
    private int which;
    /** Leg km where the head is at the next event if it is a stretch boundary or the move's end, else NaN. */
    private double reach;
    /** The current move's train length (km, at its start) and end (leg km). */
    private double trainKm;
    private double toKmNow;
    /** Leg km the head pulled back to after the last event (react to contact), or NaN. */
    private double pulledBackTo = Double.NaN;
    /** When the last walk ended (the head at the move's end, halted for good, or nothing left to happen), minutes. */
    private double endedAt;

    Interdiction(ModelContext ctx, Column col) {
        this.ctx = ctx;
        this.col = col;
        this.d = ctx.defence();
        this.layout = d.layout;
        this.doc = ctx.doctrine;
        this.clock = ctx.plan.scenario().clock();
        this.rs = ctx.streams.stream(ctx.plan.interdictionStream(col.index));
        int s = layout.sensors.length;
        int f = layout.fireUnits.length;
        sRs = new RandomStream[s];
        fRs = new RandomStream[f];
        sE = new double[s];
        sAcc = new double[s];
        java.util.Arrays.fill(sE, Double.NaN);
        oE = new double[f];
        oAcc = new double[f];
        armAt = new double[f];
        fired = new boolean[f];
        pulledBackFrom = new boolean[f];
        fE = new double[f];
        fAcc = new double[f];
        java.util.Arrays.fill(oE, Double.NaN);
        java.util.Arrays.fill(armAt, Double.NaN);
        wS = new int[s];
        wSLo = new double[s];
        wSHi = new double[s];
        nowS = new double[s];
        wF = new int[f];
        wFLo = new double[f];
        wFHi = new double[f];
        rawFLo = new double[f];
        rawFHi = new double[f];
        nowO = new double[f];
        nowF = new double[f];
        sRate = new double[4 * s];
        oRate = new double[4 * f];
        fRate = new double[4 * f];
        java.util.Arrays.fill(sRate, Double.NaN);
        java.util.Arrays.fill(oRate, Double.NaN);
        java.util.Arrays.fill(fRate, Double.NaN);
    }

    /**
     * @return when the last {@link #walk} stopped working the move out, minutes: the head at the move's end, the
     *         column halted for good, or nothing left that could happen on the move
     */
    double endedAt() {
        return endedAt;
    }

    /** @return when the column was first detected on the march, minutes, or infinity */
    double detectedAt() {
        return detectedAt;
    }

    /**
     * Walks the column's move on {@code leg} from leg km {@code fromKm} (its vehicles there at {@code col.t}) to
     * {@code toKm} at {@code speedKmh}: detection, fire, losses (removed from the column) and contact halts.
     *
     * @return the minutes of contact halts the move costs, or NaN if the column halted for good (combat ineffective)
     */
    double walk(Leg leg, DefenceLayout.RoadCover cover, double fromKm, double toKm, double speedKmh) {
        if (!(toKm > fromKm) || !(speedKmh > 0) || col.n == 0) {
            return 0;
        }
        v = speedKmh / MIN_PER_H;
        t0 = col.t[0];
        a = fromKm;
        double lenKm = v * (col.t[col.n - 1] - t0);
        trainKm = lenKm;
        toKmNow = toKm;
        seg = leg.segment();
        dir = leg.toPlace().equals(seg.to()) ? 1 : -1;
        segEnd = dir > 0 ? seg.lengthKm() : 0;
        legKm = leg.lengthKm();
        sensorWindows(cover, fromKm, toKm, lenKm);
        fireWindows(cover, fromKm, toKm, lenKm);
        if (nS + nF == 0) {
            return 0;
        }
        haltUntil = Double.NEGATIVE_INFINITY;
        halted = 0;
        double horizon = ctx.plan.scenario().horizonMin();
        double t = t0;
        double h = fromKm;
        while (true) {
            endedAt = t;
            boolean moving = t >= haltUntil;
            if (moving && h >= toKm || !canAct(t)) {
                return halted;   // the rest of the move draws nothing and changes nothing
            }
            boolean night = clock.isNight(t);
            if (detectedAt <= t) {
                armReacting(t, h);
            }
            next = clock.nextChangeMin(t);
            what = BOUNDARY;
            which = -1;
            reach = Double.NaN;   // where the head is at a stretch's boundary or the move's end, if next
            if (moving) {
                nextMove(t, h, toKm);
            } else if (haltUntil < next) {
                next = haltUntil;
            }
            nextUnitChange(t);
            if (detectedAt == Double.POSITIVE_INFINITY) {
                nextSensorDetection(t, h, night, moving);
                nextOwnDetection(t, h, night, moving);
            }
            nextShot(t, h, night);
            if (next > horizon) {
                return halted;   // the arrival lies beyond the horizon anyway
            }
            double dt = next - t;
            if (dt > 0) {
                accumulate(dt);
            }
            if (moving) {   // at a boundary or the end exactly where it is, so the head never stalls short of it
                double at = Double.isNaN(reach) ? Double.NaN : t + (reach - h) / v;
                h = next == at ? reach : Math.min(toKm, h + v * dt);
            }
            t = next;
            if (what != BOUNDARY && what != END && act(t, h, moving)) {
                endedAt = t;
                return Double.NaN;
            }
            if (!Double.isNaN(pulledBackTo)) {
                h = pulledBackTo;
                pulledBackTo = Double.NaN;
            }
        }
    }

    /** Keeps the sensors whose stretch, widened by the column's length {@code lenKm}, meets this move. */
    private void sensorWindows(DefenceLayout.RoadCover cover, double fromKm, double toKm, double lenKm) {
        nS = 0;
        for (int j = 0; j < cover.sensors.length; j++) {
            double x1 = legKm(cover.sensorFromKm[j]);
            double x2 = legKm(cover.sensorToKm[j]);
            double lo = Math.max(fromKm, Math.min(x1, x2));
            double hi = Math.min(toKm, Math.max(x1, x2) + lenKm);
            if (lo < hi) {
                wS[nS] = cover.sensors[j];
                wSLo[nS] = lo;
                wSHi[nS++] = hi;
            }
        }
    }

    /** Keeps the fire units whose stretch, widened by the column's length {@code lenKm}, meets this move. */
    private void fireWindows(DefenceLayout.RoadCover cover, double fromKm, double toKm, double lenKm) {
        nF = 0;
        for (int j = 0; j < cover.fireUnits.length; j++) {
            double x1 = legKm(cover.fireFromKm[j]);
            double x2 = legKm(cover.fireToKm[j]);
            double lo = Math.max(fromKm, Math.min(x1, x2));
            double hi = Math.min(toKm, Math.max(x1, x2) + lenKm);
            if (lo < hi) {
                wF[nF] = cover.fireUnits[j];
                wFLo[nF] = lo;
                wFHi[nF] = hi;
                rawFLo[nF] = Math.max(fromKm, Math.min(x1, x2));
                rawFHi[nF++] = Math.max(x1, x2);
            }
        }
    }

    /** After the detection: draws the reaction time of each live unit with rounds that covers the head at {@code h}. */
    private void armReacting(double t, double h) {
        for (int j = 0; j < nF; j++) {
            int u = wF[j];
            if (Double.isNaN(armAt[u]) && inside(wFLo[j], wFHi[j], h) && d.alive(u, t)
                    && d.ammunition[u] > 0) {
                armAt[u] = t + layout.fireUnits[u].reactionMin().inverse(fire(u).nextDouble());
            }
        }
    }

    /** While moving: the move's end or the first stretch boundary ahead of the head, if sooner than {@code next}. */
    private void nextMove(double t, double h, double toKm) {
        double end = t + (toKm - h) / v;
        if (end < next) {
            next = end;
            what = END;
            reach = toKm;
        }
        for (int j = 0; j < nS + nF; j++) {
            double lo = j < nS ? wSLo[j] : wFLo[j - nS];
            double hi = j < nS ? wSHi[j] : wFHi[j - nS];
            for (double x = lo; ; x = hi) {
                double at = x > h ? t + (x - h) / v : Double.POSITIVE_INFINITY;
                if (at < next) {
                    next = at;
                    what = BOUNDARY;
                    reach = x;
                }
                if (x == hi) {
                    break;
                }
            }
        }
    }

    /** The end of a unit's suppression or its destruction, if sooner than {@code next}. */
    private void nextUnitChange(double t) {
        for (int j = 0; j < nF; j++) {
            int u = wF[j];
            double su = d.suppressedUntil[u];
            if (su > t && su < next) {
                next = su;
                what = BOUNDARY;
            }
            double da = d.destroyedAt[u];
            if (da > t && da < next) {
                next = da;
                what = BOUNDARY;
            }
        }
    }

    /** Before the detection: each covering sensor's rate now and its detection, if sooner than {@code next}. */
    private void nextSensorDetection(double t, double h, boolean night, boolean moving) {
        for (int j = 0; j < nS; j++) {
            int k = wS[j];
            double r = inside(wSLo[j], wSHi[j], h) ? sensorRate(k, night, moving) : 0;
            nowS[j] = r;
            if (r > 0) {
                if (Double.isNaN(sE[k])) {
                    sE[k] = Fight.exp1(sensor(k));
                }
                double at = t + (sE[k] - sAcc[k]) / r;
                if (at < next) {
                    next = at;
                    what = SENSOR;
                    which = j;
                }
            }
        }
    }

    /** Before the detection: each covering live unit's own detection rate now and its detection, if sooner. */
    private void nextOwnDetection(double t, double h, boolean night, boolean moving) {
        for (int j = 0; j < nF; j++) {
            int u = wF[j];
            double r = inside(wFLo[j], wFHi[j], h) && d.alive(u, t) ? ownRate(u, night, moving) : 0;
            nowO[j] = r;
            if (r > 0) {
                if (Double.isNaN(oE[u])) {
                    oE[u] = Fight.exp1(fire(u));
                }
                double at = t + (oE[u] - oAcc[u]) / r;
                if (at < next) {
                    next = at;
                    what = OWN;
                    which = j;
                }
            }
        }
    }

    /** Each unit's arming (end of its reaction) and, once armed, its shot rate now and next shot, if sooner. */
    private void nextShot(double t, double h, boolean night) {
        for (int j = 0; j < nF; j++) {
            int u = wF[j];
            double arm = Math.max(armAt[u], t);   // a reaction that ended between moves: armed now
            if (!fired[u] && arm < next) {   // NaN (not drawn) is never < next
                next = arm;
                what = ARM;
                which = j;
            }
            double r = fired[u] && inside(wFLo[j], wFHi[j], h) && d.alive(u, t) && d.ammunition[u] > 0
                    ? shotRate(u, t, night) : 0;
            nowF[j] = r;
            if (r > 0) {
                double at = t + (fE[u] - fAcc[u]) / r;
                if (at < next) {
                    next = at;
                    what = SHOT;
                    which = j;
                }
            }
        }
    }

    /** Adds {@code dt} minutes at the current rates to each hazard's accumulated exposure. */
    private void accumulate(double dt) {
        if (detectedAt == Double.POSITIVE_INFINITY) {
            for (int j = 0; j < nS; j++) {
                if (nowS[j] > 0) {
                    sAcc[wS[j]] += nowS[j] * dt;
                }
            }
            for (int j = 0; j < nF; j++) {
                if (nowO[j] > 0) {
                    oAcc[wF[j]] += nowO[j] * dt;
                }
            }
        }
        for (int j = 0; j < nF; j++) {
            if (nowF[j] > 0) {
                fAcc[wF[j]] += nowF[j] * dt;
            }
        }
    }

    /**
     * Carries out the event chosen (a detection, a unit armed, a shot) at {@code t} with the head at {@code h}.
     *
     * @return whether the column halted for good
     */
    private boolean act(double t, double h, boolean moving) {
        switch (what) {
            case SENSOR -> detected(t, h, layout.sensors[wS[which]].id());
            case OWN -> detected(t, h, layout.fireUnits[wF[which]].id());
            case ARM -> {
                int u = wF[which];
                fired[u] = true;
                if (!inside(wFLo[which], wFHi[which], h)) {
                    fE[u] = Fight.exp1(fire(u));   // out of reach now: its engagement clock runs once the column is back
                    fAcc[u] = 0;
                } else {
                    return shoot(which, t, h, t >= haltUntil);
                }
            }
            case SHOT -> {
                return shoot(which, t, h, moving);
            }
            default -> {
            }
        }
        return false;
    }

    /**
     * @return whether anything can still happen on this move from {@code t}: before the column's detection, a sensor
     *         or a live self-detecting unit covers part of it; after it, a unit covering part of it is alive with
     *         rounds left
     */
    private boolean canAct(double t) {
        if (detectedAt == Double.POSITIVE_INFINITY) {
            if (nS > 0) {
                return true;
            }
            for (int j = 0; j < nF; j++) {
                FireUnit f = layout.fireUnits[wF[j]];
                if (f.ownDetectionsPerHour() > 0 && !f.kind().indirect() && d.alive(wF[j], t)) {
                    return true;
                }
            }
            return false;
        }
        for (int j = 0; j < nF; j++) {
            if (d.alive(wF[j], t) && d.ammunition[wF[j]] > 0) {
                return true;
            }
        }
        return false;
    }

    /** @return leg km of the point {@code segKm} km from the segment's {@code from} end */
    private double legKm(double segKm) {
        return legKm - dir * (segEnd - segKm);
    }

    /** @return the segment's km (from its {@code from} end) of leg km {@code x} */
    private double segKm(double x) {
        return segEnd - dir * (legKm - x);
    }

    private static boolean inside(double lo, double hi, double h) {
        return h >= lo && h < hi;
    }

    /** @return sensor {@code k}'s stream for this column ({@link StreamName#interdiction(String, String)}) */
    private RandomStream sensor(int k) {
        RandomStream r = sRs[k];
        if (r == null) {
            r = ctx.streams.stream(ctx.plan.interdictionSensorStream(col.index, k));
            sRs[k] = r;
        }
        return r;
    }

    /** @return fire unit {@code u}'s stream for this column ({@link StreamName#interdiction(String, String)}) */
    private RandomStream fire(int u) {
        RandomStream r = fRs[u];
        if (r == null) {
            r = ctx.streams.stream(ctx.plan.interdictionFireStream(col.index, u));
            fRs[u] = r;
        }
        return r;
    }

    /** @return the attacker's EW multiplier on a rate with this kind factor */
    private double ew(double kindFactor) {
        return Fight.ewMultiplier(doc.ewStrength(), kindFactor, layout.electronicProtection);
    }

    private double sensorRate(int k, boolean night, boolean moving) {
        int c = 4 * k + (night ? 2 : 0) + (moving ? 1 : 0);
        double r = sRate[c];
        if (Double.isNaN(r)) {
            r = sensorRate0(k, night, moving);
            sRate[c] = r;
        }
        return r;
    }

    private double ownRate(int u, boolean night, boolean moving) {
        int c = 4 * u + (night ? 2 : 0) + (moving ? 1 : 0);
        double r = oRate[c];
        if (Double.isNaN(r)) {
            r = ownRate0(u, night, moving);
            oRate[c] = r;
        }
        return r;
    }

    private double shotRate(int u, double t, boolean night) {
        boolean suppressed = d.suppressedUntil[u] > t;
        int c = 4 * u + (night ? 2 : 0) + (suppressed ? 1 : 0);
        double r = fRate[c];
        if (Double.isNaN(r)) {
            r = shotRate0(u, suppressed, night);
            fRate[c] = r;
        }
        return r;
    }

    private double sensorRate0(int k, boolean night, boolean moving) {
        Sensor s = layout.sensors[k];
        return s.detectionsPerHour() / MIN_PER_H * (night ? s.nightFactor() : 1) * ew(s.ewFactor())
                * (moving ? s.movingFactor() : 1);
    }

    private double ownRate0(int u, boolean night, boolean moving) {
        FireUnit f = layout.fireUnits[u];
        FireUnitKind kind = f.kind();
        if (!(f.ownDetectionsPerHour() > 0) || kind.indirect()) {
            return 0;
        }
        SensorKind eyes = kind.drone() ? SensorKind.UAV : SensorKind.OBSERVATION_POST;
        return f.ownDetectionsPerHour() / MIN_PER_H * (night ? f.nightFactor() : 1)
                * (kind.drone() ? ew(eyes.ewFactor()) : 1) * (moving ? eyes.movingFactor() : 1);
    }

    private double shotRate0(int u, boolean suppressed, boolean night) {
        FireUnit f = layout.fireUnits[u];
        return f.engagementsPerHour() / MIN_PER_H * (night ? f.nightFactor() : 1)
                * (suppressed ? doc.suppressedRateFactor() : 1)
                * (f.kind().drone() ? ew(f.kind().ewFactor()) : 1);
    }

    private void detected(double t, double h, String unit) {
        detectedAt = t;
        d.warned(col.index, t);
        ctx.events.publishAt(new ModelEvent.ColumnDetected(t, col.id, unit, seg.id(), segKm(h)));
    }

    /**
     * Window {@code j}'s unit engages now, the head at {@code h}: target among the vehicles inside its stretch,
     * kill, counter-fire, contact halt; next gap drawn.
     *
     * @return whether the column halted for good
     */
    private boolean shoot(int j, double t, double h, boolean moving) {
        int u = wF[j];
        FireUnit f = layout.fireUnits[u];
        RandomStream ur = fire(u);
        fE[u] = Fight.exp1(ur);
        fAcc[u] = 0;
        if (!d.alive(u, t) || d.ammunition[u] <= 0) {
            return false;
        }
        // vehicle i is v (t_i - t0) km behind the head: inside [lo, hi] when t_i is in [t0 + (h-hi)/v, t0 + (h-lo)/v]
        int first = firstAtOrAfter(t0 + (h - rawFHi[j]) / v);
        int last = firstAtOrAfter(Math.nextUp(t0 + (h - rawFLo[j]) / v)) - 1;
        int count = last - first + 1;
        if (count <= 0) {
            return false;
        }
        int target = first + Math.min(count - 1, (int) (ur.nextDouble() * count));
        d.ammunition[u]--;
        d.acted(u, t);
        double pk = f.pKill(col.type[target].armour()) * (moving ? f.movingTargetFactor() : 1);
        boolean killed = ur.nextDouble() < pk;
        int vehicle = col.vehicle[target];
        String type = col.type[target].id();
        String where = seg.id();
        ctx.events.publishAt(new ModelEvent.MarchEngagement(t, col.id, where, f.id(), vehicle, type, killed));
        counterFire(u, t);
        if (killed) {
            ctx.events.publishAt(new ModelEvent.VehicleLost(t, col.id, vehicle, type, LossCause.FIRE_ON_MARCH,
                    where));
            col.breach.carrierLost(vehicle, type, t, where);
            col.remove(target);
            double halt = doc.contactHaltMin().inverse(rs.nextDouble());
            double edge = rawFLo[j];
            double backKm = Math.max(0, h - edge);
            double exit = rawFHi[j] + trainKm;   // the head where the whole train is past the shooter's reach
            // the way forward is known when the reach ends short of the leg's end (the next road starts out of it),
            // whether or not this move ends before the exit (at an obstacle, or at the place)
            boolean forwardKnown = exit <= toKmNow || rawFHi[j] < legKm;
            // indirect fire (a battery, a mortar section) fires where the column is, out to its whole range: no
            // pulling back out of it, the drill is to keep moving out of the impact area
            boolean driveOn = f.kind().indirect() || edge <= a || forwardKnown && exit - h < backKm
                    || pulledBackFrom[u];
            if (!driveOn) {   // react to contact: pull back out of the shooter's reach and halt there
                pulledBackFrom[u] = true;
                haltUntil = Math.max(haltUntil, t) + halt + backKm / v;
                halted += halt + 2 * backKm / v;   // back, the halt, and forward again over the same ground
                pulledBackTo = Math.nextDown(edge);
            }   // else it drives on out of the reach (indirect fire, nearer, or no way back on this move): no halt
            if (col.ineffective()) {
                col.haltByLosses(where, t);
                return true;
            }
        }
        return false;
    }

    /** @return the first index in the column's times (ascending) at or after {@code time}, or {@code n} */
    private int firstAtOrAfter(double time) {
        int lo = 0;
        int hi = col.n;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (col.t[m] < time) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    /** The attacker may locate unit {@code u} after it fired at {@code t}: suppressed, perhaps destroyed. */
    private void counterFire(int u, double t) {
        FireUnit f = layout.fireUnits[u];
        RandomStream ur = fire(u);
        if (doc.suppression() && ur.nextDouble() < doc.locateProbability() * f.signature()) {
            d.located(u, t);
            double until = t + doc.suppressionMin().inverse(ur.nextDouble());
            d.suppressedUntil[u] = Math.max(d.suppressedUntil[u], until);
            ctx.events.publishAt(new ModelEvent.UnitSuppressed(t, col.id, f.id(), until));
            if (ur.nextDouble() < f.counterFireKillProbability()) {
                double at = d.destroy(u, t);
                ctx.events.publishAt(new ModelEvent.UnitDestroyed(at, col.id, f.id()));
            }
        }
    }
}
