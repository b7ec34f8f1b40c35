package org.gapsim.scenario;

/**
 * An anti-tank ditch across the road (for example an irrigation ditch deepened for the purpose).
 *
 * @param id         unique key
 * @param segment    road segment id
 * @param positionKm position from the segment's {@code from} end, km
 * @param coverage   how the defender watches it
 * @param costEur    cost to dig, EUR
 * @param widthM     top width, along the direction of travel, m
 * @param depthM     depth below ground, m
 * @param frontM     length across the avenue of approach, m
 */
public record AntiTankDitch(String id, String segment, double positionKm, Coverage coverage, double costEur,
                            double widthM, double depthM, double frontM) implements Obstacle {
    /** Validates every field. */
    public AntiTankDitch {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("widthM", widthM, Limits.MAX_SIZE_M);
        Check.positive("depthM", depthM, Limits.MAX_SIZE_M);
        Check.positive("frontM", frontM, Limits.MAX_SIZE_M);
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.ANTI_TANK_DITCH;
    }

    @Override
    public double laneLengthM() {
        return widthM;
    }

    @Override
    public AntiTankDitch withCoverage(Coverage c) {
        return new AntiTankDitch(id, segment, positionKm, c, costEur, widthM, depthM, frontM);
    }

    /** @return earth to move to fill one lane of the given width, m^3 (a V-shaped section: width x depth / 2) */
    public double fillVolumeM3(double laneWidthM) {
        return 0.5 * widthM * depthM * laneWidthM;
    }
}
