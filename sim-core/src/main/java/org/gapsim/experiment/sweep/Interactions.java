package org.gapsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Two-factor interaction strength of each compared package's restricted mean slowdown across a sweep's design
 * points. Each factor that varies is standardized, {@code z_f = (x_f - mean) / sd}, and the response too,
 * {@code (y - mean(y)) / sd(y)}; the standardized response is regressed (ordinary least squares with an intercept)
 * on every {@code z_f} and every pairwise product {@code z_a z_b}. The coefficient of {@code z_a z_b} is the
 * standardized interaction coefficient of factors {@code a} and {@code b}: how many standard deviations of the
 * response the effect of {@code a} (per standard deviation of {@code a}) changes by per standard deviation of
 * {@code b}. Zero means the two act additively; its sign says whether they reinforce (+) or offset (-) each other.
 *
 * <p>The fit has {@code 1 + k + k(k-1)/2} coefficients for {@code k} varying factors, so it needs more points than
 * that ({@link #requiredPoints(int)}; at least one degree of freedom left over). With fewer points, fewer than two
 * varying factors, or a design whose columns are collinear, there are no coefficients and {@link #estimated()} is
 * false. A factor whose values do not vary over the points (an integer range that rounds to one value) is left
 * out. A package whose mean slowdown is the same at every
 * point has NaN coefficients.
 *
 * @param factors  the varying factors' names, in column order
 * @param points   design points
 * @param required design points the fit needs (more than its coefficients)
 * @param packages one entry per compared package (the baseline left out), empty if not {@link #estimated()}
 */
public record Interactions(List<String> factors, int points, int required, List<PackageInteractions> packages) {

    /**
     * Copies the lists.
     *
     * @param factors value of {@link #factors()}
     * @param points value of {@link #points()}
     * @param required value of {@link #required()}
     * @param packages value of {@link #packages()}
     */
    public Interactions {
        factors = List.copyOf(factors);
        packages = List.copyOf(packages);
    }

    /**
     * One package's interaction coefficients.
     *
     * @param packageName the package
     * @param coefficient {@code coefficient[a][b]}: standardized interaction coefficient of factors a and b
     *                    (symmetric; NaN on the diagonal and where unavailable)
     * @param mainEffect  coefficient of each standardized factor in the same fit
     * @param rSquared    R^2 of the fit with interactions
     */
    public record PackageInteractions(String packageName, double[][] coefficient, double[] mainEffect,
                                      double rSquared) {
        /**
         * @return the pair {a, b} (a &lt; b) with the largest |coefficient|, or null if none is finite
         */
        public int[] strongestPair() {
            int[] best = null;
            double m = -1;
            for (int a = 0; a < coefficient.length; a++) {
                for (int b = a + 1; b < coefficient.length; b++) {
                    double v = Math.abs(coefficient[a][b]);
                    if (!Double.isNaN(v) && v > m) {
                        m = v;
                        best = new int[] {a, b};
                    }
                }
            }
            return best;
        }
    }

    /**
     * @param k varying factors
     * @return design points the interaction fit needs: {@code 2 + k + k(k-1)/2}
     */
    public static int requiredPoints(int k) {
        return 2 + k + k * (k - 1) / 2;
    }

    /** @return whether there were coefficients to estimate and enough points to estimate them */
    public boolean estimated() {
        return !packages.isEmpty();
    }

    /**
     * @param result a sweep's result (its finished points)
     * @return the interactions of every compared package's restricted mean slowdown
     */
    public static Interactions of(SweepResult result) {
        int k = result.sweep().factors().size();
        double[][] x = new double[k][];
        for (int f = 0; f < k; f++) {
            x[f] = result.factorValues(f);
        }
        List<String> names = new ArrayList<>();
        List<double[]> ys = new ArrayList<>();
        for (String p : result.packageNames()) {
            if (!p.equals(result.baseline())) {
                names.add(p);
                ys.add(result.meanSlowdownsH(p));
            }
        }
        return of(result.sweep().factorNames(), x, names, ys);
    }

    /**
     * @param factorNames every factor's name
     * @param x           factor values, {@code x[factor][point]}
     * @param packages    package names
     * @param y           each package's response at each point
     * @return their interactions
     */
    public static Interactions of(List<String> factorNames, double[][] x, List<String> packages, List<double[]> y) {
        List<Integer> varying = new ArrayList<>();
        int n = x.length == 0 ? (y.isEmpty() ? 0 : y.get(0).length) : x[0].length;
        for (int f = 0; f < x.length; f++) {
            if (Sensitivity.sd(x[f]) > 0) {
                varying.add(f);
            }
        }
        int k = varying.size();
        List<String> names = new ArrayList<>();
        for (int f : varying) {
            names.add(factorNames.get(f));
        }
        int required = requiredPoints(k);
        List<PackageInteractions> out = new ArrayList<>();
        if (k >= 2 && n >= required) {
            double[][] z = new double[k][n];
            for (int j = 0; j < k; j++) {
                double[] v = x[varying.get(j)];
                double m = mean(v);
                double s = Sensitivity.sd(v);
                for (int i = 0; i < n; i++) {
                    z[j][i] = (v[i] - m) / s;
                }
            }
            int pairs = k * (k - 1) / 2;
            double[][] design = new double[n][k + pairs];
            for (int i = 0; i < n; i++) {
                int c = 0;
                for (int j = 0; j < k; j++) {
                    design[i][c++] = z[j][i];
                }
                for (int a = 0; a < k; a++) {
                    for (int b = a + 1; b < k; b++) {
                        design[i][c++] = z[a][i] * z[b][i];
                    }
                }
            }
            for (int p = 0; p < packages.size(); p++) {
                out.add(fit(packages.get(p), y.get(p), design, k));
            }
        }
        return new Interactions(names, n, required, out);
    }

    private static PackageInteractions fit(String name, double[] y, double[][] design, int k) {
        double[][] c = new double[k][k];
        double[] main = new double[k];
        for (double[] row : c) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        java.util.Arrays.fill(main, Double.NaN);
        double r2 = Double.NaN;
        double sy = Sensitivity.sd(y);
        if (sy > 0) {
            double my = mean(y);
            double[] ys = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                ys[i] = (y[i] - my) / sy;
            }
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.newSampleData(ys, design);
                double[] b = ols.estimateRegressionParameters();
                int idx = 1;
                for (int j = 0; j < k; j++) {
                    main[j] = b[idx++];
                }
                for (int a = 0; a < k; a++) {
                    for (int bb = a + 1; bb < k; bb++) {
                        c[a][bb] = b[idx];
                        c[bb][a] = b[idx];
                        idx++;
                    }
                }
                r2 = ols.calculateRSquared();
            } catch (MathIllegalArgumentException e) {
                // collinear design columns (SingularMatrixException): no coefficients
            }
        }
        return new PackageInteractions(name, c, main, r2);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return v.length == 0 ? 0 : s / v.length;
    }
}
