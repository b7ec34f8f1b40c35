package org.gapsim.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * The Java2D backend of {@link Canvas}: paints the SVG vocabulary the figures use into an anti-aliased
 * {@link BufferedImage}, scaled so that the figure's width in px becomes the image's width in pixels (e.g. 2480
 * pixels, A4 at 300 dpi). No browser and no SVG library: it understands what the figures write and nothing more:
 * {@code g} with inherited presentation attributes ({@code fill}, {@code stroke}, {@code stroke-width},
 * {@code stroke-dasharray}, {@code stroke-linecap}, {@code stroke-linejoin}, {@code font-size},
 * {@code font-weight}, {@code text-anchor}, {@code opacity} multiplied down), {@code clip-path} to a rectangle
 * defined in {@code defs}, {@code rect}, {@code circle}, {@code line}, {@code polyline}, {@code polygon},
 * {@code path} (M, L, H, V, A, Z, absolute and relative), {@code marker-end} (a {@code marker} of one path,
 * {@code context-stroke} fill), {@code text} ({@code paint-order="stroke"} haloes, {@code letter-spacing},
 * {@code transform="rotate(a x y)"}). Tooltips are dropped. The font is the platform's sans serif (DejaVu Sans on
 * most Linux systems, as the SVG asks).
 */
public final class RasterCanvas implements Canvas {
    private static final Set<String> INHERITED = Set.of("fill", "stroke", "stroke-width", "stroke-dasharray",
            "stroke-linecap", "stroke-linejoin", "font-size", "font-weight", "text-anchor", "fill-opacity",
            "stroke-opacity", "paint-order", "letter-spacing");

    private final BufferedImage image;
    private final Graphics2D g2;
    private final AffineTransform base;
    private final Deque<State> stack = new ArrayDeque<>();
    private final Map<String, Shape> clips = new HashMap<>();
    private final Map<String, Marker> markers = new HashMap<>();
    private String clipDefining;
    private Marker markerDefining;

    /** Inherited attributes, opacity, transform, clip; skip: inside defs (nothing painted). */
    private record State(Map<String, String> attrs, double opacity, AffineTransform transform, Shape clip,
                         boolean skip) {
    }

    private record Marker(double refX, double refY, double vbW, double markerW, List<String> paths) {
    }

