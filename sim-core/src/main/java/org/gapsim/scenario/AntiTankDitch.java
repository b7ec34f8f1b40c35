package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * An anti-tank ditch across the road (for example an irrigation ditch deepened for the purpose).
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost to dig, EUR
 * @param widthM     top width, along the direction of travel, m
 * @param depthM     depth below ground, m
 * @param frontM     length across the avenue of approach, m
 */
public record AntiTankDitch(String id, String segment, double positionKm, Coverage coverage, double costEur,
                            double widthM, double depthM, double frontM) implements Obstacle {
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param segment value of {@link #segment()}
     * @param positionKm value of {@link #positionKm()}
     * @param coverage value of {@link #coverage()}
     * @param costEur value of {@link #costEur()}
     * @param widthM value of {@link #widthM()}
     * @param depthM value of {@link #depthM()}
     * @param frontM value of {@link #frontM()}
     */
    public AntiTankDitch {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("widthM", widthM, Limits.MAX_SIZE_M);
        Check.positive("depthM", depthM, Limits.MAX_SIZE_M);
        Check.positive("frontM", frontM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.ANTI_TANK_DITCH;
    }

    @Override
    public double laneLengthM() {
        return widthM;
    }

    @Override
    public AntiTankDitch withCoverage(Coverage c) {
        return new AntiTankDitch(id, segment, positionKm, c, costEur, widthM, depthM, frontM);
    }

    /**
     * @param laneWidthM the lane's width, m
     * @return earth to move to fill one lane of the given width, m^3 (a V-shaped section: width x depth / 2)
     */
    public double fillVolumeM3(double laneWidthM) {
        return 0.5 * widthM * depthM * laneWidthM;
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this ditch's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link AntiTankDitch} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code segment}: required</li>
     *   <li>{@code positionKm}: required, km</li>
     *   <li>{@code coverage}: {@link Coverage#UNOBSERVED}</li>
     *   <li>{@code costEur}: required, EUR</li>
     *   <li>{@code widthM}: required, m</li>
     *   <li>{@code depthM}: required, m</li>
     *   <li>{@code frontM}: required, m</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String segment;
        private double positionKm = Double.NaN;
        private Coverage coverage = Coverage.UNOBSERVED;
        private double costEur = Double.NaN;
        private double widthM = Double.NaN;
        private double depthM = Double.NaN;
        private double frontM = Double.NaN;

        private Builder() {
        }

        private Builder(AntiTankDitch r) {
            id = r.id;
            segment = r.segment;
            positionKm = r.positionKm;
            coverage = r.coverage;
            costEur = r.costEur;
            widthM = r.widthM;
            depthM = r.depthM;
            frontM = r.frontM;
        }

        /**
         * @param v new value of {@link AntiTankDitch#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link AntiTankDitch#segment()} (required)
         * @return this builder
         */
        public Builder segment(String v) {
            segment = v;
            return this;
        }

        /**
         * @param v new value of {@link AntiTankDitch#positionKm()} (required, km)
         * @return this builder
         */
        public Builder positionKm(double v) {
            positionKm = v;
            return this;
        }

        /**
         * @param v new value of {@link AntiTankDitch#coverage()} (default: {@link Coverage#UNOBSERVED})
         * @return this builder
         */
        public Builder coverage(Coverage v) {
            coverage = v;
            return this;
        }

        /**
         * @param v new value of {@link AntiTankDitch#costEur()} (required, EUR)
         * @return this builder
         */
        public Builder costEur(double v) {
            costEur = v;
            return this;
        }

        /**
         * @param v new value of {@link AntiTankDitch#widthM()} (required, m)
         * @return this builder
         */
        public Builder widthM(double v) {
            widthM = v;
            return this;
        }

        /**
         * @param v new value of {@link AntiTankDitch#depthM()} (required, m)
         * @return this builder
         */
        public Builder depthM(double v) {
            depthM = v;
            return this;
        }

        /**
         * @param v new value of {@link AntiTankDitch#frontM()} (required, m)
         * @return this builder
         */
        public Builder frontM(double v) {
            frontM = v;
            return this;
        }

        /** @return the new ditch, validated by the canonical constructor */
        public AntiTankDitch build() {
            return new AntiTankDitch(id, segment, positionKm, coverage, costEur, widthM, depthM, frontM);
        }
    }
}
