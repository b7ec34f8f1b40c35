package org.gapsim.examples.wire;

import java.util.List;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.Distribution;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleFields;
import org.gapsim.scenario.ObstacleKindProvider;

/**
 * Makes {@link Wire} from {@code type: wire} in a scenario file; listed in
 * {@code META-INF/services/org.gapsim.scenario.ObstacleKindProvider}.
 */
public final class WireKind implements ObstacleKindProvider {
    /** Default cutting time per 10 m of depth, minutes (ASSUMPTION, illustrative). */
    public static final Distribution DEFAULT_CUT_MIN_PER_10M = new Distribution.Triangular(3, 5, 10);
    /** Default front, m (ASSUMPTION: the road and its verges). */
    public static final double DEFAULT_FRONT_M = 30;

    @Override
    public String name() {
        return Wire.TYPE;
    }

    @Override
    public List<String> fieldNames() {
        return List.of("depthM", "frontM", "cutMinPer10m");
    }

    @Override
    public Obstacle create(String id, String segment, double positionKm, Coverage coverage, double costEur,
                           ObstacleFields f) {
        return new Wire(id, segment, positionKm, coverage, costEur, f.number("depthM"),
                f.number("frontM", DEFAULT_FRONT_M), f.distribution("cutMinPer10m", DEFAULT_CUT_MIN_PER_10M));
    }
}
