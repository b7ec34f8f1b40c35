package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioLoader;
import org.gapsim.scenario.io.ScenarioWriter;
import org.gapsim.scenarios.BuiltInScenarios;
import org.junit.jupiter.api.Test;

/** {@code gapsim show} prints a file to edit: every doctrine and march value spelled out, and it loads back. */
class ShowCommandTest {

    private static String show() {
        Cli.Result r = Cli.gapsim("show");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        return r.out();
    }

    private static String section(String yaml, String key) {
        int from = yaml.indexOf("\n" + key + ":");
        assertTrue(from >= 0, key + " is in the file");
        int to = yaml.indexOf("\n\n", from + 1);
        return yaml.substring(from + 1, to < 0 ? yaml.length() : to);
    }

    @Test
    void theDoctrineAndMarchArePrintedInFullNotAsEmptyMaps() {
        // before: "doctrine: {}" and "march: {}", so the values to edit were nowhere in the file
        String yaml = show();
        String doctrine = section(yaml, "doctrine");
        String march = section(yaml, "march");
        assertFalse(doctrine.startsWith("doctrine: {}"), doctrine);
        assertFalse(march.startsWith("march: {}"), march);
        // issue 11 fields: printed once the built-in suwalki-gap.yaml (branch fires-validation) spells them out
        java.util.Set<String> firesIoWrites = java.util.Set.of("smokeMin", "smokeKillFactor", "suppression",
                "locateProbability", "suppressionMin", "suppressedRateFactor", "ewStrength", "recoveryMin",
                "assetReplaceMin", "maxBreachAttempts", "manualUnderFireFactor", "manualAtNightOnly", "nightWorkFactor",
                "preparationMin");
        // the coverage multipliers no longer act and the format refuses them: they are never printed
        java.util.Set<String> removed = java.util.Set.of("observedBreachMultiplier", "coveredBreachMultiplier",
                "observedAttritionPerHour", "coveredAttritionPerHour");
        for (String key : removed) {
            assertFalse(doctrine.contains("\n  " + key + ":"), key + " is not printed");
        }
        for (RecordComponent c : BreachDoctrine.class.getRecordComponents()) {
            if (firesIoWrites.contains(c.getName()) || removed.contains(c.getName())) {
                continue;
            }
            assertTrue(doctrine.contains("\n  " + c.getName() + ":"), "doctrine." + c.getName() + " is printed");
        }
        for (RecordComponent c : MarchRules.class.getRecordComponents()) {
            assertTrue(march.contains("\n  " + c.getName() + ":"), "march." + c.getName() + " is printed");
        }
        assertTrue(doctrine.contains("lanesPerObstacle: " + BreachDoctrine.DEFAULT.lanesPerObstacle()), doctrine);
    }

    @Test
    void thePrintedValuesAreTheDefaultsAndTheFileRoundTrips() {
        Scenario s = new ScenarioLoader().parse(show(), "shown.yaml");
        // the study's doctrine is the default but for bypassBaseDetourKm (its bypasses are their geometry alone) and
        // the validation suite's SHARED call-off fraction (sim-core's default is 0, the rule off) and the assault at
        // the validation suite's tank-position figures (sim-core's default is none)
        assertEquals(BreachDoctrine.DEFAULT.toBuilder().bypassBaseDetourKm(0).abortLossFraction(0.2)
                .assault(new BreachDoctrine.Assault(3, 12, 0.3, 0.6, 2)).build(), s.doctrine());
        assertEquals(MarchRules.DEFAULT, s.march());
        assertEquals(BuiltInScenarios.load(BuiltInScenarios.DEFAULT), s);
        assertEquals(s, new ScenarioLoader().parse(new ScenarioWriter().write(s), "written.yaml"));
    }
}
