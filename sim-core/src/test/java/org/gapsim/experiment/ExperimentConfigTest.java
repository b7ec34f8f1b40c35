package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExperimentConfigTest {
    private final Scenario scenario = ExperimentFixtures.crossing();

    private ExperimentConfigException reject(Function<Experiment.Builder, Experiment.Builder> settings) {
        return assertThrows(ExperimentConfigException.class, () -> settings.apply(Experiment.builder(scenario)).build());
    }

    @Test
    void defaultsCompareEveryPackageWithNoneOnEveryProcessor() {
        Experiment e = Experiment.builder(scenario).build();
        assertEquals("none", e.baseline());
        assertEquals(List.of("minefield", "ditch"), e.packages());
        assertEquals(List.of("none", "minefield", "ditch"), e.allPackages());
        assertEquals(new StoppingRule.FixedReplications(Experiment.DEFAULT_REPLICATIONS), e.stopping());
        assertEquals(Runtime.getRuntime().availableProcessors(), e.threads());
        assertEquals(Experiment.DEFAULT_BATCH_SIZE, e.batchSize());
    }

    @Test
    void targetPrecisionMakesASequentialRuleWithACap() {
        Experiment e = Experiment.builder(scenario).packages("ditch").targetPrecision(0.05).maxReplications(500).build();
        assertEquals(new StoppingRule.TargetPrecision(0.05, 500), e.stopping());
        assertEquals(List.of("none", "ditch"), e.allPackages());
        assertEquals(Experiment.DEFAULT_MAX_REPLICATIONS,
                Experiment.builder(scenario).targetPrecision(0.1).build().stopping().maxReplications());
    }

    @Test
    void anotherBaselineCanBeChosen() {
        Experiment e = Experiment.builder(scenario).baseline("ditch").packages("none", "minefield").build();
        assertEquals(List.of("ditch", "none", "minefield"), e.allPackages());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -1000})
    void nonPositiveReplicationsAreRejected(int n) {
        ExperimentConfigException e = reject(b -> b.replications(n));
        assertEquals("replications", e.field());
        assertEquals("replications: must be >= 1, was " + n, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN})
    void precisionOutsideTheOpenUnitIntervalIsRejected(double p) {
        ExperimentConfigException e = reject(b -> b.targetPrecision(p));
        assertEquals("targetPrecision", e.field());
        assertTrue(e.getMessage().startsWith("targetPrecision: must lie in (0, 1)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("was " + p), e.getMessage());
    }

    @Test
    void unknownPackageIsRejectedNamingItAndTheKnownOnes() {
        ExperimentConfigException e = reject(b -> b.packages("ditch", "moat"));
        assertEquals("packages[1]", e.field());
        assertTrue(e.getMessage().contains("unknown package 'moat'"), e.getMessage());
        assertTrue(e.getMessage().contains("[none, minefield, ditch]"), e.getMessage());
        assertEquals("baseline", reject(b -> b.baseline("nothing")).field());
    }

    @Test
    void otherBadSettingsAreRejectedWithTheirField() {
        assertEquals("packages[1]", reject(b -> b.packages("ditch", "ditch")).field());
        assertEquals("threads", reject(b -> b.threads(0)).field());
        assertEquals("batchSize", reject(b -> b.batchSize(0)).field());
        assertEquals("maxReplications", reject(b -> b.targetPrecision(0.1).maxReplications(0)).field());
        assertEquals("maxReplications", reject(b -> b.maxReplications(100)).field());
        assertEquals("replications", reject(b -> b.replications(100).targetPrecision(0.1)).field());
        ExperimentConfigException noScenario = assertThrows(ExperimentConfigException.class,
                () -> Experiment.builder(null).build());
        assertEquals("scenario", noScenario.field());
    }

    @Test
    void theExceptionIsAnIllegalArgumentExceptionWithAOneLineMessage() {
        ExperimentConfigException e = reject(b -> b.replications(0));
        assertInstanceOf(IllegalArgumentException.class, e);
        assertTrue(!e.getMessage().contains("\n"));
    }
}
