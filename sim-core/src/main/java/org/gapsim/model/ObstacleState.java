package org.gapsim.model;

import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;

/**
 * What the attacker knows of one obstacle in one replication and what has been done to it, shared by every column:
 * its {@link Status}, its breach lanes (opening times, when each is next free, centre and width) or bypass (gate
 * time, detour), and, for a minefield, its mines (laid out the first time they are needed). Also the obstacle's FIFO
 * {@link Point}: vehicles pass it in order.
 */
final class ObstacleState extends Point {
    /**
     * What the attacker knows of an obstacle: not found yet; lanes open (or opening); a bypass found; found, but the
     * column that found it could not cross it (another column, with other assets, may).
     */
    enum Status { UNKNOWN, LANES, BYPASS, FOUND }

    /** Index in {@link CrossingPlan#obstacles()}. */
    final int index;
    final Obstacle obstacle;
    Status status = Status.UNKNOWN;
    /** The minefield's mines, null until first needed (see {@link #mines()}). */
    private MineBelt mines;
    /** Per lane: time it opens, minutes. */
    double[] laneOpen;
    /** Per lane: time the next vehicle may enter it, minutes. */
    double[] laneFree;
    /** Per lane: centre across the corridor, m. */
    double[] laneCentre;
    /** Width of every lane, m. */
    double laneWidth;
    /** Time the bypass is usable (recon done), minutes. */
    double bypassGate;
    /** Extra distance off road of the bypass, km. */
    double detourKm;
    /** The replication this state belongs to (its doctrine's corridor and its streams lay out the mines). */
    private final ModelContext ctx;

    /**
     * @param ctx      the replication's shared state
     * @param index    index in {@link CrossingPlan#obstacles()}
     * @param obstacle the obstacle
     */
    ObstacleState(ModelContext ctx, int index, Obstacle obstacle) {
        this.ctx = ctx;
        this.index = index;
        this.obstacle = obstacle;
    }

    /**
     * @return the minefield's mines across the doctrine's corridor, laid out on first use from the obstacle's own
     *         layout stream; only for a {@link Minefield}
     */
    MineBelt mines() {
        if (mines == null) {
            mines = new MineBelt((Minefield) obstacle, ctx.doctrine.corridorWidthM(),
                    ctx.streams.stream(ctx.plan.mineLayoutStream(index)));
        }
        return mines;
    }
}
