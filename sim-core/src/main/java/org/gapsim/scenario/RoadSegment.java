package org.gapsim.scenario;

/**
 * A two-way road between two places. Obstacles sit on a segment at a km position measured from {@link #from()}.
 *
 * @param id            unique key
 * @param from          id of one end place
 * @param to            id of the other end place
 * @param lengthKm      road length, km
 * @param roadClass     road class
 * @param lanes         traffic lanes per direction (&gt;= 1)
 * @param speedLimitKmh the highest speed a column may keep on this segment, km/h
 * @param terrainBeside the ground beside the road, which decides off-road bypasses
 * @param bridgeGapM    gap a bridge on this segment spans, m; 0 if there is no bridge of note
 * @param country       ISO 3166 alpha-2 code of the state the segment lies in
 */
public record RoadSegment(String id, String from, String to, double lengthKm, RoadClass roadClass, int lanes,
                          double speedLimitKmh, Terrain terrainBeside, double bridgeGapM, String country) {
    /** Validates every field. */
    public RoadSegment {
        Check.id("id", id);
        Check.id("from", from);
        Check.id("to", to);
        if (from.equals(to)) {
            throw new ScenarioException("to", "must differ from 'from' (" + from + ")");
        }
        Check.positive("lengthKm", lengthKm, Limits.MAX_LENGTH_KM);
        Check.required("roadClass", roadClass);
        Check.positive("lanes", lanes, Limits.MAX_ROAD_LANES);
        Check.positive("speedLimitKmh", speedLimitKmh, Limits.MAX_SPEED_KMH);
        Check.required("terrainBeside", terrainBeside);
        Check.nonNegative("bridgeGapM", bridgeGapM, Limits.MAX_SIZE_M);
        Check.id("country", country);
    }

    /** @return a copy with other terrain beside the road */
    public RoadSegment withTerrain(Terrain terrain) {
        return new RoadSegment(id, from, to, lengthKm, roadClass, lanes, speedLimitKmh, terrain, bridgeGapM, country);
    }

    /** @return the end that is not {@code place}; {@code place} must be an end */
    public String otherEnd(String place) {
        return from.equals(place) ? to : from;
    }

    /** @return whether {@code place} is one of the two ends */
    public boolean touches(String place) {
        return from.equals(place) || to.equals(place);
    }
}
