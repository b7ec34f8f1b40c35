package org.gapsim.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the attacker detects, bypasses and breaches obstacles. No published figures exist for most of these: every
 * default below is an ASSUMPTION to sweep unless its doc names a source (see {@code shared/reference}).
 *
 * @param reconDetectionProbability  probability that recon finds an obstacle before the column's head reaches it
 *                                   (ASSUMPTION 0.6); a package's EW multiplies it
 * @param decisionDelayMin           halt to start of reduction: suppress, obscure, secure (SOSRA), minutes
 *                                   (ASSUMPTION triangular 5 / 10 / 20)
 * @param bypassWhenPossible         bypass instead of breaching where the ground beside the road is open (attackers
 *                                   prefer to bypass; Washington Post 1991, MED)
 * @param bypassReconMin             time to find and mark a bypass, minutes (ASSUMPTION triangular 5 / 10 / 15)
 * @param bypassBaseDetourKm         extra off-road distance of a bypass beyond the obstacle's front, km (ASSUMPTION 1)
 * @param methods                    methods to try for each obstacle kind, in order of preference; the first the
 *                                   column can use is chosen; manual is always possible
 * @param observedBreachMultiplier   breach-time multiplier at an observed obstacle (ASSUMPTION 1.25)
 * @param coveredBreachMultiplier    breach-time multiplier at an obstacle covered by fire (ASSUMPTION 2.0; doctrine
 *                                   says only "enhanced considerably when covered by fire")
 * @param observedAttritionPerHour   vehicles lost per hour halted at an observed obstacle (ASSUMPTION 0.5)
 * @param coveredAttritionPerHour    vehicles lost per hour halted at an obstacle covered by fire (ASSUMPTION 2.0)
 * @param lanesPerObstacle           lanes opened through each obstacle (ASSUMPTION 2), fewer if assets run short
 * @param laneSpeedKmh               speed through a lane, km/h (ASSUMPTION 8)
 * @param laneIntervalM              interval between vehicles in a lane, m (ASSUMPTION 50)
 * @param corridorWidthM             width of ground a column's vehicles use across a minefield, m (ASSUMPTION 10)
 * @param leadLateralSdM             standard deviation of the lead vehicle's lateral position about the corridor's
 *                                   centre, m (ASSUMPTION 1.5)
 * @param followerLateralSdM         standard deviation of a follower's lateral offset from the lead's track, m
 *                                   (ASSUMPTION 0.3: drivers follow the tracks in front)
 * @param proofLanes                 whether lanes are proofed (a roller or plough pass) before traffic
 * @param proofingMin                time to proof one lane, minutes (ASSUMPTION triangular 5 / 10 / 15)
 */
