package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * The state of the ground in a scenario: the season, the ice on lakes, bogs and slow rivers when it is frozen, and
 * how far a bypass keeps from the ends of the obstacle it goes round. A scenario that says nothing is in
 * {@link #DEFAULT} (summer), which leaves off-road movement as it was before seasons existed.
 *
 * @param season          the time of year ({@link Trafficability} per ground class and vehicle kind)
 * @param iceThicknessM   ice on lakes, wetland and slow rivers when {@link Season#FROZEN}, m (ASSUMPTION 0.8: a
 *                        hard winter; typical Lithuanian lake ice of 0.3-0.6 m, recalled LOW, is below it: sweep it
 *                        as {@code ground.iceThicknessM}); ignored in other seasons
 * @param bypassStandoffM how far a bypass keeps from the ends of the obstacle and how far before it the column
 *                        leaves the road, m (ASSUMPTION 200: beyond the far edge of a laid field and its marking)
 */
public record Ground(Season season, double iceThicknessM, double bypassStandoffM) {
    /** Summer, 0.8 m of ice if it were frozen, 200 m of stand-off: the default of a scenario that says nothing. */
    public static final Ground DEFAULT = new Ground(Season.SUMMER, 0.8, 200);

    /**
     * Validates every field.
     *
     * @param season value of {@link #season()}
     * @param iceThicknessM value of {@link #iceThicknessM()}
     * @param bypassStandoffM value of {@link #bypassStandoffM()}
     */
    public Ground {
        Check.required("season", season);
        Check.nonNegative("iceThicknessM", iceThicknessM, Limits.MAX_ICE_THICKNESS_M);
        Check.nonNegative("bypassStandoffM", bypassStandoffM, Limits.MAX_SIZE_M);
    }

    /**
     * @param s the season of the copy
     * @return a copy in another season
     */
    public Ground withSeason(Season s) {
        return new Ground(s, iceThicknessM, bypassStandoffM);
    }

    /**
     * @param m the copy's ice thickness, m ({@link #iceThicknessM()})
     * @return a copy with other ice
     */
    public Ground withIceThicknessM(double m) {
        return new Ground(season, m, bypassStandoffM);
    }

    /** @return a builder starting from {@link #DEFAULT} */
    public static Builder builder() {
        return new Builder(DEFAULT);
    }

    /** @return a builder holding this ground's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Ground} field by field, starting from {@link #DEFAULT} (summer, 0.8 m of ice, 200 m of
     * stand-off); {@link #build()} calls the canonical constructor, which validates.
     */
    public static final class Builder {
        private Season season;
        private double iceThicknessM;
        private double bypassStandoffM;

        private Builder(Ground g) {
            season = g.season;
            iceThicknessM = g.iceThicknessM;
            bypassStandoffM = g.bypassStandoffM;
        }

        /**
         * @param v new value of {@link Ground#season()}
         * @return this builder
         */
        public Builder season(Season v) {
            season = v;
            return this;
        }

        /**
         * @param v new value of {@link Ground#iceThicknessM()}, m
         * @return this builder
         */
        public Builder iceThicknessM(double v) {
            iceThicknessM = v;
            return this;
        }

        /**
         * @param v new value of {@link Ground#bypassStandoffM()}, m
         * @return this builder
         */
        public Builder bypassStandoffM(double v) {
            bypassStandoffM = v;
            return this;
        }

        /** @return the new ground, validated by the canonical constructor */
        public Ground build() {
            return new Ground(season, iceThicknessM, bypassStandoffM);
        }
    }
}
