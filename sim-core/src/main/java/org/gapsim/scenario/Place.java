package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A named point of the road network.
 *
 * @param id      unique key used by segments, routes and columns
 * @param name    display name
 * @param latDeg  latitude, decimal degrees (WGS84)
 * @param lonDeg  longitude, decimal degrees (WGS84)
 * @param kind    what the place is
 * @param country ISO 3166 alpha-2 code of the state the place lies in (e.g. {@code LT}, {@code PL})
 */
public record Place(String id, String name, double latDeg, double lonDeg, PlaceKind kind, String country) {
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param name value of {@link #name()}
     * @param latDeg value of {@link #latDeg()}
     * @param lonDeg value of {@link #lonDeg()}
     * @param kind value of {@link #kind()}
     * @param country value of {@link #country()}
     */
    public Place {
        Check.id("id", id);
        if (name == null || name.isBlank()) {
            name = id;
        }
        Check.between("latDeg", latDeg, -90, 90);
        Check.between("lonDeg", lonDeg, -180, 180);
        Check.required("kind", kind);
        Check.id("country", country);
    }

    /**
     * @param other the other place
     * @return great-circle distance to {@code other}, km (haversine, mean Earth radius 6371 km)
     */
    public double greatCircleKm(Place other) {
        double p1 = Math.toRadians(latDeg);
        double p2 = Math.toRadians(other.latDeg);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lonDeg - lonDeg);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this place's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Place} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code name}: the id</li>
     *   <li>{@code latDeg}: required, decimal degrees</li>
     *   <li>{@code lonDeg}: required, decimal degrees</li>
     *   <li>{@code kind}: required</li>
     *   <li>{@code country}: required</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String name;
        private double latDeg = Double.NaN;
        private double lonDeg = Double.NaN;
        private PlaceKind kind;
        private String country;

        private Builder() {
        }

        private Builder(Place r) {
            id = r.id;
            name = r.name;
            latDeg = r.latDeg;
            lonDeg = r.lonDeg;
            kind = r.kind;
            country = r.country;
        }

        /**
         * @param v new value of {@link Place#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link Place#name()} (default: the id)
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * @param v new value of {@link Place#latDeg()} (required, decimal degrees)
         * @return this builder
         */
        public Builder latDeg(double v) {
            latDeg = v;
            return this;
        }

        /**
         * @param v new value of {@link Place#lonDeg()} (required, decimal degrees)
         * @return this builder
         */
        public Builder lonDeg(double v) {
            lonDeg = v;
            return this;
        }

        /**
         * @param v new value of {@link Place#kind()} (required)
         * @return this builder
         */
        public Builder kind(PlaceKind v) {
            kind = v;
            return this;
        }

        /**
         * @param v new value of {@link Place#country()} (required)
         * @return this builder
         */
        public Builder country(String v) {
            country = v;
            return this;
        }

        /** @return the new place, validated by the canonical constructor */
        public Place build() {
            return new Place(id, name, latDeg, lonDeg, kind, country);
        }
    }
}
