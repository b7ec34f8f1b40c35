package org.gapsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelListener;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Defender;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;

/**
 * Not JMH: what the defender's fighting costs (issue 11's budget: the cost per replication of the built-in study
 * within 2x of what it was without fires), measured on today's study in one JVM: side A is the built-in study
 * ({@link BenchScenarios#builtIn()}) with every sensor and fire unit removed (the scenario's and every package's;
 * {@link #withoutDefender}), side B the study as it ships. Both run the same replications (seed 42), one package at a
 * time, in alternating slices (A B B A ...) of about 100 ms of CPU, as {@link JarPair} does; per package the mean
 * thread CPU per replication of each side and the median, interquartile range and range of B over A.
 *
 * <p>Read B/A as an upper bound on the fights' cost: without the defender there is no early warning either, so the
 * obstacles a package lays on warning are never in place and the columns meet fewer obstacles.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.gapsim.bench.DefenderCost [rounds] [packages]}
 * (rounds 20 by default; packages comma-separated, all of {@link BenchScenarios#BUILT_IN_PACKAGES} by default).
 */
public final class DefenderCost {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Wanted CPU time per slice, ns. */
    private static final long SLICE_NS = 100_000_000L;
    private static final ModelListener[] NO_LISTENERS = {};

    private DefenderCost() {
    }

    /**
     * @param s a scenario
     * @return the same scenario with no sensor and no fire unit, neither the scenario's nor any package's, nor their
     *         cost bases (the rest of each defender block, such as its target priority, is kept)
     */
    public static Scenario withoutDefender(Scenario s) {
        List<FortificationPackage> packages = new ArrayList<>();
        for (FortificationPackage p : s.packages()) {
            java.util.Set<String> units = new java.util.HashSet<>();
            p.defender().sensors().forEach(u -> units.add(u.id()));
            p.defender().fireUnits().forEach(u -> units.add(u.id()));
            java.util.Map<String, org.gapsim.scenario.CostBasis> basis = new java.util.LinkedHashMap<>(p.costBasis());
            basis.keySet().removeAll(units);   // the removed units' cost bases go with them
            packages.add(p.toBuilder().defender(empty(p.defender())).costBasis(basis).build());
        }
        return s.toBuilder().defender(empty(s.defender())).packages(packages).build();
    }

    private static Defender empty(Defender d) {
        return d.toBuilder().sensors(List.of()).fireUnits(List.of()).build();
    }

    /** One side: a package's plan and its streams. */
    private static final class Side {
        private final CrossingPlan plan;
        private final ReplicationStreams streams = new ReplicationStreams(new StreamFactory(42L));
        private ReplicationResult sink;

        Side(Scenario s, String pkg) {
            plan = CrossingPlan.compile(s, pkg);
        }

        /** @return thread CPU ns to run replications {@code from} to {@code from + k - 1} */
        long cpu(long from, int k) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            for (long r = from; r < from + k; r++) {
                sink = Replications.run(plan, streams, r, NO_LISTENERS);
            }
            return THREADS.getCurrentThreadCpuTime() - t0;
        }
    }

    /**
     * @param args rounds (optional), packages (optional, comma-separated)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> packages = args.length > 1 ? List.of(args[1].split(",")) : BenchScenarios.BUILT_IN_PACKAGES;
        Scenario with = BenchScenarios.builtIn();
        Scenario without = withoutDefender(with);
        double allA = 0;
        double allB = 0;
        for (String p : packages) {
            Side a = new Side(without, p);
            Side b = new Side(with, p);
            a.cpu(0, 1000);
            b.cpu(0, 1000);
            long probe = b.cpu(0, 200);
            int k = (int) Math.max(20, Math.min(20_000, 200L * SLICE_NS / Math.max(1, probe)));
            for (int w = 0; w < 3; w++) {
                a.cpu((long) w * k, k);
                b.cpu((long) w * k, k);
            }
            List<Double> ratio = new ArrayList<>();
            double sumA = 0;
            double sumB = 0;
            long r = 10L * k;
            for (int i = 0; i < rounds; i++, r += k) {
                long ca;
                long cb;
                if (i % 2 == 0) {
                    ca = a.cpu(r, k);
                    cb = b.cpu(r, k);
                } else {
                    cb = b.cpu(r, k);
                    ca = a.cpu(r, k);
                }
                ratio.add((double) cb / ca);
                sumA += ca;
                sumB += cb;
            }
            Collections.sort(ratio);
            int n = ratio.size();
            double usA = sumA / 1000.0 / rounds / k;
            double usB = sumB / 1000.0 / rounds / k;
            allA += usA;
            allB += usB;
            System.out.printf("%-16s k=%5d  without %8.2f us  with %8.2f us CPU/replication  with/without median %.3f"
                    + "  IQR %.3f-%.3f  range %.3f-%.3f%n", p, k, usA, usB, ratio.get(n / 2), ratio.get(n / 4),
                    ratio.get(3 * n / 4), ratio.get(0), ratio.get(n - 1));
        }
        System.out.printf("all %d packages: without %.0f us, with %.0f us per set: %.2fx%n", packages.size(), allA,
                allB, allB / allA);
    }
}
