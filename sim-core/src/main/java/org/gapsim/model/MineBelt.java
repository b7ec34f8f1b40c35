package org.gapsim.model;

import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.VehicleType;
import umontreal.ssj.probdist.PoissonDist;
import umontreal.ssj.rng.RandomStream;

/**
 * The individual mines of one minefield that lie in the corridor a column uses, for one replication. Lateral
 * positions (m, 0 = corridor's left edge) are drawn at the field's linear density; depth positions (m from the
 * near edge) are uniform (random layout) or at the row depths. A mine that detonates or is cleared is gone.
 *
 * <p>Encounter rule: a mine is set off by the first vehicle whose effective footprint covers its lateral
 * position (both tracks for {@link Fuze#TRACK_WIDTH}, the whole vehicle for {@link Fuze#FULL_WIDTH}): a mine at
 * lateral distance d from the vehicle's centre is under it if |d| is at most half the vehicle's width, and, for a
 * track-width fuze, at least that less the track width. With scattered mines (a Poisson field of rate rho per
 * metre) a lone vehicle of effective width w therefore meets at least one mine with probability
 * {@code 1 - exp(-rho * w)}.
 */
final class MineBelt {
    /** Longest run sorted by insertion (a real field holds tens of mines in the corridor). */
    private static final int INSERTION_SORT_MAX = 32;
    private final Fuze fuze;
    private final double corridorM;
    private double[] x;
    private double[] y;
    private boolean[] alive;
    private int count;

