package org.gapsim.scenario;

/** The groups of a column's vehicles at a breach site, in the order a defender may prefer to engage them. */
public enum TargetGroup {
    /** Engineer carriers working a lane or about to (line-charge launchers, ploughs, rollers, bridge layers, dozers). */
    BREACH_ASSETS,
    /** Vehicles in a lane or next to enter one. */
    LANES,
    /** Every other vehicle held at the site. */
    REST
}
