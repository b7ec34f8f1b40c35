package org.gapsim.scenario;

/** A vehicle's protection class: picks a fire unit's {@code pKillArmoured} or {@code pKillLight}. */
public enum Armour {
    /** Tanks, IFVs, armoured engineer vehicles. */
    ARMOURED,
    /** Trucks, soft-skinned and lightly armoured vehicles. */
    LIGHT
}
