package org.gapsim.scenario;

/**
 * Dragon's teeth, hedgehogs or concrete blocks across the road.
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost to place, EUR
 * @param depthM     depth of the belt along the direction of travel, m
 * @param frontM     width across the avenue of approach, m
 */
public record DragonsTeeth(String id, String segment, double positionKm, Coverage coverage, double costEur,
                           double depthM, double frontM) implements Obstacle {
    /** Validates every field. */
    public DragonsTeeth {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("depthM", depthM, Limits.MAX_SIZE_M);
        Check.positive("frontM", frontM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.DRAGONS_TEETH;
    }

    @Override
    public double laneLengthM() {
        return depthM;
    }

    @Override
    public DragonsTeeth withCoverage(Coverage c) {
        return new DragonsTeeth(id, segment, positionKm, c, costEur, depthM, frontM);
    }
}
