package org.gapsim.model;

import java.util.Arrays;
import org.gapsim.scenario.Minefield;
import umontreal.ssj.probdist.PoissonDist;
import umontreal.ssj.rng.RandomStream;

/**
 * One column's losses at an obstacle, computed ahead when its head gets there: losses to the covering fire while
 * it is held in front of the obstacle ({@link #toFire}), and losses to the mines a breach left in minefield lanes
 * ({@link #toResidualMines}). Both stop at the loss that leaves the column combat ineffective (see
 * {@link Column#lossesToIneffective()}): the column halts at that loss's time and losses drawn for later times do
 * not happen. Times in minutes. Uses the running thread's {@link Scratch} arrays, so it allocates no arrays.
 */
final class Losses {
    /** Minutes per hour. */
    private static final double MIN_PER_H = 60.0;
    /**
     * Largest expected number of losses to fire drawn as one Poisson count (then that many times and victims);
     * above it the losses are walked one by one ({@link #toFireInTime}). Set to the bound on vehicles per column
     * ({@link org.gapsim.scenario.Limits}): a count above it destroys any column, and three arrays of it still fit.
     */
    static final double MAX_MEAN_AS_COUNT = org.gapsim.scenario.Limits.MAX_VEHICLES_PER_COLUMN;

    private final ModelContext ctx;
    private final Column col;

    /**
     * @param ctx the replication's shared state
     * @param col the column that takes the losses
     */
    Losses(ModelContext ctx, Column col) {
        this.ctx = ctx;
        this.col = col;
    }

    /**
     * Losses to fire while the column waits at an observed or covered obstacle, from {@code from} to {@code to}:
     * a Poisson number at the doctrine's hourly rate for the obstacle's coverage, at uniform times, each on a
     * uniform victim among the vehicles left. If they take the column below its threshold it halts at the time of
     * the loss that did, and the losses drawn for later times do not happen. Vehicles already across the obstacle
     * may be hit too ({@link Column#remove} keeps their count right).
     *
     * @return whether the column halted
     */
    boolean toFire(ObstacleState os, double from, double to) {
        double rate = ctx.doctrine.attritionPerHour(os.obstacle.coverage());
        double end = Math.min(to, ctx.plan.scenario().horizonMin());   // nothing happens after the horizon
        if (rate <= 0 || end <= from) {
            return false;
        }
        RandomStream as = ctx.stream(col.index, CrossingPlan.ATTRITION, os);
        double mean = rate * (end - from) / MIN_PER_H;
        if (mean > MAX_MEAN_AS_COUNT) {
            return toFireInTime(os, as, rate / MIN_PER_H, from, end);
        }
        int k = PoissonDist.inverseF(mean, as.nextDouble());
        if (k == 0) {
            return false;
        }
        Scratch sc = ctx.scratch();
        sc.losses(k);
        double[] lossAt = sc.lossAt;
        double[] lossU = sc.lossU;
        for (int j = 0; j < k; j++) {    // the draws in the order they always had: time, then victim
            lossAt[j] = from + as.nextDouble() * (end - from);
            lossU[j] = as.nextDouble();
        }
        int need = col.lossesToIneffective();
        double haltAt = Double.POSITIVE_INFINITY;
        if (k >= need) {
            double[] sorted = sc.lossSorted;
            System.arraycopy(lossAt, 0, sorted, 0, k);
            Arrays.sort(sorted, 0, k);
            haltAt = sorted[need - 1];
        }
        for (int j = 0; j < k && col.n > 0; j++) {
            if (lossAt[j] > haltAt) {
                continue;
            }
            int victim = (int) (lossU[j] * col.n);
            ctx.events.publishAt(new ModelEvent.VehicleLost(lossAt[j], col.id, col.vehicle[victim],
                    col.type[victim].id(), LossCause.FIRE, os.obstacle.id()));
            col.remove(victim);
        }
        if (haltAt < Double.POSITIVE_INFINITY) {
            col.haltByLosses(os.obstacle.id(), haltAt);
            return true;
        }
        return false;
    }

