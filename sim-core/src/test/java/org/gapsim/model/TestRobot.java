package org.gapsim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.BreachMethodProvider;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleFields;
import umontreal.ssj.rng.RandomStream;

/**
 * A test breach method, a remote-controlled breaching robot (registered for the tests in META-INF/services as
 * {@code test-robot}): opens a lane through {@link TestWire} only, in {@code minPerLane} minutes (one draw per lane),
 * counted as an earth mover; reusable.
 */
public record TestRobot(int count, String carrier, double laneWidthM, Distribution minPerLane)
        implements EngineerAssets.Extra {
    @Override
    public String method() {
        return "test-robot";
    }

    @Override
    public BreachMethod countedAs() {
        return BreachMethod.EARTH_MOVER;
    }

    @Override
    public boolean opens(Obstacle.Extension obstacle) {
        return obstacle instanceof TestWire;
    }

    @Override
    public double laneWorkMin(Obstacle.Extension obstacle, RandomStream stream) {
        return minPerLane.inverse(stream.nextDouble());
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("minPerLane", minPerLane);
        return m;
    }

    /** Its provider. */
    public static final class Provider implements BreachMethodProvider {
        @Override
        public String name() {
            return "test-robot";
        }

        @Override
        public List<String> fieldNames() {
            return List.of("minPerLane");
        }

        @Override
        public EngineerAssets.Extra create(int count, String carrier, double laneWidthM, ObstacleFields fields) {
            return new TestRobot(count, carrier, laneWidthM, fields.distribution("minPerLane", Distribution.fixed(20)));
        }
    }
}
