package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.Armour;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.IsrEffect;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.UnitPosition;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.VehicleType;
import org.junit.jupiter.api.Test;

/**
 * The assault (SOSRA's last step, {@link Assault}): a found unit's survival against its analytic law, the doctrinal
 * direction (more assault fire: fewer losses at the passage, paired on common random numbers), and which units are
 * assaulted (direct fire within the range only). The absent block's "today's results" is the golden test's
 * ({@link CrossingModelGoldenTest}: its scenarios carry no assault block and its digests are unchanged).
 */
class AssaultTest {
    /** The ditch's own spot: segment ab at 8 km. */
    private static final UnitPosition AT_SITE = UnitPosition.on("ab", 8);
    /** A light vehicle: fires no assault, only keeps the passage going. */
    private static final VehicleType TRUCK = Fixtures.TANK.toBuilder().id("truck").name("truck")
            .armour(Armour.LIGHT).build();

    /** No smoke, nobody located, no preparation; a 60-minute halt so the whole column queues at the ditch. */
    private static BreachDoctrine.Builder quiet() {
        return Fixtures.doctrine(0, 60, false).toBuilder().smokeMin(Distribution.fixed(0)).locateProbability(0);
    }

    private static BreachDoctrine.Assault assault(double engagementsPerHour, double pKillArmoured) {
        return new BreachDoctrine.Assault(3, engagementsPerHour, pKillArmoured, 0.6, 2);
    }

    /** A tank position that never fires (no ammunition), known to the attacker or not. */
    private static FireUnit.Builder silentTank(String id, UnitPosition at, double knownProbability) {
        return FireUnit.builder().id(id).kind(FireUnitKind.TANK_POSITION).position(at).rangeKm(1)
                .reactionMin(Distribution.fixed(1)).engagementsPerHour(12).ammunition(0).pKillArmoured(0.3)
                .pKillLight(0.6).ownDetectionsPerHour(2).counterFireKillProbability(0)
                .knownProbability(knownProbability);
    }

    private static ColumnSpec column(int tanks, int trucks) {
        List<VehicleGroup> groups = new ArrayList<>();
        groups.add(new VehicleGroup("tank", tanks));
        if (trucks > 0) {
            groups.add(new VehicleGroup("truck", trucks));
        }
        return new ColumnSpec("c1", "c1", groups, Fixtures.INTERVAL_M, "a", 0, "c", List.of("a", "b", "c"),
                Fixtures.engineers(0, 0, 1, 18.3, 5), 0);
    }

    private static Scenario scenario(ColumnSpec col, BreachDoctrine d, Defender defender) {
        Obstacle ditch = new AntiTankDitch("ditch", "ab", 8, Coverage.UNOBSERVED, 0, 6, 3, 500);
        FortificationPackage fort = new FortificationPackage("fort", "test package", List.of("LT"), 0, List.of(ditch),
                List.of(), IsrEffect.NONE);
        return new Scenario("assault", "", Fixtures.network(Terrain.FOREST), List.of(Fixtures.TANK, TRUCK),
                List.of(col), List.of(), List.of(fort), d, MarchRules.NONE, ClosureRule.ALL_COLUMNS, 10_000)
                .withDefender(defender);
    }

