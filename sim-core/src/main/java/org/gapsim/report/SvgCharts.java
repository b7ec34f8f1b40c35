package org.gapsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapsim.experiment.CensoredQuantile;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.Numbers;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.experiment.StepCurve;
import org.gapsim.report.map.Palette;
import org.gapsim.report.map.Svg;

/**
 * The report's charts as SVG, drawn by gapsim itself (no chart library, no script): every package on its own row
 * with its full name and cost (labels are measured, never cut), Okabe-Ito colours with dashes, means with their 95%
 * intervals. Used inline by {@link HtmlReport}; each is also a stand-alone SVG document for papers.
 *
 * <ul>
 *   <li>{@link #slowdown}: restricted slowdown per package: mean and 95% CI (the estimate), box P25-P75 and whiskers
 *   P5-P95 (the spread over replications);</li>
 *   <li>{@link #closureCurves}: Kaplan-Meier P(closed by t), stopping at P(reached) at the horizon;</li>
 *   <li>{@link #pReached}: P(reached by the horizon) with its Wilson 95% interval;</li>
 *   <li>{@link #costEffect}: restricted mean slowdown per EUR 100 M placed in the model (a package's money spent
 *   outside the model is shown beside it, never counted).</li>
 * </ul>
 */
public final class SvgCharts {
    /** Chart width, px. */
    public static final double WIDTH = 1100;
    private static final double CHAR_PX = 7.4;   // width of one 13 px character, generously
    private static final double ROW = 38;
    private static final double TOP = 58;

    private SvgCharts() {
    }

    /** One row of a horizontal chart. */
    private record Row(String label, String sub, int series) {
    }

    private static double leftMargin(List<Row> rows) {
        double w = 120;
        for (Row r : rows) {
            w = Math.max(w, Math.max(r.label().length(), r.sub().length() * 0.85) * CHAR_PX + 24);
        }
        return w;
    }

    private static void rowLabels(Svg g, List<Row> rows, double left) {
        for (int i = 0; i < rows.size(); i++) {
            double y = TOP + i * ROW + ROW / 2;
            g.text("text", rows.get(i).label(), "x", left - 12, "y", y - 1, "text-anchor", "end", "font-size", 13,
                    "font-weight", "bold", "class", "row-label");
            g.text("text", rows.get(i).sub(), "x", left - 12, "y", y + 13, "text-anchor", "end", "font-size", 11,
                    "fill", "#444444");
        }
    }

    /**
     * An x axis with gridlines.
     *
     * @return the scale (px per unit), the axis minimum and the left edge, px
     */
    private static double[] xAxis(Svg g, double left, double right, double y0, double y1, double lo, double hi,
                                   String label) {
        double[] t = ticks(lo, hi);
        double min = t[0];
        double max = t[t.length - 1];
        double k = (right - left) / (max - min);
        g.begin("g", "class", "axis", "font-size", 12);
        for (double v : t) {
            double x = left + (v - min) * k;
            g.el("line", "x1", x, "y1", y0, "x2", x, "y2", y1, "stroke", v == 0 ? "#666666" : "#dddddd",
                    "stroke-width", v == 0 ? 1.2 : 1);
            g.text("text", tickLabel(v), "x", x, "y", y1 + 16, "text-anchor", "middle");
        }
        g.text("text", label, "x", (left + right) / 2, "y", y1 + 36, "text-anchor", "middle", "font-size", 13);
        g.end("g");
        return new double[] {k, min, left};
    }

