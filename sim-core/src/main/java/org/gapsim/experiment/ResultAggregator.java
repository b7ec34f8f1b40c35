package org.gapsim.experiment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.ObstacleKind;
import umontreal.ssj.stat.Tally;

/**
 * Accumulates rows in replication order on one thread (SSJ tallies are not thread-safe and floating-point sums
 * depend on order, so the order is what makes results thread-count independent) and turns them into summaries.
 * Memory is bounded whatever the replication count: moments in tallies, quantiles in {@link QuantileSketch}es, and
 * rows kept only when asked for.
 */
final class ResultAggregator {
    /** Confidence level of every interval (per package; family-wise for the comparisons). */
    static final double LEVEL = 0.95;
    /** Standard normal quantile for a two-sided 95% interval, z_{0.975}. */
    static final double Z95 = 1.959963984540054;
    /** Most points of a closure curve (larger samples are thinned evenly by rank). */
    static final int MAX_CURVE_POINTS = 2000;
    private static final double EUR_100M = 1e8;

    private final Experiment experiment;
    private final List<String> names;
    private final List<FortificationPackage> fortifications;
    private final PackageTallies[] tallies;
    private final Tally[][] pairs;
    private final boolean keepRows;
    private final List<ReplicationRow> rows = new ArrayList<>();
    private final double horizonH;
    private long replications;

    ResultAggregator(Experiment experiment, List<FortificationPackage> fortifications) {
        this(experiment, fortifications, false);
    }

