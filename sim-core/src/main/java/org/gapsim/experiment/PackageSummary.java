package org.gapsim.experiment;

import java.util.List;
import java.util.Map;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ObstacleKind;

/**
 * What an experiment found for one package. Times are in hours, except held times (minutes). Closure time is
 * censored at the horizon H (type-I censoring): a replication that did not close by H records H. Means of closure
 * and slowdown are therefore <b>restricted</b> means up to H (RMST: the mean of min(T, H)), and quantiles are given
 * only where the data identify them (see {@link SampleSummary} and docs/statistics.md). Slowdowns are paired: each
 * replication's restricted closure time minus the baseline's in the same replication (common random numbers),
 * min(T_pkg, H) - min(T_base, H). For the baseline itself the slowdown is identically 0.
 *
 * @param packageName            package
 * @param description            its one-line description
 * @param baseline               whether this is the experiment's baseline
 * @param costEur                its money, EUR: its budget, placed in the model and outside it together
 * @param obstacles              obstacles it places
 * @param closureH               closure time restricted to the horizon, hours (censored at the horizon)
 * @param pNotReached            fraction of replications in which the force did not close by the horizon
 * @param firstLeadH             earliest lead-vehicle arrival at an objective, restricted to the horizon, hours
 * @param slowdownH              paired restricted slowdown versus the baseline, hours
 * @param unpairedSlowdownSdH    standard deviation the slowdown would have with independent runs:
 *                               sqrt(var(closure) + var(baseline closure)), hours; compare with
 *                               {@code slowdownH.sd()}
 * @param meanLossesByCause      mean vehicles lost per replication, by cause
 * @param meanVehiclesLost       mean vehicles lost per replication, all causes
 * @param meanHeldMinByKind      mean minutes column heads were held per replication, by obstacle kind
 * @param hoursPer100MEur        restricted mean slowdown per EUR 100 million of its budget ({@code costEur}), hours;
 *                               NaN for a package that costs nothing (see {@code costEffectCensored}); money spent
 *                               outside the model dilutes it, so compare packages on {@code hoursPer100MEurPlaced}
 * @param reached                replications in which the force closed by the horizon
 * @param pReachedLow            lower end of the Wilson score 95% interval of P(reached by the horizon)
 * @param pReachedHigh           upper end of that interval
 * @param costEffectCensored     whether {@code hoursPer100MEur} rests on heavily censored data: P(not reached) of
 *                               this package or of the baseline exceeds {@link #CENSORING_FLAG_THRESHOLD}, so the
 *                               restricted slowdown understates the true one
 * @param closureCurve           Kaplan-Meier estimate of P(closed by t) for t up to the horizon; it ends at
 *                               P(reached) = 1 - P(censored), never jumps to 1 at the horizon
 * @param vehiclesLost           vehicles lost per replication, all causes, with its 95% interval
 * @param lossesByCause          vehicles lost per replication by cause, with 95% intervals
 * @param breachAttempts         breach attempts started per replication, with its 95% interval
 * @param fightCounts            each count of the fight per replication (losses by vehicle class, engineer assets
 *                               lost, breach failures, the defender's engagements and losses), with 95% intervals
 * @param placedEur              the money placed in the model: what its obstacles and defender units cost, EUR
 * @param outsideEur             the money of its budget spent outside the model (parts of the border or items the
 *                               scenario does not model), EUR; never counted in {@code placedEur}
 * @param costsFromCatalogue     whether {@code placedEur} is derived from the scenario's catalogue (false: typed,
 *                               not from a catalogue)
 * @param hoursPer100MEurPlaced  restricted mean slowdown per EUR 100 million placed in the model, hours; NaN when
 *                               nothing is placed (flagged by {@code costEffectCensored} like the budget figure)
 * @param pReachedChangePer100MEurPlaced change in P(objective reached by the horizon) against the baseline per EUR
 *                               100 million placed (negative: the package stops the force more often); NaN when
 *                               nothing is placed
 * @param columns                per column of the force: lead and tail arrival, P(reached), losses and held time
 * @param measures               each user measure's summary (mean, interval, quantiles, paired difference)
 */
