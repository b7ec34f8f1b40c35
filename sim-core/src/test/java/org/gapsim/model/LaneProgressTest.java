package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelEvent.LaneProgress} (issue 11, V4's advance rate): a lane's cleared depth, published by the fight at
 * each change of its clearing rate, against a by-hand case (hand clearance of a 6 m ditch across a day/night switch).
 */
class LaneProgressTest {
    private static final double EPS = 1e-6;

    private static List<ModelEvent> events(Scenario s) {
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(1)), 0, out::add);
        return out;
    }

    /** A manual party clears a 6 m ditch (24 min of work by day, x 1.5 at night) under a sensor that fires nothing. */
    private static Scenario handClearance(Clock clock) {
        Sensor op = Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST).position(UnitPosition.on("ab", 8))
                .rangeKm(1).detectionsPerHour(1e6).build();
        BreachDoctrine d = Fixtures.doctrine(0, 0, false).toBuilder().smokeMin(Distribution.fixed(0))
                .locateProbability(0).build();
        return Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 3, 0, EngineerAssets.NONE)),
                List.of(new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500)), d)
                .withDefender(Defender.builder().sensors(op).build()).withClock(clock);
    }

    private static List<ModelEvent.LaneProgress> lane0(List<ModelEvent> ev) {
        List<ModelEvent.LaneProgress> out = new ArrayList<>();
        for (ModelEvent e : ev) {
            if (e instanceof ModelEvent.LaneProgress p && p.lane() == 0) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void clearedDepthIsWorkRateTimesTimeAcrossANightFall() {
        // by day (night far off): the breach's start B, 0.25 m/min to 6 m in 24 min
        List<ModelEvent> day = events(handClearance(new Clock(6, 5, 23)));
        double b = day.stream().filter(e -> e instanceof ModelEvent.BreachStarted).findFirst().orElseThrow()
                .timeMin();
        List<ModelEvent.LaneProgress> p = lane0(day);
        assertEquals(2, p.size(), "start and open only: the rate never changes by day");
        assertEquals(b, p.get(0).timeMin(), EPS);
        assertEquals(0, p.get(0).clearedM(), EPS);
        assertEquals(6.0 / 24, p.get(0).rateMPerMin(), EPS);
        assertEquals(b + 24, p.get(1).timeMin(), EPS);
        assertEquals(6, p.get(1).clearedM(), EPS);
        assertEquals(0, p.get(1).rateMPerMin(), EPS);

        // the same with night falling 10 min into the work: 2.5 m by day, the other 3.5 m at 0.25 / 1.5 m/min (21 min)
        double startHour = 18 - (b + 10) / 60;
        List<ModelEvent> ev = events(handClearance(new Clock(startHour, 6, 18)));
        List<ModelEvent.LaneProgress> n = lane0(ev);
        assertEquals(3, n.size(), "start, night fall, open");
        assertEquals(b, n.get(0).timeMin(), EPS);
        assertEquals(0.25, n.get(0).rateMPerMin(), EPS);
        assertEquals(b + 10, n.get(1).timeMin(), 1e-4);
        assertEquals(2.5, n.get(1).clearedM(), 1e-4);
        assertEquals(0.25 / 1.5, n.get(1).rateMPerMin(), EPS);
        assertEquals(b + 10 + 3.5 * 1.5 / 0.25, n.get(2).timeMin(), 1e-4);
        assertEquals(6, n.get(2).clearedM(), EPS);
        // interpolation from the night-fall event reaches the depth exactly when the lane opens
        assertEquals(6, n.get(1).clearedM() + n.get(1).rateMPerMin() * (n.get(2).timeMin() - n.get(1).timeMin()),
                1e-4);
        // the lane opens at the last event, whose cleared depth is the depth; the event comes just before it
        int k = ev.indexOf(n.get(2));
        assertTrue(ev.get(k + 1) instanceof ModelEvent.LaneOpened o && o.lane() == 0
                && o.timeMin() == n.get(2).timeMin(), "LaneOpened follows at the same time");
    }
}
