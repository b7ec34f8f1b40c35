package org.gapsim.report.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.ModelEvent;
import org.gapsim.model.ModelListener;
import org.gapsim.model.Outcome;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Scenario;

/**
 * What happened in one replication of one package, read from the model's events (the public {@link ModelListener}
 * API, as {@code gapsim trace}): the places each column's head passed, where it was held and for how long, where it
 * rerouted, waited or halted, where vehicles were lost, and each column's activity over time for a Gantt chart.
 * With the master seed of a {@code gapsim run} it is exactly row {@code replication} of that package in its
 * {@code replications.csv}.
 *
 * @param plan        the compiled scenario and package
 * @param masterSeed  master seed
 * @param replication replication index, 0-based
 * @param result      the replication's measures
 * @param events      every event, in time order
 */
public record Replay(CrossingPlan plan, long masterSeed, long replication, ReplicationResult result,
                     List<ModelEvent> events) {

    /** What a column is doing over an interval. */
    public enum Activity {
        /** Before its departure. */
        NOT_DEPARTED("not yet departed"),
        /** On the road. */
        MARCHING("marching"),
        /** Halted at an obstacle before breaching or bypassing it (finding it, deciding, waiting for a lane). */
        HELD("held at obstacle"),
        /** Its engineers opening lanes. */
        BREACHING("breaching"),
        /** Driving round an obstacle off the road. */
        BYPASSING("bypassing"),
        /** No route to the objective: waiting for another column to open one. */
        WAITING("waiting for a route"),
        /** Stopped for good short of the objective. */
        HALTED("halted for good"),
        /** Its head is at the objective. */
        ARRIVED("head at objective");

        private final String label;

        Activity(String label) {
            this.label = label;
        }

        /** @return the label used in legends */
        public String label() {
            return label;
        }
    }

    /**
     * One interval of a column's timeline.
     *
     * @param activity what it did
     * @param fromMin  start, minutes
     * @param toMin    end, minutes
     * @param where    obstacle or place id, or empty
     */
    public record Span(Activity activity, double fromMin, double toMin, String where) {
    }

    /**
     * A column's head held at an obstacle.
     *
     * @param column   column id
     * @param obstacle obstacle id
     * @param heldMin  minutes held beyond an unobstructed crossing
     * @param outcome  how it got past
     */
    public record Hold(String column, String obstacle, double heldMin, Outcome outcome) {
    }

    /**
     * Copies the list.
     *
     * @param plan value of {@link #plan()}
     * @param masterSeed value of {@link #masterSeed()}
     * @param replication value of {@link #replication()}
     * @param result value of {@link #result()}
     * @param events value of {@link #events()}
     */
    public Replay {
        events = List.copyOf(events);
    }

    /**
     * Runs replication {@code replication} of a package and records its events.
     *
     * @param scenario    the scenario
     * @param packageName package ({@code none} for the baseline)
     * @param masterSeed  master seed (as {@code gapsim run --seed})
     * @param replication replication index, 0-based
     * @return the replay
     */
    public static Replay run(Scenario scenario, String packageName, long masterSeed, long replication) {
        CrossingPlan plan = CrossingPlan.compile(scenario, packageName);
        List<ModelEvent> events = new ArrayList<>();
        ModelListener listener = events::add;
        ReplicationResult r = Replications.run(plan, new ReplicationStreams(new StreamFactory(masterSeed)),
                replication, listener);
        return new Replay(plan, masterSeed, replication, r, events);
    }

    /** @return package name */
    public String packageName() {
        return plan.fortification().name();
    }

    /** @return the places each column's head passed, in order, start first (by column id, scenario order) */
    public Map<String, List<String>> placesPassed() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (ColumnSpec c : plan.scenario().columns()) {
            m.put(c.id(), new ArrayList<>());
        }
        for (ModelEvent e : events) {
            if (e instanceof ModelEvent.ColumnDeparted d) {
                m.get(d.column()).add(d.place());
            } else if (e instanceof ModelEvent.PlaceReached p) {
                List<String> l = m.get(p.column());
                if (l.isEmpty() || !l.get(l.size() - 1).equals(p.place())) {
                    l.add(p.place());
                }
            } else if (e instanceof ModelEvent.ColumnArrived a) {
                List<String> l = m.get(a.column());
                if (l.isEmpty() || !l.get(l.size() - 1).equals(a.objective())) {
                    l.add(a.objective());
                }
            }
        }
        return m;
    }

    /** @return every obstacle passage with its held time, in time order (unnoticed passages left out) */
    public List<Hold> holds() {
        List<Hold> out = new ArrayList<>();
        for (ModelEvent e : events) {
            if (e instanceof ModelEvent.ObstaclePassed p && p.outcome() != Outcome.UNNOTICED) {
                out.add(new Hold(p.column(), p.obstacle(), p.haltedMin(), p.outcome()));
            }
        }
        return out;
    }

    /** @return minutes held per obstacle, all columns summed (obstacles sorted by id) */
    public Map<String, Double> heldMinByObstacle() {
        Map<String, Double> m = new TreeMap<>();
        for (Hold h : holds()) {
            m.merge(h.obstacle(), h.heldMin(), Double::sum);
        }
        return m;
    }

    /** @return vehicles lost per obstacle, or per road segment for losses on the march (sorted by id) */
    public Map<String, Integer> lossesByObstacle() {
        Map<String, Integer> m = new TreeMap<>();
        for (ModelEvent e : events) {
            if (e instanceof ModelEvent.VehicleLost l) {
                m.merge(l.obstacle(), 1, Integer::sum);
            }
        }
        return m;
    }

    /** @return the reroutes, in time order */
    public List<ModelEvent.Rerouted> reroutes() {
        List<ModelEvent.Rerouted> out = new ArrayList<>();
        for (ModelEvent e : events) {
            if (e instanceof ModelEvent.Rerouted r) {
                out.add(r);
            }
        }
        return out;
    }

    /** @return where columns halted for good, in time order */
    public List<ModelEvent.ColumnHalted> halts() {
        List<ModelEvent.ColumnHalted> out = new ArrayList<>();
        for (ModelEvent e : events) {
            if (e instanceof ModelEvent.ColumnHalted h) {
                out.add(h);
            }
        }
        return out;
    }

    /** @return the time the timeline ends: the last event, at most the horizon, minutes */
    public double endMin() {
        double end = 0;
        for (ModelEvent e : events) {
            end = Math.max(end, e.timeMin());
            if (e instanceof ModelEvent.ColumnArrived a && Double.isFinite(a.tailMin())) {
                end = Math.max(end, a.tailMin());
            }
        }
        return Math.min(end, plan.scenario().horizonMin());
    }

    /**
     * Each column's activity over time, from its departure to its arrival, halt or the end of the timeline. Held,
     * breaching and bypassing come from the obstacle passages ({@link ModelEvent.ObstaclePassed}: the head arrived at
     * {@code headArrivalMin} and got past at its time) split at the breach or bypass start; waiting from
     * {@link ModelEvent.ColumnWaiting} to {@link ModelEvent.ColumnResumed}; everything else between departure and
     * arrival is marching.
     *
     * @return spans per column id, in time order, contiguous
     */
    public Map<String, List<Span>> timeline() {
        double end = endMin();
        Map<String, List<Span>> out = new LinkedHashMap<>();
        for (ColumnSpec c : plan.scenario().columns()) {
            out.put(c.id(), columnTimeline(c.id(), end));
        }
        return out;
    }

    private List<Span> columnTimeline(String column, double end) {
        double departed = Double.NaN;
        double finished = Double.NaN;
        Activity finalActivity = null;
        String finalWhere = "";
        List<Span> busy = new ArrayList<>();
        Map<String, double[]> starts = new LinkedHashMap<>(); // obstacle -> {time, 0 breach / 1 bypass}
        double waitFrom = Double.NaN;
        String waitWhere = "";
        for (ModelEvent e : events) {
            if (!e.column().equals(column)) {
                continue;
            }
            if (e instanceof ModelEvent.ColumnDeparted d) {
                departed = d.timeMin();
            } else if (e instanceof ModelEvent.BreachStarted b) {
                starts.putIfAbsent(b.obstacle(), new double[] {b.timeMin(), 0});
            } else if (e instanceof ModelEvent.BypassStarted b) {
                starts.putIfAbsent(b.obstacle(), new double[] {b.timeMin(), 1});
            } else if (e instanceof ModelEvent.ObstaclePassed p) {
                double[] s = starts.remove(p.obstacle());
                double a = p.headArrivalMin();
                if (s != null && s[0] >= a && s[0] <= p.timeMin()) {
                    busy.add(new Span(Activity.HELD, a, s[0], p.obstacle()));
                    busy.add(new Span(s[1] == 0 ? Activity.BREACHING : Activity.BYPASSING, s[0], p.timeMin(),
                            p.obstacle()));
                } else if (p.haltedMin() > 0 || p.outcome() == Outcome.FOLLOWED) {
                    busy.add(new Span(Activity.HELD, a, p.timeMin(), p.obstacle()));
                }
            } else if (e instanceof ModelEvent.ColumnWaiting w) {
                waitFrom = w.timeMin();
                waitWhere = w.where();
            } else if (e instanceof ModelEvent.ColumnResumed r) {
                if (!Double.isNaN(waitFrom)) {
                    busy.add(new Span(Activity.WAITING, waitFrom, r.timeMin(), r.where()));
                }
                waitFrom = Double.NaN;
            } else if (e instanceof ModelEvent.ColumnArrived a) {
                finished = a.timeMin();
                finalActivity = Activity.ARRIVED;
                finalWhere = a.objective();
            } else if (e instanceof ModelEvent.ColumnHalted h) {
                if (!Double.isNaN(waitFrom)) {
                    busy.add(new Span(Activity.WAITING, waitFrom, h.timeMin(), waitWhere));
                    waitFrom = Double.NaN;
                }
                finished = h.timeMin();
                finalActivity = Activity.HALTED;
                finalWhere = h.where();
            }
        }
        if (!Double.isNaN(waitFrom)) {
            busy.add(new Span(Activity.WAITING, waitFrom, end, waitWhere));
        }
        busy.sort((x, y) -> Double.compare(x.fromMin(), y.fromMin()));
        List<Span> spans = new ArrayList<>();
        double t = 0;
        if (Double.isNaN(departed)) {
            spans.add(new Span(Activity.NOT_DEPARTED, 0, end, ""));
            return spans;
        }
        if (departed > 0) {
            spans.add(new Span(Activity.NOT_DEPARTED, 0, departed, ""));
        }
        t = departed;
        double stop = Double.isNaN(finished) ? end : finished;
        for (Span s : busy) {
            double from = Math.max(s.fromMin(), t);
            double to = Math.min(s.toMin(), stop);
            if (to <= from) {
                continue;
            }
            if (from > t) {
                spans.add(new Span(Activity.MARCHING, t, from, ""));
            }
            spans.add(new Span(s.activity(), from, to, s.where()));
            t = to;
        }
        if (stop > t) {
            spans.add(new Span(Activity.MARCHING, t, stop, ""));
        }
        if (finalActivity != null && end > stop) {
            spans.add(new Span(finalActivity, stop, end, finalWhere));
        }
        return spans;
    }
}
