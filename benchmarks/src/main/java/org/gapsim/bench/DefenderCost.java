package org.gapsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
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
 * time, in alternating slices (A B B A ...) of about 100 ms of CPU ({@link SlicePair}, as {@link JarPair}); per package the mean
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
     * @throws Exception if a replication fails
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> packages = args.length > 1 ? List.of(args[1].split(",")) : BenchScenarios.BUILT_IN_PACKAGES;
        Scenario with = BenchScenarios.builtIn();
        Scenario without = withoutDefender(with);
        double allA = 0;
        double allB = 0;
        for (String p : packages) {
            Side a = new Side(without, p);
            Side b = new Side(with, p);
            SlicePair.Result res = SlicePair.compare(a::cpu, b::cpu, 1000, rounds);
            allA += res.usA();
            allB += res.usB();
            System.out.println(res.line(p, "without", "with"));
        }
        System.out.printf("all %d packages: without %.0f us, with %.0f us per set: %.2fx%n", packages.size(), allA,
                allB, allB / allA);
    }
}
