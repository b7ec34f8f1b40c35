package org.gapsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sanity of the calibration, 200 replications of every package on common random numbers (replication r of every
 * package uses substream r of every stream): the baseline closes in hours, not days (RAND wargames: 36-60 h to Riga
 * or Tallinn over much longer roads) and always closes; every package slows the force; the whole plan slows it at
 * least as much as each of its parts (not significantly less, paired), and so does the plan with the East Shield. Since the defender fights (issue 11)
 * a package may stop the force short of its objective in some replications: closure is then restricted to the
 * horizon (the mean of min(T, H), as the study's table).
 */
class SuwalkiGapCalibrationTest {
    private static final int N = 200;
    private static final long SEED = 20250505L;
    /** Mean closure time per package, hours. */
    private static final Map<String, Double> CLOSURE_H = new LinkedHashMap<>();
    /** Mean paired slowdown per package, hours. */
    private static final Map<String, Double> SLOWDOWN_H = new LinkedHashMap<>();
    /** Restricted closure per package and replication, hours. */
    private static final Map<String, double[]> CLOSURES = new LinkedHashMap<>();
    /** Whether the baseline closed in every replication. */
    private static final boolean[] BASELINE_ALWAYS_CLOSES = {true};

    @BeforeAll
    static void run() {
        Scenario s = SuwalkiGap.scenario();
        // one package per task, each with its own streams: the draws depend only on (seed, stream name, r)
        Map<String, double[]> closures = new java.util.concurrent.ConcurrentHashMap<>();
        s.packageNames().parallelStream().forEach(p -> closures.put(p, closures(s, p)));
        double[] base = closures.get("none");
        for (String p : s.packageNames()) {
            double[] closure = closures.get(p);
            double c = 0;
            double d = 0;
            for (int r = 0; r < N; r++) {
                c += closure[r];
                d += closure[r] - base[r];
            }
            CLOSURE_H.put(p, c / N);
            CLOSURES.put(p, closure);
            SLOWDOWN_H.put(p, d / N);
        }
    }

    /** @return closure times of replications 0..N-1 of one package, hours; the horizon where it did not close */
    private static double[] closures(Scenario s, String p) {
        CrossingPlan plan = CrossingPlan.compile(s, p);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(SEED));
        double[] closure = new double[N];
        for (int r = 0; r < N; r++) {
            ReplicationResult res = Replications.run(plan, streams, r);
            if (p.equals("none") && !res.reached()) {
                BASELINE_ALWAYS_CLOSES[0] = false;
            }
            closure[r] = res.reached() ? res.closureHours() : s.horizonMin() / 60;
        }
        return closure;
    }

    @Test
    void theBaselineClosesInHoursNotDays() {
        double h = CLOSURE_H.get("none");
        assertTrue(h > 3 && h < 48, "baseline closure " + h + " h");
        assertTrue(BASELINE_ALWAYS_CLOSES[0], "the baseline did not close in 7 days in some replication");
    }

    @Test
    void everyPackageSlowsTheForce() {
        assertEquals(0.0, SLOWDOWN_H.get("none"));
        for (Map.Entry<String, Double> e : SLOWDOWN_H.entrySet()) {
            // issue 11: isr buys sensors and protection, no shooters and no obstacles; on its own it watches only
            // the Raigardas teeth, where the existing forces already see the columns, so alone it buys ~0 h (its
            // sensors act in 'full', on the other parts' obstacles)
            if (!e.getKey().equals("none") && !e.getKey().equals("isr")) {
                assertTrue(e.getValue() > 0, e.getKey() + " mean slowdown " + e.getValue() + " h");
            }
        }
    }

    /**
     * Whether package {@code a}'s restricted closure is not significantly shorter than {@code b}'s: the paired mean
     * difference (common random numbers) is above -3 standard errors. Near the horizon both are censored in most
     * replications and their means differ by noise in the few that close, so a plain "mean a >= mean b" would test
     * the noise.
     */
    private static boolean notShorter(String a, String b) {
        double[] x = CLOSURES.get(a);
        double[] y = CLOSURES.get(b);
        double m = 0;
        for (int r = 0; r < N; r++) {
            m += x[r] - y[r];
        }
        m /= N;
        double v = 0;
        for (int r = 0; r < N; r++) {
            v += (x[r] - y[r] - m) * (x[r] - y[r] - m);
        }
        double se = Math.sqrt(v / (N - 1) / N);
        return m >= -3 * se;
    }

    @Test
    void theWholePlanSlowsAtLeastAsMuchAsEachPart() {
        double full = SLOWDOWN_H.get(SuwalkiGap.FULL);
        for (String part : SuwalkiGap.LITHUANIAN_PARTS) {
            assertTrue(notShorter(SuwalkiGap.FULL, part), "full " + full + " h < " + part + " "
                    + SLOWDOWN_H.get(part) + " h (paired, beyond 3 standard errors)");
        }
        // The East Shield slows the force at least as much as any Lithuanian part alone. It need not slow it more
        // than the whole Lithuanian plan (issue 11): its obstacles delay the column through Poland (k2), which then
        // meets the Lithuanian defence at other times; with the plan alone k2 loses its bridge layer to fire at the
        // blown Sesupe bridge on LT 134 and halts there for good ("culminated") in some replications, with the
        // East Shield it reroutes (seed 1, 200 replications: P(reached) about 0.88 against 1.0).
        for (String part : SuwalkiGap.LITHUANIAN_PARTS) {
            assertTrue(notShorter(SuwalkiGap.FULL_EAST_SHIELD, part), SLOWDOWN_H.toString());
        }
    }
}
