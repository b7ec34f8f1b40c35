package org.gapsim.model;

import org.gapsim.random.ReplicationStreams;
import org.gapsim.scenario.BreachDoctrine;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Simulator;

/**
 * What every part of one replication shares: the compiled plan and its doctrine, the streams (positioned at the
 * replication), the one SSJ {@link Simulator} (clock in minutes), the {@link EventPublisher}, the attacker's
 * knowledge of the obstacles ({@link ObstacleState}, by index in {@link CrossingPlan#obstacles()}), the places'
 * FIFO points ({@link Traffic}), and the running thread's {@link Scratch} arrays.
 */
final class ModelContext {
    final CrossingPlan plan;
    final BreachDoctrine doctrine;
    final ReplicationStreams streams;
    final Simulator sim;
    final EventPublisher events;
    /**
     * By index in {@link CrossingPlan#obstacles()}: made on first use ({@link #obstacle(int)}), null before (an
     * obstacle nobody has met or planned past: unknown). Read through {@link #obstacle(int)}; scans skip the nulls.
     */
    final ObstacleState[] obstacles;
    final Traffic traffic = new Traffic();
    /** Fords, ice and the force's pontoon sets (issue 13). */
    final GapCrossing gaps;
    /** The obstacles on warning (issue 12 item 4); null when the package has none. */
    final Dynamics dynamics;
    private Scratch scratch;
    /** The defender's live units, made on the first fight (null before). */
    private Defence defence;
    /**
     * The per-(column, purpose, obstacle) streams looked up so far in this replication, by
     * {@code (column * PURPOSES + purpose) * obstacles + obstacle}; null until the first look-up. The worker's
     * {@link ReplicationStreams} positions a stream at its first look-up in a replication and hands back the same
     * object, unmoved, after that, so keeping it here changes no draw.
     */
    private RandomStream[] obstacleStreams;
    /** The fight streams looked up so far in this replication, by {@code column * obstacles + obstacle}. */
    private RandomStream[] fightStreams;
    /** Purposes of the per-(column, obstacle) streams. */
    private static final int PURPOSES = CrossingPlan.PURPOSES;

    /**
     * @param plan    the compiled scenario and package
     * @param streams the worker's streams, positioned at this replication
     * @param sim     the replication's simulator
     */
    ModelContext(CrossingPlan plan, ReplicationStreams streams, Simulator sim) {
        this.plan = plan;
        this.doctrine = plan.scenario().doctrine();
        this.streams = streams;
        this.sim = sim;
        this.events = new EventPublisher(sim);
        this.obstacles = new ObstacleState[plan.obstacles().size()];
        this.gaps = new GapCrossing(this);
        this.dynamics = plan.dynamic().isEmpty() ? null : new Dynamics(this, plan.dynamic());
    }

    /**
     * @param i index in {@link CrossingPlan#obstacles()}
     * @return the attacker's knowledge of obstacle {@code i} in this replication, made (unknown, untouched) the first
     *         time a column meets or plans past it: most of a package's obstacles are never met in a replication
     *         (issue 16), and making one draws nothing
     */
    ObstacleState obstacle(int i) {
        ObstacleState os = obstacles[i];
        if (os == null) {
            os = new ObstacleState(this, i, plan.obstacles().get(i));
            obstacles[i] = os;
        }
        return os;
    }

    /** @return the simulated time, minutes */
    double now() {
        return sim.time();
    }

    /**
     * @param column  column index
     * @param purpose {@link CrossingPlan#DETECTION}, {@link CrossingPlan#ENCOUNTER} or
     *                {@link CrossingPlan#BREACH_TIME}
     * @param os      the obstacle
     * @return the stream of that purpose for that column at that obstacle
     */
    RandomStream stream(int column, int purpose, ObstacleState os) {
        RandomStream[] cache = obstacleStreams;
        if (cache == null) {
            cache = new RandomStream[plan.scenario().columns().size() * PURPOSES * obstacles.length];
            obstacleStreams = cache;
        }
        int k = (column * PURPOSES + purpose) * obstacles.length + os.index;
        RandomStream rs = cache[k];
        if (rs == null) {
            rs = streams.stream(plan.streamName(column, purpose, os.index));
            cache[k] = rs;
        }
        return rs;
    }

    /** @return the defender's live units in this replication (made on first use) */
    Defence defence() {
        if (defence == null) {
            defence = new Defence(this);
        }
        return defence;
    }

    /**
     * @return when the defender first detected column {@code column} on the march (its early warning, possibly
     *         ahead of the clock), minutes, or infinity if it has not ({@link Defence#warningAt})
     */
    double warningAt(int column) {
        return defence == null ? Double.POSITIVE_INFINITY : defence.warningAt(column);
    }

    /**
     * @return the stream of column {@code column}'s fight and breach friction at {@code os} (looked up by name on
     *         the first call in this replication, kept in {@link #fightStreams} after that, as {@link #stream} does)
     */
    RandomStream fightStream(int column, ObstacleState os) {
        RandomStream[] cache = fightStreams;
        if (cache == null) {
            cache = new RandomStream[plan.scenario().columns().size() * obstacles.length];
            fightStreams = cache;
        }
        int k = column * obstacles.length + os.index;
        RandomStream rs = cache[k];
        if (rs == null) {
            rs = streams.stream(plan.fightStream(column, os.index));
            cache[k] = rs;
        }
        return rs;
    }

    /** @return the column's assault stream at the site ({@code assault/<column>/<obstacle>}) */
    RandomStream assaultStream(int column, ObstacleState os) {
        return streams.stream(plan.assaultStream(column, os.index));
    }

    /** @return the running thread's working arrays (set when the replication starts) */
    Scratch scratch() {
        return scratch;
    }

    /** @param scratch the running thread's working arrays */
    void useScratch(Scratch scratch) {
        this.scratch = scratch;
    }
}
