package org.gapsim.experiment.sweep;

import org.gapsim.scenario.Distribution;

/** Helpers on {@link Distribution} that sweeps need and the scenario records do not. */
final class Distributions {
    private Distributions() {
    }

    /**
     * Multiplies every parameter of a distribution by {@code factor}: the result is the distribution of
     * {@code factor x X} (every quantile, the mean, the minimum and, for the lognormal, the standard deviation scale by
     * {@code factor}; the shape is kept).
     *
     * @param d      the distribution, in its field's unit
     * @param factor scale, finite and &gt; 0
     * @return the scaled distribution, of the same kind
     * @throws IllegalArgumentException if {@code factor} is not finite and positive, or the kind is unknown
     */
    static Distribution scaled(Distribution d, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("scale must be a positive finite number, was " + factor);
        }
        if (d instanceof Distribution.Fixed f) {
            return new Distribution.Fixed(f.value() * factor);
        }
        if (d instanceof Distribution.Uniform u) {
            return new Distribution.Uniform(u.min() * factor, u.max() * factor);
        }
        if (d instanceof Distribution.Triangular t) {
            return new Distribution.Triangular(t.min() * factor, t.mode() * factor, t.max() * factor);
        }
        if (d instanceof Distribution.Lognormal l) {
            return new Distribution.Lognormal(l.mean() * factor, l.sd() * factor);
        }
        if (d instanceof Distribution.Exponential e) {
            return new Distribution.Exponential(e.mean() * factor);
        }
        if (d instanceof Distribution.Empirical e) {
            double[] v = e.values();
            for (int i = 0; i < v.length; i++) {
                v[i] *= factor;
            }
            return new Distribution.Empirical(v);
        }
        throw new IllegalArgumentException("cannot scale a " + d.getClass().getSimpleName());
    }
}
