package org.gapsim.scenario;

/**
 * What a package's observation, early warning and electronic warfare do to the attacker.
 *
 * @param attackerDetectionMultiplier multiplies the attacker's probability of detecting an obstacle in advance
 *                                    (EW against the attacker's drones lowers it; 1 = no effect). ASSUMPTION
 * @param minimumCoverage             every obstacle in the package's countries is at least this well watched
 */
public record IsrEffect(double attackerDetectionMultiplier, Coverage minimumCoverage) {
    /** No effect. */
    public static final IsrEffect NONE = new IsrEffect(1.0, Coverage.UNOBSERVED);

    /** Validates both fields. */
    public IsrEffect {
        Check.between("attackerDetectionMultiplier", attackerDetectionMultiplier, 0, 1);
        minimumCoverage = minimumCoverage == null ? Coverage.UNOBSERVED : minimumCoverage;
    }

    /** @return the combined effect of this and {@code other}: multipliers multiply, coverage takes the stronger */
    public IsrEffect and(IsrEffect other) {
        return new IsrEffect(attackerDetectionMultiplier * other.attackerDetectionMultiplier,
                minimumCoverage.atLeast(other.minimumCoverage));
    }
}
