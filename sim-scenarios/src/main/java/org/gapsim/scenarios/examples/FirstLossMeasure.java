package org.gapsim.scenarios.examples;

import java.util.List;
import org.gapsim.measure.Measure;
import org.gapsim.measure.MeasureProvider;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;

/**
 * A worked example of a user measure: the time the first vehicle of the force is lost (to any cause), in hours, NaN
 * in a replication where none is lost (left out of the summaries); and how many vehicles were lost in the first hour
 * after it. Found by name ({@code first-loss}) through its {@link Provider}, listed in
 * {@code META-INF/services/org.gapsim.measure.MeasureProvider}: {@code gapsim run --measure first-loss}. In code:
 * {@code Experiment.builder(scenario).measure(new FirstLossMeasure())...}.
 */
public final class FirstLossMeasure implements Measure {
    /** Minutes per hour. */
    private static final double MIN_PER_H = 60.0;

    @Override
    public List<String> valueNames() {
        return List.of("first_loss_h", "lost_first_hour");
    }

    @Override
    public Recorder recorder(CrossingPlan plan, long replication) {
        return new Recorder() {
            private double firstMin = Double.NaN;
            private int inFirstHour;

            @Override
            public void on(ModelEvent event) {
                if (event instanceof ModelEvent.VehicleLost lost) {
                    if (Double.isNaN(firstMin)) {
                        firstMin = lost.timeMin();
                    }
                    if (lost.timeMin() < firstMin + MIN_PER_H) {
                        inFirstHour++;
                    }
                }
            }

            @Override
            public double[] values() {
                return new double[]{firstMin / MIN_PER_H, Double.isNaN(firstMin) ? Double.NaN : inFirstHour};
            }
        };
    }

    @Override
    public double[] typicalRange() {
        return new double[]{0, 48};
    }

    /** Makes {@link FirstLossMeasure} available by the name {@code first-loss}. */
    public static final class Provider implements MeasureProvider {
        /** Needed by {@link java.util.ServiceLoader}. */
        public Provider() {
        }

        @Override
        public String name() {
            return "first-loss";
        }

        @Override
        public String description() {
            return "time the first vehicle is lost, h (NaN if none), and vehicles lost in the hour after it";
        }

        @Override
        public Measure create() {
            return new FirstLossMeasure();
        }
    }
}
