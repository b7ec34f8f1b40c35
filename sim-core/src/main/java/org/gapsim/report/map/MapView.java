package org.gapsim.report.map;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;

/**
 * An SVG map of a scenario with one package: country borders ({@link Borders}), roads by class over a band showing
 * the ground beside them (forest, wetland or lake, built-up), bridges of note, places by kind, every obstacle in
 * play by kind (ringed where covered by fire or observed), each column's planned route, a scale bar, a north arrow
 * and a legend. With a {@link Replay} it also shows what happened: the routes taken, reroutes, where heads were
 * held and for how long, and losses by place.
 *
 * <p>Positions: places at their coordinates ({@link Projection}, equirectangular with cos(latitude) scaling);
 * roads as straight lines between their end places (the scenario has no road geometry); an obstacle at its
 * {@code positionKm} as a fraction of its segment's length along that line.
 *
 * <p>The defender's units with a position in the data (the scenario's and the package's sensors and fire units) are
 * drawn at it ({@link RoadNetwork#latLon(UnitPosition)}): sensors as diamonds, fire units as framed boxes with
 * their kind's code, a direct-fire unit (ATGM team, tank position) with a faint circle of its range. Units a
 * coverage template adds at an obstacle ({@code coverage: observed} or {@code covered-by-fire}) have no position of
 * their own: the obstacle's ring shows them.
 */
public final class MapView {
    /** Width of the map panel, px. */
    public static final double MAP_WIDTH = 900;
    /** Height of the map panel and of the whole figure, px. */
    public static final double HEIGHT = 900;
    /** Width of the legend panel, px. */
    public static final double LEGEND_WIDTH = 360;
    /** Padding round the places, degrees of latitude. */
    public static final double PAD_DEG = 0.12;
    /** Default width of a PNG map, pixels: A4 at 300 dpi. */
    public static final int PNG_WIDTH = 2480;
    /** Margin of the map panel, px. */
    public static final double MARGIN = 20;

    private static final Map<String, double[]> COUNTRY_LABELS = Map.of(
            "RU", new double[] {54.78, 21.95}, "LT", new double[] {54.80, 23.75}, "PL", new double[] {53.55, 22.45},
            "BY", new double[] {53.45, 24.05}, "LV", new double[] {55.9, 23.5});
    private static final Map<String, String> COUNTRY_FILL = Map.of(
            "RU", "#efe6dc", "BY", "#efe6dc", "LT", "#f7f7f2", "PL", "#f1f4f7", "LV", "#f7f7f2");

    private MapView() {
    }

    /**
     * @param scenario    the scenario
     * @param packageName package ({@code none} for the baseline)
     * @return the map's SVG document
     */
    public static String svg(Scenario scenario, String packageName) {
        return svg(CrossingPlan.compile(scenario, packageName), null, "gapsim-map");
    }

    /**
     * @param replay a replication's events
     * @return the map of that replication's package with what happened drawn over it
     */
    public static String svg(Replay replay) {
        return svg(replay.plan(), replay, "gapsim-replay-map");
    }

    /**
     * The replay map with each column's head moving over it (SVG animation, no script): the whole timeline plays in
     * {@code seconds} and repeats. Between known positions (its start, each place passed, each obstacle reached and
     * left, the objective or where it halted) a head moves in a straight line at constant speed; it stands still
     * while held.
     *
     * @param replay  a replication's events
     * @param seconds how long one pass of the timeline lasts, s
     * @return the SVG document
     */
    public static String animatedSvg(Replay replay, double seconds) {
        String svg = svg(replay.plan(), replay, "gapsim-replay-map");
        String heads = animatedHeads(replay, seconds);
        int at = svg.indexOf("<g id=\"scale-bar\">");
        return svg.substring(0, at) + heads + svg.substring(at);
    }

    /**
     * Each column's head positions over time: {time min, x px, y px}, in time order, from time 0 (at its start
     * place) to the replay's end.
     *
     * @param replay a replication's events
     * @return key frames per column id
     */
    public static Map<String, List<double[]>> headKeyFrames(Replay replay) {
        CrossingPlan plan = replay.plan();
        Projection pr = projection(plan.scenario());
        RoadNetwork net = plan.network();
        Map<String, double[]> obstacles = obstaclePositions(pr, plan);
        double end = replay.endMin();
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (ColumnSpec c : plan.scenario().columns()) {
            List<double[]> k = new ArrayList<>();
            double[] start = xy(pr, net, c.start());
            k.add(new double[] {0, start[0], start[1]});
            out.put(c.id(), k);
        }
        for (ModelEvent e : replay.events()) {
            List<double[]> k = out.get(e.column());
            if (k == null) {
                continue;
            }
            if (e instanceof ModelEvent.ColumnDeparted d) {
                add(k, d.timeMin(), where(pr, net, obstacles, d.place()));
            } else if (e instanceof ModelEvent.PlaceReached p) {
                add(k, p.timeMin(), where(pr, net, obstacles, p.place()));
            } else if (e instanceof ModelEvent.ObstaclePassed o) {
                double[] at = where(pr, net, obstacles, o.obstacle());
                add(k, o.headArrivalMin(), at);
                add(k, o.timeMin(), at);
            } else if (e instanceof ModelEvent.ColumnArrived a) {
                add(k, a.timeMin(), where(pr, net, obstacles, a.objective()));
            } else if (e instanceof ModelEvent.ColumnHalted h) {
                add(k, h.timeMin(), where(pr, net, obstacles, h.where()));
            }
        }
        for (List<double[]> k : out.values()) {
            double[] last = k.get(k.size() - 1);
            if (last[0] < end) {
                k.add(new double[] {end, last[1], last[2]});
            }
        }
        return out;
    }

    private static void add(List<double[]> k, double t, double[] at) {
        if (at == null) {
            return;
        }
        double prev = k.get(k.size() - 1)[0];
        k.add(new double[] {Math.max(t, prev), at[0], at[1]});
    }

