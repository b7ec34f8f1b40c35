package org.gapsim.model.internal;

import org.gapsim.model.CrossingPlan;
import java.util.List;
import org.gapsim.scenario.RoadSegment;

/**
 * One road segment of a column's route, in the direction of travel, with the obstacles met on it in order.
 *
 * @param segment   the road segment
 * @param fromPlace place the leg starts at
 * @param toPlace   place the leg ends at
 * @param lengthKm  distance driven on the leg, km
 * @param obstacles obstacles in the order they are met, with distances from the leg's start
 */
public record Leg(RoadSegment segment, String fromPlace, String toPlace, double lengthKm,
                  List<ObstacleOnLeg> obstacles) {

    /**
     * An obstacle as met on a leg.
     *
     * @param index    the obstacle's index in {@link CrossingPlan#obstacles()}
     * @param entryKm  distance from the leg's start to the obstacle's near edge, km
     * @param extentKm distance along the road the obstacle covers, km
     */
    public record ObstacleOnLeg(int index, double entryKm, double extentKm) {
    }
}
