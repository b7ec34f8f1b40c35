package org.gapsim.experiment.sweep;

import java.util.List;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.StopReason;

/**
 * The outcome of one design point of a sweep: the factor values it ran at and the summaries of its experiment (the
 * per-replication rows are not kept).
 *
 * @param point        design point index, 0..points-1
 * @param values       one value per factor, in the sweep's column order, each in its factor's unit
 * @param replications replications run at this point
 * @param stopReason   why the point's experiment stopped
 * @param packages     one summary per package, baseline first (times in hours, see {@link PackageSummary})
 */
public record PointResult(int point, List<Double> values, long replications, StopReason stopReason,
                          List<PackageSummary> packages) {

    /**
     * Copies the lists.
     *
     * @param point value of {@link #point()}
     * @param values value of {@link #values()}
     * @param replications value of {@link #replications()}
     * @param stopReason value of {@link #stopReason()}
     * @param packages value of {@link #packages()}
     */
    public PointResult {
        values = List.copyOf(values);
        packages = List.copyOf(packages);
    }

    /**
     * @param packageName a package of the sweep
     * @return its summary at this point
     * @throws IllegalArgumentException if it is not in the sweep
     */
    public PackageSummary summary(String packageName) {
        for (PackageSummary p : packages) {
            if (p.packageName().equals(packageName)) {
                return p;
            }
        }
        throw new IllegalArgumentException("package '" + packageName + "' is not in this sweep");
    }
}
