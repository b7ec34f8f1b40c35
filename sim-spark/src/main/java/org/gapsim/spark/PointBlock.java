package org.gapsim.spark;

import java.io.Serializable;

/**
 * A {@link Block} of replications of one design point of a sweep: the unit a {@link SparkSweepRunner} job is split
 * into.
 *
 * @param point design point index
 * @param block the replications
 */
record PointBlock(int point, Block block) implements Serializable {
    private static final long serialVersionUID = 1L;
}
