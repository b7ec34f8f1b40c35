package org.gapsim.report;

import org.gapsim.report.internal.Csv;
import org.gapsim.report.internal.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.gapsim.experiment.CensoredQuantile;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.MeanEstimate;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.PairComparison;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ObstacleKind;

/**
 * The summary as JSON: the experiment (scenario, seed, stopping rule, replications, why it stopped, precision
 * reached, horizon), one object per package with the same figures as {@link SummaryCsv}, names carrying their
 * units, and {@code comparisons}: the paired restricted difference of every two packages with its simultaneous
 * (Bonferroni, family-wise 95%) interval. Counts per replication (vehicles lost by cause and by vehicle class,
 * breach attempts and failures, engineer assets lost, the defender's engagements and losses) are in each package's
 * {@code per_replication} object as {@code mean}, {@code ci95_low}, {@code ci95_high} (Student 95%). Closure and slowdown means are restricted to the horizon
 * ({@code restricted_mean}); a quantile the censored data do not identify is {@code null} with its bounds in
 * {@code pNN_low} / {@code pNN_high} (see docs/statistics.md). Values that do not exist (NaN, infinite) are written
 * as {@code null}.
 *
 * <p>{@link #write} writes this nested tree, for programs. A {@link Study} writes {@code summary.json} as flat
 * records instead (one per package, the experiment's fields repeated, nested objects joined with {@code _}, the
 * comparisons left to {@code comparisons.csv}), which {@code pandas.read_json} and R's {@code jsonlite::fromJSON}
 * read as a table; both come from {@link #tree}.
 */
public final class SummaryJson {
    private SummaryJson() {
    }

    /**
     * Writes the summary (atomically).
     *
     * @param result the result
     * @param file   the JSON file
     * @throws IOException if it cannot be written
     */
    public static void write(ExperimentResult result, Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = tree(mapper, result);
        AtomicFiles.write(file, out -> mapper.writeValue(new NonClosing(out), root));
    }

    /**
     * @param mapper the Jackson mapper that creates the nodes
     * @param result the experiment's result
     * @return the JSON tree of a result
     */
    public static ObjectNode tree(ObjectMapper mapper, ExperimentResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", result.scenarioName());
        root.put("master_seed", result.masterSeed());
        root.put("baseline", result.baseline());
        root.put("batch_size", result.batchSize());
        ObjectNode stop = root.putObject("stopping");
        if (result.stopping() instanceof StoppingRule.TargetPrecision t) {
            stop.put("rule", "target_precision");
            put(stop, "target_relative_half_width", t.relativeHalfWidth());
            put(stop, "target_half_width_h", t.absoluteHalfWidthH());
            stop.put("max_replications", t.maxReplications());
        } else {
            stop.put("rule", "fixed_replications");
            stop.put("replications", result.stopping().maxReplications());
        }
        root.put("replications", result.replications());
        root.put("stop_reason", result.stopReason().name());
        ObjectNode prec = root.putObject("precision");
        put(prec, "target_relative_half_width", result.precision().target());
        put(prec, "worst_relative_half_width", result.precision().worstRelativeHalfWidth());
        prec.put("worst_package", result.precision().worstPackage());
        prec.put("target_met", result.precision().targetMet());
        put(prec, "target_half_width_h", result.precision().targetHalfWidthH());
        put(prec, "worst_half_width_h", result.precision().worstHalfWidthH());
        put(root, "horizon_h", result.horizonH());
        ArrayNode pkgs = root.putArray("packages");
        for (PackageSummary p : result.packages()) {
            ObjectNode o = pkgs.addObject();
            o.put("package", p.packageName());
            o.put("description", p.description());
            o.put("baseline", p.baseline());
            put(o, "cost_eur", p.costEur());
            o.put("obstacles", p.obstacles());
            o.put("replications", p.closureH().n());
            o.put("reached", p.reached());
            ObjectNode pr = o.putObject("p_reached");
            put(pr, "estimate", p.pReached());
            put(pr, "ci95_low", p.pReachedLow());
            put(pr, "ci95_high", p.pReachedHigh());
            pr.put("interval", "wilson_score");
            stats(o.putObject("closure_h"), p.closureH());
            put(o, "p_not_reached", p.pNotReached());
            stats(o.putObject("first_lead_h"), p.firstLeadH());
            ObjectNode slow = o.putObject("slowdown_h");
            stats(slow, p.slowdownH());
            put(slow, "relative_half_width", p.slowdownH().relativeHalfWidth());
            put(slow, "unpaired_sd", p.unpairedSlowdownSdH());
            ObjectNode losses = o.putObject("mean_vehicles_lost");
            put(losses, "total", p.meanVehiclesLost());
            for (LossCause c : LossCause.values()) {
                put(losses, Csv.key(c), p.meanLossesByCause().get(c));
            }
            ObjectNode counts = o.putObject("per_replication");
            estimate(counts.putObject("vehicles_lost"), p.vehiclesLost());
            for (LossCause c : LossCause.values()) {
                estimate(counts.putObject("lost_" + Csv.key(c)), p.lossesByCause().get(c));
            }
            estimate(counts.putObject("breaches"), p.breachAttempts());
            for (FightCount c : FightCount.values()) {
                estimate(counts.putObject(c.key()), p.count(c));
            }
            ObjectNode held = o.putObject("mean_held_min");
            for (ObstacleKind k : ObstacleKind.values()) {
                put(held, Csv.key(k), p.meanHeldMinByKind().get(k));
            }
            put(o, "hours_per_100m_eur_restricted", p.hoursPer100MEur());
            o.put("cost_effect_censored", p.costEffectCensored());
            money(o.putObject("money"), p);
            columnsAndMeasures(o, p);
        }
        ArrayNode cmp = root.putArray("comparisons");
        for (PairComparison c : result.comparisons()) {
            ObjectNode o = cmp.addObject();
            o.put("first", c.first());
            o.put("second", c.second());
            o.put("n", c.n());
            put(o, "restricted_mean_difference_h", c.meanH());
            put(o, "sd_h", c.sdH());
            put(o, "simultaneous_ci_low_h", c.ciLowH());
            put(o, "simultaneous_ci_high_h", c.ciHighH());
            o.put("pairs", c.pairs());
            put(o, "family_level", c.familyLevel());
            o.put("differs", c.differs());
        }
        return root;
    }

