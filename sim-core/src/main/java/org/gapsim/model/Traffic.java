package org.gapsim.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The FIFO {@link Point}s of the places of one replication, shared by every column (columns on one road queue);
 * obstacles are their own points ({@link ObstacleState}). A place's point is made the first time a column heads for
 * it.
 */
final class Traffic {
    private final Map<String, Point> places = new HashMap<>();

    /** @return the point of place {@code id} */
    Point place(String id) {
        return places.computeIfAbsent(id, k -> new Point());
    }
}
