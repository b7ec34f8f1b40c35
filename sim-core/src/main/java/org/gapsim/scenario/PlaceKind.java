package org.gapsim.scenario;

/** What a place on the road network is. */
public enum PlaceKind {
    /** A town or city. */
    TOWN,
    /** A road crossing of a state border. */
    BORDER_CROSSING,
    /** Where an attacking force forms up before it marches. */
    ASSEMBLY_AREA,
    /** A road junction with no settlement of note. */
    JUNCTION,
    /** A place an attacking force is ordered to reach. */
    OBJECTIVE
}
