package org.gapsim.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.VehicleType;
import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.PoissonDist;
import umontreal.ssj.rng.RandomStream;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/** A march unit in this replication. */
final class Column {
    /** Where a column is in its mission: moving (or yet to depart), waiting for a way, arrived, halted for good. */
    enum Phase { ACTIVE, WAITING, ARRIVED, HALTED }

    /** Minutes per hour. */
    private static final double MIN_PER_H = 60.0;
    /** Metres per minute in one km/h. */
    private static final double M_PER_MIN_PER_KMH = 1000.0 / 60.0;

    private final ModelContext ctx;
    private final CrossingPlan plan;
    private final BreachDoctrine doctrine;
    private final ReplicationStreams streams;
    private final Simulator sim;
    private final EventPublisher events;
    private final ObstacleState[] obstacles;
    private final WaitingRoom room;
    final int index;
    final ColumnSpec spec;
    final String id;
    final int start;
    final VehicleType[] type;
    final int[] vehicle;
    final double[] t;
    int n;
    final double topSpeedKmh;
    final double ccSpeedKmh;
    final RandomStream march;
    final Breach breach;
    final Losses losses;
    final ObstacleEncounter encounter;
    final Routing routing;
    List<Leg> legs;
    int legIdx;
    int wp;
    /**
     * Vehicles of the column already across the obstacle being handled (they wait on the far side): set when the
     * head gets there (0, or those ahead of the vehicle that set off a mine), kept right by {@link #remove}.
     */
    int crossed;
    double posKm;
    double speedKmh;
    double headway;
    final Event arrival;
    Phase phase = Phase.ACTIVE;
    /** Whether it has left its start place. */
    boolean left;
    /** Time it arrived or halted for good (a combat-ineffective halt may lie ahead of the clock), minutes. */
    double doneAt = Double.NaN;

    Column(ModelContext ctx, WaitingRoom room, int index, ColumnSpec spec) {
        this.ctx = ctx;
        this.plan = ctx.plan;
        this.doctrine = ctx.doctrine;
        this.streams = ctx.streams;
        this.sim = ctx.sim;
        this.events = ctx.events;
        this.obstacles = ctx.obstacles;
        this.room = room;
        this.index = index;
        this.spec = spec;
        this.id = spec.id();
        this.start = spec.vehicleCount();
        this.type = plan.marchOrder(index);
        this.vehicle = new int[start];
        this.t = new double[start];
        for (int k = 0; k < start; k++) {
            vehicle[k] = k;
        }
        this.n = start;
        this.topSpeedKmh = plan.columnRoadSpeedKmh(index);
        this.ccSpeedKmh = plan.columnCrossCountryKmh(index);
        this.march = streams.stream(plan.marchStream(index));
        this.breach = new Breach(doctrine, spec.engineers(), events, id);
        this.losses = new Losses(ctx, this);
        this.encounter = new ObstacleEncounter(ctx, this);
        this.routing = new Routing(ctx, this, room);
        this.legs = plan.route(index);
        this.arrival = new HeadArrival(sim);
    }

    void scheduleDeparture() {
        double delay = plan.scenario().march().departureDelayMin().inverse(march.nextDouble());
        new Departure(sim).schedule(spec.departureMin() + delay);
    }

    /** The column leaves its start place (after its planned departure time and a random delay). */
    private final class Departure extends Event {
        Departure(Simulator s) {
            super(s);
        }

        @Override
        public void actions() {
            depart();
        }
    }

    /** The column's head reaches its next waypoint (a place or an obstacle); one reusable event per column. */
    private final class HeadArrival extends Event {
        HeadArrival(Simulator s) {
            super(s);
        }

        @Override
        public void actions() {
            arrive();
        }
    }

    void depart() {
        publish(new ModelEvent.ColumnDeparted(sim.time(), id, spec.start(), n));
        leaveStart();
    }

    /** Leaves the start place now, or waits there if it has no route. */
    void leaveStart() {
        if (!routing.replanIfBlocked(spec.start())) {
            return;
        }
        left = true;
        double now = sim.time();
        beginLeg();
        for (int i = 0; i < n; i++) {
            t[i] = now + i * headway;
        }
        Point p = place(spec.start());
        queueThrough(p);
        publishAt(new ModelEvent.PlaceReached(t[0], id, spec.start(), t[n - 1]));
        advance();
    }

    /** Draws the speed factor of the current leg and sets speed and headway. */
    void beginLeg() {
        RoadSegment s = legs.get(legIdx).segment();
        double factor = plan.scenario().march().speedFactor().inverse(march.nextDouble());
        speedKmh = Math.min(topSpeedKmh, s.speedLimitKmh()) * factor;
        headway = headwayMin(spec.intervalM(), speedKmh);
    }

    /** Moves from the current point to the next waypoint: arrival times with no overtaking; schedules the head. */
    void advance() {
        Leg leg = legs.get(legIdx);
        Point target;
        double distKm;
        if (wp < leg.obstacles().size()) {
            Leg.ObstacleOnLeg ol = leg.obstacles().get(wp);
            target = obstacles[ol.index()];
            distKm = ol.entryKm() - posKm;
        } else {
            target = place(leg.toPlace());
            distKm = leg.lengthKm() - posKm;
        }
        double dt = Math.max(0, distKm) / speedKmh * MIN_PER_H;
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
        arrival.schedule(Math.max(0, t[0] - sim.time()));
    }

