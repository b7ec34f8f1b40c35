package org.gapsim.report.map;

import java.util.Locale;

/**
 * A small SVG writer: elements with escaped attributes and text, numbers to 0.1 px with a dot as decimal sign.
 * No external references: what it writes can be inlined into an HTML page or saved as a {@code .svg} file. The SVG
 * backend of {@link Canvas}.
 */
public final class Svg implements Canvas {
    private final StringBuilder b = new StringBuilder(1 << 14);
    private final double width;
    private final double height;

    /**
     * Opens an {@code <svg>} element.
     *
     * @param width     width, px
     * @param height    height, px
     * @param id        element id (for tests and the report's links), or null
     * @param ariaLabel what it shows, for screen readers and tests
     */
    public Svg(double width, double height, String id, String ariaLabel) {
        this.width = width;
        this.height = height;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        if (id != null) {
            attr("id", id);
        }
        b.append(" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height)).append('"');
        attr("role", "img");
        attr("aria-label", ariaLabel);
        attr("font-family", "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif");
        b.append(">\n");
        b.append("<title>").append(escape(ariaLabel)).append("</title>\n");
    }

    /** @return width, px */
    public double width() {
        return width;
    }

    /** @return height, px */
    public double height() {
        return height;
    }

    /**
     * Writes an element with attributes given as name-value pairs (values escaped; doubles formatted to 0.1).
     *
     * @param name  element name
     * @param attrs name, value, name, value...
     * @return this
     */
    @Override
    public Svg el(String name, Object... attrs) {
        open(name, attrs);
        b.append("/>\n");
        return this;
    }

    /**
     * Writes an element holding text.
     *
     * @param name  element name
     * @param text  its text (escaped)
     * @param attrs name, value pairs
     * @return this
     */
    @Override
    public Svg text(String name, String text, Object... attrs) {
        open(name, attrs);
        b.append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    /**
     * Opens a group; close it with {@link #end(String)}.
     *
     * @param name  element name ({@code g}, {@code clipPath}, {@code defs}...)
     * @param attrs name, value pairs
     * @return this
     */
    @Override
    public Svg begin(String name, Object... attrs) {
        open(name, attrs);
        b.append(">\n");
        return this;
    }

    /**
     * @param name element name to close
     * @return this
     */
    @Override
    public Svg end(String name) {
        b.append("</").append(name).append(">\n");
        return this;
    }

    /**
     * A {@code <title>} child (a tooltip in browsers).
     *
     * @param text its text
     * @return this
     */
    @Override
    public Svg tooltip(String text) {
        b.append("<title>").append(escape(text)).append("</title>\n");
        return this;
    }

    private void open(String name, Object[] attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        b.append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            Object v = attrs[i + 1];
            if (v != null) {
                attr(String.valueOf(attrs[i]), v instanceof Double || v instanceof Float
                        ? num(((Number) v).doubleValue()) : String.valueOf(v));
            }
        }
    }

    private void attr(String name, String value) {
        b.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    /** @return the finished document ({@code </svg>} appended) */
    public String finish() {
        return b + "</svg>\n";
    }

    /**
     * @param v a number
     * @return it to 0.1 (no trailing {@code .0}), dot as decimal sign
     */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite coordinate: " + v);
        }
        long tenths = Math.round(v * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        if (Math.abs(tenths) >= EXACT_TENTHS) {   // far beyond any drawing: the formatter's rounding of tenths / 10.0
            return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
        }
        long a = Math.abs(tenths);   // the same text as "%.1f" of tenths / 10.0, without a Formatter per number
        return (tenths < 0 ? "-" : "") + a / 10 + "." + a % 10;
    }

    /** Below this many tenths, {@code tenths / 10.0} formatted to 0.1 is exactly the integer's digits. */
    private static final long EXACT_TENTHS = 1L << 40;

    /**
     * @param s text
     * @return it with {@code & < > " '} escaped for XML text and attributes
     */
    public static String escape(String s) {
        StringBuilder o = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> o.append("&amp;");
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        o.append(' ');
                    } else {
                        o.append(c);
                    }
                }
            }
        }
        return o.toString();
    }

    /**
     * @param xy x0, y0, x1, y1... px
     * @return an SVG {@code points} list
     */
    public static String points(double... xy) {
        StringBuilder o = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            o.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        return o.toString();
    }
}
