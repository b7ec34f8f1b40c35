package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 diagnosis (branch valid2): a lane that lost its asset while every other carrier was busy is not left
 * abandoned once a carrier is free again. Two plough lanes, two ploughs, no spare: a blade strike takes one lane's
 * plough; when the other lane opens, its plough takes the struck lane over after {@code assetReplaceMin} (30 min)
 * and both lanes open. Paired on common random numbers.
 */
class LaneTakeOverTest {
    private static final double REPLACE_MIN = 30;
    private static final double RECOVERY_MIN = 20;

    private static Scenario twoPloughLanes(double blade) {
        EngineerAssets ploughs = EngineerAssets.builder().minePloughs(EngineerAssets.MinePloughs.builder().count(2)
                .speedKmh(10).setupMin(Distribution.fixed(3)).clearanceProbability(0.95).carrier("tank")
                .bladeDetonationProbability(blade).build()).build();
        Minefield mf = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 200, 4, 1.5, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
        BreachDoctrine d = Fixtures.doctrine(1, 0, false).toBuilder().lanesPerObstacle(2)
                .methods(Map.of(ObstacleKind.MINEFIELD, List.of(BreachMethod.MINE_PLOUGH, BreachMethod.MANUAL)))
                .smokeMin(Distribution.fixed(0)).locateProbability(0)
                .recoveryMin(Distribution.fixed(RECOVERY_MIN)).assetReplaceMin(Distribution.fixed(REPLACE_MIN))
                .build();
        // a unit that reaches the site and never fires: the breach is worked out as a fight
        Defender harmless = Defender.builder().fireUnits(FireUnit.builder().id("a1").kind(FireUnitKind.ATGM_TEAM)
                .position(UnitPosition.on("ab", 8)).rangeKm(1).ammunition(0).ownDetectionsPerHour(0).build()).build();
        return Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 12, 0, ploughs)), List.of(mf), d)
                .withDefender(harmless);
    }

    private static List<ModelEvent> events(Scenario s, int r) {
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(5)), r, out::add);
        return out;
    }

    @Test
    void aStruckLaneIsTakenOverByThePloughOfTheLaneThatOpensFirst() {
        int n = 0;
        for (int r = 0; r < 300; r++) {
            List<ModelEvent> ev = events(twoPloughLanes(0.3), r);
            long struck = ev.stream().filter(e -> e instanceof ModelEvent.AssetLost a && a.asset().equals("plough")
                    && a.obstacle().equals("mf")).count();
            List<ModelEvent.LaneOpened> opened = ev.stream().filter(e -> e instanceof ModelEvent.LaneOpened)
                    .map(e -> (ModelEvent.LaneOpened) e).toList();
            if (struck != 1 || opened.isEmpty()) {
                continue;   // no strike, or both ploughs struck (then hand clearance)
            }
            double strikeAt = ev.stream().filter(e -> e instanceof ModelEvent.AssetLost).findFirst().orElseThrow()
                    .timeMin();
            if (opened.get(0).timeMin() < strikeAt) {
                continue;   // a strike after a lane opened: the free plough is a spare at once (no take-over)
            }
            n++;
            // one strike, no spare: both lanes still open, the struck one no sooner than 30 min after the other
            assertEquals(2, opened.stream().mapToInt(ModelEvent.LaneOpened::lane).distinct().count(), "rep " + r);
            double gap = opened.get(1).timeMin() - opened.get(0).timeMin();
            assertTrue(gap >= REPLACE_MIN - 1e-9, "rep " + r + ": second lane " + gap + " min after the first");
            // ... and no later than the replacement plus a whole lane's work (setup 3 + 250 m at 10 km/h = 1.5 min)
            assertTrue(gap <= REPLACE_MIN + 3 + 1.5 + 1e-9, "rep " + r + ": second lane " + gap + " min after");
        }
        assertTrue(n > 20, "replications with one strike before any lane opened: " + n);
    }

    @Test
    void withoutStrikesBothLanesOpenTogetherAndTakeOverChangesNothing() {
        for (int r = 0; r < 20; r++) {
            List<ModelEvent.LaneOpened> opened = events(twoPloughLanes(0), r).stream()
                    .filter(e -> e instanceof ModelEvent.LaneOpened).map(e -> (ModelEvent.LaneOpened) e).toList();
            assertEquals(2, opened.size());
            assertEquals(opened.get(0).timeMin(), opened.get(1).timeMin(), 1e-9, "identical lanes open together");
        }
    }
}
