package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.List;

/**
 * The units an obstacle's {@link Coverage} shorthand stands for: {@code CrossingPlan} places a copy of each at every
 * obstacle so marked (ids {@code <obstacle id>/<unit id>}, position at the obstacle, range as given). Positions of
 * template units are ignored and may be {@code null}.
 *
 * @param sensors   sensors placed at each such obstacle
 * @param fireUnits fire units placed at each such obstacle
 */
public record CoverageTemplate(List<Sensor> sensors, List<FireUnit> fireUnits) {
    /** No units. */
    public static final CoverageTemplate EMPTY = new CoverageTemplate(List.of(), List.of());

    /**
     * {@code observed}: one observation post at the obstacle, 3 km range, 6 detections per hour (mean 10 minutes to
     * detect a column working there). ASSUMPTION.
     */
    public static final CoverageTemplate OBSERVED = new CoverageTemplate(
            List.of(Sensor.builder().id("op").build()), List.of());

    /**
     * {@code covered}: the observation post of {@link #OBSERVED}, one ATGM team (the {@link FireUnit.Builder}
     * defaults: 4 km, 6 missiles, pKill 0.5 armoured / 0.7 light) and one 120 mm mortar section (7 km, reaction
     * triangular 3/5/10 min, 12 salvos an hour, 20 salvos, pKill 0.05 armoured / 0.15 light). ASSUMPTIONS.
     */
    public static final CoverageTemplate COVERED = new CoverageTemplate(
            List.of(Sensor.builder().id("op").build()),
            List.of(FireUnit.builder().id("atgm").build(),
                    FireUnit.builder().id("mortar").kind(FireUnitKind.MORTAR).rangeKm(7)
                            .reactionMin(new Distribution.Triangular(3, 5, 10)).engagementsPerHour(12)
                            .ammunition(20).pKillArmoured(0.05).pKillLight(0.15).ownDetectionsPerHour(0)
                            .counterFireKillProbability(0.3).build()));

    /**
     * Validates both lists (unique ids).
     *
     * @param sensors value of {@link #sensors()}
     * @param fireUnits value of {@link #fireUnits()}
     */
    public CoverageTemplate {
        sensors = Check.list("sensors", sensors, Limits.MAX_TEMPLATE_UNITS);
        fireUnits = Check.list("fireUnits", fireUnits, Limits.MAX_TEMPLATE_UNITS);
        Defender.uniqueIds(sensors, fireUnits);
    }

    /** @return whether it holds no unit */
    public boolean isEmpty() {
        return sensors.isEmpty() && fireUnits.isEmpty();
    }
}
