package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 7: memory grew with the replication count (every row and every value kept; 300,000 replications
 * died of OutOfMemoryError). The aggregator now keeps no row and sketches of fixed size.
 */
class BoundedMemoryTest {

    @Test
    void threeHundredThousandReplicationsRetainNoRowAndAFixedSizeSketch() {
        Experiment e = Experiment.builder(ExperimentFixtures.crossing()).replications(300_000).build();
        ResultAggregator agg = Synthetic.aggregator(e);
        Random rnd = new Random(1);
        long slotsAt20k = -1;
        for (int r = 0; r < 300_000; r++) {
            double base = 2 + rnd.nextDouble();
            double mines = rnd.nextDouble() < 0.05 ? Double.NaN : base + rnd.nextDouble();
            agg.add(Synthetic.replication(e, r, base, mines, base + 0.5));
            if (r == 20_000) {
                slotsAt20k = agg.retainedSketchSlots();
            }
        }
        assertEquals(0, agg.retainedRows(), "no row is kept");
        assertEquals(slotsAt20k, agg.retainedSketchSlots(), "sketch size is constant beyond the exact cap");
        // 3 packages x 3 outputs x 2 bounds x 20,000 bins
        assertTrue(agg.retainedSketchSlots() <= 3L * 3 * 2 * Math.max(QuantileSketch.EXACT_CAP, QuantileSketch.BINS));
        ExperimentResult r = agg.result(StopReason.REPLICATIONS_DONE);
        assertTrue(r.rows().isEmpty());
        SampleSummary d = r.summary("ditch").slowdownH();
        assertEquals(300_000, d.n());
        assertEquals(0.5, d.p50(), d.quantileError(), "binned quantile within its stated error");
        assertTrue(d.quantileError() > 0 && d.quantileError() <= 2 * 12.0 / QuantileSketch.BINS / 2 + 1e-12);
        SampleSummary c = r.summary("none").closureH();
        assertEquals(2.5, c.p50(), 0.01, "uniform(2, 3): median 2.5 within sampling error and sketch error");
    }
}
