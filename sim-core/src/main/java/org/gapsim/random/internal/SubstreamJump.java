package org.gapsim.random.internal;

/**
 * Jumps an MRG32k3a state ahead by whole substreams (2^76 steps each) in O(log n) modular 3x3 matrix products,
 * so replication {@code r} can start at substream {@code r} without stepping through the {@code r} before it.
 * The jump matrices are L'Ecuyer's published A1^(2^76) and A2^(2^76) (the same constants SSJ's {@code MRG32k3a}
 * uses for {@code resetNextSubstream}); a test checks the result against SSJ.
 */
public final class SubstreamJump {
    public static final long M1 = 4294967087L;
    public static final long M2 = 4294944443L;

    private static final long[][] A1P76 = {
            {82758667L, 1871391091L, 4127413238L},
            {3672831523L, 69195019L, 1871391091L},
            {3672091415L, 3528743235L, 69195019L}};
    private static final long[][] A2P76 = {
            {1511326704L, 3759209742L, 1610795712L},
            {4292754251L, 1511326704L, 3889917532L},
            {3859662829L, 4292754251L, 3708466080L}};

    /** POW1[k] = A1^(2^(76 + k)) mod m1, POW2[k] likewise, for k = 0..62, each row-major in one array of 9. */
    private static final long[][] POW1 = powers(A1P76, M1);
    private static final long[][] POW2 = powers(A2P76, M2);
    /** A1^(2^76) and A2^(2^76), row-major. */
    private static final long[] STEP1 = POW1[0];
    private static final long[] STEP2 = POW2[0];

    private SubstreamJump() {
    }

    private static long[][] powers(long[][] base, long m) {
        long[][][] p = new long[63][][];
        p[0] = base;
        for (int k = 1; k < 63; k++) {
            p[k] = mul(p[k - 1], p[k - 1], m);
        }
        long[][] flat = new long[63][9];
        for (int k = 0; k < 63; k++) {
            for (int i = 0; i < 3; i++) {
                System.arraycopy(p[k][i], 0, flat[k], 3 * i, 3);
            }
        }
        return flat;
    }

    /**
     * @param seed six-component MRG32k3a state (start of substream 0)
     * @param n    number of substreams to jump, &gt;= 0
     * @return the state at the start of substream {@code n}
     */
    public static long[] jump(long[] seed, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("substream index must be >= 0, was " + n);
        }
        long[] out = seed.clone();
        jumpInPlace(out, n);
        return out;
    }

    /**
     * Advances a state by {@code n} substreams, in place: one 3x3 matrix-vector product per set bit of {@code n},
     * with the matrices A^(2^76 * 2^k) computed once per JVM.
     *
     * @param state six-component state, overwritten
     * @param n     substreams to advance, &gt;= 0
     */
    public static void jumpInPlace(long[] state, long n) {
        jumpInPlace(state, n, new long[6]);
    }

    /**
     * As {@link #jumpInPlace(long[], long)}, with a caller's work array, so nothing is allocated.
     *
     * @param state six-component state, overwritten
     * @param n     substreams to advance, &gt;= 0
     * @param tmp   work array of at least six components, overwritten
     */
    public static void jumpInPlace(long[] state, long n, long[] tmp) {
        for (int k = 0; n != 0; k++, n >>>= 1) {
            if ((n & 1) != 0) {
                apply(POW1[k], state, 0, tmp, M1);
                apply(POW2[k], state, 3, tmp, M2);
                System.arraycopy(tmp, 0, state, 0, 6);
            }
        }
    }

    /**
     * Advances a state by exactly one substream, in place.
     *
     * @param state six-component state, overwritten with the start of the next substream
     */
    public static void next(long[] state) {
        next(state, new long[6]);
    }

    /**
     * As {@link #next(long[])}, with a caller's work array, so nothing is allocated.
     *
     * @param state six-component state, overwritten with the start of the next substream
     * @param tmp   work array of at least six components, overwritten
     */
    public static void next(long[] state, long[] tmp) {
        apply(STEP1, state, 0, tmp, M1);
        apply(STEP2, state, 3, tmp, M2);
        System.arraycopy(tmp, 0, state, 0, 6);
    }

    /**
     * out[off + i] = sum_j a[3i + j] * s[off + j] mod m. Each product of two numbers below 2^32 fits in 64 bits
     * taken as unsigned, so it is reduced by one division ({@link #remU}); the three residues (each below
     * m &lt; 2^32) sum without overflow and are reduced once: the same integers as reducing after every step.
     */
    private static void apply(long[] a, long[] s, int off, long[] out, long m) {
        long s0 = s[off];
        long s1 = s[off + 1];
        long s2 = s[off + 2];
        for (int i = 0; i < 3; i++) {
            long acc = remU(a[3 * i] * s0, m)
                    + remU(a[3 * i + 1] * s1, m)
                    + remU(a[3 * i + 2] * s2, m);
            out[off + i] = acc % m;
        }
    }

    /**
     * @return p mod m, p read as unsigned 64 bits, 0 &lt; m &lt; 2^32: one signed division of p / 2 (Hacker's
     *         Delight 9.3), whose doubled quotient leaves a remainder below 2m, then one conditional subtraction
     */
    private static long remU(long p, long m) {
        long q = ((p >>> 1) / m) << 1;
        long r = p - q * m;
        return r >= m ? r - m : r;
    }

    private static long[][] mul(long[][] a, long[][] b, long m) {
        long[][] c = new long[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                long acc = 0;
                for (int k = 0; k < 3; k++) {
                    acc = (acc + mulMod(a[i][k], b[k][j], m)) % m;
                }
                c[i][j] = acc;
            }
        }
        return c;
    }

    /** a * b mod m for 0 &lt;= a, b &lt; 2^32, without overflow (b split into 16-bit halves). */
    private static long mulMod(long a, long b, long m) {
        long hi = (a * (b >>> 16)) % m;
        return ((hi << 16) + a * (b & 0xFFFF)) % m;
    }
}
