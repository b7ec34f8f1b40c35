package org.gapsim.model;

import org.gapsim.scenario.Ground;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.Trafficability;
import org.gapsim.scenario.VehicleType;

/**
 * Going round an obstacle off the road, from the ground and the obstacle's geometry (no events, no state). The
 * column leaves the road a stand-off {@code s} before the obstacle, drives out diagonally to {@code s} beyond the
 * end of its front, along its depth {@code D}, and back in diagonally to the road {@code s} after it:
 * <pre>
 *     detour = D + 2 sqrt((F/2 + s)^2 + s^2) + base     (F: the obstacle's front across the road)
 * </pre>
 * where {@code base} is the doctrine's {@code bypassBaseDetourKm}, any further distance beyond the geometric path
 * (0 where the geometry is all there is).
 * (ASSUMPTION: the obstacle lies centred on the road and the column goes round one end). The flanks are tied in
 * (no bypass) when {@code F/2 + s} reaches the segment's {@link RoadSegment#openWidthM()}, the open ground beside the
 * road before forest or water; the column can leave the road only if every one of its vehicle types can on that
 * ground in that season ({@link Trafficability}), at the slowest one's speed.
 */
final class Bypass {
    private Bypass() {
    }

    /** @return the off-road distance of the bypass round {@code o}, km ({@code baseKm} beyond the geometric path) */
    static double detourKm(Obstacle o, double standoffM, double baseKm) {
        double out = o.frontM() / 2 + standoffM;
        return baseKm + (o.laneLengthM() + 2 * Math.sqrt(out * out + standoffM * standoffM)) / 1000.0;
    }

    /** @return whether the obstacle's flanks reach ground that cannot be driven round on segment {@code s} */
    static boolean tiedIn(Obstacle o, RoadSegment s, double standoffM) {
        return o.frontM() / 2 + standoffM >= s.openWidthM();
    }

    /**
     * @param types  every vehicle type in the column
     * @param ground the season and the ice
     * @return the column's off-road speed over {@code terrain}, km/h: the slowest type's cross-country speed times its
     *         {@link Trafficability#speedFactor}; 0 if any type cannot leave the road there
     */
    static double columnSpeedKmh(VehicleType[] types, Terrain terrain, Ground ground) {
        double v = Double.POSITIVE_INFINITY;
        for (VehicleType t : types) {
            double f = Trafficability.speedFactor(terrain, t.mobility(), ground);
            if (f <= 0) {
                return 0;
            }
            v = Math.min(v, t.crossCountrySpeedKmh() * f);
        }
        return v == Double.POSITIVE_INFINITY ? 0 : v;
    }
}
