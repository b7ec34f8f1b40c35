package org.gapsim.measure;

import org.gapsim.model.LossCause;

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
 * @param lossesByCause   the column's vehicles lost, indexed by {@link LossCause#ordinal()} (must not be modified)
 * @param lostArmoured    the column's armoured vehicles lost (the lost vehicle type's armour)
 * @param lostLight       the column's light vehicles lost
 * @param heldMin         minutes the column's head was held at obstacles, every kind
 */
public record ColumnResult(String column, int startVehicles, int arrivedVehicles, double leadArrivalMin,
                           double tailArrivalMin, boolean halted, int[] lossesByCause, int lostArmoured,
                           int lostLight, double heldMin) {
    /**
     * Checks the length of the losses.
     *
     * @param column value of {@link #column()}
     * @param startVehicles value of {@link #startVehicles()}
     * @param arrivedVehicles value of {@link #arrivedVehicles()}
     * @param leadArrivalMin value of {@link #leadArrivalMin()}
     * @param tailArrivalMin value of {@link #tailArrivalMin()}
     * @param halted value of {@link #halted()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param lostArmoured value of {@link #lostArmoured()}
     * @param lostLight value of {@link #lostLight()}
     * @param heldMin value of {@link #heldMin()}
     */
    public ColumnResult {
        if (lossesByCause.length != LossCause.values().length) {
            throw new IllegalArgumentException("lossesByCause needs " + LossCause.values().length + " entries, had "
                    + lossesByCause.length);
        }
    }

    /**
     * A column result without losses or held time (all zero).
     *
     * @param column value of {@link #column()}
     * @param startVehicles value of {@link #startVehicles()}
     * @param arrivedVehicles value of {@link #arrivedVehicles()}
     * @param leadArrivalMin value of {@link #leadArrivalMin()}
     * @param tailArrivalMin value of {@link #tailArrivalMin()}
     * @param halted value of {@link #halted()}
     */
    public ColumnResult(String column, int startVehicles, int arrivedVehicles, double leadArrivalMin,
                        double tailArrivalMin, boolean halted) {
        this(column, startVehicles, arrivedVehicles, leadArrivalMin, tailArrivalMin, halted,
                new int[LossCause.values().length], 0, 0, 0.0);
    }

    /** @return whether the whole surviving column reached its objective by the horizon */
    public boolean arrived() {
        return !Double.isNaN(tailArrivalMin);
    }

    /**
     * @param cause the cause of loss
     * @return the column's vehicles lost to one cause
     */
    public int losses(LossCause cause) {
        return lossesByCause[cause.ordinal()];
    }
}
