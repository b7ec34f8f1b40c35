package org.gapsim.report;

import org.gapsim.report.internal.Csv;
import org.gapsim.report.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.CensoredQuantile;
import org.gapsim.experiment.ColumnSummary;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.MeanEstimate;
import org.gapsim.experiment.MeasureSummary;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ObstacleKind;

/**
 * The summary CSV: one row per package (baseline first). Times in hours ({@code _h}), held times in minutes
 * ({@code _min}), cost in EUR. Closure time is censored at the horizon ({@code horizon_h}), so (see
 * docs/statistics.md):
 * <ul>
 * <li>{@code reached}, {@code p_reached} and its Wilson score 95% interval {@code p_reached_ci_low/high}:
 * P(objective reached by the horizon);</li>
 * <li>{@code *_restricted_mean_h}, {@code _sd_h}, {@code _ci_low_h}, {@code _ci_high_h}: the restricted mean up to
 * the horizon (mean of min(T, H)) with its Student 95% interval; {@code slowdown_restricted_*} is the paired
 * min(T_pkg, H) - min(T_base, H) (0 for the baseline itself);</li>
 * <li>{@code *_p5_h}, {@code _p50_h}, {@code _p95_h}: R type-7 quantiles where the data identify them, NaN where they
 * do not; {@code *_pNN_low_h} and {@code *_pNN_high_h} bound them (equal when identified, -Infinity/Infinity when
 * unbounded); {@code *_censored}: replications whose value is only bounded; {@code quantile_error_h}: largest error
 * of the quantiles from the bounded-memory sketch (0 up to 10,000 replications);</li>
 * <li>{@code hours_per_100m_eur_restricted}: restricted mean slowdown per EUR 100 M (NaN for a package that costs
 * nothing), and {@code cost_effect_censored} (logical) when P(not reached) of the package or the baseline exceeds
 * {@link PackageSummary#CENSORING_FLAG_THRESHOLD} and that figure understates the true effect;</li>
 * <li>counts per replication (not censored: what happened up to the horizon): {@code vehicles_lost_mean} and
 * {@code lost_<cause>_mean} with their Student 95% intervals {@code _ci_low}, {@code _ci_high}; then
 * {@code breaches_mean} (attempts started) and one {@code <count>_mean}, {@code _ci_low}, {@code _ci_high} per
 * {@link FightCount}: losses by vehicle class ({@code lost_armoured}, {@code lost_light}), {@code carriers_lost},
 * engineer assets lost by kind ({@code assets_lost_line_charge, _plough, _roller, _bridge, _earth_mover}),
 * {@code breach_failures}, charges misfired and wasted, lanes blocked, columns culminated, and the defender's
 * engagements, suppressions and units destroyed;</li>
 * <li>the money (appended as a block, issue 12): {@code cost_eur} is the package's budget; {@code placed_eur} what its
 * obstacles and defender units cost (placed in the model), {@code outside_eur} the rest of its budget (spent outside
 * the model, never counted as placed), {@code placed_fraction}, {@code costs_from_catalogue} (FALSE: typed, not from
 * a catalogue), {@code hours_per_100m_eur_placed_restricted} (restricted mean slowdown per EUR 100 M placed, NaN
 * when nothing is placed; flagged by {@code cost_effect_censored} too), {@code p_reached_change_per_100m_eur_placed}
 * (change in P(reached) against the baseline per EUR 100 M placed) and {@code under_half_placed} (TRUE: the summary
 * warns that less than half the budget is placed).</li>
 * </ul>
 * {@code slowdown_unpaired_sd_h} is sqrt(var(closure) + var(baseline closure)) for comparison with the paired sd;
 * NaN where a value does not exist. After these fields ({@link #columnNames()}) come, per column of the scenario
 * ({@code col_ID_}, scenario order), its tail arrival (the column's closure) as a restricted-mean and quantile block
 * like closure's ({@code col_ID_tail_restricted_mean_h, ...}), its lead's restricted mean and interval
 * ({@code col_ID_lead_restricted_mean_h, _ci_low_h, _ci_high_h}), {@code col_ID_reached, col_ID_p_reached} with its
 * Wilson interval, {@code col_ID_p_halted}, and per replication {@code col_ID_vehicles_lost, _lost_armoured,
 * _lost_light, _held_min} each as {@code _mean, _ci_low, _ci_high}; then per user measure value
 * ({@code measure_NAME_}): {@code n} (replications where it was observed), {@code mean, sd, ci_low, ci_high, p5,
 * p50, p95} and the paired difference against the baseline {@code diff_mean, diff_ci_low, diff_ci_high}. The whole
 * header is {@link #columnNames(ExperimentResult)}. Columns are only ever appended or inserted as a block, so
 * readers should select by name.
 */
