package org.gapsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.BudgetLayout;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Belts in the Suwalki study, with its defender fighting at them (issue 12, "done when"): more mines a metre and more
 * rows, and more belts in depth, each hold the force longer, on the same random numbers; the layout is the same on
 * every load.
 */
class SuwalkiBeltsTest {
    private static final int REPLICATIONS = 40;
    private final Scenario s = SuwalkiGap.scenario();

    /** @return the at-mines part (its AT teams kept) with one layout entry instead of its own, named {@code name} */
    private FortificationPackage variant(String name, BudgetLayout.Effect as, double fromKm, double toKm) {
        FortificationPackage at = s.requirePackage("at-mines");
        BudgetLayout.Entry e = new BudgetLayout.Entry(name, "at-mine", null, 61.2e6, as, fromKm, toKm,
                BudgetLayout.Entry.DEFAULT_SPACING_M, null, null, null, null);
        return at.withLayout(new BudgetLayout(Double.NaN, List.of(e))).toBuilder().name(name).build();
    }

    /** @return the mean closure over the first replications, hours (the same streams for every package) */
    private static double meanClosureH(Scenario sc, String pkg) {
        CrossingPlan plan = CrossingPlan.compile(sc, pkg);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(1));
        double sum = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            sum += Replications.run(plan, streams, r).closureHours();
        }
        return sum / REPLICATIONS;
    }

    @Test
    void denserBeltsWithMoreRowsAndDeeperEchelonsHoldTheForceLonger() {
        List<FortificationPackage> pk = new ArrayList<>(s.packages());
        pk.add(variant("disrupt-3-5", BudgetLayout.Effect.DISRUPT, 3, 5));
        pk.add(variant("block-3-5", BudgetLayout.Effect.BLOCK, 3, 5));
        pk.add(variant("block-3-10", BudgetLayout.Effect.BLOCK, 3, 10));
        Scenario sc = s.withPackages(pk);
        long disruptMines = sc.requirePackage("disrupt-3-5").layout().entries().get(0).mines();
        long blockMines = sc.requirePackage("block-3-5").layout().entries().get(0).mines();
        long deepMines = sc.requirePackage("block-3-10").layout().entries().get(0).mines();
        assertTrue(disruptMines < blockMines && blockMines < deepMines, disruptMines + " < " + blockMines + " < "
                + deepMines);
        double none = meanClosureH(sc, "none");
        double disrupt = meanClosureH(sc, "disrupt-3-5");
        double block = meanClosureH(sc, "block-3-5");
        double deep = meanClosureH(sc, "block-3-10");
        assertTrue(disrupt > none, "disrupt belts " + disrupt + " h > none " + none + " h");
        assertTrue(block > disrupt, "block (1.6/m, 4 rows) " + block + " h > disrupt (0.5/m, 1 row) " + disrupt + " h");
        assertTrue(deep > block, "block belts to 10 km " + deep + " h > to 5 km " + block + " h");
    }

    @Test
    void theSameFileLaysTheSameBelts() {
        assertEquals(s.requirePackage("at-mines"), SuwalkiGap.scenario().requirePackage("at-mines"));
        assertEquals(s.requirePackage("full+east-shield").layout(),
                BuiltInScenarios.load(SuwalkiGap.NAME).requirePackage("full+east-shield").layout());
    }
}
