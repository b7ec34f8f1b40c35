package org.gapsim.scenario;

/**
 * What one end of an obstacle belt meets: open ground a column can drive round, or ground that ties the flank in
 * (doctrine's tie-in: an obstacle anchored on terrain that forbids going round it).
 */
public enum Flank {
    /** Open ground: a column can go round this end. */
    OPEN,
    /** Forest edge. */
    FOREST,
    /** Lake shore. */
    LAKE,
    /** Bog or wetland. */
    WETLAND,
    /** Built-up area. */
    URBAN,
    /** The state border (the attacker may not go round through a third state). */
    BORDER;

    /** @return whether this flank forbids going round (every value but {@link #OPEN}) */
    public boolean tiedIn() {
        return this != OPEN;
    }
}
