package org.gapsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.Precision;
import org.gapsim.experiment.SampleSummary;
import org.gapsim.experiment.StoppingRule;

/**
 * The result as a plain-text, fixed-width table for a defence analyst: per package its cost (EUR million), mean
 * slowdown in hours with its 95% confidence interval, the 5th to 95th percentile of the slowdown, the probability
 * of not reaching the objective by the horizon, mean vehicles lost, hours of slowdown per EUR 100 million, and the
 * standard deviation of the slowdown paired (common random numbers) and as it would be unpaired. Returned as a
 * String: the library prints nothing.
 */
public final class ConsoleTable {
    private static final String NONE = "-";

    private ConsoleTable() {
    }

    /** @return the table, with a heading, lines ending in {@code \n} */
    public static String render(ExperimentResult result) {
        StringBuilder b = new StringBuilder();
        b.append("Scenario '").append(result.scenarioName()).append("', master seed ").append(result.masterSeed())
                .append(", ").append(result.replications()).append(" replications: ").append(stopping(result))
                .append('\n');
        PackageSummary base = result.summary(result.baseline());
        SampleSummary bc = base.closureH();
        b.append(fmt("Baseline '%s': closure %.2f h [%.2f, %.2f], P5-P95 %.2f-%.2f h\n", base.packageName(),
                bc.mean(), bc.ciLow(), bc.ciHigh(), bc.p5(), bc.p95()));
        b.append("Slowdown = closure time with the package minus without it on the same random numbers, hours;\n")
                .append("[95% CI] Student interval of the mean. Closure is censored at the horizon if not reached.\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Package", "Cost EUR M", "Slowdown h [95% CI]", "P5-P95 h", "P(not reached)",
                "Losses", "h per EUR 100M", "sd paired/unpaired h"});
        for (PackageSummary p : result.packages()) {
            SampleSummary s = p.slowdownH();
            boolean cmp = !p.baseline();
            rows.add(new String[]{
                    p.baseline() ? p.packageName() + " (baseline)" : p.packageName(),
                    fmt("%.2f", p.costEur() / 1e6),
                    cmp ? fmt("%.2f [%.2f, %.2f]", s.mean(), s.ciLow(), s.ciHigh()) : NONE,
                    cmp ? fmt("%.2f - %.2f", s.p5(), s.p95()) : NONE,
                    fmt("%.3f", p.pNotReached()),
                    fmt("%.2f", p.meanVehiclesLost()),
                    cmp && Double.isFinite(p.hoursPer100MEur()) ? fmt("%.1f", p.hoursPer100MEur()) : NONE,
                    cmp ? fmt("%.2f / %.2f", s.sd(), p.unpairedSlowdownSdH()) : NONE});
        }
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
        return b.toString();
    }

    private static String stopping(ExperimentResult result) {
        Precision p = result.precision();
        String worst = p.worstPackage().isEmpty() ? ""
                : fmt(", worst relative half-width %s (%s)", percent(p.worstRelativeHalfWidth()), p.worstPackage());
        if (result.stopping() instanceof StoppingRule.TargetPrecision t) {
            return fmt("%s; target +/-%s %s%s", result.stopReason(), percent(t.relativeHalfWidth()),
                    p.targetMet() ? "met" : "NOT met", worst);
        }
        return result.stopReason() + worst;
    }

    private static String percent(double v) {
        return Double.isFinite(v) ? fmt("%.1f%%", 100 * v) : "n/a";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
