package org.gapsim.scenario.io;

import java.util.List;
import org.gapsim.scenario.internal.Check;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DistributionProvider;
import org.gapsim.scenario.ScenarioException;

/**
 * A user's kind of distribution for the tests, found through {@code META-INF/services}: an exponential with mean
 * {@code mean} shifted right by {@code shift} (minutes), so its mean is {@code shift + mean}.
 *
 * @param shift the smallest value
 * @param mean  the mean of the exponential part, &gt; 0
 */
record ShiftedExponential(double shift, double mean) implements Distribution.Extension {
    ShiftedExponential {
        Check.nonNegative("shift", shift);
        Check.positive("mean", mean);
    }

    @Override
    public double inverse(double u) {
        return shift - mean * Math.log1p(-u);
    }

    @Override
    public double mean() {
        return shift + mean;
    }

    @Override
    public double min() {
        return shift;
    }

    @Override
    public String kind() {
        return "shifted-exponential";
    }

    @Override
    public double[] params() {
        return new double[]{shift, mean};
    }

    /** Makes it available as {@code {shifted-exponential: [shift, mean]}}. */
    public static final class Provider implements DistributionProvider {
        /** For ServiceLoader. */
        public Provider() {
        }

        @Override
        public String name() {
            return "shifted-exponential";
        }

        @Override
        public List<String> parameterNames() {
            return List.of("shift", "mean");
        }

        @Override
        public Distribution create(double[] p) throws ScenarioException {
            return new ShiftedExponential(p[0], p[1]);
        }
    }
}
