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
 * names up to 20 characters, slowdowns under 100 h): per package its cost (EUR million), the restricted mean slowdown up to the
 * horizon in hours with its 95% confidence interval, the 5th to 95th percentile of the slowdown where identified
 * ("&gt;=x" where censoring only bounds it), P(objective reached by the horizon) with its Wilson 95% interval, mean
 * vehicles lost per replication by vehicle class (armoured / light), and restricted hours of slowdown per EUR 100
 * million (marked {@value #CENSORED_MARK} when censoring makes it an understatement); then the paired differences
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

    /** @return the table, with a heading, lines ending in {@code \n} */
    public static String render(ExperimentResult result) {
        StringBuilder b = new StringBuilder();
        main(b, result);
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
        rows.add(new String[]{"Package", "Cost EUR M", "Slowdown h [95% CI]", "P5-P95 h", "P(reached) [95% CI]",
                "Lost A/L", "h/EUR 100M"});
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
                .append("(times) and units destroyed by the attacker's counter-fire:\n");
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
