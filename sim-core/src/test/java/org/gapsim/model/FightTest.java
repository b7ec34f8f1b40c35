package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Clock;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.DragonsTeeth;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.Fuze;
import org.gapsim.scenario.MineLayout;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.gapsim.scenario.VehicleGroup;
import org.junit.jupiter.api.Test;

/**
 * The defender's fight at a breach site (issue 11): detection against its analytic mean, the doctrinal directions
 * (more sensors, shooters, ammunition: more delay and losses; smoke and suppression: fewer), carriers and their
 * assets lost, spares, failed breaches and adaptation, culmination, misfires, night work. Comparisons are paired on
 * common random numbers (same seed, same replication indices).
 */
class FightTest {
    /** The obstacle's own spot: segment ab at 8 km. */
    private static final UnitPosition AT_SITE = UnitPosition.on("ab", 8);
    private static final double EPS = 1e-6;

    /** No smoke, nobody located, everything else the default: the defender's side alone acts. */
    private static BreachDoctrine.Builder quiet() {
        return Fixtures.doctrine(0, 0, false).toBuilder().smokeMin(Distribution.fixed(0)).locateProbability(0);
    }

    private static Sensor op(String id, double perHour) {
        return Sensor.builder().id(id).kind(SensorKind.OBSERVATION_POST).position(AT_SITE).rangeKm(1)
                .detectionsPerHour(perHour).build();
    }

    /**
     * @return {@code s} moved ahead of the ditch at 8 km with its range cut to its distance from it: it reaches the
     *         site but watches none of the approach, so its clock starts at the halt
     */
    private static Sensor atEdge(Sensor s) {
        Sensor far = s.toBuilder().position(UnitPosition.on("ab", 9)).rangeKm(5).build();
        Scenario probe = scenario(List.of(Fixtures.column("c1", 5, 0, EngineerAssets.NONE)),
                List.of(ditch("ditch", 8)), quiet().build(), Defender.builder().sensors(far).build());
        double distanceKm = 5 - CrossingPlan.compile(probe, "fort").defence().sensorApproachKm[0][0];
        return far.toBuilder().rangeKm(distanceKm).build();
    }

    private static FireUnit.Builder atgm(String id) {
        return FireUnit.builder().id(id).kind(FireUnitKind.ATGM_TEAM).position(AT_SITE).rangeKm(1)
                .reactionMin(Distribution.fixed(2)).engagementsPerHour(12).ammunition(6).pKillArmoured(0.5)
                .pKillLight(0.7).ownDetectionsPerHour(0).counterFireKillProbability(0.5);
    }

    private static Scenario scenario(List<ColumnSpec> cols, List<Obstacle> obstacles, BreachDoctrine d,
                                     Defender defender) {
        return Fixtures.scenario(Terrain.FOREST, cols, obstacles, d).withDefender(defender);
    }

    private static Obstacle ditch(String id, double km) {
        return new AntiTankDitch(id, "ab", km, Coverage.UNOBSERVED, 0, 6, 3, 500);
    }

