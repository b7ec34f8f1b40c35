package org.gapsim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.junit.jupiter.api.Test;

/**
 * The hand-written SSJ peer ({@link SsjPeer}) and gapsim simulate the same small job
 * ({@link BenchScenarios#smallJob()}) on independent random numbers: their mean closure and mean losses must agree by
 * a two-sample (Welch) test at the 0.1 % level over {@value #N} replications each, and the test must be able to see
 * a real difference (the standard error of the difference in mean closure is under 0.2 % of the mean, and that of
 * the losses under 0.1 vehicle).
 */
class SsjPeerAgreementTest {
    /** Replications of each model. */
    static final int N = 10_000;
    /** Two-sided critical value of the standard normal at the 0.1 % level (Welch with this many replications). */
    static final double Z_CRIT = 3.2905;

    @Test
    void peerAndGapsimAgreeOnMeanClosureAndMeanLosses() {
        CrossingPlan plan = CrossingPlan.compile(BenchScenarios.smallJob(), BenchScenarios.SMALL_PACKAGE);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(20261202L));
        SsjPeer peer = new SsjPeer(424242L);
        double[] gc = new double[N];
        double[] gl = new double[N];
        double[] pc = new double[N];
        double[] pl = new double[N];
        for (int r = 0; r < N; r++) {
            ReplicationResult g = Replications.run(plan, streams, r);
            assertTrue(g.reached(), "gapsim replication " + r + " closed");
            gc[r] = g.closureMin();
            gl[r] = g.vehiclesLost();
            SsjPeer.Result p = peer.replication();
            pc[r] = p.closureMin();
            pl[r] = p.vehiclesLost();
        }
        double seClosure = se(gc, pc);
        double seLosses = se(gl, pl);
        assertTrue(seClosure < 0.002 * mean(gc), "closure test has power: se " + seClosure);
        assertTrue(seLosses < 0.1, "losses test has power: se " + seLosses);
        double zClosure = (mean(gc) - mean(pc)) / seClosure;
        double zLosses = (mean(gl) - mean(pl)) / seLosses;
        assertTrue(Math.abs(zClosure) < Z_CRIT, "mean closure gapsim " + mean(gc) + " peer " + mean(pc)
                + " min, z " + zClosure);
        assertTrue(Math.abs(zLosses) < Z_CRIT, "mean losses gapsim " + mean(gl) + " peer " + mean(pl) + ", z "
                + zLosses);
        // both exercise the mines: some replications lose vehicles, not all lose the same number
        assertTrue(mean(pl) > 0.1 && variance(pl) > 0, "peer losses vary");
        assertEquals(N, gc.length);
    }

    private static double se(double[] a, double[] b) {
        return Math.sqrt(variance(a) / a.length + variance(b) / b.length);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double variance(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }
}
