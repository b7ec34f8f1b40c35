package org.gapsim.model;

import java.util.List;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.scenario.ColumnSpec;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * One replication of the crossing: a fresh model on its own SSJ {@link Simulator} (clock in minutes), built from a
 * {@link CrossingPlan} and a worker's {@link ReplicationStreams} already positioned at the replication's
 * substreams. It publishes what happens to its listeners and keeps no statistics. Run it once.
 *
 * <p>Mechanics (see the README section "The model"): a column is a train of vehicles at a set interval; only the
 * column's head is an event, and at each waypoint (a place or an obstacle) the passage times of all its vehicles
 * follow from the head's by a FIFO recurrence (vehicle i passes no earlier than it arrives, no earlier than one
 * headway after vehicle i-1, and no earlier than one headway after the previous column's last vehicle). At an
 * obstacle the column may detect it in advance (recon), find a minefield by setting off a mine, bypass it off the
 * road, breach it with the engineer assets it carries, or reroute if it cannot cross; where the defender's sensors
 * and fire units reach the obstacle, they detect and engage the breach (see {@code Fight}), killing vehicles and
 * the engineer assets they carry, and the breach may fail; vehicles then pass the lanes single file at lane speed
 * with residual risk from mines the breach left (met in time order). Lanes and bypasses found by one column serve the
 * columns behind it; an obstacle a column could not cross is avoided by the columns that cannot cross it either
 * (judged by their own assets), while one that can tries.
 *
 * <p>Column rules: a column with no route to its objective waits where it is (its start, a place, or in front of
 * the obstacle it could not cross) and re-plans as soon as another column starts to open an obstacle that blocked
 * it; it halts for good only when no column that could still open one (moving, yet to depart, or waiting but able
 * to be freed) is left. A column whose losses take it below its combat-ineffective threshold halts at the time of
 * the loss that did; losses drawn for later times do not happen, and its vehicles that had not entered a lane by
 * then leave the lanes free.
 *
 * <p>This class only wires the parts (see the package overview: {@code March}, {@code ObstacleEncounter},
 * {@code Breach}, {@code Losses}, {@code Routing} per column; {@code WaitingRoom}, {@code Traffic} and the
 * obstacles' state shared) and starts them in a fixed order: the horizon event, then each column's departure in
 * the scenario's column order. Events at equal times run in the order they were scheduled, so this order is part
 * of the result.
 */
public final class CrossingModel {
    private final Simulator sim = new Simulator(eventList());
    private final ModelContext ctx;
    private final Column[] columns;
    private boolean ran;

    /**
     * The model's event list: SSJ's Henriksen list (a doubly-linked list with an index for binary search; the
     * splay tree for times beyond its range, {@link ModelEventList}) rather than SSJ's default splay tree. Both run
     * events in time order and, at equal times and priorities, in the order they were scheduled (SSJ's
     * {@code Event} contract; the model schedules with {@code schedule(delay)} only, at one priority, and cancels
     * nothing), so every result is the same; it is 3-7 % cheaper per replication of the built-in study (issue 16,
     * sixth round; README "Performance").
     *
     * @return a fresh, empty event list
     */
    static EventList eventList() {
        return new ModelEventList();
    }

    /**
     * Builds the model of one replication.
     *
     * @param plan    the compiled scenario and package
     * @param streams the worker's streams, positioned at this replication (see
     *                {@link ReplicationStreams#startReplication(long)})
     */
    public CrossingModel(CrossingPlan plan, ReplicationStreams streams) {
        this.ctx = new ModelContext(plan, streams, sim);
        WaitingRoom room = new WaitingRoom(sim);
        List<ColumnSpec> specs = plan.scenario().columns();
        this.columns = new Column[specs.size()];
        for (int c = 0; c < specs.size(); c++) {
            columns[c] = new Column(ctx, room, c, specs.get(c));
        }
        room.seat(columns);
    }

    /**
     * Adds a listener; all listeners receive every event in time order.
     *
     * @param listener the listener
     * @return this model
     */
    public CrossingModel addListener(ModelListener listener) {
        ctx.events.add(listener);
        return this;
    }

    /** Runs the replication to the scenario's horizon or until nothing is left to happen. */
    public void run() {
        if (ran) {
            throw new IllegalStateException("a CrossingModel runs once; build a fresh one per replication");
        }
        ran = true;
        ctx.useScratch(Scratch.get());
        sim.init();
        new Horizon(sim).schedule(ctx.plan.scenario().horizonMin());
        for (Column c : columns) {
            c.march.scheduleDeparture();
        }
        sim.start();
    }

    /** @return the simulated time, minutes */
    public double timeMin() {
        return sim.time();
    }

    /**
     * @param column index in the scenario's column list
     * @return when the defender first detected that column on the march (its early warning), minutes, or infinity
     */
    double warningAtMin(int column) {
        return ctx.warningAt(column);
    }

    /** Ends the replication at the scenario's horizon: stops the simulator (pending events never happen). */
    private static final class Horizon extends Event {
        Horizon(Simulator s) {
            super(s);
        }

        @Override
        public void actions() {
            simulator().stop();
        }
    }
}
