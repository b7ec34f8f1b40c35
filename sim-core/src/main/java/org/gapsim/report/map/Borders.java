package org.gapsim.report.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Country polygons shipped with gapsim (resource {@value #RESOURCE}): Poland, Lithuania, Russia (Kaliningrad
 * oblast and the edge of the mainland), Belarus and Latvia, clipped to 53-56 N, 19.5-26 E and simplified to about
 * 300-400 m. Source: Natural Earth 1:10m admin 0 countries (public domain) via the npm package world-atlas 2.0.2
 * (ISC licence), extracted by {@code tools/extract-borders.py}. No network access at run time.
 */
public final class Borders {
    /** The GeoJSON resource. */
    public static final String RESOURCE = "/org/gapsim/report/map/borders.geojson";

    /**
     * One country's outline.
     *
     * @param iso   ISO 3166 alpha-2 code
     * @param name  English name
     * @param rings its rings, each a list of {lon, lat} points, first equal to last
     */
    public record Country(String iso, String name, List<List<double[]>> rings) {
    }

    private static volatile List<Country> cached;

    private Borders() {
    }

    /** @return the shipped countries */
    public static List<Country> countries() {
        List<Country> c = cached;
        if (c == null) {
            try (InputStream in = Borders.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
                }
                c = parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            cached = c;
        }
        return c;
    }

    /** @return the source and licence note of the shipped data */
    public static String source() {
        return "Borders: Natural Earth 1:10m (public domain) via world-atlas 2.0.2 (ISC), simplified";
    }

    static List<Country> parse(JsonNode root) {
        List<Country> out = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            JsonNode g = f.path("geometry");
            List<List<double[]>> rings = new ArrayList<>();
            JsonNode polys = g.path("coordinates");
            if ("Polygon".equals(g.path("type").asText())) {
                addRings(polys, rings);
            } else {
                for (JsonNode poly : polys) {
                    addRings(poly, rings);
                }
            }
            out.add(new Country(f.path("properties").path("iso").asText(), f.path("properties").path("name").asText(),
                    List.copyOf(rings)));
        }
        return List.copyOf(out);
    }

    private static void addRings(JsonNode poly, List<List<double[]>> rings) {
        for (JsonNode ring : poly) {
            List<double[]> pts = new ArrayList<>();
            for (JsonNode p : ring) {
                pts.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
            }
            rings.add(List.copyOf(pts));
        }
    }
}
