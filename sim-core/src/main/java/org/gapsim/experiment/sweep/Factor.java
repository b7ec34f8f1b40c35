package org.gapsim.experiment.sweep;

import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.scenario.Scenario;

/**
 * One input a {@link Sweep} varies: an entry of the {@link Assumption} catalogue and the range it is swept over, in
 * the entry's unit. Validated on construction: both ends legal for the field ({@link Assumption#range()}), whole
 * numbers for a whole-number field, {@code low < high}: a zero-width range has no effect to measure (its sensitivity
 * would be NaN); to hold a value fixed, set it in the scenario file.
 *
 * <pre>{@code
 * Factor f = Factor.of("doctrine.smokeKillFactor", 0.1, 0.9);   // or Factor.parse("doctrine.smokeKillFactor=0.1:0.9")
 * Scenario s = f.apply(base, f.valueAt(0.5));                       // the base scenario with the factor at 0.5
 * }</pre>
 *
 * @param assumption the catalogue entry (which field, its unit and legal range)
 * @param low        lowest value swept, in the entry's unit
 * @param high       highest value swept, in the entry's unit
 */
public record Factor(Assumption assumption, double low, double high) {

    /**
     * Validates the range.
     *
     * @param assumption value of {@link #assumption()}
     * @param low value of {@link #low()}
     * @param high value of {@link #high()}
     * @throws ExperimentConfigException (field: the factor's name) if an end is not legal or {@code low >= high}
     */
    public Factor {
        if (assumption == null) {
            throw new ExperimentConfigException("factor", "is required; known: " + String.join(", ", Assumption.keys()));
        }
        String field = assumption.key();
        double[] ends = {low, high};
        for (int i = 0; i < 2; i++) {
            double v = ends[i];
            String end = i == 0 ? "low" : "high";
            if (!assumption.isLegal(v)) {
                String why = assumption.integer() && Double.isFinite(v) && v != Math.rint(v)
                        ? "must be a whole number (" + assumption.unit() + ")"
                        : "must lie in " + assumption.range() + " (" + assumption.unit() + ")";
                throw new ExperimentConfigException(field, end + " " + why + ", was " + Assumption.number(v));
            }
        }
        if (low > high) {
            throw new ExperimentConfigException(field, "low must be <= high, was " + Assumption.number(low) + ":"
                    + Assumption.number(high));
        }
        if (low == high) {
            throw new ExperimentConfigException(field, "low and high are both " + Assumption.number(low)
                    + ": a sweep must vary the factor (to hold it fixed, set it in the scenario file)");
        }
    }

    /**
     * @param name a catalogue name ({@link Assumption#key()}), e.g. {@code doctrine.smokeKillFactor}
     * @param low  lowest value, in the entry's unit
     * @param high highest value, in the entry's unit
     * @return the factor
     * @throws ExperimentConfigException if the name is unknown (field {@code factor}, the message lists the known
     *                                   names) or the range is not legal
     */
    public static Factor of(String name, double low, double high) {
        return new Factor(assumption(name), low, high);
    }

    /**
     * Parses {@code NAME=LOW:HIGH}, e.g. {@code doctrine.reconDetectionProbability=0.2:0.9}.
     *
     * @param spec the text
     * @return the factor
     * @throws ExperimentConfigException if it is malformed (field {@code factor}), names no catalogue entry or gives
     *                                   an illegal range
     */
    public static Factor parse(String spec) {
        String s = spec == null ? "" : spec.strip();
        int eq = s.indexOf('=');
        int colon = s.indexOf(':', eq + 1);
        if (eq <= 0 || colon < 0) {
            throw new ExperimentConfigException("factor", "expected NAME=LOW:HIGH, e.g. "
                    + Assumption.SMOKE_KILL_FACTOR.key() + "=0.1:0.9, was '" + s + "'");
        }
        Assumption a = assumption(s.substring(0, eq).strip());
        return new Factor(a, number(a, "low", s.substring(eq + 1, colon)), number(a, "high", s.substring(colon + 1)));
    }

    /** @return the factor's name, e.g. {@code doctrine.smokeKillFactor} */
    public String name() {
        return assumption.key();
    }

    /** @return the unit of its values */
    public String unit() {
        return assumption.unit();
    }

    /**
     * Maps a design coordinate to a value: {@code low + u (high - low)}. For a whole-number field the range
     * {@code [low - 0.5, high + 0.5)} is used and the value rounded half up, so each of {@code low..high} gets an
     * equal share of the unit interval.
     *
     * @param u coordinate in [0, 1] (a Latin hypercube's stratum midpoint)
     * @return the value, in the factor's unit
     */
    public double valueAt(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("design coordinate must lie in [0, 1], was " + u);
        }
        if (!assumption.integer()) {
            return Math.min(high, low + u * (high - low));
        }
        double v = Math.floor(low - 0.5 + u * (high - low + 1) + 0.5);
        return Math.max(low, Math.min(high, v));
    }

    /**
     * @param s     the scenario
     * @param value the value ({@link #valueAt(double)})
     * @return a copy of the scenario with this factor's field at {@code value}, every other field kept
     */
    public Scenario apply(Scenario s, double value) {
        return assumption.apply(s, value);
    }

    /** @return {@code NAME=LOW:HIGH} */
    @Override
    public String toString() {
        return name() + "=" + Assumption.number(low) + ":" + Assumption.number(high);
    }

    private static Assumption assumption(String name) {
        return Assumption.byKey(name).orElseThrow(() -> new ExperimentConfigException("factor",
                "unknown factor '" + name + "'; known: " + String.join(", ", Assumption.keys())));
    }

    private static double number(Assumption a, String end, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new ExperimentConfigException(a.key(), end + " must be a number, was '" + text.strip() + "'", e);
        }
    }
}
