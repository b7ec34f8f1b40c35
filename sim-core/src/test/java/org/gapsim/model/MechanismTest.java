package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.VehicleGroup;
import org.junit.jupiter.api.Test;

/** Mechanisms checked against analytic results over many replications. */
class MechanismTest {

    private static int countStrikes(Scenario s, long seed, int reps, boolean inLane) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(seed));
        int hits = 0;
        for (int r = 0; r < reps; r++) {
            int[] k = new int[1];
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.MineStrike m && m.inLane() == inLane) {
                    k[0]++;
                }
            });
            hits += k[0] > 0 ? 1 : 0;
        }
        return hits;
    }

    @Test
    void regularRowsGiveTheRowFormula() {
        // 3 rows, 0.1 mines per metre of front in all: spacing 30 m per row, wider than the vehicle, so each row
        // holds at most one mine under the two tracks: P = 1 - (1 - 2 tw / s)^rows
        int rows = 3;
        double rho = 0.1;
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, rows, rho, Fuze.TRACK_WIDTH,
                MineLayout.ROWS);
        Scenario s = Fixtures.scenario(Terrain.FOREST,
                List.of(Fixtures.column("c1", 1, 0, Fixtures.engineers(4, 2, 0, 18.3, 5))), List.of(field),
                Fixtures.doctrine(0, 0, 1, 0, true));
        int reps = 20_000;
        double spacing = rows / rho;
        double p = 1 - Math.pow(1 - 2 * Fixtures.TANK.trackWidthM() / spacing, rows);
        double freq = countStrikes(s, 11, reps, false) / (double) reps;
        assertEquals(p, freq, 2.576 * Math.sqrt(p * (1 - p) / reps), "row formula " + p);
    }

    @Test
    void aLaneLeftUncleanKillsSomeVehiclesAndACleanLaneNone() {
        // recon always finds the field; a line charge that clears nothing leaves every mine in the lane
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, 1.0, Fuze.FULL_WIDTH,
                MineLayout.RANDOM);
        EngineerAssets dud = new EngineerAssets(
                new EngineerAssets.LineCharges(10, 100, 8, Distribution.fixed(2), 0.0), null, null, null, null);
        EngineerAssets clean = new EngineerAssets(
                new EngineerAssets.LineCharges(10, 100, 8, Distribution.fixed(2), 1.0), null, null, null, null);
        Scenario dirty = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 10, 0, dud)), List.of(field),
                Fixtures.doctrine(1.0, 0, 1, 0, true));
        Scenario swept = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 10, 0, clean)),
                List.of(field), Fixtures.doctrine(1.0, 0, 1, 0, true));
        assertTrue(countStrikes(dirty, 5, 300, true) > 100, "residual mines in an uncleared lane are met");
        assertEquals(0, countStrikes(swept, 5, 300, true));
        assertEquals(0, countStrikes(swept, 5, 300, false), "a field found by recon is never entered blind");
    }

    @Test
    void aColumnBelowItsStrengthThresholdHaltsAndTheObjectiveIsNotReached() {
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.COVERED_BY_FIRE, 0, 6, 3, 500);
        ColumnSpec fragile = new ColumnSpec("c1", null, List.of(new VehicleGroup("tank", 10)), 100, "a", 0, "c",
                List.of("a", "b", "c"), EngineerAssets.NONE, 0.95);
        // manual breach of a 6 m ditch at 0.25 m/min under the covered template's fire (an OP, an ATGM team and a
        // mortar section), no smoke: the first loss takes the column below 95 %
        Scenario s = Fixtures.scenario(Terrain.FOREST, List.of(fragile), List.of(ditch),
                Fixtures.doctrine(0, 0, 2, 60, true).toBuilder()
                        .smokeMin(org.gapsim.scenario.Distribution.fixed(0)).build());
        ReplicationResult r = Replications.run(CrossingPlan.compile(s, "fort"),
                new ReplicationStreams(new StreamFactory(1)), 0);
        assertFalse(r.reached());
        assertTrue(r.columns().get(0).halted());
        assertEquals(s.horizonMin(), r.closureMin());
    }
}
