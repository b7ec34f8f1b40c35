package org.gapsim.scenario;

/**
 * Whether, and how fast, a vehicle can leave the road over a class of ground in a season: a factor on its
 * {@link VehicleType#crossCountrySpeedKmh()} (its summer speed off the road), 0 where it cannot leave the road. No
 * published table exists for the Baltic ground; every figure here is an ASSUMPTION set in the doctrinal direction
 * (the 2022 columns north of Kyiv held to the roads in the spring thaw; frozen bogs and lakes carry tracks in a hard
 * winter; wheels bog down first):
 *
 * <pre>
 * factor      thaw          summer        autumn        frozen (ice >= need)
 *             trk   whl     trk   whl     trk   whl     trk   whl
 * open        0.5   0       1     1       0.8   0.5     1     1
 * forest      0     0       0     0       0     0       0     0      (mature forest stops armour off the road)
 * wetland     0     0       0     0       0     0       0.7   0.7
 * lake        0     0       0     0       0     0       0.8   0.8
 * urban       0     0       0     0       0     0       0     0      (streets are the network itself)
 * </pre>
 *
 * Ice carries a tracked vehicle from {@value #TRACKED_ICE_M} m and a wheeled one from {@value #WHEELED_ICE_M} m
 * (ASSUMPTION after Gold's formula P = A h^2 with A = 8 kg/cm^2: a 45 t tank needs 0.75 m, a 16 t truck 0.45 m). A
 * river freezes over only where its current is at most {@value #FREEZING_CURRENT_MPS} m/s (ASSUMPTION).
 */
public final class Trafficability {
    /** Ice a tracked vehicle needs, m (ASSUMPTION, see the class comment). */
    public static final double TRACKED_ICE_M = 0.75;
    /** Ice a wheeled vehicle needs, m (ASSUMPTION, see the class comment). */
    public static final double WHEELED_ICE_M = 0.45;
    /** Fastest current under which a river freezes over, m/s (ASSUMPTION). */
    public static final double FREEZING_CURRENT_MPS = 0.5;

    private Trafficability() {
    }

    /**
     * @param terrain  the ground beside the road
     * @param mobility tracked or wheeled
     * @param ground   the season and the ice
     * @return the factor on the vehicle's summer cross-country speed, in [0, 1]; 0: it cannot leave the road
     */
    public static double speedFactor(Terrain terrain, Mobility mobility, Ground ground) {
        boolean tracked = mobility == Mobility.TRACKED;
        Season s = ground.season();
        return switch (terrain) {
            case OPEN -> switch (s) {
                case THAW -> tracked ? 0.5 : 0;
                case SUMMER, FROZEN -> 1;
                case AUTUMN -> tracked ? 0.8 : 0.5;
            };
            case FOREST, URBAN -> 0;
            case WETLAND -> iceCarries(mobility, ground) ? 0.7 : 0;
            case LAKE -> iceCarries(mobility, ground) ? 0.8 : 0;
        };
    }

    /**
     * @param mobility the vehicle's kind (tracked or wheeled)
     * @param ground the ground: its season and ice thickness
     * @return whether the season is frozen and its ice carries a vehicle of this kind
     */
    public static boolean iceCarries(Mobility mobility, Ground ground) {
        return ground.season() == Season.FROZEN
                && ground.iceThicknessM() >= (mobility == Mobility.TRACKED ? TRACKED_ICE_M : WHEELED_ICE_M);
    }
}
