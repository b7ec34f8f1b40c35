package org.gapsim.scenarios.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.VehicleType;
import org.gapsim.scenarios.SuwalkiGap;
import org.junit.jupiter.api.Test;

/**
 * The validation suite (issue 11): the three historical cases run on ONE parameter set, and each meets the issue's
 * tolerance, or is a known, documented failure (README, "Validation against history").
 */
class ValidationTest {
    /**
     * Checks that fail with the shared parameters, with the reason the README gives. Empty means every case passes:
     * so since the assault (SOSRA's last step, {@code doctrine.assault} at the tank-position kind's figures) took V1's
     * losses to fire from about 8.4 % to 2.5 % (docs/validation-history.md, round 6).
     * A check listed here must still fail (so a model change that fixes it forces the README and this list to be
     * updated); no parameter is tuned to move a check off this list.
     */
    private static final Map<String, String> KNOWN_FAILURES = Map.of();

    @Test
    void everyCaseLoadsAndRunsOnTheSameDoctrine() {
        List<Scenario> cases = new ArrayList<>();
        for (ValidationSuite.Case c : ValidationSuite.Case.values()) {
            cases.add(c.scenario());
        }
        BreachDoctrine first = withoutLanes(cases.get(0).doctrine());
        for (Scenario s : cases) {
            assertEquals(first, withoutLanes(s.doctrine()), s.name() + ": doctrine differs from v1's");
            assertEquals(cases.get(0).march(), s.march(), s.name() + ": march rules differ");
        }
        // the lanes are each operation's breach plan (history): 2 lanes, 4 lanes, 2 lanes
        assertEquals(2, cases.get(0).doctrine().lanesPerObstacle());
        assertEquals(4, cases.get(1).doctrine().lanesPerObstacle());
        // the attacker's side of the fight is the same values as the Suwalki study's
        BreachDoctrine suwalki = SuwalkiGap.scenario().doctrine();
        assertEquals(first.smokeKillFactor(), suwalki.smokeKillFactor());
        assertEquals(first.locateProbability(), suwalki.locateProbability());
        assertEquals(first.ewStrength(), suwalki.ewStrength());
        assertEquals(first.recoveryMin(), suwalki.recoveryMin());
        assertEquals(first.assetReplaceMin(), suwalki.assetReplaceMin());
        assertEquals(first.maxBreachAttempts(), suwalki.maxBreachAttempts());
        assertEquals(first.manualUnderFireFactor(), suwalki.manualUnderFireFactor());
        assertEquals(first.nightWorkFactor(), suwalki.nightWorkFactor());
    }

    /**
     * The assault force's tanks fire with the defender's tank-position figures (a competent crew either side; SHARED
     * ASSUMPTION, no new figure): in every case and in the Suwalki study (whose defender has no tank position, so the
     * cases' tank kind), the doctrine's assault block is the tank-position kind's range, engagement rate, kill
     * probabilities and own detection rate.
     */
    @Test
    void theAssaultFiresWithTheTankPositionKindsFigures() {
        FireUnit tank = null;
        for (ValidationSuite.Case c : ValidationSuite.Case.values()) {
            for (FireUnit u : c.scenario().defender().fireUnits()) {
                if (u.kind() == FireUnitKind.TANK_POSITION) {
                    tank = u;
                }
            }
        }
        assertTrue(tank != null, "the cases field tank positions");
        BreachDoctrine.Assault expected = new BreachDoctrine.Assault(tank.rangeKm(), tank.engagementsPerHour(),
                tank.pKillArmoured(), tank.pKillLight(), tank.ownDetectionsPerHour());
        for (ValidationSuite.Case c : ValidationSuite.Case.values()) {
            assertEquals(expected, c.scenario().doctrine().assault(), c.file());
        }
        assertEquals(expected, SuwalkiGap.scenario().doctrine().assault(), "the Suwalki study");
    }

    private static BreachDoctrine withoutLanes(BreachDoctrine d) {
        return d.toBuilder().lanesPerObstacle(1).build();
    }

