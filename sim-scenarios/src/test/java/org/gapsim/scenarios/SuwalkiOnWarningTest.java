package org.gapsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapsim.measure.DynamicInPlace;
import org.gapsim.measure.Measure;
import org.gapsim.measure.MeasureProvider;
import org.gapsim.measure.Measures;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.DynamicKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.OnWarning;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The Suwalki study's obstacles on warning (issue 12 item 4): turn belts laid by mine-laying systems, bridges as
 * reserve demolitions, roadside trees felled, each in the package that buys it; marking them changes no money; the
 * border sensors warn early enough that most are in place; the measure is found by name.
 */
class SuwalkiOnWarningTest {
    private final Scenario s = SuwalkiGap.scenario();

    @Test
    void eachPartMarksWhatItBuysAndNoMoneyMoves() {
        assertEquals(List.of(DynamicKind.MINE_LAYING), kinds("at-mines"));
        assertEquals(4, s.requirePackage("at-mines").onWarning().layingSystems());
        assertEquals(6, kinds("bridges").size());
        assertTrue(kinds("bridges").stream().allMatch(k -> k == DynamicKind.RESERVE_DEMOLITION));
        assertEquals(6, kinds("trees").size());
        assertTrue(kinds("trees").stream().allMatch(k -> k == DynamicKind.FELLED_TREES));
        assertEquals(13, s.requirePackage("full").onWarning().entries().size(), "the whole plan has every part's");
        for (String name : List.of("at-mines", "bridges", "trees", "full")) {
            FortificationPackage p = s.requirePackage(name);
            // marking entries moves no money; the laying systems, bought whatever is marked, stay (priced)
            OnWarning w = p.onWarning();
            FortificationPackage fixed = p.toBuilder().onWarning(new OnWarning(w.warningDelayMin(), w.layingSystems(),
                    List.of(), w.layingSystem(), w.layingSystemsEur())).build();
            assertEquals(fixed.budgetEur(), p.budgetEur(), name);
            assertEquals(fixed.placedEur(), p.placedEur(), name);
            assertEquals(fixed.outsideEur(), p.outsideEur(), name);
        }
        assertEquals(83_000_000, s.requirePackage("bridges").budgetEur());
        assertEquals(812_000_000, s.requirePackage("at-mines").budgetEur());
    }

    private List<DynamicKind> kinds(String pkg) {
        return s.requirePackage(pkg).onWarning().entries().stream().map(OnWarning.Entry::kind).toList();
    }

    @Test
    void theBorderSensorsWarnEarlyEnoughForMostToBeInPlace() {
        Measure m = Measures.byName("dynamic-in-place", null);
        assertTrue(Measures.providers(null).stream().map(MeasureProvider::name).toList().contains("dynamic-in-place"));
        for (String pkg : List.of("at-mines", "bridges", "trees")) {
            CrossingPlan plan = CrossingPlan.compile(s, pkg);
            ReplicationStreams streams = new ReplicationStreams(new StreamFactory(1));
            double sum = 0;
            int n = 0;
            for (int r = 0; r < 20; r++) {
                Measure.Recorder rec = m.recorder(plan, r);
                Replications.run(plan, streams, r, rec::on);
                double v = rec.values()[0];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            assertTrue(n > 10, pkg + ": the columns reach its obstacles on warning (" + n + " of 20)");
            assertTrue(sum / n > 0.5, pkg + ": P(in place) " + sum / n);
        }
        assertTrue(m instanceof DynamicInPlace);
    }
}
