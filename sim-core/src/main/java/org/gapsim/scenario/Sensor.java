package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A defender sensor. It detects a column halted or working at an obstacle within {@code rangeKm} after an
 * exponential time at {@code detectionsPerHour} times its kind's factors (smoke, night, the attacker's EW as reduced
 * by the defender's {@link Defender#electronicProtection()}).
 *
 * @param id                unique key among the defender's units
 * @param kind              what it is
 * @param position          where it stands; {@code null} only in a coverage template (it then stands at the
 *                          obstacle it covers)
 * @param rangeKm           straight-line range to an obstacle it watches, km
 * @param detectionsPerHour detection rate of a column at a site in range, per hour (mean time to detect 60 / this
 *                          minutes), before factors
 * @param costEur           what it costs (added to a package's cost when a package buys it), EUR
 */
public record Sensor(String id, SensorKind kind, UnitPosition position, double rangeKm, double detectionsPerHour,
                     double costEur) {
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param detectionsPerHour value of {@link #detectionsPerHour()}
     * @param costEur value of {@link #costEur()}
     */
    public Sensor {
        Check.id("id", id);
        Check.required("kind", kind);
        Check.nonNegative("rangeKm", rangeKm, Limits.MAX_RANGE_KM);
        Check.positive("detectionsPerHour", detectionsPerHour, Limits.MAX_RATE_PER_HOUR);
        Check.nonNegative("costEur", costEur, Limits.MAX_COST_EUR);
    }

    /** @return a builder with the defaults documented on {@link Builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this sensor's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Sensor} field by field; {@link #build()} calls the canonical constructor. Defaults:
     * {@code id} required; {@code kind} {@link SensorKind#OBSERVATION_POST}; {@code position} none (template use);
     * {@code rangeKm} 3 km, {@code detectionsPerHour} 6 (ASSUMPTIONS); {@code costEur} 0.
     */
    public static final class Builder {
        private String id;
        private SensorKind kind = SensorKind.OBSERVATION_POST;
        private UnitPosition position;
        private double rangeKm = 3;
        private double detectionsPerHour = 6;
        private double costEur = 0;

        private Builder() {
        }

        private Builder(Sensor r) {
            id = r.id;
            kind = r.kind;
            position = r.position;
            rangeKm = r.rangeKm;
            detectionsPerHour = r.detectionsPerHour;
            costEur = r.costEur;
        }

        /**
         * @param v new value of {@link Sensor#id()}
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#kind()}
         * @return this builder
         */
        public Builder kind(SensorKind v) {
            kind = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#position()}
         * @return this builder
         */
        public Builder position(UnitPosition v) {
            position = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#rangeKm()}, km
         * @return this builder
         */
        public Builder rangeKm(double v) {
            rangeKm = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#detectionsPerHour()}, per hour
         * @return this builder
         */
        public Builder detectionsPerHour(double v) {
            detectionsPerHour = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#costEur()}, EUR
         * @return this builder
         */
        public Builder costEur(double v) {
            costEur = v;
            return this;
        }

        /** @return the new sensor, validated */
        public Sensor build() {
            return new Sensor(id, kind, position, rangeKm, detectionsPerHour, costEur);
        }
    }
}
