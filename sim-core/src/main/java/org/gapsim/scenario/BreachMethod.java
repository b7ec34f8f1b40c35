package org.gapsim.scenario;

/** A way to open a lane through an obstacle. */
public enum BreachMethod {
    /** Rocket-propelled line charge (minefields). */
    LINE_CHARGE,
    /** Track-width mine plough (minefields). */
    MINE_PLOUGH,
    /** Armoured vehicle-launched bridge (ditches, craters, gaps up to its span). */
    BRIDGE_LAYER,
    /** Dozer or engineer vehicle (fill ditches and craters, push aside teeth and trees). */
    EARTH_MOVER,
    /** Dismounted breach party (anything, slowly). */
    MANUAL
}
