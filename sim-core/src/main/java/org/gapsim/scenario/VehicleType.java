package org.gapsim.scenario;

/**
 * A kind of vehicle in a column.
 *
 * @param id                    unique key
 * @param name                  display name (e.g. "T-72B3")
 * @param roadSpeedKmh          sustained march speed on a road, km/h
 * @param crossCountrySpeedKmh  speed off the road (bypasses), km/h
 * @param widthM                overall width, m (effective width against full-width fuzes)
 * @param trackWidthM           width of one track or wheel set, m (effective width = 2 x this against pressure fuzes)
 * @param pKillTrackWidthFuze   probability that a pressure-fuzed mine it sets off stops it (mobility kill or worse)
 * @param pKillFullWidthFuze    probability that a full-width-fuzed mine it sets off stops it
 */
public record VehicleType(String id, String name, double roadSpeedKmh, double crossCountrySpeedKmh, double widthM,
                          double trackWidthM, double pKillTrackWidthFuze, double pKillFullWidthFuze) {
    /** Validates every field. */
    public VehicleType {
        Check.id("id", id);
        if (name == null || name.isBlank()) {
            name = id;
        }
        Check.positive("roadSpeedKmh", roadSpeedKmh, Limits.MAX_SPEED_KMH);
        Check.positive("crossCountrySpeedKmh", crossCountrySpeedKmh, Limits.MAX_SPEED_KMH);
        Check.positive("widthM", widthM, Limits.MAX_SIZE_M);
        Check.positive("trackWidthM", trackWidthM, Limits.MAX_SIZE_M);
        if (2 * trackWidthM > widthM) {
            throw new ScenarioException("trackWidthM", "two tracks of " + trackWidthM + " m exceed the width " + widthM + " m");
        }
        Check.probability("pKillTrackWidthFuze", pKillTrackWidthFuze);
        Check.probability("pKillFullWidthFuze", pKillFullWidthFuze);
    }

    /** @return the width of this vehicle that sets off a mine with this fuze, m */
    public double effectiveWidthM(Fuze fuze) {
        return fuze == Fuze.TRACK_WIDTH ? 2 * trackWidthM : widthM;
    }

    /** @return probability that a mine with this fuze that this vehicle sets off stops it */
    public double pKill(Fuze fuze) {
        return fuze == Fuze.TRACK_WIDTH ? pKillTrackWidthFuze : pKillFullWidthFuze;
    }
}