    /**
     * @param width       the figure's width, px (its coordinates' range)
     * @param height      the figure's height, px
     * @param widthPixels the image's width, pixels (the height follows at the same scale)
     */
    public RasterCanvas(double width, double height, int widthPixels) {
        if (widthPixels < 16 || widthPixels > 20_000) {
            throw new IllegalArgumentException("image width must be 16 to 20000 pixels, was " + widthPixels);
        }
        double scale = widthPixels / width;
        int h = (int) Math.ceil(height * scale);
        image = new BufferedImage(widthPixels, h, BufferedImage.TYPE_INT_RGB);
        g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, widthPixels, h);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        base = AffineTransform.getScaleInstance(scale, scale);
        Map<String, String> root = new HashMap<>();
        root.put("fill", "#000000");
        root.put("stroke", "none");
        root.put("stroke-width", "1");
        root.put("font-size", "16");
        stack.push(new State(root, 1, new AffineTransform(), null, false));
    }

    /** @return the image painted so far */
    public BufferedImage image() {
        return image;
    }

    /**
     * @param img an image
     * @return it as PNG bytes
     */
    public static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public RasterCanvas el(String name, Object... attrs) {
        Map<String, String> a = attrs(attrs);
        State s = stack.peek();
        if (!s.skip()) {
            paint(name, a, s, null);
        } else {
            define(name, a);
        }
        return this;
    }

    @Override
    public RasterCanvas text(String name, String text, Object... attrs) {
        State s = stack.peek();
        if (!s.skip()) {
            paint(name, attrs(attrs), s, text);
        }
        return this;
    }

    @Override
    public RasterCanvas begin(String name, Object... attrs) {
        Map<String, String> a = attrs(attrs);
        State s = stack.peek();
        boolean skip = s.skip() || name.equals("defs") || name.equals("clipPath") || name.equals("marker");
        if (name.equals("clipPath")) {
            clipDefining = a.get("id");
        } else if (name.equals("marker")) {
            String[] vb = a.getOrDefault("viewBox", "0 0 10 10").trim().split("[ ,]+");
            markerDefining = new Marker(d(a, "refX"), d(a, "refY"), Double.parseDouble(vb[2]),
                    a.containsKey("markerWidth") ? d(a, "markerWidth") : 3, new ArrayList<>());
            markers.put(a.get("id"), markerDefining);
        } else if (!skip) {
            paint(name, a, s, null);
        }
        Map<String, String> inherited = new HashMap<>(s.attrs());
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (INHERITED.contains(e.getKey())) {
                inherited.put(e.getKey(), e.getValue());
            }
        }
        double opacity = s.opacity() * (a.containsKey("opacity") ? d(a, "opacity") : 1);
        AffineTransform t = new AffineTransform(s.transform());
        if (a.containsKey("transform")) {
            t.concatenate(transform(a.get("transform")));
        }
        Shape clip = s.clip();
        String cp = a.get("clip-path");
        if (cp != null && cp.startsWith("url(#")) {
            Shape c = clips.get(cp.substring(5, cp.length() - 1));
            if (c != null) {
                clip = t.createTransformedShape(c);
            }
        }
        stack.push(new State(inherited, opacity, t, clip, skip));
        return this;
    }

    @Override
    public RasterCanvas end(String name) {
        if (name.equals("clipPath")) {
            clipDefining = null;
        } else if (name.equals("marker")) {
            markerDefining = null;
        }
        if (stack.size() > 1) {
            stack.pop();
        }
        return this;
    }

    @Override
    public RasterCanvas tooltip(String text) {
        return this;
    }

    private void define(String name, Map<String, String> a) {
        if (clipDefining != null && name.equals("rect")) {
            clips.put(clipDefining, new Rectangle2D.Double(d(a, "x"), d(a, "y"), d(a, "width"), d(a, "height")));
        } else if (markerDefining != null && name.equals("path")) {
            markerDefining.paths().add(a.get("d"));
        }
    }

    private static Map<String, String> attrs(Object[] attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < attrs.length; i += 2) {
            Object v = attrs[i + 1];
            if (v != null) {
                m.put(String.valueOf(attrs[i]), v instanceof Double || v instanceof Float
                        ? Svg.num(((Number) v).doubleValue()) : String.valueOf(v));
            }
        }
        return m;
    }

    private static double d(Map<String, String> a, String name) {
        String v = a.get(name);
        return v == null ? 0 : Double.parseDouble(v.trim());
    }

    private void paint(String name, Map<String, String> own, State s, String text) {
        Map<String, String> a = new HashMap<>(s.attrs());
        a.putAll(own);
        double opacity = s.opacity() * (own.containsKey("opacity") ? d(own, "opacity") : 1);
        AffineTransform t = new AffineTransform(base);
        t.concatenate(s.transform());
        if (own.containsKey("transform")) {
            t.concatenate(transform(own.get("transform")));
        }
        g2.setTransform(base);
        g2.setClip(s.clip());
        g2.setTransform(t);
        double[] end = null;
        Shape shape;
        switch (name) {
            case "rect" -> shape = new Rectangle2D.Double(d(a, "x"), d(a, "y"), d(a, "width"), d(a, "height"));
            case "circle" -> {
                double r = d(a, "r");
                shape = new Ellipse2D.Double(d(a, "cx") - r, d(a, "cy") - r, 2 * r, 2 * r);
            }
            case "line" -> {
                shape = new Line2D.Double(d(a, "x1"), d(a, "y1"), d(a, "x2"), d(a, "y2"));
                a.put("fill", "none");
            }
            case "polyline", "polygon" -> shape = poly(a.getOrDefault("points", ""), name.equals("polygon"));
            case "path" -> {
                end = new double[4];
                shape = path(a.getOrDefault("d", ""), end);
            }
            case "text" -> {
                paintText(text, a, opacity);
                return;
            }
            default -> {
                return;   // g and anything else: nothing to paint
            }
        }
        Color fill = colour(a.get("fill"), opacity * (a.containsKey("fill-opacity") ? d(a, "fill-opacity") : 1));
        Color stroke = colour(a.get("stroke"), opacity * (a.containsKey("stroke-opacity")
                ? d(a, "stroke-opacity") : 1));
        if (fill != null) {
            g2.setColor(fill);
            g2.fill(shape);
        }
        if (stroke != null) {
            g2.setColor(stroke);
            g2.setStroke(stroke(a));
            g2.draw(shape);
            String m = a.get("marker-end");
            if (end != null && m != null && m.startsWith("url(#")) {
                marker(markers.get(m.substring(5, m.length() - 1)), end, d(a, "stroke-width"), stroke);
            }
        }
    }

    private void marker(Marker m, double[] end, double strokeWidth, Color colour) {
        if (m == null) {
            return;
        }
        AffineTransform saved = g2.getTransform();
        g2.translate(end[0], end[1]);
        g2.rotate(Math.atan2(end[3], end[2]));
        double k = m.markerW() * strokeWidth / m.vbW();
        g2.scale(k, k);
        g2.translate(-m.refX(), -m.refY());
        g2.setColor(colour);
        for (String p : m.paths()) {
            g2.fill(path(p, new double[4]));
        }
        g2.setTransform(saved);
    }

    private void paintText(String text, Map<String, String> a, double opacity) {
        if (text == null || text.isEmpty()) {
            return;
        }
        float size = (float) d(a, "font-size");
        Map<TextAttribute, Object> fa = new HashMap<>();
        fa.put(TextAttribute.FAMILY, Font.SANS_SERIF);
        fa.put(TextAttribute.SIZE, size);
        if ("bold".equals(a.get("font-weight"))) {
            fa.put(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD);
        }
        if (a.containsKey("letter-spacing") && size > 0) {
            fa.put(TextAttribute.TRACKING, (float) (d(a, "letter-spacing") / size));
        }
        Font font = Font.getFont(fa);
        FontRenderContext frc = g2.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        double w = layout.getAdvance();
        String anchor = a.getOrDefault("text-anchor", "start");
        double x = d(a, "x") - (anchor.equals("middle") ? w / 2 : anchor.equals("end") ? w : 0);
        double y = d(a, "y");
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        Color fill = colour(a.get("fill"), opacity * (a.containsKey("fill-opacity") ? d(a, "fill-opacity") : 1));
        Color stroke = colour(a.get("stroke"), opacity);
        boolean strokeFirst = "stroke".equals(a.get("paint-order"));
        if (stroke != null && strokeFirst) {
            g2.setColor(stroke);
            g2.setStroke(new BasicStroke((float) d(a, "stroke-width"), BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            g2.draw(outline);
        }
        if (fill != null) {
            g2.setColor(fill);
            g2.fill(outline);
        }
        if (stroke != null && !strokeFirst) {
            g2.setColor(stroke);
            g2.setStroke(new BasicStroke((float) d(a, "stroke-width")));
            g2.draw(outline);
        }
    }

    private static BasicStroke stroke(Map<String, String> a) {
        int cap = switch (a.getOrDefault("stroke-linecap", "butt")) {
            case "round" -> BasicStroke.CAP_ROUND;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_BUTT;
        };
        int join = switch (a.getOrDefault("stroke-linejoin", "miter")) {
            case "round" -> BasicStroke.JOIN_ROUND;
            case "bevel" -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_MITER;
        };
        float[] dash = null;
        String da = a.get("stroke-dasharray");
        if (da != null && !da.isBlank() && !da.equals("none")) {
            String[] p = da.trim().split("[ ,]+");
            dash = new float[p.length % 2 == 0 ? p.length : 2 * p.length];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = Float.parseFloat(p[i % p.length]);
            }
        }
        return new BasicStroke((float) d(a, "stroke-width"), cap, join, 4f, dash, 0f);
    }

    /**
     * @param c       an SVG colour ({@code #rrggbb}, {@code #rgb}, {@code none}, {@code white}, {@code black})
     * @param opacity its opacity
     * @return the colour, or null for none
     */
    static Color colour(String c, double opacity) {
        if (c == null || c.equals("none") || c.equals("context-stroke") || opacity <= 0) {
            return null;
        }
        int rgb;
        if (c.equals("white")) {
            rgb = 0xffffff;
        } else if (c.equals("black")) {
            rgb = 0;
        } else if (c.startsWith("#") && c.length() == 4) {
            int r = Integer.parseInt(c.substring(1, 2), 16);
            int g = Integer.parseInt(c.substring(2, 3), 16);
            int b = Integer.parseInt(c.substring(3, 4), 16);
            rgb = (r * 17 << 16) | (g * 17 << 8) | b * 17;
        } else if (c.startsWith("#") && c.length() == 7) {
            rgb = Integer.parseInt(c.substring(1), 16);
        } else {
            throw new IllegalArgumentException("colour not understood: " + c);
        }
        int alpha = (int) Math.round(255 * Math.min(1, opacity));
        return new Color((alpha << 24) | rgb, true);
    }

    private static AffineTransform transform(String t) {
        AffineTransform out = new AffineTransform();
        String s = t.trim();
        while (!s.isEmpty()) {
            int open = s.indexOf('(');
            int close = s.indexOf(')');
            if (open < 0 || close < open) {
                throw new IllegalArgumentException("transform not understood: " + t);
            }
            String fn = s.substring(0, open).trim();
            String[] p = s.substring(open + 1, close).trim().split("[ ,]+");
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = Double.parseDouble(p[i]);
            }
            switch (fn) {
                case "rotate" -> {
                    if (v.length == 3) {
                        out.rotate(Math.toRadians(v[0]), v[1], v[2]);
                    } else {
                        out.rotate(Math.toRadians(v[0]));
                    }
                }
                case "translate" -> out.translate(v[0], v.length > 1 ? v[1] : 0);
                case "scale" -> out.scale(v[0], v.length > 1 ? v[1] : v[0]);
                default -> throw new IllegalArgumentException("transform not understood: " + t);
            }
            s = s.substring(close + 1).trim();
        }
        return out;
    }

    private static Shape poly(String points, boolean closed) {
        String[] p = points.trim().split("[ ,]+");
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i + 1 < p.length; i += 2) {
            double x = Double.parseDouble(p[i]);
            double y = Double.parseDouble(p[i + 1]);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /**
     * @param d   SVG path data (M, L, H, V, A, Z; lower case relative)
     * @param end filled with the end point and the direction of the last segment: x, y, dx, dy
     * @return the path
     */
    static Path2D path(String d, double[] end) {
        List<String> tok = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("[MmLlHhVvAaZz]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?").matcher(d);
        while (m.find()) {
            tok.add(m.group());
        }
        Path2D.Double p = new Path2D.Double();
        double x = 0;
        double y = 0;
        double sx = 0;
        double sy = 0;
        double dx = 1;
        double dy = 0;
        char cmd = 'M';
        int i = 0;
        while (i < tok.size()) {
            String t = tok.get(i);
            if (Character.isLetter(t.charAt(0))) {
                cmd = t.charAt(0);
                i++;
                if (cmd == 'Z' || cmd == 'z') {
                    p.closePath();
                    x = sx;
                    y = sy;
                    continue;
                }
            }
            boolean rel = Character.isLowerCase(cmd);
            double ox = rel ? x : 0;
            double oy = rel ? y : 0;
            double nx;
            double ny;
            switch (Character.toUpperCase(cmd)) {
                case 'M' -> {
                    nx = ox + num(tok, i++);
                    ny = oy + num(tok, i++);
                    p.moveTo(nx, ny);
                    sx = nx;
                    sy = ny;
                    cmd = rel ? 'l' : 'L';   // further pairs are line-tos
                }
                case 'L' -> {
                    nx = ox + num(tok, i++);
                    ny = oy + num(tok, i++);
                    p.lineTo(nx, ny);
                }
                case 'H' -> {
                    nx = ox + num(tok, i++);
                    ny = y;
                    p.lineTo(nx, ny);
                }
                case 'V' -> {
                    nx = x;
                    ny = oy + num(tok, i++);
                    p.lineTo(nx, ny);
                }
                case 'A' -> {
                    double rx = num(tok, i++);
                    double ry = num(tok, i++);
                    double rot = num(tok, i++);
                    boolean large = num(tok, i++) != 0;
                    boolean sweep = num(tok, i++) != 0;
                    nx = ox + num(tok, i++);
                    ny = oy + num(tok, i++);
                    double[] last = arc(p, x, y, rx, ry, rot, large, sweep, nx, ny);
                    if (last != null) {
                        x = last[0];
                        y = last[1];
                    }
                }
                default -> throw new IllegalArgumentException("path command not understood in: " + d);
            }
            if (nx != x || ny != y) {
                double l = Math.hypot(nx - x, ny - y);
                dx = (nx - x) / l;
                dy = (ny - y) / l;
            }
            x = nx;
            y = ny;
        }
        end[0] = x;
        end[1] = y;
        end[2] = dx;
        end[3] = dy;
        return p;
    }

    private static double num(List<String> tok, int i) {
        return Double.parseDouble(tok.get(i));
    }

    /**
     * Appends an elliptical arc as line segments (SVG endpoint to centre parameterization, SVG 1.1 F.6.5).
     *
     * @return the point before the last segment's end (for the direction), or null if drawn as a line
     */
    private static double[] arc(Path2D p, double x1, double y1, double rx, double ry, double rotDeg,
                                boolean large, boolean sweep, double x2, double y2) {
        rx = Math.abs(rx);
        ry = Math.abs(ry);
        if (rx == 0 || ry == 0 || (x1 == x2 && y1 == y2)) {
            p.lineTo(x2, y2);
            return null;
        }
        double phi = Math.toRadians(rotDeg);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double xp = cos * (x1 - x2) / 2 + sin * (y1 - y2) / 2;
        double yp = -sin * (x1 - x2) / 2 + cos * (y1 - y2) / 2;
        double lambda = xp * xp / (rx * rx) + yp * yp / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp;
        double den = rx * rx * yp * yp + ry * ry * xp * xp;
        double k = Math.sqrt(Math.max(0, num / den)) * (large == sweep ? -1 : 1);
        double cxp = k * rx * yp / ry;
        double cyp = -k * ry * xp / rx;
        double cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
        double cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
        double t1 = Math.atan2((yp - cyp) / ry, (xp - cxp) / rx);
        double t2 = Math.atan2((-yp - cyp) / ry, (-xp - cxp) / rx);
        double dt = t2 - t1;
        if (sweep && dt < 0) {
            dt += 2 * Math.PI;
        } else if (!sweep && dt > 0) {
            dt -= 2 * Math.PI;
        }
        int n = Math.max(4, (int) Math.ceil(Math.abs(dt) / (Math.PI / 32)));
        double[] before = null;
        for (int j = 1; j <= n; j++) {
            double t = t1 + dt * j / n;
            double ex = rx * Math.cos(t);
            double ey = ry * Math.sin(t);
            double px = cos * ex - sin * ey + cx;
            double py = sin * ex + cos * ey + cy;
            if (j == n) {
                Point2D cur = p.getCurrentPoint();
                before = new double[] {cur.getX(), cur.getY()};
                p.lineTo(x2, y2);
            } else {
                p.lineTo(px, py);
            }
        }
        return before;
    }

    /** @return a short description, for logs */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RasterCanvas %dx%d", image.getWidth(), image.getHeight());
    }
}
