package org.gapsim.experiment.sweep;

import java.util.List;

/**
 * The outcome of a {@link Sweep}: the design and, per design point in point order, the factor values and the package
 * summaries. A cancelled sweep holds the points finished before the cancel.
 *
 * @param sweep     the sweep
 * @param design    its design
 * @param points    the finished points, in point order
 * @param cancelled whether the sweep was cancelled before every point ran
 */
public record SweepResult(Sweep sweep, LatinHypercube design, List<PointResult> points, boolean cancelled) {

    /**
     * Copies the list.
     *
     * @param sweep value of {@link #sweep()}
     * @param design value of {@link #design()}
     * @param points value of {@link #points()}
     * @param cancelled value of {@link #cancelled()}
     */
    public SweepResult {
        points = List.copyOf(points);
    }

    /** @return the packages, baseline first, in the order of every output */
    public List<String> packageNames() {
        return sweep.experiment().allPackages();
    }

    /** @return the baseline package */
    public String baseline() {
        return sweep.experiment().baseline();
    }

    /**
     * @param factor factor index (column)
     * @return its value at each finished point, in the factor's unit
     */
    public double[] factorValues(int factor) {
        return points.stream().mapToDouble(p -> p.values().get(factor)).toArray();
    }

    /**
     * @param packageName a package of the sweep
     * @return its restricted mean paired slowdown (up to the horizon) at each finished point, hours
     */
    public double[] meanSlowdownsH(String packageName) {
        return points.stream().mapToDouble(p -> p.summary(packageName).slowdownH().mean()).toArray();
    }

    /**
     * @param packageName a package of the sweep
     * @return its P(objective reached by the horizon) at each finished point
     */
    public double[] pReached(String packageName) {
        return points.stream().mapToDouble(p -> p.summary(packageName).pReached()).toArray();
    }

    /** @return how each package's restricted mean slowdown and P(reached) depends on each factor across the points */
    public Sensitivity sensitivity() {
        return Sensitivity.of(this);
    }
}
