package org.gapsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PackageSummary;
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
 * the application set it) and written atomically: the paired slowdown per package as box plots, and the empirical
 * cumulative distribution of closure time per package.
 */
public final class Charts {
    /** Chart width, pixels. */
    public static final int WIDTH = 1000;
    /** Chart height, pixels. */
    public static final int HEIGHT = 600;
    /** Most points drawn per distribution curve (larger samples are thinned evenly by rank). */
    static final int MAX_CURVE_POINTS = 2000;

    private Charts() {
    }

    /**
     * Box plots of the paired slowdown of every compared package: box from the 25th to the 75th percentile, line at
     * the median, whiskers from the 5th to the 95th percentile (hours). Means are in the tables.
     *
     * @param result the result
     * @param file   the PNG file
     * @throws IOException if it cannot be written
     */
    public static void writeSlowdownBoxPlot(ExperimentResult result, Path file) throws IOException {
        headless();
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        for (PackageSummary p : result.packages()) {
            if (p.baseline()) {
                continue;
            }
            double[] v = result.slowdownHours(p.packageName());
            if (v.length == 0) {
                continue;
            }
            Arrays.sort(v);
            Percentile q = new Percentile().withEstimationType(EstimationType.R_7);
            q.setData(v);
            double p5 = q.evaluate(5);
            double p95 = q.evaluate(95);
            data.add(new BoxAndWhiskerItem(p.slowdownH().mean(), q.evaluate(50), q.evaluate(25), q.evaluate(75), p5,
                    p95, p5, p95, List.of()), "slowdown", p.packageName());
        }
        JFreeChart chart = ChartFactory.createBoxAndWhiskerChart(
                "Slowdown versus '" + result.baseline() + "' (" + result.replications() + " paired replications)",
                "Package", "Slowdown, hours (box P25-P75, line median, whiskers P5-P95)", data, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BoxAndWhiskerRenderer r = (BoxAndWhiskerRenderer) plot.getRenderer();
        r.setMeanVisible(false);
        r.setMaximumBarWidth(0.10);
        r.setSeriesPaint(0, new Color(0x4E79A7));
        r.setSeriesOutlinePaint(0, Color.BLACK);
        r.setUseOutlinePaintForWhiskers(true);
        save(chart, file);
    }

    /**
     * The empirical cumulative distribution of the closure time of every package (hours; replications that did not
     * reach the objective sit at the horizon).
     *
     * @param result the result
     * @param file   the PNG file
     * @throws IOException if it cannot be written
     */
    public static void writeClosureCdf(ExperimentResult result, Path file) throws IOException {
        headless();
        XYSeriesCollection data = new XYSeriesCollection();
        for (PackageSummary p : result.packages()) {
            double[] v = result.closureHours(p.packageName());
            Arrays.sort(v);
            XYSeries s = new XYSeries(p.packageName(), true, true);
            int n = v.length;
            int points = Math.min(n, MAX_CURVE_POINTS);
            for (int k = 0; k < points; k++) {
                int i = points == n ? k : (int) Math.round((double) k * (n - 1) / (points - 1));
                s.addOrUpdate(v[i], (i + 1) / (double) n);
            }
            data.addSeries(s);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(
                "Closure time (" + result.replications() + " replications)", "Closure time, hours",
                "Cumulative probability", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYStepRenderer r = new XYStepRenderer();
        r.setDefaultStroke(new BasicStroke(2f));
        r.setAutoPopulateSeriesStroke(false);
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
