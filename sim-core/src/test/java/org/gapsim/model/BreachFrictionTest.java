package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
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
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.junit.jupiter.api.Test;

/**
 * The breach's friction and the defender's cohesion (issue 11, third round): plough blade strikes against their
 * analytic probability, the carrier struck with its kill probability, deeper friction in denser fields; the
 * attacker calling a mechanised attempt off after its losses and withdrawing; a defender unit that is not manned.
 * Comparisons are paired on common random numbers (same seed, same replication indices).
 */
class BreachFrictionTest {
    private static final UnitPosition AT_SITE = UnitPosition.on("ab", 8);
    /** A plough's two blades: 2 x 0.8 m of the lane's width meet mines. */
    private static final double BLADES_M = 2 * Breach.PLOUGH_BLADE_WIDTH_M;

    private static EngineerAssets ploughs(int count, double blade) {
        return EngineerAssets.builder().minePloughs(EngineerAssets.MinePloughs.builder().count(count).speedKmh(10)
                .setupMin(Distribution.fixed(3)).clearanceProbability(0.95).carrier("tank")
                .bladeDetonationProbability(blade).build()).build();
    }

    private static Obstacle field(double density) {
        return new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 200, 4, density, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
    }

    /** Known in advance, no delay, one lane, ploughs then hands. */
    private static BreachDoctrine.Builder doctrine() {
        return Fixtures.doctrine(1, 0, false).toBuilder()
                .methods(Map.of(ObstacleKind.MINEFIELD, List.of(BreachMethod.MINE_PLOUGH, BreachMethod.MANUAL)))
                .smokeMin(Distribution.fixed(0)).locateProbability(0)
                .recoveryMin(Distribution.fixed(20)).assetReplaceMin(Distribution.fixed(30));
    }

