package org.gapsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ObstacleKind;

/**
 * The summary CSV: one row per package (baseline first). Times in hours ({@code _h}), held times in minutes
 * ({@code _min}), cost in EUR; {@code ci_low/ci_high} bound the Student 95% confidence interval of the mean;
 * quantiles are R type 7; {@code slowdown_*} are paired differences with the baseline (0 for the baseline itself)
 * and {@code slowdown_unpaired_sd_h} is sqrt(var(closure) + var(baseline closure)) for comparison; NaN where a
 * value does not exist (e.g. hours per EUR 100 M of a package that costs nothing).
 */
public final class SummaryCsv {
    private SummaryCsv() {
    }

    /** @return the column names, in order */
    public static List<String> columnNames() {
        List<String> c = new ArrayList<>(List.of("scenario", "master_seed", "package", "description", "baseline",
                "cost_eur", "obstacles", "replications"));
        stats(c, "closure", "h");
        c.add("p_not_reached");
        c.add("first_lead_mean_h");
        stats(c, "slowdown", "h");
        c.add("slowdown_rel_half_width");
        c.add("slowdown_unpaired_sd_h");
        c.add("vehicles_lost_mean");
        for (LossCause cause : LossCause.values()) {
            c.add("lost_" + Csv.key(cause) + "_mean");
        }
        for (ObstacleKind k : ObstacleKind.values()) {
            c.add("held_min_" + Csv.key(k) + "_mean");
        }
        c.add("hours_per_100m_eur");
        return List.copyOf(c);
    }

    /**
     * Writes the summary (atomically).
     *
     * @param result the result
     * @param file   the CSV file
     * @throws IOException if it cannot be written
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        AtomicFiles.writeText(file, w -> w.write(render(result)));
    }

    /** @return the CSV text */
    public static String render(ExperimentResult result) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", columnNames())).append('\n');
        for (PackageSummary p : result.packages()) {
            List<String> f = new ArrayList<>();
            f.add(Csv.field(result.scenarioName()));
            f.add(Long.toString(result.masterSeed()));
            f.add(Csv.field(p.packageName()));
            f.add(Csv.field(p.description()));
            f.add(Csv.bool(p.baseline()));
            f.add(Csv.number(p.costEur()));
            f.add(Integer.toString(p.obstacles()));
            f.add(Long.toString(p.closureH().n()));
            stats(f, p.closureH());
            f.add(Csv.number(p.pNotReached()));
            f.add(Csv.number(p.firstLeadH().mean()));
            stats(f, p.slowdownH());
            f.add(Csv.number(p.slowdownH().relativeHalfWidth()));
            f.add(Csv.number(p.unpairedSlowdownSdH()));
            f.add(Csv.number(p.meanVehiclesLost()));
            for (LossCause cause : LossCause.values()) {
                f.add(Csv.number(p.meanLossesByCause().get(cause)));
            }
            for (ObstacleKind k : ObstacleKind.values()) {
                f.add(Csv.number(p.meanHeldMinByKind().get(k)));
            }
            f.add(Csv.number(p.hoursPer100MEur()));
            b.append(String.join(",", f)).append('\n');
        }
        return b.toString();
    }

    private static void stats(List<String> c, String name, String unit) {
        for (String s : List.of("mean", "sd", "ci_low", "ci_high", "p5", "p50", "p95")) {
            c.add(name + "_" + s + "_" + unit);
        }
    }

    private static void stats(List<String> f, SampleSummary s) {
        for (double v : new double[]{s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.p5(), s.p50(), s.p95()}) {
            f.add(Csv.number(v));
        }
    }
}
