package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A run of vehicles of one type in a column's march order.
 *
 * @param type  vehicle type id
 * @param count number of vehicles (&gt;= 1, at most {@link Limits#MAX_VEHICLES_PER_COLUMN})
 */
public record VehicleGroup(String type, int count) {
    /**
     * Validates both fields.
     *
     * @param type value of {@link #type()}
     * @param count value of {@link #count()}
     */
    public VehicleGroup {
        Check.id("type", type);
        Check.positive("count", count, Limits.MAX_VEHICLES_PER_COLUMN);
    }
}
