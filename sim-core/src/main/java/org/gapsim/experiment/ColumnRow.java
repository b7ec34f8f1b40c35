package org.gapsim.experiment;

import java.util.Arrays;
import java.util.Objects;
import org.gapsim.measure.ColumnResult;
import org.gapsim.model.LossCause;

/**
 * One column's part of a {@link ReplicationRow}: times in hours, censored at the horizon like the force's closure
 * time (a column that did not arrive by the horizon H records H and {@code reached = false}). The array is copied
 * in and out; {@code equals} compares doubles bit for bit.
 *
 * @param column         column id
 * @param leadH          lead vehicle's arrival at the objective, hours; H if it did not arrive by H
 * @param tailH          last surviving vehicle's arrival, hours; H if not by H
 * @param reached        whether the whole surviving column arrived by H
 * @param vehiclesStart  vehicles at departure
 * @param vehiclesArrived vehicles at the objective by H
 * @param lossesByCause  vehicles lost, indexed by {@link LossCause#ordinal()}
 * @param lostArmoured   armoured vehicles lost
 * @param lostLight      light vehicles lost
 * @param heldMin        minutes the head was held at obstacles, every kind
 * @param halted         whether the column stopped for good by H (combat ineffective, destroyed, culminated or no
 *                       route left)
 */
public record ColumnRow(String column, double leadH, double tailH, boolean reached, int vehiclesStart,
                        int vehiclesArrived, int[] lossesByCause, int lostArmoured, int lostLight, double heldMin,
                        boolean halted) {

    /**
     * Checks the array's length and copies it.
     *
     * @param column value of {@link #column()}
     * @param leadH value of {@link #leadH()}
     * @param tailH value of {@link #tailH()}
     * @param reached value of {@link #reached()}
     * @param vehiclesStart value of {@link #vehiclesStart()}
     * @param vehiclesArrived value of {@link #vehiclesArrived()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param lostArmoured value of {@link #lostArmoured()}
     * @param lostLight value of {@link #lostLight()}
     * @param heldMin value of {@link #heldMin()}
     * @param halted value of {@link #halted()}
     */
    public ColumnRow {
        Objects.requireNonNull(column, "column");
        if (lossesByCause.length != LossCause.values().length) {
            throw new IllegalArgumentException("lossesByCause needs " + LossCause.values().length + " entries, had "
                    + lossesByCause.length);
        }
        lossesByCause = lossesByCause.clone();
    }

    /**
     * @param c        the model's column result (minutes, NaN when not arrived)
     * @param horizonH the scenario's horizon, hours
     * @return the row part (hours, censored at the horizon)
     */
    public static ColumnRow of(ColumnResult c, double horizonH) {
        double lead = Double.isNaN(c.leadArrivalMin()) ? horizonH : c.leadArrivalMin() / ReplicationRow.MIN_PER_H;
        double tail = c.arrived() ? c.tailArrivalMin() / ReplicationRow.MIN_PER_H : horizonH;
        return new ColumnRow(c.column(), lead, tail, c.arrived(), c.startVehicles(), c.arrivedVehicles(),
                c.lossesByCause(), c.lostArmoured(), c.lostLight(), c.heldMin(), c.halted());
    }

    /** @return a copy of the losses by cause */
    @Override
    public int[] lossesByCause() {
        return lossesByCause.clone();
    }

    /**
     * @param cause the cause of loss
     * @return vehicles lost to one cause
     */
    public int losses(LossCause cause) {
        return lossesByCause[cause.ordinal()];
    }

    /** @return vehicles lost to every cause */
    public int vehiclesLost() {
        int n = 0;
        for (int v : lossesByCause) {
            n += v;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnRow r && column.equals(r.column) && Double.compare(leadH, r.leadH) == 0
                && Double.compare(tailH, r.tailH) == 0 && reached == r.reached && vehiclesStart == r.vehiclesStart
                && vehiclesArrived == r.vehiclesArrived && Arrays.equals(lossesByCause, r.lossesByCause)
                && lostArmoured == r.lostArmoured && lostLight == r.lostLight
                && Double.compare(heldMin, r.heldMin) == 0 && halted == r.halted;
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(column, leadH, tailH, reached, vehiclesStart, vehiclesArrived, lostArmoured,
                lostLight, heldMin, halted) + Arrays.hashCode(lossesByCause);
    }

    @Override
    public String toString() {
        return "ColumnRow[" + column + ", leadH=" + leadH + ", tailH=" + tailH + ", reached=" + reached
                + ", vehicles=" + vehiclesArrived + "/" + vehiclesStart + ", losses=" + Arrays.toString(lossesByCause)
                + ", armoured=" + lostArmoured + ", light=" + lostLight + ", heldMin=" + heldMin + ", halted="
                + halted + "]";
    }
}
