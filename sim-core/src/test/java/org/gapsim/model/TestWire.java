package org.gapsim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleFields;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.ObstacleKindProvider;
import org.gapsim.scenario.ScenarioException;
import umontreal.ssj.rng.RandomStream;

/**
 * A test obstacle kind, wire (registered for the tests in META-INF/services): cut by hand at {@code cutMinPer10m}
 * per 10 m of depth, blown by a line charge (its firing time per charge), or rolled aside by an earth mover at its
 * clearing rate; bypassable unless {@code tiedIn}.
 */
public record TestWire(String id, String segment, double positionKm, Coverage coverage, double costEur, double depthM,
                       double frontM, Distribution cutMinPer10m, boolean tiedIn) implements Obstacle.Extension {
    /** Validates its own fields. */
    public TestWire {
        Obstacle.checkCommon(id, segment, positionKm, coverage, costEur);
        if (!(depthM > 0 && depthM <= 1000)) {
            throw new ScenarioException("depthM", "must be in (0, 1000] m, was " + depthM);
        }
        if (!(frontM > 0 && frontM <= 10_000)) {
            throw new ScenarioException("frontM", "must be in (0, 10000] m, was " + frontM);
        }
    }

    private static final List<BreachMethod> METHODS =
            List.of(BreachMethod.LINE_CHARGE, BreachMethod.EARTH_MOVER, BreachMethod.MANUAL);

    @Override
    public String type() {
        return "test-wire";
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
            case LINE_CHARGE -> assets.lineCharges().timePerChargeMin().inverse(u);
            case EARTH_MOVER -> depthM / assets.earthMovers().clearRateMPerMin();
            case MANUAL -> depthM / 10 * cutMinPer10m.inverse(u);
            default -> throw new IllegalArgumentException(method.toString());
        };
    }

    /** @return metres of front for a per-metre item; no other unit fits */
    @Override
    public double quantity(org.gapsim.scenario.CostUnit unit) {
        return unit == org.gapsim.scenario.CostUnit.PER_METRE ? frontM : Double.NaN;
    }

    @Override
    public boolean bypassable() {
        return !tiedIn;
    }

    /** @return it as a belt's element: the belt's id, segment, position and front */
    @Override
    public TestWire placedInBelt(String newId, String newSegment, double newPositionKm, double newFrontM) {
        return new TestWire(newId, newSegment, newPositionKm, coverage, costEur, depthM, newFrontM, cutMinPer10m,
                tiedIn);
    }

    @Override
    public TestWire withCostEur(double c) {
        return new TestWire(id, segment, positionKm, coverage, c, depthM, frontM, cutMinPer10m, tiedIn);
    }

    @Override
    public TestWire withCoverage(Coverage c) {
        return new TestWire(id, segment, positionKm, c, costEur, depthM, frontM, cutMinPer10m, tiedIn);
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("depthM", depthM);
        m.put("frontM", frontM);
        m.put("cutMinPer10m", cutMinPer10m);
        m.put("tiedIn", tiedIn);
        return m;
    }

    /** Its provider: YAML {@code type: test-wire}. */
    public static final class Provider implements ObstacleKindProvider {
        @Override
        public String name() {
            return "test-wire";
        }

        @Override
        public List<String> fieldNames() {
            return List.of("depthM", "frontM", "cutMinPer10m", "tiedIn");
        }

        @Override
        public Obstacle create(String id, String segment, double positionKm, Coverage coverage, double costEur,
                               ObstacleFields f) {
            return new TestWire(id, segment, positionKm, coverage, costEur, f.number("depthM"), f.number("frontM", 10),
                    f.distribution("cutMinPer10m", Distribution.fixed(2)), f.bool("tiedIn", false));
        }
    }
}
