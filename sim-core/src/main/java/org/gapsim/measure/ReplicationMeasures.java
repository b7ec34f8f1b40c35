package org.gapsim.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.LossCause;
import org.gapsim.model.ModelEvent;
import org.gapsim.model.ModelListener;
import org.gapsim.model.Outcome;
import org.gapsim.scenario.Armour;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.VehicleType;

/**
 * Listens to one replication and turns what it publishes into a {@link ReplicationResult}: arrivals, closure
 * under the scenario's rule, losses by cause, minutes held by obstacle kind, assets used, and the counts of the
 * fight ({@link FightCount}): losses by vehicle class (the lost vehicle's type's {@link Armour}), carriers and
 * engineer assets lost ({@code AssetLost}), breach failures, misfired and wasted charges, blocked lanes, columns
 * halted for good by culmination (distinct columns: at most the scenario's column count), and the defender's
 * engagements (at obstacles and on the march), suppressions and units destroyed. One per replication.
 */
public final class ReplicationMeasures implements ModelListener {
    /** {@link ModelEvent.ColumnHalted#reason()} of a column that culminated (BreachDoctrine.maxBreachAttempts). */
    static final String CULMINATED = "culminated";
    /** Number of loss causes ({@code values()} clones its array on every call: read once). */
    private static final int LOSS_CAUSES = LossCause.values().length;
    /** Number of obstacle kinds, read once. */
    private static final int OBSTACLE_KINDS = ObstacleKind.values().length;

    private final CrossingPlan plan;
    private final long replication;
    private final Map<String, Col> cols = new LinkedHashMap<>();
    private final int[] losses = new int[LOSS_CAUSES];
    private final double[] halted = new double[OBSTACLE_KINDS];
    private int breaches;
    private int bypasses;
    private int reroutes;
    private int lineCharges;
    private int bridges;
    private final int[] fight = new int[FightCount.size()];
    /** Armour by vehicle type id, made at the first loss. */
    private Map<String, Armour> armour;

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
            boolean light = armour(l.vehicleType()) == Armour.LIGHT;
            fight[light ? FightCount.LOST_LIGHT.ordinal() : FightCount.LOST_ARMOURED.ordinal()]++;
            Col c = cols.get(l.column());
            c.losses[l.cause().ordinal()]++;
            if (light) {
                c.lostLight++;
            } else {
                c.lostArmoured++;
            }
        } else if (event instanceof ModelEvent.ObstaclePassed p) {
            halted[p.kind().ordinal()] += p.haltedMin();
            cols.get(p.column()).heldMin += p.haltedMin();
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
            Col c = cols.get(h.column());
            if (!c.halted && CULMINATED.equals(h.reason())) {   // a column halts for good once: its first halt counts
                fight[FightCount.COLUMNS_CULMINATED.ordinal()]++;
            }
            c.halted = true;
        } else if (event instanceof ModelEvent.Engagement || event instanceof ModelEvent.MarchEngagement) {
            fight[FightCount.DEFENDER_ENGAGEMENTS.ordinal()]++;
        } else if (event instanceof ModelEvent.AssetLost a) {
            fight[asset(a.asset()).ordinal()]++;
            if (a.vehicle() >= 0 && cols.get(a.column()).carrierLost(a.vehicle())) {   // a pontoon set: no vehicle
                fight[FightCount.CARRIERS_LOST.ordinal()]++;
            }
        } else if (event instanceof ModelEvent.BreachFailed) {
            fight[FightCount.BREACH_FAILURES.ordinal()]++;
        } else if (event instanceof ModelEvent.ChargeMisfired m) {
            fight[(m.wasted() ? FightCount.CHARGES_WASTED : FightCount.CHARGES_MISFIRED).ordinal()]++;
        } else if (event instanceof ModelEvent.LaneBlocked) {
            fight[FightCount.LANES_BLOCKED.ordinal()]++;
        } else if (event instanceof ModelEvent.UnitSuppressed) {
            fight[FightCount.DEFENDER_SUPPRESSIONS.ordinal()]++;
        } else if (event instanceof ModelEvent.UnitDestroyed || event instanceof ModelEvent.UnitAssaulted) {
            fight[FightCount.DEFENDER_UNITS_DESTROYED.ordinal()]++;
        }
    }

    /** @return the armour of a vehicle type ({@link Armour#ARMOURED} for a type the scenario does not list) */
    private Armour armour(String type) {
        if (armour == null) {
            armour = new HashMap<>();
            for (VehicleType v : plan.scenario().vehicleTypes()) {
                armour.put(v.id(), v.armour());
            }
        }
        return armour.getOrDefault(type, Armour.ARMOURED);
    }

    /**
     * @param asset an {@code AssetLost}'s asset name
     * @return its count
     * @throws IllegalArgumentException for a name the model does not publish
     */
    static FightCount asset(String asset) {
        return switch (asset) {
            case "line-charge" -> FightCount.ASSETS_LOST_LINE_CHARGE;
            case "plough" -> FightCount.ASSETS_LOST_PLOUGH;
            case "roller" -> FightCount.ASSETS_LOST_ROLLER;
            case "bridge", "pontoon" -> FightCount.ASSETS_LOST_BRIDGE;   // pontoon: a set lost at a crossing site
            case "earth-mover" -> FightCount.ASSETS_LOST_EARTH_MOVER;
            default -> throw new IllegalArgumentException("unknown engineer asset '" + asset + "' in AssetLost");
        };
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
            out.add(new ColumnResult(e.getKey(), c.start, n, lead, tail, c.halted, c.losses.clone(), c.lostArmoured,
                    c.lostLight, c.heldMin));
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
                List.copyOf(out), fight.clone());
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
        final int[] losses = new int[LOSS_CAUSES];
        int lostArmoured;
        int lostLight;
        double heldMin;
        /** Per vehicle number (march order at the start): whether it lost an asset; made at the first. */
        boolean[] carrierLost;

        Col(int start) {
            this.start = start;
        }

        /** @return whether vehicle number {@code v} had not lost an asset before (now marked) */
        boolean carrierLost(int v) {
            if (carrierLost == null) {
                carrierLost = new boolean[start];
            }
            boolean first = !carrierLost[v];
            carrierLost[v] = true;
            return first;
        }
    }
}
