package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * A unit's behaviour figures are the unit's, not only its kind's (issue 14: a template sets them): the model reads a
 * sensor's {@code movingFactor} and a fire unit's {@code movingTargetFactor} from the unit. Checked against the
 * analytic results of {@link InterdictionTest} with figures no built-in kind has; the kind's own figures are the
 * default (the golden test pins that the built-ins' results did not move).
 */
class UnitBehaviourFiguresTest {
    private static final UnitPosition AT_B = UnitPosition.at("b");
    private static final double ROUTE_MIN = 30 / Fixtures.SPEED_KMH * 60;

    private static Scenario scenario(Defender def) {
        BreachDoctrine d = Fixtures.doctrine(0, 0, false).toBuilder().locateProbability(0).ewStrength(0)
                .contactHaltMin(Distribution.fixed(0)).build();
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 200, 0, EngineerAssets.NONE));
        return Fixtures.scenario(Terrain.FOREST, cols, List.of(), d).withDefender(def).withClock(Clock.ALWAYS_DAY);
    }

    @Test
    void theKindsFiguresAreTheDefault() {
        Sensor s = Sensor.builder().id("r").kind(SensorKind.GROUND_RADAR).build();
        assertEquals(SensorKind.GROUND_RADAR.movingFactor(), s.movingFactor());
        assertEquals(SensorKind.GROUND_RADAR.smokeFactor(), s.smokeFactor());
        FireUnit f = FireUnit.builder().id("f").kind(FireUnitKind.MORTAR).build();
        assertEquals(FireUnitKind.MORTAR.signature(), f.signature());
        assertEquals(FireUnitKind.MORTAR.nightFactor(), f.nightFactor());
        // a copy to another kind takes that kind's figures unless they were set
        assertEquals(FireUnitKind.ATGM_TEAM.signature(), f.toBuilder().kind(FireUnitKind.ATGM_TEAM).build()
                .signature());
        assertEquals(0.05, f.toBuilder().signature(0.05).build().toBuilder().kind(FireUnitKind.ATGM_TEAM).build()
                .signature());
    }

    @Test
    void aSensorsOwnMovingFactorSetsTheEarlyWarningRate() {
        // moving factor 4 (the radar kind's is 2): mean time to the first detection 60 / (6 x 4) = 2.5 min
        Sensor radar = Sensor.builder().id("radar").kind(SensorKind.GROUND_RADAR).position(AT_B).rangeKm(100)
                .detectionsPerHour(6).movingFactor(4).build();
        CrossingPlan plan = CrossingPlan.compile(scenario(Defender.builder().sensors(radar).build()), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(4));
        int reps = 2000;
        double sum = 0;
        int seen = 0;
        for (int r = 0; r < reps; r++) {
            double[] first = {Double.NaN};
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.ColumnDetected w && Double.isNaN(first[0])) {
                    first[0] = w.timeMin();
                }
            });
            if (!Double.isNaN(first[0])) {
                sum += first[0];
                seen++;
            }
        }
        double mean = 60 / (6 * 4.0);
        assertTrue(seen > reps * 0.99, "seen in the 45 minutes almost always: " + seen);
        assertEquals(mean, sum / seen, 3 * mean / Math.sqrt(seen), "exponential mean of the unit's moving rate");
    }

    @Test
    void aFireUnitsOwnMovingTargetFactorSetsItsKillsOnTheMarch() {
        // as InterdictionTest's analytic case: E[N] engagements; kills E[N] x 0.5 x the unit's factor (0.9, the
        // artillery kind's is 0.3)
        double ls = 6 / 60.0;
        double lf = 12 / 60.0;
        double tPrime = ROUTE_MIN - 5;
        double pArmed = 1 - Math.exp(-ls * tPrime);
        double expected = pArmed + lf * (tPrime - pArmed / ls);
        Sensor op = Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST).position(AT_B).rangeKm(100)
                .detectionsPerHour(6).build();
        FireUnit art = FireUnit.builder().id("art").kind(FireUnitKind.ARTILLERY).position(AT_B).rangeKm(100)
                .reactionMin(Distribution.fixed(5)).engagementsPerHour(12).ammunition(10_000).pKillArmoured(0.5)
                .pKillLight(0.7).ownDetectionsPerHour(0).counterFireKillProbability(0).movingTargetFactor(0.9)
                .build();
        CrossingPlan plan = CrossingPlan.compile(scenario(Defender.builder().sensors(op).fireUnits(art).build()),
                "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(5));
        int reps = 3000;
        long shots = 0;
        long kills = 0;
        for (int r = 0; r < reps; r++) {
            long[] n = new long[2];
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.MarchEngagement g) {
                    n[0]++;
                    n[1] += g.killed() ? 1 : 0;
                }
            });
            shots += n[0];
            kills += n[1];
        }
        double pk = 0.5 * 0.9;
        assertEquals(expected, shots / (double) reps, 0.05 * expected, "engagements on the march");
        double perShot = kills / (double) shots;
        assertEquals(pk, perShot, 3 * Math.sqrt(pk * (1 - pk) / shots), "kills per engagement: the unit's factor");
    }
}
