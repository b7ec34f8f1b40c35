package org.gapsim.bench;

import umontreal.ssj.rng.MRG32k3a;

/**
 * Deterministic MRG32k3a streams for the engine benchmarks. A stream is a clone of one prototype, given an
 * explicit seed: {@code new MRG32k3a()} is called once, while this class initialises, and its (global, unsynchronised)
 * seed never decides a benchmark's draws.
 */
public final class Rngs {
    private static final MRG32k3a PROTOTYPE = new MRG32k3a();

    private Rngs() {
    }

    /**
     * @param seed any value; it fills the six seed components (each in [1, 2^31))
     * @return a fresh stream at the start of the seed's stream
     */
    public static MRG32k3a seeded(long seed) {
        long[] s = new long[6];
        long x = seed;
        for (int i = 0; i < 6; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            s[i] = 1 + ((x >>> 33) % 2_147_483_000L);
        }
        MRG32k3a rng = PROTOTYPE.clone();
        rng.setSeed(s);
        return rng;
    }
}