    private static String animatedHeads(Replay replay, double seconds) {
        Svg g = new Svg(1, 1, null, "");
        double end = Math.max(replay.endMin(), 1e-9);
        g.begin("g", "id", "moving-heads");
        int c = 0;
        for (Map.Entry<String, List<double[]>> e : headKeyFrames(replay).entrySet()) {
            List<double[]> k = e.getValue();
            StringBuilder times = new StringBuilder();
            StringBuilder xs = new StringBuilder();
            StringBuilder ys = new StringBuilder();
            for (int i = 0; i < k.size(); i++) {
                double kt = i == 0 ? 0 : i == k.size() - 1 ? 1 : Math.min(1, k.get(i)[0] / end);
                String sep = i == 0 ? "" : ";";
                times.append(sep).append(String.format(Locale.ROOT, "%.5f", kt));
                xs.append(sep).append(Svg.num(k.get(i)[1]));
                ys.append(sep).append(Svg.num(k.get(i)[2]));
            }
            g.begin("g", "class", "moving-head", "data-column", e.getKey());
            g.begin("circle", "cx", k.get(0)[1], "cy", k.get(0)[2], "r", 8, "fill", Palette.series(c), "stroke",
                    "#ffffff", "stroke-width", 2);
            String dur = Svg.num(seconds) + "s";
            g.el("animate", "attributeName", "cx", "values", xs.toString(), "keyTimes", times.toString(), "dur", dur,
                    "repeatCount", "indefinite", "calcMode", "linear");
            g.el("animate", "attributeName", "cy", "values", ys.toString(), "keyTimes", times.toString(), "dur", dur,
                    "repeatCount", "indefinite", "calcMode", "linear");
            g.end("circle");
            g.end("g");
            c++;
        }
        g.end("g");
        String doc = g.finish();
        int from = doc.indexOf("<g id=\"moving-heads\">");
        return doc.substring(from, doc.lastIndexOf("</svg>"));
    }

    /**
     * @param plan   the compiled scenario and package
     * @param replay what happened, or null for the plan alone
     * @param id     the root element's id
     * @return the SVG document
     */
    public static String svg(CrossingPlan plan, Replay replay, String id) {
        String title = title(plan, replay);
        double height = height(plan, replay, title);
        Svg g = new Svg(MAP_WIDTH + LEGEND_WIDTH, height, id, "Map: " + title);
        draw(g, plan, replay, id, title, height);
        return g.finish();
    }

    /**
     * The map as a raster image, drawn by the same code as {@link #svg(CrossingPlan, Replay, String)} through
     * {@link RasterCanvas} (Java2D, anti-aliased): no browser needed.
     *
     * @param plan        the compiled scenario and package
     * @param replay      what happened, or null for the plan alone
     * @param widthPixels the image's width, pixels ({@link #PNG_WIDTH} fills A4 at 300 dpi); the height follows
     * @return the image
     */
    public static BufferedImage image(CrossingPlan plan, Replay replay, int widthPixels) {
        String title = title(plan, replay);
        double height = height(plan, replay, title);
        RasterCanvas g = new RasterCanvas(MAP_WIDTH + LEGEND_WIDTH, height, widthPixels);
        draw(g, plan, replay, replay == null ? "gapsim-map" : "gapsim-replay-map", title, height);
        return g.image();
    }

    /**
     * @param scenario    the scenario
     * @param packageName package ({@code none} for the baseline)
     * @param widthPixels the image's width, pixels
     * @return the map as PNG bytes
     */
    public static byte[] png(Scenario scenario, String packageName, int widthPixels) {
        return RasterCanvas.png(image(CrossingPlan.compile(scenario, packageName), null, widthPixels));
    }

    /**
     * @param replay      a replication's events
     * @param widthPixels the image's width, pixels
     * @return the replay map as PNG bytes
     */
    public static byte[] png(Replay replay, int widthPixels) {
        return RasterCanvas.png(image(replay.plan(), replay, widthPixels));
    }

    private static String title(CrossingPlan plan, Replay replay) {
        Scenario s = plan.scenario();
        FortificationPackage pkg = plan.fortification();
        return replay == null
                ? "Scenario '" + s.name() + "', package '" + pkg.name() + "'"
                : "Replication " + replay.replication() + " of scenario '" + s.name() + "', package '" + pkg.name()
                + "' (master seed " + replay.masterSeed() + ")";
    }

    private static double height(CrossingPlan plan, Replay replay, String title) {
        double legendBottom = drawLegend(new Svg(MAP_WIDTH + LEGEND_WIDTH, HEIGHT, null, ""), plan, replay, title);
        return Math.max(HEIGHT, legendBottom + 8);
    }

    private static void draw(Canvas g, CrossingPlan plan, Replay replay, String id, String title, double height) {
        Scenario s = plan.scenario();
        RoadNetwork net = plan.network();
        Projection pr = projection(s);
        g.begin("defs");
        g.begin("clipPath", "id", id + "-clip").el("rect", "x", 0.0, "y", 0.0, "width", MAP_WIDTH, "height", HEIGHT)
                .end("clipPath");
        g.begin("marker", "id", id + "-arrow", "viewBox", "0 0 10 10", "refX", 8, "refY", 5, "markerWidth", 6,
                "markerHeight", 6, "orient", "auto-start-reverse");
        g.el("path", "d", "M 0 0 L 10 5 L 0 10 z", "fill", "context-stroke");
        g.end("marker");
        g.end("defs");
        g.el("rect", "x", 0.0, "y", 0.0, "width", MAP_WIDTH + LEGEND_WIDTH, "height", height, "fill", "#ffffff");
        g.begin("g", "clip-path", "url(#" + id + "-clip)");
        g.el("rect", "x", 0.0, "y", 0.0, "width", MAP_WIDTH, "height", HEIGHT, "fill", "#e8eef2");
        drawBorders(g, pr);
        drawTerrain(g, pr, net);
        drawRoads(g, pr, net);
        drawBridges(g, pr, net);
        if (replay == null) {
            drawPlannedRoutes(g, pr, plan);
        } else {
            drawTakenRoutes(g, pr, plan, replay);
        }
        drawObstacles(g, pr, plan, replay);
        drawDefender(g, pr, plan);
        drawPlaces(g, pr, net);
        if (replay != null) {
            drawReplayMarks(g, pr, plan, replay);
        }
        drawScaleBar(g, pr);
        drawNorthArrow(g);
        g.el("rect", "x", 0.0, "y", HEIGHT - 34, "width", 640.0, "height", 34.0, "fill", "#ffffff", "fill-opacity", 0.8);
        g.text("text", "Equirectangular projection, longitude scaled by cos " + String.format(Locale.ROOT, "%.1f",
                (pr.latMin() + pr.latMax()) / 2) + "\u00b0; roads drawn straight between places.", "x", 10.0,
                "y", HEIGHT - 20, "font-size", 11, "fill", "#333333", "class", "footnote");
        g.text("text", Borders.source() + ".", "x", 10.0, "y", HEIGHT - 6, "font-size", 11, "fill", "#333333",
                "class", "footnote");
        g.end("g");
        g.el("rect", "x", 0.0, "y", 0.0, "width", MAP_WIDTH, "height", HEIGHT, "fill", "none", "stroke", "#333333");
        drawLegend(g, plan, replay, title);
    }

