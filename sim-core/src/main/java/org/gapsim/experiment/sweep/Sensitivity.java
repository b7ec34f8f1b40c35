package org.gapsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.gapsim.experiment.Numbers;

/**
 * Which assumption moves each package's slowdown, and how much, with censoring kept apart: two responses are
 * regressed separately, each compared package's <b>restricted</b> mean paired slowdown up to the horizon (hours,
 * {@link #packages()}) and every package's P(objective reached by the horizon) ({@link #reached()}, baseline
 * included), so a change in the share of runs censored at the horizon is not read as a change in delay. Across the
 * design points of a sweep, each response is regressed on the factor values (ordinary least squares with an
 * intercept, commons-math {@link OLSMultipleLinearRegression}), and each coefficient is standardized,
 * {@code SRC_j = b_j sd(x_j) / sd(y)}: the change in mean slowdown, in standard deviations of the mean slowdown
 * across points, per standard deviation of factor {@code j}, the other factors held fixed. With a nearly
 * orthogonal design the SRCs are close to the plain Pearson correlations, which are given too; {@code R^2} says how
 * much of the variation across points the linear fit explains (a low value means interactions or a curved
 * response: look at the design CSV). Dimensionless, comparable across factors whatever their units; SRC^2 of a
 * factor approximates the share of the variance it explains when the factors are uncorrelated. Each coefficient
 * has the two-sided p-value of its t-test ({@code n - m - 1} degrees of freedom for {@code m} varying factors), which
 * counts the Monte Carlo noise of each point's mean and any misfit of the linear model as noise: a factor whose
 * p-value is large has no effect distinguishable from that noise over the ranges swept.
 *
 * <p>The regression needs at least {@code k + 2} points (with {@code k} factors that vary); with fewer, the SRCs and
 * R^2 are NaN and only the correlations are available. A factor whose values do not vary over the points (an
 * integer factor whose range rounds to one value) is left out of the regression and has NaN entries; a package whose mean slowdown is the same at every point has NaN everywhere.
 *
 * @param factors  factor names, in column order
 * @param points   design points the coefficients are computed from
 * @param packages restricted mean slowdown: one entry per compared package (the baseline, whose slowdown is 0 by
 *                 definition, is left out)
 * @param reached  P(reached by the horizon): one entry per package, baseline first; its min/max fields are
 *                 probabilities, not hours
 */
