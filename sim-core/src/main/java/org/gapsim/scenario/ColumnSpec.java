package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.List;

/**
 * A march unit: vehicles in march order at a set interval, from a start place to an objective.
 *
 * @param id                        unique key
 * @param name                      display name
 * @param marchOrder                vehicles in the order they march, lead first
 * @param intervalM                 distance between successive vehicles on the road, m (open column 50-100 m,
 *                                  close column 20-25 m; FM 3-21.8, HIGH)
 * @param start                     start place id
 * @param departureMin              time the lead vehicle leaves the start place, minutes from the simulation start
 * @param objective                 objective place id
 * @param route                     places to pass, start first and objective last; empty = the shortest road route
 * @param engineers                 breaching equipment carried
 * @param combatIneffectiveFraction the column halts for good once fewer than this fraction of its vehicles remain
 */
public record ColumnSpec(String id, String name, List<VehicleGroup> marchOrder, double intervalM, String start,
                         double departureMin, String objective, List<String> route, EngineerAssets engineers,
                         double combatIneffectiveFraction) {
    /**
     * Validates every field that needs no other part of the scenario.
     *
     * @param id value of {@link #id()}
     * @param name value of {@link #name()}
     * @param marchOrder value of {@link #marchOrder()}
     * @param intervalM value of {@link #intervalM()}
     * @param start value of {@link #start()}
     * @param departureMin value of {@link #departureMin()}
     * @param objective value of {@link #objective()}
     * @param route value of {@link #route()}
     * @param engineers value of {@link #engineers()}
     * @param combatIneffectiveFraction value of {@link #combatIneffectiveFraction()}
     */
    public ColumnSpec {
        Check.id("id", id);
        if (name == null || name.isBlank()) {
            name = id;
        }
        marchOrder = Check.list("marchOrder", marchOrder, Limits.MAX_MARCH_ORDER_GROUPS);
        if (marchOrder.isEmpty()) {
            throw new ScenarioException("marchOrder", "must hold at least one vehicle group");
        }
        long vehicles = 0;
        for (VehicleGroup g : marchOrder) {
            vehicles += g.count();
        }
        Check.atMost("marchOrder", vehicles, Limits.MAX_VEHICLES_PER_COLUMN);
        Check.positive("intervalM", intervalM, Limits.MAX_SIZE_M);
        Check.id("start", start);
        Check.nonNegative("departureMin", departureMin, Limits.MAX_DEPARTURE_MIN);
        Check.id("objective", objective);
        if (start.equals(objective)) {
            throw new ScenarioException("objective", "must differ from the start place '" + start + "'");
        }
        route = Check.list("route", route, Limits.MAX_ROUTE_PLACES);
        if (!route.isEmpty()) {
            if (route.size() < 2 || !route.get(0).equals(start) || !route.get(route.size() - 1).equals(objective)) {
                throw new ScenarioException("route", "must run from the start '" + start + "' to the objective '"
                        + objective + "', was " + route);
            }
        }
        engineers = engineers == null ? EngineerAssets.NONE : engineers;
        Check.probability("combatIneffectiveFraction", combatIneffectiveFraction);
    }

    /** @return the number of vehicles in the column (at most {@link Limits#MAX_VEHICLES_PER_COLUMN}) */
    public int vehicleCount() {
        int n = 0;
        for (VehicleGroup g : marchOrder) {
            n = Math.addExact(n, g.count());
        }
        return n;
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this column's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link ColumnSpec} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code name}: the id</li>
     *   <li>{@code marchOrder}: empty (at least one group is required)</li>
     *   <li>{@code intervalM}: required, m</li>
     *   <li>{@code start}: required</li>
     *   <li>{@code departureMin}: 0 minutes</li>
     *   <li>{@code objective}: required</li>
     *   <li>{@code route}: empty (the shortest road route)</li>
     *   <li>{@code engineers}: {@link EngineerAssets#NONE}</li>
     *   <li>{@code combatIneffectiveFraction}: required, fraction in [0, 1]</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String name;
        private List<VehicleGroup> marchOrder = List.of();
        private double intervalM = Double.NaN;
        private String start;
        private double departureMin = 0;
        private String objective;
        private List<String> route = List.of();
        private EngineerAssets engineers = EngineerAssets.NONE;
        private double combatIneffectiveFraction = Double.NaN;

        private Builder() {
        }

        private Builder(ColumnSpec r) {
            id = r.id;
            name = r.name;
            marchOrder = r.marchOrder;
            intervalM = r.intervalM;
            start = r.start;
            departureMin = r.departureMin;
            objective = r.objective;
            route = r.route;
            engineers = r.engineers;
            combatIneffectiveFraction = r.combatIneffectiveFraction;
        }

        /**
         * @param v new value of {@link ColumnSpec#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#name()} (default: the id)
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#marchOrder()} (default: empty (at least one group is required))
         * @return this builder
         */
        public Builder marchOrder(List<VehicleGroup> v) {
            marchOrder = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#marchOrder()}, element by element
         * @return this builder
         */
        public Builder marchOrder(VehicleGroup... v) {
            marchOrder = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#intervalM()} (required, m)
         * @return this builder
         */
        public Builder intervalM(double v) {
            intervalM = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#start()} (required)
         * @return this builder
         */
        public Builder start(String v) {
            start = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#departureMin()} (default: 0 minutes)
         * @return this builder
         */
        public Builder departureMin(double v) {
            departureMin = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#objective()} (required)
         * @return this builder
         */
        public Builder objective(String v) {
            objective = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#route()} (default: empty (the shortest road route))
         * @return this builder
         */
        public Builder route(List<String> v) {
            route = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#route()}, element by element
         * @return this builder
         */
        public Builder route(String... v) {
            route = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#engineers()} (default: {@link EngineerAssets#NONE})
         * @return this builder
         */
        public Builder engineers(EngineerAssets v) {
            engineers = v;
            return this;
        }

        /**
         * @param v new value of {@link ColumnSpec#combatIneffectiveFraction()} (required, fraction in [0, 1])
         * @return this builder
         */
        public Builder combatIneffectiveFraction(double v) {
            combatIneffectiveFraction = v;
            return this;
        }

        /** @return the new column, validated by the canonical constructor */
        public ColumnSpec build() {
            return new ColumnSpec(id, name, marchOrder, intervalM, start, departureMin, objective, route, engineers, combatIneffectiveFraction);
        }
    }
}