    /**
     * @param lo lowest value to show
     * @param hi highest value to show
     * @return round tick values covering [lo, hi], 4 to 11 of them
     */
    static double[] ticks(double lo, double hi) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / 8;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = mag;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (raw <= m * mag) {
                step = m * mag;
                break;
            }
        }
        double start = Math.floor(lo / step + 1e-9) * step;
        double end = Math.ceil(hi / step - 1e-9) * step;
        int n = (int) Math.round((end - start) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * step;
            if (Math.abs(t[i]) < step * 1e-9) {
                t[i] = 0;
            }
        }
        return t;
    }

    private static String tickLabel(double v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String eur(double e) {
        return e >= 1e9 ? String.format(Locale.ROOT, "EUR %.2f bn", e / 1e9)
                : String.format(Locale.ROOT, "EUR %.1f M", e / 1e6);
    }

    private static double drawn(CensoredQuantile c) {
        if (c.exact()) {
            return c.value();
        }
        return Double.isFinite(c.low()) ? c.low() : Double.isFinite(c.high()) ? c.high() : Double.NaN;
    }

    /** @return a package's series index: its position in the result, baseline first, the same in every chart */
    private static int series(ExperimentResult r, PackageSummary p) {
        return r.packages().indexOf(p);
    }

    private static List<PackageSummary> compared(ExperimentResult r) {
        List<PackageSummary> out = new ArrayList<>();
        for (PackageSummary p : r.packages()) {
            if (!p.baseline() && p.slowdownH().n() > 0) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * @param r a result
     * @return the slowdown chart
     */
    public static String slowdown(ExperimentResult r) {
        List<PackageSummary> ps = compared(r);
        List<Row> rows = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        boolean bounded = false;
        for (int i = 0; i < ps.size(); i++) {
            PackageSummary p = ps.get(i);
            rows.add(new Row(p.packageName(), eur(p.costEur()), i));
            SampleSummary s = p.slowdownH();
            for (double q : new double[] {drawn(s.quantile(0.05)), drawn(s.quantile(0.95)), s.ciLow(), s.ciHigh()}) {
                if (Double.isFinite(q)) {
                    lo = Math.min(lo, q);
                    hi = Math.max(hi, q);
                }
            }
            bounded |= !s.quantile(0.05).exact() || !s.quantile(0.95).exact();
        }
        double left = leftMargin(rows);
        double valueW = 210;
        double right = WIDTH - valueW;
        double h = TOP + Math.max(rows.size(), 1) * ROW + 70;
        String title = "Restricted slowdown versus '" + r.baseline() + "', hours (" + r.replications()
                + " paired replications)";
        Svg g = new Svg(WIDTH, h, "chart-slowdown", title);
        g.el("rect", "x", 0.0, "y", 0.0, "width", WIDTH, "height", h, "fill", "#ffffff");
        g.text("text", title, "x", 12.0, "y", 22.0, "font-size", 16, "font-weight", "bold");
        g.text("text", "dot and thick bar: mean and its 95% CI; box P25-P75, line median, whiskers P5-P95"
                + (bounded ? "; quantiles that censoring only bounds are drawn at their bound (dashed)" : ""),
                "x", 12.0, "y", 42.0, "font-size", 12, "fill", "#333333");
        double y1 = TOP + rows.size() * ROW;
        double[] ax = xAxis(g, left, right, TOP - 4, y1, lo, hi, "restricted slowdown, hours");
        rowLabels(g, rows, left);
        g.text("text", "mean [95% CI]", "x", right + 14, "y", TOP - 8, "font-size", 12, "font-weight", "bold");
        for (int i = 0; i < ps.size(); i++) {
            SampleSummary s = ps.get(i).slowdownH();
            double cy = TOP + i * ROW + ROW / 2;
            String c = Palette.series(series(r, ps.get(i)));
            double[] q = new double[5];
            double[] lv = {0.05, 0.25, 0.5, 0.75, 0.95};
            boolean ok = true;
            boolean dashed = false;
            for (int k = 0; k < 5; k++) {
                q[k] = drawn(s.quantile(lv[k]));
                ok &= Double.isFinite(q[k]);
                dashed |= !s.quantile(lv[k]).exact();
            }
            g.begin("g", "class", "series", "data-package", ps.get(i).packageName());
            g.tooltip(String.format(Locale.ROOT, "%s: mean %.3f h [%.3f, %.3f], P5 %.2f, P25 %.2f, median %.2f, "
                            + "P75 %.2f, P95 %.2f", ps.get(i).packageName(), s.mean(), s.ciLow(), s.ciHigh(), q[0],
                    q[1], q[2], q[3], q[4]));
            if (ok) {
                double x0 = x(ax, q[0]);
                double x1 = x(ax, q[1]);
                double x2 = x(ax, q[2]);
                double x3 = x(ax, q[3]);
                double x4 = x(ax, q[4]);
                String dash = dashed ? "4 3" : null;
                g.el("line", "x1", x0, "y1", cy, "x2", x1, "y2", cy, "stroke", "#555555", "stroke-dasharray", dash);
                g.el("line", "x1", x3, "y1", cy, "x2", x4, "y2", cy, "stroke", "#555555", "stroke-dasharray", dash);
                g.el("line", "x1", x0, "y1", cy - 6, "x2", x0, "y2", cy + 6, "stroke", "#555555");
                g.el("line", "x1", x4, "y1", cy - 6, "x2", x4, "y2", cy + 6, "stroke", "#555555");
                // a box never thinner than 3 px, so a package with no spread (or no effect) still shows
                double bw = Math.max(x3 - x1, 3);
                g.el("rect", "x", Math.min(x1, (x1 + x3) / 2 - 1.5), "y", cy - 11, "width", bw, "height", 22.0,
                        "fill", c, "fill-opacity", 0.25, "stroke", c, "stroke-width", 1.5, "class", "box");
                g.el("line", "x1", x2, "y1", cy - 11, "x2", x2, "y2", cy + 11, "stroke", "#000000", "stroke-width", 2);
            }
            if (Double.isFinite(s.ciLow()) && Double.isFinite(s.ciHigh())) {
                g.el("rect", "x", x(ax, s.ciLow()), "y", cy - 3, "width", Math.max(x(ax, s.ciHigh())
                        - x(ax, s.ciLow()), 1.5), "height", 6.0, "fill", "#000000", "class", "ci");
            }
            g.el("circle", "cx", x(ax, s.mean()), "cy", cy, "r", 5, "fill", c, "stroke", "#000000",
                    "stroke-width", 1.5, "class", "mean");
            g.text("text", Double.isFinite(s.halfWidth())
                            ? String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", s.mean(), s.ciLow(), s.ciHigh())
                            : String.format(Locale.ROOT, "%.2f", s.mean()), "x", right + 14, "y", cy + 4,
                    "font-size", 13, "class", "value");
            g.end("g");
        }
        return g.finish();
    }

    /** @return the page x of value v on an axis from {@link #xAxis} */
    private static double x(double[] ax, double v) {
        return ax[2] + (v - ax[1]) * ax[0];
    }

    /**
     * @param r a result
     * @return the Kaplan-Meier closure curves
     */
    public static String closureCurves(ExperimentResult r) {
        List<PackageSummary> ps = r.packages();
        double legendW = 20;
        for (PackageSummary p : ps) {
            legendW = Math.max(legendW, (p.packageName().length() + 18) * CHAR_PX);
        }
        double left = 70;
        double right = WIDTH - legendW - 40;
        double top = 64;
        double bottom = 470;
        double h = bottom + 60;
        String title = "Closure time, Kaplan-Meier (" + r.replications() + " replications, censored at "
                + Numbers.format("%.1f", r.horizonH()) + " h)";
        Svg g = new Svg(WIDTH, h, "chart-closure", title);
        g.el("rect", "x", 0.0, "y", 0.0, "width", WIDTH, "height", h, "fill", "#ffffff");
        g.text("text", title, "x", 12.0, "y", 22.0, "font-size", 16, "font-weight", "bold");
        g.text("text", "P(closed by t): a curve that ends below 1 at the right edge did not always close by the "
                + "horizon; it ends at P(reached)", "x", 12.0, "y", 42.0, "font-size", 12, "fill", "#333333");
        double tMax = 0;
        double tMin = Double.POSITIVE_INFINITY;
        for (PackageSummary p : ps) {
            double[] t = p.closureCurve().timeH();
            double[] pr = p.closureCurve().probability();
            for (int i = 0; i < t.length; i++) {
                tMin = Math.min(tMin, t[i]);
                tMax = Math.max(tMax, t[i]);
                if (pr[i] >= 1.0) {
                    break;
                }
            }
        }
        if (!Double.isFinite(tMin)) {
            tMin = 0;
            tMax = r.horizonH();
        }
        double[] tx = ticks(Math.max(0, tMin - 0.5), Math.max(tMax, tMin + 1));
        double x0v = tx[0];
        double x1v = tx[tx.length - 1];
        double kx = (right - left) / (x1v - x0v);
        g.begin("g", "class", "axis", "font-size", 12);
        for (double v : tx) {
            double x = left + (v - x0v) * kx;
            g.el("line", "x1", x, "y1", top, "x2", x, "y2", bottom, "stroke", "#dddddd");
            g.text("text", tickLabel(v), "x", x, "y", bottom + 16, "text-anchor", "middle");
        }
        for (int i = 0; i <= 10; i += 2) {
            double y = bottom - (bottom - top) * i / 10.0;
            g.el("line", "x1", left, "y1", y, "x2", right, "y2", y, "stroke", "#dddddd");
            g.text("text", tickLabel(i / 10.0), "x", left - 8, "y", y + 4, "text-anchor", "end");
        }
        g.text("text", "closure time, hours", "x", (left + right) / 2, "y", bottom + 38, "text-anchor", "middle",
                "font-size", 13);
        g.text("text", "P(closed by t)", "x", 16.0, "y", (top + bottom) / 2, "font-size", 13, "text-anchor",
                "middle", "transform", "rotate(-90 16 " + Svg.num((top + bottom) / 2) + ")");
        g.el("rect", "x", left, "y", top, "width", right - left, "height", bottom - top, "fill", "none", "stroke",
                "#666666");
        g.end("g");
        for (int i = 0; i < ps.size(); i++) {
            StepCurve c = ps.get(i).closureCurve();
            double[] t = c.timeH();
            double[] pr = c.probability();
            StringBuilder pts = new StringBuilder();
            double prev = 0;
            double start = left;
            pts.append(Svg.num(start)).append(',').append(Svg.num(bottom));
            for (int k = 0; k < t.length; k++) {
                double x = left + (Math.min(Math.max(t[k], x0v), x1v) - x0v) * kx;
                pts.append(' ').append(Svg.num(x)).append(',').append(Svg.num(bottom - prev * (bottom - top)));
                pts.append(' ').append(Svg.num(x)).append(',').append(Svg.num(bottom - pr[k] * (bottom - top)));
                prev = pr[k];
            }
            pts.append(' ').append(Svg.num(right)).append(',').append(Svg.num(bottom - prev * (bottom - top)));
            String dash = Palette.dash(i);
            g.begin("polyline", "points", pts.toString(), "fill", "none", "stroke", Palette.series(i),
                    "stroke-width", 2.5, "stroke-dasharray", "none".equals(dash) ? null : dash, "class", "curve",
                    "data-package", ps.get(i).packageName());
            g.tooltip(ps.get(i).packageName() + ": P(reached) " + String.format(Locale.ROOT, "%.3f",
                    ps.get(i).pReached()));
            g.end("polyline");
            double ly = top + 10 + i * 24;
            double lx = right + 24;
            g.el("line", "x1", lx, "y1", ly, "x2", lx + 36, "y2", ly, "stroke", Palette.series(i), "stroke-width",
                    2.5, "stroke-dasharray", "none".equals(dash) ? null : dash);
            g.text("text", ps.get(i).packageName() + String.format(Locale.ROOT, " (P reached %.2f)",
                    ps.get(i).pReached()), "x", lx + 44, "y", ly + 4, "font-size", 13, "class", "legend-item");
        }
        return g.finish();
    }

    /**
     * @param r a result
     * @return P(reached) per package with Wilson intervals
     */
    public static String pReached(ExperimentResult r) {
        List<PackageSummary> ps = r.packages();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            rows.add(new Row(ps.get(i).packageName() + (ps.get(i).baseline() ? " (baseline)" : ""),
                    ps.get(i).reached() + " of " + ps.get(i).closureH().n() + " closed", i));
        }
        double left = leftMargin(rows);
        double right = WIDTH - 210;
        double h = TOP + rows.size() * ROW + 70;
        String title = "P(the force closes by the horizon, " + Numbers.format("%.1f", r.horizonH()) + " h)";
        Svg g = new Svg(WIDTH, h, "chart-preached", title);
        g.el("rect", "x", 0.0, "y", 0.0, "width", WIDTH, "height", h, "fill", "#ffffff");
        g.text("text", title, "x", 12.0, "y", 22.0, "font-size", 16, "font-weight", "bold");
        g.text("text", "dot: share of replications that closed; bar: Wilson score 95% interval", "x", 12.0,
                "y", 42.0, "font-size", 12, "fill", "#333333");
        double y1 = TOP + rows.size() * ROW;
        double[] ax = xAxis(g, left, right, TOP - 4, y1, 0, 1, "P(reached)");
        rowLabels(g, rows, left);
        g.text("text", "P [95% CI]", "x", right + 14, "y", TOP - 8, "font-size", 12, "font-weight", "bold");
        for (int i = 0; i < ps.size(); i++) {
            PackageSummary p = ps.get(i);
            double cy = TOP + i * ROW + ROW / 2;
            g.begin("g", "class", "series", "data-package", p.packageName());
            if (Double.isFinite(p.pReachedLow()) && Double.isFinite(p.pReachedHigh())) {
                g.el("rect", "x", x(ax, p.pReachedLow()), "y", cy - 3, "width",
                        Math.max(x(ax, p.pReachedHigh()) - x(ax, p.pReachedLow()), 1.5), "height", 6.0,
                        "fill", "#000000", "class", "ci");
            }
            if (Double.isFinite(p.pReached())) {
                g.el("circle", "cx", x(ax, p.pReached()), "cy", cy, "r", 6, "fill", Palette.series(i), "stroke",
                        "#000000", "stroke-width", 1.5, "class", "mean");
            }
            g.text("text", String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", p.pReached(), p.pReachedLow(),
                    p.pReachedHigh()), "x", right + 14, "y", cy + 4, "font-size", 13, "class", "value");
            g.end("g");
        }
        return g.finish();
    }

    /**
     * @param r a result
     * @return restricted mean slowdown per EUR 100 M placed in the model, per package (with the money placed and
     *         its budget)
     */
    public static String costEffect(ExperimentResult r) {
        List<PackageSummary> ps = new ArrayList<>();
        for (PackageSummary p : compared(r)) {
            if (p.placedEur() > 0) {
                ps.add(p);
            }
        }
        List<Row> rows = new ArrayList<>();
        double hi = 0;
        for (int i = 0; i < ps.size(); i++) {
            PackageSummary p = ps.get(i);
            rows.add(new Row(p.packageName(), eur(p.placedEur()) + " placed of " + eur(p.costEur()).substring(4)
                    + (p.costsFromCatalogue() ? "" : " (typed)"), i));
            if (Double.isFinite(p.hoursPer100MEurPlaced())) {
                hi = Math.max(hi, p.hoursPer100MEurPlaced());
            }
        }
        double left = leftMargin(rows);
        double right = WIDTH - 210;
        double h = TOP + Math.max(rows.size(), 1) * ROW + 70;
        String title = "Hours of restricted mean slowdown per EUR 100 M placed in the model";
        Svg g = new Svg(WIDTH, h, "chart-cost", title);
        g.el("rect", "x", 0.0, "y", 0.0, "width", WIDTH, "height", h, "fill", "#ffffff");
        g.text("text", title, "x", 12.0, "y", 22.0, "font-size", 16, "font-weight", "bold");
        g.text("text", "bar: mean slowdown / money placed x 100 M (money spent outside the model not counted); thin "
                + "bar: the same for the slowdown's 95% CI; ! = over 10 % censored", "x", 12.0, "y", 42.0, "font-size",
                12, "fill", "#333333");
        double y1 = TOP + rows.size() * ROW;
        double[] ax = xAxis(g, left, right, TOP - 4, y1, 0, Math.max(hi * 1.05, 0.1),
                "hours per EUR 100 M placed");
        rowLabels(g, rows, left);
        g.text("text", "h per EUR 100 M", "x", right + 14, "y", TOP - 8, "font-size", 12, "font-weight", "bold");
        for (int i = 0; i < ps.size(); i++) {
            PackageSummary p = ps.get(i);
            double cy = TOP + i * ROW + ROW / 2;
            double v = p.hoursPer100MEurPlaced();
            g.begin("g", "class", "series", "data-package", p.packageName());
            if (Double.isFinite(v)) {
                double x0 = x(ax, Math.min(0, v));
                g.el("rect", "x", x0, "y", cy - 11, "width", Math.max(Math.abs(x(ax, v) - x(ax, 0)), 2), "height",
                        22.0, "fill", Palette.series(series(r, p)), "fill-opacity", 0.8, "class", "bar");
                double per = 1e8 / p.placedEur();
                SampleSummary s = p.slowdownH();
                if (Double.isFinite(s.ciLow()) && Double.isFinite(s.ciHigh())) {
                    g.el("rect", "x", x(ax, s.ciLow() * per), "y", cy - 2, "width", Math.max(x(ax, s.ciHigh() * per)
                            - x(ax, s.ciLow() * per), 1.5), "height", 4.0, "fill", "#000000", "class", "ci");
                }
            }
            g.text("text", Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f%s", v, p.costEffectCensored()
                    ? " !" : "") : "-", "x", right + 14, "y", cy + 4, "font-size", 13, "class", "value");
            g.end("g");
        }
        return g.finish();
    }
}
