package org.gapsim.model;

/** How a column learnt of an obstacle. */
public enum DetectionMode {
    /** Recon found it before the column's head reached it. */
    RECON,
    /** The head reached it and saw it (obstacles other than minefields are visible). */
    ON_ARRIVAL,
    /** A vehicle set off a mine. */
    MINE_STRIKE,
    /** Another column had already found it. */
    ALREADY_KNOWN
}
