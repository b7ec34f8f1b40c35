package org.gapsim.model;

import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.TargetGroup;
import umontreal.ssj.rng.RandomStream;

/**
 * The bridging work of one pontoon crossing fought under fire ({@link Fight#bridge}): one bridge per lane, each of
 * {@code setsPerBridge} sets, with its work (bank ramps and building) in minutes by day. What the defender's fire does
 * to it (times in minutes):
 * <ul>
 *   <li>The bridges being built are the breach assets ({@link TargetGroup#BREACH_ASSETS}): an engagement whose
 *   first target group in the defender's priority is the breach assets picks a uniform bridge still being built
 *   (the column's vehicles are never breach assets at a crossing site); else it picks a vehicle as in a breach.</li>
 *   <li>A bridge is a light target ({@code pKillLight}; ASSUMPTION: boats, bays and their trucks are unarmoured). A
 *   kill destroys one set of that bridge ({@link ModelEvent.AssetLost} "pontoon"); ASSUMPTION: its share of the
 *   bridge's work, {@code full / setsPerBridge}, is to be done again, once a set still in the rear has come forward
 *   ({@code forwardMin}); with none left the bridge is abandoned.</li>
 *   <li>Work progresses at 1 by day, {@code 1 / nightWorkFactor} at night, and x {@code manualUnderFireFactor}
 *   while the site is detected and a live, unsuppressed unit with ammunition reaches it (ASSUMPTION: building a
 *   bridge in the open is exposed work like a manual breach; breaching-history.md "Gap crossing": a crossing site
 *   fails when fire reaches it).</li>
 *   <li>When every bridge is abandoned the crossing has failed ({@link ModelEvent.BreachFailed}, method
 *   {@link BreachMethod#BRIDGE_LAYER}, reason {@value #FAILED}): the column turns back then if another route
 *   exists, else it culminates there (halts for good, reason "culminated").</li>
 * </ul>
 * Draws (forward times of replacement sets) come from the column's fight stream at the site.
 */
final class PontoonWork {
    /** {@link ModelEvent.Engagement#vehicle()} of an engagement on a bridge: no vehicle of the column. */
    static final int NO_VEHICLE = -1;
    /** {@link ModelEvent.Engagement#vehicleType()} of an engagement on a bridge. */
    static final String TARGET = "pontoon-bridge";
    /** {@link ModelEvent.AssetLost#asset()} of a pontoon set destroyed. */
    static final String ASSET = "pontoon";
    /** {@link ModelEvent.BreachFailed#reason()} of a crossing whose bridges were all lost. */
    static final String FAILED = "every pontoon bridge lost to fire";

    private final ModelContext ctx;
    private final Column col;
    private final String obstacle;
    private final GapCrossing gaps;
    private final CrossingAssets.Pontoons pontoons;
    private final int setsPerBridge;
    private final Breach.Plan plan;
    private final double[] full;
    private final double[] work;
    private double failedAt = Double.NaN;

    /**
     * @param buildMin work of each bridge by day, minutes (one per lane; this array becomes the work left)
     * @param setsPerBridge sets in each bridge
     */
    PontoonWork(ModelContext ctx, Column col, String obstacle, GapCrossing gaps, CrossingAssets.Pontoons pontoons,
                double[] buildMin, int setsPerBridge) {
        this.ctx = ctx;
        this.col = col;
        this.obstacle = obstacle;
        this.gaps = gaps;
        this.pontoons = pontoons;
        this.setsPerBridge = setsPerBridge;
        this.full = buildMin.clone();
        this.work = buildMin;
        this.plan = new Breach.Plan(BreachMethod.BRIDGE_LAYER, buildMin.length, buildMin.length * setsPerBridge,
                Breach.MECHANICAL_LANE_WIDTH_M, 1.0);
    }

    /** @return the attempt as a breach plan (method bridge layer, used = sets; for the fight's bookkeeping) */
    Breach.Plan plan() {
        return plan;
    }

    /** @return each bridge's work left, minutes by day (the fight works it down) */
    double[] work() {
        return work;
    }

    /**
     * @param u        a uniform draw in [0, 1)
     * @param state    the fight's lane states
     * @param working  the state of a bridge being built
     * @param priority the defender's target priority
     * @return the bridge engaged, or -1 to engage a vehicle instead
     */
    int target(double u, int[] state, int working, TargetGroup[] priority) {
        for (TargetGroup g : priority) {
            if (g != TargetGroup.BREACH_ASSETS) {
                return -1;
            }
            int n = 0;
            for (int s : state) {
                n += s == working ? 1 : 0;
            }
            if (n > 0) {
                int pick = (int) (u * n);
                for (int j = 0; j < state.length; j++) {
                    if (state[j] == working && pick-- == 0) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * A set of bridge {@code lane} was destroyed at {@code t}: published; its share of the work is to be done again
     * once a set from the rear has come forward.
     *
     * @param left each bridge's work left, minutes (changed)
     * @return when the work resumes, or infinity if no set is left (the bridge is abandoned)
     */
    double setLost(int lane, double t, double[] left, RandomStream fs) {
        ctx.events.publishAt(new ModelEvent.AssetLost(t, col.id, obstacle, NO_VEHICLE, TARGET, ASSET));
        if (!gaps.takeSets(1)) {
            return Double.POSITIVE_INFINITY;
        }
        left[lane] = Math.min(full[lane], left[lane] + full[lane] / setsPerBridge);
        return t + pontoons.forwardMin().inverse(fs.nextDouble());
    }

    /** The crossing failed at {@code t}. */
    void failed(double t) {
        failedAt = t;
    }

    /** @return when the crossing failed, or NaN */
    double failedAt() {
        return failedAt;
    }
}
