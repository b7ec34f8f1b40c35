package org.gapsim.experiment.sweep;

import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import umontreal.ssj.rng.RandomStream;

/**
 * A Latin hypercube design of {@code n} points over {@code k} factors on the unit cube: the range of every factor is
 * cut into {@code n} equal strata and each stratum is used by exactly one point. A point's coordinate is the
 * <b>midpoint</b> of its stratum, {@code (stratum + 0.5) / n} (not a random point inside it), so the design is fully
 * determined by one permutation of the strata per factor, and the extremes 0 and 1 are never run exactly.
 *
 * <p>The permutations are drawn from the MRG32k3a stream named {@value #STREAM} of a {@link StreamFactory} seeded
 * with the design seed (substream 0, through {@link ReplicationStreams}), so a seed gives the same design on every
 * machine. To keep the factors' effects apart, the columns are made nearly uncorrelated: the best of
 * {@code candidates} random hypercubes by maximum absolute pairwise Pearson correlation is kept, then improved by
 * swapping two points' strata within one column of the worst-correlated pair while that lowers the maximum (or,
 * at an equal maximum, the sum of squared correlations). Swaps permute a column, so every stage is a Latin
 * hypercube. The achieved maximum is {@link #maxAbsCorrelation()}.
 *
 * <p>This is a plain (correlation-reduced) Latin hypercube, not one of Cioppa and Lucas's nearly orthogonal Latin
 * hypercube (NOLH) tables: any {@code n >= 2} works, but the correlation reached depends on {@code n} and {@code k}
 * (with {@code n = 2} and two or more factors it is necessarily 1). Immutable.
 */
public final class LatinHypercube {
    /** Name of the random stream the permutations come from. */
    public static final String STREAM = "design";
    /** Random hypercubes drawn before the swap pass, by default. */
    public static final int DEFAULT_CANDIDATES = 100;
    /** Most swap-pass iterations. */
    private static final int MAX_SWAP_ITERATIONS = 1_000;
    /** Work budget of the swap pass (swap evaluations x factors), so huge designs stay fast. */
    private static final double SWAP_BUDGET = 4e8;

    private final long seed;
    private final int n;
    private final int k;
    /** strata[factor][point], each column a permutation of 0..n-1. */
    private final int[][] strata;
    private final double maxAbsCorrelation;

    private LatinHypercube(long seed, int[][] strata, int n) {
        this.seed = seed;
        this.n = n;
        this.k = strata.length;
        this.strata = strata;
        this.maxAbsCorrelation = maxAbs(dots(centred(strata, n)), n);
    }

    /**
     * @param points  design points {@code n}, &gt;= 2
     * @param factors factors {@code k}, &gt;= 1
     * @param seed    design seed
     * @return the correlation-reduced design ({@value #DEFAULT_CANDIDATES} candidates, then the swap pass)
     */
    public static LatinHypercube generate(int points, int factors, long seed) {
        return generate(points, factors, seed, DEFAULT_CANDIDATES, true);
    }

