package org.gapsim.scenario;

/** Administrative class of a road segment. */
public enum RoadClass {
    /** Motorway. */
    MOTORWAY,
    /** Expressway or dual carriageway. */
    EXPRESSWAY,
    /** National (main) road. */
    NATIONAL,
    /** Regional road. */
    REGIONAL,
    /** Local road or track. */
    LOCAL
}
