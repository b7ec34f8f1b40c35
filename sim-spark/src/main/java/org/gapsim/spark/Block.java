package org.gapsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed run of consecutive replication indices, {@code [from, to)}: the unit the replications of a round are
 * split into before Spark spreads the blocks over partitions. Block {@code k} of block size {@code b} always covers
 * {@code [k b, (k + 1) b)} (clipped to the round), whatever the partitioning.
 *
 * @param from first replication index
 * @param to   one past the last
 */
record Block(long from, long to) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the range. */
    Block {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("block needs 0 <= from < to, was [" + from + ", " + to + ")");
        }
    }

    /** @return replications in the block */
    long size() {
        return to - from;
    }

    /**
     * Splits {@code [from, to)} at the multiples of {@code blockSize}.
     *
     * @param from      first replication, &gt;= 0
     * @param to        one past the last, &gt;= from
     * @param blockSize replications per block, &gt;= 1
     * @return the blocks in index order (none if the range is empty)
     */
    static List<Block> split(long from, long to, int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1, was " + blockSize);
        }
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("range needs 0 <= from <= to, was [" + from + ", " + to + ")");
        }
        List<Block> out = new ArrayList<>();
        long at = from;
        while (at < to) {
            long end = Math.min(to, (at / blockSize + 1) * blockSize);
            out.add(new Block(at, end));
            at = end;
        }
        return out;
    }
}
