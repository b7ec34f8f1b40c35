package org.gapsim.experiment;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;

/** Hand-made replication rows fed straight into a {@link ResultAggregator}, for estimator tests. */
final class Synthetic {
    private Synthetic() {
    }

    /** @return the test scenario with another horizon */
    static Scenario withHorizon(Scenario s, double horizonMin) {
        return new Scenario(s.name(), s.description(), s.network(), s.vehicleTypes(), s.columns(),
                s.existingObstacles(), s.packages(), s.doctrine(), s.march(), s.closure(), horizonMin);
    }

    /** @return an aggregator over the experiment's packages (rows not kept) */
    static ResultAggregator aggregator(Experiment e) {
        List<FortificationPackage> forts = new ArrayList<>();
        for (String p : e.allPackages()) {
            forts.add(e.fortification(p));
        }
        return new ResultAggregator(e, forts);
    }

    /**
     * @param e        the experiment
     * @param r        replication index
     * @param closureH closure time per package (baseline first), hours; NaN = not reached (recorded at the horizon)
     * @return the replication's rows
     */
    static List<ReplicationRow> replication(Experiment e, long r, double... closureH) {
        double horizonH = e.scenario().horizonMin() / 60.0;
        List<ReplicationRow> out = new ArrayList<>();
        double base = Double.isNaN(closureH[0]) ? horizonH : closureH[0];
        for (int i = 0; i < closureH.length; i++) {
            String name = e.allPackages().get(i);
            FortificationPackage f = e.fortification(name);
            boolean reached = !Double.isNaN(closureH[i]);
            double c = reached ? closureH[i] : horizonH;
            out.add(new ReplicationRow(r, name, f.costEur(), f.obstacles().size(), c, reached, Math.min(c, 1.0), 10,
                    reached ? 10 : 0, new int[LossCause.values().length], new double[ObstacleKind.values().length],
                    0, 0, 0, 0, 0, c - base));
        }
        return out;
    }
}
