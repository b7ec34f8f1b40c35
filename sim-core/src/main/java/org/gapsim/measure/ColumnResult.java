package org.gapsim.measure;

/**
 * What happened to one column in one replication.
 *
 * @param column          column id
 * @param startVehicles   vehicles at departure
 * @param arrivedVehicles vehicles that reached the objective by the horizon
 * @param leadArrivalMin  lead vehicle's arrival at the objective, minutes; NaN if it did not arrive by the horizon
 * @param tailArrivalMin  last surviving vehicle's arrival, minutes; NaN if not by the horizon
 * @param halted          whether the column stopped for good by the horizon (combat ineffective, destroyed, or no
 *                        route once no column able to open one was left); false for a column still waiting for a
 *                        way at the horizon
 */
public record ColumnResult(String column, int startVehicles, int arrivedVehicles, double leadArrivalMin,
                           double tailArrivalMin, boolean halted) {
    /** @return whether the whole surviving column reached its objective by the horizon */
    public boolean arrived() {
        return !Double.isNaN(tailArrivalMin);
    }
}
