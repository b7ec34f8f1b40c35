package org.gapsim.experiment.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The factor catalogue: names, ranges, and each entry changing its own field and nothing else. */
class FactorTest {
    /** The record component each scale changes. */
    private static final Map<Assumption, String> SCALED = Map.of(
            Assumption.DECISION_DELAY_SCALE, "decisionDelayMin",
            Assumption.BYPASS_RECON_SCALE, "bypassReconMin",
            Assumption.PROOFING_SCALE, "proofingMin",
            Assumption.DEPARTURE_DELAY_SCALE, "departureDelayMin");

    @Test
    void theCatalogueHoldsEveryNumericDoctrineFieldAndTheFourScales() {
        List<String> numeric = new ArrayList<>();
        for (RecordComponent c : BreachDoctrine.class.getRecordComponents()) {
            if (c.getType() == double.class || c.getType() == int.class) {
                numeric.add("doctrine." + c.getName());
            }
        }
        List<String> keys = Assumption.keys();
        assertTrue(keys.containsAll(numeric), "every numeric doctrine field: " + numeric + " in " + keys);
        assertTrue(keys.containsAll(List.of("doctrine.decisionDelayScale", "doctrine.bypassReconScale",
                "doctrine.proofingScale", "march.departureDelayScale")), keys.toString());
        assertTrue(keys.containsAll(List.of("ground.iceThicknessM", "ground.bypassStandoffM", "crossing.pontoonSets")),
                keys.toString());
        assertEquals(numeric.size() + 4 + 3, keys.size());
    }

    @ParameterizedTest
    @EnumSource(Assumption.class)
    void eachFactorChangesItsFieldAndOnlyThatField(Assumption a) throws Exception {
        Scenario base = ExperimentFixtures.crossing();
        double v = testValue(a, a.valueIn(base));
        assertTrue(a.isLegal(v), a + " test value " + v);
        Scenario changed = a.apply(base, v);

        String owner = a.key().startsWith("march.") ? "march" : a.key().startsWith("ground.") ? "ground"
                : a.key().startsWith("crossing.") ? "crossingAssets" : "doctrine";
        assertEquals(List.of(owner), differing(Scenario.class, base, changed), a + ": only the " + owner + " changes");
        Object before = component(base, owner);
        Object after = component(changed, owner);
        if (owner.equals("crossingAssets")) {   // the pontoon sets, one level down
            before = component(before, "pontoons");
            after = component(after, "pontoons");
        }
        String field = a == Assumption.PONTOON_SETS ? "sets"
                : SCALED.getOrDefault(a, a.key().substring(a.key().indexOf('.') + 1));
        assertEquals(List.of(field), differing(before.getClass(), before, after), a + ": only " + field + " changes");

        if (SCALED.containsKey(a)) {
            Distribution d0 = (Distribution) component(before, field);
            Distribution d1 = (Distribution) component(after, field);
            assertEquals(d0.mean() * v, d1.mean(), 1e-9 * Math.max(1, d0.mean()), a + ": mean scales");
            assertEquals(1.0, a.valueIn(changed), 0.0, "a scale is relative to the scenario it is applied to");
        } else {
            assertEquals(v, a.valueIn(changed), 0.0, a + ": the field holds the value");
        }
    }

    @Test
    void scalingMultipliesEveryParameterOfEveryKindOfDistribution() {
        List<Distribution> all = List.of(Distribution.fixed(4), new Distribution.Uniform(2, 6),
                new Distribution.Triangular(5, 10, 20), new Distribution.Lognormal(10, 3),
                new Distribution.Exponential(7));
        for (Distribution d : all) {
            Distribution s = Distributions.scaled(d, 2.5);
            assertEquals(d.getClass(), s.getClass());
            for (double u : new double[]{0.05, 0.3, 0.5, 0.9}) {
                assertEquals(2.5 * d.inverse(u), s.inverse(u), 1e-9, d + " at " + u);
            }
            assertEquals(2.5 * d.mean(), s.mean(), 1e-9, d.toString());
        }
        assertThrows(IllegalArgumentException.class, () -> Distributions.scaled(Distribution.fixed(1), 0));
    }

