package org.gapsim.scenario;

/**
 * A named point of the road network.
 *
 * @param id      unique key used by segments, routes and columns
 * @param name    display name
 * @param latDeg  latitude, decimal degrees (WGS84)
 * @param lonDeg  longitude, decimal degrees (WGS84)
 * @param kind    what the place is
 * @param country ISO 3166 alpha-2 code of the state the place lies in (e.g. {@code LT}, {@code PL})
 */
public record Place(String id, String name, double latDeg, double lonDeg, PlaceKind kind, String country) {
    /** Validates every field. */
    public Place {
        Check.id("id", id);
        if (name == null || name.isBlank()) {
            name = id;
        }
        Check.between("latDeg", latDeg, -90, 90);
        Check.between("lonDeg", lonDeg, -180, 180);
        Check.required("kind", kind);
        Check.id("country", country);
    }

    /** @return great-circle distance to {@code other}, km (haversine, mean Earth radius 6371 km) */
    public double greatCircleKm(Place other) {
        double p1 = Math.toRadians(latDeg);
        double p2 = Math.toRadians(other.latDeg);
        double dp = p2 - p1;
        double dl = Math.toRadians(other.lonDeg - lonDeg);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
