package org.gapsim.experiment.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.report.internal.AtomicFiles;

/**
 * The files of a sweep, each written atomically ({@link AtomicFiles}: a reader never sees half a file):
 * <ul>
 * <li>{@value #DESIGN_CSV}: one row per design point and package (baseline included): {@code point}, the value of
 * every factor (column named after it, in its unit), {@code package}, {@code baseline} ({@code TRUE}/{@code FALSE}), {@code cost_eur},
 * {@code replications}, the paired slowdown restricted to the horizon: {@code slowdown_restricted_mean_h},
 * {@code slowdown_restricted_ci_low_h}, {@code slowdown_restricted_ci_high_h} (Student 95%),
 * {@code slowdown_restricted_sd_h}, {@code slowdown_p5_h}, {@code slowdown_p95_h} (NaN where censoring leaves them
 * unidentified), then {@code closure_restricted_mean_h}, {@code p_reached} with its Wilson 95% interval
 * {@code p_reached_ci_low}, {@code p_reached_ci_high}, {@code p_not_reached}, {@code vehicles_lost_mean} (per
 * replication), {@code hours_per_100m_eur_restricted} (NaN for a package that costs nothing) and
 * {@code cost_effect_censored} (logical: P(not reached) above 10 %). Times in hours.</li>
 * <li>{@value #SENSITIVITY_CSV}: one row per response, package and factor: {@code response}
 * ({@code restricted_mean_slowdown_h} for each compared package, {@code p_reached} for every package),
 * {@code package}, {@code factor}, {@code src} (standardized regression coefficient), {@code src_p_value} (its
 * two-sided t-test p-value), {@code pearson_r}, {@code r_squared} (of the regression), {@code response_min},
 * {@code response_max} (over the points), {@code points}; see {@link Sensitivity}.</li>
 * <li>{@value #SENSITIVITY_TXT}: {@link #table(SweepResult)}, the console table.</li>
 * </ul>
 * CSV as R's {@code read.csv} and pandas read it; doubles written with {@link Double#toString(double)} (exact), NaN
 * where a value does not exist. The library prints nothing: the table is returned as a String.
 */
public final class SweepReport {
    /** Per point and package results. */
    public static final String DESIGN_CSV = "design.csv";
    /** Per package and factor sensitivity. */
    public static final String SENSITIVITY_CSV = "sensitivity.csv";
    /** The console table. */
    public static final String SENSITIVITY_TXT = "sensitivity.txt";

    private SweepReport() {
    }

    /**
     * Writes {@value #DESIGN_CSV}, {@value #SENSITIVITY_CSV} and {@value #SENSITIVITY_TXT} (creating the directory).
     *
     * @param result    a finished sweep
     * @param directory where the files go
     * @throws IOException if a file cannot be written (files already written stay complete)
     */
    public static void write(SweepResult result, Path directory) throws IOException {
        Sensitivity s = result.sensitivity();
        String design = designCsv(result);
        String sens = sensitivityCsv(s);
        String table = table(result, s);
        AtomicFiles.writeText(directory.resolve(DESIGN_CSV), w -> w.write(design));
        AtomicFiles.writeText(directory.resolve(SENSITIVITY_CSV), w -> w.write(sens));
        AtomicFiles.writeText(directory.resolve(SENSITIVITY_TXT), w -> w.write(table));
    }

    /**
     * @param sweep the sweep, whose factor names become the columns after {@code point}
     * @return the column names of {@value #DESIGN_CSV} for this sweep
     */
    public static List<String> designColumns(Sweep sweep) {
        List<String> c = new ArrayList<>();
        c.add("point");
        c.addAll(sweep.factorNames());
        c.addAll(List.of("package", "baseline", "cost_eur", "replications", "slowdown_restricted_mean_h",
                "slowdown_restricted_ci_low_h", "slowdown_restricted_ci_high_h", "slowdown_restricted_sd_h",
                "slowdown_p5_h", "slowdown_p95_h", "closure_restricted_mean_h", "p_reached", "p_reached_ci_low",
                "p_reached_ci_high", "p_not_reached", "vehicles_lost_mean", "hours_per_100m_eur_restricted",
                "cost_effect_censored"));
        return List.copyOf(c);
    }

