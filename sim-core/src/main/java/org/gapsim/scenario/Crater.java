package org.gapsim.scenario;

/**
 * A crater blown in the road.
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost of the charges and their placement, EUR
 * @param diameterM  diameter, m
 * @param depthM     depth, m
 */
public record Crater(String id, String segment, double positionKm, Coverage coverage, double costEur,
                     double diameterM, double depthM) implements Obstacle {
    /** Validates every field. */
    public Crater {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("diameterM", diameterM, Limits.MAX_SIZE_M);
        Check.positive("depthM", depthM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.CRATER;
    }

    @Override
    public double laneLengthM() {
        return diameterM;
    }

    @Override
    public double frontM() {
        return diameterM;
    }

    @Override
    public Crater withCoverage(Coverage c) {
        return new Crater(id, segment, positionKm, c, costEur, diameterM, depthM);
    }

    /** @return earth to fill one lane of the given width, m^3 (a bowl: diameter x depth x lane width / 2) */
    public double fillVolumeM3(double laneWidthM) {
        return 0.5 * diameterM * depthM * Math.min(laneWidthM, diameterM);
    }
}
