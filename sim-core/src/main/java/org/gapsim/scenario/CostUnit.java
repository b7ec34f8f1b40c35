package org.gapsim.scenario;

/**
 * What one unit of a {@link CostItem} is: its price is per this unit, and an obstacle or defender unit that names
 * the item buys a quantity of it worked out from what it contains (see {@link CostCatalogue#quantity}).
 */
public enum CostUnit {
    /** One anti-tank mine: a minefield buys {@link Minefield#mineCount()} of them. */
    PER_MINE,
    /** One metre of front: a ditch or a line of teeth buys its {@code frontM}. */
    PER_METRE,
    /** One bridge prepared for demolition. */
    PER_BRIDGE,
    /** One hectare (10,000 m2): an abatis buys its front x depth. */
    PER_HECTARE,
    /** One whole obstacle (a crater, an abatis, a line of teeth). */
    PER_ITEM,
    /** One defender unit (a sensor or a fire unit). */
    PER_UNIT,
    /** One system (a mine-laying system, a radar system): bought whole by a unit, or as a share by a minefield. */
    PER_SYSTEM
}
