package org.gapsim.model;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * The columns of one replication that wait for a way to their objective, and when they move again or give up. When
 * an obstacle that blocked someone gets lanes or a bypass, a {@link Wake} event re-plans the waiting columns once
 * the event being handled is done (so the column that opened it goes through first). A waiting column that nothing
 * can free any more halts for good ({@link #settle()}).
 */
final class WaitingRoom {
    private final Simulator sim;
    private final Wake wake;
    private Column[] columns;
    /** Scratch of {@link #settle()}: columns that may still open something. */
    private boolean[] able;
    /** Columns waiting for a way to their objective. */
    private int waiting;
    /** Whether a re-plan of the waiting columns is scheduled at the current time. */
    private boolean wakePending;

    /** @param sim the replication's simulator */
    WaitingRoom(Simulator sim) {
        this.sim = sim;
        this.wake = new Wake(sim);
    }

    /** @param all every column of the replication, by index */
    void seat(Column[] all) {
        this.columns = all;
        this.able = new boolean[all.length];
    }

    /** @return every column of the replication, by index */
    Column[] columns() {
        return columns;
    }

    /** A column starts waiting. */
    void entered() {
        waiting++;
    }

    /** A waiting column moves on or halts. */
    void left() {
        waiting--;
    }

    /**
     * An obstacle is about to get lanes or a bypass: if it had been found impassable by someone, the columns
     * waiting for a way re-plan once this event is done.
     */
    void opened(ObstacleState os) {
        if (os.status == ObstacleState.Status.FOUND && waiting > 0) {
            scheduleWake();
        }
    }

    /** Schedules a re-plan of the waiting columns now, after the event being handled (once). */
    private void scheduleWake() {
        if (!wakePending) {
            wakePending = true;
            wake.schedule(0);
        }
    }

    /**
     * Halts for good every waiting column nothing can free any more. A waiting column can be freed if an obstacle
     * that blocks it (found, and it cannot cross it) can be opened by a column still moving or yet to depart, or
     * by another waiting column that can itself be freed. Its halt is timed when the last column that could have
     * opened one of its obstacles was done (now, or the later time of a pending combat-ineffective halt).
     */
    void settle() {
        if (waiting == 0 || wakePending) {
            return;
        }
        for (Column c : columns) {
            if (c.phase == Column.Phase.WAITING && c.routing.canMove()) {
                scheduleWake();
                return;
            }
        }
        for (Column c : columns) {
            able[c.index] = c.phase == Column.Phase.ACTIVE;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Column w : columns) {
                if (w.phase == Column.Phase.WAITING && !able[w.index] && w.routing.canBeFreedBy(able)) {
                    able[w.index] = true;
                    changed = true;
                }
            }
        }
        double now = sim.time();
        for (Column w : columns) {
            if (w.phase != Column.Phase.WAITING || able[w.index]) {
                continue;
            }
            double at = now;
            for (Column c : columns) {
                if (c.phase == Column.Phase.HALTED && c.doneAt > at && w.routing.couldBeFreedBy(c)) {
                    at = c.doneAt;
                }
            }
            w.stop("no route to the objective", w.routing.waitWhere(), at);
        }
    }

    /** Re-plans the waiting columns that have a way now, then halts those nothing can free. */
    private final class Wake extends Event {
        Wake(Simulator s) {
            super(s);
        }

        @Override
        public void actions() {
            wakePending = false;
            for (Column c : columns) {
                if (c.phase == Column.Phase.WAITING && c.routing.canMove()) {
                    c.routing.resume();
                }
            }
            settle();
        }
    }
}