    MineBelt(Minefield field, double corridorWidthM, RandomStream layout) {
        this.fuze = field.fuze();
        this.corridorM = corridorWidthM;
        double rho = field.densityPerM();
        if (field.layout() == MineLayout.RANDOM) {
            int k = PoissonDist.inverseF(rho * corridorWidthM, layout.nextDouble());
            x = new double[k];
            y = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = layout.nextDouble() * corridorWidthM;
                y[i] = layout.nextDouble() * field.depthM();
            }
            count = k;
        } else {
            double spacing = field.rows() / rho;
            // rows x (mines per row + 1) = rho x corridor + rows: at most about 10^5 within the bounds of Limits
            long cap = (long) field.rows() * ((long) Math.ceil(corridorWidthM / spacing) + 1);
            if (cap > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("minefield " + field.id() + " holds " + cap
                        + " mines in the corridor, beyond the bounds a validated scenario allows");
            }
            x = new double[(int) cap];
            y = new double[(int) cap];
            for (int r = 0; r < field.rows(); r++) {
                double depth = field.depthM() * (r + 0.5) / field.rows();
                for (double p = layout.nextDouble() * spacing; p < corridorWidthM; p += spacing) {
                    x[count] = p;
                    y[count] = depth;
                    count++;
                }
            }
        }
        sortByDepth();
        alive = new boolean[count];
        java.util.Arrays.fill(alive, true);
    }

    /** @return the corridor width, m */
    double corridorM() {
        return corridorM;
    }

    /** @return depth of mine {@code i} from the near edge, m */
    double depth(int i) {
        return y[i];
    }

    /**
     * The first live mine, in depth order after {@code from}, under a vehicle centred at {@code centreM}.
     *
     * @return the mine's index, or -1
     */
    int firstUnder(VehicleType v, double centreM, int from) {
        double half = v.widthM() / 2;
        double tw = v.trackWidthM();
        boolean fullWidth = fuze == Fuze.FULL_WIDTH;
        for (int i = from; i < count; i++) {
            if (!alive[i]) {
                continue;
            }
            if (covers(x[i] - centreM, half, tw, fullWidth)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * As {@link #firstUnder(VehicleType, double, int)}, looking only at the mines listed in
     * {@code ids[off, off + len)} (increasing indices, as {@link #liveBetween} writes them): the same answer whenever
     * the list holds every live mine that could lie under the vehicle.
     *
     * @return the mine's index, or -1
     */
    int firstUnder(VehicleType v, double centreM, int from, int[] ids, int off, int len) {
        double half = v.widthM() / 2;
        double tw = v.trackWidthM();
        int end = off + len;
        int k = from > 0 ? firstAtLeast(ids, off, end, from) : off;
        // the encounter rule of covers(), with the fuze's branch taken once outside the scan
        if (fuze == Fuze.FULL_WIDTH) {
            for (; k < end; k++) {
                int i = ids[k];
                double d = x[i] - centreM;
                if (d >= -half && d <= half && alive[i]) {
                    return i;
                }
            }
        } else {
            double inner = half - tw;
            for (; k < end; k++) {
                int i = ids[k];
                double d = Math.abs(x[i] - centreM);
                if (d >= inner && d <= half && alive[i]) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** @return the first position in {@code ids[lo, hi)} (increasing) holding an index at least {@code from} */
    private static int firstAtLeast(int[] ids, int lo, int hi, int from) {
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (ids[m] < from) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    /**
     * The encounter rule (see the class comment): whether a mine at lateral distance {@code d} from a vehicle's
     * centre is under it, for half-width {@code half} and track width {@code tw}.
     */
    private static boolean covers(double d, double half, double tw, boolean fullWidth) {
        return fullWidth ? d >= -half && d <= half : Math.abs(d) >= half - tw && Math.abs(d) <= half;
    }

    /**
     * Lists the live mines whose lateral position is in [{@code leftM}, {@code rightM}], in depth order (increasing
     * index), into {@code out} from {@code at}.
     *
     * @return how many it listed
     */
    int liveBetween(double leftM, double rightM, int[] out, int at) {
        int k = at;
        for (int i = 0; i < count; i++) {
            if (alive[i] && x[i] >= leftM && x[i] <= rightM) {
                out[k++] = i;
            }
        }
        return k - at;
    }

    /** @return mines laid out (live or not) */
    int count() {
        return count;
    }

    /** Removes mine {@code i} (it detonated). */
    void detonate(int i) {
        alive[i] = false;
    }

    /**
     * Clears mines between {@code leftM} and {@code rightM} (lateral), each with probability {@code p}.
     *
     * @return mines cleared
     */
    int clear(double leftM, double rightM, double p, RandomStream rs) {
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (alive[i] && x[i] >= leftM && x[i] <= rightM && rs.nextDouble() < p) {
                alive[i] = false;
                k++;
            }
        }
        return k;
    }

    /**
     * Sorts the mines by depth, stably (mines at equal depth keep their drawing order, so the order, and every result,
     * is the one the insertion sort used before gave). Insertion sort for the tens of mines of a real field; a merge
     * sort, O(n log n), beyond.
     */
    private void sortByDepth() {
        if (count <= INSERTION_SORT_MAX) {
            insertionSort(x, y, 0, count);
            return;
        }
        double[] xs = x;
        double[] ys = y;
        double[] xt = new double[count];
        double[] yt = new double[count];
        for (int lo = 0; lo < count; lo += INSERTION_SORT_MAX) {
            insertionSort(xs, ys, lo, Math.min(lo + INSERTION_SORT_MAX, count));
        }
        for (int width = INSERTION_SORT_MAX; width < count; width *= 2) {
            for (int lo = 0; lo < count; lo += 2 * width) {
                int mid = Math.min(lo + width, count);
                int hi = Math.min(lo + 2 * width, count);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || ys[i] <= ys[j])) {
                        xt[k] = xs[i];
                        yt[k] = ys[i++];
                    } else {
                        xt[k] = xs[j];
                        yt[k] = ys[j++];
                    }
                }
            }
            double[] sx = xs;
            double[] sy = ys;
            xs = xt;
            ys = yt;
            xt = sx;
            yt = sy;
        }
        x = xs;
        y = ys;
    }

    private static void insertionSort(double[] x, double[] y, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double xi = x[i];
            double yi = y[i];
            int j = i - 1;
            while (j >= from && y[j] > yi) {
                x[j + 1] = x[j];
                y[j + 1] = y[j];
                j--;
            }
            x[j + 1] = xi;
            y[j + 1] = yi;
        }
    }
}
