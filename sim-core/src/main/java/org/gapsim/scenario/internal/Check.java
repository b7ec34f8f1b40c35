package org.gapsim.scenario.internal;

import org.gapsim.scenario.Limits;
import org.gapsim.scenario.ScenarioException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Validation helpers used by the scenario records' constructors; every failure is a {@link ScenarioException}. */
public final class Check {
    /** Where a bound of {@link Limits} is explained, for messages. */
    public static final String BOUND = " (gapsim's bound, docs/scenario-format.md#bounds)";

    private Check() {
    }

    /** @return {@code v} if it is finite and strictly positive */
    public static double positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new ScenarioException(field, "must be a positive finite number, was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is finite and not negative */
    public static double nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new ScenarioException(field, "must be a finite number >= 0, was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is not negative */
    public static int nonNegative(String field, int v) {
        if (v < 0) {
            throw new ScenarioException(field, "must be >= 0, was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is at least 1 */
    public static int positive(String field, int v) {
        if (v < 1) {
            throw new ScenarioException(field, "must be >= 1, was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is finite, strictly positive and at most {@code max} (a bound of {@link Limits}) */
    public static double positive(String field, double v, double max) {
        positive(field, v);
        return atMost(field, v, max);
    }

    /** @return {@code v} if it is finite, not negative and at most {@code max} (a bound of {@link Limits}) */
    public static double nonNegative(String field, double v, double max) {
        nonNegative(field, v);
        return atMost(field, v, max);
    }

    /** @return {@code v} if it is at least 1 and at most {@code max} (a bound of {@link Limits}) */
    public static int positive(String field, int v, int max) {
        positive(field, v);
        return atMost(field, v, max);
    }

    /** @return {@code v} if it is not negative and at most {@code max} (a bound of {@link Limits}) */
    public static int nonNegative(String field, int v, int max) {
        nonNegative(field, v);
        return atMost(field, v, max);
    }

    /** @return {@code v} if it is a finite number (not NaN, not infinite) */
    public static double finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new ScenarioException(field, "must be a finite number, was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is at most {@code max} (and not NaN) */
    public static double atMost(String field, double v, double max) {
        if (!(v <= max)) {
            throw new ScenarioException(field, "must be at most " + number(max) + BOUND + ", was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is at most {@code max} */
    public static long atMost(String field, long v, long max) {
        if (v > max) {
            throw new ScenarioException(field, "must be at most " + max + BOUND + ", was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is at most {@code max} */
    public static int atMost(String field, int v, int max) {
        return (int) atMost(field, (long) v, max);
    }

    /** @return an unmodifiable copy of the list (as {@link #list}) if it holds at most {@code max} elements */
    public static <T> List<T> list(String field, List<T> l, int max) {
        if (l != null && l.size() > max) {
            throw new ScenarioException(field, "must hold at most " + max + " elements" + BOUND + ", held " + l.size());
        }
        return list(field, l);
    }

    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** @return {@code v} if it lies in [0, 1] (NaN does not) */
    public static double probability(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new ScenarioException(field, "must be a probability in [0, 1], was " + v);
        }
        return v;
    }

    /** @return {@code v} if it is finite and lies in [lo, hi] */
    public static double between(String field, double v, double lo, double hi) {
        if (!Double.isFinite(v) || !(v >= lo && v <= hi)) {
            throw new ScenarioException(field, "must lie in [" + lo + ", " + hi + "], was " + v);
        }
        return v;
    }

    /** @return {@code s} if it is not null, not blank and neither begins nor ends with white space */
    public static String id(String field, String s) {
        if (s == null || s.isBlank()) {
            throw new ScenarioException(field, "is required and must not be blank");
        }
        if (!s.strip().equals(s)) {   // 'none ' would pass for the baseline in every table
            throw new ScenarioException(field, "must not begin or end with a space, was '" + s + "'");
        }
        return s;
    }

    /** @return {@code o} if it is not null */
    public static <T> T required(String field, T o) {
        if (o == null) {
            throw new ScenarioException(field, "is required");
        }
        return o;
    }

    /** @return an unmodifiable copy of the list, with no null elements ({@code null} becomes empty) */
    public static <T> List<T> list(String field, List<T> l) {
        if (l == null) {
            return List.of();
        }
        for (int i = 0; i < l.size(); i++) {
            if (l.get(i) == null) {
                throw new ScenarioException(field + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(l);
    }

    /**
     * @return an unmodifiable copy of the map in its own iteration order ({@code null} becomes empty); not
     *         {@code Map.copyOf}, whose order changes from one JVM to the next and with it the record's text and the
     *         scenario hash a resumed run is checked against
     */
    public static <K, V> Map<K, V> map(String field, Map<K, V> m) {
        if (m == null) {
            return Map.of();
        }
        for (Map.Entry<K, V> e : m.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new ScenarioException(field, "must not hold null keys or values");
            }
        }
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** Runs {@code body} and prefixes the field path of any {@link ScenarioException} it throws. */
    public static <T> T within(String prefix, Supplier<T> body) {
        try {
            return body.get();
        } catch (ScenarioException e) {
            throw e.within(prefix);
        }
    }
}
