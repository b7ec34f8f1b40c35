package org.gapsim.scenario;

/**
 * An anti-tank minefield laid across the road. Standard US tactical minefields (front x depth, AT mines per metre
 * of front): disrupt 250 x 100 m, 0.5/m; fix 250 x 120 m, 1.0/m; turn 500 x 300 m, 1.2/m; block 500 x 320 m,
 * 1.6/m (recalled FM 20-32 / FM 90-7 values; UNVERIFIED).
 *
 * @param id          unique key
 * @param segment     road segment id
 * @param positionKm  position of the near edge from the segment's {@code from} end, km
 * @param coverage    how the defender watches it
 * @param costEur     cost to lay, EUR
 * @param frontM      width across the avenue of approach, m
 * @param depthM      depth along the direction of travel, m
 * @param rows        number of rows (used by {@link MineLayout#ROWS}; at least 1)
 * @param densityPerM linear density: AT mines per metre of front, all rows together
 * @param fuze        fuze type of the mines
 * @param layout      scattered or in rows
 */
public record Minefield(String id, String segment, double positionKm, Coverage coverage, double costEur,
                        double frontM, double depthM, int rows, double densityPerM, Fuze fuze, MineLayout layout)
        implements Obstacle {
    /** Validates every field. */
    public Minefield {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        Check.positive("frontM", frontM, Limits.MAX_SIZE_M);
        Check.positive("depthM", depthM, Limits.MAX_SIZE_M);
        Check.positive("rows", rows, Limits.MAX_ROWS);
        Check.positive("densityPerM", densityPerM, Limits.MAX_DENSITY_PER_M);
        Check.required("fuze", fuze);
        layout = layout == null ? MineLayout.RANDOM : layout;
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.MINEFIELD;
    }

    @Override
    public double laneLengthM() {
        return depthM;
    }

    @Override
    public Minefield withCoverage(Coverage c) {
        return new Minefield(id, segment, positionKm, c, costEur, frontM, depthM, rows, densityPerM, fuze, layout);
    }

    /** @return number of mines, rounded to the nearest whole mine */
    public long mineCount() {
        return Math.round(frontM * densityPerM);
    }
}
