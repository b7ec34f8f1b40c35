package org.gapsim.scenario;

/**
 * A bridge prepared for demolition and blown: the column must span the gap with a bridge layer or reroute.
 * It cannot be bypassed off the road (the gap is a river or a ravine).
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position of the bridge from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost of preparing the bridge for demolition, EUR
 * @param gapM       gap left when the bridge is blown, m
 */
public record BridgeDemolition(String id, String segment, double positionKm, Coverage coverage, double costEur,
                               double gapM) implements Obstacle {
    /** Validates every field. */
    public BridgeDemolition {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("gapM", gapM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.BRIDGE_DEMOLITION;
    }

    @Override
    public double laneLengthM() {
        return gapM;
    }

    /** @return infinity: a blown bridge cannot be driven round */
    @Override
    public double frontM() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public BridgeDemolition withCoverage(Coverage c) {
        return new BridgeDemolition(id, segment, positionKm, c, costEur, gapM);
    }
}