public record PackageSummary(String packageName, String description, boolean baseline, double costEur,
                             int obstacles, SampleSummary closureH, double pNotReached, SampleSummary firstLeadH,
                             SampleSummary slowdownH, double unpairedSlowdownSdH,
                             Map<LossCause, Double> meanLossesByCause, double meanVehiclesLost,
                             Map<ObstacleKind, Double> meanHeldMinByKind, double hoursPer100MEur, long reached,
                             double pReachedLow, double pReachedHigh, boolean costEffectCensored,
                             StepCurve closureCurve, MeanEstimate vehiclesLost,
                             Map<LossCause, MeanEstimate> lossesByCause, MeanEstimate breachAttempts,
                             Map<FightCount, MeanEstimate> fightCounts, double placedEur, double outsideEur,
                             boolean costsFromCatalogue, double hoursPer100MEurPlaced,
                             double pReachedChangePer100MEurPlaced, List<ColumnSummary> columns,
                             List<MeasureSummary> measures) {

    /**
     * Fraction of a package's budget below which it is warned about: 0.5. With less than half its money placed in
     * the model, its hours per euro describe a minor part of what it buys.
     */
    public static final double PLACED_WARNING_FRACTION = 0.5;

    /**
     * P(not reached) above which "hours per EUR 100 M" is flagged: 10 %. A judgement, not a statistical law: with
     * more censoring the restricted mean slowdown can understate the true mean by much.
     */
    public static final double CENSORING_FLAG_THRESHOLD = 0.10;

    /**
     * Copies the maps (unmodifiable, in enum order).
     *
     * @param packageName value of {@link #packageName()}
     * @param description value of {@link #description()}
     * @param baseline value of {@link #baseline()}
     * @param costEur value of {@link #costEur()}
     * @param obstacles value of {@link #obstacles()}
     * @param closureH value of {@link #closureH()}
     * @param pNotReached value of {@link #pNotReached()}
     * @param firstLeadH value of {@link #firstLeadH()}
     * @param slowdownH value of {@link #slowdownH()}
     * @param unpairedSlowdownSdH value of {@link #unpairedSlowdownSdH()}
     * @param meanLossesByCause value of {@link #meanLossesByCause()}
     * @param meanVehiclesLost value of {@link #meanVehiclesLost()}
     * @param meanHeldMinByKind value of {@link #meanHeldMinByKind()}
     * @param hoursPer100MEur value of {@link #hoursPer100MEur()}
     * @param reached value of {@link #reached()}
     * @param pReachedLow value of {@link #pReachedLow()}
     * @param pReachedHigh value of {@link #pReachedHigh()}
     * @param costEffectCensored value of {@link #costEffectCensored()}
     * @param closureCurve value of {@link #closureCurve()}
     * @param vehiclesLost value of {@link #vehiclesLost()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param breachAttempts value of {@link #breachAttempts()}
     * @param fightCounts value of {@link #fightCounts()}
     * @param placedEur value of {@link #placedEur()}
     * @param outsideEur value of {@link #outsideEur()}
     * @param costsFromCatalogue value of {@link #costsFromCatalogue()}
     * @param hoursPer100MEurPlaced value of {@link #hoursPer100MEurPlaced()}
     * @param pReachedChangePer100MEurPlaced value of {@link #pReachedChangePer100MEurPlaced()}
     * @param columns value of {@link #columns()}
     * @param measures value of {@link #measures()}
     */
    public PackageSummary {
        meanLossesByCause = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(meanLossesByCause));
        meanHeldMinByKind = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(meanHeldMinByKind));
        lossesByCause = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(lossesByCause));
        fightCounts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(fightCounts));
        columns = List.copyOf(columns);
        measures = List.copyOf(measures);
    }

    /**
     * A summary without per-column results, user measures or a money split: all its money counts as placed, typed
     * (not from a catalogue).
     *
     * @param packageName value of {@link #packageName()}
     * @param description value of {@link #description()}
     * @param baseline value of {@link #baseline()}
     * @param costEur value of {@link #costEur()}
     * @param obstacles value of {@link #obstacles()}
     * @param closureH value of {@link #closureH()}
     * @param pNotReached value of {@link #pNotReached()}
     * @param firstLeadH value of {@link #firstLeadH()}
     * @param slowdownH value of {@link #slowdownH()}
     * @param unpairedSlowdownSdH value of {@link #unpairedSlowdownSdH()}
     * @param meanLossesByCause value of {@link #meanLossesByCause()}
     * @param meanVehiclesLost value of {@link #meanVehiclesLost()}
     * @param meanHeldMinByKind value of {@link #meanHeldMinByKind()}
     * @param hoursPer100MEur value of {@link #hoursPer100MEur()}
     * @param reached value of {@link #reached()}
     * @param pReachedLow value of {@link #pReachedLow()}
     * @param pReachedHigh value of {@link #pReachedHigh()}
     * @param costEffectCensored value of {@link #costEffectCensored()}
     * @param closureCurve value of {@link #closureCurve()}
     * @param vehiclesLost value of {@link #vehiclesLost()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param breachAttempts value of {@link #breachAttempts()}
     * @param fightCounts value of {@link #fightCounts()}
     */
    public PackageSummary(String packageName, String description, boolean baseline, double costEur,
                          int obstacles, SampleSummary closureH, double pNotReached, SampleSummary firstLeadH,
                          SampleSummary slowdownH, double unpairedSlowdownSdH,
                          Map<LossCause, Double> meanLossesByCause, double meanVehiclesLost,
                          Map<ObstacleKind, Double> meanHeldMinByKind, double hoursPer100MEur, long reached,
                          double pReachedLow, double pReachedHigh, boolean costEffectCensored,
                          StepCurve closureCurve, MeanEstimate vehiclesLost,
                          Map<LossCause, MeanEstimate> lossesByCause, MeanEstimate breachAttempts,
                          Map<FightCount, MeanEstimate> fightCounts) {
        this(packageName, description, baseline, costEur, obstacles, closureH, pNotReached, firstLeadH, slowdownH,
                unpairedSlowdownSdH, meanLossesByCause, meanVehiclesLost, meanHeldMinByKind, hoursPer100MEur, reached,
                pReachedLow, pReachedHigh, costEffectCensored, closureCurve, vehiclesLost, lossesByCause,
                breachAttempts, fightCounts, costEur, 0, false, hoursPer100MEur, Double.NaN, List.of(), List.of());
    }

    /** @return the fraction of its budget placed in the model, in [0, 1]; 1 for a package with no money */
    public double placedFraction() {
        return costEur > 0 ? placedEur / costEur : 1;
    }

    /** @return whether less than {@link #PLACED_WARNING_FRACTION} of its budget is placed in the model */
    public boolean underPlaced() {
        return !baseline && costEur > 0 && placedFraction() < PLACED_WARNING_FRACTION;
    }

    /**
     * @return the one-line warning for a package with less than half its money placed in the model, naming the
     *         package and the fraction; empty if it is not under-placed
     */
    public String placedWarning() {
        if (!underPlaced()) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "WARNING: package '%s' places %s%% of its budget in the model "
                + "(EUR %s M of %s M, %s M outside)", packageName, Numbers.format("%.1f", 100 * placedFraction()),
                Numbers.format("%.2f", placedEur / 1e6), Numbers.format("%.2f", costEur / 1e6),
                Numbers.format("%.2f", outsideEur / 1e6));
    }

    /**
     * @param count which count of the fight
     * @return one count of the fight per replication, with its 95% interval
     */
    public MeanEstimate count(FightCount count) {
        return fightCounts.get(count);
    }

    /** @return P(objective reached by the horizon), the fraction of replications that closed */
    public double pReached() {
        long n = closureH.n();
        return n == 0 ? Double.NaN : (double) reached / n;
    }

    /** @return variance of the paired slowdown, hours squared */
    public double pairedSlowdownVariance() {
        return slowdownH.variance();
    }

    /** @return variance the slowdown would have with independent runs, var(closure) + var(baseline), hours squared */
    public double unpairedSlowdownVariance() {
        return unpairedSlowdownSdH * unpairedSlowdownSdH;
    }
}
