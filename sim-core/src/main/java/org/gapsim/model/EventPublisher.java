package org.gapsim.model;

import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Hands a replication's {@link ModelEvent}s to its listeners, in simulated-time order. An event for the current
 * time is published at once; one for a later time (computed ahead, say a lane that opens in 40 minutes) is
 * published by a {@link Notice} scheduled at that time. Events at the same time reach the listeners in the order
 * they were published or scheduled (SSJ's FIFO tie-break). A notice that has published goes back to a free list
 * and carries a later publication, so a replication makes as many notices as it ever has pending at once, not one
 * per deferred publication (a reused SSJ event is scheduled exactly as a new one would be).
 */
final class EventPublisher {
    private final Simulator sim;
    private final List<ModelListener> listeners = new ArrayList<>(2);
    /** Notices that have published, ready to carry another event (a stack linked through {@link Notice#next}). */
    private Notice free;

    /** @param sim the replication's simulator (clock in minutes) */
    EventPublisher(Simulator sim) {
        this.sim = sim;
    }

    /** @param listener receives every event from now on */
    void add(ModelListener listener) {
        listeners.add(listener);
    }

    /** Publishes {@code e} now, whatever its time. */
    void publish(ModelEvent e) {
        for (int i = 0; i < listeners.size(); i++) {
            listeners.get(i).on(e);
        }
    }

    /** Publishes {@code e} now if its time is not ahead of the clock, else schedules it at its own time. */
    void publishAt(ModelEvent e) {
        double delay = e.timeMin() - sim.time();
        if (delay <= 0) {
            publish(e);
        } else if (!listeners.isEmpty()) {
            Notice n = free;
            if (n == null) {
                n = new Notice(sim);
            } else {
                free = n.next;
                n.next = null;
            }
            n.payload = e;
            n.schedule(delay);
        }
    }

    /** Publishes one event computed ahead, at its time, then goes back to the free list. */
    private final class Notice extends Event {
        private ModelEvent payload;
        /** The next free notice while this one is free. */
        private Notice next;

        Notice(Simulator s) {
            super(s);
        }

        @Override
        public void actions() {
            ModelEvent e = payload;
            payload = null;
            publish(e);
            next = free;
            free = this;
        }
    }
}
