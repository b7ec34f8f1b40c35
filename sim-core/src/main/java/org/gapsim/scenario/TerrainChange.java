package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A change a fortification package makes to the ground beside a road segment (for example reforestation turning
 * open ground into forest, which removes off-road bypasses).
 *
 * @param segment       road segment id
 * @param terrainBeside the ground beside the road afterwards
 * @param hectares      the area changed, hectares (ha); 0 when not stated (then it names no item). The record has no
 *                      length or width, so the area is stated, not derived
 * @param item          the catalogue item its cost is derived from (priced {@code per-hectare}), or null: then it
 *                      costs nothing in the model and its money, if any, is outside the model
 * @param costEur       its cost, EUR: hectares x the item's price once priced by {@link CostCatalogue#price}, else 0
 */
public record TerrainChange(String segment, Terrain terrainBeside, double hectares, String item, double costEur) {
    /**
     * Validates every field.
     *
     * @param segment value of {@link #segment()}
     * @param terrainBeside value of {@link #terrainBeside()}
     * @param hectares value of {@link #hectares()}
     * @param item value of {@link #item()}
     * @param costEur value of {@link #costEur()}
     */
    public TerrainChange {
        Check.id("segment", segment);
        Check.required("terrainBeside", terrainBeside);
        Check.nonNegative("hectares", hectares, Limits.MAX_TERRAIN_HECTARES);
        if (item != null) {
            Check.id("item", item);
            if (hectares == 0) {
                throw new ScenarioException("hectares", "is required with an item: the area changed, ha (> 0)");
            }
        }
        Check.nonNegative("costEur", costEur, Limits.MAX_COST_EUR);
    }

    /**
     * A change with no stated area and no price.
     *
     * @param segment       road segment id
     * @param terrainBeside the ground beside the road afterwards
     */
    public TerrainChange(String segment, Terrain terrainBeside) {
        this(segment, terrainBeside, 0, null, 0);
    }

    /**
     * @param eur a cost, EUR
     * @return a copy with that cost
     */
    public TerrainChange withCostEur(double eur) {
        return new TerrainChange(segment, terrainBeside, hectares, item, eur);
    }

    /**
     * @return a builder with the defaults: no stated area (0 ha) and no item; {@code segment} and
     *         {@code terrainBeside} are required. Its cost is left to be derived (0 until the scenario prices it)
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this change's values (its cost left to be derived), to change a few */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.segment = segment;
        b.terrainBeside = terrainBeside;
        b.hectares = hectares;
        b.item = item;
        return b;
    }

    /**
     * Builds a {@link TerrainChange} field by field; {@link #build()} calls the canonical constructor (cost 0, derived
     * when the scenario is priced), so the checks and their field-named messages are those of the YAML reader. Not
     * thread-safe.
     */
    public static final class Builder {
        private String segment;
        private Terrain terrainBeside;
        private double hectares;
        private String item;

        private Builder() {
        }

        /**
         * @param v new value of {@link TerrainChange#segment()}: road segment id (required)
         * @return this builder
         */
        public Builder segment(String v) {
            segment = v;
            return this;
        }

        /**
         * @param v new value of {@link TerrainChange#terrainBeside()}: the ground beside the road afterwards
         *          (required)
         * @return this builder
         */
        public Builder terrainBeside(Terrain v) {
            terrainBeside = v;
            return this;
        }

        /**
         * @param v new value of {@link TerrainChange#hectares()}: the area changed, ha (default 0: not stated;
         *          required, &gt; 0, with an item)
         * @return this builder
         */
        public Builder hectares(double v) {
            hectares = v;
            return this;
        }

        /**
         * @param v new value of {@link TerrainChange#item()}: the catalogue item priced {@code per-hectare} its cost
         *          is derived from (default: none, then it costs nothing in the model)
         * @return this builder
         */
        public Builder item(String v) {
            item = v;
            return this;
        }

        /**
         * @return the validated change, cost 0 EUR until the scenario prices it ({@link CostCatalogue#price})
         * @throws ScenarioException naming the field that is missing or invalid
         */
        public TerrainChange build() {
            return new TerrainChange(segment, terrainBeside, hectares, item, 0);
        }
    }
}
