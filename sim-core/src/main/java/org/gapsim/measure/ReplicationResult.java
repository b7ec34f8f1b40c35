package org.gapsim.measure;

import java.util.List;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ObstacleKind;

/**
 * The measures of one replication of one package. Arrays are indexed by enum ordinal and must not be modified.
 *
 * @param replication         replication index
 * @param packageName         fortification package
 * @param closureMin          time the force closed under the scenario's closure rule, minutes; the horizon if it
 *                            did not (censored: see {@code reached})
 * @param reached             whether the force closed by the horizon
 * @param firstLeadArrivalMin earliest lead-vehicle arrival at an objective, minutes; the horizon if none
 * @param vehiclesStart       vehicles in the force at departure
 * @param vehiclesArrived     vehicles at their objectives by the horizon
 * @param lossesByCause       vehicles lost, indexed by {@link LossCause#ordinal()}
 * @param haltedMinByKind     minutes column heads were held at obstacles, summed over columns, indexed by
 *                            {@link ObstacleKind#ordinal()}
 * @param breaches            breach attempts started (a failed attempt and the next method's attempt count twice)
 * @param bypasses            obstacles bypassed
 * @param reroutes            reroutes round impassable obstacles
 * @param lineChargesUsed     line charges fired
 * @param bridgesUsed         bridges emplaced
 * @param columns             per column, in scenario order
 * @param fightCounts         counts of the fight, indexed by {@link FightCount#ordinal()}
 */
public record ReplicationResult(long replication, String packageName, double closureMin, boolean reached,
                                double firstLeadArrivalMin, int vehiclesStart, int vehiclesArrived,
                                int[] lossesByCause, double[] haltedMinByKind, int breaches, int bypasses,
                                int reroutes, int lineChargesUsed, int bridgesUsed, List<ColumnResult> columns,
                                int[] fightCounts) {
    /**
     * Checks the length of the fight counts.
     *
     * @param replication value of {@link #replication()}
     * @param packageName value of {@link #packageName()}
     * @param closureMin value of {@link #closureMin()}
     * @param reached value of {@link #reached()}
     * @param firstLeadArrivalMin value of {@link #firstLeadArrivalMin()}
     * @param vehiclesStart value of {@link #vehiclesStart()}
     * @param vehiclesArrived value of {@link #vehiclesArrived()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param haltedMinByKind value of {@link #haltedMinByKind()}
     * @param breaches value of {@link #breaches()}
     * @param bypasses value of {@link #bypasses()}
     * @param reroutes value of {@link #reroutes()}
     * @param lineChargesUsed value of {@link #lineChargesUsed()}
     * @param bridgesUsed value of {@link #bridgesUsed()}
     * @param columns value of {@link #columns()}
     * @param fightCounts value of {@link #fightCounts()}
     */
    public ReplicationResult {
        if (fightCounts.length != FightCount.size()) {
            throw new IllegalArgumentException("fightCounts needs " + FightCount.size() + " entries, had "
                    + fightCounts.length);
        }
    }

    /**
     * A result without fight counts (all zero): the measures of gapsim before the defender fought.
     *
     * @param replication value of {@link #replication()}
     * @param packageName value of {@link #packageName()}
     * @param closureMin value of {@link #closureMin()}
     * @param reached value of {@link #reached()}
     * @param firstLeadArrivalMin value of {@link #firstLeadArrivalMin()}
     * @param vehiclesStart value of {@link #vehiclesStart()}
     * @param vehiclesArrived value of {@link #vehiclesArrived()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param haltedMinByKind value of {@link #haltedMinByKind()}
     * @param breaches value of {@link #breaches()}
     * @param bypasses value of {@link #bypasses()}
     * @param reroutes value of {@link #reroutes()}
     * @param lineChargesUsed value of {@link #lineChargesUsed()}
     * @param bridgesUsed value of {@link #bridgesUsed()}
     * @param columns value of {@link #columns()}
     */
    public ReplicationResult(long replication, String packageName, double closureMin, boolean reached,
                             double firstLeadArrivalMin, int vehiclesStart, int vehiclesArrived, int[] lossesByCause,
                             double[] haltedMinByKind, int breaches, int bypasses, int reroutes, int lineChargesUsed,
                             int bridgesUsed, List<ColumnResult> columns) {
        this(replication, packageName, closureMin, reached, firstLeadArrivalMin, vehiclesStart, vehiclesArrived,
                lossesByCause, haltedMinByKind, breaches, bypasses, reroutes, lineChargesUsed, bridgesUsed, columns,
                new int[FightCount.size()]);
    }

    /** @return closure time in hours */
    public double closureHours() {
        return closureMin / 60.0;
    }

    /** @return vehicles lost to every cause */
    public int vehiclesLost() {
        int n = 0;
        for (int v : lossesByCause) {
            n += v;
        }
        return n;
    }

    /**
     * @param cause the cause of loss
     * @return vehicles lost to one cause
     */
    public int losses(LossCause cause) {
        return lossesByCause[cause.ordinal()];
    }

    /**
     * @param kind the obstacle kind
     * @return minutes column heads were held at obstacles of one kind
     */
    public double haltedMin(ObstacleKind kind) {
        return haltedMinByKind[kind.ordinal()];
    }

    /**
     * @param count which count of the fight
     * @return one count of the fight
     */
    public int count(FightCount count) {
        return fightCounts[count.ordinal()];
    }
}