    /**
     * @param result the sweep's results
     * @return the text of {@value #DESIGN_CSV}
     */
    public static String designCsv(SweepResult result) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", quoted(designColumns(result.sweep())))).append('\n');
        for (PointResult p : result.points()) {
            for (PackageSummary s : p.packages()) {
                List<String> f = new ArrayList<>();
                f.add(Integer.toString(p.point()));
                for (double v : p.values()) {
                    f.add(Double.toString(v));
                }
                SampleSummary d = s.slowdownH();
                f.add(field(s.packageName()));
                f.add(s.baseline() ? "TRUE" : "FALSE");   // read as logical by R and pandas
                f.add(Double.toString(s.costEur()));
                f.add(Long.toString(p.replications()));
                for (double v : new double[]{d.mean(), d.ciLow(), d.ciHigh(), d.sd(), d.p5(), d.p95(),
                        s.closureH().mean(), s.pReached(), s.pReachedLow(), s.pReachedHigh(), s.pNotReached(),
                        s.meanVehiclesLost(), s.hoursPer100MEur()}) {
                    f.add(Double.toString(v));
                }
                f.add(s.costEffectCensored() ? "TRUE" : "FALSE");
                b.append(String.join(",", f)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * @param s the sensitivity analysis to write
     * @return the text of {@value #SENSITIVITY_CSV}
     */
    public static String sensitivityCsv(Sensitivity s) {
        StringBuilder b = new StringBuilder("response,package,factor,src,src_p_value,pearson_r,r_squared,"
                + "response_min,response_max,points\n");
        sensitivityRows(b, s, s.packages(), RESTRICTED_SLOWDOWN);
        sensitivityRows(b, s, s.reached(), P_REACHED);
        return b.toString();
    }

    /** Response name of the restricted mean slowdown rows of {@value #SENSITIVITY_CSV}. */
    public static final String RESTRICTED_SLOWDOWN = "restricted_mean_slowdown_h";
    /** Response name of the P(reached) rows of {@value #SENSITIVITY_CSV}. */
    public static final String P_REACHED = "p_reached";

    private static void sensitivityRows(StringBuilder b, Sensitivity s, List<Sensitivity.PackageSensitivity> list,
                                        String response) {
        for (Sensitivity.PackageSensitivity p : list) {
            for (int f = 0; f < s.factors().size(); f++) {
                b.append(response).append(',')
                        .append(field(p.packageName())).append(',').append(field(s.factors().get(f))).append(',')
                        .append(p.src().get(f)).append(',').append(p.pValue().get(f)).append(',')
                        .append(p.pearson().get(f)).append(',')
                        .append(p.rSquared()).append(',').append(p.minMeanSlowdownH()).append(',')
                        .append(p.maxMeanSlowdownH()).append(',').append(s.points()).append('\n');
            }
        }
    }

    /**
     * @param result a sweep's result
     * @return the console table: a heading (scenario, design, replications, seeds, factor ranges) and
     *         {@link Sensitivity#render()}; lines end in {@code \n}
     */
    public static String table(SweepResult result) {
        return table(result, result.sensitivity());
    }

    private static String table(SweepResult result, Sensitivity s) {
        Sweep sweep = result.sweep();
        Experiment e = sweep.experiment();
        LatinHypercube d = result.design();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Sweep of scenario '%s': %d design points x %d packages x %s,%n",
                e.scenario().name(), d.points(), e.allPackages().size(), replications(result)));
        b.append(String.format(Locale.ROOT, "master seed %d at every point (common random numbers across packages "
                + "and points)%s%n", e.masterSeed(), result.cancelled() ? "; CANCELLED after "
                + result.points().size() + " points" : ""));
        b.append(String.format(Locale.ROOT, "Design: Latin hypercube at stratum midpoints, design seed %d, max "
                + "|corr| between factors %.3f%s%n", d.seed(), d.maxAbsCorrelation(), roundedCorrelation(result)));
        b.append("Factors (low - high, unit):\n");
        int w = 0;
        for (Factor f : sweep.factors()) {
            w = Math.max(w, f.name().length());
        }
        for (Factor f : sweep.factors()) {
            b.append(String.format(Locale.ROOT, "  %-" + w + "s  %s - %s %s%n", f.name(), Assumption.number(f.low()),
                    Assumption.number(f.high()), f.unit()));
        }
        b.append('\n').append(s.render());
        return b.toString();
    }

    /** @return for whole-number factors, the max |corr| of the values run (after rounding), else "" */
    private static String roundedCorrelation(SweepResult result) {
        List<Factor> fs = result.sweep().factors();
        if (fs.stream().noneMatch(f -> f.assumption().integer()) || result.points().size() < 2) {
            return "";
        }
        double max = 0;
        for (int a = 0; a < fs.size(); a++) {
            for (int b = a + 1; b < fs.size(); b++) {
                double r = pearson(result.factorValues(a), result.factorValues(b));
                if (!Double.isNaN(r)) {
                    max = Math.max(max, Math.abs(r));
                }
            }
        }
        return String.format(Locale.ROOT, " (%.3f between the values run, whole numbers rounded)", max);
    }

    private static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    private static String replications(SweepResult result) {
        StoppingRule rule = result.sweep().experiment().stopping();
        if (rule instanceof StoppingRule.FixedReplications f) {
            return f.replications() + " replications";
        }
        long lo = Long.MAX_VALUE;
        long hi = 0;
        for (PointResult p : result.points()) {
            lo = Math.min(lo, p.replications());
            hi = Math.max(hi, p.replications());
        }
        String ran = result.points().isEmpty() ? "none" : lo == hi ? Long.toString(lo) : lo + "-" + hi;
        if (rule instanceof StoppingRule.Extension x) {
            return String.format(Locale.ROOT, "replications until %s (at most %d; ran %s)", x.name(),
                    x.maxReplications(), ran);
        }
        StoppingRule.TargetPrecision t = (StoppingRule.TargetPrecision) rule;
        return String.format(Locale.ROOT, "replications to +/-%s (at most %d; ran %s)",
                t.isAbsolute() ? String.format(Locale.ROOT, "%.3f h", t.absoluteHalfWidthH())
                        : String.format(Locale.ROOT, "%.0f%%", 100 * t.relativeHalfWidth()), t.maxReplications(),
                result.points().isEmpty() ? "none" : lo == hi ? Long.toString(lo) : lo + "-" + hi);
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(SweepReport::field).toList();
    }

    /** @return the field, quoted if it holds a comma, a quote or a line break (RFC 4180) */
    private static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
