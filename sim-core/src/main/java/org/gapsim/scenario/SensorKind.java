package org.gapsim.scenario;

/**
 * Kinds of defender sensor and how the attacker's measures and darkness act on their detection rate. Every factor
 * is an ASSUMPTION (no published figure was found; see {@code shared/reference/breaching-history.md}).
 */
public enum SensorKind {
    /** Observation post (eyes, optics): smoke blinds it, night mostly too; EW does not touch it. */
    OBSERVATION_POST(0.2, 0.3, 1.0, 1.0),
    /** UAV with a thermal camera: smoke hinders it, night little; EW and drones act on it. */
    UAV(0.3, 0.8, 0.3, 1.0),
    /** Ground surveillance radar: smoke and night do nothing; jamming degrades it; built to see movement (MTI). */
    GROUND_RADAR(1.0, 1.0, 0.6, 2.0);

    private final double smokeFactor;
    private final double nightFactor;
    private final double ewFactor;
    private final double movingFactor;

    SensorKind(double smokeFactor, double nightFactor, double ewFactor, double movingFactor) {
        this.smokeFactor = smokeFactor;
        this.nightFactor = nightFactor;
        this.ewFactor = ewFactor;
        this.movingFactor = movingFactor;
    }

    /** @return detection-rate multiplier under the attacker's smoke (ASSUMPTION: OP 0.2, UAV 0.3, radar 1.0) */
    public double smokeFactor() {
        return smokeFactor;
    }

    /** @return detection-rate multiplier at night (ASSUMPTION: OP 0.3, thermal UAV 0.8, radar 1.0) */
    public double nightFactor() {
        return nightFactor;
    }

    /**
     * @return detection-rate multiplier under the attacker's full EW ({@code ewStrength} 1, no protection)
     *         (ASSUMPTION: OP 1.0, UAV 0.3, radar 0.6)
     */
    public double ewFactor() {
        return ewFactor;
    }

    /**
     * @return detection-rate multiplier for a column on the move (interdiction on the march) rather than halted
     *         (ASSUMPTION: ground radar 2.0, a moving-target-indicator radar is built to see movement; UAV 1.0;
     *         observation post 1.0)
     */
    public double movingFactor() {
        return movingFactor;
    }
}
