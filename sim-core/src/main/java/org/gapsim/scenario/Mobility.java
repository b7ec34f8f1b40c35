package org.gapsim.scenario;

/** How a vehicle moves off the road: on tracks or on wheels ({@link Trafficability} treats them apart). */
public enum Mobility {
    /** Tracked: low ground pressure, keeps going in mud that stops wheels. */
    TRACKED,
    /** Wheeled: stops where soft ground would bog it down. */
    WHEELED
}
