package org.gapsim.random;

import org.gapsim.random.internal.SubstreamJump;
import java.nio.charset.StandardCharsets;

/**
 * Derives the seed of every named random stream from one master seed. A stream's seed depends only on the master
 * seed and its own name (a SplitMix64 hash of both), so adding a stream never shifts the draws of another.
 * Immutable and thread-safe; workers make their own {@link ReplicationStreams} from it.
 *
 * <p>Stream names are built by {@link StreamName}: a purpose ({@code mines}, {@code detection}...) and the ids
 * of the entities it concerns, so the same obstacle gets the same draws in every package (common random numbers).
 */
public final class StreamFactory {
    private final long masterSeed;

    /** @param masterSeed the experiment's master seed (any value) */
    public StreamFactory(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** @return the master seed */
    public long masterSeed() {
        return masterSeed;
    }

    /**
     * @param name stream name
     * @return the six-component MRG32k3a seed (start of substream 0) of that stream: first three in [0, m1), last
     *         three in [0, m2), neither triple all zero
     */
    public long[] seedOf(String name) {
        long h = mix(masterSeed ^ 0x9E3779B97F4A7C15L);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xFF));
        }
        long[] seed = new long[6];
        long x = h;
        for (int i = 0; i < 6; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            long m = i < 3 ? SubstreamJump.M1 : SubstreamJump.M2;
            seed[i] = Long.remainderUnsigned(x, m);
        }
        if (seed[0] == 0 && seed[1] == 0 && seed[2] == 0) {
            seed[0] = 1;
        }
        if (seed[3] == 0 && seed[4] == 0 && seed[5] == 0) {
            seed[3] = 1;
        }
        return seed;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
