package org.gapsim.model;

/** Receives what a running replication publishes, in simulated-time order. Measures and traces implement it. */
@FunctionalInterface
public interface ModelListener {
    /** @param event what happened */
    void on(ModelEvent event);
}
