package org.gapsim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a position on a segment, or a defender unit, lies: the one rule the model's distances and the map share. */
class RoadNetworkTest {
    private static final Place A = new Place("a", "A", 54.0, 23.0, PlaceKind.ASSEMBLY_AREA, "PL");
    private static final Place B = new Place("b", "B", 54.2, 23.4, PlaceKind.OBJECTIVE, "PL");
    private static final RoadNetwork NET = new RoadNetwork(List.of(A, B),
            List.of(new RoadSegment("s", "a", "b", 20, RoadClass.NATIONAL, 1, 80, Terrain.OPEN, 0, "PL")));

    @Test
    void aSegmentPositionIsItsFractionOfTheStraightLineCappedAtTheFarEnd() {
        assertArrayEquals(new double[] {54.0, 23.0}, NET.latLon("s", 0), 1e-12);
        assertArrayEquals(new double[] {54.05, 23.1}, NET.latLon("s", 5), 1e-12);
        assertArrayEquals(new double[] {54.2, 23.4}, NET.latLon("s", 20), 1e-12);
        assertArrayEquals(new double[] {54.2, 23.4}, NET.latLon("s", 35), 1e-12);   // beyond the end: the end
    }

    @Test
    void aUnitStandsAtItsPlaceOrOnItsSegment() {
        assertArrayEquals(new double[] {54.2, 23.4}, NET.latLon(UnitPosition.at("b")), 0);
        assertArrayEquals(new double[] {54.15, 23.3}, NET.latLon(UnitPosition.on("s", 15)), 1e-12);
    }
}