    @Test
    void unitKindsVehiclesAndAssetsHaveOneSetOfFigures() {
        Map<Object, Object> kinds = new HashMap<>();
        Map<String, VehicleType> vehicles = new HashMap<>();
        Map<String, Object> assets = new HashMap<>();
        List<Scenario> all = new ArrayList<>();
        for (ValidationSuite.Case c : ValidationSuite.Case.values()) {
            all.add(c.scenario());
        }
        all.add(SuwalkiGap.scenario());
        int units = 0;
        for (Scenario s : all) {
            List<FireUnit> fire = new ArrayList<>(s.defender().fireUnits());
            List<Sensor> sensors = new ArrayList<>(s.defender().sensors());
            for (FortificationPackage p : s.packages()) {
                fire.addAll(p.defender().fireUnits());
                sensors.addAll(p.defender().sensors());
            }
            for (FireUnit u : fire) {
                List<Object> figures = List.of(u.rangeKm(), u.reactionMin(), u.engagementsPerHour(), u.ammunition(),
                        u.pKillArmoured(), u.pKillLight(), u.ownDetectionsPerHour(), u.counterFireKillProbability());
                Object before = kinds.putIfAbsent(u.kind(), figures);
                assertEquals(before == null ? figures : before, figures, s.name() + ": unit " + u.id() + " ("
                        + u.kind() + ") has figures of its own");
                units++;
            }
            for (Sensor u : sensors) {
                List<Object> figures = List.of(u.rangeKm(), u.detectionsPerHour());
                Object before = kinds.putIfAbsent(u.kind(), figures);
                assertEquals(before == null ? figures : before, figures, s.name() + ": sensor " + u.id() + " ("
                        + u.kind() + ") has figures of its own");
                units++;
            }
            if (s.name().equals(SuwalkiGap.NAME)) {
                continue; // the study's vehicles and Russian equipment are its own; its units share the kinds
            }
            for (VehicleType v : s.vehicleTypes()) {
                VehicleType before = vehicles.putIfAbsent(v.id(), v);
                assertEquals(before == null ? v : before, v, s.name() + ": vehicle type " + v.id() + " differs");
            }
            for (ColumnSpec c : s.columns()) {
                EngineerAssets e = c.engineers();
                same(assets, "lineCharges", List.of(e.lineCharges().laneLengthM(), e.lineCharges().laneWidthM(),
                        e.lineCharges().timePerChargeMin(), e.lineCharges().clearanceProbability(),
                        e.lineCharges().misfireProbability(), e.lineCharges().primingMin(),
                        e.lineCharges().failureProbability()), s);
                same(assets, "minePloughs", List.of(e.minePloughs().speedKmh(), e.minePloughs().setupMin(),
                        e.minePloughs().clearanceProbability(), e.minePloughs().bladeDetonationProbability()), s);
                same(assets, "manual", e.manual(), s);
                same(assets, "intervalM", c.intervalM(), s);
                same(assets, "combatIneffectiveFraction", c.combatIneffectiveFraction(), s);
                if (e.bridgeLayers().count() > 0) {
                    same(assets, "bridgeLayers", List.of(e.bridgeLayers().spanM(), e.bridgeLayers().emplaceMin()), s);
                }
                if (e.earthMovers().count() > 0) {
                    same(assets, "earthMovers", List.of(e.earthMovers().fillRateM3PerMin(),
                            e.earthMovers().clearRateMPerMin()), s);
                }
            }
        }
        assertTrue(units >= 40, "the cases and the study field defender units: " + units);
        assertTrue(kinds.size() >= 7, "most unit kinds are used: " + kinds.keySet());
    }

    private static void same(Map<String, Object> seen, String what, Object figures, Scenario s) {
        Object before = seen.putIfAbsent(what, figures);
        assertEquals(before == null ? figures : before, figures, s.name() + ": " + what + " figures differ");
    }

    @Test
    void theSharedDoctrineIsTheSameTextInEveryFile() {
        String v1 = shared(ValidationSuite.Case.V1.yaml());
        for (ValidationSuite.Case c : ValidationSuite.Case.values()) {
            assertEquals(v1, shared(c.yaml()), c.file() + ": the SHARED doctrine block differs from v1's text");
        }
    }

    /** @return the file from its shared doctrine block on, without the lanes line (each case's breach plan) */
    private static String shared(String yaml) {
        String tail = yaml.substring(yaml.indexOf("# ---- SHARED validation doctrine"));
        return tail.replaceAll("(?m)^  lanesPerObstacle: .*$", "");
    }

