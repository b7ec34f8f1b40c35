package org.gapsim.experiment;

/**
 * A sample quantile of a censored output, as far as the data identify it. Each replication's true value is known
 * only to lie in an interval (exact: a point; right-censored: {@code [bound, +inf)}; left-censored:
 * {@code (-inf, bound]}); the sample quantile is monotone in every value, so the quantile of the true values lies
 * between the quantile of the lower ends ({@code low}) and that of the upper ends ({@code high}). It is identified
 * (exact) when both agree. Example: a closure-time P95 when more than 5 % of runs did not close by the horizon
 * {@code H} is {@code [H, +inf)}: reported as "&gt; H", never as H.
 *
 * @param level quantile level in [0, 1] (0.95 = P95)
 * @param low   lower bound of the sample quantile (may be -infinity); NaN without data
 * @param high  upper bound of the sample quantile (may be +infinity); NaN without data
 */
public record CensoredQuantile(double level, double low, double high) {

    /** @return whether the data identify the quantile (its bounds coincide) */
    public boolean exact() {
        return Double.compare(low, high) == 0 && !Double.isNaN(low);
    }

    /** @return the quantile if identified, else NaN */
    public double value() {
        return exact() ? low : Double.NaN;
    }

    /**
     * @param format    a {@link String#format} pattern for one double, e.g. {@code "%.2f"}
     * @param strictLow whether the lower bound is strict (a closure time censored at the horizon is "&gt; H")
     * @return the value ("-0.00" printed as "0.00"), "&gt;= low" (or "&gt; low" when {@code strictLow}), "&lt;= high",
     *         or "?" when nothing bounds it, or "-" without data
     */
    public String label(String format, boolean strictLow) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "-";
        }
        if (exact()) {
            return Numbers.format(format, low);
        }
        if (Double.isFinite(low)) {
            return (strictLow ? ">" : ">=") + Numbers.format(format, low);
        }
        if (Double.isFinite(high)) {
            return "<=" + Numbers.format(format, high);
        }
        return "?";
    }

    /** Identified quantile of an uncensored sample. */
    static CensoredQuantile of(double level, double value) {
        return new CensoredQuantile(level, value, value);
    }
}
