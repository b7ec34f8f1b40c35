package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every estimator of the censoring-aware summary against values computed by hand (docs/statistics.md has the same
 * worked example). Horizon H = 5 h; baseline closes at 1, 1, 1, 1, 1 h; package "minefield" at 1.5, 2, 3 h and twice
 * not by the horizon; package "ditch" at 2, 2, 2, 2, 2 h.
 */
class CensoredEstimatorsTest {
    private static final double NA = Double.NaN;
    private final Experiment e = Experiment.builder(Synthetic.withHorizon(ExperimentFixtures.crossing(), 300))
            .replications(5).build();
    private final ExperimentResult r = run();

    private ExperimentResult run() {
        ResultAggregator agg = Synthetic.aggregator(e);
        double[][] closures = {{1, 1.5, 2}, {1, 2, 2}, {1, 3, 2}, {1, NA, 2}, {1, NA, 2}};
        for (int i = 0; i < closures.length; i++) {
            agg.add(Synthetic.replication(e, i, closures[i]));
        }
        return agg.result(StopReason.REPLICATIONS_DONE);
    }

    @Test
    void probabilityOfReachingTheObjectiveHasAWilsonScoreInterval() {
        PackageSummary m = r.summary("minefield");
        assertEquals(3, m.reached());
        assertEquals(0.6, m.pReached(), 1e-15);
        assertEquals(0.4, m.pNotReached(), 1e-15);
        // Wilson (1927) score interval for 3/5 at z = 1.96: centre (0.6 + z^2/10) / (1 + z^2/5) = 0.5649,
        // half-width z / (1 + z^2/5) sqrt(0.24/5 + z^2/100) = 0.3335 (by hand; also scipy's proportion_confint)
        assertEquals(0.2307, m.pReachedLow(), 1e-4);
        assertEquals(0.8824, m.pReachedHigh(), 1e-4);
        double[] eight = ResultAggregator.wilson(8, 10);
        assertEquals(0.4902, eight[0], 1e-4);    // the textbook example 8/10: [0.490, 0.943]
        assertEquals(0.9433, eight[1], 1e-4);
    }

    @Test
    void theRestrictedMeanIsTheMeanOfMinTAndH() {
        // (1.5 + 2 + 3 + 5 + 5) / 5 = 3.3: the area under the Kaplan-Meier survival curve up to H
        assertEquals(3.3, r.summary("minefield").closureH().mean(), 1e-12);
        // paired restricted slowdown: (0.5 + 1 + 2 + 4 + 4) / 5 = 2.3
        assertEquals(2.3, r.summary("minefield").slowdownH().mean(), 1e-12);
        assertEquals(5.0, r.horizonH(), 0.0);
    }

    @Test
    void closureQuantilesExistOnlyWhereTheReachedRunsGetThere() {
        SampleSummary c = r.summary("minefield").closureH();
        assertEquals(2, c.censored());
        // R type 7, n = 5: P50 is order statistic 2 (0-based) = 3 h, a reached run: identified
        assertEquals(3.0, c.p50(), 0.0);
        assertEquals(1.5 + 0.2 * 0.5, c.p5(), 1e-12);                 // h = 0.2 between 1.5 and 2
        // P95: h = 3.8, between order statistics 3 and 4, both censored: only "> 5 h" is known
        assertTrue(Double.isNaN(c.p95()), "not the horizon value: " + c.p95());
        CensoredQuantile p95 = c.quantile(0.95);
        assertEquals(5.0, p95.low(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, p95.high(), 0.0);
        assertEquals(">5.00", p95.label("%.2f", true));
        assertTrue(Double.isNaN(c.max()));
        assertEquals(1.5, c.min(), 0.0);
    }

    @Test
    void slowdownQuantilesAreExactOnlyBelowTheSmallestCensoringBound() {
        SampleSummary s = r.summary("minefield").slowdownH();
        // slowdowns 0.5, 1, 2 exact and 4, 4 lower bounds: P50 = 2 exact, P95 >= 4
        assertEquals(2.0, s.p50(), 0.0);
        assertEquals(2, s.censored());
        assertTrue(Double.isNaN(s.p95()));
        assertEquals(4.0, s.quantile(0.95).low(), 0.0);
        assertEquals(">=4.00", s.quantile(0.95).label("%.2f", false));
        SampleSummary d = r.summary("ditch").slowdownH();
        assertEquals(0, d.censored());
        assertEquals(1.0, d.p95(), 0.0);
    }

    @Test
    void aCensoredBaselineMakesTheSlowdownAnUpperBound() {
        ResultAggregator agg = Synthetic.aggregator(e);
        agg.add(Synthetic.replication(e, 0, NA, 4.0, 2));   // baseline censored, minefield at 4 h: slowdown <= -1
        agg.add(Synthetic.replication(e, 1, NA, NA, 2));    // both censored: unknown
        SampleSummary s = agg.result(StopReason.REPLICATIONS_DONE).summary("minefield").slowdownH();
        assertEquals(2, s.censored());
        assertEquals(Double.NEGATIVE_INFINITY, s.quantile(0.0).low(), 0.0);
        assertEquals(-1.0, s.quantile(0.0).high(), 0.0);
        assertEquals("<=-1.00", s.quantile(0.0).label("%.2f", false));
        assertEquals("?", s.quantile(1.0).label("%.2f", false));
    }

    @Test
    void theClosureCurveIsKaplanMeierAndStopsAtPReached() {
        StepCurve km = r.summary("minefield").closureCurve();
        // censoring only at H: S(t) = 1 - #closed by t / n; the curve is 1 - S
        assertArrayEquals(new double[]{1.5, 2, 3, 5}, km.timeH(), 0.0);
        assertArrayEquals(new double[]{0.2, 0.4, 0.6, 0.6}, km.probability(), 1e-15);
        assertEquals(0.6, km.last(), 1e-15, "ends at 1 - P(censored), no jump to 1 at the horizon");
        assertEquals(1.0, r.summary("ditch").closureCurve().last(), 0.0);
    }

    @Test
    void costEffectIsFlaggedWhenMoreThanTenPercentAreCensored() {
        PackageSummary m = r.summary("minefield");
        assertTrue(m.costEffectCensored());
        assertEquals(2.3 / (m.costEur() / 1e8), m.hoursPer100MEur(), 1e-9, "computed on the restricted mean");
        assertFalse(r.summary("ditch").costEffectCensored());
    }

    @Test
    void everyPairIsComparedWithBonferroniIntervals() {
        assertEquals(3, r.comparisons().size());
        PairComparison md = r.comparison("minefield", "ditch");
        // ditch - minefield restricted: 0.5, 0, -1, -3, -3; mean -1.3, sd sqrt(10.8 / 4) = 1.6432
        assertEquals(-1.3, md.meanH(), 1e-12);
        assertEquals(Math.sqrt(2.7), md.sdH(), 1e-12);
        // t_{4, 1 - 0.05 / 6} = 3.96079 (scipy.stats.t.ppf(1 - 0.05/6, 4)): family-wise 95% over 3 pairs
        assertEquals(3.9607864827701835 * Math.sqrt(2.7) / Math.sqrt(5), md.halfWidthH(), 1e-9);
        assertEquals(3, md.pairs());
        assertEquals(0.95, md.familyLevel(), 0.0);
        assertFalse(md.differs());
        PairComparison back = r.comparison("ditch", "minefield");
        assertEquals(1.3, back.meanH(), 1e-12);
        assertEquals(r.summary("minefield").slowdownH().mean(), r.comparison("none", "minefield").meanH(), 1e-12,
                "against the baseline it is the restricted slowdown");
    }
}
