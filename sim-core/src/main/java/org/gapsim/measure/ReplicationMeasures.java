package org.gapsim.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.LossCause;
import org.gapsim.model.ModelEvent;
import org.gapsim.model.ModelListener;
import org.gapsim.model.Outcome;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.ObstacleKind;

/**
 * Listens to one replication and turns what it publishes into a {@link ReplicationResult}: arrivals, closure
 * under the scenario's rule, losses by cause, minutes held by obstacle kind, assets used. One per replication.
 */
public final class ReplicationMeasures implements ModelListener {
    private final CrossingPlan plan;
    private final long replication;
    private final Map<String, Col> cols = new LinkedHashMap<>();
    private final int[] losses = new int[LossCause.values().length];
    private final double[] halted = new double[ObstacleKind.values().length];
    private int breaches;
    private int bypasses;
    private int reroutes;
    private int lineCharges;
    private int bridges;

    /**
     * @param plan        the compiled scenario and package being run
     * @param replication replication index (recorded in the result)
     */
    public ReplicationMeasures(CrossingPlan plan, long replication) {
        this.plan = plan;
        this.replication = replication;
        for (ColumnSpec c : plan.scenario().columns()) {
            cols.put(c.id(), new Col(c.vehicleCount()));
        }
    }

    @Override
    public void on(ModelEvent event) {
        if (event instanceof ModelEvent.ColumnArrived a) {
            Col c = cols.get(a.column());
            c.lead = a.timeMin();
            c.arrivals = a.arrivalTimesMin();
        } else if (event instanceof ModelEvent.VehicleLost l) {
            losses[l.cause().ordinal()]++;
        } else if (event instanceof ModelEvent.ObstaclePassed p) {
            halted[p.kind().ordinal()] += p.haltedMin();
            if (p.outcome() == Outcome.BYPASSED) {
                bypasses++;
            }
        } else if (event instanceof ModelEvent.BreachStarted b) {
            breaches++;
            if (b.method() == BreachMethod.LINE_CHARGE) {
                lineCharges += b.assetsUsed();
            } else if (b.method() == BreachMethod.BRIDGE_LAYER) {
                bridges += b.assetsUsed();
            }
        } else if (event instanceof ModelEvent.Rerouted) {
            reroutes++;
        } else if (event instanceof ModelEvent.ColumnHalted h) {
            cols.get(h.column()).halted = true;
        }
    }

    /** @return the measures of the replication; call after it has run */
    public ReplicationResult result() {
        double horizon = plan.scenario().horizonMin();
        List<ColumnResult> out = new ArrayList<>(cols.size());
        int start = 0;
        int arrived = 0;
        double firstLead = horizon;
        double allTail = 0;
        double anyTail = Double.POSITIVE_INFINITY;
        boolean all = true;
        ClosureRule rule = plan.scenario().closure();
        boolean fraction = rule.kind() == ClosureRule.Kind.FRACTION_OF_VEHICLES;
        double[] times = fraction ? new double[start(cols)] : null;
        int timesN = 0;
        for (Map.Entry<String, Col> e : cols.entrySet()) {
            Col c = e.getValue();
            start += c.start;
            int n = 0;
            double tail = Double.NaN;
            double lead = Double.NaN;
            if (c.arrivals != null) {
                for (double t : c.arrivals) {
                    if (t <= horizon) {
                        n++;
                        if (fraction) {
                            times[timesN++] = t;
                        }
                    }
                }
                if (c.lead <= horizon) {
                    lead = c.lead;
                    firstLead = Math.min(firstLead, lead);
                }
                double last = c.arrivals.length == 0 ? Double.NaN : c.arrivals[c.arrivals.length - 1];
                if (last <= horizon) {
                    tail = last;
                }
            }
            arrived += n;
            if (Double.isNaN(tail)) {
                all = false;
            } else {
                allTail = Math.max(allTail, tail);
                anyTail = Math.min(anyTail, tail);
            }
            out.add(new ColumnResult(e.getKey(), c.start, n, lead, tail, c.halted));
        }
        double closure;
        boolean reached;
        switch (rule.kind()) {
            case ALL_COLUMNS -> {
                reached = all;
                closure = all ? allTail : horizon;
            }
            case ANY_COLUMN -> {
                reached = anyTail <= horizon;
                closure = reached ? anyTail : horizon;
            }
            default -> {
                int needed = (int) Math.ceil(rule.fraction() * start - 1e-9);
                double[] sorted = Arrays.copyOf(times, timesN);
                Arrays.sort(sorted);
                reached = needed <= sorted.length;
                closure = reached ? sorted[Math.max(0, needed - 1)] : horizon;
            }
        }
        return new ReplicationResult(replication, plan.fortification().name(), closure, reached, firstLead, start,
                arrived, losses.clone(), halted.clone(), breaches, bypasses, reroutes, lineCharges, bridges,
                List.copyOf(out));
    }

    private static int start(Map<String, Col> cols) {
        int n = 0;
        for (Col c : cols.values()) {
            n += c.start;
        }
        return n;
    }

    private static final class Col {
        final int start;
        double lead = Double.NaN;
        double[] arrivals;
        boolean halted;

        Col(int start) {
            this.start = start;
        }
    }
}
