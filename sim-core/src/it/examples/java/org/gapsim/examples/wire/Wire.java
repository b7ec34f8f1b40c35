package org.gapsim.examples.wire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.CostUnit;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.ScenarioException;
import umontreal.ssj.rng.RandomStream;

/**
 * Worked example of an obstacle kind: a belt of barbed wire (concertina and high wire) across the road, YAML
 * {@code type: wire}. Figures are illustrative (ASSUMPTION), not sourced.
 *
 * <p>Its rules, as the model asks them:
 * <ul>
 *   <li>Methods, in preference: a line charge (the explosive breaching of wire: Bangalore torpedo, APOBS), an earth
 *       mover (the blade rolls the wire aside), a dismounted party with cutters. Not a mine plough: a plough digs
 *       mines out of the ground and wire fouls its blade and the tracks (driving tracked vehicles through wire
 *       wraps it round the running gear), so "plough as crush" is not offered.</li>
 *   <li>Lane work by day: cutting {@code depthM / 10 x cutMinPer10m}; a line charge per charge length of depth
 *       at the charge's firing time; an earth mover at its clearing rate. One uniform is drawn whatever the method,
 *       so a later lane's draws stay where they were.</li>
 *   <li>Bypassed where the ground allows (the model's detour round its front); counted as {@code abatis} in the
 *       outputs (a barrier on the road, no mines in it).</li>
 *   <li>Priced by a typed {@code costEur}, or from a catalogue item per metre of front.</li>
 * </ul>
 *
 * @param id           unique key
 * @param segment      road segment id
 * @param positionKm   position from the segment's {@code from} end, km
 * @param coverage     how the defender watches it
 * @param costEur      cost to build, EUR
 * @param depthM       depth of the belt along the road, m
 * @param frontM       width across the avenue, m
 * @param cutMinPer10m minutes a party takes to cut 10 m of depth
 */
public record Wire(String id, String segment, double positionKm, Coverage coverage, double costEur, double depthM,
                   double frontM, Distribution cutMinPer10m) implements Obstacle.Extension {
    /** The YAML {@code type}. */
    public static final String TYPE = "wire";
    /** Its methods, in preference: one list, so the model's question allocates nothing. */
    private static final List<BreachMethod> METHODS =
            List.of(BreachMethod.LINE_CHARGE, BreachMethod.EARTH_MOVER, BreachMethod.MANUAL);

    /** Validates every field (the messages name the field, so the reader places them at file:line:col). */
    public Wire {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        if (!(depthM > 0 && depthM <= 500)) {
            throw new ScenarioException("depthM", "must be more than 0 and at most 500 m, was " + depthM);
        }
        if (!(frontM > 0 && frontM <= 10_000)) {
            throw new ScenarioException("frontM", "must be more than 0 and at most 10000 m, was " + frontM);
        }
        if (cutMinPer10m == null) {
            throw new ScenarioException("cutMinPer10m", "is required");
        }
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ObstacleKind kind() {
        return ObstacleKind.ABATIS;
    }

    @Override
    public double laneLengthM() {
        return depthM;
    }

    @Override
    public List<BreachMethod> breachMethods() {
        return METHODS;
    }

    @Override
    public double laneWorkMin(BreachMethod method, EngineerAssets assets, RandomStream stream) {
        double u = stream.nextDouble();
        return switch (method) {
            case LINE_CHARGE -> Math.ceil(depthM / assets.lineCharges().laneLengthM() - 1e-9)
                    * assets.lineCharges().timePerChargeMin().inverse(u);
            case EARTH_MOVER -> depthM / assets.earthMovers().clearRateMPerMin();
            case MANUAL -> depthM / 10 * cutMinPer10m.inverse(u);
            default -> throw new IllegalArgumentException("wire is not breached by " + method);
        };
    }

    @Override
    public double quantity(CostUnit unit) {
        return unit == CostUnit.PER_METRE ? frontM : Double.NaN;
    }

    /** Wire can be a belt's element: the belt gives it its id, place and front. */
    @Override
    public Wire placedInBelt(String newId, String newSegment, double newPositionKm, double newFrontM) {
        return new Wire(newId, newSegment, newPositionKm, coverage, costEur, depthM, newFrontM, cutMinPer10m);
    }

    @Override
    public Wire withCostEur(double c) {
        return new Wire(id, segment, positionKm, coverage, c, depthM, frontM, cutMinPer10m);
    }

    @Override
    public Wire withCoverage(Coverage c) {
        return new Wire(id, segment, positionKm, c, costEur, depthM, frontM, cutMinPer10m);
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("depthM", depthM);
        m.put("frontM", frontM);
        m.put("cutMinPer10m", cutMinPer10m);
        return m;
    }
}
