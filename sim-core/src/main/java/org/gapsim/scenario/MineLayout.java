package org.gapsim.scenario;

/** How mines of a minefield lie across its front. */
public enum MineLayout {
    /** Scattered: lateral positions uniform and independent (a Poisson field at the linear density). */
    RANDOM,
    /** In regular rows: each row at even spacing with a random offset; rows spread evenly over the depth. */
    ROWS
}
