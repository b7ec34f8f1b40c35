package org.gapsim.scenario.io;

import java.util.Collection;
import java.util.Locale;

/** Small text helpers for messages and enum names. */
final class Text {
    private static final int MAX_QUOTED = 60;

    private Text() {
    }

    /** @return {@code s} with line breaks and other control characters escaped, so it prints on one line */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !validPairAt(s, i)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static boolean validPairAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** @return {@code s} in single quotes, shortened and on one line, for a message */
    static String quote(String s) {
        return "'" + shorten(s) + "'";
    }

    /** @return {@code s} cut to at most 60 characters (then ending in "...") and on one line */
    static String shorten(String s) {
        return oneLine(s.length() > MAX_QUOTED ? s.substring(0, MAX_QUOTED) + "..." : s);
    }

    /** @return the file-format spelling of an enum constant: lower case, words joined by '-' */
    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the constant whose name matches {@code s} ignoring case, '-', '_' and spaces alike; null if none */
    static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
        String n = s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(n)) {
                return e;
            }
        }
        return null;
    }

    /** @return the candidate closest to {@code s} if it is close enough to be a likely typo, else null */
    static String closest(String s, Collection<String> candidates) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        String ls = s.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(ls, c.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        int limit = Math.max(2, Math.min(s.length(), best == null ? 0 : best.length()) / 3);
        return best != null && bestD <= limit ? best : null;
    }

    /** Levenshtein distance, capped in cost by the lengths (short strings only). */
    private static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE / 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
