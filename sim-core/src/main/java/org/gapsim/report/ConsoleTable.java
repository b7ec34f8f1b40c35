package org.gapsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapsim.experiment.CensoredQuantile;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.MeanEstimate;
import org.gapsim.experiment.Numbers;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.PairComparison;
import org.gapsim.experiment.Precision;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;

/**
 * The result as a plain-text, fixed-width table for a defence analyst, sized to fit {@value #WIDTH} columns (package
 * names up to 20 characters, slowdowns under 100 h): per package its budget (EUR million), the restricted mean slowdown up to the
 * horizon in hours with its 95% confidence interval, the 5th to 95th percentile of the slowdown where identified
 * ("&gt;=x" where censoring only bounds it), P(objective reached by the horizon) with its Wilson 95% interval, mean
 * vehicles lost per replication by vehicle class (armoured / light), and restricted hours of slowdown per EUR 100
 * million of budget (marked {@value #CENSORED_MARK} when censoring makes it an understatement); then the money block
 * (money placed in the model and outside it, hours and the change in P(reached) per EUR 100 M placed, costs from the
 * catalogue or typed) with a WARNING line for every package with less than half its budget placed; then the paired differences
 * between every two packages with simultaneous (Bonferroni) intervals. {@link #renderDetailed} (what
 * {@code summary.txt} holds) adds, as its second block, the detail per package: restricted mean closure, the standard
 * deviation of the slowdown paired (common random numbers) and as it would be unpaired, losses by cause, breaching
 * (attempts, failures, culminations, blocked lanes, misfired and wasted charges, carriers lost), engineer assets
 * lost by kind and the defender's engagements, suppressions and units destroyed, as means per replication (their
 * 95% intervals are in the summary CSV and JSON). Returned as a String: the library prints nothing. Numbers that
 * round to zero print without a minus sign.
 */
public final class ConsoleTable {
    private static final String NONE = "-";
    /** Marks an "h per EUR 100M" figure resting on more than 10 % censored replications. */
    public static final String CENSORED_MARK = "!";
    /** Width the tables are sized to fit, characters (package names up to 20 characters, slowdowns under 100 h). */
    public static final int WIDTH = 120;

    private ConsoleTable() {
    }

    /**
     * @param result the experiment's result
     * @return the table, with a heading, lines ending in {@code \n}
     */
    public static String render(ExperimentResult result) {
        StringBuilder b = new StringBuilder();
        main(b, result);
        money(b, result);
        b.append("\nDetail per package (closure, losses by cause, breaching, engineer assets, the defender): a study's\n")
                .append("summary.txt; their 95% intervals: summary.csv; every replication: replications.csv.\n");
        comparisons(b, result);
        return b.toString();
    }

    /**
     * @param result the result
     * @return the table of {@link #render}, then the detail per package as a second block, then the paired
     *         differences: the text of {@code summary.txt}
     */
    public static String renderDetailed(ExperimentResult result) {
        StringBuilder b = new StringBuilder();
        main(b, result);
        detail(b, result);
        money(b, result);
        columnsAndMeasures(b, result);
        comparisons(b, result);
        return b.toString();
    }