    /**
     * Losses to fire over a halt so long, or a rate so high, that the expected count exceeds
     * {@link #MAX_MEAN_AS_COUNT}: the same Poisson process, walked loss by loss (exponential gaps at
     * {@code ratePerMin}, each on a uniform victim) up to the loss that leaves the column combat ineffective, so
     * the work and memory are bounded by the column's size instead of the count (which can exceed the heap or an
     * int). Exact in distribution, on other draws of the same stream than the count path.
     *
     * @return whether the column halted
     */
    private boolean toFireInTime(ObstacleState os, RandomStream as, double ratePerMin, double from, double end) {
        int need = col.lossesToIneffective();
        double t = from;
        for (int lost = 0; lost < need && col.n > 0; lost++) {
            t += -Math.log1p(-as.nextDouble()) / ratePerMin;
            if (t > end) {
                return false;
            }
            int victim = (int) (as.nextDouble() * col.n);
            ctx.events.publishAt(new ModelEvent.VehicleLost(t, col.id, col.vehicle[victim], col.type[victim].id(),
                    LossCause.FIRE, os.obstacle.id()));
            col.remove(victim);
        }
        col.haltByLosses(os.obstacle.id(), t);
        return true;
    }

    /**
     * Vehicles in minefield lanes meet the mines the breach left, in time order (the first vehicle to reach a
     * live mine under it sets it off): each strike is at the vehicle's lane entry plus the mine's depth over the
     * lane speed. Reads the lane pass from the {@link Scratch} strike heap, lane entries, lateral positions and the
     * live mines listed per lane (a mine only goes off here, so the next one under a vehicle is among them);
     * marks the vehicles lost ({@code t[i] = NaN}). Stops at the loss that leaves the column combat ineffective:
     * nothing after it happens (the column halts there).
     *
     * @param belt             the minefield's mines
     * @param mf               the minefield
     * @param laneSpeedMPerMin lane speed, m/min
     * @param enc              the column's encounter stream at this minefield
     * @return the time of that loss, minutes, or infinity if the column stays effective
     */
    double toResidualMines(MineBelt belt, Minefield mf, double laneSpeedMPerMin, RandomStream enc) {
        Scratch sc = ctx.scratch();
        int need = col.lossesToIneffective();
        int lost = 0;
        while (!sc.noStrike()) {
            double when = sc.strikeTime();
            int i = sc.strikeVehicle();
            int m = sc.strikeMine();
            int lane = sc.laneOf[i];
            sc.popStrike();
            int live = belt.firstUnder(col.type[i], sc.centre[i], m, sc.bandMines, sc.bandOff[lane],
                    sc.bandLen[lane]);
            if (live != m) {    // someone set it off first: the next live mine under this vehicle, if any
                if (live >= 0) {
                    sc.pushStrike(sc.enter[i] + belt.depth(live) / laneSpeedMPerMin, i, live);
                }
                continue;
            }
            belt.detonate(m);
            boolean killed = enc.nextDouble() < col.type[i].pKill(mf.fuze());
            ctx.events.publishAt(new ModelEvent.MineStrike(when, col.id, mf.id(), col.vehicle[i], col.type[i].id(),
                    killed, true));
            if (killed) {
                ctx.events.publishAt(new ModelEvent.VehicleLost(when, col.id, col.vehicle[i], col.type[i].id(),
                        LossCause.RESIDUAL_MINE, mf.id()));
                col.t[i] = Double.NaN;
                if (++lost >= need) {
                    sc.clearStrikes();
                    return when;
                }
            } else {
                int next = belt.firstUnder(col.type[i], sc.centre[i], m + 1, sc.bandMines, sc.bandOff[lane],
                        sc.bandLen[lane]);
                if (next >= 0) {
                    sc.pushStrike(sc.enter[i] + belt.depth(next) / laneSpeedMPerMin, i, next);
                }
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
