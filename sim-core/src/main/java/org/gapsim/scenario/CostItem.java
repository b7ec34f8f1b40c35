package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * One priced item of a {@link CostCatalogue}.
 *
 * @param id          unique key, named by obstacles and defender units
 * @param unit        what one unit of the item is
 * @param unitCostEur price of one unit, EUR
 * @param source      where the price comes from: a reference (e.g. {@code reference/countermobility.md}) or the
 *                    word ASSUMPTION and why; never blank
 */
public record CostItem(String id, CostUnit unit, double unitCostEur, String source) {
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param unit value of {@link #unit()}
     * @param unitCostEur value of {@link #unitCostEur()}
     * @param source value of {@link #source()}
     */
    public CostItem {
        Check.id("id", id);
        Check.required("unit", unit);
        Check.nonNegative("unitCostEur", unitCostEur, Limits.MAX_UNIT_COST_EUR);
        if (source == null || source.isBlank()) {
            throw new ScenarioException("source", "is required: name the price's source or say ASSUMPTION");
        }
    }

    /** @return whether the source says the price is an assumption rather than a published figure */
    public boolean assumed() {
        return source.contains("ASSUMPTION");
    }
}
