package org.gapsim.random;

import org.gapsim.random.internal.SubstreamJump;
import java.util.HashMap;
import java.util.Map;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/**
 * The named random streams of one worker, positioned for one replication: while replication {@code r} runs,
 * every stream returned by {@link #stream(String)} starts at substream {@code r} of that name's MRG32k3a stream.
 * Calling {@link #startReplication(long)} again with the same {@code r} rewinds every stream to the same start,
 * which is how each fortification package sees the same random numbers (common random numbers).
 *
 * <p>Not thread-safe: one per worker thread. Stream objects are created by cloning a prototype, never with
 * {@code new MRG32k3a()}, so no global seed is read or advanced.
 */
public final class ReplicationStreams {
    private static final MRG32k3a PROTOTYPE = new MRG32k3a();

    private final StreamFactory factory;
    private final Map<String, Named> streams = new HashMap<>();
    private long replication = -1;
    private int epoch;

    /** @param factory where stream seeds come from */
    public ReplicationStreams(StreamFactory factory) {
        this.factory = factory;
    }

    /** @return the factory */
    public StreamFactory factory() {
        return factory;
    }

    /**
     * Positions the streams for replication {@code r}: each stream is (lazily) reset to the start of its
     * substream {@code r}.
     *
     * @param r replication index, &gt;= 0
     */
    public void startReplication(long r) {
        if (r < 0) {
            throw new IllegalArgumentException("replication index must be >= 0, was " + r);
        }
        replication = r;
        epoch++;
    }

    /** @return the current replication index, or -1 before the first {@link #startReplication(long)} */
    public long replication() {
        return replication;
    }

    /**
     * @param name the stream's name (see {@link StreamName})
     * @return the stream, at the start of substream {@code r} if this is its first use in replication {@code r}
     */
    public RandomStream stream(String name) {
        if (replication < 0) {
            throw new IllegalStateException("startReplication(r) must be called first");
        }
        Named n = streams.get(name);
        if (n == null) {
            n = new Named(factory.seedOf(name));
            streams.put(name, n);
        }
        n.positionAt(replication, epoch);
        return n.rng;
    }

    private static final class Named {
        private final long[] seed0;
        private final long[] state = new long[6];
        private final MRG32k3a rng = PROTOTYPE.clone();
        private long at = -1;
        private int usedEpoch = -1;
        /** The last substream reached by jumping back, and its state: a block of replications run package by
         *  package returns to the block's first replication once per package, and pays the jump only once. */
        private long anchorR = -1;
        private final long[] anchor = new long[6];
        /** Work array of the jumps (none allocated per jump). */
        private final long[] tmp = new long[6];

        Named(long[] seed0) {
            this.seed0 = seed0;
        }

        void positionAt(long r, int epoch) {
            // Reset once per replication start; repeated look-ups within the same start keep the stream's position.
            if (usedEpoch == epoch) {
                return;
            }
            if (at < 0 || r < at) {
                if (r == anchorR) {
                    System.arraycopy(anchor, 0, state, 0, 6);
                } else {
                    System.arraycopy(seed0, 0, state, 0, 6);
                    SubstreamJump.jumpInPlace(state, r, tmp);
                    anchorR = r;
                    System.arraycopy(state, 0, anchor, 0, 6);
                }
            } else if (r == at + 1) {
                SubstreamJump.next(state, tmp);
            } else if (r > at) {
                SubstreamJump.jumpInPlace(state, r - at, tmp);
            }
            at = r;
            rng.setSeed(state); // SSJ copies the values
            usedEpoch = epoch;
        }
    }
}
