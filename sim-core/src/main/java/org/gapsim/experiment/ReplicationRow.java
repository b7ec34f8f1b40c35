package org.gapsim.experiment;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gapsim.measure.FightCount;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.ObstacleKind;

/**
 * One replication of one package as recorded by an experiment: the package's inputs that vary, then its outputs
 * (times in hours, except held times in minutes), then the paired slowdown. It is exactly what the per-replication
 * CSV holds, so an experiment resumed from that file aggregates the same numbers bit for bit. Arrays are copied in
 * and out; {@code equals} compares doubles bit for bit ({@link Double#compare}).
 *
 * @param replication      replication index (0-based)
 * @param packageName      fortification package
 * @param packageCostEur   the package's cost, EUR
 * @param packageObstacles obstacles the package places
 * @param closureH         closure time under the scenario's rule, hours; the horizon if not reached (censored)
 * @param reached          whether the force closed by the horizon
 * @param firstLeadH       earliest lead-vehicle arrival at an objective, hours; the horizon if none
 * @param vehiclesStart    vehicles at departure
 * @param vehiclesArrived  vehicles at their objectives by the horizon
 * @param lossesByCause    vehicles lost, indexed by {@link LossCause#ordinal()}
 * @param heldMinByKind    minutes column heads were held at obstacles, indexed by {@link ObstacleKind#ordinal()}
 * @param breaches         breach attempts started (a failed attempt and the next method's attempt count twice)
 * @param bypasses         obstacles bypassed
 * @param reroutes         reroutes round impassable obstacles
 * @param lineCharges      line charges fired
 * @param bridges          bridges emplaced
 * @param slowdownH        closure time minus the baseline's closure time in the same replication, hours (0 for the
 *                         baseline itself)
 * @param fightCounts      counts of the fight (losses by vehicle class, engineer assets lost, breach failures, the
 *                         defender's engagements and losses), indexed by {@link FightCount#ordinal()}
 * @param columns          per column, in scenario order (empty in rows recorded without them)
 * @param measures         the values of the experiment's user measures, in {@link Experiment#measureNames()}
 *                         order; NaN where a measure observed nothing
 */
