package org.gapsim.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;

/**
 * How often obstacles on warning were in place (issue 12 item 4): per replication, the fraction of the columns' head
 * arrivals at an obstacle on warning that found it in place ({@code dynamic_in_place}), and the same for each named
 * obstacle ({@code dynamic_in_place_<id>}, its id lower-cased with every other character than a-z, 0-9 as
 * {@code _}). NaN where no column's head reached one (a package without obstacles on warning, the baseline). Its
 * summary's mean over replications estimates P(in place) per arrival. On the command line:
 * {@code gapsim run --measure dynamic-in-place} (the overall value only).
 */
public final class DynamicInPlace implements Measure {
    private final List<String> obstacles;
    private final List<String> names;

    /** @param obstacles ids of obstacles on warning to report one by one (may be empty) */
    public DynamicInPlace(List<String> obstacles) {
        this.obstacles = List.copyOf(obstacles);
        List<String> n = new ArrayList<>();
        n.add("dynamic_in_place");
        for (String o : this.obstacles) {
            n.add("dynamic_in_place_" + o.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_"));
        }
        this.names = List.copyOf(n);
    }

    @Override
    public List<String> valueNames() {
        return names;
    }

    @Override
    public double[] typicalRange() {
        return new double[] {0, 1};
    }

    @Override
    public Recorder recorder(CrossingPlan plan, long replication) {
        int k = obstacles.size() + 1;
        double[] in = new double[k];
        double[] met = new double[k];
        return new Recorder() {
            @Override
            public void on(ModelEvent e) {
                if (e instanceof ModelEvent.DynamicObstacleMet m) {
                    count(0, m.inPlace());
                    int i = obstacles.indexOf(m.obstacle());
                    if (i >= 0) {
                        count(i + 1, m.inPlace());
                    }
                }
            }

            private void count(int i, boolean there) {
                met[i]++;
                in[i] += there ? 1 : 0;
            }

            @Override
            public double[] values() {
                double[] v = new double[k];
                for (int i = 0; i < k; i++) {
                    v[i] = met[i] == 0 ? Double.NaN : in[i] / met[i];
                }
                return v;
            }
        };
    }

    /** Makes the overall value available as {@code --measure dynamic-in-place}. */
    public static final class Provider implements MeasureProvider {
        @Override
        public String name() {
            return "dynamic-in-place";
        }

        @Override
        public String description() {
            return "fraction of head arrivals at obstacles on warning that found them in place (0..1)";
        }

        @Override
        public Measure create() {
            return new DynamicInPlace(List.of());
        }
    }

    @Override
    public String toString() {
        return "DynamicInPlace" + Arrays.toString(names.toArray());
    }
}