    /**
     * One known tank position at the site, n tanks across: from the n-th tank past the lane its hazard is
     * n x r x p (r per minute), so its residual life after any time c at or past that is exponential with mean
     * 1 / (n r p) (memoryless). The single lane passes a vehicle every laneIntervalM / laneSpeed minutes, so the
     * n-th tank is past (n - 1) of those after the head; c adds half a minute to that. 200 trucks behind keep the
     * passage going some 30 minutes, so a censored life is out of reach (P ~ e^-40).
     */
    @Test
    void aFoundUnitsLifeUnderTheAssaultIsExponentialAtNTimesRateTimesKill() {
        double perHour = 60;
        double pKill = 0.5;
        for (int n : new int[] {1, 3}) {
            BreachDoctrine d = quiet().assault(assault(perHour, pKill)).build();
            Scenario s = scenario(column(n, 200), d,
                    Defender.builder().fireUnits(silentTank("tank-1", AT_SITE, 1).build()).build());
            double laneHeadwayMin = d.laneIntervalM() / (d.laneSpeedKmh() * 1000 / 60);
            CrossingPlan plan = CrossingPlan.compile(s, "fort");
            ReplicationStreams streams = new ReplicationStreams(new StreamFactory(11));
            int reps = 3000;
            List<Double> residual = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                double[] headPast = {Double.NaN};
                double[] killed = {Double.NaN};
                Replications.run(plan, streams, r, e -> {
                    if (e instanceof ModelEvent.ObstaclePassed p && p.obstacle().equals("ditch")) {
                        headPast[0] = p.timeMin();
                    } else if (e instanceof ModelEvent.UnitAssaulted a) {
                        killed[0] = a.timeMin();
                    }
                });
                assertFalse(Double.isNaN(killed[0]), "replication " + r + ": the known tank is never destroyed");
                double c = headPast[0] + (n - 1) * laneHeadwayMin + 0.5;
                if (killed[0] > c) {
                    residual.add(killed[0] - c);
                }
            }
            double mean = 1 / (n * perHour / 60 * pKill);
            double sum = 0;
            int beyondMean = 0;
            for (double x : residual) {
                sum += x;
                beyondMean += x > mean ? 1 : 0;
            }
            int m = residual.size();
            assertTrue(m > 500, "too few survive to the n-th tank across: " + m);
            assertEquals(mean, sum / m, 3.29 * mean / Math.sqrt(m), n + " tanks: mean residual life 1 / (n r p)");
            double pBeyond = Math.exp(-1);   // exponential: P(X > mean) = 1/e
            assertEquals(pBeyond, (double) beyondMean / m, 3.29 * Math.sqrt(pBeyond * (1 - pBeyond) / m),
                    n + " tanks: P(life > mean) = 1/e");
        }
    }

    /**
     * A defender tank position and ATGM team at the site that the attacker does not know fire on the column while it
     * passes; the assault (the validation suite's tank figures) and a five-fold faster one cut the column's losses to
     * fire, on the same random numbers.
     */
    @Test
    void moreAssaultFireMeansFewerLossesAtThePassage() {
        FireUnit tank = silentTank("tank-1", AT_SITE, 0).ammunition(40).rangeKm(3).build();
        FireUnit atgm = FireUnit.builder().id("atgm-1").kind(FireUnitKind.ATGM_TEAM)
                .position(UnitPosition.on("ab", 9)).rangeKm(4).reactionMin(Distribution.fixed(3))
                .engagementsPerHour(6).ammunition(6).pKillArmoured(0.5).pKillLight(0.7).ownDetectionsPerHour(1)
                .counterFireKillProbability(0).knownProbability(0).build();
        Defender defender = Defender.builder().fireUnits(tank, atgm).build();
        ColumnSpec col = column(30, 20);
        double[] none = losses(scenario(col, quiet().build(), defender));
        double[] some = losses(scenario(col, quiet().assault(assault(12, 0.3)).build(), defender));
        double[] more = losses(scenario(col, quiet().assault(assault(60, 0.3)).build(), defender));
        assertPairedFewer(none, some, "the assault");
        assertPairedFewer(some, more, "a faster assault");
    }

    /** Asserts the mean of {@code fewer} is below {@code base}'s by more than 2.58 standard errors of the mean. */
    private static void assertPairedFewer(double[] base, double[] fewer, String what) {
        int n = base.length;
        double sum = 0;
        double sq = 0;
        for (int r = 0; r < n; r++) {
            double diff = base[r] - fewer[r];
            sum += diff;
            sq += diff * diff;
        }
        double mean = sum / n;
        double se = Math.sqrt((sq / n - mean * mean) / (n - 1));
        assertTrue(mean > 2.58 * se, what + ": losses to fire fall by " + mean + " (se " + se + ")");
    }

    /** @return per replication, vehicles lost to fire */
    private static double[] losses(Scenario s) {
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(5));
        double[] out = new double[400];
        for (int r = 0; r < out.length; r++) {
            ReplicationResult res = Replications.run(plan, streams, r);
            out[r] = res.losses(LossCause.FIRE);
        }
        return out;
    }

    /**
     * Only direct-fire units within the assault's range of the obstacle are assaulted: an artillery battery at the
     * site and a tank position 5 km off (reaching the site with its 8 km) never are; the tank position and the ATGM
     * team at the site are, every one of them known, and the publication names the obstacle.
     */
    @Test
    void onlyDirectFireUnitsWithinTheRangeAreAssaulted() {
        FireUnit near = silentTank("tank-near", AT_SITE, 1).build();
        FireUnit far = silentTank("tank-far", UnitPosition.on("ab", 16), 1).rangeKm(8).build();
        FireUnit atgm = silentTank("atgm", AT_SITE, 1).kind(FireUnitKind.ATGM_TEAM).build();
        FireUnit guns = silentTank("guns", AT_SITE, 1).kind(FireUnitKind.ARTILLERY).rangeKm(20).build();
        Scenario s = scenario(column(10, 40), quiet().assault(assault(12, 0.3)).build(),
                Defender.builder().fireUnits(near, far, atgm, guns).build());
        CrossingPlan plan = CrossingPlan.compile(s, "fort");
        int farIndex = 1;
        double farKm = plan.defence().fireDistanceKm[0][farIndex];
        String farId = plan.defence().fireUnits[plan.defence().fireUnitsAt[0][farIndex]].id();
        assertTrue(farKm > 3 && farId.equals("tank-far"),
                "the far tank reaches the site from beyond the assault's 3 km: " + farKm);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(7));
        Map<String, Integer> assaulted = new HashMap<>();
        for (int r = 0; r < 300; r++) {
            Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.UnitAssaulted a) {
                    assertEquals("ditch", a.obstacle());
                    assaulted.merge(a.unit(), 1, Integer::sum);
                }
            });
        }
        assertEquals(List.of("atgm", "tank-near"), assaulted.keySet().stream().sorted().toList(),
                "assaulted: " + assaulted);
        assertTrue(assaulted.get("tank-near") > 100 && assaulted.get("atgm") > 100, "assaulted: " + assaulted);
    }
}
