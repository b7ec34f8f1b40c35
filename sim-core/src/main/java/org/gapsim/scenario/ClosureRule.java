package org.gapsim.scenario;

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

    /** Validates both fields. */
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
}
