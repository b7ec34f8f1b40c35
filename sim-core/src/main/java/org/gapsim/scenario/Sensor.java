package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A defender sensor. It detects a column halted or working at an obstacle within {@code rangeKm} after an
 * exponential time at {@code detectionsPerHour} times its factors (smoke, night, the attacker's EW as reduced
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
 * @param smokeFactor       multiplier of its detection rate under the attacker's smoke (default: its kind's,
 *                          {@link SensorKind#smokeFactor()}), in [0, {@value Limits#MAX_UNIT_FACTOR}]
 * @param nightFactor       multiplier of its detection rate at night (default: its kind's,
 *                          {@link SensorKind#nightFactor()})
 * @param ewFactor          multiplier of its detection rate under the attacker's full EW (default: its kind's,
 *                          {@link SensorKind#ewFactor()})
 * @param movingFactor      multiplier of its detection rate for a column on the move (default: its kind's,
 *                          {@link SensorKind#movingFactor()})
 */
public record Sensor(String id, SensorKind kind, UnitPosition position, double rangeKm, double detectionsPerHour,
                     double costEur, double smokeFactor, double nightFactor, double ewFactor, double movingFactor) {
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param detectionsPerHour value of {@link #detectionsPerHour()}
     * @param costEur value of {@link #costEur()}
     * @param smokeFactor value of {@link #smokeFactor()}
     * @param nightFactor value of {@link #nightFactor()}
     * @param ewFactor value of {@link #ewFactor()}
     * @param movingFactor value of {@link #movingFactor()}
     */
    public Sensor {
        Check.id("id", id);
        Check.required("kind", kind);
        Check.nonNegative("rangeKm", rangeKm, Limits.MAX_RANGE_KM);
        Check.positive("detectionsPerHour", detectionsPerHour, Limits.MAX_RATE_PER_HOUR);
        Check.nonNegative("costEur", costEur, Limits.MAX_COST_EUR);
        Check.nonNegative("smokeFactor", smokeFactor, Limits.MAX_UNIT_FACTOR);
        Check.nonNegative("nightFactor", nightFactor, Limits.MAX_UNIT_FACTOR);
        Check.nonNegative("ewFactor", ewFactor, Limits.MAX_UNIT_FACTOR);
        Check.nonNegative("movingFactor", movingFactor, Limits.MAX_UNIT_FACTOR);
    }

    /**
     * The canonical constructor before the behaviour figures: its kind's smoke, night, EW and moving factors.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param detectionsPerHour value of {@link #detectionsPerHour()}
     * @param costEur value of {@link #costEur()}
     */
    public Sensor(String id, SensorKind kind, UnitPosition position, double rangeKm, double detectionsPerHour,
                  double costEur) {
        this(id, kind, position, rangeKm, detectionsPerHour, costEur, Check.required("kind", kind).smokeFactor(),
                kind.nightFactor(), kind.ewFactor(), kind.movingFactor());
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
     * {@code rangeKm} 3 km, {@code detectionsPerHour} 6 (ASSUMPTIONS); {@code costEur} 0; the four factors: the
     * kind's (those of the kind at {@link #build()}, unless set).
     */
    public static final class Builder {
        private String id;
        private SensorKind kind = SensorKind.OBSERVATION_POST;
        private UnitPosition position;
        private double rangeKm = 3;
        private double detectionsPerHour = 6;
        private double costEur = 0;
        /** NaN: the kind's. */
        private double smokeFactor = Double.NaN;
        private double nightFactor = Double.NaN;
        private double ewFactor = Double.NaN;
        private double movingFactor = Double.NaN;

        private Builder() {
        }

        private Builder(Sensor r) {
            id = r.id;
            kind = r.kind;
            position = r.position;
            rangeKm = r.rangeKm;
            detectionsPerHour = r.detectionsPerHour;
            costEur = r.costEur;
            smokeFactor = r.smokeFactor == r.kind.smokeFactor() ? Double.NaN : r.smokeFactor;
            nightFactor = r.nightFactor == r.kind.nightFactor() ? Double.NaN : r.nightFactor;
            ewFactor = r.ewFactor == r.kind.ewFactor() ? Double.NaN : r.ewFactor;
            movingFactor = r.movingFactor == r.kind.movingFactor() ? Double.NaN : r.movingFactor;
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

        /**
         * @param v new value of {@link Sensor#smokeFactor()} (default: the kind's)
         * @return this builder
         */
        public Builder smokeFactor(double v) {
            smokeFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#nightFactor()} (default: the kind's)
         * @return this builder
         */
        public Builder nightFactor(double v) {
            nightFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#ewFactor()} (default: the kind's)
         * @return this builder
         */
        public Builder ewFactor(double v) {
            ewFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link Sensor#movingFactor()} (default: the kind's)
         * @return this builder
         */
        public Builder movingFactor(double v) {
            movingFactor = v;
            return this;
        }

        /** @return the new sensor, validated */
        public Sensor build() {
            Check.required("kind", kind);
            return new Sensor(id, kind, position, rangeKm, detectionsPerHour, costEur,
                    Double.isNaN(smokeFactor) ? kind.smokeFactor() : smokeFactor,
                    Double.isNaN(nightFactor) ? kind.nightFactor() : nightFactor,
                    Double.isNaN(ewFactor) ? kind.ewFactor() : ewFactor,
                    Double.isNaN(movingFactor) ? kind.movingFactor() : movingFactor);
        }
    }
}
