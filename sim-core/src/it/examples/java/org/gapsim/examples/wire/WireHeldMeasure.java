package org.gapsim.examples.wire;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gapsim.measure.Measure;
import org.gapsim.measure.MeasureProvider;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;
import org.gapsim.scenario.Obstacle;

/**
 * Worked example of a measure: hours the column heads were held at wire ({@code wire_held_h}, the sum over every
 * column's passage of a {@link Wire}, beyond driving through it) and the number of such passages
 * ({@code wire_passages}); NaN where no column met wire (left out of the summaries).
 */
public final class WireHeldMeasure implements Measure {
    @Override
    public List<String> valueNames() {
        return List.of("wire_held_h", "wire_passages");
    }

    @Override
    public Recorder recorder(CrossingPlan plan, long replication) {
        Set<String> wire = new HashSet<>();
        for (Obstacle o : plan.obstacles()) {
            if (o instanceof Wire) {
                wire.add(o.id());
            }
        }
        return new Recorder() {               // one per replication: plain fields, no locking
            private double heldMin;
            private int passages;

            @Override
            public void on(ModelEvent event) {
                if (event instanceof ModelEvent.ObstaclePassed p && wire.contains(p.obstacle())) {
                    heldMin += p.haltedMin();
                    passages++;
                }
            }

            @Override
            public double[] values() {
                return passages == 0 ? new double[]{Double.NaN, Double.NaN}
                        : new double[]{heldMin / 60, passages};
            }
        };
    }

    @Override
    public double[] typicalRange() {
        return new double[]{0, 48};
    }

    /** {@code wire-held} for {@code Measures.byName} and {@code gapsim run --measure wire-held}. */
    public static final class Provider implements MeasureProvider {
        @Override
        public String name() {
            return "wire-held";
        }

        @Override
        public String description() {
            return "hours column heads were held at wire, and passages of wire";
        }

        @Override
        public Measure create() {
            return new WireHeldMeasure();
        }
    }
}
