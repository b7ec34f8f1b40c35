package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gapsim.experiment.sweep.Factor;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

class ProvenanceTest {
    private static final Scenario BASE = ExperimentFixtures.crossing();

    private static Experiment experiment(Scenario s) {
        return Experiment.builder(s).replications(10).masterSeed(5).threads(1).build();
    }

    @Test
    void changingOneDoctrineValueChangesTheHashAndNamesTheDoctrine() {
        Scenario edited = Factor.of("doctrine.coveredBreachMultiplier", 1, 4).apply(BASE, 3.25);
        assertNotEquals(BASE.doctrine(), edited.doctrine());
        Provenance a = Provenance.of(experiment(BASE));
        Provenance b = Provenance.of(experiment(edited));
        assertNotEquals(a.scenarioSha256(), b.scenarioSha256());
        assertEquals(64, a.scenarioSha256().length());
        for (String part : List.of("network", "vehicleTypes", "columns", "existingObstacles", "packages", "march",
                "closure", "horizonMin")) {
            assertEquals(a.scenarioParts().get(part), b.scenarioParts().get(part), part);
        }
        assertNotEquals(a.scenarioParts().get("doctrine"), b.scenarioParts().get("doctrine"));
        String diff = b.identityDifference(a).orElseThrow();
        assertTrue(diff.endsWith("they differ in doctrine"), diff);
    }

    @Test
    void anotherStartHourOrDefenderChangesTheHashAndNamesThePart() {
        Provenance a = Provenance.of(experiment(BASE));
        Scenario night = BASE.withClock(new org.gapsim.scenario.Clock(5.5, 7.25, 16.5));
        Provenance b = Provenance.of(experiment(night));
        Provenance c = Provenance.of(experiment(night.withClock(night.clock().toBuilder().startHour(17).build())));
        assertTrue(b.identityDifference(a).orElseThrow().endsWith("they differ in clock"));
        assertTrue(c.identityDifference(b).orElseThrow().endsWith("they differ in clock"));
        Scenario defended = BASE.withDefender(BASE.defender().toBuilder().electronicProtection(0.5).build());
        Provenance d = Provenance.of(experiment(defended));
        assertTrue(d.identityDifference(a).orElseThrow().endsWith("they differ in defender"));
    }

    @Test
    void theHashIsThatOfTheContentNotOfTheObjectOrItsDescription() {
        Scenario copy = new Scenario(BASE.name(), "another description", BASE.network(),
                List.copyOf(BASE.vehicleTypes()), List.copyOf(BASE.columns()), BASE.existingObstacles(),
                BASE.packages(), BASE.doctrine(), BASE.march(),
                BASE.closure(), BASE.horizonMin());
        assertEquals(Provenance.scenarioSha256(BASE), Provenance.scenarioSha256(copy));
        assertTrue(Provenance.of(experiment(copy)).identityDifference(Provenance.of(experiment(BASE))).isEmpty());
    }

    /**
     * The same content read back from its YAML (new objects throughout) has the same hash: the canonical text holds
     * values only, no object identities (an array or identity-based toString in a record would break this).
     */
    @Test
    void aScenarioWrittenAndReadBackHasTheSameHash() {
        Scenario edited = Factor.of("doctrine.reconDetectionProbability", 0, 1).apply(BASE, 0.25)
                .withClock(new org.gapsim.scenario.Clock(5.5, 7.25, 16.5));
        String yaml = new org.gapsim.scenario.io.ScenarioWriter().write(edited);
        Scenario back = new org.gapsim.scenario.io.ScenarioLoader().parse(yaml, "back.yaml");
        assertEquals(edited, back);
        assertEquals(Provenance.scenarioSha256(edited), Provenance.scenarioSha256(back));
        assertEquals(Provenance.scenarioParts(edited), Provenance.scenarioParts(back));
    }

    @Test
    void theReplicationCountAndThreadsAreNotIdentityButTheSeedAndRuleAre() {
        Provenance p = Provenance.of(experiment(BASE));
        Provenance more = Provenance.of(Experiment.builder(BASE).replications(500).masterSeed(5).threads(3).build());
        assertTrue(more.identityDifference(p).isEmpty());
        Provenance seed = Provenance.of(Experiment.builder(BASE).replications(10).masterSeed(6).build());
        assertEquals("it used seed 5, this run uses seed 6", seed.identityDifference(p).orElseThrow());
        Provenance rule = Provenance.of(Experiment.builder(BASE).targetPrecision(0.1).masterSeed(5).build());
        assertTrue(rule.identityDifference(p).orElseThrow().contains("TargetPrecision relativeHalfWidth=0.1"));
    }

    @Test
    void fieldsRoundTripAndTheVersionIsMavens() {
        Provenance p = Provenance.of(experiment(BASE)).withCommandLine("gapsim run x.yaml");
        assertEquals(p, Provenance.fromFields(Map.copyOf(p.toFields())));
        assertTrue(Provenance.version().matches("\\d+\\.\\d+\\.\\d+.*"), Provenance.version());
    }
}
