package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.junit.jupiter.api.Test;

/**
 * Lane proofing (issue 11): a proofing pass by a mine plough is the plough's set-up plus the lane's depth at its
 * speed with the blade lowered (published figures of the asset: KMT at most 10 km/h, countermobility.md), so a
 * deeper lane takes a longer pass and halving the speed doubles the ploughing part; with no plough or roller at hand
 * the pass takes the doctrine's {@code proofingMin}. Pinned by hand-computed lane times: a line-charge lane of depth
 * D opens {@code ceil(D / 100) x 2 min} of charges plus the pass after reduction starts (fixed figures, no defender).
 */
class ProofingTest {
    private static final double SETUP_MIN = 3;
    private static final double CHARGE_MIN = 2;
    private static final double PROOFING_MIN = 10;

    /** @return minutes from the start of reduction to the lane open, replication 0 */
    private static double laneMin(double depthM, Integer ploughs, double ploughKmh) {
        EngineerAssets.Builder a = EngineerAssets.builder().lineCharges(
                new EngineerAssets.LineCharges(20, 100, 8, Distribution.fixed(CHARGE_MIN), 1.0));
        if (ploughs != null) {
            a.minePloughs(EngineerAssets.MinePloughs.builder().count(ploughs).speedKmh(ploughKmh)
                    .setupMin(Distribution.fixed(SETUP_MIN)).clearanceProbability(0.95).build());
        }
        Minefield mf = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, depthM, 3, 0.5, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
        Scenario s = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 5, 0, a.build())),
                List.of(mf), Fixtures.doctrine(1, 0, false).toBuilder()
                        .methods(Map.of(ObstacleKind.MINEFIELD, List.of(BreachMethod.LINE_CHARGE)))
                        .proofLanes(true).proofingMin(Distribution.fixed(PROOFING_MIN)).build());
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(3)), 0, out::add);
        double start = out.stream().filter(e -> e instanceof ModelEvent.BreachStarted).findFirst().orElseThrow()
                .timeMin();
        double open = out.stream().filter(e -> e instanceof ModelEvent.LaneOpened).findFirst().orElseThrow()
                .timeMin();
        return open - start;
    }

    private static double charges(double depthM) {
        return Math.ceil(depthM / 100) * CHARGE_MIN;
    }

    @Test
    void aPloughsProofingPassIsItsSetUpPlusTheLanesDepthAtItsSpeed() {
        double mPerMinAt8 = 8 * 1000 / 60.0;
        assertEquals(charges(150) + SETUP_MIN + 150 / mPerMinAt8, laneMin(150, 1, 8), 1e-9, "150 m at 8 km/h");
        assertEquals(charges(400) + SETUP_MIN + 400 / mPerMinAt8, laneMin(400, 1, 8), 1e-9, "400 m at 8 km/h");
    }

    @Test
    void aDeeperLaneTakesALongerPassAndHalfTheSpeedDoublesThePloughing() {
        double pass150 = laneMin(150, 1, 8) - charges(150);
        double pass300 = laneMin(300, 1, 8) - charges(300);
        double pass150Slow = laneMin(150, 1, 4) - charges(150);
        assertEquals(2 * (pass150 - SETUP_MIN), pass300 - SETUP_MIN, 1e-9, "twice the depth, twice the ploughing");
        assertEquals(2 * (pass150 - SETUP_MIN), pass150Slow - SETUP_MIN, 1e-9, "half the speed, twice the ploughing");
    }

    @Test
    void withNoPloughThePassTakesTheDoctrinesProofingTime() {
        assertEquals(charges(150) + PROOFING_MIN, laneMin(150, null, 8), 1e-9, "no plough: proofingMin");
        assertEquals(charges(150) + PROOFING_MIN, laneMin(150, 0, 8), 1e-9, "no plough left: proofingMin");
    }
}
