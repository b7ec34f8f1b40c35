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
}
