package org.gapsim.scenario;

/**
 * The breaching equipment a column carries. Counts are used up as the column breaches.
 *
 * @param lineCharges  rocket-propelled line charges (MICLIC, UR-77)
 * @param minePloughs  track-width mine ploughs (KMT)
 * @param bridgeLayers armoured vehicle-launched bridges (AVLB, MTU)
 * @param earthMovers  dozers and engineer vehicles that fill ditches and clear debris (IMR, BAT)
 * @param manual       dismounted breach parties (always available, slow)
 */
public record EngineerAssets(LineCharges lineCharges, MinePloughs minePloughs, BridgeLayers bridgeLayers,
                             EarthMovers earthMovers, ManualBreach manual) {
    /** No equipment; a manual breach party at the default rate. */
    public static final EngineerAssets NONE = new EngineerAssets(null, null, null, null, null);

    /** Fills absent parts with empty sets. */
    public EngineerAssets {
        lineCharges = lineCharges == null ? LineCharges.NONE : lineCharges;
        minePloughs = minePloughs == null ? MinePloughs.NONE : minePloughs;
        bridgeLayers = bridgeLayers == null ? BridgeLayers.NONE : bridgeLayers;
        earthMovers = earthMovers == null ? EarthMovers.NONE : earthMovers;
        manual = manual == null ? ManualBreach.DEFAULT : manual;
    }

    /**
     * Rocket-propelled line charges. Defaults: MICLIC clears a lane 100 m long and 8 m wide in about 2 minutes
     * (2nd Marine Division PA; Leaf-Chronicle 2016; HIGH/MED). The fraction of mines a charge clears is an
     * ASSUMPTION (default 0.9: pressure-fuzed mines outside the blast's full effect survive).
     *
     * @param count                 charges carried
     * @param laneLengthM           lane length one charge clears, m
     * @param laneWidthM            lane width one charge clears, m
     * @param timePerChargeMin      time to fire and detonate one charge, minutes
     * @param clearanceProbability  probability that a given mine in the lane is destroyed
     */
    public record LineCharges(int count, double laneLengthM, double laneWidthM, Distribution timePerChargeMin,
                              double clearanceProbability) {
        /** None carried. */
        public static final LineCharges NONE = new LineCharges(0, 100, 8, Distribution.fixed(2), 0.9);

        /** Validates every field. */
        public LineCharges {
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("laneLengthM", laneLengthM, Limits.MAX_SIZE_M);
            Check.positive("laneWidthM", laneWidthM, Limits.MAX_SIZE_M);
            Check.required("timePerChargeMin", timePerChargeMin);
            Check.probability("clearanceProbability", clearanceProbability);
        }
    }

    /**
     * Track-width mine ploughs. A plough works at up to 10 km/h with the blade lowered and clears only the two
     * track lanes (KMT-4/6/8; German technical sites; MED): vehicles in its tracks are safe from the mines it
     * lifted, mines between the tracks stay. Clearance probability in the tracks is an ASSUMPTION (default 0.95).
     *
     * @param count                ploughs carried (each can open one lane at a time)
     * @param speedKmh             ploughing speed, km/h
     * @param setupMin             time to lower the plough and start, minutes
     * @param clearanceProbability probability that a mine under a plough track is lifted
     */
    public record MinePloughs(int count, double speedKmh, Distribution setupMin, double clearanceProbability) {
        /** None carried. */
        public static final MinePloughs NONE = new MinePloughs(0, 10, Distribution.fixed(3), 0.95);

        /** Validates every field. */
        public MinePloughs {
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("speedKmh", speedKmh, Limits.MAX_SPEED_KMH);
            Check.required("setupMin", setupMin);
            Check.probability("clearanceProbability", clearanceProbability);
        }
    }

    /**
     * Armoured vehicle-launched bridges. AVLB: emplace 2-5 min, span up to 18.3 m (TM 5-5420-202-10; HIGH).
     * A bridge is left in place for the columns behind, so each emplaced bridge is used up.
     *
     * @param count      bridges carried
     * @param spanM      longest gap one bridge spans, m
     * @param emplaceMin time to emplace one bridge, minutes
     */
    public record BridgeLayers(int count, double spanM, Distribution emplaceMin) {
        /** None carried. */
        public static final BridgeLayers NONE = new BridgeLayers(0, 18.3, new Distribution.Uniform(2, 5));

        /** Validates every field. */
        public BridgeLayers {
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("spanM", spanM, Limits.MAX_SIZE_M);
            Check.required("emplaceMin", emplaceMin);
        }
    }

    /**
     * Dozers and engineer obstacle-clearing vehicles. No published rates were found: both rates are ASSUMPTIONS.
     *
     * @param count           vehicles carried (one per lane)
     * @param fillRateM3PerMin earth moved into a ditch or crater, m^3 per minute per vehicle
     * @param clearRateMPerMin advance through dragon's teeth or felled trees, metres of obstacle depth per minute
     */
    public record EarthMovers(int count, double fillRateM3PerMin, double clearRateMPerMin) {
        /** None carried. */
        public static final EarthMovers NONE = new EarthMovers(0, 4, 1);

        /** Validates every field. */
        public EarthMovers {
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("fillRateM3PerMin", fillRateM3PerMin, Limits.MAX_RATE_PER_MIN);
            Check.positive("clearRateMPerMin", clearRateMPerMin, Limits.MAX_RATE_PER_MIN);
        }
    }

    /**
     * A dismounted breach party: five people sweeping a 2 m path (US Army course MM4610; MED). No published
     * clearance rate was found: the rates are ASSUMPTIONS.
     *
     * @param minefieldRateMPerMin lane advance through a minefield, m per minute
     * @param obstacleRateMPerMin  lane advance through teeth, abatis or rubble by hand and explosives, m per minute
     * @param clearanceProbability probability that a given mine in the swept lane is found and removed
     */
    public record ManualBreach(double minefieldRateMPerMin, double obstacleRateMPerMin, double clearanceProbability) {
        /** Default party: 0.5 m/min in a minefield, 0.25 m/min through other obstacles, 0.98 found (ASSUMPTIONS). */
        public static final ManualBreach DEFAULT = new ManualBreach(0.5, 0.25, 0.98);

        /** Validates every field. */
        public ManualBreach {
            Check.positive("minefieldRateMPerMin", minefieldRateMPerMin, Limits.MAX_RATE_PER_MIN);
            Check.positive("obstacleRateMPerMin", obstacleRateMPerMin, Limits.MAX_RATE_PER_MIN);
            Check.probability("clearanceProbability", clearanceProbability);
        }
    }
}
