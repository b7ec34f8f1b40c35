package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A man-made obstacle placed on a road segment at a km position from the segment's {@code from} end.
 * Implementations are immutable records validated on construction.
 */
public sealed interface Obstacle
        permits Minefield, AntiTankDitch, DragonsTeeth, Abatis, Crater, BridgeDemolition {

    /** @return unique key */
    String id();

    /** @return id of the road segment it sits on */
    String segment();

    /** @return position on the segment from its {@code from} end, km */
    double positionKm();

    /** @return how the defender watches it */
    Coverage coverage();

    /** @return cost to build, EUR */
    double costEur();

    /** @return its kind */
    ObstacleKind kind();

    /** @return the distance along the road a breach lane must cross, m */
    double laneLengthM();

    /** @return its width across the avenue of approach, m; a bypass must go round it */
    double frontM();

    /**
     * @param c the copy's coverage
     * @return a copy with another coverage
     */
    Obstacle withCoverage(Coverage c);

    /**
     * Validates the fields every obstacle has.
     *
     * @param id the obstacle's id ({@link #id()})
     * @param segment id of the road segment it sits on ({@link #segment()})
     * @param positionKm position on the segment from its {@code from} end, km ({@link #positionKm()})
     * @param coverage how the defender watches it ({@link #coverage()})
     * @param costEur cost to build, EUR ({@link #costEur()})
     */
    static void checkCommon(String id, String segment, double positionKm, Coverage coverage, double costEur) {
        Check.id("id", id);
        Check.id("segment", segment);
        Check.nonNegative("positionKm", positionKm, Limits.MAX_LENGTH_KM);
        Check.required("coverage", coverage);
        Check.nonNegative("costEur", costEur, Limits.MAX_COST_EUR);
    }
}