    private static List<ModelEvent> events(Scenario s, long seed, int r) {
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(seed)), r, out::add);
        return out;
    }

    /** @return [mean fire losses, mean closure (censored at the horizon), minutes] over {@code reps} */
    private static double[] lossesAndClosure(Scenario s, long seed, int reps) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(seed));
        double lost = 0;
        double closure = 0;
        for (int r = 0; r < reps; r++) {
            ReplicationResult res = Replications.run(plan, streams, r);
            lost += res.losses(LossCause.FIRE);
            closure += res.reached() ? res.closureMin() : s.horizonMin();
        }
        return new double[] {lost / reps, closure / reps};
    }

    @Test
    void aSensorsMeanTimeToDetectIsOneOverItsRate() {
        // a long decision delay keeps the column at the site: the detection delay is exponential at 6/h
        double perHour = 6;
        Scenario s = scenario(List.of(Fixtures.column("c1", 5, 0, Fixtures.engineers(0, 0, 1, 18.3, 5))),
                List.of(ditch("ditch", 8)), quiet().decisionDelayMin(Distribution.fixed(2000)).build(),
                Defender.builder().sensors(atEdge(op("op", perHour))).build());
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(3));
        int reps = 4000;
        double sum = 0;
        for (int r = 0; r < reps; r++) {
            double[] halt = {Double.NaN};
            double[] seen = {Double.NaN};
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.ObstacleDetected d && Double.isNaN(halt[0])) {
                    halt[0] = d.timeMin();
                } else if (e instanceof ModelEvent.SiteDetected d) {
                    seen[0] = d.timeMin();
                }
            });
            sum += seen[0] - halt[0];
        }
        double mean = 60 / perHour;
        assertEquals(mean, sum / reps, 2.576 * mean / Math.sqrt(reps), "exponential mean 60 / rate");
    }

    @Test
    void attackerEwSlowsAUavAndTheDefendersProtectionRestoresIt() {
        double perHour = 6;
        Sensor uav = atEdge(op("uav", perHour).toBuilder().kind(SensorKind.UAV).build());
        BreachDoctrine full = quiet().decisionDelayMin(Distribution.fixed(5000)).ewStrength(1).build();
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 5, 0, Fixtures.engineers(0, 0, 1, 18.3, 5)));
        double jammed = meanDetection(scenario(cols, List.of(ditch("ditch", 8)), full,
                Defender.builder().sensors(uav).build()));
        double protectedUav = meanDetection(scenario(cols, List.of(ditch("ditch", 8)), full,
                Defender.builder().sensors(uav).electronicProtection(1).build()));
        int reps = 3000;
        double slow = 60 / (perHour * SensorKind.UAV.ewFactor());
        assertEquals(slow, jammed, 2.576 * slow / Math.sqrt(reps), "rate x (1 - ewStrength (1 - 0.3))");
        assertEquals(10, protectedUav, 2.576 * 10 / Math.sqrt(reps), "full protection cancels the EW");
    }

    private static double meanDetection(Scenario s) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(9));
        double sum = 0;
        int reps = 3000;
        for (int r = 0; r < reps; r++) {
            double[] t = {Double.NaN, Double.NaN};
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.ObstacleDetected d && Double.isNaN(t[0])) {
                    t[0] = d.timeMin();
                } else if (e instanceof ModelEvent.SiteDetected d) {
                    t[1] = d.timeMin();
                }
            });
            sum += t[1] - t[0];
        }
        return sum / reps;
    }

    /** Ten tanks, the first two carrying one earth mover each, at a covered belt of dragon's teeth. */
    private static Scenario teeth(Defender defender, BreachDoctrine d) {
        EngineerAssets em = EngineerAssets.builder()
                .earthMovers(new EngineerAssets.EarthMovers(2, 4, 1, "tank")).build();
        Obstacle teeth = new DragonsTeeth("teeth", "ab", 8, Coverage.UNOBSERVED, 0, 30, 500);
        return scenario(List.of(Fixtures.column("c1", 10, 0, em)), List.of(teeth),
                d.toBuilder().methods(Map.of(ObstacleKind.DRAGONS_TEETH,
                        List.of(BreachMethod.EARTH_MOVER, BreachMethod.MANUAL))).build(), defender);
    }

    @Test
    void moreShootersMoreAmmunitionAndMoreSensorsGiveMoreLossesAndDelay() {
        BreachDoctrine d = quiet().decisionDelayMin(Distribution.fixed(10)).build();
        Defender one = Defender.builder().sensors(op("op", 2)).fireUnits(atgm("a1").build()).build();
        Defender two = Defender.builder().sensors(op("op", 2)).fireUnits(atgm("a1").build(), atgm("a2").build())
                .build();
        Defender moreAmmo = Defender.builder().sensors(op("op", 2)).fireUnits(atgm("a1").ammunition(20).build())
                .build();
        Defender moreEyes = Defender.builder().sensors(op("op", 2), op("op2", 2)).fireUnits(atgm("a1").build())
                .build();
        int reps = 400;
        double[] base = lossesAndClosure(teeth(one, d), 5, reps);
        double[] shooters = lossesAndClosure(teeth(two, d), 5, reps);
        double[] ammo = lossesAndClosure(teeth(moreAmmo, d), 5, reps);
        double[] eyes = lossesAndClosure(teeth(moreEyes, d), 5, reps);
        double[] none = lossesAndClosure(teeth(Defender.NONE, d), 5, reps);
        assertEquals(0, none[0], "no defender, no losses to fire");
        assertTrue(base[0] > 0.5 && base[1] > none[1], "a defended breach costs vehicles and time: " + base[0]);
        assertTrue(shooters[0] > base[0] && shooters[1] > base[1], "more shooters " + shooters[0] + " " + shooters[1]);
        assertTrue(ammo[0] > base[0] && ammo[1] > base[1], "more ammunition " + ammo[0] + " " + ammo[1]);
        assertTrue(eyes[0] > base[0] && eyes[1] >= base[1], "more sensors " + eyes[0] + " " + eyes[1]);
    }

    @Test
    void smokeAndSuppressionLowerLossesAndDelay() {
        Defender def = Defender.builder().sensors(op("op", 4)).fireUnits(atgm("a1").ammunition(10).build()).build();
        BreachDoctrine plain = quiet().decisionDelayMin(Distribution.fixed(10)).build();
        BreachDoctrine smoke = plain.toBuilder().smokeMin(Distribution.fixed(600)).build();
        BreachDoctrine suppress = plain.toBuilder().locateProbability(1).suppressionMin(Distribution.fixed(60))
                .build();
        int reps = 400;
        double[] base = lossesAndClosure(teeth(def, plain), 8, reps);
        double[] smoked = lossesAndClosure(teeth(def, smoke), 8, reps);
        double[] suppressed = lossesAndClosure(teeth(def, suppress), 8, reps);
        assertTrue(smoked[0] < base[0] && smoked[1] < base[1], "smoke " + smoked[0] + " vs " + base[0]);
        assertTrue(suppressed[0] < base[0] && suppressed[1] < base[1],
                "suppression " + suppressed[0] + " vs " + base[0]);
    }

    @Test
    void aSensorWatchingTheApproachIsCuedByTheHaltWithTheProbabilityOfItsTimeInCoverage() {
        // an OP (no EW factor) at the site with a 6 km range watches the head's last 6 km: at a fixed speed v the
        // hazard at the halt is rate x 6 km / v, so P(site reported at the halt) = 1 - exp(-rate x 6 / v) and the
        // mean delay after the halt is exp(-rate x 6 / v) / rate (memoryless)
        double perHour = 6;
        Sensor uav = op("op", perHour).toBuilder().rangeKm(6).build();
        Scenario s = scenario(List.of(Fixtures.column("c1", 5, 0, Fixtures.engineers(0, 0, 1, 18.3, 5))),
                List.of(ditch("ditch", 8)), quiet().decisionDelayMin(Distribution.fixed(5000)).build(),
                Defender.builder().sensors(uav).build());
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        assertEquals(6, plan.defence().sensorApproachKm[0][0], EPS, "a unit at the site: its whole range");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(5));
        int reps = 3000;
        int atHalt = 0;
        double sum = 0;
        double approachMin = Double.NaN;
        for (int r = 0; r < reps; r++) {
            double[] t = {Double.NaN, Double.NaN, Double.NaN};
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.ObstacleDetected d && Double.isNaN(t[0])) {
                    t[0] = d.timeMin();
                } else if (e instanceof ModelEvent.SiteDetected d) {
                    t[1] = d.timeMin();
                }
            });
            approachMin = t[0] * 6 / 8;   // the head drove the 8 km to the ditch at one speed from time 0
            atHalt += t[1] == t[0] ? 1 : 0;
            sum += t[1] - t[0];
        }
        double rate = perHour / 60;
        double p = 1 - Math.exp(-rate * approachMin);
        assertTrue(p > 0.2 && p < 0.95, "a real cue probability: " + p);
        assertEquals(p, atHalt / (double) reps, 2.576 * Math.sqrt(p * (1 - p) / reps), "cued by the halt");
        double mean = Math.exp(-rate * approachMin) / rate;
        assertEquals(mean, sum / reps, 2.576 * (1 / rate) / Math.sqrt(reps), "memoryless remainder");
    }

    @Test
    void smokeLaidFromTheHaltSlowsDetectionDuringTheDecisionDelay() {
        // smoke from the halt for the whole (long) decision delay: an OP's rate x its smoke factor 0.2, so the mean
        // detection delay is 60 / (6 x 0.2) = 50 min (smoke from the start of reduction would give 10 min)
        double perHour = 6;
        BreachDoctrine d = quiet().decisionDelayMin(Distribution.fixed(5000)).smokeMin(Distribution.fixed(10))
                .build();
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 5, 0, Fixtures.engineers(0, 0, 1, 18.3, 5)));
        double mean = meanDetection(scenario(cols, List.of(ditch("ditch", 8)), d,
                Defender.builder().sensors(atEdge(op("op", perHour))).build()));
        double expected = 60 / (perHour * SensorKind.OBSERVATION_POST.smokeFactor());
        assertEquals(expected, mean, 2.576 * expected / Math.sqrt(3000), "smoke from the halt");
    }

    @Test
    void aPreparationDelaysReductionToItsEndAndDestroysKnownUnitsWithTheirKillProbability() {
        // decision delay 10 min, preparation 30 min. A known unit (probability 0.5) is prepared against from the edge
        // of its reach on the road, short of the teeth: the column halts there (suppression published at the hold), the
        // head reaches the teeth 30 min plus that distance at 40 km/h later and reduction starts after the decision delay;
        // an unknown unit gives no hold: the preparation is at the site and reduction starts 30 min after the halt
        // (max of the two). Nothing sees or fires on the breach force before it is at the site, or before the site
        // preparation's end; a known unit destroyed by a mission with 0.6 dies at the preparation's end in 0.3 of
        // the replications (analytic), and the known units' fire costs fewer vehicles (paired on CRN)
        FireUnit a1 = atgm("a1").knownProbability(0.5).counterFireKillProbability(0.6).build();
        Defender def = Defender.builder().sensors(op("op", 4)).fireUnits(a1).build();
        BreachDoctrine prep = quiet().decisionDelayMin(Distribution.fixed(10)).preparationMin(30).build();
        Scenario s = teeth(def, prep);
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(21));
        int reps = 2000;
        int destroyed = 0;
        int held = 0;
        double moveUpMin = (8 - plan.defence().roadCover(s.network().segment("ab").orElseThrow()).fireFromKm[0])
                / Fixtures.SPEED_KMH * 60;
        for (int r = 0; r < reps; r++) {
            double[] t = {Double.NaN, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY, Double.NaN,
                Double.POSITIVE_INFINITY};
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.ObstacleDetected o && Double.isNaN(t[0])) {
                    t[0] = o.timeMin();
                } else if (e instanceof ModelEvent.BreachStarted b && Double.isNaN(t[1])) {
                    t[1] = b.timeMin();
                } else if (e instanceof ModelEvent.UnitDestroyed u) {
                    t[2] = u.timeMin();
                } else if (e instanceof ModelEvent.UnitSuppressed u && Double.isNaN(t[4])) {
                    t[4] = u.timeMin();
                } else if (e instanceof ModelEvent.SiteDetected || e instanceof ModelEvent.Engagement) {
                    t[3] = Math.min(t[3], e.timeMin());
                } else if (e instanceof ModelEvent.MarchEngagement) {
                    t[5] = Math.min(t[5], e.timeMin());
                }
            });
            boolean hold = !Double.isNaN(t[4]) && t[4] < t[0];
            if (hold) {
                held++;
                assertEquals(30 + moveUpMin, t[0] - t[4], 1e-6, "the head moves up when the preparation ends");
                assertEquals(10, t[1] - t[0], EPS, "prepared already: reduction after the decision delay");
                assertTrue(Math.min(t[3], t[5]) >= t[4] + 30 - EPS, "nothing fires on the column held out of reach: "
                        + (Math.min(t[3], t[5]) - t[4]));
            } else {
                assertTrue(t[3] >= t[0] + 30 - EPS, "out of reach through the preparation: " + (t[3] - t[0]));
                assertEquals(30, t[1] - t[0], EPS, "reduction waits for the preparation");
            }
            if (!Double.isNaN(t[2])) {
                assertTrue(hold, "only a known unit is destroyed by the preparation");
                assertEquals(30, t[2] - t[4], EPS, "destroyed at the preparation's end");
                destroyed++;
            }
        }
        assertEquals(0.5, held / (double) reps, 2.576 * Math.sqrt(0.25 / reps), "held when known");
        double p = 0.5 * 0.6;
        assertEquals(p, destroyed / (double) reps, 2.576 * Math.sqrt(p * (1 - p) / reps), "known x kill");
        Defender unknown = Defender.builder().sensors(op("op", 4))
                .fireUnits(a1.toBuilder().knownProbability(0).build()).build();
        Defender known = Defender.builder().sensors(op("op", 4))
                .fireUnits(a1.toBuilder().knownProbability(1).build()).build();
        double lostUnknown = lossesAndClosure(teeth(unknown, prep), 6, 400)[0];
        double lostKnown = lossesAndClosure(teeth(known, prep), 6, 400)[0];
        assertTrue(lostKnown < lostUnknown, "a known defender loses its fire: " + lostKnown + " vs " + lostUnknown);
    }

    @Test
    void aDestroyedUnitNeverEngagesAfterItsDestructionOnTheMarchOrAtTheSite() {
        // a fight is worked out whole at the head's arrival and a move on the march at its start, so the two may
        // overlap in time (the column moves on while its tail still passes the lanes); a unit destroyed by either
        // (counter-fire, every engagement located) is destroyed no earlier than its last engagement worked out by the
        // other (Defence.destroy): no engagement of a unit is ever later than its destruction
        FireUnit a1 = atgm("a1").rangeKm(4).ammunition(500).engagementsPerHour(30).pKillArmoured(0.02)
                .counterFireKillProbability(0.1).build();
        Defender def = Defender.builder().sensors(op("op", 30).toBuilder().rangeKm(4).build()).fireUnits(a1).build();
        BreachDoctrine d = quiet().decisionDelayMin(Distribution.fixed(10)).suppression(true).locateProbability(1)
                .build();
        EngineerAssets em = EngineerAssets.builder()
                .earthMovers(new EngineerAssets.EarthMovers(2, 4, 1, "tank")).build();
        Obstacle teeth = new DragonsTeeth("teeth", "ab", 8, Coverage.UNOBSERVED, 0, 30, 500);
        Scenario s = scenario(List.of(Fixtures.column("c1", 80, 0, em)), List.of(teeth),
                d.toBuilder().methods(Map.of(ObstacleKind.DRAGONS_TEETH,
                        List.of(BreachMethod.EARTH_MOVER, BreachMethod.MANUAL))).build(), def);
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(23));
        int destroyed = 0;
        for (int r = 0; r < 400; r++) {
            double[] t = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.UnitDestroyed u) {
                    t[0] = Math.min(t[0], u.timeMin());
                } else if (e instanceof ModelEvent.Engagement || e instanceof ModelEvent.MarchEngagement) {
                    t[1] = Math.max(t[1], e.timeMin());
                }
            });
            if (t[0] < Double.POSITIVE_INFINITY) {
                destroyed++;
                assertTrue(t[1] <= t[0] + EPS, "run " + r + ": engaged at " + t[1] + " after destroyed at " + t[0]);
            }
        }
        assertTrue(destroyed > 50, "counter-fire destroys the unit in many runs: " + destroyed);

    }

    @Test
    void depthMoreDefendedBeltsMoreDelay() {
        Defender def = Defender.builder().sensors(op("op", 4), op("op2", 4).toBuilder().position(
                UnitPosition.on("ab", 12)).build()).build();
        BreachDoctrine d = quiet().decisionDelayMin(Distribution.fixed(10)).manualUnderFireFactor(0.1).build();
        List<ColumnSpec> cols = List.of(Fixtures.column("c1", 5, 0, EngineerAssets.NONE));
        double one = lossesAndClosure(scenario(cols, List.of(ditch("d1", 8)), d, def), 4, 100)[1];
        double two = lossesAndClosure(scenario(cols, List.of(ditch("d1", 8), ditch("d2", 12)), d, def), 4, 100)[1];
        assertTrue(two > one + 20, "a second belt adds at least its decision delay and work: " + one + " " + two);
    }

    @Test
    void aLostCarrierStopsItsLaneAndTheSpareTakesOverAfterTheReplacementTime() {
        // detection at once, one engagement 2 min later that always kills a breach asset: either the working
        // carrier (lane late by exactly the replacement time) or the spare (no delay)
        double replace = 25;
        FireUnit sure = atgm("a1").ammunition(1).pKillArmoured(1).build();
        Defender def = Defender.builder().sensors(atEdge(op("op", 1e6))).fireUnits(sure).build();   // no fire on the approach
        BreachDoctrine d = quiet().assetReplaceMin(Distribution.fixed(replace)).build();
        double work = 30 / 1.0;   // 30 m of teeth at 1 m/min
        Scenario s = teeth(def, d);
        int sawDelay = 0;
        int sawNone = 0;
        for (int r = 0; r < 40; r++) {
            List<ModelEvent> ev = events(s, 12, r);
            double halt = ev.stream().filter(e -> e instanceof ModelEvent.BreachStarted).findFirst().orElseThrow()
                    .timeMin();
            ModelEvent.Engagement shot = (ModelEvent.Engagement) ev.stream()
                    .filter(e -> e instanceof ModelEvent.Engagement).findFirst().orElseThrow();
            double open = ev.stream().filter(e -> e instanceof ModelEvent.LaneOpened).findFirst().orElseThrow()
                    .timeMin();
            long assets = ev.stream().filter(e -> e instanceof ModelEvent.AssetLost a
                    && a.asset().equals("earth-mover")).count();
            assertTrue(shot.killed());
            assertEquals(1, assets, "the earth mover is lost with its carrier");
            if (shot.vehicle() == 0) {
                assertEquals(halt + work + replace, open, 1e-3, "replacement time + remaining work");
                sawDelay++;
            } else {
                assertEquals(1, shot.vehicle(), "the spare is the other breach asset");
                assertEquals(halt + work, open, 1e-3);
                sawNone++;
            }
        }
        assertTrue(sawDelay > 5 && sawNone > 5, sawDelay + " " + sawNone);
    }

    @Test
    void aBreachWhoseCarriersAreAllKilledFailsAndTheColumnGoesOnByHand() {
        FireUnit sure = atgm("a1").ammunition(2).pKillArmoured(1).engagementsPerHour(600).build();
        Defender def = Defender.builder().sensors(atEdge(op("op", 1e6))).fireUnits(sure).build();   // no fire on the approach
        List<ModelEvent> ev = events(teeth(def, quiet().build()), 2, 0);
        List<ModelEvent> breach = ev.stream().filter(e -> e instanceof ModelEvent.BreachStarted
                || e instanceof ModelEvent.BreachFailed).toList();
        assertEquals(BreachMethod.EARTH_MOVER, ((ModelEvent.BreachStarted) breach.get(0)).method());
        ModelEvent.BreachFailed f = (ModelEvent.BreachFailed) breach.get(1);
        assertEquals(BreachMethod.EARTH_MOVER, f.method());
        assertEquals(1, f.attempt());
        assertEquals(BreachMethod.MANUAL, ((ModelEvent.BreachStarted) breach.get(2)).method());
        assertEquals(2, ev.stream().filter(e -> e instanceof ModelEvent.AssetLost).count());
        assertTrue(ev.stream().anyMatch(e -> e instanceof ModelEvent.ColumnArrived), "it gets through by hand");
    }

    @Test
    void afterMaxBreachAttemptsTheColumnTurnsBackIfItCanElseCulminatesAndNothingIsLeftPending() {
        FireUnit sure = atgm("a1").ammunition(2).pKillArmoured(1).engagementsPerHour(600).build();
        Defender def = Defender.builder().sensors(atEdge(op("op", 1e6))).fireUnits(sure).build();   // no fire on the approach
        Scenario s = teeth(def, quiet().maxBreachAttempts(1).build());
        // a way round (A-D-C): it turns back when the breach fails and arrives by it
        List<ModelEvent> round = events(s, 2, 0);
        ModelEvent.BreachFailed f = (ModelEvent.BreachFailed) round.stream()
                .filter(e -> e instanceof ModelEvent.BreachFailed).findFirst().orElseThrow();
        ModelEvent.Rerouted back = (ModelEvent.Rerouted) round.stream()
                .filter(e -> e instanceof ModelEvent.Rerouted).findFirst().orElseThrow();
        assertEquals(f.timeMin(), back.timeMin(), EPS, "it turns back when the breach fails for good");
        assertTrue(back.route().contains("d"), back.route().toString());
        assertTrue(round.stream().anyMatch(e -> e instanceof ModelEvent.ColumnArrived), "by A-D-C");
        assertFalse(round.stream().anyMatch(e -> e instanceof ModelEvent.ColumnHalted));
        assertTimeOrdered(round);
        // no way round: it culminates at the failure, and nothing is left pending
        List<ModelEvent> ev = events(withoutDetour(s), 2, 0);
        ModelEvent last = ev.get(ev.size() - 1);
        assertTrue(last instanceof ModelEvent.ColumnHalted h && h.reason().equals("culminated"), last.toString());
        assertEquals(1, ev.stream().filter(e -> e instanceof ModelEvent.BreachFailed).count());
        assertEquals(ev.stream().filter(e -> e instanceof ModelEvent.BreachFailed).findFirst().orElseThrow()
                .timeMin(), last.timeMin(), EPS);
        assertTimeOrdered(ev);
    }

    private static void assertTimeOrdered(List<ModelEvent> ev) {
        for (int i = 1; i < ev.size(); i++) {
            assertTrue(ev.get(i).timeMin() >= ev.get(i - 1).timeMin(), "time order at " + ev.get(i));
        }
    }

    /** @return {@code s} without the A-D-C detour: only A-B-C is left */
    private static Scenario withoutDetour(Scenario s) {
        RoadNetwork n = s.network();
        RoadNetwork ab = new RoadNetwork(n.places().stream().filter(p -> !p.id().equals("d")).toList(),
                n.segments().stream().filter(g -> g.id().equals("ab") || g.id().equals("bc")).toList());
        return s.toBuilder().network(ab).build();
    }

    @Test
    void aColumnHaltedByLossesUnderFireLeavesNoLaterEvent() {
        FireUnit deadly = atgm("a1").ammunition(100).pKillArmoured(1).engagementsPerHour(60).build();
        Defender def = Defender.builder().sensors(op("op", 60)).fireUnits(deadly).build();
        ColumnSpec fragile = new ColumnSpec("c1", null, List.of(new VehicleGroup("tank", 10)), 100, "a", 0, "c",
                List.of("a", "b", "c"), EngineerAssets.NONE, 0.7);
        Scenario s = scenario(List.of(fragile), List.of(ditch("ditch", 8)), quiet().build(), def);
        for (int r = 0; r < 20; r++) {
            List<ModelEvent> ev = events(s, 6, r);
            ModelEvent last = ev.get(ev.size() - 1);
            assertTrue(last instanceof ModelEvent.ColumnHalted h && h.reason().equals("combat ineffective"),
                    "rep " + r + ": " + last);
            assertEquals(4, ev.stream().filter(e -> e instanceof ModelEvent.VehicleLost).count());
            assertEquals(0, ev.stream().filter(e -> e instanceof ModelEvent.LaneOpened).count());
            for (int i = 1; i < ev.size(); i++) {
                assertTrue(ev.get(i).timeMin() >= ev.get(i - 1).timeMin(), "time order");
            }
        }
    }

    @Test
    void misfiresAddTheirProbabilityTimesThePrimingTime() {
        double p = 0.4;
        double priming = 10;
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, 0.5, Fuze.FULL_WIDTH,
                MineLayout.RANDOM);
        EngineerAssets.LineCharges sure = new EngineerAssets.LineCharges(10, 100, 8, Distribution.fixed(2), 1.0);
        EngineerAssets.LineCharges misfiring = sure.toBuilder().misfireProbability(p)
                .primingMin(Distribution.fixed(priming)).build();
        BreachDoctrine d = Fixtures.doctrine(1, 0, false);
        Scenario base = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 3, 0,
                EngineerAssets.builder().lineCharges(sure).build())), List.of(field), d);
        Scenario mis = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 3, 0,
                EngineerAssets.builder().lineCharges(misfiring).build())), List.of(field), d);
        int reps = 3000;
        double extra = 0;
        int misfires = 0;
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> a = events(base, 7, r);
            List<ModelEvent> b = events(mis, 7, r);
            extra += laneOpen(b) - laneOpen(a);
            misfires += (int) b.stream().filter(e -> e instanceof ModelEvent.ChargeMisfired m && !m.wasted()).count();
        }
        assertEquals(p * priming, extra / reps, 2.576 * priming * Math.sqrt(p * (1 - p) / reps));
        assertEquals(misfires * priming / reps, extra / reps, EPS, "each misfire costs exactly its priming");
    }

    private static double laneOpen(List<ModelEvent> ev) {
        return ev.stream().filter(e -> e instanceof ModelEvent.LaneOpened).findFirst().orElseThrow().timeMin();
    }

    @Test
    void manualClearanceAtNightOnlyProgressesOnlyAtNight() {
        // start at noon, night from 18:00 (t = 360 min); detection at once; 6 m ditch by hand at 0.25 m/min =
        // 24 min of work by day, x 1.5 at night, none by day once detected
        Defender def = Defender.builder().sensors(op("op", 1e6)).build();
        BreachDoctrine d = quiet().manualAtNightOnly(true).build();
        Scenario s = scenario(List.of(Fixtures.column("c1", 3, 0, EngineerAssets.NONE)), List.of(ditch("ditch", 8)),
                d, def).withClock(new Clock(12, 6, 18));
        List<ModelEvent> ev = events(s, 1, 0);
        double open = laneOpen(ev);
        assertEquals(360 + 24 * 1.5, open, 0.01, "all the work at night, 1.5 times slower");
        Scenario day = scenario(List.of(Fixtures.column("c1", 3, 0, EngineerAssets.NONE)),
                List.of(ditch("ditch", 8)), quiet().build(), def).withClock(new Clock(12, 6, 18));
        double halt = events(day, 1, 0).stream().filter(e -> e instanceof ModelEvent.BreachStarted).findFirst()
                .orElseThrow().timeMin();
        assertEquals(halt + 24, laneOpen(events(day, 1, 0)), 0.01, "by day without the rule: 24 minutes");
    }

    @Test
    void aFightIsTheSameEveryTimeItIsRun() {
        Defender def = Defender.builder().sensors(op("op", 4)).fireUnits(atgm("a1").build()).build();
        Scenario s = teeth(def, Fixtures.doctrine(0, 5, false));
        int fights = 0;
        for (int r = 0; r < 10; r++) {
            List<ModelEvent> a = events(s, 10, r);
            List<ModelEvent> b = events(s, 10, r);
            assertEquals(a.size(), b.size());
            for (int i = 0; i < a.size(); i++) {
                if (!(a.get(i) instanceof ModelEvent.ColumnArrived)) {
                    assertEquals(a.get(i), b.get(i));
                }
            }
            fights += a.stream().anyMatch(e -> e instanceof ModelEvent.Engagement) ? 1 : 0;
        }
        assertTrue(fights > 0, "some replications fight");
    }

    /** A dense field, one lane, line charges that clear nothing: vehicles die to mines left in the lane. */
    private static Scenario dirtyLane(Defender def, double recoveryMin, double density, Coverage coverage) {
        Obstacle field = new Minefield("mf", "ab", 8, coverage, 0, 250, 100, 3, density, Fuze.FULL_WIDTH,
                MineLayout.RANDOM);
        EngineerAssets dud = EngineerAssets.builder()
                .lineCharges(new EngineerAssets.LineCharges(10, 100, 8, Distribution.fixed(2), 0.0)).build();
        return scenario(List.of(Fixtures.column("c1", 12, 0, dud)), List.of(field),
                Fixtures.doctrine(1, 0, false).toBuilder().smokeMin(Distribution.fixed(0)).locateProbability(0)
                        .recoveryMin(Distribution.fixed(recoveryMin)).build(), def);
    }

    @Test
    void aVehicleStruckInALaneBlocksItAndTheVehiclesBehindWaitForItsRecovery() {
        // the same replications with and without an ATGM team out of ammunition (it only puts the site under fire,
        // where wrecks block lanes): identical mines and strikes, later closure only through the blocks
        double recovery = 30;
        Defender watch = Defender.builder().sensors(op("op", 0.001)).fireUnits(atgm("dry").ammunition(0).build())
                .build();
        CrossingPlan blocked = CrossingPlan.compile(dirtyLane(watch, recovery, 1.0, Coverage.UNOBSERVED), "fort");
        CrossingPlan free = CrossingPlan.compile(dirtyLane(Defender.NONE, recovery, 1.0, Coverage.UNOBSERVED), "fort");
        int blocks = 0;
        double extra = 0;
        for (int r = 0; r < 200; r++) {
            List<ModelEvent> ev = new ArrayList<>();
            ReplicationResult a = Replications.run(blocked, new ReplicationStreams(new StreamFactory(4)), r, ev::add);
            ReplicationResult b = Replications.run(free, new ReplicationStreams(new StreamFactory(4)), r);
            for (ModelEvent e : ev) {
                if (e instanceof ModelEvent.LaneBlocked l) {
                    assertEquals(recovery, l.untilMin() - l.timeMin(), 1e-9);
                    blocks++;
                }
            }
            if (a.reached() && b.reached()) {
                assertTrue(a.closureMin() >= b.closureMin() - 1e-9, "a block never speeds the column up");
                extra += a.closureMin() - b.closureMin();
            }
        }
        assertTrue(blocks > 20, "blocks " + blocks);
        assertTrue(extra / 200 > 5, "the vehicles behind a wreck wait for its recovery: " + extra / 200);
    }

    @Test
    void atACoveredMinefieldDensityMovesTheDelay() {
        int reps = 200;
        double sparse = lossesAndClosure(dirtyLane(Defender.NONE, 20, 0.3, Coverage.COVERED_BY_FIRE), 13, reps)[1];
        double dense = lossesAndClosure(dirtyLane(Defender.NONE, 20, 3.0, Coverage.COVERED_BY_FIRE), 13, reps)[1];
        assertTrue(dense > sparse + 10, "density 3.0 vs 0.3 AT mines/m: " + dense + " vs " + sparse + " min");
    }

    @Test
    void aDefendedStudyIsBitIdenticalWhateverTheThreadCount() {
        Defender def = Defender.builder().sensors(op("op", 4)).fireUnits(atgm("a1").build(),
                atgm("m1").kind(FireUnitKind.MORTAR).rangeKm(5).build()).build();
        Scenario s = teeth(def, quiet().locateProbability(0.5).build());
        java.util.function.IntFunction<org.gapsim.experiment.ExperimentResult> run = threads ->
                new org.gapsim.experiment.ExperimentRunner(org.gapsim.experiment.Experiment.builder(s)
                        .replications(60).masterSeed(17).threads(threads).batchSize(7).build())
                        .withProgress(org.gapsim.experiment.ProgressListener.silent()).withRowsKept().run();
        org.gapsim.experiment.ExperimentResult one = run.apply(1);
        assertEquals(one, run.apply(4));
        assertTrue(one.rows().stream().anyMatch(r -> r.vehiclesLost() > 0), "the defender fought");
    }

    @Test
    void theFightGoesOnWhileColumnsPassAndAWreckInALaneBlocksIt() {
        // a second column follows the first's lanes through a defended belt: it is engaged too, and a vehicle
        // killed in a lane blocks it for the recovery time
        FireUnit gun = atgm("a1").ammunition(200).pKillArmoured(0.5).engagementsPerHour(120).build();
        Defender def = Defender.builder().sensors(op("op", 30)).fireUnits(gun).build();
        EngineerAssets em = EngineerAssets.builder().earthMovers(new EngineerAssets.EarthMovers(1, 4, 1)).build();
        Obstacle teeth = new DragonsTeeth("teeth", "ab", 8, Coverage.UNOBSERVED, 0, 30, 500);
        Scenario s = scenario(List.of(Fixtures.column("c1", 20, 0, em), Fixtures.column("c2", 20, 30,
                        EngineerAssets.NONE)), List.of(teeth),
                quiet().recoveryMin(Distribution.fixed(15)).laneIntervalM(200).laneSpeedKmh(1).build(), def);
        int followerHit = 0;
        int fireBlocks = 0;
        for (int r = 0; r < 30; r++) {
            List<ModelEvent> ev = events(s, 21, r);
            followerHit += ev.stream().anyMatch(e -> e instanceof ModelEvent.Engagement g && g.column().equals("c2"))
                    ? 1 : 0;
            for (ModelEvent e : ev) {
                if (e instanceof ModelEvent.LaneBlocked b) {
                    assertEquals(15, b.untilMin() - b.timeMin(), 1e-9);
                    assertTrue(ev.stream().anyMatch(x -> x instanceof ModelEvent.VehicleLost l
                            && l.cause() == LossCause.FIRE && l.timeMin() == b.timeMin()), "a fire kill in the lane");
                    fireBlocks++;
                }
            }
            for (int i = 1; i < ev.size(); i++) {
                assertTrue(ev.get(i).timeMin() >= ev.get(i - 1).timeMin(), "time order");
            }
        }
        assertTrue(followerHit > 5, "the follower is engaged while it passes: " + followerHit);
        assertTrue(fireBlocks > 0, "wrecks block lanes: " + fireBlocks);
    }

    @Test
    void aRollerSurvivesItsBlastsThenIsLostAndLeavesTheRestOfTheLaneUnproofed() {
        // proofing with a roller down an uncleared lane: a roller that survives every blast sets off every mine
        // under its footprint; one that survives none is lost at the first and the lane keeps the rest
        Obstacle field = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, 2.0, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
        java.util.function.IntFunction<Scenario> with = blasts -> Fixtures.scenario(Terrain.FOREST,
                List.of(Fixtures.column("c1", 12, 0, EngineerAssets.builder()
                        .lineCharges(new EngineerAssets.LineCharges(10, 100, 8, Distribution.fixed(2), 0.0))
                        .mineRollers(new EngineerAssets.MineRollers(3, blasts, "tank")).build())),
                List.of(field), Fixtures.doctrine(1, 0, false).toBuilder().proofLanes(true).build());
        int strong = 0;
        int weak = 0;
        int rollersLost = 0;
        int strongLost = 0;
        for (int r = 0; r < 200; r++) {
            List<ModelEvent> a = events(with.apply(100), 8, r);
            List<ModelEvent> b = events(with.apply(0), 8, r);
            strong += (int) a.stream().filter(e -> e instanceof ModelEvent.MineStrike m && m.inLane()).count();
            weak += (int) b.stream().filter(e -> e instanceof ModelEvent.MineStrike m && m.inLane()).count();
            strongLost += (int) a.stream().filter(e -> e instanceof ModelEvent.AssetLost l
                    && l.asset().equals("roller")).count();   // only with a pusher killed by a mine in the lane
            rollersLost += (int) b.stream().filter(e -> e instanceof ModelEvent.AssetLost l
                    && l.asset().equals("roller")).count();
        }
        assertTrue(rollersLost > strongLost + 50, "rollers lost at their first blast: "
                + rollersLost + " vs " + strongLost);
        assertTrue(weak > strong, "a lost roller leaves mines for the traffic: " + weak + " vs " + strong);
    }
}
