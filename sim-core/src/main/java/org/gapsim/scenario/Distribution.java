package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import umontreal.ssj.probdist.ContinuousDistribution;
import umontreal.ssj.probdist.NormalDist;

/**
 * A univariate distribution sampled by inversion ({@link #inverse(double)}), so one uniform draw gives one value
 * and common random numbers stay synchronised. The unit is the unit of the field that holds it (minutes for times,
 * a dimensionless factor for speed factors).
 */
public sealed interface Distribution
        permits Distribution.Fixed, Distribution.Uniform, Distribution.Triangular, Distribution.Lognormal,
        Distribution.Exponential, Distribution.Ssj, Distribution.Empirical, Distribution.Extension {

    /**
     * @param u a probability in (0, 1)
     * @return the value whose cumulative probability is {@code u}, for {@code u} in (0, 1)
     */
    double inverse(double u);

    /** @return the mean */
    double mean();

    /** @return the smallest value the distribution can produce */
    double min();

    /**
     * A user's kind of distribution, made by a {@link DistributionProvider} found on the classpath: the one open
     * door of this sealed interface. It must be immutable and thread-safe, and give back what the writer needs.
     */
    non-sealed interface Extension extends Distribution {
        /** @return its provider's {@link DistributionProvider#name()} */
        String kind();

        /** @return its parameters, in the provider's {@link DistributionProvider#parameterNames()} order */
        double[] params();
    }

    /**
     * @param value the value, &gt;= 0
     * @return a fixed value, as a degenerate distribution
     */
    static Distribution fixed(double value) {
        return new Fixed(value);
    }

    /** A degenerate distribution: always {@code value}. */
    record Fixed(double value) implements Distribution {
        /**
         * Validates the value.
         *
         * @param value value of {@link #value()}
         */
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
        /**
         * Validates 0 &lt;= min &lt;= max.
         *
         * @param min value of {@link #min()}
         * @param max value of {@link #max()}
         */
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
        /**
         * Validates 0 &lt;= min &lt;= mode &lt;= max, all finite (a NaN mode is rejected, not compared).
         *
         * @param min value of {@link #min()}
         * @param mode value of {@link #mode()}
         * @param max value of {@link #max()}
         */
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
        /**
         * Validates mean &gt; 0 and sd &gt;= 0, both finite and bounded, and sd / mean small enough to compute.
         *
         * @param mean value of {@link #mean()}
         * @param sd value of {@link #sd()}
         */
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
        /**
         * Validates mean &gt; 0.
         *
         * @param mean value of {@link #mean()}
         */
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

    /**
     * Any continuous distribution of SSJ 3.3.2 ({@code umontreal.ssj.probdist}) by its class name and the arguments
     * of one of its public constructors, e.g. {@code GammaDist} with (alpha, lambda) or {@code WeibullDist} with
     * (alpha, lambda, delta); sampled by SSJ's {@code inverseF}. Its support must start at 0 or above (the values
     * are times or factors) and its mean must be finite. Immutable; equal when name and parameters are.
     */
    final class Ssj implements Distribution {
        /** The SSJ package searched for {@link #name()}. */
        public static final String PACKAGE = "umontreal.ssj.probdist.";
        /** Most constructor arguments. */
        public static final int MAX_PARAMS = 8;

        private final String name;
        private final double[] params;
        private final ContinuousDistribution dist;
        private final double mean;
        private final double min;

        /**
         * @param name   simple class name in {@value #PACKAGE}, e.g. {@code GammaDist}
         * @param params the arguments of one of its public constructors, in order ({@code int} arguments must be
         *               whole numbers)
         * @throws ScenarioException (field {@code ssj} or {@code params}) for an unknown name, no matching
         *                           constructor, parameters SSJ refuses, support below 0 or an infinite mean
         */
        public Ssj(String name, double... params) {
            if (name == null || !name.matches("[A-Za-z][A-Za-z0-9]{0,63}")) {
                throw new ScenarioException("ssj", "must be the class name of an SSJ continuous distribution such as "
                        + "GammaDist, was " + name);
            }
            if (params.length > MAX_PARAMS) {
                throw new ScenarioException("params", "at most " + MAX_PARAMS + " numbers, found " + params.length);
            }
            for (double p : params) {
                Check.finite("params", p);
            }
            this.name = name;
            this.params = params.clone();
            this.dist = construct(name, this.params);
            double lo = dist.getXinf();
            if (!(lo >= 0)) {
                throw new ScenarioException("ssj", name + Arrays.toString(this.params) + " takes values below 0 (its "
                        + "support starts at " + lo + "); times and factors need a distribution on [0, inf)");
            }
            double m;
            try {
                m = dist.getMean();
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                m = Double.NaN;
            }
            if (!Double.isFinite(m) || m > Limits.MAX_DISTRIBUTION_VALUE) {
                throw new ScenarioException("params", name + Arrays.toString(this.params) + " has no finite mean "
                        + "of at most " + Limits.MAX_DISTRIBUTION_VALUE + " (mean " + m + ")");
            }
            double median = dist.inverseF(0.5);
            if (!(m >= 0) || !(median >= 0) || !Double.isFinite(median)) {
                throw new ScenarioException("params", name + Arrays.toString(this.params) + " is not a valid "
                        + "distribution on [0, inf) (mean " + m + ", median " + median + ")");
            }
            this.mean = m;
            this.min = lo;
        }

        private static ContinuousDistribution construct(String name, double[] params) {
            Class<?> c;
            try {
                c = Class.forName(PACKAGE + name, false, ContinuousDistribution.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new ScenarioException("ssj", "unknown SSJ distribution '" + name + "' (expected a class of "
                        + PACKAGE + " such as GammaDist, WeibullDist, LognormalDist, BetaDist, ErlangDist)");
            }
            if (!ContinuousDistribution.class.isAssignableFrom(c) || Modifier.isAbstract(c.getModifiers())) {
                throw new ScenarioException("ssj", "'" + name + "' is not a concrete continuous distribution of SSJ");
            }
            Constructor<?> best = null;
            for (Constructor<?> k : c.getConstructors()) {
                Class<?>[] t = k.getParameterTypes();
                if (t.length != params.length || !numeric(t, params)) {
                    continue;
                }
                if (best == null || doubles(t) > doubles(best.getParameterTypes())) {
                    best = k;
                }
            }
            if (best == null) {
                throw new ScenarioException("params", name + " has no public constructor taking " + params.length
                        + " number" + (params.length == 1 ? "" : "s") + " " + Arrays.toString(params)
                        + " (int arguments must be whole numbers)");
            }
            Class<?>[] t = best.getParameterTypes();
            Object[] args = new Object[params.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = t[i] == int.class ? (Object) (int) params[i] : (Object) params[i];
            }
            try {
                return (ContinuousDistribution) best.newInstance(args);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw new ScenarioException("params", name + " refuses " + Arrays.toString(params) + ": "
                        + (cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ScenarioException("params", name + " cannot be made from " + Arrays.toString(params) + ": "
                        + e.getMessage());
            }
        }

        private static boolean numeric(Class<?>[] types, double[] params) {
            for (int i = 0; i < types.length; i++) {
                if (types[i] == int.class) {
                    if (params[i] != Math.rint(params[i]) || Math.abs(params[i]) > Integer.MAX_VALUE) {
                        return false;
                    }
                } else if (types[i] != double.class) {
                    return false;
                }
            }
            return true;
        }

        private static int doubles(Class<?>[] types) {
            int n = 0;
            for (Class<?> t : types) {
                n += t == double.class ? 1 : 0;
            }
            return n;
        }

        /** @return the SSJ class name */
        public String name() {
            return name;
        }

        /** @return a copy of the constructor arguments */
        public double[] params() {
            return params.clone();
        }

        @Override
        public double inverse(double u) {
            return dist.inverseF(u);
        }

        @Override
        public double mean() {
            return mean;
        }

        @Override
        public double min() {
            return min;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ssj s && name.equals(s.name) && Arrays.equals(params, s.params);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + Arrays.hashCode(params);
        }

        @Override
        public String toString() {
            return "Ssj[" + name + Arrays.toString(params) + "]";
        }
    }

    /**
     * The empirical distribution of observed values: each value has probability 1/n, sampled by inversion of the
     * step CDF (u in [k/n, (k+1)/n) gives the (k+1)-th smallest value). At most
     * {@link Limits#MAX_EMPIRICAL_VALUES} values, each in [0, {@link Limits#MAX_DISTRIBUTION_VALUE}].
     *
     * @param values the observations (copied and sorted; any order in)
     */
    record Empirical(double[] values) implements Distribution {
        /**
         * Validates and sorts a copy.
         *
         * @param values value of {@link #values()}
         */
        public Empirical {
            if (values.length == 0) {
                throw new ScenarioException("empirical", "needs at least one value");
            }
            if (values.length > Limits.MAX_EMPIRICAL_VALUES) {
                throw new ScenarioException("empirical", "at most " + Limits.MAX_EMPIRICAL_VALUES + " values, found "
                        + values.length);
            }
            values = values.clone();
            for (double v : values) {
                Check.nonNegative("empirical", v, Limits.MAX_DISTRIBUTION_VALUE);
            }
            Arrays.sort(values);
        }

        /** @return a copy of the sorted values */
        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double inverse(double u) {
            int k = (int) (u * values.length);
            return values[Math.min(values.length - 1, Math.max(0, k))];
        }

        @Override
        public double mean() {
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return s / values.length;
        }

        @Override
        public double min() {
            return values[0];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Empirical e && Arrays.equals(values, e.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return "Empirical[n=" + values.length + ", mean=" + mean() + "]";
        }
    }
}
