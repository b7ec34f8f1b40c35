package org.gapsim.model;

import org.gapsim.model.internal.Leg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One column's way to its objective when obstacles block it: the roads it will not use (it found, or learnt of, an
 * obstacle there it cannot cross with its own assets), re-planning at a place when the rest of its route uses one
 * ({@link #replanIfBlocked}), turning back from an obstacle it cannot cross ({@link #reroute}), and waiting where
 * it is when no route is left ({@link #await}) until another column opens a way ({@link #canMove},
 * {@link #resume}) or nothing can ({@link WaitingRoom#settle()}). Routes are the fastest by
 * {@link CrossingPlan#shortestRoute} at the column's top road speed. Times in minutes.
 */
final class Routing {
    private final ModelContext ctx;
    private final Column col;
    private final WaitingRoom room;
    /** Road segments this column will not use: it found (or learnt of) an obstacle there it cannot cross. */
    private final Set<String> avoid = new HashSet<>(4);
    /** While waiting: since when (minutes), and where (a place, or the obstacle it could not cross, else null). */
    private double waitSince;
    private String waitWhere;
    private ObstacleState waitObstacle;

    /**
     * @param ctx  the replication's shared state
     * @param col  the column
     * @param room the replication's waiting columns
     */
    Routing(ModelContext ctx, Column col, WaitingRoom room) {
        this.ctx = ctx;
        this.col = col;
        this.room = room;
    }

    /** @return the road segments this column will not use (read-only view) */
    Set<String> avoided() {
        return java.util.Collections.unmodifiableSet(avoid);
    }

    /** @return where the column waits: a place's id or the id of the obstacle it could not cross */
    String waitWhere() {
        return waitWhere;
    }

    /**
     * At a place: if the rest of the route uses a road this column cannot take, takes the fastest other route.
     *
     * @return false if there is none (the column waits there for the situation to change)
     */
    boolean replanIfBlocked(String placeId) {
        if (!routeBlockedAhead()) {
            return true;
        }
        List<Leg> fresh = ctx.plan.shortestRoute(placeId, col.spec.objective(), avoid, col.march.topSpeedKmh())
                .orElse(null);
        if (fresh == null) {
            await(placeId, null);
            return false;
        }
        col.march.takeRoute(fresh);
        ctx.events.publish(new ModelEvent.Rerouted(ctx.now(), col.id, "", placesOf(placeId, fresh)));
        return true;
    }

    /**
     * Whether the rest of the route uses a road this column knows it cannot take: one it turned back on, or
     * one with an obstacle another column found and this column has no way across (its own assets now).
     */
    private boolean routeBlockedAhead() {
        List<Leg> legs = col.march.legs();
        for (int k = col.march.legIndex(); k < legs.size(); k++) {
            Leg l = legs.get(k);
            if (!avoid.isEmpty() && avoid.contains(l.segment().id())) {
                return true;
            }
            List<Leg.ObstacleOnLeg> on = l.obstacles();
            for (int j = 0; j < on.size(); j++) {   // indexed: an iterator here was 8 % of the bytes allocated
                ObstacleState os = ctx.obstacle(on.get(j).index());
                if (os.status == ObstacleState.Status.FOUND && col.breach.choose(os.obstacle) == null
                        && ctx.gaps.means(col, os.obstacle) == null) {
                    avoid.add(l.segment().id());
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The obstacle cannot be crossed: turn back to the leg's start place and take the best other route, or wait
     * in front of it if there is none.
     *
     * @param os          the obstacle
     * @param ol          where it is on the leg
     * @param leg         the leg
     * @param headArrival time the head reached it, minutes
     */
    void reroute(ObstacleState os, Leg.ObstacleOnLeg ol, Leg leg, double headArrival) {
        avoid.add(leg.segment().id());
        List<Leg> fresh = ctx.plan.shortestRoute(leg.fromPlace(), col.spec.objective(), avoid, col.march.topSpeedKmh())
                .orElse(null);
        if (fresh == null) {
            await(os.obstacle.id(), os);
            return;
        }
        double[] t = col.t;
        col.march.queueThrough(os);
        ctx.events.publishAt(new ModelEvent.ObstaclePassed(t[0], col.id, os.obstacle.id(), os.obstacle.kind(),
                headArrival, t[col.n - 1], Math.max(0, t[0] - headArrival), Outcome.REROUTED));
        ctx.events.publish(new ModelEvent.Rerouted(ctx.now(), col.id, os.obstacle.id(),
                placesOf(leg.fromPlace(), fresh)));
        List<Leg> next = new ArrayList<>(fresh.size() + 1);
        next.add(new Leg(leg.segment(), os.obstacle.id(), leg.fromPlace(), ol.entryKm(), List.of()));
        next.addAll(fresh);
        col.march.follow(next);
    }

    /**
     * Waits where it is: no route to the objective avoids the roads it cannot take. {@code os} is the obstacle
     * it could not cross when it waits in front of one (the one its {@link ObstacleEncounter} holds), null at a
     * place.
     */
    private void await(String where, ObstacleState os) {
        col.phase = Column.Phase.WAITING;
        room.entered();
        waitSince = ctx.now();
        waitWhere = where;
        waitObstacle = os;
        ctx.events.publish(new ModelEvent.ColumnWaiting(waitSince, col.id, "no route to the objective", where));
        room.settle();
    }

    /** @return whether a waiting column has a way now (it then takes it in {@link #resume()}) */
    boolean canMove() {
        relax();
        if (waitObstacle != null) {
            if (waitObstacle.status != ObstacleState.Status.FOUND || col.breach.choose(waitObstacle.obstacle) != null) {
                return true;
            }
            return ctx.plan.shortestRoute(col.encounter.leg().fromPlace(), col.spec.objective(), avoid,
                    col.march.topSpeedKmh()).isPresent();
        }
        return !routeBlockedAhead()
                || ctx.plan.shortestRoute(waitWhere, col.spec.objective(), avoid, col.march.topSpeedKmh()).isPresent();
    }

    /** Stops avoiding roads on which every obstacle it could not cross has since been opened. */
    private void relax() {
        if (!avoid.isEmpty()) {
            avoid.removeIf(seg -> !blockedFor(seg));
        }
    }

    /** @return whether a road holds an obstacle found that this column cannot cross */
    private boolean blockedFor(String segment) {
        for (ObstacleState os : ctx.obstacles) {
            if (os != null && os.status == ObstacleState.Status.FOUND && os.obstacle.segment().equals(segment)
                    && col.breach.choose(os.obstacle) == null) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a column marked in {@code able} can open an obstacle found that this one cannot cross */
    boolean canBeFreedBy(boolean[] able) {
        for (Column c : room.columns()) {
            if (able[c.index] && c != col && couldBeFreedBy(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether column {@code c}, with the assets it has left, can open an obstacle found that blocks this
     *         one
     */
    boolean couldBeFreedBy(Column c) {
        for (ObstacleState os : ctx.obstacles) {
            if (os != null && os.status == ObstacleState.Status.FOUND && col.breach.choose(os.obstacle) == null
                    && c.breach.choose(os.obstacle) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A waiting column moves on now: from its start place, from the place it waited at, or through (or back
     * from) the obstacle it waited in front of. Its vehicles start one headway apart; a column that waited in
     * front of an obstacle held back out of its fire and is exposed again from now (ASSUMPTION).
     */
    void resume() {
        double now = ctx.now();
        col.phase = Column.Phase.ACTIVE;
        room.left();
        ctx.events.publish(new ModelEvent.ColumnResumed(now, col.id, waitWhere, now - waitSince));
        boolean atObstacle = waitObstacle != null;
        waitObstacle = null;
        if (!col.march.hasLeft()) {
            col.march.leaveStart();
            return;
        }
        col.march.restartFrom(now);
        if (!atObstacle) {
            col.march.moveOnFrom(waitWhere);
            return;
        }
        col.encounter.resume(now);
    }

    private static List<String> placesOf(String from, List<Leg> legs) {
        List<String> p = new ArrayList<>(legs.size() + 1);
        p.add(from);
        for (Leg l : legs) {
            p.add(l.toPlace());
        }
        return List.copyOf(p);
    }
}
