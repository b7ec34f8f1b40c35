package org.gapsim.model;

import org.gapsim.scenario.Armour;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import umontreal.ssj.rng.RandomStream;

/**
 * The assault, the last step of the attacker's breach (SOSRA: suppress, obscure, secure, reduce, assault): while a
 * column files through the open lanes of a defended obstacle, its armoured vehicles already across fire on the
 * defender's direct-fire units near the obstacle. Doctrine: the assault force's purpose is to destroy the enemy on
 * the far side of the obstacle that can place direct fire on the lanes (FM 3-34.2 / ATP 3-90.4 "Combined Arms
 * Mobility"; FM 3-21.8 app. H-21: a breach is not complete until friendly forces "have assaulted to destroy the enemy
 * on the far side of the obstacle"; SOSRA in {@code shared/reference/countermobility.md}). Worked out by {@link Fight#passage} step by step with
 * its other clocks; times in minutes. Only with the doctrine's {@link BreachDoctrine#assault()} block (absent: no
 * assault, no draw).
 *
 * <p><b>Rule.</b>
 * <ul>
 *   <li>Targets: the defender's direct-fire units ({@link FireUnitKind#direct()}: tank positions and ATGM teams;
 *       never artillery, mortars or drone teams) that reach the site ({@link DefenceLayout#fireUnitsAt}) and stand
 *       within {@code assault.rangeKm} of the obstacle ({@link DefenceLayout#fireDistanceKm}, the distance the
 *       layout uses between a unit and a site), alive and fighting, whose destruction is not already worked out
 *       (by counter-fire or the preparation).</li>
 *   <li>Across: vehicle {@code i} is across once it is past the lane ({@code col.t[i] <= t}, as the passage sees
 *       it); only {@link Armour#ARMOURED} vehicles fire. The first armoured vehicle across starts the clocks; each
 *       further one raises the rates (piecewise constant between the passage's state changes).</li>
 *   <li>Finding: a unit the attacker knows ({@code knownProbability}, drawn once per replication) or has located by
 *       counter-fire ({@link Defence#locatedAt}) is found at once; any other is found at
 *       {@code detectionsPerHour} x the armoured vehicles across x the night factor (a hazard).</li>
 *   <li>Killing: a found unit is engaged at {@code engagementsPerHour} x the armoured vehicles across x the night
 *       factor, and each engagement destroys it with {@code pKillArmoured} for a tank position, {@code pKillLight}
 *       for an ATGM team (ASSUMPTION: a dug-in tank is an armoured target, a dismounted team a light one). A
 *       destroyed unit stops detecting and firing at once and stays destroyed for later fights and columns
 *       ({@link Defence#destroy}: never before an engagement of it already worked out); published as a
 *       {@link ModelEvent.UnitAssaulted}.</li>
 *   <li>Night: the tank position kind's night factor ({@link FireUnitKind#nightFactor()}), as for the defender's
 *       tanks (ASSUMPTION: the assault force's tanks see at night as the defender's do).</li>
 *   <li>Smoke: none. The attacker's own smoke screens the defender's view of the lanes, not the assault force's
 *       view of the positions beyond them (ASSUMPTION), so {@code smokeKillFactor} does not act here.</li>
 *   <li>Duration: while the column's vehicles are at the site (until its last vehicle is past the lanes, or it
 *       halts by its losses); then it moves on (ASSUMPTION).</li>
 * </ul>
 * Random draws: per target, in the site's order, its finding and first engagement targets (exponential(1)), then a
 * uniform per engagement and a new engagement target after a miss, all from the column's assault stream at the site
 * ({@code assault/<column>/<obstacle>}): a new stream, so no other stream shifts.
 */
final class Assault {
    private static final double MIN_PER_H = 60.0;
    /** What the next event is: nothing, an armoured vehicle across, a unit located, a unit found, an engagement. */
    private static final int NONE = 0;
    private static final int ACROSS = 1;
    private static final int LOCATED = 2;
    private static final int FOUND = 3;
    private static final int ENGAGED = 4;
    /** A target's state in the current step. */
    private static final int IDLE = 0;
    private static final int FINDING = 1;
    private static final int ENGAGING = 2;

    private final ModelContext ctx;
    private final Column col;
    private final ObstacleState os;
    private final Defence d;
    private final RandomStream rs;
    /** Targets: layout indices of the direct-fire units in range, and each one's kill probability per engagement. */
    private final int[] unit;
    private final double[] pKill;
    private final boolean[] found;
    private final boolean[] killed;
    private final double[] findE;
    private final double[] findAcc;
    private final double[] shotE;
    private final double[] shotAcc;
    /** Each target's state in the current step ({@link #next}). */
    private final int[] mode;
    /** Finding and engagement rates per armoured vehicle across, per minute, by day. */
    private final double findPerMin;
    private final double shotPerMin;
    private final double nightFactor;
    /** The current step's rates per target, per minute. */
    private double findNow;
    private double shotNow;
    private int what;
    private int which;

