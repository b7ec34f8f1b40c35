package org.gapsim.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.ObstacleKind;
import umontreal.ssj.stat.Tally;
import umontreal.ssj.stat.TallyStore;

/**
 * Accumulates rows in replication order on one thread (SSJ tallies are not thread-safe and floating-point sums
 * depend on order, so the order is what makes results thread-count independent) and turns them into summaries.
 */
final class ResultAggregator {
    /** Confidence level of every interval. */
    static final double LEVEL = 0.95;
    private static final double EUR_100M = 1e8;

    private final Experiment experiment;
    private final List<String> names;
    private final List<FortificationPackage> fortifications;
    private final PackageTallies[] tallies;
    private final List<ReplicationRow> rows = new ArrayList<>();
    private long replications;

    ResultAggregator(Experiment experiment, List<FortificationPackage> fortifications) {
        this.experiment = experiment;
        this.names = experiment.allPackages();
        this.fortifications = List.copyOf(fortifications);
        this.tallies = new PackageTallies[names.size()];
        for (int i = 0; i < tallies.length; i++) {
            tallies[i] = new PackageTallies(names.get(i));
        }
    }

    /** Adds one replication: one row per package, in the experiment's package order. */
    void add(List<ReplicationRow> replication) {
        if (replication.size() != tallies.length) {
            throw new IllegalArgumentException("a replication needs " + tallies.length + " rows, had " + replication.size());
        }
        for (int i = 0; i < tallies.length; i++) {
            ReplicationRow r = replication.get(i);
            if (r.replication() != replications || !r.packageName().equals(names.get(i))) {
                throw new IllegalArgumentException("expected replication " + replications + " of package '"
                        + names.get(i) + "', got " + r.replication() + " of '" + r.packageName() + "'");
            }
            tallies[i].add(r);
            rows.add(r);
        }
        replications++;
    }

    /** @return replications added */
    long replications() {
        return replications;
    }

    /** @return the precision of the compared packages' mean slowdowns now */
    Precision precision() {
        double target = experiment.stopping() instanceof StoppingRule.TargetPrecision t ? t.relativeHalfWidth() : Double.NaN;
        double worst = 0;
        String worstName = "";
        for (int i = 1; i < tallies.length; i++) {
            double rel = relativeHalfWidth(tallies[i].slowdown);
            if (worstName.isEmpty() || rel > worst) {
                worst = rel;
                worstName = names.get(i);
            }
        }
        boolean met = !Double.isNaN(target) && worst <= target;
        return new Precision(target, worst, worstName, met);
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
        TallyStore baseClosure = tallies[0].closure;
        for (int i = 0; i < tallies.length; i++) {
            out.add(tallies[i].summary(fortifications.get(i), i == 0, baseClosure));
        }
        return new ExperimentResult(experiment.scenario().name(), experiment.masterSeed(), experiment.baseline(),
                experiment.stopping(), experiment.batchSize(), replications, reason, precision(), out, rows);
    }

    private static double relativeHalfWidth(Tally t) {
        if (t.numberObs() < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double hw = halfWidth(t);
        return hw == 0 ? 0 : hw / Math.abs(t.average());
    }

    private static double halfWidth(Tally t) {
        if (t.numberObs() < 2) {
            return Double.NaN;
        }
        double[] ci = new double[2];
        t.confidenceIntervalStudent(LEVEL, ci);
        return ci[1];
    }

    private static double mean(Tally t) {
        return t.numberObs() == 0 ? Double.NaN : t.average();
    }

    private static double sd(Tally t) {
        return t.numberObs() < 2 ? Double.NaN : t.standardDeviation();
    }

    private static double variance(Tally t) {
        return t.numberObs() < 2 ? Double.NaN : t.variance();
    }

    /** Mean, sd, Student CI from the tally; quantiles (R type 7) from its stored values. */
    static SampleSummary summarize(TallyStore t) {
        int n = t.numberObs();
        if (n == 0) {
            return new SampleSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        double[] v = Arrays.copyOf(t.getArray(), n);
        Arrays.sort(v);
        Percentile q = new Percentile().withEstimationType(EstimationType.R_7);
        q.setData(v);
        return new SampleSummary(n, t.average(), sd(t), halfWidth(t), q.evaluate(5), q.evaluate(50), q.evaluate(95),
                v[0], v[n - 1]);
    }

    /** The tallies of one package. */
    private static final class PackageTallies {
        final TallyStore closure;
        final TallyStore slowdown;
        final TallyStore firstLead;
        final Tally lost;
        final Tally[] losses = new Tally[LossCause.values().length];
        final Tally[] held = new Tally[ObstacleKind.values().length];
        long notReached;

        PackageTallies(String name) {
            closure = new TallyStore("closure_h " + name);
            slowdown = new TallyStore("slowdown_h " + name);
            firstLead = new TallyStore("first_lead_h " + name);
            lost = new Tally("vehicles_lost " + name);
            for (LossCause c : LossCause.values()) {
                losses[c.ordinal()] = new Tally("lost_" + c + " " + name);
            }
            for (ObstacleKind k : ObstacleKind.values()) {
                held[k.ordinal()] = new Tally("held_min_" + k + " " + name);
            }
        }

        void add(ReplicationRow r) {
            closure.add(r.closureH());
            slowdown.add(r.slowdownH());
            firstLead.add(r.firstLeadH());
            lost.add(r.vehiclesLost());
            for (LossCause c : LossCause.values()) {
                losses[c.ordinal()].add(r.losses(c));
            }
            for (ObstacleKind k : ObstacleKind.values()) {
                held[k.ordinal()].add(r.heldMin(k));
            }
            if (!r.reached()) {
                notReached++;
            }
        }

        PackageSummary summary(FortificationPackage p, boolean isBaseline, TallyStore baseClosure) {
            int n = closure.numberObs();
            Map<LossCause, Double> meanLosses = new EnumMap<>(LossCause.class);
            for (LossCause c : LossCause.values()) {
                meanLosses.put(c, mean(losses[c.ordinal()]));
            }
            Map<ObstacleKind, Double> meanHeld = new EnumMap<>(ObstacleKind.class);
            for (ObstacleKind k : ObstacleKind.values()) {
                meanHeld.put(k, mean(held[k.ordinal()]));
            }
            SampleSummary slow = summarize(slowdown);
            double unpairedSd = Math.sqrt(variance(closure) + variance(baseClosure));
            double perEur = p.costEur() > 0 ? slow.mean() / (p.costEur() / EUR_100M) : Double.NaN;
            return new PackageSummary(p.name(), p.description(), isBaseline, p.costEur(), p.obstacles().size(),
                    summarize(closure), n == 0 ? Double.NaN : (double) notReached / n, summarize(firstLead), slow,
                    unpairedSd, meanLosses, mean(lost), meanHeld, perEur);
        }
    }
}
