package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.List;

/**
 * The obstacles of a package that exist only if the defender is warned in time (issue 12 item 4). An obstacle (or
 * every element of a belt) named here is in place for a column iff the force's first warning (the first time a
 * defender sensor sees ANY column on the march: the order goes to the whole front) plus {@link #warningDelayMin()}
 * plus its emplacement time is no later than that column's head arriving at it, and it did not fail (drawn once per
 * replication with {@link Entry#reliability()} from the stream {@code dynamic/<target>}). Without a warning it is
 * never emplaced.
 *
 * @param warningDelayMin from the sensor's report to the order reaching the emplacing units, minutes (ASSUMPTION:
 *                        30 min, one staff cycle at brigade)
 * @param layingSystems   mine-laying systems of the package; each lays one {@link DynamicKind#MINE_LAYING} entry at a
 *                        time, entries in list order (0: none; then a package may not list such entries)
 * @param entries         what is emplaced on warning, in order
 * @param layingSystem    the catalogue item (priced {@code per-system}) each laying system is bought as, or null
 *                        (then the systems cost nothing in the model: their money, if any, is outside it)
 * @param layingSystemsEur what the laying systems cost, EUR: layingSystems x the item's price once priced by
 *                        {@link CostCatalogue#price}, else 0
 */
public record OnWarning(double warningDelayMin, int layingSystems, List<Entry> entries, String layingSystem,
                        double layingSystemsEur) {
    /** Default order delay, minutes (ASSUMPTION: one staff cycle at brigade from a sensor report to an order). */
    public static final double DEFAULT_WARNING_DELAY_MIN = 30;
    /** No obstacle on warning. */
    public static final OnWarning NONE = new OnWarning(DEFAULT_WARNING_DELAY_MIN, 0, List.of());

    /**
     * On-warning obstacles whose laying systems name no item.
     *
     * @param warningDelayMin from the sensor's report to the order reaching the emplacing units, minutes
     * @param layingSystems   mine-laying systems of the package
     * @param entries         what is emplaced on warning, in order
     */
    public OnWarning(double warningDelayMin, int layingSystems, List<Entry> entries) {
        this(warningDelayMin, layingSystems, entries, null, 0);
    }

    /**
     * Validates every field.
     *
     * @param warningDelayMin value of {@link #warningDelayMin()}
     * @param layingSystems value of {@link #layingSystems()}
     * @param entries value of {@link #entries()}
     * @param layingSystem value of {@link #layingSystem()}
     * @param layingSystemsEur value of {@link #layingSystemsEur()}
     */
    public OnWarning {
        Check.nonNegative("warningDelayMin", warningDelayMin, Limits.MAX_HORIZON_MIN);
        Check.nonNegative("layingSystems", layingSystems, Limits.MAX_EQUIPMENT_COUNT);
        entries = Check.list("entries", entries == null ? List.of() : entries, Limits.MAX_OBSTACLES);
        if (layingSystem != null) {
            Check.id("layingSystem", layingSystem);
            if (layingSystems == 0) {
                throw new ScenarioException("layingSystem", "names an item for laying systems, but layingSystems "
                        + "is 0");
            }
        }
        Check.nonNegative("layingSystemsEur", layingSystemsEur, Limits.MAX_COST_EUR);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (!seen.add(e.target())) {
                throw new ScenarioException("entries[" + i + "].target", "names '" + e.target() + "' twice");
            }
            if (e.kind() == DynamicKind.MINE_LAYING && layingSystems == 0) {
                throw new ScenarioException("entries[" + i + "].kind",
                        "mine-laying needs layingSystems of at least 1, was 0");
            }
        }
    }

    /**
     * @return a builder with the defaults: order delay {@value #DEFAULT_WARNING_DELAY_MIN} min, no laying systems
     *         and no item for them, no entries
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OnWarning} field by field; {@link #build()} calls the canonical constructor, so the checks and
     * their field-named messages are those of the YAML reader. Not thread-safe.
     */
    public static final class Builder {
        private double warningDelayMin = DEFAULT_WARNING_DELAY_MIN;
        private int layingSystems;
        private String layingSystem;
        private final List<Entry> entries = new java.util.ArrayList<>();

        private Builder() {
        }

        /**
         * @param v new value of {@link OnWarning#warningDelayMin()}
         * @return this builder
         */
        public Builder warningDelayMin(double v) {
            warningDelayMin = v;
            return this;
        }

        /**
         * @param count new value of {@link OnWarning#layingSystems()}
         * @param item  new value of {@link OnWarning#layingSystem()}: the catalogue item they are bought as (priced by
         *              the scenario's catalogue), or null for none
         * @return this builder
         */
        public Builder layingSystems(int count, String item) {
            layingSystems = count;
            layingSystem = item;
            return this;
        }

        /**
         * @param target      the obstacle, belt or layout entry (see {@link Entry#target()})
         * @param kind        how it is emplaced
         * @param emplaceMin  from the order to in place, minutes
         * @param reliability probability that it is emplaced at all
         * @return this builder, with one more entry
         */
        public Builder entry(String target, DynamicKind kind, Distribution emplaceMin, double reliability) {
            entries.add(new Entry(target, kind, emplaceMin, reliability));
            return this;
        }

        /**
         * @return the validated on-warning part (the laying systems' cost is derived when the scenario prices it)
         * @throws ScenarioException naming the field that is invalid
         */
        public OnWarning build() {
            return new OnWarning(warningDelayMin, layingSystems, entries, layingSystem, 0);
        }
    }

    /**
     * @param eur what the laying systems cost, EUR
     * @return a copy with that cost
     */
    public OnWarning withLayingSystemsEur(double eur) {
        return new OnWarning(warningDelayMin, layingSystems, entries, layingSystem, eur);
    }

    /** @return whether it emplaces nothing */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * @param other the on-warning part of another package
     * @return both: this one's entries then the other's not already named, the laying systems of both and the
     *         shorter order delay (a whole plan's packages share one command); the systems' costs add, and
     *         the item is this one's (or the other's when this one names none)
     */
    public OnWarning and(OnWarning other) {
        if (other.isEmpty() && other.layingSystems == 0) {
            return this;
        }
        if (isEmpty() && layingSystems == 0) {
            return other;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Entry> all = new java.util.ArrayList<>(entries);
        entries.forEach(e -> ids.add(e.target()));
        for (Entry e : other.entries) {
            if (ids.add(e.target())) {
                all.add(e);
            }
        }
        return new OnWarning(Math.min(warningDelayMin, other.warningDelayMin), layingSystems + other.layingSystems,
                all, layingSystem != null ? layingSystem : other.layingSystem,
                layingSystemsEur + other.layingSystemsEur);
    }

    /**
     * One obstacle or belt emplaced on warning.
     *
     * @param target      id of an obstacle, a belt or a layout entry of the package (a belt: all its elements,
     *                    emplaced together; a layout entry: each belt it places, one after the other)
     * @param kind        what it is
     * @param emplaceMin  from the order to the obstacle in place (transit to the site included), minutes
     * @param reliability probability that it is emplaced at all (a demolition fires, the system arrives), in [0, 1]
     */
    public record Entry(String target, DynamicKind kind, Distribution emplaceMin, double reliability) {
        /**
         * Validates every field.
         *
         * @param target value of {@link #target()}
         * @param kind value of {@link #kind()}
         * @param emplaceMin value of {@link #emplaceMin()}
         * @param reliability value of {@link #reliability()}
         */
        public Entry {
            Check.id("target", target);
            Check.required("kind", kind);
            Check.required("emplaceMin", emplaceMin);
            Check.probability("reliability", reliability);
        }
    }
}