    /**
     * @param s a scenario
     * @return the projection of its map panel
     */
    public static Projection projection(Scenario s) {
        return Projection.fitting(s.network().places(), PAD_DEG, MAP_WIDTH, HEIGHT, MARGIN);
    }

    /**
     * Where an obstacle is drawn: at {@code positionKm / lengthKm} of the straight line from its segment's
     * {@code from} place to its {@code to} place.
     *
     * @param net the road network
     * @param o   the obstacle
     * @return {lat, lon}, degrees
     */
    public static double[] latLon(RoadNetwork net, Obstacle o) {
        return net.latLon(o.segment(), o.positionKm());
    }

    /** Short code of a fire unit kind, drawn in its box. */
    static String unitCode(FireUnitKind k) {
        return switch (k) {
            case ATGM_TEAM -> "AT";
            case TANK_POSITION -> "TK";
            case ARTILLERY -> "AR";
            case MORTAR -> "MO";
            case FPV_TEAM -> "FPV";
        };
    }

    /** Short code of a sensor kind, drawn beside its diamond. */
    static String sensorCode(SensorKind k) {
        return switch (k) {
            case OBSERVATION_POST -> "OP";
            case UAV -> "UAV";
            case GROUND_RADAR -> "RAD";
        };
    }

    private static void drawDefender(Canvas g, Projection pr, CrossingPlan plan) {
        Defender existing = plan.scenario().defender();
        Defender bought = plan.fortification().defender();
        if (existing.sensors().isEmpty() && existing.fireUnits().isEmpty() && bought.sensors().isEmpty()
                && bought.fireUnits().isEmpty()) {
            return;
        }
        RoadNetwork net = plan.network();
        double pxPerKm = 1 / pr.kmPerPx();
        g.begin("g", "id", "defender");
        g.begin("g", "id", "defender-ranges", "fill", Palette.BLUE, "fill-opacity", 0.05, "stroke", Palette.BLUE,
                "stroke-opacity", 0.35, "stroke-width", 0.8);
        for (Defender d : List.of(existing, bought)) {
            for (FireUnit f : d.fireUnits()) {
                if (f.kind().direct()) {
                    double[] ll = net.latLon(f.position());
                    g.el("circle", "cx", pr.x(ll[1]), "cy", pr.y(ll[0]), "r", f.rangeKm() * pxPerKm);
                }
            }
        }
        g.end("g");
        for (Defender d : List.of(existing, bought)) {
            String owner = d == existing ? "existing force" : "bought by the package";
            double frame = d == existing ? 1.2 : 2.2;
            for (Sensor sn : d.sensors()) {
                double[] ll = net.latLon(sn.position());
                double x = pr.x(ll[1]);
                double y = pr.y(ll[0]);
                g.begin("g", "class", "defender-unit sensor", "data-unit", sn.id());
                g.tooltip(sn.id() + ": " + label(sn.kind().name()) + ", range " + Svg.num(sn.rangeKm()) + " km, "
                        + owner);
                g.el("polygon", "points", Svg.points(x, y - 6, x + 6, y, x, y + 6, x - 6, y), "fill", "#ffffff",
                        "stroke", Palette.BLUE, "stroke-width", frame);
                g.text("text", sensorCode(sn.kind()), "x", x + 8, "y", y - 5, "font-size", 8, "fill", Palette.BLUE);
                g.end("g");
            }
            for (FireUnit f : d.fireUnits()) {
                double[] ll = net.latLon(f.position());
                double x = pr.x(ll[1]);
                double y = pr.y(ll[0]);
                g.begin("g", "class", "defender-unit fire-unit", "data-unit", f.id());
                g.tooltip(f.id() + ": " + label(f.kind().name()) + ", range " + Svg.num(f.rangeKm()) + " km, "
                        + owner);
                g.el("rect", "x", x - 9, "y", y - 6, "width", 18.0, "height", 12.0, "fill", "#ffffff",
                        "stroke", Palette.BLUE, "stroke-width", frame);
                g.text("text", unitCode(f.kind()), "x", x, "y", y + 3, "text-anchor", "middle", "font-size", 7,
                        "font-weight", "bold", "fill", Palette.BLUE);
                g.end("g");
            }
        }
        g.end("g");
    }

