package org.gapsim.report.map;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Gantt-like SVG of a {@link Replay}: one bar per column over simulated time, coloured (Okabe-Ito) and patterned by
 * what the column was doing: not yet departed, marching, held at an obstacle, breaching, bypassing, waiting for a
 * route, halted for good, head at the objective. Held, breaching and bypassing spans are labelled with the obstacle
 * where they are wide enough; every span has a tooltip.
 */
public final class Timeline {
    /** Width of the figure, px. */
    public static final double WIDTH = 1260;
    private static final double LEFT = 70;
    private static final double RIGHT = 30;
    private static final double TOP = 50;
    private static final double ROW = 44;
    private static final double BAR = 26;

    private Timeline() {
    }

    /**
     * @param a an activity
     * @return its fill colour
     */
    public static String colour(Replay.Activity a) {
        return switch (a) {
            case NOT_DEPARTED -> "#eeeeee";
            case MARCHING -> Palette.SKY_BLUE;
            case HELD -> Palette.ORANGE;
            case BREACHING -> Palette.VERMILLION;
            case BYPASSING -> Palette.BLUISH_GREEN;
            case WAITING -> Palette.REDDISH_PURPLE;
            case HALTED -> Palette.BLACK;
            case ARRIVED -> "#bbbbbb";
        };
    }

    /**
     * @param replay a replication's events
     * @return the SVG document
     */
    public static String svg(Replay replay) {
        return svg(replay, 0);
    }

    /**
     * The timeline with a cursor sweeping across it in {@code seconds}, in step with
     * {@link MapView#animatedSvg(Replay, double)} (SVG animation, no script).
     *
     * @param replay  a replication's events
     * @param seconds how long one pass lasts, s (0: no cursor)
     * @return the SVG document
     */
    public static String svg(Replay replay, double seconds) {
        Map<String, List<Replay.Span>> rows = replay.timeline();
        double end = Math.max(replay.endMin(), 1);
        double height = TOP + rows.size() * ROW + 110;
        String title = "Timeline of replication " + replay.replication() + ", package '" + replay.packageName()
                + "' (scenario '" + replay.plan().scenario().name() + "', master seed " + replay.masterSeed() + ")";
        Svg g = new Svg(WIDTH, height, "gapsim-timeline", title);
        g.el("rect", "x", 0.0, "y", 0.0, "width", WIDTH, "height", height, "fill", "#ffffff");
        g.text("text", title, "x", LEFT, "y", 24.0, "font-size", 15, "font-weight", "bold");
        double w = WIDTH - LEFT - RIGHT;
        double stepH = tickStepHours(end / 60);
        double axisY = TOP + rows.size() * ROW;
        g.begin("g", "id", "time-axis", "font-size", 12);
        for (double h = 0; h * 60 <= end + 1e-9; h += stepH) {
            double x = LEFT + h * 60 / end * w;
            g.el("line", "x1", x, "y1", TOP - 6, "x2", x, "y2", axisY, "stroke", "#dddddd");
            g.text("text", Svg.num(h), "x", x, "y", axisY + 16, "text-anchor", "middle");
        }
        g.text("text", "simulated time, hours from the start", "x", LEFT + w / 2, "y", axisY + 34,
                "text-anchor", "middle", "font-size", 13);
        g.end("g");
        Set<Replay.Activity> used = EnumSet.noneOf(Replay.Activity.class);
        int r = 0;
        g.begin("g", "id", "bars");
        for (Map.Entry<String, List<Replay.Span>> e : rows.entrySet()) {
            double y = TOP + r * ROW + (ROW - BAR) / 2;
            g.text("text", e.getKey(), "x", LEFT - 10, "y", y + BAR / 2 + 5, "text-anchor", "end", "font-size", 14,
                    "class", "row-label",
                    "font-weight", "bold");
            for (Replay.Span s : e.getValue()) {
                used.add(s.activity());
                double x0 = LEFT + s.fromMin() / end * w;
                double x1 = LEFT + Math.min(s.toMin(), end) / end * w;
                double bw = Math.max(x1 - x0, 0.8);
                g.begin("rect", "x", x0, "y", y, "width", bw, "height", BAR, "fill", colour(s.activity()),
                        "stroke", s.activity() == Replay.Activity.NOT_DEPARTED ? "#999999" : null,
                        "class", "span span-" + s.activity().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        "data-column", e.getKey());
                g.tooltip(String.format(Locale.ROOT, "%s %s%s, %.2f-%.2f h (%.0f min)", e.getKey(),
                        s.activity().label(), s.where().isEmpty() ? "" : " at " + s.where(), s.fromMin() / 60,
                        s.toMin() / 60, s.toMin() - s.fromMin()));
                g.end("rect");
                if (!s.where().isEmpty() && bw > 7.5 * s.where().length() && s.activity() != Replay.Activity.ARRIVED) {
                    g.text("text", s.where(), "x", x0 + 4, "y", y + BAR / 2 + 4, "font-size", 11, "fill",
                            s.activity() == Replay.Activity.HALTED || s.activity() == Replay.Activity.BREACHING
                                    ? "#ffffff" : "#000000");
                }
            }
            r++;
        }
        g.end("g");
        if (seconds > 0) {
            g.begin("line", "id", "time-cursor", "x1", LEFT, "y1", TOP - 8, "x2", LEFT, "y2", axisY, "stroke",
                    "#000000", "stroke-width", 2);
            String dur = Svg.num(seconds) + "s";
            String values = Svg.num(LEFT) + ";" + Svg.num(LEFT + w);
            g.el("animate", "attributeName", "x1", "values", values, "dur", dur, "repeatCount", "indefinite");
            g.el("animate", "attributeName", "x2", "values", values, "dur", dur, "repeatCount", "indefinite");
            g.end("line");
        }
        double lx = LEFT;
        double ly = axisY + 62;
        g.begin("g", "id", "timeline-legend", "font-size", 12);
        for (Replay.Activity a : Replay.Activity.values()) {
            if (!used.contains(a)) {
                continue;
            }
            double tw = 7.2 * a.label().length() + 40;
            if (lx + tw > WIDTH - RIGHT) {
                lx = LEFT;
                ly += 22;
            }
            g.el("rect", "x", lx, "y", ly - 12, "width", 22.0, "height", 14.0, "fill", colour(a), "stroke", "#666666",
                    "stroke-width", 0.5);
            g.text("text", a.label(), "x", lx + 28, "y", ly, "class", "legend-item");
            lx += tw;
        }
        g.end("g");
        return g.finish();
    }

    /** @return a tick step in hours that gives about 8-16 ticks */
    static double tickStepHours(double spanH) {
        double[] steps = {0.25, 0.5, 1, 2, 3, 6, 12, 24, 48};
        for (double s : steps) {
            if (spanH / s <= 16) {
                return s;
            }
        }
        return 96;
    }
}
