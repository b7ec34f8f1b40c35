package org.gapsim.scenario;

/** How an anti-tank mine is triggered, which decides the width of a vehicle that can set it off. */
public enum Fuze {
    /** Pressure fuze: only a track (or wheel) passing over the mine triggers it; effective width = 2 x track width. */
    TRACK_WIDTH,
    /** Full-width attack (tilt rod, magnetic): anything over the mine triggers it; effective width = vehicle width. */
    FULL_WIDTH
}
