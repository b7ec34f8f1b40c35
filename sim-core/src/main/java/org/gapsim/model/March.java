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
 * next waypoint is later by the contact halts and pull-backs. Short of a defended obstacle the column may halt at
 * the edge of the known units' reach while the attacker's preparation is fired ({@link #holdKm}, a second kind of
 * head event on the same reusable {@link HeadArrival}). Times in minutes, distances in km, speeds in km/h.
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
    /** {@link #legs} as an array, read on the hot path (a monomorphic load, not a {@code List.get}). */
    private Leg[] legArr;
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
     * The obstacle (index in the plan) whose preparation this column fired on the march, from the edge of the reach
     * ({@link #holdKm}), or -1; the fight there fires none ({@link #prepared}).
     */
    private int preparedFor = -1;
    /** Per position in the prepared obstacle's {@code fireUnitsAt}: the suppression drawn for it, minutes, or NaN. */
    private double[] prepSuppressMin;
    /** When that preparation ended (its fires lift off the positions, the column moves up), minutes. */
    private double prepEnd;
    /** Whether the head's next event is its arrival at a hold point ({@link #atHold}), not at a waypoint. */
    private boolean toHold;
    /** Leg km of the hold point the head is heading for or held at. */
    private double holdAtKm;
    /** Whether the move up from the hold to the prepared obstacle has been worked out. */
    private boolean movedUp;

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
        this.legArr = legs.toArray(new Leg[0]);
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
            if (toHold) {
                toHold = false;
                atHold();
                return;
            }
            Leg leg = legArr[legIdx];
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
        RoadSegment s = legArr[legIdx].segment();
        double factor = ctx.plan.scenario().march().speedFactor().inverse(stream.nextDouble());
        speedKmh = Math.min(topSpeedKmh, s.speedLimitKmh()) * factor;
        headway = headwayMin(spec.intervalM(), speedKmh);
    }

    /** Moves from the current point to the next waypoint: arrival times with no overtaking; schedules the head. */
    private void advance() {
        Leg leg = legArr[legIdx];
        Point target;
        double distKm;
        if (wp < leg.obstacles().size()) {
            Leg.ObstacleOnLeg ol = leg.obstacles().get(wp);
            target = ctx.obstacle(ol.index());
            distKm = ol.entryKm() - posKm;
        } else {
            target = ctx.traffic.place(leg.toPlace());
            distKm = leg.lengthKm() - posKm;
        }
        double hold = wp < leg.obstacles().size() ? holdKm(leg, leg.obstacles().get(wp)) : Double.NaN;
        if (!Double.isNaN(hold)) {   // held at the edge of the reach while the preparation is fired
            distKm = hold - posKm;
        }
        boolean movingUp = Double.isNaN(hold) && wp < leg.obstacles().size()
                && preparedFor == leg.obstacles().get(wp).index() && prepSuppressMin != null && !movedUp;
        double dt = Math.max(0, distKm) / speedKmh * MIN_PER_H;
        DefenceLayout.RoadCover cover = ctx.plan.defence().roadCover(leg.segment());
        if (cover != null) {   // interdiction on the march: losses and contact halts on the way
            if (interdiction == null) {
                interdiction = new Interdiction(ctx, col);
            }
            double halts = interdiction.walk(leg, cover, posKm, posKm + Math.max(0, distKm), speedKmh);
            if (Double.isNaN(halts)) {
                if (movingUp) {
                    liftPreparation(interdiction.endedAt());
                }
                return;   // halted for good by its losses
            }
            dt += halts;
        }
        double[] t = col.t;
        int n = col.n;
        if (!Double.isNaN(hold)) {
            for (int i = 0; i < n; i++) {
                t[i] += dt;
            }
            holdAtKm = hold;
            toHold = true;
            arrival.schedule(Math.max(0, t[0] - ctx.now()));
            return;
        }
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
        if (movingUp) {
            liftPreparation(t[0]);
        }
        arrival.schedule(Math.max(0, t[0] - ctx.now()));
    }

    /**
     * Where the column halts short of obstacle {@code ol} for the attacker's preparation (SOSRA: the support force
     * suppresses before the breach force enters the defender's direct-fire reach; US breach doctrine, ATP 3-90.4;
     * the 30-minute preparation of 1st Infantry Division 1991, REF breaching-history.md): at the nearest edge ahead
     * of the head of the reach of a unit covering the obstacle ({@link DefenceLayout#fireUnitsAt}) that the attacker
     * knows ({@link Defence#known}) and that fires directly (not artillery or mortars, which reach the whole approach
     * and need observers): where that unit's stretch of this leg's road begins ({@link DefenceLayout#roadCover}, as
     * fire on the march uses it). A unit whose reach the head is already in sets no hold (it is prepared against
     * with the others). Units the attacker destroyed before now are left out; an unmanned position is not (the
     * attacker does not know it is empty). ASSUMPTION: only the current leg is looked at, so a reach that begins on
     * an earlier road gives no hold.
     *
     * @return leg km of the hold point, or NaN when there is none: no preparation ({@code preparationMin} 0), fired
     *         already for this obstacle, or no known direct-fire unit covering it whose reach begins between the head
     *         and the obstacle (then the preparation is fired at the obstacle, as before: {@link Fight#breach})
     */
    private double holdKm(Leg leg, Leg.ObstacleOnLeg ol) {
        double prep = ctx.doctrine.preparationMin();
        DefenceLayout layout = ctx.plan.defence();
        if (!(prep > 0) || preparedFor == ol.index() || !layout.defended(ol.index())) {
            return Double.NaN;
        }
        DefenceLayout.RoadCover cover = layout.roadCover(leg.segment());
        if (cover == null) {
            return Double.NaN;
        }
        int[] fires = layout.fireUnitsAt[ol.index()];
        Defence d = ctx.defence();
        double now = ctx.now();
        RoadSegment seg = leg.segment();
        boolean forward = leg.toPlace().equals(seg.to());
        double hold = Double.POSITIVE_INFINITY;
        for (int j = 0; j < cover.fireUnits.length; j++) {
            int u = cover.fireUnits[j];
            double destroyed = d.destroyedAt[u];
            if (!covers(fires, u) || layout.fireUnits[u].kind().indirect()
                    || destroyed <= now && destroyed > Double.NEGATIVE_INFINITY) {
                continue;
            }
            double x1 = onLeg(leg, forward, cover.fireFromKm[j]);
            double x2 = onLeg(leg, forward, cover.fireToKm[j]);
            double edge = Math.min(x1, x2);   // leg km where the unit's reach on this road begins
            if (edge > posKm && edge < hold && d.known(u)) {   // a reach the head is already in: no hold for it
                hold = edge;
            }
        }
        return hold < ol.entryKm() ? hold : Double.NaN;
    }

    /** @return leg km of the point {@code segKm} km from the segment's {@code from} end (as {@link Interdiction}) */
    private static double onLeg(Leg leg, boolean forward, double segKm) {
        return forward ? leg.lengthKm() - (leg.segment().lengthKm() - segKm) : leg.lengthKm() - segKm;
    }

    private static boolean covers(int[] fires, int u) {
        for (int f : fires) {
            if (f == u) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head has reached its hold point short of the next obstacle: the preparation is fired on the known
     * positions covering it ({@link Fight#prepare}) for {@code preparationMin} while the column waits there, out of
     * their reach (no exposure is worked out for the wait: ASSUMPTION, an attack position out of the known units'
     * sight); then it moves up. The positions the preparation suppressed stay suppressed while the breach force
     * moves up (the support force keeps them under fire: doctrine, suppression is continuous from the preparation
     * to the assault) and until {@code suppressionMin} after reduction starts ({@link #keepSuppressed}), as with a
     * preparation fired at the site. Vehicles close up on the hold point and leave it one headway apart.
     */
    private void atHold() {
        double now = ctx.now();
        Leg.ObstacleOnLeg ol = legArr[legIdx].obstacles().get(wp);
        int[] fires = ctx.plan.defence().fireUnitsAt[ol.index()];
        double prep = ctx.doctrine.preparationMin();
        preparedFor = ol.index();
        prepSuppressMin = new double[fires.length];
        Arrays.fill(prepSuppressMin, Double.NaN);
        movedUp = false;
        Fight.prepare(ctx, col, fires, now, prep, prepSuppressMin);
        prepEnd = now + prep;
        Defence d = ctx.defence();
        for (int k = 0; k < fires.length; k++) {
            if (!Double.isNaN(prepSuppressMin[k])) {
                d.suppressedUntil[fires[k]] = Double.POSITIVE_INFINITY;   // until the move up is worked out
            }
        }
        double[] t = col.t;
        for (int i = 0; i < col.n; i++) {
            t[i] = Math.max(t[i], prepEnd + i * headway);
        }
        posKm = holdAtKm;
        advance();
    }

    /** The move up is worked out (the head at the obstacle, or halted for good, at {@code at}): suppression to then. */
    private void liftPreparation(double at) {
        movedUp = true;
        keepSuppressed(preparedFor, at);
    }

    /** @return whether this column fired the preparation for obstacle {@code obstacle} on the march */
    boolean prepared(int obstacle) {
        return preparedFor == obstacle && prepSuppressMin != null;
    }

    /**
     * The positions this column's preparation for {@code obstacle} suppressed stay suppressed until {@code from}
     * (minutes; no earlier than the preparation's end) plus the suppression drawn for each: the support force's
     * fires lift then.
     */
    void keepSuppressed(int obstacle, double from) {
        if (!prepared(obstacle)) {
            return;
        }
        Defence d = ctx.defence();
        int[] fires = ctx.plan.defence().fireUnitsAt[obstacle];
        for (int k = 0; k < fires.length; k++) {
            int u = fires[k];
            if (!Double.isNaN(prepSuppressMin[k])) {
                double until = Math.max(prepEnd, from) + prepSuppressMin[k];
                d.suppressedUntil[u] = d.suppressedUntil[u] == Double.POSITIVE_INFINITY ? until
                        : Math.max(d.suppressedUntil[u], until);
            }
        }
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
        legArr = fresh.toArray(new Leg[0]);
        legIdx = 0;
    }

    /** Takes {@code next} as its route from where it is (the position on the first leg is 0) and moves on. */
    void follow(List<Leg> next) {
        legs = next;
        legArr = next.toArray(new Leg[0]);
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
