package org.gapsim.report;

import org.gapsim.report.internal.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.CensoredQuantile;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.Numbers;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.experiment.StepCurve;
import org.gapsim.report.map.Palette;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * PNG charts of a result, drawn with JFreeChart off screen ({@code java.awt.headless} is set to {@code true} unless
 * the application set it) and written atomically: the paired restricted slowdown per package as box plots, and the
 * Kaplan-Meier closure-time curve per package (stopping at P(reached) at the horizon). Both are drawn from the
 * summaries, so they need no per-replication rows.
 */
public final class Charts {
    /** Chart width, pixels. */
    public static final int WIDTH = 1000;
    /** Chart height, pixels. */
    public static final int HEIGHT = 600;

    private Charts() {
    }

    /**
     * Box plots of the paired restricted slowdown of every compared package: box from the 25th to the 75th
     * percentile, line at the median, whiskers from the 5th to the 95th percentile (hours). A quantile that censoring
     * only bounds is drawn at its finite bound (a lower bound for a package that often fails to close) and the axis
     * says so. Means are in the tables.
     *
     * @param result the result
     * @param file   the PNG file
     * @throws IOException if it cannot be written
     */
    public static void writeSlowdownBoxPlot(ExperimentResult result, Path file) throws IOException {
        headless();
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        boolean bounded = false;
        for (PackageSummary p : result.packages()) {
            SampleSummary s = p.slowdownH();
            if (p.baseline() || s.n() == 0) {
                continue;
            }
            double[] q = new double[5];
            double[] levels = {0.05, 0.25, 0.5, 0.75, 0.95};
            boolean drawable = true;
            for (int i = 0; i < levels.length; i++) {
                CensoredQuantile c = s.quantile(levels[i]);
                bounded |= !c.exact();
                q[i] = drawn(c);
                drawable &= Double.isFinite(q[i]);
            }
            if (!drawable) {
                continue;
            }
            data.add(new BoxAndWhiskerItem(s.mean(), q[2], q[1], q[3], q[0], q[4], q[0], q[4], List.of()),
                    "slowdown", categoryLabel(p));
        }
        JFreeChart chart = ChartFactory.createBoxAndWhiskerChart(
                "Restricted slowdown versus '" + result.baseline() + "' (" + result.replications()
                        + " paired replications)", "Package",
                "Restricted slowdown, hours", data, false);
        chart.addSubtitle(new org.jfree.chart.title.TextTitle("box P25-P75, line median, whiskers P5-P95, "
                + "circle mean; labels give the mean and its 95% CI and the cost"
                + (bounded ? "; quantiles that censoring only bounds are drawn at their bound" : "")));
        CategoryPlot plot = chart.getCategoryPlot();
        // horizontal: each package's full label (name, mean [CI], cost) fits on the left, never cut
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        plot.getRangeAxis().setLowerBound(Math.min(0, plot.getRangeAxis().getLowerBound()));
        BoxAndWhiskerRenderer r = (BoxAndWhiskerRenderer) plot.getRenderer();
        // the mean is drawn as a circle of fixed size, so a package with (almost) no spread, such as one with no
        // effect, still shows; the box is outlined in black
        r.setMeanVisible(true);
        r.setMedianVisible(true);
        r.setMaximumBarWidth(0.08);
        r.setSeriesPaint(0, OKABE_ITO[5]);
        r.setSeriesOutlinePaint(0, Color.BLACK);
        r.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        r.setUseOutlinePaintForWhiskers(true);
        save(chart, file);
    }

    /**
     * The Okabe-Ito palette without its yellow (Okabe &amp; Ito 2008), safe for the common forms of colour
     * blindness: {@link Palette#SERIES}, the colours of the SVG charts, as AWT colours.
     */
    static final Color[] OKABE_ITO = Palette.SERIES.stream().map(Color::decode).toArray(Color[]::new);

    /** {@link Palette#DASHES} in px (null for solid): 8 against 7 colours, so no two of 56 series look alike. */
    static final float[][] DASHES = Palette.DASHES.stream().map(Charts::dashArray).toArray(float[][]::new);

    private static float[] dashArray(String pattern) {
        if (pattern.equals("none")) {
            return null;
        }
        String[] parts = pattern.split(" ");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i]);
        }
        return out;
    }

    /** @return a box plot's category label: the package, its mean slowdown and 95% CI, and its cost (3 lines) */
    static String categoryLabel(PackageSummary p) {
        SampleSummary s = p.slowdownH();
        String ci = Double.isFinite(s.halfWidth())
                ? Numbers.format("%.2f", s.mean()) + " [" + Numbers.format("%.2f", s.ciLow()) + ", "
                + Numbers.format("%.2f", s.ciHigh()) + "] h"
                : Numbers.format("%.2f", s.mean()) + " h";
        return p.packageName() + "\nmean " + ci + "\nEUR " + Numbers.format("%.1f", p.placedEur() / 1e6) + " M placed";
    }

    /** @return the quantile if identified, else its finite bound, else NaN */
    static double drawn(CensoredQuantile c) {
        if (c.exact()) {
            return c.value();
        }
        return Double.isFinite(c.low()) ? c.low() : Double.isFinite(c.high()) ? c.high() : Double.NaN;
    }

    /**
     * The Kaplan-Meier estimate of P(closed by t) of every package up to the horizon (hours). Runs that did not
     * close are censored at the horizon, so each curve stops at P(reached) = 1 - P(censored) there and does not jump
     * to 1.
     *
     * @param result the result
     * @param file   the PNG file
     * @throws IOException if it cannot be written
     */
    public static void writeClosureCdf(ExperimentResult result, Path file) throws IOException {
        headless();
        XYSeriesCollection data = new XYSeriesCollection();
        for (PackageSummary p : result.packages()) {
            StepCurve c = p.closureCurve();
            double[] t = c.timeH();
            double[] pr = c.probability();
            XYSeries s = new XYSeries(p.packageName(), true, true);
            // a curve that reached 1 before the horizon needs no flat tail to H (it would squash the others)
            int n = t.length >= 2 && pr[t.length - 2] == 1.0 ? t.length - 1 : t.length;
            for (int i = 0; i < n; i++) {
                s.addOrUpdate(t[i], pr[i]);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Closure time, Kaplan-Meier (" + result.replications() + " replications, censored at "
                        + Numbers.format("%.1f", result.horizonH()) + " h)", "Closure time, hours",
                "P(closed by t)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYStepRenderer r = new XYStepRenderer();
        r.setAutoPopulateSeriesStroke(false);
        r.setAutoPopulateSeriesPaint(false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, OKABE_ITO[i % OKABE_ITO.length]);
            float[] dash = DASHES[i % DASHES.length];
            r.setSeriesStroke(i, dash == null ? new BasicStroke(2.5f)
                    : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        }
        plot.setRenderer(r);
        save(chart, file);
    }

    private static void save(JFreeChart chart, Path file) throws IOException {
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }

    private static void headless() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
