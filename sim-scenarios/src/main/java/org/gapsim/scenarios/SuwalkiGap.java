package org.gapsim.scenarios;

import java.util.List;
import org.gapsim.scenario.Scenario;

/**
 * The Suwalki Gap study, for code that embeds gapsim: Russian and Belarusian battalion tactical groups close the gap
 * between Kaliningrad oblast and Belarus by linking up at Marijampole (cutting the Via Baltica A5 and the
 * Kaunas-Kaliningrad road A7), against Lithuania's published countermobility plan part by part, the whole plan, and
 * the plan plus Poland's East Shield.
 *
 * <p>The data live in the scenario file {@code scenarios/suwalki-gap.yaml} on the class path (in the source tree:
 * {@code sim-scenarios/src/main/resources/scenarios/suwalki-gap.yaml}), where every figure carries its source and
 * confidence in a comment; this class only names it. Units throughout: km, km/h, m, minutes, EUR.
 *
 * <pre>{@code
 * Scenario s = SuwalkiGap.scenario();
 * Experiment e = Experiment.builder(s).replications(1_000).build();   // every package against "none"
 * }</pre>
 */
public final class SuwalkiGap {
    /** Scenario name, also its name among the {@link BuiltInScenarios}. */
    public static final String NAME = "suwalki-gap";
    /** The link-up objective of every column: Marijampole, the A5 x A7 x A16 junction (place id). */
    public static final String OBJECTIVE = "marijampole";
    /** Simulated horizon: 7 days, minutes. */
    public static final double HORIZON_MIN = 7 * 24 * 60;
    /** The parts of Lithuania's plan, each a package, in report order. */
    public static final List<String> LITHUANIAN_PARTS = List.of("at-mines", "ditches", "trees", "bridges", "isr");
    /** Lithuania's whole plan: the combination of {@link #LITHUANIAN_PARTS} (EUR 1.1 bn). */
    public static final String FULL = "full";
    /** The whole Lithuanian plan plus Poland's East Shield on the Polish side (EUR 3.4 bn). */
    public static final String FULL_EAST_SHIELD = "full+east-shield";

    private SuwalkiGap() {
    }

    /** @return the validated Suwalki Gap scenario with all its packages, loaded from the built-in YAML file */
    public static Scenario scenario() {
        return BuiltInScenarios.load(NAME);
    }
}
