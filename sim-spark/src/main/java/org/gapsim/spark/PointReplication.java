package org.gapsim.spark;

import java.io.Serializable;

/**
 * One replication of one design point as an executor returns it.
 *
 * @param point design point index
 * @param wire  the replication's rows
 */
record PointReplication(int point, ReplicationWire wire) implements Serializable {
    private static final long serialVersionUID = 1L;
}
