import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;
import org.gapsim.model.ModelListener;
import org.gapsim.model.Outcome;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenarios.SuwalkiGap;

/**
 * Where each column of the built-in Suwalki Gap study reroutes and which belts it meets, per package, counted from
 * the model's events over replications 0..N-1 of master seed 1 (the rows of 'gapsim run -n N' for that package):
 * reroutes by place and route, minefields passed and the time held at them, layout belts found by avenue, belts met
 * in place or not yet laid (obstacles on warning), vehicles lost by cause, columns arrived.
 *
 * <pre>
 *   mvn -B -ntp -q -pl sim-scenarios -am package -DskipTests
 *   java -cp sim-scenarios/target/gapsim.jar tools/BeltsAndReroutes.java 300 at-mines full
 * </pre>
 */
public class BeltsAndReroutes {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Scenario s = SuwalkiGap.scenario();
        for (int i = 1; i < args.length; i++) {
            String pk = args[i];
            CrossingPlan plan = CrossingPlan.compile(s, pk);
            StreamFactory f = new StreamFactory(1);
            Map<String, Integer> count = new TreeMap<>();
            Map<String, Double> heldMin = new TreeMap<>();
            ModelListener l = e -> {
                if (e instanceof ModelEvent.Rerouted x) {
                    count.merge(x.column() + " rerouted at " + (x.obstacle().isEmpty() ? "a place" : x.obstacle())
                            + " via " + String.join(">", x.route()), 1, Integer::sum);
                } else if (e instanceof ModelEvent.ObstaclePassed x && x.kind() == ObstacleKind.MINEFIELD
                        && x.outcome() != Outcome.REROUTED) {
                    count.merge(x.column() + " minefields passed", 1, Integer::sum);
                    heldMin.merge(x.column() + " minefields passed", x.haltedMin(), Double::sum);
                } else if (e instanceof ModelEvent.ObstacleDetected x) {
                    count.merge(x.column() + " found " + avenue(x.obstacle()), 1, Integer::sum);
                } else if (e instanceof ModelEvent.DynamicObstacleMet x) {
                    count.merge(x.column() + " met " + avenue(x.obstacle()) + (x.inPlace() ? " in place" : " not yet laid"),
                            1, Integer::sum);
                } else if (e instanceof ModelEvent.VehicleLost x) {
                    count.merge(x.column() + " lost to " + x.cause(), 1, Integer::sum);
                } else if (e instanceof ModelEvent.ColumnArrived x) {
                    count.merge(x.column() + " arrived", 1, Integer::sum);
                }
            };
            for (long r = 0; r < n; r++) {
                Replications.run(plan, new ReplicationStreams(f), r, l);
            }
            System.out.println("== " + pk + " (" + n + " replications, per replication)");
            count.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-70s %7.2f%s%n", k, v / (double) n,
                    heldMin.containsKey(k) ? String.format(Locale.ROOT, "   held there %.0f min", heldMin.get(k) / n) : ""));
        }
    }

    /** @return a layout belt's avenue ({@code entry.avenue} of {@code entry.avenue.n[.element]}), else the id */
    private static String avenue(String obstacle) {
        return obstacle.replaceAll("\\.[0-9]+(\\.[0-9]+)?$", "");
    }
}