public record BreachDoctrine(double reconDetectionProbability, Distribution decisionDelayMin,
                             boolean bypassWhenPossible, Distribution bypassReconMin, double bypassBaseDetourKm,
                             Map<ObstacleKind, List<BreachMethod>> methods, double observedBreachMultiplier,
                             double coveredBreachMultiplier, double observedAttritionPerHour,
                             double coveredAttritionPerHour, int lanesPerObstacle, double laneSpeedKmh,
                             double laneIntervalM, double corridorWidthM, double leadLateralSdM,
                             double followerLateralSdM, boolean proofLanes, Distribution proofingMin) {

    /** The default preference: explosive then mechanical then manual for mines; bridges for gaps. */
    public static final Map<ObstacleKind, List<BreachMethod>> DEFAULT_METHODS = defaultMethods();

    /** The defaults, every one a labelled assumption or sourced figure (see the parameter docs). */
    public static final BreachDoctrine DEFAULT = new BreachDoctrine(0.6, new Distribution.Triangular(5, 10, 20), true,
            new Distribution.Triangular(5, 10, 15), 1.0, DEFAULT_METHODS, 1.25, 2.0, 0.5, 2.0, 2, 8, 50, 10, 1.5, 0.3,
            false, new Distribution.Triangular(5, 10, 15));

    /** Validates every field; an obstacle kind missing from {@code methods} takes the default preference. */
    public BreachDoctrine {
        Check.probability("reconDetectionProbability", reconDetectionProbability);
        Check.required("decisionDelayMin", decisionDelayMin);
        Check.required("bypassReconMin", bypassReconMin);
        Check.nonNegative("bypassBaseDetourKm", bypassBaseDetourKm, Limits.MAX_LENGTH_KM);
        EnumMap<ObstacleKind, List<BreachMethod>> m = new EnumMap<>(ObstacleKind.class);
        if (methods != null) {
            for (Map.Entry<ObstacleKind, List<BreachMethod>> e : methods.entrySet()) {
                m.put(Check.required("methods", e.getKey()), Check.list("methods." + e.getKey(), e.getValue()));
            }
        }
        if (DEFAULT_METHODS != null) {
            for (Map.Entry<ObstacleKind, List<BreachMethod>> e : DEFAULT_METHODS.entrySet()) {
                m.putIfAbsent(e.getKey(), e.getValue());
            }
        }
        methods = java.util.Collections.unmodifiableMap(m);
        Check.between("observedBreachMultiplier", observedBreachMultiplier, 1, 100);
        Check.between("coveredBreachMultiplier", coveredBreachMultiplier, 1, 100);
        Check.nonNegative("observedAttritionPerHour", observedAttritionPerHour, Limits.MAX_ATTRITION_PER_HOUR);
        Check.nonNegative("coveredAttritionPerHour", coveredAttritionPerHour, Limits.MAX_ATTRITION_PER_HOUR);
        Check.positive("lanesPerObstacle", lanesPerObstacle, Limits.MAX_LANES_PER_OBSTACLE);
        Check.positive("laneSpeedKmh", laneSpeedKmh, Limits.MAX_SPEED_KMH);
        Check.positive("laneIntervalM", laneIntervalM, Limits.MAX_SIZE_M);
        Check.positive("corridorWidthM", corridorWidthM, Limits.MAX_CORRIDOR_WIDTH_M);
        Check.nonNegative("leadLateralSdM", leadLateralSdM, Limits.MAX_LATERAL_SD_M);
        Check.nonNegative("followerLateralSdM", followerLateralSdM, Limits.MAX_LATERAL_SD_M);
        Check.required("proofingMin", proofingMin);
    }

    /** @return the breach-time multiplier for this coverage */
    public double breachMultiplier(Coverage c) {
        return switch (c) {
            case UNOBSERVED -> 1.0;
            case OBSERVED -> observedBreachMultiplier;
            case COVERED_BY_FIRE -> coveredBreachMultiplier;
        };
    }

    /** @return vehicles lost per hour halted under this coverage */
    public double attritionPerHour(Coverage c) {
        return switch (c) {
            case UNOBSERVED -> 0.0;
            case OBSERVED -> observedAttritionPerHour;
            case COVERED_BY_FIRE -> coveredAttritionPerHour;
        };
    }

    /** @return a builder holding {@link #DEFAULT}'s values: every field a documented default, change any */
    public static Builder builder() {
        return DEFAULT.toBuilder();
    }

    /** @return a builder holding this doctrine's values, to change a few (assumption sweeps) */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Changes some fields of a doctrine and builds a new, validated one: {@code d.toBuilder().coveredBreachMultiplier(3)
     * .build()}. Each setter takes the unit of the record component of the same name.
     */
    public static final class Builder {
        private double reconDetectionProbability;
        private Distribution decisionDelayMin;
        private boolean bypassWhenPossible;
        private Distribution bypassReconMin;
        private double bypassBaseDetourKm;
        private Map<ObstacleKind, List<BreachMethod>> methods;
        private double observedBreachMultiplier;
        private double coveredBreachMultiplier;
        private double observedAttritionPerHour;
        private double coveredAttritionPerHour;
        private int lanesPerObstacle;
        private double laneSpeedKmh;
        private double laneIntervalM;
        private double corridorWidthM;
        private double leadLateralSdM;
        private double followerLateralSdM;
        private boolean proofLanes;
        private Distribution proofingMin;

        private Builder(BreachDoctrine d) {
            reconDetectionProbability = d.reconDetectionProbability;
            decisionDelayMin = d.decisionDelayMin;
            bypassWhenPossible = d.bypassWhenPossible;
            bypassReconMin = d.bypassReconMin;
            bypassBaseDetourKm = d.bypassBaseDetourKm;
            methods = d.methods;
            observedBreachMultiplier = d.observedBreachMultiplier;
            coveredBreachMultiplier = d.coveredBreachMultiplier;
            observedAttritionPerHour = d.observedAttritionPerHour;
            coveredAttritionPerHour = d.coveredAttritionPerHour;
            lanesPerObstacle = d.lanesPerObstacle;
            laneSpeedKmh = d.laneSpeedKmh;
            laneIntervalM = d.laneIntervalM;
            corridorWidthM = d.corridorWidthM;
            leadLateralSdM = d.leadLateralSdM;
            followerLateralSdM = d.followerLateralSdM;
            proofLanes = d.proofLanes;
            proofingMin = d.proofingMin;
        }

        /**
         * @param v new value of {@link BreachDoctrine#reconDetectionProbability()}
         * @return this builder
         */
        public Builder reconDetectionProbability(double v) {
            reconDetectionProbability = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#decisionDelayMin()}
         * @return this builder
         */
        public Builder decisionDelayMin(Distribution v) {
            decisionDelayMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#bypassWhenPossible()}
         * @return this builder
         */
        public Builder bypassWhenPossible(boolean v) {
            bypassWhenPossible = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#bypassReconMin()}
         * @return this builder
         */
        public Builder bypassReconMin(Distribution v) {
            bypassReconMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#bypassBaseDetourKm()}
         * @return this builder
         */
        public Builder bypassBaseDetourKm(double v) {
            bypassBaseDetourKm = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#methods()}
         * @return this builder
         */
        public Builder methods(Map<ObstacleKind, List<BreachMethod>> v) {
            methods = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#observedBreachMultiplier()}
         * @return this builder
         */
        public Builder observedBreachMultiplier(double v) {
            observedBreachMultiplier = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#coveredBreachMultiplier()}
         * @return this builder
         */
        public Builder coveredBreachMultiplier(double v) {
            coveredBreachMultiplier = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#observedAttritionPerHour()}
         * @return this builder
         */
        public Builder observedAttritionPerHour(double v) {
            observedAttritionPerHour = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#coveredAttritionPerHour()}
         * @return this builder
         */
        public Builder coveredAttritionPerHour(double v) {
            coveredAttritionPerHour = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#lanesPerObstacle()}
         * @return this builder
         */
        public Builder lanesPerObstacle(int v) {
            lanesPerObstacle = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#laneSpeedKmh()}
         * @return this builder
         */
        public Builder laneSpeedKmh(double v) {
            laneSpeedKmh = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#laneIntervalM()}
         * @return this builder
         */
        public Builder laneIntervalM(double v) {
            laneIntervalM = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#corridorWidthM()}
         * @return this builder
         */
        public Builder corridorWidthM(double v) {
            corridorWidthM = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#leadLateralSdM()}
         * @return this builder
         */
        public Builder leadLateralSdM(double v) {
            leadLateralSdM = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#followerLateralSdM()}
         * @return this builder
         */
        public Builder followerLateralSdM(double v) {
            followerLateralSdM = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#proofLanes()}
         * @return this builder
         */
        public Builder proofLanes(boolean v) {
            proofLanes = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#proofingMin()}
         * @return this builder
         */
        public Builder proofingMin(Distribution v) {
            proofingMin = v;
            return this;
        }

        /** @return the new doctrine, validated */
        public BreachDoctrine build() {
            return new BreachDoctrine(reconDetectionProbability, decisionDelayMin, bypassWhenPossible, bypassReconMin, bypassBaseDetourKm, methods, observedBreachMultiplier, coveredBreachMultiplier, observedAttritionPerHour, coveredAttritionPerHour, lanesPerObstacle, laneSpeedKmh, laneIntervalM, corridorWidthM, leadLateralSdM, followerLateralSdM, proofLanes, proofingMin);
        }
    }

    private static Map<ObstacleKind, List<BreachMethod>> defaultMethods() {
        EnumMap<ObstacleKind, List<BreachMethod>> m = new EnumMap<>(ObstacleKind.class);
        m.put(ObstacleKind.MINEFIELD, List.of(BreachMethod.LINE_CHARGE, BreachMethod.MINE_PLOUGH, BreachMethod.MANUAL));
        m.put(ObstacleKind.ANTI_TANK_DITCH, List.of(BreachMethod.BRIDGE_LAYER, BreachMethod.EARTH_MOVER, BreachMethod.MANUAL));
        m.put(ObstacleKind.DRAGONS_TEETH, List.of(BreachMethod.EARTH_MOVER, BreachMethod.MANUAL));
        m.put(ObstacleKind.ABATIS, List.of(BreachMethod.EARTH_MOVER, BreachMethod.MANUAL));
        m.put(ObstacleKind.CRATER, List.of(BreachMethod.BRIDGE_LAYER, BreachMethod.EARTH_MOVER, BreachMethod.MANUAL));
        m.put(ObstacleKind.BRIDGE_DEMOLITION, List.of(BreachMethod.BRIDGE_LAYER));
        return java.util.Collections.unmodifiableMap(m);
    }
}
