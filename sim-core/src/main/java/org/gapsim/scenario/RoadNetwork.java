package org.gapsim.scenario;

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
    /** Validates ids and references. */
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

    /** @return the place with this id, if any */
    public Optional<Place> place(String id) {
        for (Place p : places) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** @return the segment with this id, if any */
    public Optional<RoadSegment> segment(String id) {
        for (RoadSegment s : segments) {
            if (s.id().equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** @return the shortest segment joining the two places, if any */
    public Optional<RoadSegment> segmentBetween(String a, String b) {
        RoadSegment best = null;
        for (RoadSegment s : segments) {
            if (s.touches(a) && s.otherEnd(a).equals(b) && (best == null || s.lengthKm() < best.lengthKm())) {
                best = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return a copy in which the listed segments have new terrain beside the road (by segment id) */
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
}