    private static void main(StringBuilder b, ExperimentResult result) {
        b.append("Scenario '").append(result.scenarioName()).append("', master seed ").append(result.masterSeed())
                .append(", ").append(result.replications()).append(" replications: ").append(stopping(result))
                .append('\n');
        PackageSummary base = result.summary(result.baseline());
        SampleSummary bc = base.closureH();
        b.append(fmt("Baseline '%s': restricted mean closure %s h [%s, %s], P5-P95 %s - %s h, P(reached) %s\n",
                base.packageName(), num("%.2f", bc.mean()), num("%.2f", bc.ciLow()), num("%.2f", bc.ciHigh()),
                closureQ(bc, 0.05), closureQ(bc, 0.95), num("%.3f", base.pReached())));
        b.append(fmt("Closure is censored at the horizon H = %s h: means are RESTRICTED means up to H (mean of min(T, H));\n",
                num("%.2f", result.horizonH())))
                .append("slowdown = restricted closure with the package minus without it on the same random numbers,\n")
                .append("hours; [95% CI] Student interval; P(reached) by the horizon [Wilson 95% CI]; \">=x\" a quantile\n")
                .append("censoring only bounds; Lost A/L: mean vehicles lost per replication, armoured/light.\n")
                .append("See docs/statistics.md.\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Package", "Budget EUR M", "Slowdown h [95% CI]", "P5-P95 h", "P(reached) [95% CI]",
                "Lost A/L", "h/EUR 100M budget"});
        boolean anyFlag = false;
        for (PackageSummary p : result.packages()) {
            SampleSummary s = p.slowdownH();
            boolean cmp = !p.baseline();
            boolean flag = cmp && p.costEffectCensored() && Double.isFinite(p.hoursPer100MEur());
            anyFlag |= flag;
            rows.add(new String[]{
                    name(p),
                    num("%.2f", p.costEur() / 1e6),
                    cmp ? fmt("%s [%s, %s]", num("%.2f", s.mean()), num("%.2f", s.ciLow()), num("%.2f", s.ciHigh()))
                            : NONE,
                    cmp ? s.quantile(0.05).label("%.2f", false) + " - " + s.quantile(0.95).label("%.2f", false) : NONE,
                    fmt("%s [%s, %s]", num("%.3f", p.pReached()), num("%.3f", p.pReachedLow()),
                            num("%.3f", p.pReachedHigh())),
                    fmt("%s/%s", num("%.1f", p.count(FightCount.LOST_ARMOURED).mean()),
                            num("%.1f", p.count(FightCount.LOST_LIGHT).mean())),
                    cmp && Double.isFinite(p.hoursPer100MEur())
                            ? num("%.1f", p.hoursPer100MEur()) + (flag ? CENSORED_MARK : " ") : NONE});
        }
        table(b, rows);
        if (anyFlag) {
            b.append(fmt("%s more than %.0f%% of runs (package or baseline) did not reach the objective by the horizon:"
                    + " the restricted\n  figure understates the true effect.\n", CENSORED_MARK,
                    100 * PackageSummary.CENSORING_FLAG_THRESHOLD));
        }
    }

    /**
     * The money block: per package what its budget places in the model and what it spends outside it, the
     * restricted hours and the change in P(reached) per EUR 100 M placed, whether its costs come from the
     * catalogue, then a WARNING line for every package with less than half its budget placed.
     */
    private static void money(StringBuilder b, ExperimentResult result) {
        b.append("\nMoney: budget = placed in the model (its obstacles and defender units) + outside it (parts of the border\n")
                .append("or items the scenario does not model). Hours (restricted) and the change in P(reached) against the\n")
                .append("baseline are per EUR 100M PLACED; the outside money is never counted as modelled.\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Package", "Placed EUR M", "Outside EUR M", "h per EUR 100M placed",
                "dP(reached) per EUR 100M placed", "Costs"});
        boolean anyTyped = false;
        for (PackageSummary p : result.packages()) {
            if (p.baseline()) {
                continue;
            }
            boolean flag = p.costEffectCensored() && Double.isFinite(p.hoursPer100MEurPlaced());
            anyTyped |= !p.costsFromCatalogue();
            rows.add(new String[]{name(p), num("%.2f", p.placedEur() / 1e6), num("%.2f", p.outsideEur() / 1e6),
                    Double.isFinite(p.hoursPer100MEurPlaced())
                            ? num("%.1f", p.hoursPer100MEurPlaced()) + (flag ? CENSORED_MARK : " ") : NONE,
                    Double.isFinite(p.pReachedChangePer100MEurPlaced())
                            ? num("%+.3f", p.pReachedChangePer100MEurPlaced()) : NONE,
                    p.costsFromCatalogue() ? "catalogue" : "typed"});
        }
        if (rows.size() == 1) {
            return;
        }
        table(b, rows);
        if (anyTyped) {
            b.append("typed: placed costs typed by hand, not from a catalogue.\n");
        }
        boolean warned = false;
        for (PackageSummary p : result.packages()) {
            if (p.underPlaced()) {
                b.append(p.placedWarning()).append('\n');
                warned = true;
            }
        }
        if (warned) {
            b.append("  Less than half their money is in the model: per EUR of budget they are diluted by what the model\n")
                    .append("  does not contain; compare them on h per EUR 100M placed.\n");
        }
    }

    /** The second block: the detail per package, means per replication. */
    private static void detail(StringBuilder b, ExperimentResult result) {
        b.append("\nPer package, means per replication (95% intervals in summary.csv): restricted mean closure h; sd of\n")
                .append("the slowdown paired / as it would be unpaired, h; vehicles lost by cause (fire at obstacles, fire\n")
                .append("on the march, mine, residual mine) and by class; carriers: vehicles lost with engineer assets on\n")
                .append("board.\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Package", "Closure h", "sd paired/unpaired h", "Lost", "Fire", "March", "Mine",
                "Residual mine", "Armoured", "Light", "Carriers"});
        for (PackageSummary p : result.packages()) {
            rows.add(new String[]{name(p), num("%.2f", p.closureH().mean()),
                    p.baseline() ? NONE
                            : fmt("%s / %s", num("%.2f", p.slowdownH().sd()), num("%.2f", p.unpairedSlowdownSdH())),
                    mean(p.vehiclesLost()), mean(p.lossesByCause().get(LossCause.FIRE)),
                    mean(p.lossesByCause().get(LossCause.FIRE_ON_MARCH)), mean(p.lossesByCause().get(LossCause.MINE)), mean(p.lossesByCause().get(LossCause.RESIDUAL_MINE)),
                    mean(p, FightCount.LOST_ARMOURED), mean(p, FightCount.LOST_LIGHT),
                    mean(p, FightCount.CARRIERS_LOST)});
        }
        table(b, rows);
        b.append("\nBreaching: attempts started, attempts failed, columns culminated, lanes blocked by struck vehicles,\n")
                .append("line charges misfired (primed by hand) and wasted:\n");
        rows = new ArrayList<>();
        rows.add(new String[]{"Package", "Attempts", "Failed", "Culminated", "Lanes blocked", "Misfired", "Wasted"});
        for (PackageSummary p : result.packages()) {
            rows.add(new String[]{name(p), mean(p.breachAttempts()), mean(p, FightCount.BREACH_FAILURES),
                    mean(p, FightCount.COLUMNS_CULMINATED), mean(p, FightCount.LANES_BLOCKED),
                    mean(p, FightCount.CHARGES_MISFIRED), mean(p, FightCount.CHARGES_WASTED)});
        }
        table(b, rows);
        b.append("\nEngineer assets lost with their carriers, by kind; the defender's engagements, units suppressed\n")
                .append("(times) and units destroyed by the attacker (counter-fire, preparation, assault):\n");
        rows = new ArrayList<>();
        rows.add(new String[]{"Package", "Line charges", "Ploughs", "Rollers", "Bridges", "Earth movers",
                "Engagements", "Suppressed", "Destroyed"});
        for (PackageSummary p : result.packages()) {
            rows.add(new String[]{name(p), mean(p, FightCount.ASSETS_LOST_LINE_CHARGE),
                    mean(p, FightCount.ASSETS_LOST_PLOUGH), mean(p, FightCount.ASSETS_LOST_ROLLER),
                    mean(p, FightCount.ASSETS_LOST_BRIDGE), mean(p, FightCount.ASSETS_LOST_EARTH_MOVER),
                    mean(p, FightCount.DEFENDER_ENGAGEMENTS), mean(p, FightCount.DEFENDER_SUPPRESSIONS),
                    mean(p, FightCount.DEFENDER_UNITS_DESTROYED)});
        }
        table(b, rows);
    }

    /** Per column and per user measure value (when the result has them). */
    private static void columnsAndMeasures(StringBuilder b, ExperimentResult result) {
        if (!result.packages().get(0).columns().isEmpty()) {
            b.append("\nPer column: arrival of the lead and of the tail (the column's closure), RESTRICTED means up to the\n")
                    .append("horizon H (mean of min(T, H); a column not there by H counts H), h; P(whole column reached\n")
                    .append("by H) [Wilson 95% CI]; P(stopped for good); vehicles lost armoured/light and minutes the head\n")
                    .append("was held at obstacles, means per replication:\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"Package", "Column", "Lead h", "Tail h", "P(reached) [95% CI]", "P(halted)",
                    "Lost A/L", "Held min"});
            for (PackageSummary p : result.packages()) {
                for (org.gapsim.experiment.ColumnSummary c : p.columns()) {
                    rows.add(new String[]{name(p), c.column(), num("%.2f", c.leadH().mean()),
                            num("%.2f", c.tailH().mean()),
                            fmt("%s [%s, %s]", num("%.3f", c.pReached()), num("%.3f", c.pReachedLow()),
                                    num("%.3f", c.pReachedHigh())),
                            num("%.3f", c.pHalted()),
                            fmt("%s/%s", num("%.1f", c.lostArmoured().mean()), num("%.1f", c.lostLight().mean())),
                            num("%.1f", c.heldMin().mean())});
                }
            }
            table(b, rows);
        }
        if (!result.packages().get(0).measures().isEmpty()) {
            b.append("\nUser measures: mean [95% CI] over the replications where the value was observed (n), and the\n")
                    .append("paired difference with the baseline on the same random numbers [95% CI]:\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"Package", "Measure", "n", "Mean [95% CI]", "P5-P95", "vs baseline [95% CI]"});
            for (PackageSummary p : result.packages()) {
                for (org.gapsim.experiment.MeasureSummary m : p.measures()) {
                    SampleSummary s = m.values();
                    MeanEstimate d = m.vsBaseline();
                    rows.add(new String[]{name(p), m.name(), Long.toString(s.n()),
                            fmt("%s [%s, %s]", num("%.3f", s.mean()), num("%.3f", s.ciLow()), num("%.3f", s.ciHigh())),
                            num("%.3f", s.p5()) + " - " + num("%.3f", s.p95()),
                            p.baseline() ? NONE : fmt("%s [%s, %s]", num("%.3f", d.mean()), num("%.3f", d.ciLow()),
                                    num("%.3f", d.ciHigh()))});
                }
            }
            table(b, rows);
        }
    }

    private static String name(PackageSummary p) {
        return p.baseline() ? p.packageName() + " (baseline)" : p.packageName();
    }

    private static String mean(PackageSummary p, FightCount c) {
        return mean(p.count(c));
    }

    private static String mean(MeanEstimate e) {
        return num("%.2f", e.mean());
    }

    private static void comparisons(StringBuilder b, ExperimentResult result) {
        List<PairComparison> cs = result.comparisons();
        if (cs.size() < 2) {
            return;   // one pair: it is the slowdown above
        }
        PairComparison first = cs.get(0);
        b.append(fmt("\nPaired differences between packages (restricted closure of B minus A, hours), simultaneous "
                + "%.0f%%\nintervals (Bonferroni over %d pairs); * = the packages differ:\n",
                100 * first.familyLevel(), first.pairs()));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"A", "B", "B - A h [simultaneous CI]", ""});
        for (PairComparison c : cs) {
            rows.add(new String[]{c.first(), c.second(), fmt("%s [%s, %s]", num("%+.2f", c.meanH()),
                    num("%.2f", c.ciLowH()), num("%.2f", c.ciHighH())), c.differs() ? "*" : ""});
        }
        table(b, rows);
    }

    private static void table(StringBuilder b, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                boolean left = i == 0;
                String pad = " ".repeat(width[i] - r[i].length());
                line.append(left ? r[i] + pad : pad + r[i]);
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (k == 0) {
                int total = 0;
                for (int w : width) {
                    total += w;
                }
                b.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
            }
        }
    }

    private static String closureQ(SampleSummary s, double level) {
        CensoredQuantile q = s.quantile(level);
        return q.label("%.2f", true);
    }

    private static String stopping(ExperimentResult result) {
        Precision p = result.precision();
        boolean absolute = result.stopping() instanceof StoppingRule.TargetPrecision t && t.isAbsolute();
        String worst = p.worstPackage().isEmpty() ? ""
                : absolute ? fmt(", worst half-width %s h (%s)", num("%.3f", p.worstHalfWidthH()), p.worstPackage())
                : fmt(", worst relative half-width %s (%s)", percent(p.worstRelativeHalfWidth()), p.worstPackage());
        if (result.stopping() instanceof StoppingRule.TargetPrecision t) {
            String target = t.isAbsolute() ? num("%.3f", t.absoluteHalfWidthH()) + " h"
                    : percent(t.relativeHalfWidth());
            return fmt("%s; target +/-%s %s%s", result.stopReason(), target, p.targetMet() ? "met" : "NOT met",
                    worst);
        }
        return result.stopReason() + worst;
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? fmt("%.1f%%", 100 * v) : "n/a";
    }

    private static String num(String format, double v) {
        return Double.isNaN(v) ? NONE : Numbers.format(format, v);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
