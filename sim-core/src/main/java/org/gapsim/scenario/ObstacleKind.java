package org.gapsim.scenario;

/** The kinds of obstacle, used by breach doctrine to choose a method. */
public enum ObstacleKind {
    /** Anti-tank minefield. */
    MINEFIELD,
    /** Anti-tank ditch. */
    ANTI_TANK_DITCH,
    /** Dragon's teeth, hedgehogs, concrete blocks. */
    DRAGONS_TEETH,
    /** Felled trees across the road. */
    ABATIS,
    /** A crater blown in the road. */
    CRATER,
    /** A demolished bridge. */
    BRIDGE_DEMOLITION
}
