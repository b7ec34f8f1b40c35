package org.gapsim.model;

import java.util.Arrays;
import org.gapsim.scenario.Minefield;
import umontreal.ssj.probdist.PoissonDist;
import umontreal.ssj.rng.RandomStream;

/**
 * One column's losses to the mines a breach left in minefield lanes ({@link #toResidualMines}), computed ahead
 * when its head gets there (losses to fire are the defender's, see {@link Fight}). They stop at the loss that leaves the column combat ineffective (see
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
        return toResidualMines(belt, mf, laneSpeedMPerMin, enc, null, 0, 0);
    }

    /**
     * As {@link #toResidualMines(MineBelt, Minefield, double, RandomStream)}; with a {@code blocking} obstacle
     * (one a defender fire unit reaches), a vehicle killed in a lane blocks it for {@code recoveryMin} (drawn from the column's fight
     * stream there, {@link ModelEvent.LaneBlocked}): the vehicles of the column behind it in that lane, already in
     * it or still to enter, enter again from the end of the block at the lane headway (FIFO approximation: they keep
     * their lane) and meet their mines correspondingly later.
     *
     * @param blocking       the obstacle where wrecks block lanes, or null where they never do (ASSUMPTION: where no
     *                       defender fire reaches, a wreck is pushed aside at once, as before issue 11)
     * @param laneHeadwayMin headway between vehicles entering a lane, minutes
     * @param alreadyLost    vehicles of the column already lost in this pass (to fire; marked NaN, not removed)
     */
    double toResidualMines(MineBelt belt, Minefield mf, double laneSpeedMPerMin, RandomStream enc,
                           ObstacleState blocking, double laneHeadwayMin, int alreadyLost) {
        Scratch sc = ctx.scratch();
        int need = col.lossesToIneffective();
        int lost = alreadyLost;
        while (!sc.noStrike()) {
            double when = sc.strikeTime();
            int i = sc.strikeVehicle();
            int m = sc.strikeMine();
            int lane = sc.laneOf[i];
            sc.popStrike();
            if (Double.isNaN(col.t[i])) {   // killed by fire on its way in: it never gets there
                continue;
            }
            if (blocking != null) {
                double due = sc.enter[i] + belt.depth(m) / laneSpeedMPerMin;
                if (due > when) {   // held behind a wreck since this strike was listed: not there yet
                    sc.pushStrike(due, i, m);
                    continue;
                }
            }
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
                col.breach.carrierLost(col.vehicle[i], col.type[i].id(), when, mf.id());
                col.t[i] = Double.NaN;
                if (++lost >= need) {
                    sc.clearStrikes();
                    return when;
                }
                if (blocking != null) {
                    block(blocking, sc, i, lane, when, laneHeadwayMin);
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

    /** The wreck of vehicle {@code i} blocks {@code lane} from {@code when}: the vehicles behind it wait. */
    void block(ObstacleState os, Scratch sc, int i, int lane, double when, double laneHeadwayMin) {
        double until = when + ctx.doctrine.recoveryMin().inverse(ctx.fightStream(col.index, os).nextDouble());
        ctx.events.publishAt(new ModelEvent.LaneBlocked(when, col.id, os.obstacle.id(), lane, until));
        double prev = until - laneHeadwayMin;
        for (int j = i + 1; j < col.n; j++) {
            if (j < col.crossed || sc.laneOf[j] != lane || Double.isNaN(col.t[j]) || sc.enter[j] < sc.enter[i]) {
                continue;
            }
            double enter = Math.max(sc.enter[j], prev + laneHeadwayMin);
            col.t[j] += enter - sc.enter[j];
            sc.enter[j] = enter;
            prev = enter;
        }
        os.laneFree[lane] = Math.max(os.laneFree[lane], prev + laneHeadwayMin);
    }
}