    private static void drawBorders(Canvas g, Projection pr) {
        g.begin("g", "id", "borders", "stroke", "#8a8a8a", "stroke-width", 1.2, "stroke-linejoin", "round");
        for (Borders.Country c : Borders.countries()) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : c.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    double[] p = ring.get(i);
                    d.append(i == 0 ? "M" : "L").append(Svg.num(pr.x(p[0]))).append(' ').append(Svg.num(pr.y(p[1])));
                }
                d.append('Z');
            }
            g.begin("path", "d", d.toString(), "fill", COUNTRY_FILL.getOrDefault(c.iso(), "#f4f4f4"),
                    "class", "country", "data-iso", c.iso());
            g.tooltip(c.name());
            g.end("path");
        }
        g.end("g");
        for (Borders.Country c : Borders.countries()) {   // in the shipped file's order: the same bytes every run
            double[] at = COUNTRY_LABELS.get(c.iso());
            if (at == null) {
                continue;
            }
            double x = pr.x(at[1]);
            double y = pr.y(at[0]);
            if (x > 40 && x < MAP_WIDTH - 40 && y > 30 && y < HEIGHT - 30) {
                String name = c.iso().equals("RU") ? "Russia (Kaliningrad)" : c.name();
                g.text("text", name.toUpperCase(Locale.ROOT), "x", x, "y", y, "text-anchor", "middle", "font-size", 16,
                        "letter-spacing", 3, "fill", "#777777", "class", "country-label");
            }
        }
    }

    private static void drawTerrain(Canvas g, Projection pr, RoadNetwork net) {
        g.begin("g", "id", "terrain", "stroke-linecap", "round", "opacity", 0.45);
        for (RoadSegment s : net.segments()) {
            String colour = terrainColour(s.terrainBeside());
            if (colour == null) {
                continue;
            }
            double[] a = xy(pr, net, s.from());
            double[] b = xy(pr, net, s.to());
            g.el("line", "x1", a[0], "y1", a[1], "x2", b[0], "y2", b[1], "stroke", colour, "stroke-width", 14,
                    "class", "terrain-" + s.terrainBeside().name().toLowerCase(Locale.ROOT));
        }
        g.end("g");
    }

    static String terrainColour(Terrain t) {
        return switch (t) {
            case FOREST -> Palette.BLUISH_GREEN;
            case WETLAND, LAKE -> Palette.SKY_BLUE;
            case URBAN -> "#999999";
            case OPEN -> null;
        };
    }

    static double roadWidth(RoadClass c) {
        return switch (c) {
            case MOTORWAY -> 5;
            case EXPRESSWAY -> 4;
            case NATIONAL -> 3;
            case REGIONAL -> 2;
            case LOCAL -> 1.2;
        };
    }

    static String roadColour(RoadClass c) {
        return switch (c) {
            case MOTORWAY, EXPRESSWAY -> "#333333";
            case NATIONAL -> "#555555";
            case REGIONAL -> "#777777";
            case LOCAL -> "#999999";
        };
    }

    private static void drawRoads(Canvas g, Projection pr, RoadNetwork net) {
        g.begin("g", "id", "roads", "stroke-linecap", "round");
        for (RoadSegment s : net.segments()) {
            double[] a = xy(pr, net, s.from());
            double[] b = xy(pr, net, s.to());
            g.begin("line", "x1", a[0], "y1", a[1], "x2", b[0], "y2", b[1], "stroke", roadColour(s.roadClass()),
                    "stroke-width", roadWidth(s.roadClass()), "stroke-dasharray",
                    s.roadClass() == RoadClass.LOCAL ? "4 3" : null,
                    "class", "road road-" + s.roadClass().name().toLowerCase(Locale.ROOT), "data-segment", s.id());
            g.tooltip(s.id() + ": " + s.lengthKm() + " km, " + label(s.roadClass().name()) + ", "
                    + label(s.terrainBeside().name()) + " beside");
            g.end("line");
        }
        g.end("g");
    }

    private static void drawBridges(Canvas g, Projection pr, RoadNetwork net) {
        g.begin("g", "id", "bridges", "stroke", Palette.BLUE, "stroke-width", 2, "fill", "none");
        for (RoadSegment s : net.segments()) {
            if (s.bridgeGapM() <= 0) {
                continue;
            }
            double[] a = xy(pr, net, s.from());
            double[] b = xy(pr, net, s.to());
            double mx = (a[0] + b[0]) / 2;
            double my = (a[1] + b[1]) / 2;
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double ux = (b[0] - a[0]) / len;
            double uy = (b[1] - a[1]) / len;
            // two short strokes across the road, like a bridge's parapets: ")("
            double nx = -uy;
            double ny = ux;
            g.begin("g", "class", "bridge");
            g.tooltip("bridge of note on " + s.id() + ": " + Svg.num(s.bridgeGapM()) + " m gap");
            for (int side = -1; side <= 1; side += 2) {
                double cx = mx + side * 4 * ux;
                double cy = my + side * 4 * uy;
                g.el("line", "x1", cx - 7 * nx, "y1", cy - 7 * ny, "x2", cx + 7 * nx, "y2", cy + 7 * ny);
            }
            g.end("g");
        }
        g.end("g");
    }

    private static void drawPlannedRoutes(Canvas g, Projection pr, CrossingPlan plan) {
        List<ColumnSpec> cols = plan.scenario().columns();
        g.begin("g", "id", "routes", "fill", "none", "stroke-linejoin", "round", "stroke-linecap", "round");
        for (int c = 0; c < cols.size(); c++) {
            List<String> places = plan.plannedPlaces(c);
            route(g, pr, plan.network(), places, c, cols.size(), cols.get(c), "planned route");
        }
        g.end("g");
    }

    private static void drawTakenRoutes(Canvas g, Projection pr, CrossingPlan plan, Replay replay) {
        List<ColumnSpec> cols = plan.scenario().columns();
        Map<String, List<String>> passed = replay.placesPassed();
        g.begin("g", "id", "routes", "fill", "none", "stroke-linejoin", "round", "stroke-linecap", "round");
        for (int c = 0; c < cols.size(); c++) {
            route(g, pr, plan.network(), passed.get(cols.get(c).id()), c, cols.size(), cols.get(c), "route taken");
        }
        g.end("g");
    }

    private static void route(Canvas g, Projection pr, RoadNetwork net, List<String> places, int c, int n,
                              ColumnSpec col, String what) {
        if (places.size() < 2) {
            return;
        }
        double off = (c - (n - 1) / 2.0) * 5;   // side by side where routes share a road
        StringBuilder pts = new StringBuilder();
        for (int i = 0; i < places.size(); i++) {
            double[] p = xy(pr, net, places.get(i));
            double[] dir = direction(pr, net, places, i);
            double x = p[0] - dir[1] * off;
            double y = p[1] + dir[0] * off;
            pts.append(i == 0 ? "" : " ").append(Svg.num(x)).append(',').append(Svg.num(y));
        }
        String dash = Palette.dash(c);
        g.begin("polyline", "points", pts.toString(), "stroke", Palette.series(c), "stroke-width", 3.5,
                "stroke-dasharray", "none".equals(dash) ? null : dash, "opacity", 0.9,
                "class", "route", "data-column", col.id());
        g.tooltip(col.id() + " " + what + ": " + String.join(" > ", places));
        g.end("polyline");
    }

    /** @return the unit direction of travel at point i (mean of the adjacent legs) */
    private static double[] direction(Projection pr, RoadNetwork net, List<String> places, int i) {
        double dx = 0;
        double dy = 0;
        double[] p = xy(pr, net, places.get(i));
        if (i > 0) {
            double[] a = xy(pr, net, places.get(i - 1));
            double l = Math.hypot(p[0] - a[0], p[1] - a[1]);
            if (l > 0) {
                dx += (p[0] - a[0]) / l;
                dy += (p[1] - a[1]) / l;
            }
        }
        if (i < places.size() - 1) {
            double[] b = xy(pr, net, places.get(i + 1));
            double l = Math.hypot(b[0] - p[0], b[1] - p[1]);
            if (l > 0) {
                dx += (b[0] - p[0]) / l;
                dy += (b[1] - p[1]) / l;
            }
        }
        double l = Math.hypot(dx, dy);
        return l == 0 ? new double[] {1, 0} : new double[] {dx / l, dy / l};
    }

    /** Symbol colour of an obstacle kind. */
    static String kindColour(ObstacleKind k) {
        return switch (k) {
            case MINEFIELD -> Palette.VERMILLION;
            case ANTI_TANK_DITCH -> Palette.ORANGE;
            case DRAGONS_TEETH -> Palette.BLACK;
            case ABATIS -> Palette.BLUISH_GREEN;
            case CRATER -> Palette.REDDISH_PURPLE;
            case BRIDGE_DEMOLITION -> Palette.BLUE;
        };
    }

    /** One-letter code of an obstacle kind, drawn in its symbol. */
    static String kindLetter(ObstacleKind k) {
        return switch (k) {
            case MINEFIELD -> "M";
            case ANTI_TANK_DITCH -> "D";
            case DRAGONS_TEETH -> "T";
            case ABATIS -> "A";
            case CRATER -> "C";
            case BRIDGE_DEMOLITION -> "B";
        };
    }

    private static void obstacleSymbol(Canvas g, double x, double y, ObstacleKind k, Coverage cov) {
        if (cov != Coverage.UNOBSERVED) {
            g.el("circle", "cx", x, "cy", y, "r", 13, "fill", "none", "stroke", Palette.BLACK, "stroke-width", 1.8,
                    "stroke-dasharray", cov == Coverage.OBSERVED ? "3 2" : null, "class", "coverage");
        }
        double r = 8.5;
        String fill = kindColour(k);
        switch (k) {
            case MINEFIELD -> g.el("polygon", "points", Svg.points(x, y - r - 1, x + r + 1, y + r * 0.8,
                    x - r - 1, y + r * 0.8), "fill", fill, "stroke", "#ffffff", "stroke-width", 1.2);
            case BRIDGE_DEMOLITION -> g.el("rect", "x", x - r, "y", y - r, "width", 2 * r, "height", 2 * r,
                    "fill", fill, "stroke", "#ffffff", "stroke-width", 1.2);
            case ANTI_TANK_DITCH -> g.el("rect", "x", x - r - 2, "y", y - r + 2, "width", 2 * r + 4,
                    "height", 2 * r - 4, "fill", fill, "stroke", "#ffffff", "stroke-width", 1.2);
            case DRAGONS_TEETH -> g.el("polygon", "points", Svg.points(x, y - r - 1, x + r + 1, y, x, y + r + 1,
                    x - r - 1, y), "fill", fill, "stroke", "#ffffff", "stroke-width", 1.2);
            default -> g.el("circle", "cx", x, "cy", y, "r", r, "fill", fill, "stroke", "#ffffff",
                    "stroke-width", 1.2);
        }
        g.text("text", kindLetter(k), "x", x, "y", y + 3.5, "text-anchor", "middle", "font-size", 10,
                "font-weight", "bold", "fill", k == ObstacleKind.ANTI_TANK_DITCH ? "#000000" : "#ffffff");
    }

    private static void drawObstacles(Canvas g, Projection pr, CrossingPlan plan, Replay replay) {
        g.begin("g", "id", "obstacles");
        Map<String, double[]> at = obstaclePositions(pr, plan);
        for (Obstacle o : plan.obstacles()) {
            double[] p = at.get(o.id());
            g.begin("g", "class", "obstacle obstacle-" + o.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "data-obstacle", o.id());
            g.tooltip(o.id() + ": " + label(o.kind().name()) + " on " + o.segment() + " at km " + o.positionKm()
                    + ", " + label(o.coverage().name()));
            obstacleSymbol(g, p[0], p[1], o.kind(), o.coverage());
            g.end("g");
        }
        g.end("g");
    }

    /**
     * Page positions of the obstacles: at their place on the road, except that an obstacle within 14 px of one
     * already placed is moved aside, perpendicular to its road, so that every symbol shows.
     */
    static Map<String, double[]> obstaclePositions(Projection pr, CrossingPlan plan) {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<double[]> placed = new ArrayList<>();
        RoadNetwork net = plan.network();
        for (Obstacle o : plan.obstacles()) {
            double[] ll = latLon(net, o);
            double x = pr.x(ll[1]);
            double y = pr.y(ll[0]);
            RoadSegment seg = net.segment(o.segment()).orElseThrow();
            double[] a = xy(pr, net, seg.from());
            double[] b = xy(pr, net, seg.to());
            double len = Math.max(Math.hypot(b[0] - a[0], b[1] - a[1]), 1e-9);
            double nx = -(b[1] - a[1]) / len;
            double ny = (b[0] - a[0]) / len;
            double px = x;
            double py = y;
            for (int k = 1; k < 12 && crowded(placed, px, py); k++) {
                double d = 19 * ((k + 1) / 2) * (k % 2 == 1 ? 1 : -1);
                px = x + nx * d;
                py = y + ny * d;
            }
            placed.add(new double[] {px, py});
            out.put(o.id(), new double[] {px, py});
        }
        return out;
    }

    private static boolean crowded(List<double[]> placed, double x, double y) {
        for (double[] p : placed) {
            if (Math.hypot(p[0] - x, p[1] - y) < 14) {
                return true;
            }
        }
        return false;
    }

    private static void drawPlaces(Canvas g, Projection pr, RoadNetwork net) {
        g.begin("g", "id", "places");
        for (Place p : net.places()) {
            double x = pr.x(p.lonDeg());
            double y = pr.y(p.latDeg());
            g.begin("g", "class", "place place-" + p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    "data-place", p.id());
            g.tooltip(p.name() + " (" + p.country() + ", " + label(p.kind().name()) + "), "
                    + String.format(Locale.ROOT, "%.4f N %.4f E", p.latDeg(), p.lonDeg()));
            placeSymbol(g, x, y, p.kind());
            String name = shortName(p.name());
            boolean big = p.kind() == PlaceKind.OBJECTIVE || p.kind() == PlaceKind.ASSEMBLY_AREA;
            boolean left = x + 9 + name.length() * (big ? 8.5 : 7.2) > MAP_WIDTH - 4;
            g.text("text", name, "x", left ? x - 9 : x + 9, "y", y - 7, "text-anchor", left ? "end" : null,
                    "font-size", big ? 14 : 12, "font-weight",
                    big ? "bold" : null, "fill", "#111111", "stroke", "#ffffff", "stroke-width", 3,
                    "paint-order", "stroke", "class", "place-label");
            g.end("g");
        }
        g.end("g");
    }

    private static void placeSymbol(Canvas g, double x, double y, PlaceKind k) {
        switch (k) {
            case BORDER_CROSSING -> g.el("polygon", "points", Svg.points(x, y - 6, x + 6, y, x, y + 6, x - 6, y),
                    "fill", "#ffffff", "stroke", "#000000", "stroke-width", 2);
            case ASSEMBLY_AREA -> g.el("rect", "x", x - 6, "y", y - 6, "width", 12.0, "height", 12.0,
                    "fill", Palette.VERMILLION, "stroke", "#000000", "stroke-width", 1.5);
            case OBJECTIVE -> {
                g.el("circle", "cx", x, "cy", y, "r", 9, "fill", "#ffffff", "stroke", "#000000", "stroke-width", 2);
                g.el("circle", "cx", x, "cy", y, "r", 4, "fill", "#000000");
            }
            case TOWN -> g.el("circle", "cx", x, "cy", y, "r", 5, "fill", "#000000", "stroke", "#ffffff",
                    "stroke-width", 1.5);
            case JUNCTION -> g.el("circle", "cx", x, "cy", y, "r", 3.5, "fill", "#ffffff", "stroke", "#000000",
                    "stroke-width", 1.5);
        }
    }

    private static void drawReplayMarks(Canvas g, Projection pr, CrossingPlan plan, Replay replay) {
        Map<String, double[]> byId = obstaclePositions(pr, plan);
        RoadNetwork net = plan.network();
        g.begin("g", "id", "replay");
        // held: a circle whose area grows with the hours held (all columns summed), labelled in hours
        for (Map.Entry<String, Double> e : replay.heldMinByObstacle().entrySet()) {
            double[] p = where(pr, net, byId, e.getKey());
            if (p == null || e.getValue() <= 0) {
                continue;
            }
            double h = e.getValue() / 60;
            double r = 14 + 9 * Math.sqrt(h);
            g.begin("g", "class", "held", "data-obstacle", e.getKey());
            g.tooltip("column heads held " + String.format(Locale.ROOT, "%.1f h", h) + " at " + e.getKey());
            g.el("circle", "cx", p[0], "cy", p[1], "r", r, "fill", Palette.ORANGE, "fill-opacity", 0.25, "stroke",
                    Palette.ORANGE, "stroke-width", 2);
            g.text("text", String.format(Locale.ROOT, "%.1f h", h), "x", p[0] + r * 0.75, "y", p[1] + r * 0.75 + 10,
                    "font-size", 12, "font-weight", "bold", "fill", "#000000", "stroke", "#ffffff",
                    "stroke-width", 3, "paint-order", "stroke");
            g.end("g");
        }
        for (Map.Entry<String, Integer> e : replay.lossesByObstacle().entrySet()) {
            double[] p = where(pr, net, byId, e.getKey());
            if (p == null) {
                continue;
            }
            double x = p[0] - 20;
            double y = p[1] - 20;
            g.begin("g", "class", "loss", "data-obstacle", e.getKey());
            g.tooltip(e.getValue() + " vehicles lost at " + e.getKey());
            g.el("path", "d", "M" + Svg.num(x - 6) + " " + Svg.num(y - 6) + "L" + Svg.num(x + 6) + " "
                    + Svg.num(y + 6) + "M" + Svg.num(x + 6) + " " + Svg.num(y - 6) + "L" + Svg.num(x - 6) + " "
                    + Svg.num(y + 6), "stroke", Palette.BLACK, "stroke-width", 3);
            g.text("text", "\u2212" + e.getValue(), "x", x - 8, "y", y - 9, "text-anchor", "end", "font-size", 12,
                    "font-weight", "bold", "fill", "#000000", "stroke", "#ffffff", "stroke-width", 3,
                    "paint-order", "stroke");
            g.end("g");
        }
        for (ModelEvent.Rerouted r : replay.reroutes()) {
            // at the obstacle that turned it back; a reroute on resuming names none: at the place it starts from
            double[] p = where(pr, net, byId, !r.obstacle().isEmpty() || r.route().isEmpty() ? r.obstacle()
                    : r.route().get(0));
            if (p == null) {
                continue;
            }
            g.begin("g", "class", "reroute", "data-column", r.column());
            g.tooltip(r.column() + " rerouted" + (r.obstacle().isEmpty() ? "" : " at " + r.obstacle()) + " via " + String.join(" > ", r.route()));
            g.el("path", "d", "M" + Svg.num(p[0] + 14) + " " + Svg.num(p[1] - 4) + " a 10 10 0 1 0 4 10", "fill",
                    "none", "stroke", Palette.REDDISH_PURPLE, "stroke-width", 3, "marker-end",
                    "url(#gapsim-replay-map-arrow)");
            g.text("text", r.column() + " R", "x", p[0] + 26, "y", p[1] - 8, "font-size", 12, "font-weight",
                    "bold", "fill", "#000000", "stroke", "#ffffff", "stroke-width", 3, "paint-order", "stroke");
            g.end("g");
        }
        for (ModelEvent.ColumnHalted h : replay.halts()) {
            double[] p = where(pr, net, byId, h.where());
            if (p == null) {
                continue;
            }
            g.begin("g", "class", "halt", "data-column", h.column());
            g.tooltip(h.column() + " halted at " + h.where() + ": " + h.reason());
            g.el("rect", "x", p[0] - 7, "y", p[1] + 10, "width", 14.0, "height", 14.0, "fill", Palette.BLACK);
            g.text("text", h.column() + " halted", "x", p[0] + 10, "y", p[1] + 22, "font-size", 12, "fill",
                    "#000000", "stroke", "#ffffff", "stroke-width", 3, "paint-order", "stroke");
            g.end("g");
        }
        g.end("g");
    }

    /** @return the page position of an obstacle or place id, or null if unknown */
    private static double[] where(Projection pr, RoadNetwork net, Map<String, double[]> obstacles, String id) {
        double[] o = obstacles.get(id);
        if (o != null) {
            return o;
        }
        Optional<Place> place = net.place(id);
        if (place.isPresent()) {
            return new double[] {pr.x(place.get().lonDeg()), pr.y(place.get().latDeg())};
        }
        // a loss on the march names its road segment: at the segment's middle
        return net.segment(id).map(s -> {
            Place a = net.place(s.from()).orElseThrow();
            Place b = net.place(s.to()).orElseThrow();
            return new double[] {pr.x((a.lonDeg() + b.lonDeg()) / 2), pr.y((a.latDeg() + b.latDeg()) / 2)};
        }).orElse(null);
    }

    private static void drawScaleBar(Canvas g, Projection pr) {
        double kmPerPx = pr.kmPerPx();
        double[] nice = {5, 10, 20, 25, 50, 100};
        double km = nice[0];
        for (double n : nice) {
            if (n / kmPerPx <= 220) {
                km = n;
            }
        }
        double px = km / kmPerPx;
        double x = 20;
        double y = HEIGHT - 58;
        g.begin("g", "id", "scale-bar");
        g.el("rect", "x", x - 6, "y", y - 22, "width", px + 60, "height", 34.0, "fill", "#ffffff",
                "fill-opacity", 0.85);
        g.el("rect", "x", x, "y", y, "width", px / 2, "height", 6.0, "fill", "#000000");
        g.el("rect", "x", x + px / 2, "y", y, "width", px / 2, "height", 6.0, "fill", "#ffffff", "stroke", "#000000");
        g.el("rect", "x", x, "y", y, "width", px, "height", 6.0, "fill", "none", "stroke", "#000000");
        g.text("text", "0", "x", x, "y", y - 5, "font-size", 12, "text-anchor", "middle");
        g.text("text", Svg.num(km / 2), "x", x + px / 2, "y", y - 5, "font-size", 12, "text-anchor", "middle");
        g.text("text", Svg.num(km) + " km", "x", x + px, "y", y - 5, "font-size", 12, "text-anchor", "start");
        g.end("g");
    }

    private static void drawNorthArrow(Canvas g) {
        double x = MAP_WIDTH - 40;
        double y = 40;
        g.begin("g", "id", "north-arrow");
        g.el("polygon", "points", Svg.points(x, y - 22, x + 10, y + 10, x, y + 3, x - 10, y + 10), "fill", "#000000");
        g.text("text", "N", "x", x, "y", y + 28, "font-size", 16, "font-weight", "bold", "text-anchor", "middle");
        g.end("g");
    }

    /** @return the y below the last line */
    private static double drawLegend(Canvas g, CrossingPlan plan, Replay replay, String title) {
        double x = MAP_WIDTH + 16;
        double[] y = {28};
        double lh = 21;
        g.begin("g", "id", "legend", "font-size", 12);
        FortificationPackage pkg = plan.fortification();
        for (String line : wrap(title, 44)) {
            g.text("text", line, "x", x, "y", y[0], "font-size", 14, "font-weight", "bold");
            y[0] += 18;
        }
        for (String line : wrap(String.format(Locale.ROOT, "%s; cost EUR %.1f M", pkg.description().isEmpty()
                ? pkg.name() : pkg.description(), pkg.costEur() / 1e6), 54)) {
            g.text("text", line, "x", x, "y", y[0], "font-size", 11, "fill", "#333333");
            y[0] += 14;
        }
        y[0] += 8;
        header(g, "Roads (band: ground beside the road)", x, y);
        for (RoadClass c : RoadClass.values()) {
            g.el("line", "x1", x, "y1", y[0] - 4, "x2", x + 34, "y2", y[0] - 4, "stroke", roadColour(c),
                    "stroke-width", roadWidth(c), "stroke-dasharray", c == RoadClass.LOCAL ? "4 3" : null);
            item(g, label(c.name()) + " road", x, y, lh);
        }
        for (Terrain t : List.of(Terrain.FOREST, Terrain.LAKE, Terrain.URBAN)) {
            g.el("line", "x1", x, "y1", y[0] - 4, "x2", x + 34, "y2", y[0] - 4, "stroke", terrainColour(t),
                    "stroke-width", 12, "opacity", 0.45);
            item(g, switch (t) {
                case FOREST -> "forest beside the road (no bypass)";
                case LAKE -> "lakes or wetland beside (no bypass)";
                default -> "built-up area (no bypass)";
            }, x, y, lh);
        }
        g.el("line", "x1", x + 13, "y1", y[0] - 11, "x2", x + 13, "y2", y[0] + 3, "stroke", Palette.BLUE,
                "stroke-width", 2);
        g.el("line", "x1", x + 21, "y1", y[0] - 11, "x2", x + 21, "y2", y[0] + 3, "stroke", Palette.BLUE,
                "stroke-width", 2);
        item(g, "bridge of note (river; drawn mid-road)", x, y, lh);
        header(g, "Places", x, y);
        for (PlaceKind k : List.of(PlaceKind.OBJECTIVE, PlaceKind.ASSEMBLY_AREA, PlaceKind.BORDER_CROSSING,
                PlaceKind.TOWN, PlaceKind.JUNCTION)) {
            placeSymbol(g, x + 17, y[0] - 4, k);
            item(g, label(k.name()), x, y, lh);
        }
        Map<ObstacleKind, Integer> kinds = new EnumMap<>(ObstacleKind.class);
        boolean covered = false;
        boolean observed = false;
        for (Obstacle o : plan.obstacles()) {
            kinds.merge(o.kind(), 1, Integer::sum);
            covered |= o.coverage() == Coverage.COVERED_BY_FIRE;
            observed |= o.coverage() == Coverage.OBSERVED;
        }
        header(g, "Obstacles in play (" + plan.obstacles().size() + ")", x, y);
        if (kinds.isEmpty()) {
            item(g, "none", x, y, lh);
        }
        for (Map.Entry<ObstacleKind, Integer> e : kinds.entrySet()) {
            obstacleSymbol(g, x + 17, y[0] - 4, e.getKey(), Coverage.UNOBSERVED);
            item(g, label(e.getKey().name()) + " (" + e.getValue() + ")", x, y, lh);
        }
        if (covered) {
            g.el("circle", "cx", x + 17, "cy", y[0] - 4, "r", 9, "fill", "none", "stroke", Palette.BLACK,
                    "stroke-width", 1.8);
            item(g, "covered by fire", x, y, lh);
        }
        if (observed) {
            g.el("circle", "cx", x + 17, "cy", y[0] - 4, "r", 9, "fill", "none", "stroke", Palette.BLACK,
                    "stroke-width", 1.8, "stroke-dasharray", "3 2");
            item(g, "observed", x, y, lh);
        }
        Defender existing = plan.scenario().defender();
        Defender bought = pkg.defender();
        int sensors = existing.sensors().size() + bought.sensors().size();
        int fireUnits = existing.fireUnits().size() + bought.fireUnits().size();
        header(g, "Defender (" + sensors + " sensors, " + fireUnits + " fire units)", x, y);
        if (sensors + fireUnits == 0) {
            item(g, "no unit with a position in the data", x, y, lh);
        } else {
            g.el("rect", "x", x + 8, "y", y[0] - 10, "width", 18.0, "height", 12.0, "fill", "#ffffff",
                    "stroke", Palette.BLUE, "stroke-width", 1.2);
            g.text("text", "AT", "x", x + 17, "y", y[0] - 1, "text-anchor", "middle", "font-size", 7,
                    "font-weight", "bold", "fill", Palette.BLUE);
            item(g, "fire unit: AT ATGM, TK tank, AR artillery,", x, y, 15);
            item(g, "MO mortar, FPV drone team (thick: the package's)", x, y, lh);
            g.el("polygon", "points", Svg.points(x + 17, y[0] - 10, x + 23, y[0] - 4, x + 17, y[0] + 2, x + 11,
                    y[0] - 4), "fill", "#ffffff", "stroke", Palette.BLUE, "stroke-width", 1.2);
            item(g, "sensor: OP, UAV or RAD (ground radar)", x, y, lh);
            g.el("circle", "cx", x + 17, "cy", y[0] - 4, "r", 9, "fill", Palette.BLUE, "fill-opacity", 0.05,
                    "stroke", Palette.BLUE, "stroke-opacity", 0.35, "stroke-width", 0.8);
            item(g, "reach of a direct-fire unit", x, y, lh);
        }
        if (covered || observed) {
            g.text("text", "Rings at obstacles: units a coverage template", "x", x, "y", y[0], "font-size", 11,
                    "fill", "#333333");
            y[0] += 14;
            g.text("text", "adds there (no position of their own).", "x", x, "y", y[0], "font-size", 11,
                    "fill", "#333333");
            y[0] += lh;
        }
        List<ColumnSpec> cols = plan.scenario().columns();
        header(g, replay == null ? "Columns' planned routes" : "Columns' routes taken", x, y);
        for (int c = 0; c < cols.size(); c++) {
            String dash = Palette.dash(c);
            g.el("line", "x1", x, "y1", y[0] - 4, "x2", x + 34, "y2", y[0] - 4, "stroke", Palette.series(c),
                    "stroke-width", 3.5, "stroke-dasharray", "none".equals(dash) ? null : dash);
            for (String line : wrap(cols.get(c).id() + ": " + cols.get(c).name(), 42)) {
                item(g, line, x, y, 16);
            }
            y[0] += lh - 16;
        }
        if (replay != null) {
            header(g, "What happened", x, y);
            g.el("circle", "cx", x + 17, "cy", y[0] - 4, "r", 9, "fill", Palette.ORANGE, "fill-opacity", 0.25,
                    "stroke", Palette.ORANGE, "stroke-width", 2);
            item(g, "heads held (area ~ hours, all columns)", x, y, lh);
            g.el("path", "d", "M" + Svg.num(x + 11) + " " + Svg.num(y[0] - 10) + "l12 12m0 -12l-12 12", "stroke",
                    Palette.BLACK, "stroke-width", 3);
            item(g, "vehicles lost there", x, y, lh);
            g.el("path", "d", "M" + Svg.num(x + 24) + " " + Svg.num(y[0] - 8) + " a 7 7 0 1 0 3 7", "fill", "none",
                    "stroke", Palette.REDDISH_PURPLE, "stroke-width", 3);
            item(g, "rerouted there", x, y, lh);
            g.el("rect", "x", x + 10, "y", y[0] - 11, "width", 14.0, "height", 14.0, "fill", Palette.BLACK);
            item(g, "halted for good", x, y, lh);
            g.text("text", String.format(Locale.ROOT, "Closure %.2f h%s; %d vehicles lost, %d reroutes",
                    replay.result().closureHours(), replay.result().reached() ? "" : " (NOT closed: censored)",
                    replay.result().vehiclesLost(), replay.result().reroutes()), "x", x, "y", y[0], "font-size", 12,
                    "font-weight", "bold");
            y[0] += lh;
        }
        g.end("g");
        return y[0];
    }

    private static void header(Canvas g, String text, double x, double[] y) {
        y[0] += 6;
        g.text("text", text, "x", x, "y", y[0], "font-size", 13, "font-weight", "bold");
        y[0] += 20;
    }

    private static void item(Canvas g, String text, double x, double[] y, double lh) {
        g.text("text", text, "x", x + 42, "y", y[0], "class", "legend-item");
        y[0] += lh;
    }

    /** @return the page position of a place */
    private static double[] xy(Projection pr, RoadNetwork net, String place) {
        Place p = net.place(place).orElseThrow(() -> new IllegalArgumentException("unknown place " + place));
        return new double[] {pr.x(p.lonDeg()), pr.y(p.latDeg())};
    }

    /** @return the name up to its first parenthesis */
    static String shortName(String name) {
        int i = name.indexOf(" (");
        return i > 0 ? name.substring(0, i) : name;
    }

    /** @return an enum name as lower-case words */
    static String label(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * @param text  text
     * @param width characters per line
     * @return it broken at spaces into lines of at most {@code width} characters (a longer word stands alone);
     *         nothing is ever cut
     */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** @return how many obstacles of each kind are in play */
    static Map<ObstacleKind, Integer> kindCounts(CrossingPlan plan) {
        Map<ObstacleKind, Integer> m = new LinkedHashMap<>();
        for (Obstacle o : plan.obstacles()) {
            m.merge(o.kind(), 1, Integer::sum);
        }
        return m;
    }
}
