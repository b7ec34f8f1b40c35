package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

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
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param segment value of {@link #segment()}
     * @param positionKm value of {@link #positionKm()}
     * @param coverage value of {@link #coverage()}
     * @param costEur value of {@link #costEur()}
     * @param frontM value of {@link #frontM()}
     * @param depthM value of {@link #depthM()}
     * @param rows value of {@link #rows()}
     * @param densityPerM value of {@link #densityPerM()}
     * @param fuze value of {@link #fuze()}
     * @param layout value of {@link #layout()}
     */
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

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this minefield's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Minefield} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code segment}: required</li>
     *   <li>{@code positionKm}: required, km</li>
     *   <li>{@code coverage}: {@link Coverage#UNOBSERVED}</li>
     *   <li>{@code costEur}: required, EUR</li>
     *   <li>{@code frontM}: required, m</li>
     *   <li>{@code depthM}: required, m</li>
     *   <li>{@code rows}: 1 row</li>
     *   <li>{@code densityPerM}: required, mines per metre of front</li>
     *   <li>{@code fuze}: required</li>
     *   <li>{@code layout}: {@link MineLayout#RANDOM}</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String segment;
        private double positionKm = Double.NaN;
        private Coverage coverage = Coverage.UNOBSERVED;
        private double costEur = Double.NaN;
        private double frontM = Double.NaN;
        private double depthM = Double.NaN;
        private int rows = 1;
        private double densityPerM = Double.NaN;
        private Fuze fuze;
        private MineLayout layout = MineLayout.RANDOM;

        private Builder() {
        }

        private Builder(Minefield r) {
            id = r.id;
            segment = r.segment;
            positionKm = r.positionKm;
            coverage = r.coverage;
            costEur = r.costEur;
            frontM = r.frontM;
            depthM = r.depthM;
            rows = r.rows;
            densityPerM = r.densityPerM;
            fuze = r.fuze;
            layout = r.layout;
        }

        /**
         * @param v new value of {@link Minefield#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#segment()} (required)
         * @return this builder
         */
        public Builder segment(String v) {
            segment = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#positionKm()} (required, km)
         * @return this builder
         */
        public Builder positionKm(double v) {
            positionKm = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#coverage()} (default: {@link Coverage#UNOBSERVED})
         * @return this builder
         */
        public Builder coverage(Coverage v) {
            coverage = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#costEur()} (required, EUR)
         * @return this builder
         */
        public Builder costEur(double v) {
            costEur = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#frontM()} (required, m)
         * @return this builder
         */
        public Builder frontM(double v) {
            frontM = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#depthM()} (required, m)
         * @return this builder
         */
        public Builder depthM(double v) {
            depthM = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#rows()} (default: 1 row)
         * @return this builder
         */
        public Builder rows(int v) {
            rows = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#densityPerM()} (required, mines per metre of front)
         * @return this builder
         */
        public Builder densityPerM(double v) {
            densityPerM = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#fuze()} (required)
         * @return this builder
         */
        public Builder fuze(Fuze v) {
            fuze = v;
            return this;
        }

        /**
         * @param v new value of {@link Minefield#layout()} (default: {@link MineLayout#RANDOM})
         * @return this builder
         */
        public Builder layout(MineLayout v) {
            layout = v;
            return this;
        }

        /** @return the new minefield, validated by the canonical constructor */
        public Minefield build() {
            return new Minefield(id, segment, positionKm, coverage, costEur, frontM, depthM, rows, densityPerM, fuze, layout);
        }
    }
}
