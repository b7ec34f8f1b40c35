package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * The force's gap-crossing means above the battalions' bridge layers ({@link EngineerAssets.BridgeLayers}): pontoon
 * bridge sets held back in the force's rear (army level, PMP / PP-91 class), called forward to a blown bridge
 * that no bridge layer spans and no ford or ice crosses. A bridge built stays for the columns behind; the sets it
 * took are used up for the rest of the replication. {@link #NONE} (no pontoons) is the default of a scenario that
 * says nothing, which keeps the behaviour from before pontoons existed.
 *
 * @param pontoons the pontoon bridge sets
 */
public record CrossingAssets(Pontoons pontoons) {
    /** No pontoons: a blown bridge wider than every bridge layer is crossed only where it can be forded. */
    public static final CrossingAssets NONE = new CrossingAssets(Pontoons.NONE);

    /**
     * Validates the field.
     *
     * @param pontoons value of {@link #pontoons()}
     */
    public CrossingAssets {
        pontoons = pontoons == null ? Pontoons.NONE : pontoons;
    }

    /**
     * Pontoon bridge sets.
     *
     * @param sets            sets the force holds (0: none)
     * @param setLengthM      length of bridge one set makes, m; a gap takes ceil(gap / this) sets per bridge
     * @param forwardMin      time from the call until the sets are at the site, minutes
     * @param buildMinPer100m time to build 100 m of bridge once there, minutes (before the coverage multiplier)
     * @param maxCurrentMps   fastest current they can be built in, m/s
     */
    public record Pontoons(int sets, double setLengthM, Distribution forwardMin, Distribution buildMinPer100m,
                           double maxCurrentMps) {
        /**
         * None held. The other figures are those of a PMP set, for a file that gives a count only: 227 m of class
         * 60 bridge a set (recalled, LOW); forward 2-8 h (ASSUMPTION: held 50-100 km back); 15-25 min per 100 m
         * (REF breaching-history.md "Gap crossing": PMP spanned the ~180 m Suez Canal in 30-40 min, MED-LOW);
         * currents up to 2 m/s (recalled, LOW).
         */
        public static final Pontoons NONE = new Pontoons(0, 227, new Distribution.Triangular(120, 240, 480),
                new Distribution.Triangular(15, 18, 25), 2.0);

        /**
         * Validates every field.
         *
         * @param sets value of {@link #sets()}
         * @param setLengthM value of {@link #setLengthM()}
         * @param forwardMin value of {@link #forwardMin()}
         * @param buildMinPer100m value of {@link #buildMinPer100m()}
         * @param maxCurrentMps value of {@link #maxCurrentMps()}
         */
        public Pontoons {
            Check.nonNegative("sets", sets, Limits.MAX_PONTOON_SETS);
            Check.positive("setLengthM", setLengthM, Limits.MAX_SIZE_M);
            Check.required("forwardMin", forwardMin);
            Check.required("buildMinPer100m", buildMinPer100m);
            Check.nonNegative("maxCurrentMps", maxCurrentMps, Limits.MAX_CURRENT_MPS);
        }

        /**
         * @param gapM the gap's width, m
         * @return sets one bridge over a gap of {@code gapM} metres takes
         */
        public int setsPerBridge(double gapM) {
            return Math.max(1, (int) Math.ceil(gapM / setLengthM - 1e-9));
        }

        /** @return a builder starting from {@link #NONE} (no sets, PMP figures) */
        public static Builder builder() {
            return new Builder(NONE);
        }

        /** @return a builder holding these pontoons' values, to change a few */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /**
         * Builds {@link Pontoons} field by field, starting from {@link #NONE} (0 sets, the PMP figures documented
         * there); {@link #build()} calls the canonical constructor, which validates.
         */
        public static final class Builder {
            private int sets;
            private double setLengthM;
            private Distribution forwardMin;
            private Distribution buildMinPer100m;
            private double maxCurrentMps;

            private Builder(Pontoons p) {
                sets = p.sets;
                setLengthM = p.setLengthM;
                forwardMin = p.forwardMin;
                buildMinPer100m = p.buildMinPer100m;
                maxCurrentMps = p.maxCurrentMps;
            }

            /**
             * @param v new value of {@link Pontoons#sets()}
             * @return this builder
             */
            public Builder sets(int v) {
                sets = v;
                return this;
            }

            /**
             * @param v new value of {@link Pontoons#setLengthM()}, m
             * @return this builder
             */
            public Builder setLengthM(double v) {
                setLengthM = v;
                return this;
            }

            /**
             * @param v new value of {@link Pontoons#forwardMin()}, minutes
             * @return this builder
             */
            public Builder forwardMin(Distribution v) {
                forwardMin = v;
                return this;
            }

            /**
             * @param v new value of {@link Pontoons#buildMinPer100m()}, minutes per 100 m
             * @return this builder
             */
            public Builder buildMinPer100m(Distribution v) {
                buildMinPer100m = v;
                return this;
            }

            /**
             * @param v new value of {@link Pontoons#maxCurrentMps()}, m/s
             * @return this builder
             */
            public Builder maxCurrentMps(double v) {
                maxCurrentMps = v;
                return this;
            }

            /** @return the new pontoons, validated by the canonical constructor */
            public Pontoons build() {
                return new Pontoons(sets, setLengthM, forwardMin, buildMinPer100m, maxCurrentMps);
            }
        }
    }
}
