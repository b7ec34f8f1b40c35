package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * What an obstacle or a defender unit is bought as: the {@link CostCatalogue} item it names, and for a minefield
 * the item that lays it. Its cost is derived from the catalogue and what it contains, never typed
 * ({@link CostCatalogue#costEur(Obstacle, CostBasis)}).
 *
 * @param item        the catalogue item it is made of: for a minefield its mine ({@code per-mine}); a ditch
 *                    {@code per-metre}; teeth {@code per-metre} or {@code per-item}; an abatis {@code per-item} or
 *                    {@code per-hectare}; a crater {@code per-item}; a bridge demolition {@code per-bridge}; a
 *                    sensor or fire unit {@code per-unit} or {@code per-system}
 * @param layingItem  minefields only, optional (null): the item that lays it, {@code per-mine} (a laying cost per
 *                    mine) or {@code per-system} (a share of a mine-laying system)
 * @param layingShare the share of one {@code per-system} laying item this minefield uses, in [0, 1000] (0 when
 *                    there is no laying item or it is priced per mine)
 */
public record CostBasis(String item, String layingItem, double layingShare) {
    /**
     * Validates every field.
     *
     * @param item value of {@link #item()}
     * @param layingItem value of {@link #layingItem()}
     * @param layingShare value of {@link #layingShare()}
     */
    public CostBasis {
        Check.id("item", item);
        if (layingItem != null) {
            Check.id("laying", layingItem);
        }
        Check.nonNegative("layingShare", layingShare, Limits.MAX_LAYING_SHARE);
        if (layingItem == null && layingShare != 0) {
            throw new ScenarioException("layingShare", "needs a laying item (laying: <item>)");
        }
    }

    /**
     * @param item the catalogue item it is made of
     * @return a basis with no laying item
     */
    public static CostBasis of(String item) {
        return new CostBasis(item, null, 0);
    }

    /**
     * A minefield's basis with the item that lays it.
     *
     * @param item        the catalogue item it is made of (its mine, priced {@code per-mine})
     * @param layingItem  the item that lays it, priced {@code per-mine} or {@code per-system}
     * @param layingShare the share of one {@code per-system} laying item it uses, in [0, 1000] (0 for a laying item
     *                    priced per mine)
     * @return the validated basis
     * @throws ScenarioException naming the field that is missing or invalid
     */
    public static CostBasis withLaying(String item, String layingItem, double layingShare) {
        Check.id("laying", layingItem);
        return new CostBasis(item, layingItem, layingShare);
    }

    /**
     * @return a builder with the defaults: no laying item and a laying share of 0; {@code item} is required
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this basis's values, to change a few */
    public Builder toBuilder() {
        return new Builder().item(item).layingItem(layingItem).layingShare(layingShare);
    }

    /**
     * Builds a {@link CostBasis} field by field; {@link #build()} calls the canonical constructor, so the checks and
     * their field-named messages are those of the YAML reader. Not thread-safe.
     */
    public static final class Builder {
        private String item;
        private String layingItem;
        private double layingShare;

        private Builder() {
        }

        /**
         * @param v new value of {@link CostBasis#item()}: the catalogue item it is made of (required)
         * @return this builder
         */
        public Builder item(String v) {
            item = v;
            return this;
        }

        /**
         * @param v new value of {@link CostBasis#layingItem()}: the item that lays a minefield (default: none)
         * @return this builder
         */
        public Builder layingItem(String v) {
            layingItem = v;
            return this;
        }

        /**
         * @param v new value of {@link CostBasis#layingShare()}: the share of one {@code per-system} laying item,
         *          in [0, 1000] (default 0; needs a laying item)
         * @return this builder
         */
        public Builder layingShare(double v) {
            layingShare = v;
            return this;
        }

        /**
         * @return the validated basis
         * @throws ScenarioException naming the field that is missing or invalid
         */
        public CostBasis build() {
            return new CostBasis(item, layingItem, layingShare);
        }
    }
}
