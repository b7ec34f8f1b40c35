package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * When the force counts as having closed on its objectives.
 *
 * @param kind     the rule
 * @param fraction for {@link Kind#FRACTION_OF_VEHICLES}: the fraction of the force's starting vehicles that must
 *                 have arrived, in (0, 1]; ignored otherwise, but still a number in [0, 1] (1 by default)
 */
public record ClosureRule(Kind kind, double fraction) {
    /** The default: every column's last vehicle has arrived. */
    public static final ClosureRule ALL_COLUMNS = new ClosureRule(Kind.ALL_COLUMNS, 1);

    /** The closure rules. */
    public enum Kind {
        /** Every column's last surviving vehicle has reached its objective. */
        ALL_COLUMNS,
        /** Some column's last surviving vehicle has reached its objective. */
        ANY_COLUMN,
        /** A set fraction of the force's starting vehicles has reached the objectives. */
        FRACTION_OF_VEHICLES
    }

    /**
     * Validates both fields.
     *
     * @param kind value of {@link #kind()}
     * @param fraction value of {@link #fraction()}
     */
    public ClosureRule {
        Check.required("kind", kind);
        if (kind == Kind.FRACTION_OF_VEHICLES) {
            if (!(fraction > 0 && fraction <= 1)) {
                throw new ScenarioException("fraction", "must lie in (0, 1] for " + kind.name().toLowerCase(
                        java.util.Locale.ROOT).replace('_', '-') + ", was " + fraction);
            }
        } else {
            Check.probability("fraction", fraction);
        }
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this rule's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link ClosureRule} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. Defaults:
     * <ul>
     *   <li>{@code kind}: {@link Kind#ALL_COLUMNS}</li>
     *   <li>{@code fraction}: 1</li>
     * </ul>
     */
    public static final class Builder {
        private Kind kind = Kind.ALL_COLUMNS;
        private double fraction = 1;

        private Builder() {
        }

        private Builder(ClosureRule r) {
            kind = r.kind;
            fraction = r.fraction;
        }

        /**
         * @param v new value of {@link ClosureRule#kind()} (default: {@link Kind#ALL_COLUMNS})
         * @return this builder
         */
        public Builder kind(Kind v) {
            kind = v;
            return this;
        }

        /**
         * @param v new value of {@link ClosureRule#fraction()} (default: 1)
         * @return this builder
         */
        public Builder fraction(double v) {
            fraction = v;
            return this;
        }

        /** @return the new rule, validated by the canonical constructor */
        public ClosureRule build() {
            return new ClosureRule(kind, fraction);
        }
    }
}
