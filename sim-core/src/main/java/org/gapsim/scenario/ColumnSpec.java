package org.gapsim.scenario;

import java.util.List;

/**
 * A march unit: vehicles in march order at a set interval, from a start place to an objective.
 *
 * @param id                        unique key
 * @param name                      display name
 * @param marchOrder                vehicles in the order they march, lead first
 * @param intervalM                 distance between successive vehicles on the road, m (open column 50-100 m,
 *                                  close column 20-25 m; FM 3-21.8, HIGH)
 * @param start                     start place id
 * @param departureMin              time the lead vehicle leaves the start place, minutes from the simulation start
 * @param objective                 objective place id
 * @param route                     places to pass, start first and objective last; empty = the shortest road route
 * @param engineers                 breaching equipment carried
 * @param combatIneffectiveFraction the column halts for good once fewer than this fraction of its vehicles remain
 */
public record ColumnSpec(String id, String name, List<VehicleGroup> marchOrder, double intervalM, String start,
                         double departureMin, String objective, List<String> route, EngineerAssets engineers,
                         double combatIneffectiveFraction) {
    /** Validates every field that needs no other part of the scenario. */
    public ColumnSpec {
        Check.id("id", id);
        if (name == null || name.isBlank()) {
            name = id;
        }
        marchOrder = Check.list("marchOrder", marchOrder, Limits.MAX_MARCH_ORDER_GROUPS);
        if (marchOrder.isEmpty()) {
            throw new ScenarioException("marchOrder", "must hold at least one vehicle group");
        }
        long vehicles = 0;
        for (VehicleGroup g : marchOrder) {
            vehicles += g.count();
        }
        Check.atMost("marchOrder", vehicles, Limits.MAX_VEHICLES_PER_COLUMN);
        Check.positive("intervalM", intervalM, Limits.MAX_SIZE_M);
        Check.id("start", start);
        Check.nonNegative("departureMin", departureMin, Limits.MAX_DEPARTURE_MIN);
        Check.id("objective", objective);
        if (start.equals(objective)) {
            throw new ScenarioException("objective", "must differ from the start place '" + start + "'");
        }
        route = Check.list("route", route, Limits.MAX_ROUTE_PLACES);
        if (!route.isEmpty()) {
            if (route.size() < 2 || !route.get(0).equals(start) || !route.get(route.size() - 1).equals(objective)) {
                throw new ScenarioException("route", "must run from the start '" + start + "' to the objective '"
                        + objective + "', was " + route);
            }
        }
        engineers = engineers == null ? EngineerAssets.NONE : engineers;
        Check.probability("combatIneffectiveFraction", combatIneffectiveFraction);
    }

    /** @return the number of vehicles in the column (at most {@link Limits#MAX_VEHICLES_PER_COLUMN}) */
    public int vehicleCount() {
        int n = 0;
        for (VehicleGroup g : marchOrder) {
            n = Math.addExact(n, g.count());
        }
        return n;
    }
}
