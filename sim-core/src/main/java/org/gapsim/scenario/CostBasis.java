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
}
