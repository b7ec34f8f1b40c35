package org.gapsim.model;

import org.gapsim.random.ReplicationStreams;
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
    private final double corridorWidthM;
    private final ReplicationStreams streams;
    private final String layoutStream;

    /**
     * @param index          index in {@link CrossingPlan#obstacles()}
     * @param obstacle       the obstacle
     * @param corridorWidthM width of the corridor a minefield's mines are laid across, m
     * @param streams        the replication's streams
     * @param layoutStream   name of the stream of the minefield's layout
     */
    ObstacleState(int index, Obstacle obstacle, double corridorWidthM, ReplicationStreams streams,
                  String layoutStream) {
        this.index = index;
        this.obstacle = obstacle;
        this.corridorWidthM = corridorWidthM;
        this.streams = streams;
        this.layoutStream = layoutStream;
    }

    /** @return the minefield's mines, laid out on first use from its own stream; only for a {@link Minefield} */
    MineBelt mines() {
        if (mines == null) {
            mines = new MineBelt((Minefield) obstacle, corridorWidthM, streams.stream(layoutStream));
        }
        return mines;
    }
}
