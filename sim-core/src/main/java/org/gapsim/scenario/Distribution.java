package org.gapsim.scenario;

import umontreal.ssj.probdist.NormalDist;

/**
 * A univariate distribution sampled by inversion ({@link #inverse(double)}), so one uniform draw gives one value
 * and common random numbers stay synchronised. The unit is the unit of the field that holds it (minutes for times,
 * a dimensionless factor for speed factors).
 */
public sealed interface Distribution
        permits Distribution.Fixed, Distribution.Uniform, Distribution.Triangular, Distribution.Lognormal,
        Distribution.Exponential {

    /** @return the value whose cumulative probability is {@code u}, for {@code u} in (0, 1) */
    double inverse(double u);

    /** @return the mean */
    double mean();

    /** @return the smallest value the distribution can produce */
    double min();

    /** @return a fixed value, as a degenerate distribution */
    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    /** A degenerate distribution: always {@code value}. */
    record Fixed(double value) implements Distribution {
        /** Validates the value. */
        public Fixed {
            Check.nonNegative("value", value, Limits.MAX_DISTRIBUTION_VALUE);
        }

        @Override
        public double inverse(double u) {
            return value;
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double min() {
            return value;
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        /** Validates 0 &lt;= min &lt;= max. */
        public Uniform {
            Check.nonNegative("min", min, Limits.MAX_DISTRIBUTION_VALUE);
            Check.nonNegative("max", max, Limits.MAX_DISTRIBUTION_VALUE);
            if (max < min) {
                throw new ScenarioException("max", "must be >= min (" + min + "), was " + max);
            }
        }

        @Override
        public double inverse(double u) {
            return min + u * (max - min);
        }

        @Override
        public double mean() {
            return 0.5 * (min + max);
        }
    }

    /** Triangular on [min, max] with the given mode: the usual choice for an expert's low / likely / high. */
    record Triangular(double min, double mode, double max) implements Distribution {
        /** Validates 0 &lt;= min &lt;= mode &lt;= max, all finite (a NaN mode is rejected, not compared). */
        public Triangular {
            Check.nonNegative("min", min, Limits.MAX_DISTRIBUTION_VALUE);
            Check.finite("mode", mode);
            if (mode < min) {
                throw new ScenarioException("mode", "must be >= min (" + min + "), was " + mode);
            }
            if (max < mode) {
                throw new ScenarioException("max", "must be >= mode (" + mode + "), was " + max);
            }
            Check.nonNegative("max", max, Limits.MAX_DISTRIBUTION_VALUE);
        }

        @Override
        public double inverse(double u) {
            double range = max - min;
            if (range == 0) {
                return min;
            }
            double fc = (mode - min) / range;
            if (u < fc) {
                return min + Math.sqrt(u * range * (mode - min));
            }
            return max - Math.sqrt((1 - u) * range * (max - mode));
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3.0;
        }
    }

    /** Lognormal with the given mean and standard deviation of the variable itself (not of its logarithm). */
    record Lognormal(double mean, double sd) implements Distribution {
        /** Validates mean &gt; 0 and sd &gt;= 0, both finite and bounded, and sd / mean small enough to compute. */
        public Lognormal {
            Check.positive("mean", mean, Limits.MAX_DISTRIBUTION_VALUE);
            Check.nonNegative("sd", sd, Limits.MAX_DISTRIBUTION_VALUE);
            if (!Double.isFinite(Math.log1p((sd * sd) / (mean * mean)))) {
                throw new ScenarioException("sd", "is too large for the mean " + mean + " (sd / mean overflows), was "
                        + sd);
            }
        }

        @Override
        public double inverse(double u) {
            double s2 = Math.log1p((sd * sd) / (mean * mean));
            double mu = Math.log(mean) - 0.5 * s2;
            return Math.exp(mu + Math.sqrt(s2) * NormalDist.inverseF01(u));
        }

        @Override
        public double min() {
            return 0;
        }
    }

    /** Exponential with the given mean. */
    record Exponential(double mean) implements Distribution {
        /** Validates mean &gt; 0. */
        public Exponential {
            Check.positive("mean", mean, Limits.MAX_DISTRIBUTION_VALUE);
        }

        @Override
        public double inverse(double u) {
            return -mean * Math.log1p(-u);
        }

        @Override
        public double min() {
            return 0;
        }
    }
}
