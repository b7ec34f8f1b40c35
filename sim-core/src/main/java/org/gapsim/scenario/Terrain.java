package org.gapsim.scenario;

/** The ground beside a road segment: it decides whether a column can leave the road to bypass an obstacle. */
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

    /** @return whether a column can bypass an obstacle off the road over this ground */
    public boolean permitsBypass() {
        return this == OPEN;
    }
}
