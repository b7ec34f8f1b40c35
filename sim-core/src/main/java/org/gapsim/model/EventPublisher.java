package org.gapsim.model;

import java.util.ArrayList;
import java.util.List;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Hands a replication's {@link ModelEvent}s to its listeners, in simulated-time order. An event for the current
 * time is published at once; one for a later time (computed ahead, say a lane that opens in 40 minutes) is
 * published by a {@link Notice} scheduled at that time. Events at the same time reach the listeners in the order
 * they were published or scheduled (SSJ's FIFO tie-break).
 */
final class EventPublisher {
    private final Simulator sim;
    private final List<ModelListener> listeners = new ArrayList<>(2);

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
            new Notice(sim, e).schedule(delay);
        }
    }

    /** Publishes one event computed ahead, at its time. */
    private final class Notice extends Event {
        private final ModelEvent payload;

        Notice(Simulator s, ModelEvent payload) {
            super(s);
            this.payload = payload;
        }

        @Override
        public void actions() {
            publish(payload);
        }
    }
}