public final class SummaryCsv {
    private static final List<String> QUANTILES = List.of("p5", "p50", "p95");
    private static final double[] LEVELS = {0.05, 0.5, 0.95};

    private SummaryCsv() {
    }

    /** @return the column names, in order */
    public static List<String> columnNames() {
        List<String> c = new ArrayList<>(List.of("scenario", "master_seed", "package", "description", "baseline",
                "cost_eur", "obstacles", "replications"));
        c.addAll(List.of("horizon_h", "reached", "p_reached", "p_reached_ci_low", "p_reached_ci_high",
                "p_not_reached"));
        stats(c, "closure");
        c.add("first_lead_restricted_mean_h");
        stats(c, "slowdown");
        c.add("slowdown_rel_half_width");
        c.add("slowdown_unpaired_sd_h");
        c.add("quantile_error_h");
        c.add("vehicles_lost_mean");
        for (LossCause cause : LossCause.values()) {
            c.add("lost_" + Csv.key(cause) + "_mean");
        }
        for (ObstacleKind k : ObstacleKind.values()) {
            c.add("held_min_" + Csv.key(k) + "_mean");
        }
        c.add("hours_per_100m_eur_restricted");
        c.add("cost_effect_censored");
        for (String k : ciOnlyKeys()) {
            c.add(k + "_ci_low");
            c.add(k + "_ci_high");
        }
        for (String k : countKeys()) {
            c.add(k + "_mean");
            c.add(k + "_ci_low");
            c.add(k + "_ci_high");
        }
        c.addAll(MONEY);
        return List.copyOf(c);
    }

    /**
     * @param result a result
     * @return every field name of its summary CSV: {@link #columnNames()}, then each column's and each user
     *         measure value's block
     */
    public static List<String> columnNames(ExperimentResult result) {
        List<String> c = new ArrayList<>(columnNames());
        if (result.packages().isEmpty()) {
            return c;
        }
        PackageSummary first = result.packages().get(0);
        for (ColumnSummary col : first.columns()) {
            String k = "col_" + col.column() + "_";
            stats(c, k + "tail");
            for (String s : List.of("restricted_mean", "ci_low", "ci_high")) {
                c.add(k + "lead_" + s + "_h");
            }
            c.addAll(List.of(k + "reached", k + "p_reached", k + "p_reached_ci_low", k + "p_reached_ci_high",
                    k + "p_halted"));
            for (String s : List.of("vehicles_lost", "lost_armoured", "lost_light", "held_min")) {
                c.addAll(List.of(k + s + "_mean", k + s + "_ci_low", k + s + "_ci_high"));
            }
        }
        for (MeasureSummary m : first.measures()) {
            String k = "measure_" + m.name() + "_";
            for (String s : List.of("n", "mean", "sd", "ci_low", "ci_high", "p5", "p50", "p95", "diff_mean",
                    "diff_ci_low", "diff_ci_high")) {
                c.add(k + s);
            }
        }
        return c;
    }

