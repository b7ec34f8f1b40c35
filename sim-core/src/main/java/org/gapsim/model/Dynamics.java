package org.gapsim.model;

import java.util.Arrays;
import org.gapsim.scenario.DynamicKind;
import umontreal.ssj.rng.RandomStream;

/**
 * One replication's obstacles on warning ({@link DynamicPlan}): when each is in place, or that it failed. Decided once,
 * when a column's head first reaches one of them at or after the force's first warning (the earliest
 * {@link ModelContext#warningAt} over all columns): the order goes out {@code warningDelayMin} after it; every unit
 * then draws, from its own stream {@code dynamic/<target>}, first whether it works (its {@code reliability}), then its
 * emplacement time; mine-laying units wait for the first free laying system (each lays one unit at a time, in the
 * package's order; a failed one still takes its system for its time, ASSUMPTION). Causal: a warning is read only when
 * its time is not ahead of the clock, and no warning recorded later can be earlier (a march is worked out from the
 * moment its head leaves a waypoint, so a warning recorded at time s lies at or after s). Times in minutes.
 */
final class Dynamics {
    private final ModelContext ctx;
    private final DynamicPlan plan;
    /** [unit]: time it is in place (or would have been, had it worked); NaN until decided. */
    private final double[] readyAt;
    private final boolean[] works;
    /** [laying system]: when it is next free, minutes; made once here, filled when deciding. */
    private final double[] systemFree;
    private boolean decided;

    Dynamics(ModelContext ctx, DynamicPlan plan) {
        this.ctx = ctx;
        this.plan = plan;
        this.readyAt = new double[plan.units.length];
        this.works = new boolean[plan.units.length];
        this.systemFree = new double[plan.spec.layingSystems()];
        Arrays.fill(readyAt, Double.NaN);
    }

    /**
     * @param obstacle index in {@link CrossingPlan#obstacles()}
     * @param now      the time a column's head reaches it, minutes (the clock)
     * @return whether it is there for that column: always for an ordinary obstacle; for one on warning, iff it was
     *         emplaced by {@code now} and works
     */
    boolean inPlace(int obstacle, double now) {
        int u = plan.unitOf(obstacle);
        if (u < 0) {
            return true;
        }
        if (!decided && !decide(now)) {
            return false;
        }
        return works[u] && readyAt[u] <= now;
    }

    /** @return whether obstacle {@code obstacle} is one on warning */
    boolean dynamic(int obstacle) {
        return plan.unitOf(obstacle) >= 0;
    }

    /** Decides every unit if the force has been warned by {@code now}; @return whether it has. */
    private boolean decide(double now) {
        int columns = ctx.plan.scenario().columns().size();
        double first = Double.POSITIVE_INFINITY;
        int warned = -1;
        for (int c = 0; c < columns; c++) {
            double w = ctx.warningAt(c);
            if (w < first) {
                first = w;
                warned = c;
            }
        }
        if (!(first <= now)) {
            return false;   // no warning yet, or only one ahead of the clock: not yet decided
        }
        decided = true;
        String column = ctx.plan.scenario().columns().get(warned).id();
        double order = first + plan.spec.warningDelayMin();
        double[] systemFree = this.systemFree;
        Arrays.fill(systemFree, order);
        for (int u = 0; u < plan.units.length; u++) {
            DynamicPlan.Unit unit = plan.units[u];
            RandomStream s = ctx.streams.stream(unit.stream());
            works[u] = s.nextDouble() < unit.entry().reliability();
            double emplace = unit.entry().emplaceMin().inverse(s.nextDouble());
            double start = order;
            if (unit.kind() == DynamicKind.MINE_LAYING) {
                int k = 0;
                for (int j = 1; j < systemFree.length; j++) {
                    if (systemFree[j] < systemFree[k]) {
                        k = j;
                    }
                }
                start = systemFree[k];
                systemFree[k] = start + emplace;
            }
            readyAt[u] = start + emplace;
            ctx.events.publishAt(works[u]
                    ? new ModelEvent.ObstacleEmplaced(readyAt[u], column, unit.target(), unit.kind(), first)
                    : new ModelEvent.EmplacementFailed(readyAt[u], column, unit.target(), unit.kind(), first));
        }
        return true;
    }
}