    /**
     * Adds a package's per-column summaries (object {@code col}, one member per column id) and user measures
     * (object {@code measure}, one member per value name): flattened, {@code col_ID_tail_h_restricted_mean},
     * {@code measure_NAME_mean}.
     */
    private static void columnsAndMeasures(ObjectNode o, PackageSummary p) {
        if (p.columns().isEmpty() && p.measures().isEmpty()) {
            return;
        }
        ObjectNode cols = o.putObject("col");
        for (org.gapsim.experiment.ColumnSummary c : p.columns()) {
            ObjectNode co = cols.putObject(c.column());
            stats(co.putObject("tail_h"), c.tailH());
            stats(co.putObject("lead_h"), c.leadH());
            co.put("reached", c.reached());
            ObjectNode pr = co.putObject("p_reached");
            put(pr, "estimate", c.pReached());
            put(pr, "ci95_low", c.pReachedLow());
            put(pr, "ci95_high", c.pReachedHigh());
            pr.put("interval", "wilson_score");
            put(co, "p_halted", c.pHalted());
            ObjectNode per = co.putObject("per_replication");
            estimate(per.putObject("vehicles_lost"), c.vehiclesLost());
            estimate(per.putObject("lost_armoured"), c.lostArmoured());
            estimate(per.putObject("lost_light"), c.lostLight());
            estimate(per.putObject("held_min"), c.heldMin());
        }
        ObjectNode ms = o.putObject("measure");
        for (org.gapsim.experiment.MeasureSummary m : p.measures()) {
            ObjectNode mo = ms.putObject(m.name());
            mo.put("n", m.values().n());
            stats(mo, m.values());
            ObjectNode d = mo.putObject("vs_baseline");
            d.put("n", m.vsBaseline().n());
            estimate(d, m.vsBaseline());
        }
    }

    private static void estimate(ObjectNode o, MeanEstimate e) {
        put(o, "mean", e.mean());
        put(o, "ci95_low", e.ciLow());
        put(o, "ci95_high", e.ciHigh());
    }

    private static void stats(ObjectNode o, SampleSummary s) {
        put(o, "restricted_mean", s.mean());
        put(o, "sd", s.sd());
        put(o, "ci95_low", s.ciLow());
        put(o, "ci95_high", s.ciHigh());
        put(o, "p5", s.p5());
        put(o, "p50", s.p50());
        put(o, "p95", s.p95());
        put(o, "min", s.min());
        put(o, "max", s.max());
        for (CensoredQuantile q : s.quantiles()) {
            String name = q.level() == 0 ? "min" : q.level() == 1 ? "max" : "p" + Math.round(100 * q.level());
            put(o, name + "_low", q.low());
            put(o, name + "_high", q.high());
        }
        o.put("censored", s.censored());
        put(o, "quantile_error", s.quantileError());
    }

    private static void put(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }

    /** Keeps Jackson from closing the stream {@link AtomicFiles} still has to force to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The package's money (issue 12): budget, placed in the model, outside it, and the effects per EUR placed. */
    private static void money(ObjectNode m, PackageSummary p) {
        put(m, "budget_eur", p.costEur());
        put(m, "placed_eur", p.placedEur());
        put(m, "outside_eur", p.outsideEur());
        put(m, "placed_fraction", p.placedFraction());
        m.put("costs", p.costsFromCatalogue() ? "catalogue" : "typed, not from a catalogue");
        put(m, "hours_per_100m_eur_placed_restricted", p.hoursPer100MEurPlaced());
        put(m, "p_reached_change_per_100m_eur_placed", p.pReachedChangePer100MEurPlaced());
        m.put("warning", p.underPlaced() ? p.placedWarning() : null);
    }
}
