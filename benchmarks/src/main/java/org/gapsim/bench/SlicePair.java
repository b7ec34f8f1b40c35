package org.gapsim.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Two sides timed on the same replications in one JVM, in alternating slices (A B B A ...) of about 100 ms of
 * thread CPU, so both run under the same load and JIT state: the harness of {@link JarPair} (two builds) and
 * {@link DefenderCost} (two scenarios). Each side warms up, then every round runs the same block of replications on
 * both and keeps B's CPU over A's.
 */
final class SlicePair {
    /** Wanted CPU time per slice, ns. */
    private static final long SLICE_NS = 100_000_000L;

    /** One side: the thread CPU it takes to run a block of replications. */
    interface Side {
        /**
         * @param from first replication index
         * @param k    replications to run
         * @return thread CPU ns to run replications {@code from} to {@code from + k - 1}
         * @throws Exception if the side fails
         */
        long cpu(long from, int k) throws Exception;
    }

    /**
     * One comparison.
     *
     * @param k      replications per slice
     * @param usA    A's mean CPU per replication, us
     * @param usB    B's mean CPU per replication, us
     * @param ratios B/A of each round, sorted
     */
    record Result(int k, double usA, double usB, List<Double> ratios) {
        /** @return the median of B/A */
        double median() {
            return ratios.get(ratios.size() / 2);
        }

        /**
         * @param label the package
         * @param a     A's name in the line
         * @param b     B's name in the line
         * @return one line: both means, and the median, interquartile range and range of B/A
         */
        String line(String label, String a, String b) {
            int n = ratios.size();
            return String.format("%-16s k=%5d  %s %8.2f us  %s %8.2f us CPU/replication  %s/%s median %.3f"
                    + "  IQR %.3f-%.3f  range %.3f-%.3f", label, k, a, usA, b, usB, b, a, median(),
                    ratios.get(n / 4), ratios.get(3 * n / 4), ratios.get(0), ratios.get(n - 1));
        }
    }

    private SlicePair() {
    }

    /**
     * @param a      side A
     * @param b      side B
     * @param warmUp replications each side runs first, to warm the JIT
     * @param rounds timed rounds
     * @return the comparison
     * @throws Exception if a side fails
     */
    static Result compare(Side a, Side b, int warmUp, int rounds) throws Exception {
        a.cpu(0, warmUp);
        b.cpu(0, warmUp);
        long probe = a.cpu(0, 200);
        int k = (int) Math.max(20, Math.min(20_000, 200L * SLICE_NS / Math.max(1, probe)));
        for (int w = 0; w < 5; w++) {
            a.cpu((long) w * k, k);
            b.cpu((long) w * k, k);
        }
        List<Double> ratio = new ArrayList<>();
        double sumA = 0;
        double sumB = 0;
        long r = 10L * k;
        for (int i = 0; i < rounds; i++, r += k) {
            long ca;
            long cb;
            if (i % 2 == 0) {
                ca = a.cpu(r, k);
                cb = b.cpu(r, k);
            } else {
                cb = b.cpu(r, k);
                ca = a.cpu(r, k);
            }
            ratio.add((double) cb / ca);
            sumA += ca;
            sumB += cb;
        }
        Collections.sort(ratio);
        return new Result(k, sumA / 1000.0 / rounds / k, sumB / 1000.0 / rounds / k, ratio);
    }
}
