package org.gapsim.spark;

import java.io.Serializable;
import org.gapsim.experiment.ReplicationRow;

/**
 * A {@link ReplicationRow} as it travels from an executor to the driver (the row itself is not serializable). Every
 * field is a primitive, a string or a primitive array, so Java serialization carries each double's bits exactly.
 */
record WireRow(long replication, String packageName, double packageCostEur, int packageObstacles, double closureH,
               boolean reached, double firstLeadH, int vehiclesStart, int vehiclesArrived, int[] lossesByCause,
               double[] heldMinByKind, int breaches, int bypasses, int reroutes, int lineCharges, int bridges,
               double slowdownH, int[] fightCounts) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** @return the wire form of a row */
    static WireRow of(ReplicationRow r) {
        return new WireRow(r.replication(), r.packageName(), r.packageCostEur(), r.packageObstacles(), r.closureH(),
                r.reached(), r.firstLeadH(), r.vehiclesStart(), r.vehiclesArrived(), r.lossesByCause(),
                r.heldMinByKind(), r.breaches(), r.bypasses(), r.reroutes(), r.lineCharges(), r.bridges(),
                r.slowdownH(), r.fightCounts());
    }

    /** @return the row again */
    ReplicationRow toRow() {
        return new ReplicationRow(replication, packageName, packageCostEur, packageObstacles, closureH, reached,
                firstLeadH, vehiclesStart, vehiclesArrived, lossesByCause, heldMinByKind, breaches, bypasses,
                reroutes, lineCharges, bridges, slowdownH, fightCounts);
    }
}
