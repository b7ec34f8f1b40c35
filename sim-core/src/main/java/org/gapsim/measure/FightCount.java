package org.gapsim.measure;

import java.util.Locale;

/**
 * What a replication counts of the fight beyond arrivals, held time and losses by cause: losses by vehicle class,
 * engineer carriers and assets lost, breach failures, line-charge misfires, blocked lanes, and what the defender
 * fired and suffered. {@link ReplicationResult#fightCounts()} and the experiment's rows hold one count per constant,
 * indexed by {@link #ordinal()}; {@link #key()} names its column in {@code replications.csv} and the summaries.
 * Constants are only ever appended, so ordinals stay stable within a gapsim version.
 */
public enum FightCount {
    /** Vehicles lost (every cause) whose type is {@code ARMOURED}. */
    LOST_ARMOURED,
    /** Vehicles lost (every cause) whose type is {@code LIGHT}; with {@link #LOST_ARMOURED} it sums to all losses. */
    LOST_LIGHT,
    /**
     * Vehicles lost with engineer assets on board (distinct vehicles named by an {@code AssetLost}); a carrier lost
     * after it used all it carried counts only by class. Already counted in {@link #LOST_ARMOURED}/{@link #LOST_LIGHT}.
     */
    CARRIERS_LOST,
    /** Line charges lost with their carrier (not fired). */
    ASSETS_LOST_LINE_CHARGE,
    /** Mine ploughs lost with their carrier. */
    ASSETS_LOST_PLOUGH,
    /** Mine rollers lost with their carrier. */
    ASSETS_LOST_ROLLER,
    /** Bridges (bridge-layer spans) lost with their carrier, and pontoon sets destroyed at a crossing site. */
    ASSETS_LOST_BRIDGE,
    /** Earth movers lost with their carrier. */
    ASSETS_LOST_EARTH_MOVER,
    /** Breach attempts that failed ({@code BreachFailed}); attempts are counted in the rows' {@code breaches}. */
    BREACH_FAILURES,
    /** Line charges that misfired and were primed by hand. */
    CHARGES_MISFIRED,
    /** Line charges wasted (another charge was needed). */
    CHARGES_WASTED,
    /** Times a vehicle struck in a lane blocked it. */
    LANES_BLOCKED,
    /**
     * Columns that culminated: distinct columns whose halt for good (their first {@code ColumnHalted}) has reason
     * "culminated", so at most the number of columns. A column turned back onto another route is not counted (see
     * the rows' {@code reroutes}).
     */
    COLUMNS_CULMINATED,
    /**
     * Engagements (shots, salvoes, missiles, drones) the defender's fire units made, at obstacles ({@code Engagement})
     * and on the march ({@code MarchEngagement}), as {@link #DEFENDER_SUPPRESSIONS} counts the counter-fire both
     * draw.
     */
    DEFENDER_ENGAGEMENTS,
    /** Times the attacker's counter-fire suppressed a defender unit. */
    DEFENDER_SUPPRESSIONS,
    /** Defender units destroyed by the attacker's counter-fire, preparation or assault. */
    DEFENDER_UNITS_DESTROYED;

    private static final FightCount[] VALUES = values();

    /** @return the column name: the constant in lower case, e.g. {@code assets_lost_plough} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the number of constants (the length of a counts array) */
    public static int size() {
        return VALUES.length;
    }
}
