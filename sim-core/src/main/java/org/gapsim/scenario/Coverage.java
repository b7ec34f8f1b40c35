package org.gapsim.scenario;

/** How the defender watches an obstacle. */
public enum Coverage {
    /** Nobody watches it. */
    UNOBSERVED,
    /** Observed (sensors, observation posts) so breaching draws indirect fire. */
    OBSERVED,
    /** Covered by direct and indirect fire: breaching is slow and costly. */
    COVERED_BY_FIRE;

    /**
     * @param other the coverage to compare with
     * @return the stronger of this and {@code other}
     */
    public Coverage atLeast(Coverage other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
