package org.gapsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.sweep.Assumption;
import org.gapsim.experiment.sweep.Factor;
import org.gapsim.experiment.sweep.LatinHypercube;
import org.gapsim.experiment.sweep.Sweep;
import org.gapsim.scenario.Scenario;

/**
 * What executors need to rebuild every design point of a {@link Sweep}: the base experiment's settings (with its
 * scenario's source), the factors and each point's factor values, computed once on the driver.
 *
 * @param base    the base experiment's settings and scenario source
 * @param factors the factors' catalogue entries, in column order
 * @param values  per design point, one value per factor in column order (each in its factor's unit)
 */
record SweepSpec(ExperimentSpec base, List<Assumption> factors, List<double[]> values) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the lists into serializable immutable ones. */
    SweepSpec {
        factors = List.copyOf(factors);
        values = List.copyOf(values);
    }

    /** @return the spec of a sweep whose base scenario executors get from {@code source} */
    static SweepSpec of(Sweep sweep, LatinHypercube design, ScenarioSource source) {
        List<Assumption> factors = new ArrayList<>();
        for (Factor f : sweep.factors()) {
            factors.add(f.assumption());
        }
        List<double[]> values = new ArrayList<>(design.points());
        for (int i = 0; i < design.points(); i++) {
            List<Double> v = sweep.valuesAt(design, i);
            double[] a = new double[v.size()];
            for (int f = 0; f < a.length; f++) {
                a[f] = v.get(f);
            }
            values.add(a);
        }
        return new SweepSpec(ExperimentSpec.of(sweep.experiment(), source), factors, values);
    }

    /**
     * @param loadedBase the base scenario as loaded from the source
     * @param point      design point
     * @return the experiment of that point, as {@link Sweep#experimentAt(List)} builds it (the factors applied in
     *         column order), with {@link ExperimentSpec#experiment}'s settings
     */
    Experiment experimentAt(Scenario loadedBase, int point) {
        Scenario s = loadedBase;
        double[] v = values.get(point);
        for (int f = 0; f < factors.size(); f++) {
            s = factors.get(f).apply(s, v[f]);
        }
        return base.experiment(s);
    }
}
