package org.gapsim.scenario;

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

    /** Validates both fields. */
    public MarchRules {
        Check.required("departureDelayMin", departureDelayMin);
        Check.required("speedFactor", speedFactor);
        if (!(speedFactor.min() > 0)) {
            throw new ScenarioException("speedFactor", "must stay above 0, its minimum was " + speedFactor.min());
        }
    }
}