    /**
     * @param points     design points {@code n}, &gt;= 2
     * @param factors    factors {@code k}, &gt;= 1
     * @param seed       design seed
     * @param candidates random hypercubes to draw, the one with the smallest maximum absolute correlation kept
     *                   (1 = a plain random Latin hypercube)
     * @param swapPass   whether to improve the kept one by swaps
     * @return the design
     * @throws IllegalArgumentException if a count is out of range
     */
    public static LatinHypercube generate(int points, int factors, long seed, int candidates, boolean swapPass) {
        if (points < 2) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 2 points, was " + points);
        }
        if (factors < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least 1 factor, was " + factors);
        }
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be >= 1, was " + candidates);
        }
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(seed));
        streams.startReplication(0);
        RandomStream rng = streams.stream(STREAM);
        int[][] best = null;
        long bestMax = Long.MAX_VALUE;
        for (int c = 0; c < candidates; c++) {
            int[][] cand = new int[factors][];
            for (int f = 0; f < factors; f++) {
                cand[f] = permutation(points, rng);
            }
            long m = maxAbsDot(dots(centred(cand, points)));
            if (m < bestMax) {
                best = cand;
                bestMax = m;
            }
        }
        if (swapPass && factors > 1) {
            improve(best, points);
        }
        return new LatinHypercube(seed, best, points);
    }

    /** @return the design seed */
    public long seed() {
        return seed;
    }

    /** @return the number of design points */
    public int points() {
        return n;
    }

    /** @return the number of factors (columns) */
    public int factors() {
        return k;
    }

    /**
     * @param point  design point, 0..n-1
     * @param factor factor (column), 0..k-1
     * @return the stratum of this factor the point lies in, 0..n-1
     */
    public int stratum(int point, int factor) {
        return strata[factor][point];
    }

    /**
     * @param point  design point, 0..n-1
     * @param factor factor (column), 0..k-1
     * @return the point's coordinate on the unit interval: the stratum midpoint {@code (stratum + 0.5) / n}
     */
    public double unit(int point, int factor) {
        return (strata[factor][point] + 0.5) / n;
    }

    /**
     * @param a one factor
     * @param b another
     * @return Pearson correlation of the two columns over the design points
     */
    public double correlation(int a, int b) {
        long[][] z = centred(strata, n);
        long d = 0;
        for (int i = 0; i < n; i++) {
            d += z[a][i] * z[b][i];
        }
        return d / sumSquares(n);
    }

    /** @return the largest absolute Pearson correlation between two columns (0 with one factor) */
    public double maxAbsCorrelation() {
        return maxAbsCorrelation;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Latin hypercube, %d points x %d factors, seed %d, max |corr| %.3f",
                n, k, seed, maxAbsCorrelation);
    }

    private static int[] permutation(int n, RandomStream rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(0, i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    /** @return 2 x stratum - (n - 1): the strata centred on 0, as exact integers */
    private static long[][] centred(int[][] strata, int n) {
        long[][] z = new long[strata.length][n];
        for (int f = 0; f < strata.length; f++) {
            for (int i = 0; i < n; i++) {
                z[f][i] = 2L * strata[f][i] - (n - 1);
            }
        }
        return z;
    }

    /** @return the sum of squares of a centred column, the same for every column: n (n^2 - 1) / 3 */
    private static double sumSquares(int n) {
        return n * ((double) n * n - 1) / 3.0;
    }

    private static long[][] dots(long[][] z) {
        int k = z.length;
        long[][] d = new long[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                long s = 0;
                for (int i = 0; i < z[a].length; i++) {
                    s += z[a][i] * z[b][i];
                }
                d[a][b] = s;
                d[b][a] = s;
            }
        }
        return d;
    }

    private static long maxAbsDot(long[][] d) {
        long m = 0;
        for (int a = 0; a < d.length; a++) {
            for (int b = a + 1; b < d.length; b++) {
                m = Math.max(m, Math.abs(d[a][b]));
            }
        }
        return m;
    }

    private static double maxAbs(long[][] d, int n) {
        return maxAbsDot(d) / sumSquares(n);
    }

    /**
     * Swap pass: repeatedly takes the worst-correlated pair of columns and applies the single within-column swap (in
     * either column of the pair) that most lowers (maximum |dot|, then sum of squared dots), until none does.
     */
    private static void improve(int[][] strata, int n) {
        int k = strata.length;
        long[][] z = centred(strata, n);
        long[][] dot = dots(z);
        int iterations = (int) Math.max(10, Math.min(MAX_SWAP_ITERATIONS, SWAP_BUDGET / ((double) n * n * k)));
        for (int it = 0; it < iterations; it++) {
            int wa = 0;
            int wb = 1;
            long curMax = -1;
            double curSum = 0;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    long v = Math.abs(dot[a][b]);
                    curSum += (double) dot[a][b] * dot[a][b];
                    if (v > curMax) {
                        curMax = v;
                        wa = a;
                        wb = b;
                    }
                }
            }
            if (curMax == 0) {
                return;
            }
            long bestMax = curMax;
            double bestSum = curSum;
            int bestCol = -1;
            int bestI = -1;
            int bestJ = -1;
            for (int col : new int[]{wa, wb}) {
                long otherMax = 0;
                double otherSum = 0;
                for (int a = 0; a < k; a++) {
                    for (int b = a + 1; b < k; b++) {
                        if (a != col && b != col) {
                            otherMax = Math.max(otherMax, Math.abs(dot[a][b]));
                            otherSum += (double) dot[a][b] * dot[a][b];
                        }
                    }
                }
                long[] zc = z[col];
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        long dz = zc[j] - zc[i];
                        long m = otherMax;
                        double sq = otherSum;
                        for (int d = 0; d < k; d++) {
                            if (d != col) {
                                long nd = dot[col][d] + dz * (z[d][i] - z[d][j]);
                                m = Math.max(m, Math.abs(nd));
                                sq += (double) nd * nd;
                            }
                        }
                        if (m < bestMax || (m == bestMax && sq < bestSum * (1 - 1e-12))) {
                            bestMax = m;
                            bestSum = sq;
                            bestCol = col;
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
            }
            if (bestCol < 0) {
                return;
            }
            long[] zc = z[bestCol];
            long dz = zc[bestJ] - zc[bestI];
            for (int d = 0; d < k; d++) {
                if (d != bestCol) {
                    long nd = dot[bestCol][d] + dz * (z[d][bestI] - z[d][bestJ]);
                    dot[bestCol][d] = nd;
                    dot[d][bestCol] = nd;
                }
            }
            long tz = zc[bestI];
            zc[bestI] = zc[bestJ];
            zc[bestJ] = tz;
            int[] sc = strata[bestCol];
            int ts = sc[bestI];
            sc[bestI] = sc[bestJ];
            sc[bestJ] = ts;
        }
    }
}
