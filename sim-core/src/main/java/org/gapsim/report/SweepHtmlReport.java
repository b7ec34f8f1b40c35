package org.gapsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapsim.experiment.sweep.Factor;
import org.gapsim.experiment.sweep.Interactions;
import org.gapsim.experiment.sweep.Sensitivity;
import org.gapsim.experiment.sweep.SweepReport;
import org.gapsim.experiment.sweep.SweepResult;
import org.gapsim.report.map.Palette;
import org.gapsim.report.map.Svg;

/**
 * A sweep's report as one self-contained HTML file ({@value #FILE}, written by {@code gapsim sweep} next to
 * {@code design.csv}): the factors and their ranges, the effect of each factor (one panel per factor: every
 * package's restricted mean slowdown at each design point against the factor's value, with its least-squares
 * line), a heat map of the standardized regression coefficients (package by factor, diverging blue-white-vermillion
 * with the value written in each cell) and the sensitivity table. Inline SVG, no script. That heat map shows main
 * effects; the R^2 column says how much a linear, additive fit explains. Interactions get their own heat map per package
 * ({@link Interactions}: standardized coefficients of the pairwise products of standardized factors, factor by
 * factor), also written as {@value #INTERACTIONS_SVG}, when the design has enough points; otherwise the report says
 * how many it needs.
 */
public final class SweepHtmlReport {
    /** File name in a sweep's directory. */
    public static final String FILE = "sweep-report.html";
    /** File name of the interaction heat map figure, next to {@link #FILE}. */
    public static final String INTERACTIONS_SVG = "sweep-interactions.svg";

    private static final double PANEL_W = 400;
    private static final double PANEL_H = 260;

    private SweepHtmlReport() {
    }