    /**
     * @param experiment     the experiment
     * @param fortifications its packages, in {@link Experiment#allPackages()} order
     * @param keepRows       whether to keep every row for {@link ExperimentResult#rows()} (memory grows with the
     *                       replications)
     */
    ResultAggregator(Experiment experiment, List<FortificationPackage> fortifications, boolean keepRows) {
        this.experiment = experiment;
        this.names = experiment.allPackages();
        this.fortifications = List.copyOf(fortifications);
        this.keepRows = keepRows;
        this.horizonH = experiment.scenario().horizonMin() / ReplicationRow.MIN_PER_H;
        this.tallies = new PackageTallies[names.size()];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new PackageTallies(names.get(i), horizonH, experiment);
        }
        pairs = new Tally[tallies.length][tallies.length];
        for (int i = 0; i < tallies.length; i++) {
            for (int j = i + 1; j < tallies.length; j++) {
                pairs[i][j] = new Tally(names.get(j) + " - " + names.get(i));
            }
        }
    }

    /** Adds one replication: one row per package, in the experiment's package order. */
    void add(List<ReplicationRow> replication) {
        if (replication.size() != tallies.length) {
            throw new IllegalArgumentException("a replication needs " + tallies.length + " rows, had " + replication.size());
        }
        ReplicationRow base = replication.get(0);
        for (int i = 0; i < tallies.length; i++) {
            ReplicationRow r = replication.get(i);
            if (r.replication() != replications || !r.packageName().equals(names.get(i))) {
                throw new IllegalArgumentException("expected replication " + replications + " of package '"
                        + names.get(i) + "', got " + r.replication() + " of '" + r.packageName() + "'");
            }
            tallies[i].add(r, i == 0 ? null : base);
            for (int j = i + 1; j < tallies.length; j++) {
                pairs[i][j].add(replication.get(j).closureH() - r.closureH());
            }
            if (keepRows) {
                rows.add(r);
            }
        }
        replications++;
    }

    /** @return replications added */
    long replications() {
        return replications;
    }

    /** @return rows retained (0 unless rows are kept) */
    int retainedRows() {
        return rows.size();
    }

    /** @return array slots retained by the quantile sketches: bounded whatever the replication count */
    long retainedSketchSlots() {
        long s = 0;
        for (PackageTallies t : tallies) {
            s += t.closure.retainedSlots() + t.slowdown.retainedSlots() + t.firstLead.retainedSlots();
        }
        return s;
    }

    /** @return the precision of the compared packages' restricted mean slowdowns now */
    Precision precision() {
        StoppingRule.TargetPrecision t = experiment.stopping() instanceof StoppingRule.TargetPrecision tp ? tp : null;
        boolean absolute = t != null && t.isAbsolute();
        double worstRel = 0;
        double worstAbs = 0;
        String worstName = "";
        boolean met = t != null;
        for (int i = 1; i < tallies.length; i++) {
            Tally s = tallies[i].slowdown.tally();
            double hw = s.numberObs() < 2 ? Double.POSITIVE_INFINITY : halfWidth(s);
            double rel = relativeHalfWidth(s, hw);
            boolean worse = absolute ? hw > worstAbs : rel > worstRel;
            if (worstName.isEmpty() || worse) {
                worstName = names.get(i);
            }
            worstRel = Math.max(worstRel, rel);
            worstAbs = Math.max(worstAbs, hw);
            if (t != null) {
                met &= absolute ? hw <= t.absoluteHalfWidthH() : rel <= t.relativeHalfWidth();
            }
        }
        return new Precision(t == null || absolute ? Double.NaN : t.relativeHalfWidth(), worstRel, worstName, met,
                absolute ? t.absoluteHalfWidthH() : Double.NaN, worstAbs);
    }

    /**
     * The stopping decision after {@link #replications()} replications: only at batch boundaries (or the cap), and
     * only from the results, so it is the same for any thread count.
     *
     * @return why to stop, or null to go on
     */
    StopReason decide() {
        long n = replications;
        StoppingRule rule = experiment.stopping();
        if (rule instanceof StoppingRule.FixedReplications f) {
            return n >= f.replications() ? StopReason.REPLICATIONS_DONE : null;
        }
        if (rule instanceof StoppingRule.Extension x) {
            return ExtensionStop.decide(x, n, experiment.batchSize(), this);
        }
        StoppingRule.TargetPrecision t = (StoppingRule.TargetPrecision) rule;
        boolean atCheck = n % experiment.batchSize() == 0 || n >= t.maxReplications();
        if (!atCheck || n == 0) {
            return null;
        }
        if (precision().targetMet()) {
            return StopReason.TARGET_MET;
        }
        return n >= t.maxReplications() ? StopReason.MAX_REPLICATIONS : null;
    }

    /** @return the result so far */
    ExperimentResult result(StopReason reason) {
        List<PackageSummary> out = new ArrayList<>(tallies.length);
        PackageTallies base = tallies[0];
        for (int i = 0; i < tallies.length; i++) {
            out.add(tallies[i].summary(fortifications.get(i), i == 0, base));
        }
        return new ExperimentResult(experiment.scenario().name(), experiment.masterSeed(), experiment.baseline(),
                experiment.stopping(), experiment.batchSize(), replications, reason, precision(), out, rows, horizonH,
                comparisons());
    }

    /** @return every pair's paired difference with Bonferroni-adjusted Student intervals (family-wise 95%) */
    List<PairComparison> comparisons() {
        int k = tallies.length;
        int m = k * (k - 1) / 2;
        List<PairComparison> out = new ArrayList<>(m);
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                Tally d = pairs[i][j];
                long n = d.numberObs();
                double mean = n == 0 ? Double.NaN : d.average();
                double sd = n < 2 ? Double.NaN : d.standardDeviation();
                out.add(new PairComparison(names.get(i), names.get(j), n, mean, sd,
                        bonferroniHalfWidth(sd, n, m, LEVEL), m, LEVEL));
            }
        }
        return out;
    }

    /**
     * @param sd          sample standard deviation
     * @param n           observations
     * @param pairs       intervals in the family
     * @param familyLevel family-wise level, e.g. 0.95
     * @return the half-width of one Bonferroni-adjusted Student interval: t_{n-1, 1 - (1 - L) / (2 pairs)} sd / sqrt(n);
     *         NaN with fewer than 2 observations; 0 if sd is 0
     */
    static double bonferroniHalfWidth(double sd, long n, int pairs, double familyLevel) {
        if (n < 2 || Double.isNaN(sd)) {
            return Double.NaN;
        }
        if (sd == 0) {
            return 0;
        }
        double alpha = (1 - familyLevel) / pairs;
        double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(1 - alpha / 2);
        return t * sd / Math.sqrt(n);
    }

    /**
     * Wilson score interval (Wilson 1927) for a binomial proportion at 95%.
     *
     * @param successes successes
     * @param n         trials
     * @return {low, high}; NaN for n = 0
     */
    static double[] wilson(long successes, long n) {
        if (n == 0) {
            return new double[]{Double.NaN, Double.NaN};
        }
        double p = (double) successes / n;
        double z2 = Z95 * Z95;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double hw = Z95 / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[]{Math.max(0, centre - hw), Math.min(1, centre + hw)};
    }

    private static double relativeHalfWidth(Tally t, double hw) {
        if (t.numberObs() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        return hw <= StoppingRule.ABSOLUTE_FLOOR_H ? 0 : hw / Math.abs(t.average());
    }

    /** @return the half-width of the Student interval of the tally's mean at {@link #LEVEL}; NaN with fewer than 2 */
    static double halfWidth(Tally t) {
        if (t.numberObs() < 2) {
            return Double.NaN;
        }
        double[] ci = new double[2];
        t.confidenceIntervalStudent(LEVEL, ci);
        return ci[1];
    }

    /** @return the tally's mean with its Student 95% interval */
    static MeanEstimate estimate(Tally t) {
        long n = t.numberObs();
        double sd = n < 2 ? Double.NaN : t.standardDeviation();
        return new MeanEstimate(n, mean(t), sd, sd == 0 ? 0 : halfWidth(t));
    }

    private static double mean(Tally t) {
        return t.numberObs() == 0 ? Double.NaN : t.average();
    }

    private static double variance(Tally t) {
        return t.numberObs() < 2 ? Double.NaN : t.variance();
    }

    /**
     * The Kaplan-Meier estimate of P(closed by t) under censoring at the horizon only (type I): the empirical
     * distribution of the reached closure times over all n replications, ending at reached / n at the horizon.
     */
    static StepCurve closureCurve(QuantileSketch highs, long n, long reached, double horizonH) {
        if (n == 0) {
            return new StepCurve(new double[0], new double[0]);
        }
        // the finite upper ends of the closure intervals are exactly the reached closure times, ranks 0..reached-1
        int points = (int) Math.min(reached, MAX_CURVE_POINTS);
        long[] ranks = new long[points];
        for (int k = 0; k < points; k++) {
            ranks[k] = points == reached ? k : Math.round((double) k * (reached - 1) / (points - 1));
        }
        double[] x = highs.orderStatistics(ranks);
        boolean tail = points == 0 || x[points - 1] < horizonH;
        double[] t = new double[points + (tail ? 1 : 0)];
        double[] p = new double[t.length];
        for (int k = 0; k < points; k++) {
            t[k] = x[k];
            p[k] = (ranks[k] + 1) / (double) n;
        }
        if (tail) {
            t[points] = horizonH;
            p[points] = reached / (double) n;
        }
        return new StepCurve(t, p);
    }

    /** The accumulators of one package. */
    private static final class PackageTallies {
        final CensoredSample closure;
        final CensoredSample slowdown;
        final CensoredSample firstLead;
        final Tally lost;
        final Tally[] losses = new Tally[LossCause.values().length];
        final Tally[] held = new Tally[ObstacleKind.values().length];
        final Tally breaches;
        final Tally[] fight = new Tally[FightCount.size()];
        final double horizonH;
        long notReached;
        final ColumnTallies[] columns;
        final List<String> measureNames;
        final CensoredSample[] measures;
        final Tally[] measureDiffs;

        PackageTallies(String name, double horizonH, Experiment experiment) {
            this.horizonH = horizonH;
            List<org.gapsim.scenario.ColumnSpec> specs = experiment.scenario().columns();
            columns = new ColumnTallies[specs.size()];
            for (int c = 0; c < columns.length; c++) {
                columns[c] = new ColumnTallies(specs.get(c).id(), name, horizonH);
            }
            measureNames = experiment.measureNames();
            measures = new CensoredSample[measureNames.size()];
            measureDiffs = new Tally[measureNames.size()];
            int v = 0;
            for (org.gapsim.measure.Measure m : experiment.measures()) {
                double[] range = m.typicalRange();
                for (int k = 0; k < m.valueNames().size(); k++, v++) {
                    measures[v] = new CensoredSample("measure_" + measureNames.get(v) + " " + name, range[0],
                            range[1]);
                    measureDiffs[v] = new Tally("measure_" + measureNames.get(v) + " - baseline " + name);
                }
            }
            closure = new CensoredSample("closure_h " + name, 0, horizonH);
            slowdown = new CensoredSample("slowdown_h " + name, -horizonH, horizonH);
            firstLead = new CensoredSample("first_lead_h " + name, 0, horizonH);
            lost = new Tally("vehicles_lost " + name);
            for (LossCause c : LossCause.values()) {
                losses[c.ordinal()] = new Tally("lost_" + c + " " + name);
            }
            for (ObstacleKind k : ObstacleKind.values()) {
                held[k.ordinal()] = new Tally("held_min_" + k + " " + name);
            }
            breaches = new Tally("breaches " + name);
            for (FightCount c : FightCount.values()) {
                fight[c.ordinal()] = new Tally(c.key() + " " + name);
            }
        }

        /**
         * @param r    the package's row
         * @param base the baseline's row in the same replication; null for the baseline itself
         */
        void add(ReplicationRow r, ReplicationRow base) {
            if (r.reached()) {
                closure.addExact(r.closureH());
            } else {
                closure.addAtLeast(r.closureH());
                notReached++;
            }
            double d = r.slowdownH();
            if (base == null || (r.reached() && base.reached())) {
                slowdown.addExact(d);
            } else if (base.reached()) {
                slowdown.addAtLeast(d);      // the package's true closure is later than recorded
            } else if (r.reached()) {
                slowdown.addAtMost(d);       // the baseline's true closure is later than recorded
            } else {
                slowdown.addUnknown(d);      // both censored: the true difference is not bounded
            }
            if (r.firstLeadH() >= horizonH) {
                firstLead.addAtLeast(r.firstLeadH());
            } else {
                firstLead.addExact(r.firstLeadH());
            }
            lost.add(r.vehiclesLost());
            for (LossCause c : LossCause.values()) {
                losses[c.ordinal()].add(r.losses(c));
            }
            for (ObstacleKind k : ObstacleKind.values()) {
                held[k.ordinal()].add(r.heldMin(k));
            }
            breaches.add(r.breaches());
            for (FightCount c : FightCount.values()) {
                fight[c.ordinal()].add(r.count(c));
            }
            addColumnsAndMeasures(r, base);
        }

        /** Adds the row's columns (when it has them) and user measure values (NaN ones left out). */
        private void addColumnsAndMeasures(ReplicationRow r, ReplicationRow base) {
            List<ColumnRow> cols = r.columns();
            if (!cols.isEmpty()) {
                if (cols.size() != columns.length) {
                    throw new IllegalArgumentException("a row needs " + columns.length + " columns, had "
                            + cols.size());
                }
                for (int c = 0; c < columns.length; c++) {
                    columns[c].add(cols.get(c));
                }
            }
            double[] values = r.measures();
            if (values.length != measures.length) {
                throw new IllegalArgumentException("a row needs " + measures.length + " measure values "
                        + measureNames + ", had " + values.length);
            }
            for (int v = 0; v < values.length; v++) {
                if (!Double.isNaN(values[v])) {
                    measures[v].addExact(values[v]);
                    if (base != null && !Double.isNaN(base.measure(v))) {
                        measureDiffs[v].add(values[v] - base.measure(v));
                    }
                }
            }
        }

        private List<ColumnSummary> columnSummaries() {
            List<ColumnSummary> out = new ArrayList<>(columns.length);
            for (ColumnTallies c : columns) {
                if (c.lead.tally().numberObs() > 0) {
                    out.add(c.summary());
                }
            }
            return out;
        }

        private List<MeasureSummary> measureSummaries(boolean isBaseline) {
            List<MeasureSummary> out = new ArrayList<>(measures.length);
            for (int v = 0; v < measures.length; v++) {
                MeanEstimate diff = isBaseline ? new MeanEstimate(0, Double.NaN, Double.NaN, Double.NaN)
                        : estimate(measureDiffs[v]);
                out.add(new MeasureSummary(measureNames.get(v), measures[v].summary(), diff));
            }
            return out;
        }

        PackageSummary summary(FortificationPackage p, boolean isBaseline, PackageTallies base) {
            long n = closure.tally().numberObs();
            Map<LossCause, Double> meanLosses = new EnumMap<>(LossCause.class);
            for (LossCause c : LossCause.values()) {
                meanLosses.put(c, mean(losses[c.ordinal()]));
            }
            Map<LossCause, MeanEstimate> lossEstimates = new EnumMap<>(LossCause.class);
            for (LossCause c : LossCause.values()) {
                lossEstimates.put(c, estimate(losses[c.ordinal()]));
            }
            Map<FightCount, MeanEstimate> fightEstimates = new EnumMap<>(FightCount.class);
            for (FightCount c : FightCount.values()) {
                fightEstimates.put(c, estimate(fight[c.ordinal()]));
            }
            Map<ObstacleKind, Double> meanHeld = new EnumMap<>(ObstacleKind.class);
            for (ObstacleKind k : ObstacleKind.values()) {
                meanHeld.put(k, mean(held[k.ordinal()]));
            }
            SampleSummary slow = slowdown.summary();
            double unpairedSd = Math.sqrt(variance(closure.tally()) + variance(base.closure.tally()));
            double perEur = p.costEur() > 0 ? slow.mean() / (p.costEur() / EUR_100M) : Double.NaN;
            long reached = n - notReached;
            double[] ci = wilson(reached, n);
            double pNot = n == 0 ? Double.NaN : (double) notReached / n;
            double basePNot = n == 0 ? Double.NaN : (double) base.notReached / n;
            boolean flagged = pNot > PackageSummary.CENSORING_FLAG_THRESHOLD
                    || basePNot > PackageSummary.CENSORING_FLAG_THRESHOLD;
            double placed = p.placedEur();
            double perPlaced = placed > 0 ? slow.mean() / (placed / EUR_100M) : Double.NaN;
            double dReached = n == 0 ? Double.NaN : (double) (base.notReached - notReached) / n;
            double dReachedPerPlaced = placed > 0 ? dReached / (placed / EUR_100M) : Double.NaN;
            return new PackageSummary(p.name(), p.description(), isBaseline, p.costEur(), p.obstacles().size(),
                    closure.summary(), pNot, firstLead.summary(), slow, unpairedSd, meanLosses, mean(lost), meanHeld,
                    perEur, reached, ci[0], ci[1], flagged, closureCurve(closure.highs(), n, reached, horizonH),
                    estimate(lost), lossEstimates, estimate(breaches), fightEstimates, placed, p.outsideEur(),
                    p.costsFromCatalogue(), perPlaced, dReachedPerPlaced, columnSummaries(),
                    measureSummaries(isBaseline));
        }
    }

    /** The accumulators of one column of one package. */
    private static final class ColumnTallies {
        final String column;
        final CensoredSample lead;
        final CensoredSample tail;
        final Tally lost;
        final Tally armoured;
        final Tally light;
        final Tally held;
        final double horizonH;
        long reached;
        long halted;

        ColumnTallies(String column, String packageName, double horizonH) {
            this.column = column;
            this.horizonH = horizonH;
            String suffix = " " + column + " " + packageName;
            lead = new CensoredSample("lead_h" + suffix, 0, horizonH);
            tail = new CensoredSample("tail_h" + suffix, 0, horizonH);
            lost = new Tally("lost" + suffix);
            armoured = new Tally("lost_armoured" + suffix);
            light = new Tally("lost_light" + suffix);
            held = new Tally("held_min" + suffix);
        }

        void add(ColumnRow c) {
            if (!c.column().equals(column)) {
                throw new IllegalArgumentException("expected column '" + column + "', got '" + c.column() + "'");
            }
            if (c.leadH() < horizonH) {
                lead.addExact(c.leadH());
            } else {
                lead.addAtLeast(c.leadH());
            }
            if (c.reached()) {
                tail.addExact(c.tailH());
                reached++;
            } else {
                tail.addAtLeast(c.tailH());
            }
            if (c.halted()) {
                halted++;
            }
            lost.add(c.vehiclesLost());
            armoured.add(c.lostArmoured());
            light.add(c.lostLight());
            held.add(c.heldMin());
        }

        ColumnSummary summary() {
            long n = tail.tally().numberObs();
            double[] ci = wilson(reached, n);
            return new ColumnSummary(column, lead.summary(), tail.summary(), reached, ci[0], ci[1], estimate(lost),
                    estimate(armoured), estimate(light), estimate(held), halted);
        }
    }
}
