package org.gapsim.scenarios.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.model.LossCause;
import org.gapsim.model.ModelEvent;
import org.gapsim.model.ModelListener;
import org.gapsim.scenario.BreachMethod;

/**
 * What one replication of a validation case did at each obstacle, recorded from its {@link ModelEvent}s: when the
 * head reached and passed it, when reduction started and by which method, when each lane opened, and the losses
 * by cause. One per replication; not thread-safe. Times in minutes of simulated time.
 */
final class ReplicationRecord implements ModelListener {
    /** What happened at one obstacle. */
    static final class AtObstacle {
        /** First time the column was seen at the obstacle (detection, mine strike or breach start), or NaN. */
        double arrivalMin = Double.NaN;
        /** Time the head got past it, or NaN if it did not by the horizon. */
        double passedMin = Double.NaN;
        /** Method of the reduction in progress when the head got past it (null: none, e.g. no breach). */
        BreachMethod methodAtPass;
        /** Start of the first reduction, or NaN. */
        double firstBreachMin = Double.NaN;
        /** Lane opening times in time order, with the method of the breach in progress when each opened. */
        final List<Double> laneOpenedMin = new ArrayList<>();
        /** The method of each lane in {@link #laneOpenedMin}. */
        final List<BreachMethod> laneMethod = new ArrayList<>();
        /** Method of the reduction in progress (the last started), or null. */
        BreachMethod currentMethod;
        /**
         * Element k: the first time k + 1 distinct lanes were open at once (a lane opened again after it was
         * reseeded counts once; lanes of a later attempt are other lanes).
         */
        final List<Double> lanesOpenAtOnceMin = new ArrayList<>();
        /** Lanes open now, as attempt x 1000 + lane index. */
        private final java.util.Set<Integer> openNow = new java.util.HashSet<>();
        /** Breach attempts started here. */
        private int attempts;
        /** The last {@link ModelEvent.LaneProgress} of each lane of the latest attempt, by lane index. */
        private final Map<Integer, ModelEvent.LaneProgress> progress = new HashMap<>();

        /**
         * @param t a time no earlier than the last lane event, minutes
         * @return the deepest cleared depth at {@code t} of the latest attempt's lanes, m, from their last
         *         {@link ModelEvent.LaneProgress} (cleared + rate x time since, up to the depth); 0 if none
         */
        double deepestClearedM(double t) {
            double deepest = 0;
            for (ModelEvent.LaneProgress p : progress.values()) {
                deepest = Math.max(deepest,
                        Math.min(p.depthM(), p.clearedM() + p.rateMPerMin() * Math.max(0, t - p.timeMin())));
            }
            return deepest;
        }

        private void arrive(double t) {
            if (Double.isNaN(arrivalMin) || t < arrivalMin) {
                arrivalMin = t;
            }
        }
    }

    private final Map<String, AtObstacle> obstacles = new HashMap<>();
    private final Map<LossCause, Integer> losses = new HashMap<>();
    private int startVehicles;

    @Override
    public void on(ModelEvent e) {
        if (e instanceof ModelEvent.ColumnDeparted d) {
            startVehicles += d.vehicles();
        } else if (e instanceof ModelEvent.ObstacleDetected d) {
            at(d.obstacle()).arrive(d.timeMin());
        } else if (e instanceof ModelEvent.MineStrike m) {
            at(m.obstacle()).arrive(m.timeMin());
        } else if (e instanceof ModelEvent.BreachStarted b) {
            AtObstacle o = at(b.obstacle());
            o.arrive(b.timeMin());
            if (Double.isNaN(o.firstBreachMin)) {
                o.firstBreachMin = b.timeMin();
            }
            o.currentMethod = b.method();
            o.attempts++;
            o.progress.clear();
        } else if (e instanceof ModelEvent.LaneOpened l) {
            AtObstacle o = at(l.obstacle());
            o.laneOpenedMin.add(l.timeMin());
            o.laneMethod.add(o.currentMethod);
            if (o.openNow.add(o.attempts * 1000 + l.lane()) && o.openNow.size() > o.lanesOpenAtOnceMin.size()) {
                o.lanesOpenAtOnceMin.add(l.timeMin());
            }
        } else if (e instanceof ModelEvent.LaneProgress l) {
            at(l.obstacle()).progress.put(l.lane(), l);
        } else if (e instanceof ModelEvent.LaneReseeded l) {
            AtObstacle o = at(l.obstacle());
            o.openNow.remove(o.attempts * 1000 + l.lane());
        } else if (e instanceof ModelEvent.ObstaclePassed p) {
            AtObstacle o = at(p.obstacle());
            o.arrive(p.headArrivalMin());
            if (Double.isNaN(o.passedMin)) {
                o.passedMin = p.timeMin();
                o.methodAtPass = o.currentMethod;
            }
        } else if (e instanceof ModelEvent.VehicleLost v) {
            losses.merge(v.cause(), 1, Integer::sum);
        }
    }

    private AtObstacle at(String id) {
        return obstacles.computeIfAbsent(id, k -> new AtObstacle());
    }

    /** @return what happened at the obstacle (an empty record if the column never reached it) */
    AtObstacle obstacle(String id) {
        return obstacles.getOrDefault(id, new AtObstacle());
    }

    /** @return vehicles lost to this cause */
    int lost(LossCause cause) {
        return losses.getOrDefault(cause, 0);
    }

    /** @return vehicles lost to any cause */
    int lost() {
        int n = 0;
        for (int v : losses.values()) {
            n += v;
        }
        return n;
    }

    /** @return vehicles the columns started with */
    int startVehicles() {
        return startVehicles;
    }
}
