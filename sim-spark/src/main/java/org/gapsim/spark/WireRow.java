package org.gapsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.ColumnRow;
import org.gapsim.experiment.ReplicationRow;

/**
 * A {@link ReplicationRow} as it travels from an executor to the driver (the row itself is not serializable). Every
 * field is a primitive, a string or a primitive array, so Java serialization carries each double's bits exactly.
 */
record WireRow(long replication, String packageName, double packageCostEur, int packageObstacles, double closureH,
               boolean reached, double firstLeadH, int vehiclesStart, int vehiclesArrived, int[] lossesByCause,
               double[] heldMinByKind, int breaches, int bypasses, int reroutes, int lineCharges, int bridges,
               double slowdownH, int[] fightCounts, WireColumn[] columns, double[] measures) implements Serializable {
    private static final long serialVersionUID = 2L;

    /** A {@link ColumnRow} on the wire. */
    record WireColumn(String column, double leadH, double tailH, boolean reached, int vehiclesStart,
                      int vehiclesArrived, int[] lossesByCause, int lostArmoured, int lostLight, double heldMin,
                      boolean halted) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** @return the wire form of a row */
    static WireRow of(ReplicationRow r) {
        return new WireRow(r.replication(), r.packageName(), r.packageCostEur(), r.packageObstacles(), r.closureH(),
                r.reached(), r.firstLeadH(), r.vehiclesStart(), r.vehiclesArrived(), r.lossesByCause(),
                r.heldMinByKind(), r.breaches(), r.bypasses(), r.reroutes(), r.lineCharges(), r.bridges(),
                r.slowdownH(), r.fightCounts(), columns(r.columns()), r.measures());
    }

    private static WireColumn[] columns(List<ColumnRow> cols) {
        WireColumn[] out = new WireColumn[cols.size()];
        for (int i = 0; i < out.length; i++) {
            ColumnRow c = cols.get(i);
            out[i] = new WireColumn(c.column(), c.leadH(), c.tailH(), c.reached(), c.vehiclesStart(),
                    c.vehiclesArrived(), c.lossesByCause(), c.lostArmoured(), c.lostLight(), c.heldMin(), c.halted());
        }
        return out;
    }

    /** @return the row again */
    ReplicationRow toRow() {
        return new ReplicationRow(replication, packageName, packageCostEur, packageObstacles, closureH, reached,
                firstLeadH, vehiclesStart, vehiclesArrived, lossesByCause, heldMinByKind, breaches, bypasses,
                reroutes, lineCharges, bridges, slowdownH, fightCounts, cols(), measures);
    }

    private List<ColumnRow> cols() {
        List<ColumnRow> out = new ArrayList<>(columns.length);
        for (WireColumn c : columns) {
            out.add(new ColumnRow(c.column(), c.leadH(), c.tailH(), c.reached(), c.vehiclesStart(),
                    c.vehiclesArrived(), c.lossesByCause(), c.lostArmoured(), c.lostLight(), c.heldMin(), c.halted()));
        }
        return out;
    }
}