public record ReplicationRow(long replication, String packageName, double packageCostEur, int packageObstacles,
                             double closureH, boolean reached, double firstLeadH, int vehiclesStart,
                             int vehiclesArrived, int[] lossesByCause, double[] heldMinByKind, int breaches,
                             int bypasses, int reroutes, int lineCharges, int bridges, double slowdownH,
                             int[] fightCounts, List<ColumnRow> columns, double[] measures) {

    /** Minutes per hour: the one conversion applied to the model's minutes. */
    static final double MIN_PER_H = 60.0;

    /**
     * Checks the array lengths and copies the arrays.
     *
     * @param replication value of {@link #replication()}
     * @param packageName value of {@link #packageName()}
     * @param packageCostEur value of {@link #packageCostEur()}
     * @param packageObstacles value of {@link #packageObstacles()}
     * @param closureH value of {@link #closureH()}
     * @param reached value of {@link #reached()}
     * @param firstLeadH value of {@link #firstLeadH()}
     * @param vehiclesStart value of {@link #vehiclesStart()}
     * @param vehiclesArrived value of {@link #vehiclesArrived()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param heldMinByKind value of {@link #heldMinByKind()}
     * @param breaches value of {@link #breaches()}
     * @param bypasses value of {@link #bypasses()}
     * @param reroutes value of {@link #reroutes()}
     * @param lineCharges value of {@link #lineCharges()}
     * @param bridges value of {@link #bridges()}
     * @param slowdownH value of {@link #slowdownH()}
     * @param fightCounts value of {@link #fightCounts()}
     * @param columns value of {@link #columns()}
     * @param measures value of {@link #measures()}
     */
    public ReplicationRow {
        Objects.requireNonNull(packageName, "packageName");
        if (lossesByCause.length != LossCause.values().length) {
            throw new IllegalArgumentException("lossesByCause needs " + LossCause.values().length + " entries, had "
                    + lossesByCause.length);
        }
        if (heldMinByKind.length != ObstacleKind.values().length) {
            throw new IllegalArgumentException("heldMinByKind needs " + ObstacleKind.values().length
                    + " entries, had " + heldMinByKind.length);
        }
        if (fightCounts.length != FightCount.size()) {
            throw new IllegalArgumentException("fightCounts needs " + FightCount.size() + " entries, had "
                    + fightCounts.length);
        }
        lossesByCause = lossesByCause.clone();
        heldMinByKind = heldMinByKind.clone();
        fightCounts = fightCounts.clone();
        columns = List.copyOf(columns);
        measures = measures.clone();
    }

    /**
     * A row without per-column results or user measures.
     *
     * @param replication value of {@link #replication()}
     * @param packageName value of {@link #packageName()}
     * @param packageCostEur value of {@link #packageCostEur()}
     * @param packageObstacles value of {@link #packageObstacles()}
     * @param closureH value of {@link #closureH()}
     * @param reached value of {@link #reached()}
     * @param firstLeadH value of {@link #firstLeadH()}
     * @param vehiclesStart value of {@link #vehiclesStart()}
     * @param vehiclesArrived value of {@link #vehiclesArrived()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param heldMinByKind value of {@link #heldMinByKind()}
     * @param breaches value of {@link #breaches()}
     * @param bypasses value of {@link #bypasses()}
     * @param reroutes value of {@link #reroutes()}
     * @param lineCharges value of {@link #lineCharges()}
     * @param bridges value of {@link #bridges()}
     * @param slowdownH value of {@link #slowdownH()}
     * @param fightCounts value of {@link #fightCounts()}
     */
    public ReplicationRow(long replication, String packageName, double packageCostEur, int packageObstacles,
                          double closureH, boolean reached, double firstLeadH, int vehiclesStart, int vehiclesArrived,
                          int[] lossesByCause, double[] heldMinByKind, int breaches, int bypasses, int reroutes,
                          int lineCharges, int bridges, double slowdownH, int[] fightCounts) {
        this(replication, packageName, packageCostEur, packageObstacles, closureH, reached, firstLeadH, vehiclesStart,
                vehiclesArrived, lossesByCause, heldMinByKind, breaches, bypasses, reroutes, lineCharges, bridges,
                slowdownH, fightCounts, List.of(), new double[0]);
    }

    /**
     * A row without fight counts (all zero), as gapsim recorded before the defender fought.
     *
     * @param replication value of {@link #replication()}
     * @param packageName value of {@link #packageName()}
     * @param packageCostEur value of {@link #packageCostEur()}
     * @param packageObstacles value of {@link #packageObstacles()}
     * @param closureH value of {@link #closureH()}
     * @param reached value of {@link #reached()}
     * @param firstLeadH value of {@link #firstLeadH()}
     * @param vehiclesStart value of {@link #vehiclesStart()}
     * @param vehiclesArrived value of {@link #vehiclesArrived()}
     * @param lossesByCause value of {@link #lossesByCause()}
     * @param heldMinByKind value of {@link #heldMinByKind()}
     * @param breaches value of {@link #breaches()}
     * @param bypasses value of {@link #bypasses()}
     * @param reroutes value of {@link #reroutes()}
     * @param lineCharges value of {@link #lineCharges()}
     * @param bridges value of {@link #bridges()}
     * @param slowdownH value of {@link #slowdownH()}
     */
    public ReplicationRow(long replication, String packageName, double packageCostEur, int packageObstacles,
                          double closureH, boolean reached, double firstLeadH, int vehiclesStart, int vehiclesArrived,
                          int[] lossesByCause, double[] heldMinByKind, int breaches, int bypasses, int reroutes,
                          int lineCharges, int bridges, double slowdownH) {
        this(replication, packageName, packageCostEur, packageObstacles, closureH, reached, firstLeadH, vehiclesStart,
                vehiclesArrived, lossesByCause, heldMinByKind, breaches, bypasses, reroutes, lineCharges, bridges,
                slowdownH, new int[FightCount.size()]);
    }

    /**
     * Converts a model result (minutes) to a row (hours).
     *
     * @param result        one package's result
     * @param fortification that package
     * @param baselineH     the baseline's closure time in the same replication, hours
     * @return the row
     */
    public static ReplicationRow of(ReplicationResult result, FortificationPackage fortification, double baselineH) {
        double closureH = closureHours(result);
        return new ReplicationRow(result.replication(), result.packageName(), fortification.costEur(),
                fortification.obstacles().size(), closureH, result.reached(), result.firstLeadArrivalMin() / MIN_PER_H,
                result.vehiclesStart(), result.vehiclesArrived(), result.lossesByCause(), result.haltedMinByKind(),
                result.breaches(), result.bypasses(), result.reroutes(), result.lineChargesUsed(), result.bridgesUsed(),
                closureH - baselineH, result.fightCounts());
    }

    /**
     * Converts a model result (minutes) to a row (hours) with its columns and user measure values.
     *
     * @param result        one package's result
     * @param fortification that package
     * @param baselineH     the baseline's closure time in the same replication, hours
     * @param horizonH      the scenario's horizon, hours (a column's times when it did not arrive)
     * @param measures      the user measures' values, in {@link Experiment#measureNames()} order
     * @return the row
     */
    public static ReplicationRow of(ReplicationResult result, FortificationPackage fortification, double baselineH,
                                    double horizonH, double[] measures) {
        ReplicationRow r = of(result, fortification, baselineH);
        ColumnRow[] cols = new ColumnRow[result.columns().size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = ColumnRow.of(result.columns().get(i), horizonH);
        }
        return r.with(List.of(cols), measures);
    }

    /**
     * @param cols     per-column results
     * @param values   user measure values
     * @return this row with those columns and measure values
     */
    public ReplicationRow with(List<ColumnRow> cols, double[] values) {
        return new ReplicationRow(replication, packageName, packageCostEur, packageObstacles, closureH, reached,
                firstLeadH, vehiclesStart, vehiclesArrived, lossesByCause, heldMinByKind, breaches, bypasses, reroutes,
                lineCharges, bridges, slowdownH, fightCounts, cols, values);
    }

    /** @return a copy of the user measure values */
    @Override
    public double[] measures() {
        return measures.clone();
    }

    /**
     * @param i the measure's index from 0, in {@link Experiment#measureNames()} order
     * @return the value of user measure number {@code i} ({@link Experiment#measureNames()} order)
     */
    public double measure(int i) {
        return measures[i];
    }

    /**
     * @param result one replication's result from the model
     * @return the closure time of a model result in hours, computed exactly as rows do
     */
    public static double closureHours(ReplicationResult result) {
        return result.closureMin() / MIN_PER_H;
    }

    /** @return a copy of the losses by cause */
    @Override
    public int[] lossesByCause() {
        return lossesByCause.clone();
    }

    /** @return a copy of the held minutes by obstacle kind */
    @Override
    public double[] heldMinByKind() {
        return heldMinByKind.clone();
    }

    /** @return a copy of the counts of the fight */
    @Override
    public int[] fightCounts() {
        return fightCounts.clone();
    }

    /**
     * @param count which count of the fight
     * @return one count of the fight
     */
    public int count(FightCount count) {
        return fightCounts[count.ordinal()];
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
    public double heldMin(ObstacleKind kind) {
        return heldMinByKind[kind.ordinal()];
    }

    /** @return vehicles lost to every cause */
    public int vehiclesLost() {
        int n = 0;
        for (int v : lossesByCause) {
            n += v;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ReplicationRow r)) {
            return false;
        }
        return replication == r.replication && packageName.equals(r.packageName)
                && Double.compare(packageCostEur, r.packageCostEur) == 0 && packageObstacles == r.packageObstacles
                && Double.compare(closureH, r.closureH) == 0 && reached == r.reached
                && Double.compare(firstLeadH, r.firstLeadH) == 0 && vehiclesStart == r.vehiclesStart
                && vehiclesArrived == r.vehiclesArrived && Arrays.equals(lossesByCause, r.lossesByCause)
                && Arrays.equals(heldMinByKind, r.heldMinByKind) && breaches == r.breaches && bypasses == r.bypasses
                && reroutes == r.reroutes && lineCharges == r.lineCharges && bridges == r.bridges
                && Double.compare(slowdownH, r.slowdownH) == 0 && Arrays.equals(fightCounts, r.fightCounts)
                && columns.equals(r.columns) && Arrays.equals(measures, r.measures);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(replication, packageName, packageCostEur, packageObstacles, closureH, reached, firstLeadH,
                vehiclesStart, vehiclesArrived, breaches, bypasses, reroutes, lineCharges, bridges, slowdownH);
        h = 31 * (31 * h + Arrays.hashCode(lossesByCause)) + Arrays.hashCode(heldMinByKind);
        h = 31 * h + Arrays.hashCode(fightCounts);
        return 31 * (31 * h + columns.hashCode()) + Arrays.hashCode(measures);
    }

    @Override
    public String toString() {
        return "ReplicationRow[replication=" + replication + ", package=" + packageName + ", closureH=" + closureH
                + ", reached=" + reached + ", firstLeadH=" + firstLeadH + ", vehicles=" + vehiclesArrived + "/"
                + vehiclesStart + ", losses=" + Arrays.toString(lossesByCause) + ", heldMin="
                + Arrays.toString(heldMinByKind) + ", breaches=" + breaches + ", bypasses=" + bypasses
                + ", reroutes=" + reroutes + ", lineCharges=" + lineCharges + ", bridges=" + bridges
                + ", slowdownH=" + slowdownH + ", costEur=" + packageCostEur + ", fight="
                + Arrays.toString(fightCounts) + ", columns=" + columns + ", measures=" + Arrays.toString(measures)
                + "]";
    }
}
