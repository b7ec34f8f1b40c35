package org.gapsim.scenario;

/** What kind of obstacle the defender emplaces on early warning ({@link OnWarning}). */
public enum DynamicKind {
    /**
     * A minefield belt laid by a mine-laying system (Skorpion type: ~1,500 m x 50 m in ~5 min,
     * ../shared/reference/breaching-history.md); the package's {@link OnWarning#layingSystems()} lay these one belt
     * at a time each, in the order of the list.
     */
    MINE_LAYING,
    /** A bridge prepared for demolition and blown on the order (a reserve demolition): it can fail. */
    RESERVE_DEMOLITION,
    /** Roadside trees felled across the road on the order (abatis on warning). */
    FELLED_TREES,
    /** Artillery-delivered (RAAM-type, 9 mines per shell, reference breaching-history.md) mines on the road ahead. */
    ARTILLERY_MINES
}
