package org.gapsim.scenario;

/**
 * Kinds of defender fire unit: how they acquire targets, how darkness acts on them, and how visible they are when
 * they fire. Night factors and signatures are ASSUMPTIONS (no published figure was found).
 */
public enum FireUnitKind {
    /** Anti-tank guided missile team: direct fire, sees its own targets. */
    ATGM_TEAM(Acquisition.DIRECT, 0.7, 0.5, 0.8),
    /** Dug-in tank or IFV: direct fire, sees its own targets. */
    TANK_POSITION(Acquisition.DIRECT, 0.8, 0.8, 0.8),
    /** Artillery battery: indirect, engages what a sensor detected. */
    ARTILLERY(Acquisition.INDIRECT, 1.0, 1.0, 0.3),
    /** Mortar section: indirect, engages what a sensor detected. */
    MORTAR(Acquisition.INDIRECT, 1.0, 0.7, 0.3),
    /** FPV or loitering-munition team: engages what a sensor detected or what it finds itself; EW acts on it. */
    FPV_TEAM(Acquisition.DRONE, 0.6, 0.3, 1.0);

    /** How a kind acquires its targets. */
    private enum Acquisition { DIRECT, INDIRECT, DRONE }

    private final Acquisition acquisition;
    private final double nightFactor;
    private final double signature;
    private final double movingTargetFactor;

    FireUnitKind(Acquisition acquisition, double nightFactor, double signature, double movingTargetFactor) {
        this.acquisition = acquisition;
        this.nightFactor = nightFactor;
        this.signature = signature;
        this.movingTargetFactor = movingTargetFactor;
    }

    /** @return whether it fires directly (needs line of sight, detects by itself, smoke lowers its kill probability) */
    public boolean direct() {
        return acquisition == Acquisition.DIRECT;
    }

    /** @return whether it fires indirectly (engages only what a sensor detected) */
    public boolean indirect() {
        return acquisition == Acquisition.INDIRECT;
    }

    /** @return whether it is a drone team (detects by itself; the attacker's EW lowers its rates) */
    public boolean drone() {
        return acquisition == Acquisition.DRONE;
    }

    /** @return engagement-rate multiplier at night (ASSUMPTION: ATGM 0.7, tank 0.8, artillery 1, mortar 1, FPV 0.6) */
    public double nightFactor() {
        return nightFactor;
    }

    /**
     * @return multiplier of the attacker's {@code locateProbability} per engagement: how easily it is located after
     *         it fires (ASSUMPTION: ATGM 0.5, tank 0.8, artillery 1.0, mortar 0.7, FPV 0.3)
     */
    public double signature() {
        return signature;
    }

    /** @return the multiplier of its detection/engagement rates under EW (FPV: as a UAV; others 1) */
    public double ewFactor() {
        return acquisition == Acquisition.DRONE ? SensorKind.UAV.ewFactor() : 1.0;
    }

    /**
     * @return multiplier of its kill probability against a column on the move (interdiction on the march)
     *         (ASSUMPTION: artillery 0.3 and mortar 0.3, unobserved adjustment on a moving target; ATGM 0.8 and tank
     *         0.8, tracking a crossing target; FPV 1.0, the drone flies to its target)
     */
    public double movingTargetFactor() {
        return movingTargetFactor;
    }
}
