package org.gapsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.ReplicationRow;

/**
 * One replication as an executor returns it: its index and one row per package, in the experiment's package order.
 *
 * @param replication replication index
 * @param rows        its rows, baseline first
 */
record ReplicationWire(long replication, List<WireRow> rows) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the rows into a serializable immutable list. */
    ReplicationWire {
        rows = List.copyOf(rows);
    }

    /** @return the wire form of one replication's rows */
    static ReplicationWire of(long replication, List<ReplicationRow> rows) {
        List<WireRow> wire = new ArrayList<>(rows.size());
        for (ReplicationRow r : rows) {
            wire.add(WireRow.of(r));
        }
        return new ReplicationWire(replication, wire);
    }

    /** @return the rows again */
    List<ReplicationRow> toRows() {
        List<ReplicationRow> out = new ArrayList<>(rows.size());
        for (WireRow w : rows) {
            out.add(w.toRow());
        }
        return out;
    }
}