    @Test
    void anUnknownNameIsOneLineListingTheKnownOnes() {
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> Factor.of("doctrine.breachMultiplier", 1, 2));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown factor 'doctrine.breachMultiplier'"), e.getMessage());
        for (String k : Assumption.keys()) {
            assertTrue(e.getMessage().contains(k), k + " listed: " + e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "doctrine.nightWorkFactor=4:1",          // low > high
            "doctrine.nightWorkFactor=0.5:2",        // multiplier below 1
            "doctrine.reconDetectionProbability=0.2:1.5",    // probability above 1
            "doctrine.lanesPerObstacle=1.5:3",               // lanes not whole
            "doctrine.lanesPerObstacle=0:3",                 // no lane
            "doctrine.laneSpeedKmh=0:8",                     // speed must be > 0
            "doctrine.decisionDelayScale=0:2",               // scale must be > 0
            "march.departureDelayScale=1:Infinity",          // not finite
            "doctrine.bypassBaseDetourKm=-1:2",              // negative distance
            "doctrine.nightWorkFactor=a:2",          // not a number
            "doctrine.nightWorkFactor=1-4",          // no colon
            "doctrine.nightWorkFactor",              // no range
            "=1:4",                                          // no name
            "doctrine.nope=1:4"})                            // unknown
    void badFactorsAreRejectedInOneLine(String spec) {
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class, () -> Factor.parse(spec));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith("doctrine.") || e.getMessage().startsWith("march.")
                || e.getMessage().startsWith("factor: "), e.getMessage());
    }

    @Test
    void parseReadsNameLowHigh() {
        Factor f = Factor.parse(" doctrine.reconDetectionProbability=0.2:0.9 ");
        assertEquals(Assumption.RECON_DETECTION_PROBABILITY, f.assumption());
        assertEquals(0.2, f.low(), 0.0);
        assertEquals(0.9, f.high(), 0.0);
        assertEquals("doctrine.reconDetectionProbability=0.2:0.9", f.toString());
        assertEquals(3.5, Factor.parse("doctrine.bypassBaseDetourKm=0:7").valueAt(0.5), 1e-12);
    }

    @Test
    void aWholeNumberFactorGivesEachValueAnEqualShare() {
        Factor lanes = Factor.of("doctrine.lanesPerObstacle", 1, 4);
        int[] count = new int[5];
        int n = 8;
        for (int i = 0; i < n; i++) {
            double v = lanes.valueAt((i + 0.5) / n);
            assertEquals(Math.rint(v), v, 0.0);
            count[(int) v]++;
        }
        assertEquals(List.of(0, 2, 2, 2, 2), List.of(count[0], count[1], count[2], count[3], count[4]));
        assertEquals(3, lanes.apply(ExperimentFixtures.crossing(), 3.0).doctrine().lanesPerObstacle());
    }

    /** @return a legal value different from the scenario's */
    private static double testValue(Assumption a, double current) {
        if (SCALED.containsKey(a)) {
            return 2.0;
        }
        double v = current == 0 ? 1 : current * 1.5;
        if (a.integer()) {
            v = Math.rint(v) == current ? current + 1 : Math.rint(v);
        }
        if (!a.isLegal(v)) {
            v = (a.min() + current) / 2;
        }
        assertNotEquals(current, v, a.toString());
        return v;
    }

    private static List<String> differing(Class<?> type, Object a, Object b) throws Exception {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!java.util.Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                names.add(c.getName());
            }
        }
        return names;
    }

    private static Object component(Object record, String name) throws Exception {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getAccessor().invoke(record);
            }
        }
        throw new AssertionError(name);
    }

    @Test
    void aZeroWidthRangeIsRefusedWithOneLineNamingTheFactor() {
        // before: 2:2 was accepted and wrote NaN into sensitivity.csv
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> Factor.parse("doctrine.nightWorkFactor=3:3"));
        assertEquals("doctrine.nightWorkFactor", e.field());
        assertEquals("doctrine.nightWorkFactor: low and high are both 3: a sweep must vary the factor (to hold "
                + "it fixed, set it in the scenario file)", e.getMessage());
        assertThrows(ExperimentConfigException.class, () -> Factor.of("doctrine.lanesPerObstacle", 2, 2));
    }

    @Test
    void aWholeNumberFactorBeyondItsBoundIsRefusedNotOverflowed() {
        // before: doctrine.lanesPerObstacle=1e9:1e10 was accepted and ran with an overflowed -1794967296 lanes
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> Factor.parse("doctrine.lanesPerObstacle=1e9:1e10"));
        assertEquals("doctrine.lanesPerObstacle", e.field());
        assertTrue(e.getMessage().contains("low must lie in [1, " + Limits.MAX_LANES_PER_OBSTACLE + "] (lanes), was "
                + "1000000000"), e.getMessage());
        Factor max = Factor.of("doctrine.lanesPerObstacle", 1, Limits.MAX_LANES_PER_OBSTACLE);
        assertEquals(Limits.MAX_LANES_PER_OBSTACLE, max.apply(ExperimentFixtures.crossing(), max.valueAt(1.0))
                .doctrine().lanesPerObstacle());
        for (Assumption a : Assumption.values()) {
            assertTrue(Double.isFinite(a.max()), a + " has a finite upper bound");
            assertThrows(ExperimentConfigException.class, () -> Factor.of(a.key(), a.min() + 1, 1e308), a.key());
        }
    }

    @Test
    void aScaleThatTakesADistributionBeyondItsBoundIsRefusedNamingTheFactor() {
        Scenario base = ExperimentFixtures.crossing().withDoctrine(ExperimentFixtures.crossing().doctrine().toBuilder()
                .decisionDelayMin(new Distribution.Triangular(5, 10, 9e8)).build());
        Factor f = Factor.of("doctrine.decisionDelayScale", 1, Assumption.MAX_SCALE);
        ExperimentConfigException e = assertThrows(ExperimentConfigException.class, () -> f.apply(base, 10));
        assertEquals("doctrine.decisionDelayScale", e.field());
        assertTrue(e.getMessage().contains("at 10 the scenario refuses it: max: must be at most 1000000000"),
                e.getMessage());
    }
}
