package org.gapsim.experiment;

import java.util.Map;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ObstacleKind;

/**
 * What an experiment found for one package. Times are in hours, except held times (minutes). Slowdowns are paired:
 * each replication's closure time minus the baseline's in the same replication (common random numbers). For the
 * baseline itself the slowdown is identically 0.
 *
 * @param packageName            package
 * @param description            its one-line description
 * @param baseline               whether this is the experiment's baseline
 * @param costEur                its cost, EUR
 * @param obstacles              obstacles it places
 * @param closureH               closure time, hours (censored at the horizon when not reached)
 * @param pNotReached            fraction of replications in which the force did not close by the horizon
 * @param firstLeadH             earliest lead-vehicle arrival at an objective, hours
 * @param slowdownH              paired slowdown versus the baseline, hours
 * @param unpairedSlowdownSdH    standard deviation the slowdown would have with independent runs:
 *                               sqrt(var(closure) + var(baseline closure)), hours; compare with
 *                               {@code slowdownH.sd()}
 * @param meanLossesByCause      mean vehicles lost per replication, by cause
 * @param meanVehiclesLost       mean vehicles lost per replication, all causes
 * @param meanHeldMinByKind      mean minutes column heads were held per replication, by obstacle kind
 * @param hoursPer100MEur        mean slowdown per EUR 100 million of cost, hours; NaN for a package that costs nothing
 */
public record PackageSummary(String packageName, String description, boolean baseline, double costEur,
                             int obstacles, SampleSummary closureH, double pNotReached, SampleSummary firstLeadH,
                             SampleSummary slowdownH, double unpairedSlowdownSdH,
                             Map<LossCause, Double> meanLossesByCause, double meanVehiclesLost,
                             Map<ObstacleKind, Double> meanHeldMinByKind, double hoursPer100MEur) {

    /** Copies the maps (unmodifiable, in enum order). */
    public PackageSummary {
        meanLossesByCause = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(meanLossesByCause));
        meanHeldMinByKind = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(meanHeldMinByKind));
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
