package org.gapsim.experiment;

import java.util.Locale;

/** Number formatting shared by the tables: {@link Locale#ROOT}, and no negative zero ("-0.00" reads "0.00"). */
public final class Numbers {
    private Numbers() {
    }

    /**
     * @param format a {@link String#format} pattern for one double, e.g. {@code "%.2f"}
     * @param v      the value
     * @return the formatted value; a result that rounds to zero carries no minus sign
     */
    public static String format(String format, double v) {
        String s = String.format(Locale.ROOT, format, v);
        if (s.startsWith("-") && s.replaceAll("[^0-9A-Za-z]", "").matches("0+")) {
            return s.substring(1);
        }
        return s;
    }
}
