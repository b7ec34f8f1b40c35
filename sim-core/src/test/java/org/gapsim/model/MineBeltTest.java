package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.junit.jupiter.api.Test;
import umontreal.ssj.probdist.PoissonDist;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.rng.RandomStream;

/** The mines in a column's corridor: drawn as before, sorted by depth in O(n log n). */
class MineBeltTest {

    private static Minefield field(double density, int rows, MineLayout layout) {
        return new Minefield("mf", "s", 0, Coverage.UNOBSERVED, 0, 250, 120, rows, density, Fuze.TRACK_WIDTH, layout);
    }

    private static double[] depths(MineBelt belt, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = belt.depth(i);
        }
        return d;
    }

    /** The draws of {@link MineBelt}'s random layout, replayed: the mine count and each mine's depth, unsorted. */
    private static double[] drawnDepths(double density, double corridorM, double depthM, RandomStream rs) {
        int k = PoissonDist.inverseF(density * corridorM, rs.nextDouble());
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            rs.nextDouble();
            y[i] = rs.nextDouble() * depthM;
        }
        return y;
    }

    @Test
    void aFieldAtTheDensityAndCorridorBoundsIsLaidOutInMilliseconds() {
        // 100 mines/m over a 1,000 m corridor: about 100,000 mines. The insertion sort meant for tens took seconds
        // here (issue 10: 56 s for 2 replications at 1e4 mines/m); a merge sort takes milliseconds.
        Minefield f = field(Limits.MAX_DENSITY_PER_M, 1, MineLayout.RANDOM);
        MRG32k3a rs = new MRG32k3a();
        MRG32k3a replay = rs.clone();
        MineBelt belt = assertTimeoutPreemptively(Duration.ofMillis(1500),
                () -> new MineBelt(f, Limits.MAX_CORRIDOR_WIDTH_M, rs));
        double[] expected = drawnDepths(Limits.MAX_DENSITY_PER_M, Limits.MAX_CORRIDOR_WIDTH_M, 120, replay);
        assertTrue(expected.length > 99_000 && expected.length < 101_000, "about 100,000 mines: " + expected.length);
        Arrays.sort(expected);
        assertEquals(expected.length, belt.count(), "every mine drawn is laid out");
        assertArrayEquals(expected, depths(belt, expected.length));
    }

    @Test
    void smallAndMediumFieldsKeepTheDrawsAndComeOutSortedByDepth() {
        for (double density : new double[] {0.5, 1.6, 5, 20}) {
            MRG32k3a rs = new MRG32k3a();
            MRG32k3a replay = rs.clone();
            MineBelt belt = new MineBelt(field(density, 1, MineLayout.RANDOM), 10, rs);
            double[] expected = drawnDepths(density, 10, 120, replay);
            Arrays.sort(expected);
            assertEquals(expected.length, belt.count(), "every mine drawn is laid out, density " + density);
            assertArrayEquals(expected, depths(belt, expected.length), "density " + density);
        }
    }

    @Test
    void rowsAtTheBoundsStayInRowOrder() {
        MineBelt belt = assertTimeoutPreemptively(Duration.ofMillis(1500),
                () -> new MineBelt(field(Limits.MAX_DENSITY_PER_M, Limits.MAX_ROWS, MineLayout.ROWS),
                        Limits.MAX_CORRIDOR_WIDTH_M, new MRG32k3a()));
        // 1,000 rows at 0.1 mines per metre each: 100 mines per row across 1,000 m
        assertEquals(100_000, belt.count(), "exactly 100 mines in each row");
        double[] d = depths(belt, 100_000);
        for (int i = 1; i < d.length; i++) {
            assertTrue(d[i - 1] <= d[i], "sorted at " + i);
        }
        assertEquals(120 * 0.5 / Limits.MAX_ROWS, d[0], 1e-12);
        assertEquals(120 * (Limits.MAX_ROWS - 0.5) / Limits.MAX_ROWS, d[d.length - 1], 1e-9);
    }

    @Test
    void theScanOfALanesListFindsTheSameMineAsTheScanOfTheWholeBelt() {
        // issue 16: the listed scan starts by binary search at 'from' and takes the fuze's branch once; whatever the
        // fuze, start and centre, and with mines gone, it must name the mine the full scan names
        org.gapsim.scenario.VehicleType tank = Fixtures.TANK;
        for (Fuze fuze : Fuze.values()) {
            Minefield f = new Minefield("mf", "s", 0, Coverage.UNOBSERVED, 0, 250, 120, 1, 1.6, fuze,
                    MineLayout.RANDOM);
            MRG32k3a rs = new MRG32k3a();
            MineBelt belt = new MineBelt(f, 40, rs);
            assertTrue(belt.count() > 40, "enough mines to scan: " + belt.count());
            for (int i = 0; i < belt.count(); i += 7) {
                belt.detonate(i);
            }
            int[] ids = new int[belt.count() + 3];
            int len = belt.liveBetween(0, 40, ids, 3);   // the whole corridor, listed from offset 3
            int found = 0;
            for (int trial = 0; trial < 2_000; trial++) {
                double centre = 2 + 36 * rs.nextDouble();
                int from = (int) (rs.nextDouble() * (belt.count() + 1));
                int expected = belt.firstUnder(tank, centre, from);
                assertEquals(expected, belt.firstUnder(tank, centre, from, ids, 3, len),
                        fuze + " centre " + centre + " from " + from);
                found += expected >= 0 ? 1 : 0;
            }
            assertTrue(found > 500 && found < 2_000, fuze + ": both outcomes tried, found " + found);
        }
    }
}