public record Sensitivity(List<String> factors, int points, List<PackageSensitivity> packages,
                          List<PackageSensitivity> reached) {

    /**
     * Copies the lists.
     *
     * @param factors value of {@link #factors()}
     * @param points value of {@link #points()}
     * @param packages value of {@link #packages()}
     * @param reached value of {@link #reached()}
     */
    public Sensitivity {
        factors = List.copyOf(factors);
        packages = List.copyOf(packages);
        reached = List.copyOf(reached);
    }

    /**
     * The sensitivity of one package's response (restricted mean slowdown, or P(reached)).
     *
     * @param packageName       the package
     * @param src               standardized regression coefficient per factor, in column order (NaN if unavailable)
     * @param pValue            two-sided p-value of each regression coefficient (NaN if unavailable)
     * @param pearson           Pearson correlation of the mean slowdown with each factor (NaN if either is constant)
     * @param rSquared          R^2 of the regression (NaN if unavailable)
     * @param minMeanSlowdownH  smallest response over the design points (hours for the slowdown; a probability
     *                          for P(reached))
     * @param maxMeanSlowdownH  largest response over the design points
     */
    public record PackageSensitivity(String packageName, List<Double> src, List<Double> pValue,
                                     List<Double> pearson, double rSquared, double minMeanSlowdownH,
                                     double maxMeanSlowdownH) {
        /**
         * Copies the lists.
         *
         * @param packageName value of {@link #packageName()}
         * @param src value of {@link #src()}
         * @param pValue value of {@link #pValue()}
         * @param pearson value of {@link #pearson()}
         * @param rSquared value of {@link #rSquared()}
         * @param minMeanSlowdownH value of {@link #minMeanSlowdownH()}
         * @param maxMeanSlowdownH value of {@link #maxMeanSlowdownH()}
         */
        public PackageSensitivity {
            src = List.copyOf(src);
            pValue = List.copyOf(pValue);
            pearson = List.copyOf(pearson);
        }

        /**
         * @param factor a factor index
         * @param alpha  significance level, e.g. 0.05
         * @return whether the factor's regression coefficient is significant at that level
         */
        public boolean significant(int factor, double alpha) {
            double p = pValue.get(factor);
            return !Double.isNaN(p) && p < alpha;
        }

        /**
         * @return the factor with the largest |SRC| (or, without a regression, the largest |correlation|); -1 if
         *         nothing moves the slowdown
         */
        public int dominantFactor() {
            int best = argMaxAbs(src);
            return best >= 0 ? best : argMaxAbs(pearson);
        }

        private static int argMaxAbs(List<Double> v) {
            int best = -1;
            double m = -1;
            for (int i = 0; i < v.size(); i++) {
                double a = Math.abs(v.get(i));
                if (!Double.isNaN(a) && a > m) {
                    m = a;
                    best = i;
                }
            }
            return best;
        }
    }

    /**
     * @param result a sweep's result (its finished points)
     * @return the sensitivity of every compared package
     */
    public static Sensitivity of(SweepResult result) {
        int k = result.sweep().factors().size();
        double[][] x = new double[k][];
        for (int f = 0; f < k; f++) {
            x[f] = result.factorValues(f);
        }
        List<PackageSensitivity> out = new ArrayList<>();
        List<PackageSensitivity> reached = new ArrayList<>();
        for (String p : result.packageNames()) {
            if (!p.equals(result.baseline())) {
                out.add(of(p, x, result.meanSlowdownsH(p)));
            }
            reached.add(of(p, x, result.pReached(p)));
        }
        return new Sensitivity(result.sweep().factorNames(), result.points().size(), out, reached);
    }

    /**
     * @param packageName the package
     * @param x           factor values, {@code x[factor][point]}
     * @param y           mean slowdown at each point, hours
     * @return its sensitivity
     */
    static PackageSensitivity of(String packageName, double[][] x, double[] y) {
        int k = x.length;
        int n = y.length;
        List<Double> pearson = new ArrayList<>(k);
        List<Double> src = new ArrayList<>(k);
        List<Double> pValue = new ArrayList<>(k);
        double sy = sd(y);
        List<Integer> varying = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            pearson.add(correlation(x[f], y));
            src.add(Double.NaN);
            pValue.add(Double.NaN);
            if (sd(x[f]) > 0) {
                varying.add(f);
            }
        }
        double r2 = Double.NaN;
        int m = varying.size();
        if (sy > 0 && m >= 1 && n >= m + 2) {
            double[][] design = new double[n][m];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    design[i][j] = x[varying.get(j)][i];
                }
            }
            try {
                OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
                ols.newSampleData(y.clone(), design);
                double[] b = ols.estimateRegressionParameters();
                double[] se = ols.estimateRegressionParametersStandardErrors();
                TDistribution t = new TDistribution(null, n - m - 1.0);
                for (int j = 0; j < m; j++) {
                    int f = varying.get(j);
                    src.set(f, b[j + 1] * sd(x[f]) / sy);
                    double tj = Math.abs(b[j + 1]) / se[j + 1];
                    pValue.set(f, Double.isNaN(tj) ? Double.NaN : Double.isInfinite(tj) ? 0.0
                            : 2 * t.cumulativeProbability(-tj));
                }
                r2 = ols.calculateRSquared();
            } catch (MathIllegalArgumentException e) {
                // collinear factor values (SingularMatrixException): no regression; the correlations remain
            }
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new PackageSensitivity(packageName, src, pValue, pearson, r2, n == 0 ? Double.NaN : lo,
                n == 0 ? Double.NaN : hi);
    }

    /** @return whether the regression of the restricted mean slowdown was possible (else the table shows correlations) */
    public boolean hasRegression() {
        return hasRegression(packages) || hasRegression(reached);
    }

    private static boolean hasRegression(List<PackageSensitivity> list) {
        for (PackageSensitivity p : list) {
            for (double v : p.src()) {
                if (!Double.isNaN(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @return two fixed-width tables, for the restricted mean slowdown then for P(reached by the horizon), one row per
     *         package: the SRC of each factor (or the correlation, without a regression), R^2, the range of the
     *         response over the points, and the factor that moves it most; lines end in {@code \n}
     */
    public String render() {
        StringBuilder b = new StringBuilder();
        boolean reg = hasRegression();
        b.append(section(packages, reg, "restricted mean slowdown (up to the horizon)", "Restricted slowdown h",
                "%.2f"));
        b.append('\n');
        b.append(section(reached, reg, "P(objective reached by the horizon)", "P(reached)", "%.3f"));
        b.append(reg ? "SRC: change in the response, in sds across points, per sd of the factor, other factors fixed;\n"
                + "|SRC| near 1 = this assumption alone moves the result, near 0 = it hardly matters here.\n"
                + "* p < 0.05 (t-test of the coefficient against Monte Carlo noise and misfit). R2: share of the\n"
                + "variation across points the linear fit explains (low: interactions, a curved response, or no\n"
                + "effect beyond noise; see design.csv). Range: lowest - highest over the points. The slowdown is\n"
                + "restricted to the horizon; censoring is read from P(reached), not from the slowdown.\n"
                : "r: Pearson correlation across the design points, in [-1, 1].\n");
        return b.toString();
    }

    private String section(List<PackageSensitivity> list, boolean reg, String response, String rangeHead,
                           String rangeFormat) {
        List<String[]> rows = new ArrayList<>();
        int k = factors.size();
        String[] head = new String[k + 4];
        head[0] = "Package";
        for (int f = 0; f < k; f++) {
            head[f + 1] = shortName(factors.get(f));
        }
        head[k + 1] = "R2";
        head[k + 2] = rangeHead;
        head[k + 3] = "Moved most by";
        rows.add(head);
        for (PackageSensitivity p : list) {
            String[] r = new String[k + 4];
            r[0] = p.packageName();
            for (int f = 0; f < k; f++) {
                r[f + 1] = reg ? signed(p.src().get(f)) + (p.significant(f, ALPHA) ? "*" : " ")
                        : signed(p.pearson().get(f));
            }
            r[k + 1] = Double.isNaN(p.rSquared()) ? "-" : String.format(Locale.ROOT, "%.2f", p.rSquared());
            r[k + 2] = Numbers.format(rangeFormat, p.minMeanSlowdownH()) + " - "
                    + Numbers.format(rangeFormat, p.maxMeanSlowdownH());
            int d = p.dominantFactor();
            r[k + 3] = d < 0 ? "-" : reg && !p.significant(d, ALPHA) ? "no significant effect"
                    : shortName(factors.get(d));
            rows.add(r);
        }
        int[] width = new int[head.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(reg ? "Standardized regression coefficients (SRC) of each package's " + response + " on the factors"
                : "Pearson correlations of each package's " + response + " with the factors (too few points for a "
                + "regression)").append(", over ").append(points).append(" design points:\n");
        for (int k2 = 0; k2 < rows.size(); k2++) {
            String[] r = rows.get(k2);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(i == 0 || i == r.length - 1 ? r[i] + pad : pad + r[i]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (k2 == 0) {
                int total = 2 * (width.length - 1);
                for (int w : width) {
                    total += w;
                }
                b.append("-".repeat(total)).append('\n');
            }
        }
        return b.toString();
    }

    /** Significance level of the table's stars and of "moved most by". */
    public static final double ALPHA = 0.05;

    /** @return the name without its {@code doctrine.} / {@code march.} prefix */
    static String shortName(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private static String signed(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%+.2f", v);
    }

    /**
     * @param v values
     * @return their sample standard deviation; 0 with fewer than 2 values or when round-off is all that varies
     */
    static double sd(double[] v) {
        int n = v.length;
        if (n < 2) {
            return 0;
        }
        double mean = 0;
        for (double d : v) {
            mean += d;
        }
        mean /= n;
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        double s = Math.sqrt(ss / (n - 1));
        // treat round-off around a constant as constant
        return s <= 1e-12 * Math.max(1, Math.abs(mean)) ? 0 : s;
    }

    private static double correlation(double[] a, double[] b) {
        int n = a.length;
        if (n < 2 || sd(a) == 0 || sd(b) == 0) {
            return Double.NaN;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
