package org.gapsim.model;

/** How a column got past (or failed to get past) an obstacle. */
public enum Outcome {
    /** Drove through without noticing it (an undetected minefield that no vehicle set off). */
    UNNOTICED,
    /** Drove round it off the road. */
    BYPASSED,
    /** Opened lanes through it (this column's engineers). */
    BREACHED,
    /** Used lanes or a bypass another column made. */
    FOLLOWED,
    /** Could not cross it and turned back to another route. */
    REROUTED,
    /** Forded a gap where the river is shallow, or crossed it on the ice ({@link GapCrossing}). */
    FORDED,
    /** Crossed a gap on pontoon bridges the force brought forward ({@link GapCrossing}). */
    BRIDGED
}
