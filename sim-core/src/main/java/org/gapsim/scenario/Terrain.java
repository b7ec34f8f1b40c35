package org.gapsim.scenario;

/**
 * The ground class beside a road segment: with the season ({@link Trafficability}) it decides whether, and how fast,
 * a column can leave the road to bypass an obstacle. The comments below give the summer case.
 */
public enum Terrain {
    /** Open fields: tracked and wheeled vehicles can drive around an obstacle. */
    OPEN,
    /** Forest: no off-road bypass (assumption: mature forest stops armour off the road). */
    FOREST,
    /** Wetland or bog: no off-road bypass. */
    WETLAND,
    /** Lake shore: no off-road bypass. */
    LAKE,
    /** Built-up area: no off-road bypass (assumption; streets are the network itself). */
    URBAN;

    /** @return whether a column can bypass an obstacle off the road over this ground in summer */
    public boolean permitsBypass() {
        return this == OPEN;
    }
}
