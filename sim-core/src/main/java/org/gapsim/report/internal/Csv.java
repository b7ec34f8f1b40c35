package org.gapsim.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 4180 CSV as R's {@code read.csv} and pandas' {@code read_csv} read it: comma separated, {@code \n} line ends,
 * fields quoted only when they hold a comma, a quote or a line break. Doubles are written with
 * {@link Double#toString(double)}, which reads back to the same bits.
 */
public final class Csv {
    private Csv() {
    }

    /** @return the field, quoted if needed */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** @return a double that reads back bit for bit ({@code NaN}, {@code Infinity} as Java writes them) */
    public static String number(double v) {
        return Double.toString(v);
    }

    /** @return a boolean as {@code TRUE} / {@code FALSE} (R's {@code read.csv} and pandas read it as logical) */
    public static String bool(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    /** @return the key of an enum constant as a column name part, e.g. {@code ANTI_TANK_DITCH -> anti_tank_ditch} */
    public static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The records of a CSV text.
     *
     * @param records         records in order, each a list of fields
     * @param lastUnterminated whether the text did not end with a line break (its last record may be cut short)
     */
    public record Parsed(List<List<String>> records, boolean lastUnterminated) {
    }

    /** @return the records of a CSV text (an unterminated quote ends at the end of the text) */
    public static Parsed parse(CharSequence text) {
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                current.add(f.toString());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(f.toString());
                f.setLength(0);
                records.add(current);
                current = new ArrayList<>();
                any = false;
            } else {
                f.append(c);
            }
        }
        boolean unterminated = any;
        if (unterminated) {
            current.add(f.toString());
            records.add(current);
        }
        return new Parsed(records, unterminated);
    }
}
