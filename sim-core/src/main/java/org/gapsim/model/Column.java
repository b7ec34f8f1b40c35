package org.gapsim.model;

import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.VehicleType;

/**
 * One march unit in one replication: its vehicles in march order (struct of arrays: type, vehicle number, and the
 * time {@code t[i]} each is at the waypoint being handled, minutes; the first {@code n} are left), where it is in
 * its mission ({@link Phase}), and the parts that act for it: {@link March} (route, head events, FIFO timing),
 * {@link ObstacleEncounter} (what it does at an obstacle), {@link Breach} (its engineer assets), {@link Losses}
 * (fire and residual mines) and {@link Routing} (roads it avoids, re-planning, waiting). Vehicles leave the column
 * only through {@link #remove} (or as NaN times compacted by {@link March#compactThrough}); a column whose losses
 * take it below its combat-ineffective threshold halts for good ({@link #haltByLosses}).
 */
final class Column {
    /** Where a column is in its mission: moving (or yet to depart), waiting for a way, arrived, halted for good. */
    enum Phase { ACTIVE, WAITING, ARRIVED, HALTED }

    private final ModelContext ctx;
    private final WaitingRoom room;
    /** Index in the scenario's column list. */
    final int index;
    final ColumnSpec spec;
    final String id;
    /** Vehicles at the start. */
    final int start;
    /** Per vehicle in march order (lead first): its type. */
    final VehicleType[] type;
    /** Per vehicle in march order: its number in the column at the start (0 = lead). */
    final int[] vehicle;
    /** Per vehicle in march order: the time it is at the waypoint being handled, minutes. */
    final double[] t;
    /** Vehicles left. */
    int n;
    /**
     * Vehicles of the column already across the obstacle being handled (they wait on the far side): set when the
     * head gets there (0, or those ahead of the vehicle that set off a mine), kept right by {@link #remove}.
     */
    int crossed;
    Phase phase = Phase.ACTIVE;
    /** Time it arrived or halted for good (a combat-ineffective halt may lie ahead of the clock), minutes. */
    double doneAt = Double.NaN;
    final March march;
    final Breach breach;
    final Losses losses;
    final ObstacleEncounter encounter;
    final Routing routing;

    /**
     * @param ctx   the replication's shared state
     * @param room  the replication's waiting columns
     * @param index index in the scenario's column list
     * @param spec  the column
     */
    Column(ModelContext ctx, WaitingRoom room, int index, ColumnSpec spec) {
        this.ctx = ctx;
        this.room = room;
        this.index = index;
        this.spec = spec;
        this.id = spec.id();
        this.type = ctx.plan.marchOrder(index);
        this.start = type.length;   // the vehicle count, summed once per plan rather than per replication
        this.vehicle = new int[start];
        this.t = new double[start];
        for (int k = 0; k < start; k++) {
            vehicle[k] = k;
        }
        this.n = start;
        this.march = new March(ctx, this);
        this.breach = new Breach(ctx.doctrine, spec.engineers(), ctx.events, id, ctx.plan.carriers(index),
                ctx.plan.scenario().clock());
        this.losses = new Losses(ctx, this);
        this.encounter = new ObstacleEncounter(ctx, this);
        this.routing = new Routing(ctx, this, room);
    }

    /**
     * An obstacle is about to get lanes or a bypass: if it had been found impassable by someone, the columns
     * waiting for a way re-plan once this event is done (so the column that opened it goes through first).
     */
    void opened(ObstacleState os) {
        room.opened(os);
    }

    /** The column has reached its objective, now. */
    void arrived() {
        phase = Phase.ARRIVED;
        doneAt = ctx.now();
        room.settle();
    }

    /** @return whether the vehicles left make the column combat ineffective (or it has none) */
    boolean ineffective() {
        return ineffectiveWith(n);
    }

    private boolean ineffectiveWith(int remaining) {
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
        room.settle();
    }

    /** Halts for good at {@code at} without re-examining the waiting columns. */
    void stop(String reason, String where, double at) {
        if (phase == Phase.WAITING) {
            room.left();
        }
        phase = Phase.HALTED;
        doneAt = at;
        ctx.events.publishAt(new ModelEvent.ColumnHalted(at, id, reason, where));
    }

    /** Vehicle {@code i} (index in march order) leaves the column. */
    void remove(int i) {
        if (i < crossed) {
            crossed--;
        }
        System.arraycopy(t, i + 1, t, i, n - i - 1);
        System.arraycopy(type, i + 1, type, i, n - i - 1);
        System.arraycopy(vehicle, i + 1, vehicle, i, n - i - 1);
        n--;
    }
}
