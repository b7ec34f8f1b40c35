package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapsim.report.ConsoleTable;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 6: a package with no effect never met a relative precision target (its slowdown is 0 up to 1e-15 h
 * of rounding noise, so its relative half-width is huge) and ran to the cap, printing a P5 of "-0.00".
 */
class PrecisionTargetTest {
    private static final double NOISE = 1e-15;

    private static ResultAggregator noEffect(Experiment e, int replications) {
        ResultAggregator agg = Synthetic.aggregator(e);
        for (int r = 0; r < replications; r++) {
            double base = 2 + 0.01 * (r % 7);
            double noise = (r % 2 == 0 ? 1 : -1) * NOISE * (1 + r % 3);
            agg.add(Synthetic.replication(e, r, base, base + noise, base + 0.5 + 0.01 * (r % 5)));
        }
        return agg;
    }

    @Test
    void aPackageWithNoEffectMeetsARelativeTargetAtTheFirstCheck() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).targetPrecision(0.05).maxReplications(10_000)
                .batchSize(100).build();
        ResultAggregator agg = noEffect(e, 100);
        Precision p = agg.precision();
        assertTrue(p.targetMet(), p.toString());
        assertEquals(StopReason.TARGET_MET, agg.decide());
        ExperimentResult r = agg.result(StopReason.TARGET_MET);
        assertTrue(r.summary("minefield").slowdownH().p5() < 0, "the noise is there: P5 is negative");
        String table = ConsoleTable.render(r);
        assertFalse(table.contains("-0.00"), table);
        String line = table.lines().filter(l -> l.startsWith("minefield ")).findFirst().orElseThrow();
        assertTrue(line.contains("0.00 [0.00, 0.00]") && line.contains("0.00 - 0.00"), line);
    }

    @Test
    void anAbsoluteTargetIsAHalfWidthInHours() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).targetAbsolutePrecision(0.05)
                .maxReplications(10_000).batchSize(100).build();
        StoppingRule.TargetPrecision t = (StoppingRule.TargetPrecision) e.stopping();
        assertTrue(t.isAbsolute());
        assertEquals(0.05, t.absoluteHalfWidthH(), 0.0);
        assertTrue(Double.isNaN(t.relativeHalfWidth()));
        ResultAggregator agg = noEffect(e, 100);
        Precision p = agg.precision();
        // ditch: slowdown 0.5 + 0.01 (r % 5), sd 0.0142: half-width 0.0028 h <= 0.05 h
        assertTrue(p.targetMet(), p.toString());
        assertEquals(0.05, p.targetHalfWidthH(), 0.0);
        assertTrue(p.worstHalfWidthH() > 0.002 && p.worstHalfWidthH() < 0.004, p.toString());
        assertEquals("ditch", p.worstPackage());
        assertTrue(ConsoleTable.render(agg.result(StopReason.TARGET_MET)).contains("target +/-0.050 h met"));
    }

    @Test
    void anAbsoluteTargetThatIsNotMetGoesOn() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).targetAbsolutePrecision(0.001)
                .maxReplications(10_000).batchSize(100).build();
        ResultAggregator agg = noEffect(e, 100);
        assertFalse(agg.precision().targetMet());
        assertEquals(null, agg.decide());
    }

    @Test
    void badAbsoluteTargetsNameTheField() {
        for (double bad : new double[]{0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            ExperimentConfigException x = org.junit.jupiter.api.Assertions.assertThrows(ExperimentConfigException.class,
                    () -> Experiment.builder(ExperimentFixtures.crossing()).targetAbsolutePrecision(bad).build());
            assertEquals("targetPrecision", x.field(), String.valueOf(bad));
        }
    }
}
