package org.gapsim.scenario;

/**
 * Trees felled across the road (roadside trees prepared for felling).
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost to prepare and fell, EUR
 * @param depthM     length of road covered by felled trees, m
 */
public record Abatis(String id, String segment, double positionKm, Coverage coverage, double costEur, double depthM)
        implements Obstacle {
    /** Validates every field. */
    public Abatis {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("depthM", depthM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.ABATIS;
    }

    @Override
    public double laneLengthM() {
        return depthM;
    }

    /** @return the road's width of 12 m: felled trees lie across the carriageway (ASSUMPTION) */
    @Override
    public double frontM() {
        return 12;
    }

    @Override
    public Abatis withCoverage(Coverage c) {
        return new Abatis(id, segment, positionKm, c, costEur, depthM);
    }
}
