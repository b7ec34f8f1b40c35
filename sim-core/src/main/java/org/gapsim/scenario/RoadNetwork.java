package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places joined by two-way road segments. Ids are unique and every segment joins two known places.
 *
 * @param places   the places
 * @param segments the road segments
 */
public record RoadNetwork(List<Place> places, List<RoadSegment> segments) {
    /**
     * Validates ids and references.
     *
     * @param places value of {@link #places()}
     * @param segments value of {@link #segments()}
     */
    public RoadNetwork {
        places = Check.list("places", places, Limits.MAX_PLACES);
        segments = Check.list("segments", segments, Limits.MAX_SEGMENTS);
        if (places.isEmpty()) {
            throw new ScenarioException("places", "must hold at least one place");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < places.size(); i++) {
            if (!ids.add(places.get(i).id())) {
                throw new ScenarioException("places[" + i + "].id", "duplicate id '" + places.get(i).id() + "'");
            }
        }
        Set<String> segIds = new HashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            RoadSegment s = segments.get(i);
            if (!segIds.add(s.id())) {
                throw new ScenarioException("segments[" + i + "].id", "duplicate id '" + s.id() + "'");
            }
            if (!ids.contains(s.from())) {
                throw new ScenarioException("segments[" + i + "].from", "unknown place '" + s.from() + "'");
            }
            if (!ids.contains(s.to())) {
                throw new ScenarioException("segments[" + i + "].to", "unknown place '" + s.to() + "'");
            }
        }
    }

    /**
     * @param id the place's id
     * @return the place with this id, if any
     */
    public Optional<Place> place(String id) {
        for (Place p : places) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * @param id the segment's id
     * @return the segment with this id, if any
     */
    public Optional<RoadSegment> segment(String id) {
        for (RoadSegment s : segments) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * @param a one place's id
     * @param b the other place's id
     * @return the shortest segment joining the two places, if any
     */
    public Optional<RoadSegment> segmentBetween(String a, String b) {
        RoadSegment best = null;
        for (RoadSegment s : segments) {
            if (s.touches(a) && s.otherEnd(a).equals(b) && (best == null || s.lengthKm() < best.lengthKm())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Where a point on a segment lies: {@code km / lengthKm} of the straight line from the segment's {@code from}
     * place to its {@code to} place (the scenario holds no road geometry), the fraction capped at 1. The model
     * measures its distances between defender units and obstacles from these points, and the map draws them there.
     *
     * @param segment the segment's id (must exist)
     * @param km      distance from its {@code from} end, km (&gt;= 0)
     * @return {lat, lon}, degrees
     */
    public double[] latLon(String segment, double km) {
        RoadSegment s = segment(segment).orElseThrow();
        Place a = place(s.from()).orElseThrow();
        Place b = place(s.to()).orElseThrow();
        double f = Math.min(1, km / s.lengthKm());
        return new double[] {a.latDeg() + f * (b.latDeg() - a.latDeg()), a.lonDeg() + f * (b.lonDeg() - a.lonDeg())};
    }

    /**
     * @param p a defender unit's position (its place and segment must exist)
     * @return where it lies: its place's coordinates, or {@link #latLon(String, double)} of its segment and km
     */
    public double[] latLon(UnitPosition p) {
        if (p.place() != null) {
            Place q = place(p.place()).orElseThrow();
            return new double[] {q.latDeg(), q.lonDeg()};
        }
        return latLon(p.segment(), p.km());
    }

    /**
     * @param changes the new terrain beside the road, by segment id
     * @return a copy in which the listed segments have new terrain beside the road (by segment id)
     */
    public RoadNetwork withTerrain(Map<String, Terrain> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<String, Terrain> left = new HashMap<>(changes);
        List<RoadSegment> out = segments.stream().map(s -> {
            Terrain t = left.remove(s.id());
            return t == null ? s : s.withTerrain(t);
        }).toList();
        if (!left.isEmpty()) {
            throw new ScenarioException("terrainChanges", "unknown segment '" + left.keySet().iterator().next() + "'");
        }
        return new RoadNetwork(places, out);
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this network's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link RoadNetwork} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. Defaults:
     * <ul>
     *   <li>{@code places}: empty (at least one place is required)</li>
     *   <li>{@code segments}: empty</li>
     * </ul>
     */
    public static final class Builder {
        private List<Place> places = List.of();
        private List<RoadSegment> segments = List.of();

        private Builder() {
        }

        private Builder(RoadNetwork r) {
            places = r.places;
            segments = r.segments;
        }

        /**
         * @param v new value of {@link RoadNetwork#places()} (default: empty (at least one place is required))
         * @return this builder
         */
        public Builder places(List<Place> v) {
            places = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadNetwork#places()}, element by element
         * @return this builder
         */
        public Builder places(Place... v) {
            places = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link RoadNetwork#segments()} (default: empty)
         * @return this builder
         */
        public Builder segments(List<RoadSegment> v) {
            segments = v;
            return this;
        }

        /**
         * @param v new value of {@link RoadNetwork#segments()}, element by element
         * @return this builder
         */
        public Builder segments(RoadSegment... v) {
            segments = List.of(v);
            return this;
        }

        /** @return the new network, validated by the canonical constructor */
        public RoadNetwork build() {
            return new RoadNetwork(places, segments);
        }
    }
}
