package org.gapsim.model;

import org.gapsim.model.internal.Leg;
import java.util.Arrays;
import java.util.List;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.RoadSegment;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * One column's march: its route as legs, where its head is (leg, next waypoint, km along the leg), speed and
 * headway on the current leg, and the FIFO recurrence that times every vehicle from the head's. Only the head is
 * an event: {@link Departure} once, then one reusable {@link HeadArrival} per waypoint (a place or an obstacle).
 * On each leg the speed is the slower of the column's top road speed and the road's limit, times a random factor
 * (march stream); the headway is the column's interval at that speed. Vehicle {@code i} reaches a waypoint no
 * earlier than it drives there, one headway after vehicle {@code i-1}, and one headway after the tail of the
 * column that headed there before it; it passes a point no earlier than one headway after the last vehicle that
 * did. On a leg some defender unit covers ({@link DefenceLayout#roadCover}), the move is first walked through
 * its exposure ({@link Interdiction}): vehicles lost on the way leave the column and every vehicle's time at the
 * next waypoint is later by the contact halts. Times in minutes, distances in km, speeds in km/h.
 */
final class March {
    /** Minutes per hour. */
    private static final double MIN_PER_H = 60.0;
    /** Metres per minute in one km/h. */
    private static final double M_PER_MIN_PER_KMH = 1000.0 / 60.0;

    private final ModelContext ctx;
    private final Column col;
    private final ColumnSpec spec;
    private final RandomStream stream;
    private final HeadArrival arrival;
    /** The slowest road speed among the column's vehicle types, km/h. */
    private final double topSpeedKmh;
    /** The slowest cross-country speed among the column's vehicle types, km/h. */
    private final double ccSpeedKmh;
    private List<Leg> legs;
    /** Index of the current leg in {@link #legs}. */
    private int legIdx;
    /** Next waypoint on the current leg: index of the obstacle, or the number of obstacles for its end place. */
    private int wp;
    /** Position of the head on the current leg, km from its start. */
    private double posKm;
    private double speedKmh;
    /** Minutes between vehicles at the current speed. */
    private double headway;
    /** Whether the column has left its start place. */
    private boolean left;
    /** Its exposure to the defender on the march, made on its first move along a road a unit covers. */
    private Interdiction interdiction;

    /**
     * @param ctx the replication's shared state
     * @param col the column
     */
    March(ModelContext ctx, Column col) {
        this.ctx = ctx;
        this.col = col;
        this.spec = col.spec;
        this.topSpeedKmh = ctx.plan.columnRoadSpeedKmh(col.index);
        this.ccSpeedKmh = ctx.plan.columnCrossCountryKmh(col.index);
        this.stream = ctx.streams.stream(ctx.plan.marchStream(col.index));
        this.legs = ctx.plan.route(col.index);
        this.arrival = new HeadArrival(ctx.sim);
    }

    /** @return the column's top road speed, km/h */
    double topSpeedKmh() {
        return topSpeedKmh;
    }

    /** @return the column's cross-country speed, km/h */
    double ccSpeedKmh() {
        return ccSpeedKmh;
    }

    /** @return the speed on the current leg, km/h */
    double speedKmh() {
        return speedKmh;
    }

    /** @return minutes between vehicles on the current leg */
    double headway() {
        return headway;
    }

    /** @return the route, from the place it last left (or re-planned at) */
    List<Leg> legs() {
        return legs;
    }

    /** @return index of the current leg in {@link #legs()} */
    int legIndex() {
        return legIdx;
    }

    /** @return whether the column has left its start place */
    boolean hasLeft() {
        return left;
    }

    /** Schedules the departure: the planned time plus a random delay (march stream). */
    void scheduleDeparture() {
        double delay = ctx.plan.scenario().march().departureDelayMin().inverse(stream.nextDouble());
        new Departure(ctx.sim).schedule(spec.departureMin() + delay);
    }

    /** The column leaves its start place (after its planned departure time and a random delay). */
    private final class Departure extends Event {
        Departure(Simulator s) {
            super(s);
        }

        @Override
        public void actions() {
            ctx.events.publish(new ModelEvent.ColumnDeparted(ctx.now(), col.id, spec.start(), col.n));
            leaveStart();
        }
    }

    /** The column's head reaches its next waypoint (a place or an obstacle); one reusable event per column. */
    private final class HeadArrival extends Event {
        HeadArrival(Simulator s) {
            super(s);
        }

        @Override
        public void actions() {
            Leg leg = legs.get(legIdx);
            if (wp < leg.obstacles().size()) {
                col.encounter.arrive(leg, leg.obstacles().get(wp));
            } else {
                atPlace(leg.toPlace());
            }
        }
    }

    /** Leaves the start place now, its vehicles one headway apart, or waits there if it has no route. */
    void leaveStart() {
        if (!col.routing.replanIfBlocked(spec.start())) {
            return;
        }
        left = true;
        double now = ctx.now();
        double[] t = col.t;
        beginLeg();
        for (int i = 0; i < col.n; i++) {
            t[i] = now + i * headway;
        }
        queueThrough(ctx.traffic.place(spec.start()));
        ctx.events.publishAt(new ModelEvent.PlaceReached(t[0], col.id, spec.start(), t[col.n - 1]));
        advance();
    }

    /** Draws the speed factor of the current leg and sets speed and headway. */
    private void beginLeg() {
        RoadSegment s = legs.get(legIdx).segment();
        double factor = ctx.plan.scenario().march().speedFactor().inverse(stream.nextDouble());
        speedKmh = Math.min(topSpeedKmh, s.speedLimitKmh()) * factor;
        headway = headwayMin(spec.intervalM(), speedKmh);
    }

    /** Moves from the current point to the next waypoint: arrival times with no overtaking; schedules the head. */
    private void advance() {
        Leg leg = legs.get(legIdx);
        Point target;
        double distKm;
        if (wp < leg.obstacles().size()) {
            Leg.ObstacleOnLeg ol = leg.obstacles().get(wp);
            target = ctx.obstacles[ol.index()];
            distKm = ol.entryKm() - posKm;
        } else {
            target = ctx.traffic.place(leg.toPlace());
            distKm = leg.lengthKm() - posKm;
        }
        double dt = Math.max(0, distKm) / speedKmh * MIN_PER_H;
        DefenceLayout.RoadCover cover = ctx.plan.defence().roadCover(leg.segment());
        if (cover != null) {   // interdiction on the march: losses and contact halts on the way
            if (interdiction == null) {
                interdiction = new Interdiction(ctx, col);
            }
            double halts = interdiction.walk(leg, cover, posKm, posKm + Math.max(0, distKm), speedKmh);
            if (Double.isNaN(halts)) {
                return;   // halted for good by its losses
            }
            dt += halts;
        }
        double[] t = col.t;
        int n = col.n;
        double prev = target.lastTailArrival + headway;
        for (int i = 0; i < n; i++) {
            double a = t[i] + dt;
            if (a < prev) {
                a = prev;
            }
            t[i] = a;
            prev = a + headway;
        }
        target.lastTailArrival = t[n - 1];
        arrival.schedule(Math.max(0, t[0] - ctx.now()));
    }

    /** FIFO through a point: each vehicle passes no earlier than a headway after the one before it. */
    void queueThrough(Point p) {
        double[] t = col.t;
        int n = col.n;
        double prev = p.lastPassage + headway;
        for (int i = 0; i < n; i++) {
            if (t[i] < prev) {
                t[i] = prev;
            }
            prev = t[i] + headway;
        }
        p.lastPassage = t[n - 1];
    }

    /**
     * Drops the vehicles lost in a lane pass ({@code t[i]} NaN) and passes the others FIFO through {@code p}: each
     * no earlier than one headway after the one before it (and after the last vehicle that passed {@code p}).
     */
    void compactThrough(Point p) {
        double[] t = col.t;
        int n = col.n;
        double prev = p.lastPassage + headway;
        int i = 0;
        for (; i < n; i++) {   // up to the first vehicle lost nothing moves in the arrays
            double q = t[i];
            if (Double.isNaN(q)) {
                break;
            }
            if (q < prev) {
                q = prev;
                t[i] = q;
            }
            prev = q + headway;
        }
        int w = i;
        for (; i < n; i++) {
            double q = t[i];
            if (Double.isNaN(q)) {
                continue;
            }
            if (q < prev) {
                q = prev;
            }
            prev = q + headway;
            t[w] = q;
            col.type[w] = col.type[i];
            col.vehicle[w] = col.vehicle[i];
            w++;
        }
        col.n = w;
    }

    /** The head reaches a place: the column passes it, and has arrived if it is the objective, else moves on. */
    private void atPlace(String placeId) {
        double[] t = col.t;
        queueThrough(ctx.traffic.place(placeId));
        ctx.events.publishAt(new ModelEvent.PlaceReached(t[0], col.id, placeId, t[col.n - 1]));
        if (placeId.equals(spec.objective())) {
            ctx.events.publishAt(new ModelEvent.ColumnArrived(t[0], col.id, placeId, t[col.n - 1],
                    Arrays.copyOf(t, col.n), col.start));
            col.arrived();
            return;
        }
        legIdx++;
        wp = 0;
        posKm = 0;
        moveOnFrom(placeId);
    }

    /** From a place on its way: on along its route, or the fastest other one, or waits there. */
    void moveOnFrom(String placeId) {
        if (!col.routing.replanIfBlocked(placeId)) {
            return;
        }
        beginLeg();
        advance();
    }

    /** The column is past obstacle {@code ol} of the current leg: on to the next waypoint. */
    void moveOn(Leg.ObstacleOnLeg ol) {
        col.crossed = 0;
        posKm = ol.entryKm() + ol.extentKm();
        wp++;
        advance();
    }

    /** Takes {@code fresh} as the rest of its route, from a place. */
    void takeRoute(List<Leg> fresh) {
        legs = fresh;
        legIdx = 0;
    }

    /** Takes {@code next} as its route from where it is (the position on the first leg is 0) and moves on. */
    void follow(List<Leg> next) {
        legs = next;
        legIdx = 0;
        wp = 0;
        posKm = 0;
        advance();
    }

    /** A column that waited starts again now: no vehicle moves before its place one headway apart from now. */
    void restartFrom(double now) {
        double[] t = col.t;
        for (int i = 0; i < col.n; i++) {
            t[i] = Math.max(t[i], now + i * headway);
        }
    }

    /** @return minutes between vehicles {@code intervalM} metres apart at {@code speedKmh} */
    static double headwayMin(double intervalM, double speedKmh) {
        return intervalM / (speedKmh * M_PER_MIN_PER_KMH);
    }
}