    private static Scenario ploughScenario(double density, double blade, int count, Defender def) {
        return Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 12, 0, ploughs(count, blade))),
                List.of(field(density)), doctrine().build()).withDefender(def);
    }

    /** A fire unit that reaches the site and never kills: the breach is worked out as a fight. */
    private static Defender harmless() {
        return Defender.builder().fireUnits(FireUnit.builder().id("a1").kind(FireUnitKind.ATGM_TEAM)
                .position(AT_SITE).rangeKm(1).ammunition(0).ownDetectionsPerHour(0).build()).build();
    }

    private static List<ModelEvent> events(Scenario s, long seed, int r) {
        List<ModelEvent> out = new ArrayList<>();
        Replications.run(CrossingPlan.compile(s, "fort"), new ReplicationStreams(new StreamFactory(seed)), r, out::add);
        return out;
    }

    /** @return the time of the first lane opened, or infinity */
    private static double firstOpen(List<ModelEvent> ev) {
        return ev.stream().filter(e -> e instanceof ModelEvent.LaneOpened).mapToDouble(ModelEvent::timeMin)
                .findFirst().orElse(Double.POSITIVE_INFINITY);
    }

    /** @return ploughs lost before the first lane opened (later ones are carriers lost in the passage) */
    private static long ploughsStruck(List<ModelEvent> ev) {
        double open = firstOpen(ev);
        return ev.stream().filter(e -> e instanceof ModelEvent.AssetLost a && a.asset().equals("plough")
                && a.timeMin() < open).count();
    }

    @Test
    void aPloughSurvivesItsLaneWithProbabilityExpOfMinesMetTimesTheBladeProbability() {
        // scattered mines at rho per metre of front: the blades' 1.6 m meet a Poisson(rho x 1.6) number, each sets
        // off with p before it is lifted, so P(no strike) = exp(-rho x 1.6 x p); out of fire and in a fight alike
        double p = 0.3;
        int reps = 1500;
        for (double rho : new double[] {0.5, 1.5}) {
            double expected = Math.exp(-rho * BLADES_M * p);
            for (Defender def : List.of(Defender.NONE, harmless())) {
                Scenario s = ploughScenario(rho, p, 1, def);
                int survived = 0;
                for (int r = 0; r < reps; r++) {
                    survived += ploughsStruck(events(s, 31, r)) == 0 ? 1 : 0;
                }
                double sd = Math.sqrt(expected * (1 - expected) / reps);
                assertEquals(expected, (double) survived / reps, 3.5 * sd,
                        "rho " + rho + (def == Defender.NONE ? " out of fire" : " in a fight"));
            }
        }
    }

    /** @return the events as text, arrays by content */
    private static List<String> text(List<ModelEvent> ev) {
        List<String> out = new ArrayList<>();
        for (ModelEvent e : ev) {
            out.add(e instanceof ModelEvent.ColumnArrived a
                    ? a.toString().replaceAll("\\[D@[0-9a-f]+", java.util.Arrays.toString(a.arrivalTimesMin()))
                    : e.toString());
        }
        return out;
    }

    @Test
    void ploughsLostInOneReplicationAreStillThereInTheNext() {
        // issue 16: a column's carriers start as the plan's shared arrays and are copied on the first loss; a loss
        // written to the shared array would take the plough off every later replication of the plan. Replications
        // run after others that lost ploughs must give what they give run first, on a fresh plan.
        Scenario s = ploughScenario(1.5, 0.3, 1, Defender.NONE);
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(31));
        long struck = 0;
        List<List<ModelEvent>> first = new ArrayList<>();
        for (int r = 0; r < 60; r++) {
            List<ModelEvent> out = new ArrayList<>();
            Replications.run(plan, streams, r, out::add);
            struck += ploughsStruck(out);
            first.add(out);
        }
        assertTrue(struck > 10, "ploughs struck: " + struck);
        for (int r = 59; r >= 0; r -= 7) {
            assertEquals(text(first.get(r)), text(events(s, 31, r)), "replication " + r + " against fresh");
            List<ModelEvent> again = new ArrayList<>();
            Replications.run(plan, streams, r, again::add);
            assertEquals(text(first.get(r)), text(again), "replication " + r + " run again on the same plan");
        }
    }

    @Test
    void denserFieldsExhaustMorePloughsAndBladesThatNeverStrikeChangeNothing() {
        int reps = 300;
        long sparse = 0;
        long dense = 0;
        for (int r = 0; r < reps; r++) {
            sparse += ploughsStruck(events(ploughScenario(0.5, 0.3, 3, harmless()), 5, r));
            dense += ploughsStruck(events(ploughScenario(2.0, 0.3, 3, harmless()), 5, r));
            assertEquals(0, ploughsStruck(events(ploughScenario(2.0, 0, 3, harmless()), 5, r)));
        }
        assertTrue(dense > 2 * sparse && sparse > 0, "ploughs lost: density 2.0 " + dense + ", 0.5 " + sparse);
    }

    @Test
    void aStruckPloughsCarrierIsKilledWithItsMineKillProbabilityAndTheLaneWaitsForTheWreckAndTheSpare() {
        // Fixtures.TANK: kill probability 0.7 for a pressure fuze; a strike adds the later of the wreck's recovery
        // (20 min) and the spare's coming up (30 min), which run at once: 30 min
        int reps = 600;
        long strikes = 0;
        long killed = 0;
        double later = 0;
        int n = 0;
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> ev = events(ploughScenario(1.5, 0.3, 3, harmless()), 9, r);
            List<ModelEvent> calm = events(ploughScenario(1.5, 0, 3, harmless()), 9, r);
            double open = firstOpen(ev);
            long k = ploughsStruck(ev);
            strikes += k;
            killed += ev.stream().filter(e -> e instanceof ModelEvent.VehicleLost l && l.cause() == LossCause.MINE
                    && l.timeMin() < open).count();
            if (k == 1 && open < Double.POSITIVE_INFINITY) {
                later += open - firstOpen(calm);
                n++;
            }
        }
        double pk = Fixtures.TANK.pKill(Fuze.TRACK_WIDTH);
        double sd = Math.sqrt(pk * (1 - pk) / strikes);
        assertTrue(strikes > 200, "strikes " + strikes);
        assertEquals(pk, (double) killed / strikes, 3.5 * sd, "carriers killed per strike");
        assertTrue(n > 50, "single strikes " + n);
        assertEquals(30, later / n, 1e-6, "one strike: the later of the wreck's recovery and the spare's coming up, min");
    }

    /** Dragon's teeth opened by an earth mover (or by hand), under an ATGM team that sees the site at once. */
    private static Scenario teeth(double pKill, double abort, double fights) {
        FireUnit gun = FireUnit.builder().id("a1").kind(FireUnitKind.ATGM_TEAM).position(AT_SITE).rangeKm(1)
                .reactionMin(Distribution.fixed(2)).engagementsPerHour(12).ammunition(30).pKillArmoured(pKill)
                .pKillLight(pKill).ownDetectionsPerHour(0).counterFireKillProbability(0).fightsProbability(fights)
                .build();
        // the observation post sees the site at once but not the approach, so no round is spent on the march
        Sensor far = Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST).position(UnitPosition.on("ab", 9))
                .rangeKm(5).detectionsPerHour(1e6).build();
        Defender def = Defender.builder().sensors(far).fireUnits(gun).build();
        EngineerAssets em = EngineerAssets.builder().earthMovers(new EngineerAssets.EarthMovers(2, 4, 1, "tank"))
                .build();
        Obstacle teeth = new DragonsTeeth("teeth", "ab", 8, Coverage.UNOBSERVED, 0, 60, 500);
        BreachDoctrine d = doctrine().methods(Map.of(ObstacleKind.DRAGONS_TEETH,
                List.of(BreachMethod.EARTH_MOVER, BreachMethod.MANUAL))).decisionDelayMin(Distribution.fixed(10))
                .abortLossFraction(abort).build();
        Scenario probe = Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 20, 0, em)), List.of(teeth),
                d).withDefender(def);
        double edgeKm = 5 - CrossingPlan.compile(probe, "fort").defence().sensorApproachKm[0][0];
        Defender atEdge = Defender.builder().sensors(far.toBuilder().rangeKm(edgeKm).build()).fireUnits(gun).build();
        return probe.withDefender(atEdge);
    }

    private static boolean calledOff(ModelEvent e) {
        return e instanceof ModelEvent.BreachFailed f && f.reason().startsWith("called off");
    }

    @Test
    void moreFireCallsOffMoreAttemptsAndTheColumnIsOutOfReachUntilItsHandDugLaneOpens() {
        int reps = 200;
        int light = 0;
        int heavy = 0;
        for (int r = 0; r < reps; r++) {
            light += events(teeth(0.1, 0.1, 1), 4, r).stream().anyMatch(BreachFrictionTest::calledOff) ? 1 : 0;
            List<ModelEvent> ev = events(teeth(0.6, 0.1, 1), 4, r);
            heavy += ev.stream().anyMatch(BreachFrictionTest::calledOff) ? 1 : 0;
            double off = ev.stream().filter(BreachFrictionTest::calledOff).mapToDouble(ModelEvent::timeMin)
                    .findFirst().orElse(Double.NaN);
            if (!Double.isNaN(off)) {   // 2 losses of 20 call it off; then by hand, the column out of reach
                assertEquals(2, ev.stream().filter(e -> e instanceof ModelEvent.VehicleLost l
                        && l.timeMin() <= off).count());
                double open = ev.stream().filter(e -> e instanceof ModelEvent.LaneOpened && e.timeMin() > off)
                        .mapToDouble(ModelEvent::timeMin).findFirst().orElse(Double.POSITIVE_INFINITY);
                assertTrue(ev.stream().noneMatch(e -> e instanceof ModelEvent.Engagement
                        && e.timeMin() > off && e.timeMin() < open), "no engagement while withdrawn");
                assertTrue(ev.stream().anyMatch(e -> e instanceof ModelEvent.BreachStarted b
                        && b.method() == BreachMethod.MANUAL), "the next method");
            }
            assertTrue(events(teeth(0.6, 0, 1), 4, r).stream().noneMatch(BreachFrictionTest::calledOff), "rule off");
        }
        assertTrue(heavy > light + 20, "called off: heavy fire " + heavy + ", light " + light);
    }

    @Test
    void aUnitFightsWithItsCohesionProbabilityAndALessCohesiveDefenceCostsLessAndDelaysLess() {
        int reps = 400;
        int engaged = 0;
        double lostWeak = 0;
        double lostFull = 0;
        double closureWeak = 0;
        double closureFull = 0;
        CrossingPlan weak = CrossingPlan.compile(teeth(0.5, 0, 0.3), "fort");
        CrossingPlan full = CrossingPlan.compile(teeth(0.5, 0, 1), "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(6));
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> ev = new ArrayList<>();
            ReplicationResult w = Replications.run(weak, streams, r, ev::add);
            engaged += ev.stream().anyMatch(e -> e instanceof ModelEvent.Engagement) ? 1 : 0;
            ReplicationResult f = Replications.run(full, streams, r);
            lostWeak += w.losses(LossCause.FIRE);
            lostFull += f.losses(LossCause.FIRE);
            closureWeak += w.closureMin();
            closureFull += f.closureMin();
        }
        double sd = Math.sqrt(0.3 * 0.7 / reps);
        assertEquals(0.3, (double) engaged / reps, 3.5 * sd, "the unit fights in 30 % of the replications");
        assertTrue(lostWeak < 0.5 * lostFull, "losses " + lostWeak + " vs " + lostFull);
        assertTrue(closureWeak < closureFull, "closure " + closureWeak + " vs " + closureFull);
    }

    /** A minefield cleared by hand (200 min of work), seen at once, under a unit whose rounds are mines. */
    private static Scenario reseeded(int rounds) {
        FireUnit miner = FireUnit.builder().id("raam").kind(FireUnitKind.ARTILLERY).position(AT_SITE).rangeKm(1)
                .reactionMin(Distribution.fixed(20)).engagementsPerHour(2).ammunition(rounds).ownDetectionsPerHour(0)
                .counterFireKillProbability(0).reseedsLanes(true).build();
        Defender def = Defender.builder().sensors(Sensor.builder().id("op").kind(SensorKind.OBSERVATION_POST)
                .position(AT_SITE).rangeKm(1).detectionsPerHour(1e6).build()).fireUnits(miner).build();
        Obstacle mf = new Minefield("mf", "ab", 8, Coverage.UNOBSERVED, 0, 250, 100, 3, 0.5, Fuze.TRACK_WIDTH,
                MineLayout.RANDOM);
        BreachDoctrine d = doctrine().methods(Map.of(ObstacleKind.MINEFIELD, List.of(BreachMethod.MANUAL)))
                .manualUnderFireFactor(1).build();
        return Fixtures.scenario(Terrain.FOREST, List.of(Fixtures.column("c1", 10, 0, EngineerAssets.NONE)),
                List.of(mf), d).withDefender(def);
    }

    @Test
    void reMiningMakesTheLaneBeClearedAgainSoTheBreachTakesLongerAndStrikesNoVehicle() {
        int reps = 100;
        int reseeds = 0;
        double extra = 0;
        for (int r = 0; r < reps; r++) {
            List<ModelEvent> none = events(reseeded(0), 3, r);
            List<ModelEvent> some = events(reseeded(3), 3, r);
            long k = some.stream().filter(e -> e instanceof ModelEvent.LaneReseeded).count();
            reseeds += (int) k;
            double a = firstOpen(some);
            double b = firstOpen(none);
            assertTrue(a >= b, "re-mining never speeds the breach");
            if (k > 0) {
                // the lane's work started again at the last reseed: it opens a whole lane's work (200 min) after it
                double last = some.stream().filter(e -> e instanceof ModelEvent.LaneReseeded)
                        .mapToDouble(ModelEvent::timeMin).max().orElseThrow();
                assertEquals(last + 200, a, 1e-6, "the whole depth again from the last reseed");
            }
            extra += a - b;
            assertEquals(0, some.stream().filter(e -> e instanceof ModelEvent.VehicleLost l
                    && l.cause() == LossCause.FIRE).count(), "mine rounds strike no vehicle");
        }
        assertTrue(reseeds > 100, "reseeds " + reseeds);
        assertTrue(extra / reps > 60, "mean extra time " + extra / reps);
    }
}
