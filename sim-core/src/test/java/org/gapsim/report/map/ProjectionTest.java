package org.gapsim.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.junit.jupiter.api.Test;

class ProjectionTest {
    /**
     * Extent 54-55 N, 22-24 E on a 1000 x 800 page with a 20 px margin. By hand: cos(54.5 deg) = 0.580703;
     * width-bound scale 960 / (2 x 0.580703) = 826.6 px/deg, height-bound 760 / 1 = 760 px/deg, so 760 binds and
     * the map is centred horizontally: offset (960 - 2 x 0.580703 x 760) / 2 = 38.666 px. Marijampole (54.5579 N,
     * 23.35 E): x = 20 + 38.666 + 1.35 x 0.580703 x 760 = 654.467; y = 20 + (55 - 54.5579) x 760 = 355.996.
     */
    @Test
    void projectsAKnownPlaceAsComputedByHand() {
        Projection p = new Projection(54, 55, 22, 24, 1000, 800, 20);
        assertEquals(760.0, p.pxPerDeg(), 1e-9);
        assertEquals(0.580703, p.cosLat(), 1e-6);
        assertEquals(654.467, p.x(23.35), 1e-3);
        assertEquals(355.996, p.y(54.5579), 1e-3);
        // corners: the extent's edges land on the margin (height-bound) and the centred width
        assertEquals(20.0, p.y(55), 1e-9);
        assertEquals(780.0, p.y(54), 1e-9);
        assertEquals(58.666, p.x(22), 1e-3);
        // 1 degree of latitude = 6371 x pi / 180 = 111.195 km over 760 px
        assertEquals(111.195 / 760, p.kmPerPx(), 1e-5);
    }

    @Test
    void aKilometreIsAsLongEastWestAsNorthSouth() {
        Projection p = new Projection(54, 55, 22, 24, 1000, 800, 20);
        Place a = new Place("a", "a", 54.5, 23.0, PlaceKind.TOWN, "LT");
        Place east = new Place("b", "b", 54.5, 23.3, PlaceKind.TOWN, "LT");
        Place north = new Place("c", "c", 54.5 + a.greatCircleKm(east) / Projection.KM_PER_DEG_LAT, 23.0,
                PlaceKind.TOWN, "LT");
        double ew = p.x(east.lonDeg()) - p.x(a.lonDeg());
        double ns = p.y(a.latDeg()) - p.y(north.latDeg());
        assertEquals(ew, ns, ew * 0.001);
    }

    @Test
    void fittingPadsTheExtentAndRejectsAnEmptyOne() {
        List<Place> places = List.of(new Place("a", "a", 54, 22, PlaceKind.TOWN, "LT"),
                new Place("b", "b", 55, 24, PlaceKind.TOWN, "LT"));
        Projection p = Projection.fitting(places, 0.1, 1000, 800, 20);
        assertEquals(53.9, p.latMin(), 1e-9);
        assertEquals(55.1, p.latMax(), 1e-9);
        assertEquals(22 - 0.1 / Math.cos(Math.toRadians(54.5)), p.lonMin(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new Projection(55, 54, 22, 24, 1000, 800, 20));
    }
}
