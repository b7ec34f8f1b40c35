package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

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
 * @param openWidthM    width of the ground beside the road, each side, before it meets ground that ties in an
 *                      obstacle's flank (forest edge, lake shore), m; infinity (the default) if nothing bounds it.
 *                      An obstacle whose half-front plus the bypass stand-off reaches it cannot be bypassed
 */
public record RoadSegment(String id, String from, String to, double lengthKm, RoadClass roadClass, int lanes,
                          double speedLimitKmh, Terrain terrainBeside, double bridgeGapM, String country,
                          double openWidthM) {
    /**
     * A segment whose open ground is unbounded (the form before flanks existed).
     *
     * @param id value of {@link #id()}
     * @param from value of {@link #from()}
     * @param to value of {@link #to()}
     * @param lengthKm value of {@link #lengthKm()}
     * @param roadClass value of {@link #roadClass()}
     * @param lanes value of {@link #lanes()}
     * @param speedLimitKmh value of {@link #speedLimitKmh()}
     * @param terrainBeside value of {@link #terrainBeside()}
     * @param bridgeGapM value of {@link #bridgeGapM()}
     * @param country value of {@link #country()}
     */
    public RoadSegment(String id, String from, String to, double lengthKm, RoadClass roadClass, int lanes,
                       double speedLimitKmh, Terrain terrainBeside, double bridgeGapM, String country) {
        this(id, from, to, lengthKm, roadClass, lanes, speedLimitKmh, terrainBeside, bridgeGapM, country,
                Double.POSITIVE_INFINITY);
    }

    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param from value of {@link #from()}
     * @param to value of {@link #to()}
     * @param lengthKm value of {@link #lengthKm()}
     * @param roadClass value of {@link #roadClass()}
     * @param lanes value of {@link #lanes()}
     * @param speedLimitKmh value of {@link #speedLimitKmh()}
     * @param terrainBeside value of {@link #terrainBeside()}
     * @param bridgeGapM value of {@link #bridgeGapM()}
     * @param country value of {@link #country()}
     * @param openWidthM value of {@link #openWidthM()}
     */
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
        if (!(openWidthM > 0)) {
            throw new ScenarioException("openWidthM", "must be a positive number of metres (or left out: unbounded), was "
                    + openWidthM);
        }
    }

    /**
     * @param terrain the copy's terrain beside the road ({@link #terrainBeside()})
     * @return a copy with other terrain beside the road
     */
    public RoadSegment withTerrain(Terrain terrain) {
        return new RoadSegment(id, from, to, lengthKm, roadClass, lanes, speedLimitKmh, terrain, bridgeGapM, country,
                openWidthM);
    }

    /**
     * @param place id of one end
     * @return the end that is not {@code place}; {@code place} must be an end
     */
    public String otherEnd(String place) {
        return from.equals(place) ? to : from;
    }

    /**
     * @param place a place's id
     * @return whether {@code place} is one of the two ends
     */
    public boolean touches(String place) {
        return from.equals(place) || to.equals(place);
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this segment's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link RoadSegment} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code from}: required</li>
     *   <li>{@code to}: required</li>
     *   <li>{@code lengthKm}: required, km</li>
     *   <li>{@code roadClass}: required</li>
     *   <li>{@code lanes}: 1 lane per direction</li>
     *   <li>{@code speedLimitKmh}: required, km/h</li>
     *   <li>{@code terrainBeside}: required</li>
     *   <li>{@code bridgeGapM}: 0 m (no bridge of note)</li>
     *   <li>{@code country}: required</li>
     *   <li>{@code openWidthM}: infinity (unbounded), m</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String from;
        private String to;
        private double lengthKm = Double.NaN;
        private RoadClass roadClass;
        private int lanes = 1;
        private double speedLimitKmh = Double.NaN;
        private Terrain terrainBeside;
        private double bridgeGapM = 0;
        private String country;
        private double openWidthM = Double.POSITIVE_INFINITY;

        private Builder() {
        }

        private Builder(RoadSegment r) {
            id = r.id;
            from = r.from;
            to = r.to;
            lengthKm = r.lengthKm;
            roadClass = r.roadClass;
            lanes = r.lanes;
            speedLimitKmh = r.speedLimitKmh;
            terrainBeside = r.terrainBeside;
            bridgeGapM = r.bridgeGapM;
            country = r.country;
            openWidthM = r.openWidthM;
        }

        /**
         * @param v new value of {@link RoadSegment#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#from()} (required)
         * @return this builder
         */
        public Builder from(String v) {
            from = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#to()} (required)
         * @return this builder
         */
        public Builder to(String v) {
            to = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#lengthKm()} (required, km)
         * @return this builder
         */
        public Builder lengthKm(double v) {
            lengthKm = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#roadClass()} (required)
         * @return this builder
         */
        public Builder roadClass(RoadClass v) {
            roadClass = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#lanes()} (default: 1 lane per direction)
         * @return this builder
         */
        public Builder lanes(int v) {
            lanes = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#speedLimitKmh()} (required, km/h)
         * @return this builder
         */
        public Builder speedLimitKmh(double v) {
            speedLimitKmh = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#terrainBeside()} (required)
         * @return this builder
         */
        public Builder terrainBeside(Terrain v) {
            terrainBeside = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#bridgeGapM()} (default: 0 m (no bridge of note))
         * @return this builder
         */
        public Builder bridgeGapM(double v) {
            bridgeGapM = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#country()} (required)
         * @return this builder
         */
        public Builder country(String v) {
            country = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadSegment#openWidthM()} (default: infinity, m)
         * @return this builder
         */
        public Builder openWidthM(double v) {
            openWidthM = v;
            return this;
        }

        /** @return the new segment, validated by the canonical constructor */
        public RoadSegment build() {
            return new RoadSegment(id, from, to, lengthKm, roadClass, lanes, speedLimitKmh, terrainBeside, bridgeGapM, country, openWidthM);
        }
    }
}
