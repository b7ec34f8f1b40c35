package org.gapsim.model;

/** Why a vehicle was lost. */
public enum LossCause {
    /** Set off a mine while entering an undetected minefield. */
    MINE,
    /** Set off a mine left in a breach lane. */
    RESIDUAL_MINE,
    /** Direct or indirect fire while halted at an observed or covered obstacle. */
    FIRE,
    /** Direct or indirect fire (or a drone) on the march, outside any obstacle (interdiction on the march). */
    FIRE_ON_MARCH
}
