package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A change a fortification package makes to the ground beside a road segment (for example reforestation turning
 * open ground into forest, which removes off-road bypasses).
 *
 * @param segment       road segment id
 * @param terrainBeside the ground beside the road afterwards
 */
public record TerrainChange(String segment, Terrain terrainBeside) {
    /** Validates both fields. */
    public TerrainChange {
        Check.id("segment", segment);
        Check.required("terrainBeside", terrainBeside);
    }
}