    /**
     * @param result a finished sweep
     * @return the page
     */
    public static String render(SweepResult result) {
        String title = "gapsim sweep: scenario '" + result.sweep().experiment().scenario().name() + "', "
                + result.points().size() + " design points";
        HtmlPage p = new HtmlPage(title);
        p.el("h1", title);
        List<List<String>> rows = new ArrayList<>();
        for (Factor f : result.sweep().factors()) {
            rows.add(List.of(f.name(), num(f.low()), num(f.high()), f.unit()));
        }
        p.el("p", "Every design point of a Latin hypercube runs the whole study on the same master seed, so points "
                + "and packages are compared on common random numbers. Responses: each package's restricted mean "
                + "slowdown (hours) and P(reached).");
        p.table(List.of("factor", "low", "high", "unit"), rows, 1);
        p.el("h2", "effects", "Effect of each factor");
        p.figure("figure-effects", effects(result), "Restricted mean slowdown of every compared package at each "
                + "design point against each factor, with its least-squares line. The other factors vary at the "
                + "same time, so the scatter round a line is partly their effect.");
        p.el("h2", "heatmap", "Sensitivity heat map");
        p.figure("figure-heatmap", heatMap(result.sensitivity()), "Standardized regression coefficient of each "
                + "package's restricted mean slowdown on each factor (the change in standard deviations of the "
                + "response per standard deviation of the factor, the others fixed); * marks p < 0.05. Main "
                + "effects only: two-factor interactions are in the next section.");
        p.el("h2", "interactions", "Two-factor interactions");
        Interactions in = Interactions.of(result);
        if (in.estimated()) {
            p.figure("figure-interactions", interactionMap(in), "Standardized interaction coefficient of each pair "
                    + "of factors, per package: the restricted mean slowdown, standardized, regressed on the "
                    + "standardized factors and every pairwise product of them; the coefficient of a product is "
                    + "how many standard deviations of the response the effect of one factor changes by per "
                    + "standard deviation of the other (0: they act additively; +: they reinforce each other; "
                    + "-: they offset each other). Also in " + INTERACTIONS_SVG + ".");
        } else {
            p.el("p", tooSmall(in));
        }
        p.el("h2", "table", "Sensitivity table");
        p.raw("<pre>" + HtmlPage.esc(SweepReport.table(result)) + "</pre>");
        return p.finish();
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * @param result a sweep
     * @return one panel per factor, as one SVG
     */
    public static String effects(SweepResult result) {
        List<String> pkgs = new ArrayList<>(result.packageNames());
        pkgs.remove(result.baseline());
        List<Factor> factors = result.sweep().factors();
        int cols = Math.min(3, Math.max(1, factors.size()));
        int rowsN = (factors.size() + cols - 1) / cols;
        double legendH = 30 + 22 * ((pkgs.size() + 2) / 3);
        double w = cols * PANEL_W + 20;
        double h = rowsN * PANEL_H + legendH + 20;
        Svg g = new Svg(w, h, "chart-effects", "Effect of each factor on the restricted mean slowdown");
        g.el("rect", "x", 0.0, "y", 0.0, "width", w, "height", h, "fill", "#ffffff");
        double yMin = 0;
        double yMax = 0;
        for (String pk : pkgs) {
            for (double v : result.meanSlowdownsH(pk)) {
                if (Double.isFinite(v)) {
                    yMin = Math.min(yMin, v);
                    yMax = Math.max(yMax, v);
                }
            }
        }
        double[] yt = SvgCharts.ticks(yMin, yMax);
        for (int f = 0; f < factors.size(); f++) {
            double ox = 10 + (f % cols) * PANEL_W;
            double oy = 10 + (f / cols) * PANEL_H;
            double left = ox + 52;
            double right = ox + PANEL_W - 16;
            double top = oy + 30;
            double bottom = oy + PANEL_H - 46;
            double[] x = result.factorValues(f);
            double xlo = factors.get(f).low();
            double xhi = factors.get(f).high();
            double[] xt = SvgCharts.ticks(xlo, xhi > xlo ? xhi : xlo + 1);
            double kx = (right - left) / (xt[xt.length - 1] - xt[0]);
            double ky = (bottom - top) / (yt[yt.length - 1] - yt[0]);
            g.begin("g", "class", "panel", "data-factor", factors.get(f).name());
            g.text("text", factors.get(f).name(), "x", ox + 8, "y", oy + 16, "font-size", 12, "font-weight", "bold",
                    "class", "panel-title");
            g.el("rect", "x", left, "y", top, "width", right - left, "height", bottom - top, "fill", "none",
                    "stroke", "#888888");
            for (double v : yt) {
                double yy = bottom - (v - yt[0]) * ky;
                g.el("line", "x1", left, "y1", yy, "x2", right, "y2", yy, "stroke", "#e4e4e4");
                g.text("text", num(v), "x", left - 5, "y", yy + 4, "text-anchor", "end", "font-size", 11);
            }
            for (double v : xt) {
                double xx = left + (v - xt[0]) * kx;
                g.text("text", num(v), "x", xx, "y", bottom + 15, "text-anchor", "middle", "font-size", 11);
            }
            g.text("text", "slowdown h", "x", ox + 12, "y", (top + bottom) / 2, "font-size", 11, "text-anchor",
                    "middle", "transform", "rotate(-90 " + Svg.num(ox + 12) + " " + Svg.num((top + bottom) / 2) + ")");
            g.text("text", factors.get(f).unit().isEmpty() ? "factor value" : factors.get(f).unit(), "x",
                    (left + right) / 2, "y", bottom + 32, "text-anchor", "middle", "font-size", 11);
            for (int k = 0; k < pkgs.size(); k++) {
                int series = result.packageNames().indexOf(pkgs.get(k));
                double[] y = result.meanSlowdownsH(pkgs.get(k));
                String c = Palette.series(series);
                for (int i = 0; i < x.length; i++) {
                    if (Double.isFinite(y[i])) {
                        marker(g, left + (x[i] - xt[0]) * kx, bottom - (y[i] - yt[0]) * ky, k, c, "point");
                    }
                }
                double[] fit = fit(x, y);
                if (fit != null && xhi > xlo) {
                    g.el("line", "x1", left + (xlo - xt[0]) * kx, "y1", bottom - (fit[0] + fit[1] * xlo - yt[0]) * ky,
                            "x2", left + (xhi - xt[0]) * kx, "y2", bottom - (fit[0] + fit[1] * xhi - yt[0]) * ky,
                            "stroke", c, "stroke-width", 1.5, "class", "fit");
                }
            }
            g.end("g");
        }
        double ly = rowsN * PANEL_H + 30;
        g.begin("g", "id", "effects-legend", "font-size", 12);
        for (int k = 0; k < pkgs.size(); k++) {
            double lx = 20 + (k % 3) * 300;
            double yy = ly + (k / 3) * 22;
            marker(g, lx + 6, yy - 4, k, Palette.series(result.packageNames().indexOf(pkgs.get(k))), "legend-mark");
            g.text("text", pkgs.get(k), "x", lx + 18, "y", yy, "class", "legend-item");
        }
        g.end("g");
        return g.finish();
    }

    /** A marker whose shape cycles with the package, so colour is never the only cue. */
    private static void marker(Svg g, double x, double y, int k, String colour, String cls) {
        switch (k % 4) {
            case 0 -> g.el("circle", "cx", x, "cy", y, "r", 4, "fill", colour, "class", cls);
            case 1 -> g.el("rect", "x", x - 4, "y", y - 4, "width", 8.0, "height", 8.0, "fill", colour, "class",
                    cls);
            case 2 -> g.el("polygon", "points", Svg.points(x, y - 5, x + 5, y + 4, x - 5, y + 4), "fill", colour,
                    "class", "point");
            default -> g.el("polygon", "points", Svg.points(x, y - 5, x + 5, y, x, y + 5, x - 5, y), "fill", colour,
                    "class", "point");
        }
    }

    /** @return intercept and slope of the least-squares line, or null if undefined */
    static double[] fit(double[] x, double[] y) {
        int n = 0;
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                n++;
                sx += x[i];
                sy += y[i];
            }
        }
        if (n < 2) {
            return null;
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(y[i])) {
                sxx += (x[i] - mx) * (x[i] - mx);
                sxy += (x[i] - mx) * (y[i] - my);
            }
        }
        if (sxx == 0) {
            return null;
        }
        double b = sxy / sxx;
        return new double[] {my - b * mx, b};
    }

    /**
     * @param s a sweep's sensitivity
     * @return the heat map of the slowdown SRCs, package by factor
     */
    public static String heatMap(Sensitivity s) {
        List<String> factors = s.factors();
        double labelW = 40;
        for (Sensitivity.PackageSensitivity p : s.packages()) {
            labelW = Math.max(labelW, p.packageName().length() * 7.6 + 20);
        }
        double cell = 64;
        double colHead = 20;
        for (String f : factors) {
            colHead = Math.max(colHead, f.length() * 6.6 + 20);
        }
        double w = labelW + factors.size() * cell + 130;
        double h = colHead + s.packages().size() * 34 + 80;
        Svg g = new Svg(w, h, "chart-heatmap", "Standardized regression coefficients, package by factor");
        g.el("rect", "x", 0.0, "y", 0.0, "width", w, "height", h, "fill", "#ffffff");
        for (int j = 0; j < factors.size(); j++) {
            double x = labelW + j * cell + cell / 2;
            g.text("text", factors.get(j), "x", x, "y", colHead - 6, "font-size", 11, "transform",
                    "rotate(-60 " + Svg.num(x) + " " + Svg.num(colHead - 6) + ")", "class", "column-label");
        }
        for (int i = 0; i < s.packages().size(); i++) {
            Sensitivity.PackageSensitivity p = s.packages().get(i);
            double y = colHead + 10 + i * 34;
            g.text("text", p.packageName(), "x", labelW - 10, "y", y + 21, "text-anchor", "end", "font-size", 13,
                    "font-weight", "bold", "class", "row-label");
            for (int j = 0; j < factors.size(); j++) {
                double v = p.src().get(j);
                double x = labelW + j * cell;
                g.begin("rect", "x", x, "y", y, "width", cell - 2, "height", 32.0, "fill", diverging(v),
                        "stroke", "#ffffff", "class", "cell");
                g.tooltip(p.packageName() + " x " + factors.get(j) + ": SRC " + (Double.isFinite(v)
                        ? String.format(Locale.ROOT, "%.3f, p %.3g", v, p.pValue().get(j)) : "n/a"));
                g.end("rect");
                String t = Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%s", v,
                        p.significant(j, Sensitivity.ALPHA) ? "*" : "") : "n/a";
                g.text("text", t, "x", x + cell / 2 - 1, "y", y + 21, "text-anchor", "middle", "font-size", 12,
                        "fill", Double.isFinite(v) && Math.abs(v) > 0.6 ? "#ffffff" : "#000000");
            }
            g.text("text", Double.isFinite(p.rSquared()) ? String.format(Locale.ROOT, "R2 %.2f", p.rSquared())
                    : "R2 n/a", "x", labelW + factors.size() * cell + 10, "y", y + 21, "font-size", 12);
        }
        double ly = colHead + 10 + s.packages().size() * 34 + 24;
        for (int k = 0; k <= 8; k++) {
            double v = -1 + k * 0.25;
            g.el("rect", "x", labelW + k * 30, "y", ly, "width", 30.0, "height", 14.0, "fill", diverging(v));
        }
        g.text("text", "-1", "x", labelW, "y", ly + 30, "font-size", 11, "text-anchor", "middle");
        g.text("text", "0", "x", labelW + 135, "y", ly + 30, "font-size", 11, "text-anchor", "middle");
        g.text("text", "+1  SRC", "x", labelW + 270, "y", ly + 30, "font-size", 11);
        return g.finish();
    }

    /**
     * @param in interactions that could not be estimated
     * @return why, and how many points would do
     */
    public static String tooSmall(Interactions in) {
        int k = in.factors().size();
        if (k < 2) {
            return "Interactions not estimated: they need at least two factors that vary; this sweep varies " + k
                    + ".";
        }
        if (in.points() < in.required()) {
            return "Interactions not estimated: the design is too small. With " + k + " varying factors the fit has "
                    + (1 + k + k * (k - 1) / 2) + " coefficients (1 + k + k(k-1)/2), so it needs at least "
                    + in.required() + " design points; this sweep has " + in.points() + ".";
        }
        return "Interactions not estimated: the design's columns are collinear.";
    }

    /**
     * @param in a sweep's interactions
     * @return one factor-by-factor heat map of the standardized interaction coefficients per package (or the
     *         reason there is none), as one SVG
     */
    public static String interactionMap(Interactions in) {
        List<String> factors = in.factors();
        int k = factors.size();
        if (!in.estimated()) {
            String msg = tooSmall(in);
            List<String> lines = org.gapsim.report.map.MapView.wrap(msg, 90);
            Svg g = new Svg(640, 30 + 18 * lines.size(), "chart-interactions", "Two-factor interactions");
            g.el("rect", "x", 0.0, "y", 0.0, "width", 640.0, "height", 30.0 + 18 * lines.size(), "fill", "#ffffff");
            for (int i = 0; i < lines.size(); i++) {
                g.text("text", lines.get(i), "x", 10.0, "y", 24.0 + 18 * i, "font-size", 12, "class", "too-small");
            }
            return g.finish();
        }
        double labelW = 40;
        for (String f : factors) {
            labelW = Math.max(labelW, f.length() * 6.6 + 20);
        }
        double cell = 64;
        double colHead = labelW * 0.87 + 10;
        double panelH = 30 + colHead + k * cell + 16;
        int n = in.packages().size();
        double w = Math.max(labelW + k * cell + labelW * 0.5 + 20, labelW + 560);
        double h = n * panelH + 70;
        Svg g = new Svg(w, h, "chart-interactions", "Standardized two-factor interaction coefficients, factor by "
                + "factor, per package");
        g.el("rect", "x", 0.0, "y", 0.0, "width", w, "height", h, "fill", "#ffffff");
        for (int p = 0; p < n; p++) {
            Interactions.PackageInteractions pi = in.packages().get(p);
            double oy = p * panelH;
            g.begin("g", "class", "interaction-panel", "data-package", pi.packageName());
            g.text("text", pi.packageName() + (Double.isFinite(pi.rSquared()) ? String.format(Locale.ROOT,
                    "  (R2 with interactions %.2f)", pi.rSquared()) : ""), "x", 10.0, "y", oy + 20, "font-size", 13,
                    "font-weight", "bold", "class", "panel-title");
            double top = oy + 30 + colHead;
            for (int j = 0; j < k; j++) {
                double x = labelW + j * cell + cell / 2;
                g.text("text", factors.get(j), "x", x, "y", top - 6, "font-size", 11, "transform",
                        "rotate(-60 " + Svg.num(x) + " " + Svg.num(top - 6) + ")", "class", "column-label");
            }
            for (int i = 0; i < k; i++) {
                double y = top + i * cell;
                g.text("text", factors.get(i), "x", labelW - 8, "y", y + cell / 2 + 4, "text-anchor", "end",
                        "font-size", 11, "class", "row-label");
                for (int j = 0; j < k; j++) {
                    double x = labelW + j * cell;
                    if (i == j) {
                        g.el("rect", "x", x, "y", y, "width", cell - 2, "height", cell - 2, "fill", "#f2f2f2");
                        continue;
                    }
                    double v = pi.coefficient()[i][j];
                    g.begin("rect", "x", x, "y", y, "width", cell - 2, "height", cell - 2, "fill", diverging(v),
                            "stroke", "#cccccc", "class", "interaction-cell", "data-pair",
                            factors.get(Math.min(i, j)) + ":" + factors.get(Math.max(i, j)));
                    g.tooltip(pi.packageName() + ": " + factors.get(i) + " x " + factors.get(j) + ": "
                            + (Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a"));
                    g.end("rect");
                    g.text("text", Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", Math.abs(v) < 0.005 ? 0 : v)
                            : "n/a", "x",
                            x + cell / 2 - 1, "y", y + cell / 2 + 4, "text-anchor", "middle", "font-size", 12,
                            "fill", Double.isFinite(v) && Math.abs(v) > 0.6 ? "#ffffff" : "#000000",
                            "class", "interaction-value");
                }
            }
            g.end("g");
        }
        double ly = n * panelH + 20;
        for (int q = 0; q <= 8; q++) {
            g.el("rect", "x", labelW + q * 30, "y", ly, "width", 30.0, "height", 14.0, "fill", diverging(-1 + q * 0.25));
        }
        g.text("text", "-1", "x", labelW, "y", ly + 30, "font-size", 11, "text-anchor", "middle");
        g.text("text", "0", "x", labelW + 135, "y", ly + 30, "font-size", 11, "text-anchor", "middle");
        g.text("text", "+1  (sd of response per sd x sd of the pair)", "x", labelW + 270, "y", ly + 30,
                "font-size", 11);
        return g.finish();
    }

    /**
     * @param v a coefficient in [-1, 1] (clamped)
     * @return a colour from Okabe-Ito blue (-1) through white (0) to vermillion (+1); grey for NaN
     */
    static String diverging(double v) {
        if (!Double.isFinite(v)) {
            return "#dddddd";
        }
        double t = Math.max(-1, Math.min(1, v));
        int[] end = t < 0 ? new int[] {0x00, 0x72, 0xB2} : new int[] {0xD5, 0x5E, 0x00};
        double a = Math.abs(t);
        int r = (int) Math.round(255 + (end[0] - 255) * a);
        int gr = (int) Math.round(255 + (end[1] - 255) * a);
        int b = (int) Math.round(255 + (end[2] - 255) * a);
        return String.format(Locale.ROOT, "#%02X%02X%02X", r, gr, b);
    }
}