    /** Appends a package's per-column and user measure fields. */
    private static void columnsAndMeasures(List<String> f, PackageSummary p) {
        for (ColumnSummary col : p.columns()) {
            stats(f, col.tailH());
            f.add(Csv.number(col.leadH().mean()));
            f.add(Csv.number(col.leadH().ciLow()));
            f.add(Csv.number(col.leadH().ciHigh()));
            f.add(Long.toString(col.reached()));
            f.add(Csv.number(col.pReached()));
            f.add(Csv.number(col.pReachedLow()));
            f.add(Csv.number(col.pReachedHigh()));
            f.add(Csv.number(col.pHalted()));
            mean(f, col.vehiclesLost());
            mean(f, col.lostArmoured());
            mean(f, col.lostLight());
            mean(f, col.heldMin());
        }
        for (MeasureSummary m : p.measures()) {
            SampleSummary s = m.values();
            f.add(Long.toString(s.n()));
            for (double v : new double[]{s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.p5(), s.p50(), s.p95()}) {
                f.add(Csv.number(v));
            }
            mean(f, m.vsBaseline());
        }
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

    /**
     * @param result the experiment's result
     * @return the CSV text
     */
    public static String render(ExperimentResult result) {
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", columnNames(result))).append('\n');
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
            f.add(Csv.number(result.horizonH()));
            f.add(Long.toString(p.reached()));
            f.add(Csv.number(p.pReached()));
            f.add(Csv.number(p.pReachedLow()));
            f.add(Csv.number(p.pReachedHigh()));
            f.add(Csv.number(p.pNotReached()));
            stats(f, p.closureH());
            f.add(Csv.number(p.firstLeadH().mean()));
            stats(f, p.slowdownH());
            f.add(Csv.number(p.slowdownH().relativeHalfWidth()));
            f.add(Csv.number(p.unpairedSlowdownSdH()));
            f.add(Csv.number(Math.max(p.closureH().quantileError(), p.slowdownH().quantileError())));
            f.add(Csv.number(p.meanVehiclesLost()));
            for (LossCause cause : LossCause.values()) {
                f.add(Csv.number(p.meanLossesByCause().get(cause)));
            }
            for (ObstacleKind k : ObstacleKind.values()) {
                f.add(Csv.number(p.meanHeldMinByKind().get(k)));
            }
            f.add(Csv.number(p.hoursPer100MEur()));
            f.add(Csv.bool(p.costEffectCensored()));
            ci(f, p.vehiclesLost());
            for (LossCause cause : LossCause.values()) {
                ci(f, p.lossesByCause().get(cause));
            }
            mean(f, p.breachAttempts());
            for (FightCount c : FightCount.values()) {
                mean(f, p.count(c));
            }
            money(f, p);
            columnsAndMeasures(f, p);
            b.append(String.join(",", f)).append('\n');
        }
        return b.toString();
    }

    /** The counts whose mean has its own column already: only their interval is added. */
    private static List<String> ciOnlyKeys() {
        List<String> k = new ArrayList<>(List.of("vehicles_lost"));
        for (LossCause cause : LossCause.values()) {
            k.add("lost_" + Csv.key(cause));
        }
        return k;
    }

    private static List<String> countKeys() {
        List<String> k = new ArrayList<>(List.of("breaches"));
        for (FightCount c : FightCount.values()) {
            k.add(c.key());
        }
        return k;
    }

    private static void ci(List<String> f, MeanEstimate e) {
        f.add(Csv.number(e.ciLow()));
        f.add(Csv.number(e.ciHigh()));
    }

    private static void mean(List<String> f, MeanEstimate e) {
        f.add(Csv.number(e.mean()));
        ci(f, e);
    }

    private static void stats(List<String> c, String name) {
        for (String s : List.of("mean", "sd", "ci_low", "ci_high")) {
            c.add(name + "_restricted_" + s + "_h");
        }
        for (String q : QUANTILES) {
            c.add(name + "_" + q + "_h");
        }
        for (String q : QUANTILES) {
            c.add(name + "_" + q + "_low_h");
            c.add(name + "_" + q + "_high_h");
        }
        c.add(name + "_censored");
    }

    private static void stats(List<String> f, SampleSummary s) {
        for (double v : new double[]{s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.p5(), s.p50(), s.p95()}) {
            f.add(Csv.number(v));
        }
        for (double level : LEVELS) {
            CensoredQuantile q = s.quantile(level);
            f.add(Csv.number(q.low()));
            f.add(Csv.number(q.high()));
        }
        f.add(Long.toString(s.censored()));
    }

    /** The money columns, appended as a block (issue 12). */
    private static final List<String> MONEY = List.of("placed_eur", "outside_eur", "placed_fraction",
            "costs_from_catalogue", "hours_per_100m_eur_placed_restricted", "p_reached_change_per_100m_eur_placed",
            "under_half_placed");

    private static void money(List<String> f, PackageSummary p) {
        f.add(Csv.number(p.placedEur()));
        f.add(Csv.number(p.outsideEur()));
        f.add(Csv.number(p.placedFraction()));
        f.add(Csv.bool(p.costsFromCatalogue()));
        f.add(Csv.number(p.hoursPer100MEurPlaced()));
        f.add(Csv.number(p.pReachedChangePer100MEurPlaced()));
        f.add(Csv.bool(p.underPlaced()));
    }
}
