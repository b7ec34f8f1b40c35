package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A crater blown in the road.
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost of the charges and their placement, EUR
 * @param diameterM  diameter, m
 * @param depthM     depth, m
 */
public record Crater(String id, String segment, double positionKm, Coverage coverage, double costEur,
                     double diameterM, double depthM) implements Obstacle {
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param segment value of {@link #segment()}
     * @param positionKm value of {@link #positionKm()}
     * @param coverage value of {@link #coverage()}
     * @param costEur value of {@link #costEur()}
     * @param diameterM value of {@link #diameterM()}
     * @param depthM value of {@link #depthM()}
     */
    public Crater {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("diameterM", diameterM, Limits.MAX_SIZE_M);
        Check.positive("depthM", depthM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.CRATER;
    }

    @Override
    public double laneLengthM() {
        return diameterM;
    }

    @Override
    public double frontM() {
        return diameterM;
    }

    @Override
    public Crater withCoverage(Coverage c) {
        return new Crater(id, segment, positionKm, c, costEur, diameterM, depthM);
    }

    /**
     * @param laneWidthM the lane's width, m
     * @return earth to fill one lane of the given width, m^3 (a bowl: diameter x depth x lane width / 2)
     */
    public double fillVolumeM3(double laneWidthM) {
        return 0.5 * diameterM * depthM * Math.min(laneWidthM, diameterM);
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this crater's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Crater} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code segment}: required</li>
     *   <li>{@code positionKm}: required, km</li>
     *   <li>{@code coverage}: {@link Coverage#UNOBSERVED}</li>
     *   <li>{@code costEur}: required, EUR</li>
     *   <li>{@code diameterM}: required, m</li>
     *   <li>{@code depthM}: required, m</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String segment;
        private double positionKm = Double.NaN;
        private Coverage coverage = Coverage.UNOBSERVED;
        private double costEur = Double.NaN;
        private double diameterM = Double.NaN;
        private double depthM = Double.NaN;

        private Builder() {
        }

        private Builder(Crater r) {
            id = r.id;
            segment = r.segment;
            positionKm = r.positionKm;
            coverage = r.coverage;
            costEur = r.costEur;
            diameterM = r.diameterM;
            depthM = r.depthM;
        }

        /**
         * @param v new value of {@link Crater#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link Crater#segment()} (required)
         * @return this builder
         */
        public Builder segment(String v) {
            segment = v;
            return this;
        }

        /**
         * @param v new value of {@link Crater#positionKm()} (required, km)
         * @return this builder
         */
        public Builder positionKm(double v) {
            positionKm = v;
            return this;
        }

        /**
         * @param v new value of {@link Crater#coverage()} (default: {@link Coverage#UNOBSERVED})
         * @return this builder
         */
        public Builder coverage(Coverage v) {
            coverage = v;
            return this;
        }

        /**
         * @param v new value of {@link Crater#costEur()} (required, EUR)
         * @return this builder
         */
        public Builder costEur(double v) {
            costEur = v;
            return this;
        }

        /**
         * @param v new value of {@link Crater#diameterM()} (required, m)
         * @return this builder
         */
        public Builder diameterM(double v) {
            diameterM = v;
            return this;
        }

        /**
         * @param v new value of {@link Crater#depthM()} (required, m)
         * @return this builder
         */
        public Builder depthM(double v) {
            depthM = v;
            return this;
        }

        /** @return the new crater, validated by the canonical constructor */
        public Crater build() {
            return new Crater(id, segment, positionKm, coverage, costEur, diameterM, depthM);
        }
    }
}
