package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * Random variation of the march itself, present with or without fortification: it is what common random numbers
 * cancel out of a paired slowdown.
 *
 * @param departureDelayMin delay of each column's departure after its planned time, minutes
 *                          (ASSUMPTION: triangular 0 / 15 / 60)
 * @param speedFactor       factor on a column's speed, drawn per column and road segment (traffic, weather,
 *                          drivers; ASSUMPTION: triangular 0.8 / 0.95 / 1.0)
 */
public record MarchRules(Distribution departureDelayMin, Distribution speedFactor) {
    /** The defaults (assumptions, see above). */
    public static final MarchRules DEFAULT = new MarchRules(new Distribution.Triangular(0, 15, 60),
            new Distribution.Triangular(0.8, 0.95, 1.0));

    /** No variation: columns leave on time and keep their speed. */
    public static final MarchRules NONE = new MarchRules(Distribution.fixed(0), Distribution.fixed(1));

    /**
     * Validates both fields.
     *
     * @param departureDelayMin value of {@link #departureDelayMin()}
     * @param speedFactor value of {@link #speedFactor()}
     */
    public MarchRules {
        Check.required("departureDelayMin", departureDelayMin);
        Check.required("speedFactor", speedFactor);
        if (!(speedFactor.min() > 0)) {
            throw new ScenarioException("speedFactor", "must stay above 0, its minimum was " + speedFactor.min());
        }
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this set of march rules's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link MarchRules} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. Defaults:
     * <ul>
     *   <li>{@code departureDelayMin}: triangular 0 / 15 / 60 minutes, as {@link MarchRules#DEFAULT}</li>
     *   <li>{@code speedFactor}: triangular 0.8 / 0.95 / 1.0, as {@link MarchRules#DEFAULT}</li>
     * </ul>
     */
    public static final class Builder {
        private Distribution departureDelayMin = new Distribution.Triangular(0, 15, 60);
        private Distribution speedFactor = new Distribution.Triangular(0.8, 0.95, 1.0);

        private Builder() {
        }

        private Builder(MarchRules r) {
            departureDelayMin = r.departureDelayMin;
            speedFactor = r.speedFactor;
        }

        /**
         * @param v new value of {@link MarchRules#departureDelayMin()} (default: triangular 0 / 15 / 60 minutes, as {@link MarchRules#DEFAULT})
         * @return this builder
         */
        public Builder departureDelayMin(Distribution v) {
            departureDelayMin = v;
            return this;
        }

        /**
         * @param v new value of {@link MarchRules#speedFactor()} (default: triangular 0.8 / 0.95 / 1.0, as {@link MarchRules#DEFAULT})
         * @return this builder
         */
        public Builder speedFactor(Distribution v) {
            speedFactor = v;
            return this;
        }

        /** @return the new set of march rules, validated by the canonical constructor */
        public MarchRules build() {
            return new MarchRules(departureDelayMin, speedFactor);
        }
    }
}
