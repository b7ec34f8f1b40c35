package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A bridge prepared for demolition and blown: a gap the column must cross (ford, ice, bridge layer or pontoons) or
 * reroute round. It cannot be bypassed off the road (the gap is a river or a ravine).
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position of the bridge from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost of preparing the bridge for demolition, EUR
 * @param gapM       gap left when the bridge is blown (the river's width at the site), m
 * @param depthM     depth of the water at the site, m (default {@value #DEFAULT_DEPTH_M}; 0 for a dry ravine)
 * @param currentMps current at the site, m/s (default {@value #DEFAULT_CURRENT_MPS})
 * @param bankHeightM height of the banks above the water, m (default {@value #DEFAULT_BANK_HEIGHT_M})
 */
public record BridgeDemolition(String id, String segment, double positionKm, Coverage coverage, double costEur,
                               double gapM, double depthM, double currentMps, double bankHeightM) implements Obstacle {
    /** Water depth of a site that states none, m (ASSUMPTION: a river worth a prepared bridge is not fordable there). */
    public static final double DEFAULT_DEPTH_M = 3.0;
    /** Current of a site that states none, m/s (ASSUMPTION: a lowland river, too fast to freeze over). */
    public static final double DEFAULT_CURRENT_MPS = 1.0;
    /** Bank height of a site that states none, m (ASSUMPTION). */
    public static final double DEFAULT_BANK_HEIGHT_M = 1.5;

    /**
     * A gap of the default depth, current and banks (the form before rivers had them).
     *
     * @param id value of {@link #id()}
     * @param segment value of {@link #segment()}
     * @param positionKm value of {@link #positionKm()}
     * @param coverage value of {@link #coverage()}
     * @param costEur value of {@link #costEur()}
     * @param gapM value of {@link #gapM()}
     */
    public BridgeDemolition(String id, String segment, double positionKm, Coverage coverage, double costEur,
                            double gapM) {
        this(id, segment, positionKm, coverage, costEur, gapM, DEFAULT_DEPTH_M, DEFAULT_CURRENT_MPS,
                DEFAULT_BANK_HEIGHT_M);
    }

    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param segment value of {@link #segment()}
     * @param positionKm value of {@link #positionKm()}
     * @param coverage value of {@link #coverage()}
     * @param costEur value of {@link #costEur()}
     * @param gapM value of {@link #gapM()}
     * @param depthM value of {@link #depthM()}
     * @param currentMps value of {@link #currentMps()}
     * @param bankHeightM value of {@link #bankHeightM()}
     */
    public BridgeDemolition {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("gapM", gapM, Limits.MAX_SIZE_M);
        Check.nonNegative("depthM", depthM, Limits.MAX_SIZE_M);
        Check.nonNegative("currentMps", currentMps, Limits.MAX_CURRENT_MPS);
        Check.nonNegative("bankHeightM", bankHeightM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.BRIDGE_DEMOLITION;
    }

    @Override
    public double laneLengthM() {
        return gapM;
    }

    /** @return infinity: a blown bridge cannot be driven round */
    @Override
    public double frontM() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public BridgeDemolition withCoverage(Coverage c) {
        return new BridgeDemolition(id, segment, positionKm, c, costEur, gapM, depthM, currentMps, bankHeightM);
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this demolition's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link BridgeDemolition} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code segment}: required</li>
     *   <li>{@code positionKm}: required, km</li>
     *   <li>{@code coverage}: {@link Coverage#UNOBSERVED}</li>
     *   <li>{@code costEur}: required, EUR</li>
     *   <li>{@code gapM}: required, m</li>
     *   <li>{@code depthM}: {@value BridgeDemolition#DEFAULT_DEPTH_M} m</li>
     *   <li>{@code currentMps}: {@value BridgeDemolition#DEFAULT_CURRENT_MPS} m/s</li>
     *   <li>{@code bankHeightM}: {@value BridgeDemolition#DEFAULT_BANK_HEIGHT_M} m</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String segment;
        private double positionKm = Double.NaN;
        private Coverage coverage = Coverage.UNOBSERVED;
        private double costEur = Double.NaN;
        private double gapM = Double.NaN;
        private double depthM = DEFAULT_DEPTH_M;
        private double currentMps = DEFAULT_CURRENT_MPS;
        private double bankHeightM = DEFAULT_BANK_HEIGHT_M;

        private Builder() {
        }

        private Builder(BridgeDemolition r) {
            id = r.id;
            segment = r.segment;
            positionKm = r.positionKm;
            coverage = r.coverage;
            costEur = r.costEur;
            gapM = r.gapM;
            depthM = r.depthM;
            currentMps = r.currentMps;
            bankHeightM = r.bankHeightM;
        }

        /**
         * @param v new value of {@link BridgeDemolition#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#segment()} (required)
         * @return this builder
         */
        public Builder segment(String v) {
            segment = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#positionKm()} (required, km)
         * @return this builder
         */
        public Builder positionKm(double v) {
            positionKm = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#coverage()} (default: {@link Coverage#UNOBSERVED})
         * @return this builder
         */
        public Builder coverage(Coverage v) {
            coverage = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#costEur()} (required, EUR)
         * @return this builder
         */
        public Builder costEur(double v) {
            costEur = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#gapM()} (required, m)
         * @return this builder
         */
        public Builder gapM(double v) {
            gapM = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#depthM()} (default: {@value BridgeDemolition#DEFAULT_DEPTH_M} m)
         * @return this builder
         */
        public Builder depthM(double v) {
            depthM = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#currentMps()} (default: {@value BridgeDemolition#DEFAULT_CURRENT_MPS} m/s)
         * @return this builder
         */
        public Builder currentMps(double v) {
            currentMps = v;
            return this;
        }

        /**
         * @param v new value of {@link BridgeDemolition#bankHeightM()} (default: {@value BridgeDemolition#DEFAULT_BANK_HEIGHT_M} m)
         * @return this builder
         */
        public Builder bankHeightM(double v) {
            bankHeightM = v;
            return this;
        }

        /** @return the new demolition, validated by the canonical constructor */
        public BridgeDemolition build() {
            return new BridgeDemolition(id, segment, positionKm, coverage, costEur, gapM, depthM, currentMps, bankHeightM);
        }
    }
}
