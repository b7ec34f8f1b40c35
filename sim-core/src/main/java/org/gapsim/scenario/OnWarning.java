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
 */
public record OnWarning(double warningDelayMin, int layingSystems, List<Entry> entries) {
    /** Default order delay, minutes (ASSUMPTION: one staff cycle at brigade from a sensor report to an order). */
    public static final double DEFAULT_WARNING_DELAY_MIN = 30;
    /** No obstacle on warning. */
    public static final OnWarning NONE = new OnWarning(DEFAULT_WARNING_DELAY_MIN, 0, List.of());

    /** Validates every field. */
    public OnWarning {
        Check.nonNegative("warningDelayMin", warningDelayMin, Limits.MAX_HORIZON_MIN);
        Check.nonNegative("layingSystems", layingSystems, Limits.MAX_EQUIPMENT_COUNT);
        entries = Check.list("entries", entries == null ? List.of() : entries, Limits.MAX_OBSTACLES);
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

    /** @return whether it emplaces nothing */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * @param other the on-warning part of another package
     * @return both: this one's entries then the other's not already named, the laying systems of both and the
     *         shorter order delay (a whole plan's packages share one command)
     */
    public OnWarning and(OnWarning other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
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
                all);
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
        /** Validates every field. */
        public Entry {
            Check.id("target", target);
            Check.required("kind", kind);
            Check.required("emplaceMin", emplaceMin);
            Check.probability("reliability", reliability);
        }
    }
}
