package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

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

    /**
     * Validates both fields.
     *
     * @param attackerDetectionMultiplier value of {@link #attackerDetectionMultiplier()}
     * @param minimumCoverage value of {@link #minimumCoverage()}
     */
    public IsrEffect {
        Check.between("attackerDetectionMultiplier", attackerDetectionMultiplier, 0, 1);
        minimumCoverage = minimumCoverage == null ? Coverage.UNOBSERVED : minimumCoverage;
    }

    /**
     * @param other the effect to combine with
     * @return the combined effect of this and {@code other}: multipliers multiply, coverage takes the stronger
     */
    public IsrEffect and(IsrEffect other) {
        return new IsrEffect(attackerDetectionMultiplier * other.attackerDetectionMultiplier,
                minimumCoverage.atLeast(other.minimumCoverage));
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this effect's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link IsrEffect} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. Defaults:
     * <ul>
     *   <li>{@code attackerDetectionMultiplier}: 1 (no effect)</li>
     *   <li>{@code minimumCoverage}: {@link Coverage#UNOBSERVED}</li>
     * </ul>
     */
    public static final class Builder {
        private double attackerDetectionMultiplier = 1.0;
        private Coverage minimumCoverage = Coverage.UNOBSERVED;

        private Builder() {
        }

        private Builder(IsrEffect r) {
            attackerDetectionMultiplier = r.attackerDetectionMultiplier;
            minimumCoverage = r.minimumCoverage;
        }

        /**
         * @param v new value of {@link IsrEffect#attackerDetectionMultiplier()} (default: 1 (no effect))
         * @return this builder
         */
        public Builder attackerDetectionMultiplier(double v) {
            attackerDetectionMultiplier = v;
            return this;
        }

        /**
         * @param v new value of {@link IsrEffect#minimumCoverage()} (default: {@link Coverage#UNOBSERVED})
         * @return this builder
         */
        public Builder minimumCoverage(Coverage v) {
            minimumCoverage = v;
            return this;
        }

        /** @return the new effect, validated by the canonical constructor */
        public IsrEffect build() {
            return new IsrEffect(attackerDetectionMultiplier, minimumCoverage);
        }
    }
}
