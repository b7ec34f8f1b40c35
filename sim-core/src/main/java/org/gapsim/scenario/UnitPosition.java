package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * Where a defender unit stands: at a place, or on a road segment at a distance from its {@code from} end. Exactly
 * one of {@code place} and ({@code segment}, {@code km}) is given. The model turns it into coordinates (a place's
 * lat/lon; a segment position interpolated on the straight line between the segment's end places at
 * {@code km / lengthKm}) and measures straight-line distances in km to obstacles placed the same way.
 *
 * @param place   place id, or {@code null} when on a segment
 * @param segment segment id, or {@code null} when at a place
 * @param km      distance from the segment's {@code from} end, km (ignored at a place; 0 there)
 */
public record UnitPosition(String place, String segment, double km) {
    /**
     * Validates that exactly one form is given.
     *
     * @param place value of {@link #place()}
     * @param segment value of {@link #segment()}
     * @param km value of {@link #km()}
     */
    public UnitPosition {
        if ((place == null) == (segment == null)) {
            throw new ScenarioException(place == null ? "place" : "segment",
                    "give exactly one of place, or segment with km");
        }
        if (place != null) {
            Check.id("place", place);
            km = 0;
        } else {
            Check.id("segment", segment);
            Check.nonNegative("km", km, Limits.MAX_LENGTH_KM);
        }
    }

    /**
     * @param place the place's id
     * @return a position at a place
     */
    public static UnitPosition at(String place) {
        return new UnitPosition(place, null, 0);
    }

    /**
     * @param segment the segment's id
     * @param km distance from the segment's {@code from} end, km
     * @return a position on a segment, {@code km} from its {@code from} end
     */
    public static UnitPosition on(String segment, double km) {
        return new UnitPosition(null, segment, km);
    }
}