    private Assault(ModelContext ctx, Column col, ObstacleState os, int[] unit, double[] pKill,
                    BreachDoctrine.Assault a) {
        this.ctx = ctx;
        this.col = col;
        this.os = os;
        this.d = ctx.defence();
        this.unit = unit;
        this.pKill = pKill;
        this.rs = ctx.assaultStream(col.index, os);
        int n = unit.length;
        found = new boolean[n];
        killed = new boolean[n];
        findE = new double[n];
        findAcc = new double[n];
        shotE = new double[n];
        shotAcc = new double[n];
        mode = new int[n];
        for (int k = 0; k < n; k++) {
            findE[k] = Fight.exp1(rs);
            shotE[k] = Fight.exp1(rs);
        }
        findPerMin = a.detectionsPerHour() / MIN_PER_H;
        shotPerMin = a.engagementsPerHour() / MIN_PER_H;
        nightFactor = FireUnitKind.TANK_POSITION.nightFactor();
    }

    /**
     * @param fires the fire units (layout indices) that reach the site, in the layout's order
     * @return the column's assault at the site, or null if the doctrine has none or no direct-fire unit stands
     *         within its range of the obstacle
     */
    static Assault at(ModelContext ctx, Column col, ObstacleState os, int[] fires) {
        BreachDoctrine.Assault a = ctx.doctrine.assault();
        if (a == null) {
            return null;
        }
        DefenceLayout layout = ctx.defence().layout;
        double[] km = layout.fireDistanceKm[os.index];
        int[] unit = new int[fires.length];
        double[] pKill = new double[fires.length];
        int n = 0;
        for (int j = 0; j < fires.length; j++) {
            FireUnit f = layout.fireUnits[fires[j]];
            if (f.kind().direct() && km[j] <= a.rangeKm()) {
                unit[n] = fires[j];
                pKill[n++] = f.kind() == FireUnitKind.TANK_POSITION ? a.pKillArmoured() : a.pKillLight();
            }
        }
        return n == 0 ? null : new Assault(ctx, col, os, java.util.Arrays.copyOf(unit, n),
                java.util.Arrays.copyOf(pKill, n), a);
    }

    /**
     * Works out the rates from {@code t} (the armoured vehicles across then, each target's state) and the assault's
     * next event.
     *
     * @return its time, minutes (infinity if none)
     */
    double next(double t, boolean night) {
        int across = 0;
        double nextAcross = Double.POSITIVE_INFINITY;
        for (int i = 0; i < col.n; i++) {
            if (col.type[i].armour() == Armour.ARMOURED) {
                double past = col.t[i];   // NaN (lost) is neither
                if (past <= t) {
                    across++;
                } else if (past < nextAcross) {
                    nextAcross = past;
                }
            }
        }
        double factor = across * (night ? nightFactor : 1);
        findNow = findPerMin * factor;
        shotNow = shotPerMin * factor;
        double best = nextAcross;
        what = best < Double.POSITIVE_INFINITY ? ACROSS : NONE;
        which = -1;
        for (int k = 0; k < unit.length; k++) {
            int u = unit[k];
            if (killed[k] || d.destroyedAt[u] != Double.POSITIVE_INFINITY) {
                mode[k] = IDLE;   // destroyed, not fighting, or its destruction already worked out
                continue;
            }
            if (!found[k] && (d.known(u) || d.locatedAt[u] <= t)) {
                found[k] = true;
            }
            double at;
            int w;
            if (found[k]) {
                mode[k] = ENGAGING;
                at = shotNow > 0 ? t + (shotE[k] - shotAcc[k]) / shotNow : Double.POSITIVE_INFINITY;
                w = ENGAGED;
            } else {
                mode[k] = FINDING;
                at = findNow > 0 ? t + (findE[k] - findAcc[k]) / findNow : Double.POSITIVE_INFINITY;
                w = FOUND;
                double loc = d.locatedAt[u];
                if (loc < at) {
                    at = loc;
                    w = LOCATED;
                }
            }
            if (at < best) {
                best = at;
                what = w;
                which = k;
            }
        }
        return best;
    }

    /** Adds {@code dt} minutes at the step's rates to each target's finding or engagement exposure. */
    void expose(double dt) {
        for (int k = 0; k < unit.length; k++) {
            if (mode[k] == FINDING) {
                findAcc[k] += findNow * dt;
            } else if (mode[k] == ENGAGING) {
                shotAcc[k] += shotNow * dt;
            }
        }
    }

    /** Carries out the event {@link #next} chose, at {@code t}: a unit found, or engaged (perhaps destroyed). */
    void act(double t) {
        int k = which;
        if (what == FOUND || what == LOCATED) {
            found[k] = true;
        } else if (what == ENGAGED) {
            if (rs.nextDouble() < pKill[k]) {
                killed[k] = true;
                int u = unit[k];
                double at = d.destroy(u, t);
                ctx.events.publishAt(new ModelEvent.UnitAssaulted(at, col.id, os.obstacle.id(),
                        d.layout.fireUnits[u].id()));
            } else {
                shotE[k] = Fight.exp1(rs);
                shotAcc[k] = 0;
            }
        }
    }
}