    /**
     * V4's lanes under fire and re-mining, as its advance rate reads them: each lane's {@link ModelEvent.LaneProgress}
     * follows from the one before by rate x time (so interpolation is exact), its cleared depth never falls but to 0
     * at a reseeding, and it is the whole depth at the lane's {@link ModelEvent.LaneOpened}, published just before.
     */
    @Test
    void v4LaneProgressIsMonotoneButAtReseedingAndWholeAtOpening() {
        Scenario s = ValidationSuite.Case.V4.scenario();
        CrossingPlan plan = CrossingPlan.compile(s, FortificationPackage.BASELINE);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(ValidationSuite.DEFAULT_SEED));
        int progress = 0;
        int reseeds = 0;
        int opened = 0;
        int stops = 0;
        int halts = 0;
        for (int r = 0; r < 20; r++) {
            List<ModelEvent> ev = new ArrayList<>();
            Replications.run(plan, streams, r, ev::add);
            Map<String, ModelEvent.LaneProgress> last = new HashMap<>();
            boolean reseeded = false;
            for (int i = 0; i < ev.size(); i++) {
                ModelEvent e = ev.get(i);
                if (e instanceof ModelEvent.BreachStarted b) {   // a new attempt's lanes start from nothing
                    last.keySet().removeIf(k -> k.startsWith(b.obstacle() + "#"));
                } else if (e instanceof ModelEvent.ColumnHalted h) {   // a halted column's lanes have stopped
                    halts++;
                    for (ModelEvent.LaneProgress p : last.values()) {
                        assertEquals(0, p.rateMPerMin(), 0, "run " + r + ": " + p + " still working at " + h);
                    }
                } else if (e instanceof ModelEvent.LaneReseeded) {
                    reseeded = true;
                    reseeds++;
                } else if (e instanceof ModelEvent.LaneProgress p) {
                    progress++;
                    String key = p.obstacle() + "#" + p.lane();
                    assertTrue(p.clearedM() >= 0 && p.clearedM() <= p.depthM() + 1e-9, p.toString());
                    ModelEvent.LaneProgress q = last.put(key, p);
                    if (q != null && !(reseeded && p.clearedM() == 0)) {
                        double expected = Math.min(q.depthM(), q.clearedM() + q.rateMPerMin() * (p.timeMin()
                                - q.timeMin()));
                        assertEquals(expected, p.clearedM(), 1e-6 * p.depthM(), "run " + r + ": " + q + " -> " + p);
                        assertTrue(p.clearedM() >= q.clearedM() - 1e-9, "monotone but at reseeding: " + p);
                    }
                    stops += p.rateMPerMin() == 0 && p.clearedM() < p.depthM() ? 1 : 0;
                    reseeded = false;
                } else if (e instanceof ModelEvent.LaneOpened o) {
                    opened++;
                    ModelEvent.LaneProgress p = last.get(o.obstacle() + "#" + o.lane());
                    assertTrue(p != null && p == ev.get(i - 1), "run " + r + ": LaneProgress just before " + o);
                    assertEquals(p.depthM(), p.clearedM(), 0, "whole depth at " + o);
                    assertEquals(o.timeMin(), p.timeMin(), 0);
                }
            }
        }
        assertTrue(progress > 0 && reseeds > 0 && opened > 0 && stops > 0 && halts > 0,
                "the runs exercise work, stops, re-mining, opening and halts: " + progress + ", " + stops + ", "
                        + reseeds + ", " + opened + ", " + halts);
    }

    @Test
    void everyCaseMeetsItsToleranceOrIsAKnownFailure() {
        List<ValidationSuite.Check> checks = ValidationSuite.run(ValidationSuite.DEFAULT_SEED);
        int judged = 0;
        for (ValidationSuite.Check c : checks) {
            if (c.pass() == null) {
                continue;
            }
            judged++;
            String key = c.validationCase() + ": " + c.measure();
            if (KNOWN_FAILURES.containsKey(key)) {
                assertFalse(c.pass(), key + " now passes: remove it from KNOWN_FAILURES and the README's list");
            } else {
                assertTrue(c.pass(), key + ": model " + c.model() + ", tolerance " + c.tolerance());
            }
        }
        assertEquals(6, judged, "V1 two checks, V2 two, V4 two");
        assertEquals(10, checks.size(), "and four figures shown without a tolerance");
    }
}
