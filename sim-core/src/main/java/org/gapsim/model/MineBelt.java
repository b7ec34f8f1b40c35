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
 * position (both tracks for {@link Fuze#TRACK_WIDTH}, the whole vehicle for {@link Fuze#FULL_WIDTH}). With
 * scattered mines (a Poisson field of rate rho per metre) a lone vehicle of effective width w therefore meets at
 * least one mine with probability {@code 1 - exp(-rho * w)}.
 */
final class MineBelt {
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
            int cap = field.rows() * ((int) Math.ceil(corridorWidthM / spacing) + 1);
            x = new double[cap];
            y = new double[cap];
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
        for (int i = from; i < count; i++) {
            if (!alive[i]) {
                continue;
            }
            double d = x[i] - centreM;
            boolean under;
            if (fuze == Fuze.FULL_WIDTH) {
                under = d >= -half && d <= half;
            } else {
                double a = Math.abs(d);
                under = a >= half - tw && a <= half;
            }
            if (under) {
                return i;
            }
        }
        return -1;
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

    private void sortByDepth() {
        // insertion sort: fields hold tens of mines in the corridor
        for (int i = 1; i < count; i++) {
            double xi = x[i];
            double yi = y[i];
            int j = i - 1;
            while (j >= 0 && y[j] > yi) {
                x[j + 1] = x[j];
                y[j + 1] = y[j];
                j--;
            }
            x[j + 1] = xi;
            y[j + 1] = yi;
        }
    }
}