    /** FIFO through a point: each vehicle passes no earlier than a headway after the one before it. */
    void queueThrough(Point p) {
        double prev = p.lastPassage + headway;
        for (int i = 0; i < n; i++) {
            if (t[i] < prev) {
                t[i] = prev;
            }
            prev = t[i] + headway;
        }
        p.lastPassage = t[n - 1];
    }

    void arrive() {
        Leg leg = legs.get(legIdx);
        if (wp < leg.obstacles().size()) {
            encounter.arrive(leg, leg.obstacles().get(wp));
        } else {
            atPlace(leg.toPlace());
        }
    }

    void atPlace(String placeId) {
        queueThrough(place(placeId));
        publishAt(new ModelEvent.PlaceReached(t[0], id, placeId, t[n - 1]));
        if (placeId.equals(spec.objective())) {
            publishAt(new ModelEvent.ColumnArrived(t[0], id, placeId, t[n - 1],
                    java.util.Arrays.copyOf(t, n), start));
            phase = Phase.ARRIVED;
            doneAt = sim.time();
            settle();
            return;
        }
        legIdx++;
        wp = 0;
        posKm = 0;
        moveOnFrom(placeId);
    }

    /** From a place on its way: on along its route, or the fastest other one, or waits there. */
    void moveOnFrom(String placeId) {
        if (!routing.replanIfBlocked(placeId)) {
            return;
        }
        beginLeg();
        advance();
    }

    /**
     * An obstacle is about to get lanes or a bypass: if it had been found impassable by someone, the columns
     * waiting for a way re-plan once this event is done (so the column that opened it goes through first).
     */
    void opened(ObstacleState os) {
        room.opened(os);
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
        for (int i = 0; i < n; i++) {
            t[i] = Math.max(t[i], now + i * headway);
        }
    }

    /**
     * Drops the vehicles lost in a lane pass ({@code t[i]} NaN) and passes the others FIFO through {@code p}: each
     * no earlier than one headway after the one before it (and after the last vehicle that passed {@code p}).
     */
    void compactThrough(Point p) {
        double prev = p.lastPassage + headway;
        int w = 0;
        for (int i = 0; i < n; i++) {
            double q = t[i];
            if (Double.isNaN(q)) {
                continue;
            }
            if (q < prev) {
                q = prev;
            }
            prev = q + headway;
            t[w] = q;
            type[w] = type[i];
            vehicle[w] = vehicle[i];
            w++;
        }
        n = w;
    }

    void moveOn(Leg.ObstacleOnLeg ol) {
        crossed = 0;
        posKm = ol.entryKm() + ol.extentKm();
        wp++;
        advance();
    }

    boolean ineffective() {
        return ineffectiveWith(n);
    }

    boolean ineffectiveWith(int remaining) {
        return remaining == 0 || remaining < spec.combatIneffectiveFraction() * start;
    }

    /** @return the fewest further losses that leave the column combat ineffective, in [1, n] */
    int lossesToIneffective() {
        double room = Math.floor(n - spec.combatIneffectiveFraction() * start) + 1;
        int need = (int) Math.max(1, Math.min(n, room));
        while (need > 1 && ineffectiveWith(n - need + 1)) {
            need--;
        }
        while (need < n && !ineffectiveWith(n - need)) {
            need++;
        }
        return need;
    }

    /** Halts for good at {@code at} after the loss that left it combat ineffective (or destroyed it). */
    void haltByLosses(String where, double at) {
        halt(n == 0 ? "destroyed" : "combat ineffective", where, at);
    }

    /** Halts for good at time {@code at} (now, or the time of a loss ahead of the clock). */
    void halt(String reason, String where, double at) {
        stop(reason, where, at);
        settle();
    }

    /** Halts for good at {@code at} without re-examining the waiting columns. */
    void stop(String reason, String where, double at) {
        if (phase == Phase.WAITING) {
            room.left();
        }
        phase = Phase.HALTED;
        doneAt = at;
        publishAt(new ModelEvent.ColumnHalted(at, id, reason, where));
    }

    void remove(int i) {
        if (i < crossed) {
            crossed--;
        }
        System.arraycopy(t, i + 1, t, i, n - i - 1);
        System.arraycopy(type, i + 1, type, i, n - i - 1);
        System.arraycopy(vehicle, i + 1, vehicle, i, n - i - 1);
        n--;
    }

    private void publish(ModelEvent e) {
        events.publish(e);
    }

    private void publishAt(ModelEvent e) {
        events.publishAt(e);
    }

    private Point place(String id) {
        return ctx.traffic.place(id);
    }

    private void settle() {
        room.settle();
    }

    static double headwayMin(double intervalM, double speedKmh) {
        return intervalM / (speedKmh * M_PER_MIN_PER_KMH);
    }
}
