package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
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
 * @param lanesPerObstacle           lanes opened through each obstacle (ASSUMPTION 2), fewer if assets run short
 * @param laneSpeedKmh               speed through a lane, km/h (ASSUMPTION 8)
 * @param laneIntervalM              interval between vehicles in a lane, m (ASSUMPTION 50)
 * @param corridorWidthM             width of ground a column's vehicles use across a minefield, m (ASSUMPTION 10)
 * @param leadLateralSdM             standard deviation of the lead vehicle's lateral position about the corridor's
 *                                   centre, m (ASSUMPTION 1.5)
 * @param followerLateralSdM         standard deviation of a follower's lateral offset from the lead's track, m
 *                                   (ASSUMPTION 0.3: drivers follow the tracks in front)
 * @param proofLanes                 whether lanes are proofed (a roller or plough pass) before traffic
 * @param proofingMin                time of a proofing pass with no plough or roller, minutes (ASSUMPTION
 *                                   triangular 5 / 10 / 15); a plough's pass is its own set-up plus the lane's
 *                                   depth at its speed
 * @param smokeMin                   smoke laid over the site when reduction starts, for this long, minutes; fixed 0
 *                                   = none (ASSUMPTION triangular 10 / 20 / 30)
 * @param smokeKillFactor            multiplier of direct fire's kill probability while smoke lasts (ASSUMPTION 0.3)
 * @param suppression                whether the attacker's artillery fires on defender units it has located (SOSRA;
 *                                   default true)
 * @param locateProbability          chance per engagement that the firing unit is located, times its kind's
 *                                   signature (ASSUMPTION 0.3)
 * @param suppressionMin             how long a located unit stays suppressed, minutes (ASSUMPTION triangular 5 / 10
 *                                   / 20)
 * @param suppressedRateFactor       engagement-rate multiplier of a suppressed unit (ASSUMPTION 0.2)
 * @param ewStrength                 the attacker's EW and drones against the defender's sensors and FPV teams, in
 *                                   [0, 1]: a sensor's rate is multiplied by {@code 1 - ewStrength * (1 -
 *                                   kind.ewFactor) * (1 - electronicProtection)} (ASSUMPTION 0.5)
 * @param recoveryMin                a vehicle struck in a lane blocks it until recovered, minutes (ASSUMPTION
 *                                   triangular 10 / 20 / 40)
 * @param assetReplaceMin            a spare carrier comes forward to take over a lane whose carrier was lost,
 *                                   minutes (ASSUMPTION triangular 15 / 30 / 60)
 * @param maxBreachAttempts          failed breach attempts at one obstacle after which the column culminates there
 *                                   (reroutes if it can, else halts for good, reason "culminated") (ASSUMPTION 3)
 * @param manualUnderFireFactor      manual work rate multiplier while the site is detected and a live, unsuppressed
 *                                   shooter with ammunition reaches it (ASSUMPTION 0.1); pontoon building at a
 *                                   crossing site under fire takes it too (ASSUMPTION: exposed work in the open)
 * @param manualAtNightOnly          whether dismounted clearance works only at night once the site is detected
 *                                   (Zaporizhzhia 2023: "demining was carried out only by infantry and only at
 *                                   night"; default false)
 * @param nightWorkFactor            work times at night are multiplied by this (ASSUMPTION 1.5)
 * @param preparationMin             the attacker's artillery preparation for a defended site, minutes (0 = none,
 *                                   the default): every live defender unit in range of the site whose position the
 *                                   attacker knows ({@link FireUnit#knownProbability()}) is suppressed through it
 *                                   and destroyed with its {@code counterFireKillProbability} (1st Infantry
 *                                   Division 1991: a 30-minute preparation before the breach, usacac, MED-HIGH).
 *                                   Fired with the column held at the edge of the nearest known direct-fire unit's
 *                                   reach ahead of it, or, with the head already inside every such reach, from the
 *                                   halt at the site (reduction then starts no earlier than its end)
 * @param abortLossFraction          the attacker calls off a mechanised attempt at a defended site when its losses
 *                                   there (to fire and mines, from the attempt's start) reach this fraction of the
 *                                   vehicles at the site when the attempt began (at least one vehicle; 0 = never,
 *                                   the default): the attempt fails, the column withdraws out of the defender's
 *                                   reach and tries its next method after a new decision delay (ASSUMPTION after
 *                                   Zaporizhzhia 2023, where mechanised attempts were halted after the first
 *                                   heavy losses and breaching went over to infantry at night: RUSI
 *                                   "Stormbreak"; Tarnavskyi via The Guardian, MED)
 * @param contactHaltMin             after a vehicle lost to fire on the march the column, if it pulls back out of
 *                                   the shooter's reach (react to contact, by the nearer way out; driving on, as
 *                                   always under indirect fire, costs no halt), halts this long there (casualties,
 *                                   the wreck pushed off the road),
 *                                   minutes (ASSUMPTION triangular 5 / 10 / 20)
 * @param assault                    the assault (SOSRA's last step) at a defended site, or null (the default) for
 *                                   none: the direct-fire figures with which the column's armoured vehicles across
 *                                   an obstacle fire on the defender's direct-fire units near it ({@link Assault})
 */
public record BreachDoctrine(double reconDetectionProbability, Distribution decisionDelayMin,
                             boolean bypassWhenPossible, Distribution bypassReconMin, double bypassBaseDetourKm,
                             Map<ObstacleKind, List<BreachMethod>> methods, int lanesPerObstacle, double laneSpeedKmh,
                             double laneIntervalM, double corridorWidthM, double leadLateralSdM,
                             double followerLateralSdM, boolean proofLanes, Distribution proofingMin,
                             Distribution smokeMin, double smokeKillFactor, boolean suppression,
                             double locateProbability, Distribution suppressionMin, double suppressedRateFactor,
                             double ewStrength, Distribution recoveryMin, Distribution assetReplaceMin,
                             int maxBreachAttempts, double manualUnderFireFactor, boolean manualAtNightOnly,
                             double nightWorkFactor, double preparationMin, double abortLossFraction,
                             Distribution contactHaltMin, Assault assault) {

    /**
     * The assault force's direct fire at a defended site (SOSRA: suppress, obscure, secure, reduce, assault; the
     * assault force destroys the enemy on the far side of the obstacle that can place direct fire on the lanes,
     * FM 3-34.2 / ATP 3-90.4 "Combined Arms Mobility"): once the column's armoured vehicles are across an obstacle
     * they find and engage the defender's direct-fire units (tank positions, ATGM teams) within {@code rangeKm} of
     * it. No published figure: a scenario sets them (the built-in files use their defender's tank figures).
     *
     * @param rangeKm            distance from the obstacle within which a defender direct-fire unit is assaulted, km
     * @param engagementsPerHour engagements per hour on one found unit per armoured vehicle across
     * @param pKillArmoured      kill probability per engagement on a tank position (an armoured target)
     * @param pKillLight         kill probability per engagement on an ATGM team (a light target)
     * @param detectionsPerHour  finding rate per hour of one unit not known to the attacker, per armoured vehicle
     *                           across
     */
    public record Assault(double rangeKm, double engagementsPerHour, double pKillArmoured, double pKillLight,
                          double detectionsPerHour) {
        /**
         * Validates every field.
         *
         * @param rangeKm            value of {@link #rangeKm()}
         * @param engagementsPerHour value of {@link #engagementsPerHour()}
         * @param pKillArmoured      value of {@link #pKillArmoured()}
         * @param pKillLight         value of {@link #pKillLight()}
         * @param detectionsPerHour  value of {@link #detectionsPerHour()}
         */
        public Assault {
            Check.positive("rangeKm", rangeKm, Limits.MAX_RANGE_KM);
            Check.positive("engagementsPerHour", engagementsPerHour, Limits.MAX_RATE_PER_HOUR);
            Check.probability("pKillArmoured", pKillArmoured);
            Check.probability("pKillLight", pKillLight);
            Check.positive("detectionsPerHour", detectionsPerHour, Limits.MAX_RATE_PER_HOUR);
        }
    }

    /** The default {@link #contactHaltMin()}: triangular 5 / 10 / 20 minutes (ASSUMPTION). */
    public static final Distribution DEFAULT_CONTACT_HALT_MIN = new Distribution.Triangular(5, 10, 20);

    /** The default preference: explosive then mechanical then manual for mines; bridges for gaps. */
    public static final Map<ObstacleKind, List<BreachMethod>> DEFAULT_METHODS = defaultMethods();

    /** The defaults, every one a labelled assumption or sourced figure (see the parameter docs). */
    public static final BreachDoctrine DEFAULT = new BreachDoctrine(0.6, new Distribution.Triangular(5, 10, 20), true,
            new Distribution.Triangular(5, 10, 15), 1.0, DEFAULT_METHODS, 2, 8, 50, 10, 1.5, 0.3,
            false, new Distribution.Triangular(5, 10, 15),
            new Distribution.Triangular(10, 20, 30), 0.3, true,
            0.3, new Distribution.Triangular(5, 10, 20), 0.2,
            0.5, new Distribution.Triangular(10, 20, 40), new Distribution.Triangular(15, 30, 60),
            3, 0.1, false,
            1.5);

    /**
     * A doctrine with the fight's fields at {@link #DEFAULT}'s values (the form before the defender fought).
     *
     * @param reconDetectionProbability value of {@link #reconDetectionProbability()}
     * @param decisionDelayMin value of {@link #decisionDelayMin()}
     * @param bypassWhenPossible value of {@link #bypassWhenPossible()}
     * @param bypassReconMin value of {@link #bypassReconMin()}
     * @param bypassBaseDetourKm value of {@link #bypassBaseDetourKm()}
     * @param methods value of {@link #methods()}
     * @param lanesPerObstacle value of {@link #lanesPerObstacle()}
     * @param laneSpeedKmh value of {@link #laneSpeedKmh()}
     * @param laneIntervalM value of {@link #laneIntervalM()}
     * @param corridorWidthM value of {@link #corridorWidthM()}
     * @param leadLateralSdM value of {@link #leadLateralSdM()}
     * @param followerLateralSdM value of {@link #followerLateralSdM()}
     * @param proofLanes value of {@link #proofLanes()}
     * @param proofingMin value of {@link #proofingMin()}
     */
    public BreachDoctrine(double reconDetectionProbability, Distribution decisionDelayMin, boolean bypassWhenPossible,
                          Distribution bypassReconMin, double bypassBaseDetourKm,
                          Map<ObstacleKind, List<BreachMethod>> methods, int lanesPerObstacle, double laneSpeedKmh,
                          double laneIntervalM, double corridorWidthM, double leadLateralSdM,
                          double followerLateralSdM, boolean proofLanes, Distribution proofingMin) {
        this(reconDetectionProbability, decisionDelayMin, bypassWhenPossible, bypassReconMin, bypassBaseDetourKm,
                methods, lanesPerObstacle, laneSpeedKmh, laneIntervalM, corridorWidthM,
                leadLateralSdM, followerLateralSdM, proofLanes, proofingMin,
                new Distribution.Triangular(10, 20, 30), 0.3, true,
                0.3, new Distribution.Triangular(5, 10, 20), 0.2,
                0.5, new Distribution.Triangular(10, 20, 40), new Distribution.Triangular(15, 30, 60),
                3, 0.1, false,
                1.5);
    }

    /**
     * Validates every field; an obstacle kind missing from {@code methods} takes the default preference.
     *
     * @param reconDetectionProbability value of {@link #reconDetectionProbability()}
     * @param decisionDelayMin value of {@link #decisionDelayMin()}
     * @param bypassWhenPossible value of {@link #bypassWhenPossible()}
     * @param bypassReconMin value of {@link #bypassReconMin()}
     * @param bypassBaseDetourKm value of {@link #bypassBaseDetourKm()}
     * @param methods value of {@link #methods()}
     * @param lanesPerObstacle value of {@link #lanesPerObstacle()}
     * @param laneSpeedKmh value of {@link #laneSpeedKmh()}
     * @param laneIntervalM value of {@link #laneIntervalM()}
     * @param corridorWidthM value of {@link #corridorWidthM()}
     * @param leadLateralSdM value of {@link #leadLateralSdM()}
     * @param followerLateralSdM value of {@link #followerLateralSdM()}
     * @param proofLanes value of {@link #proofLanes()}
     * @param proofingMin value of {@link #proofingMin()}
     * @param smokeMin value of {@link #smokeMin()}
     * @param smokeKillFactor value of {@link #smokeKillFactor()}
     * @param suppression value of {@link #suppression()}
     * @param locateProbability value of {@link #locateProbability()}
     * @param suppressionMin value of {@link #suppressionMin()}
     * @param suppressedRateFactor value of {@link #suppressedRateFactor()}
     * @param ewStrength value of {@link #ewStrength()}
     * @param recoveryMin value of {@link #recoveryMin()}
     * @param assetReplaceMin value of {@link #assetReplaceMin()}
     * @param maxBreachAttempts value of {@link #maxBreachAttempts()}
     * @param manualUnderFireFactor value of {@link #manualUnderFireFactor()}
     * @param manualAtNightOnly value of {@link #manualAtNightOnly()}
     * @param nightWorkFactor value of {@link #nightWorkFactor()}
     * @param preparationMin value of {@link #preparationMin()}
     * @param abortLossFraction value of {@link #abortLossFraction()}
     * @param contactHaltMin value of {@link #contactHaltMin()}
     * @param assault value of {@link #assault()}
     */
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
        Check.positive("lanesPerObstacle", lanesPerObstacle, Limits.MAX_LANES_PER_OBSTACLE);
        Check.positive("laneSpeedKmh", laneSpeedKmh, Limits.MAX_SPEED_KMH);
        Check.positive("laneIntervalM", laneIntervalM, Limits.MAX_SIZE_M);
        Check.positive("corridorWidthM", corridorWidthM, Limits.MAX_CORRIDOR_WIDTH_M);
        Check.nonNegative("leadLateralSdM", leadLateralSdM, Limits.MAX_LATERAL_SD_M);
        Check.nonNegative("followerLateralSdM", followerLateralSdM, Limits.MAX_LATERAL_SD_M);
        Check.required("proofingMin", proofingMin);
        Check.required("smokeMin", smokeMin);
        Check.probability("smokeKillFactor", smokeKillFactor);
        Check.probability("locateProbability", locateProbability);
        Check.required("suppressionMin", suppressionMin);
        Check.probability("suppressedRateFactor", suppressedRateFactor);
        Check.probability("ewStrength", ewStrength);
        Check.required("recoveryMin", recoveryMin);
        Check.required("assetReplaceMin", assetReplaceMin);
        Check.positive("maxBreachAttempts", maxBreachAttempts, Limits.MAX_BREACH_ATTEMPTS);
        Check.probability("manualUnderFireFactor", manualUnderFireFactor);
        Check.between("nightWorkFactor", nightWorkFactor, 1, 100);
        Check.nonNegative("preparationMin", preparationMin, Limits.MAX_HORIZON_MIN);
        Check.probability("abortLossFraction", abortLossFraction);
        Check.required("contactHaltMin", contactHaltMin);
    }

    /**
     * The canonical constructor before {@code assault}: no assault.
     *
     * @param reconDetectionProbability value of {@link #reconDetectionProbability()}
     * @param decisionDelayMin value of {@link #decisionDelayMin()}
     * @param bypassWhenPossible value of {@link #bypassWhenPossible()}
     * @param bypassReconMin value of {@link #bypassReconMin()}
     * @param bypassBaseDetourKm value of {@link #bypassBaseDetourKm()}
     * @param methods value of {@link #methods()}
     * @param lanesPerObstacle value of {@link #lanesPerObstacle()}
     * @param laneSpeedKmh value of {@link #laneSpeedKmh()}
     * @param laneIntervalM value of {@link #laneIntervalM()}
     * @param corridorWidthM value of {@link #corridorWidthM()}
     * @param leadLateralSdM value of {@link #leadLateralSdM()}
     * @param followerLateralSdM value of {@link #followerLateralSdM()}
     * @param proofLanes value of {@link #proofLanes()}
     * @param proofingMin value of {@link #proofingMin()}
     * @param smokeMin value of {@link #smokeMin()}
     * @param smokeKillFactor value of {@link #smokeKillFactor()}
     * @param suppression value of {@link #suppression()}
     * @param locateProbability value of {@link #locateProbability()}
     * @param suppressionMin value of {@link #suppressionMin()}
     * @param suppressedRateFactor value of {@link #suppressedRateFactor()}
     * @param ewStrength value of {@link #ewStrength()}
     * @param recoveryMin value of {@link #recoveryMin()}
     * @param assetReplaceMin value of {@link #assetReplaceMin()}
     * @param maxBreachAttempts value of {@link #maxBreachAttempts()}
     * @param manualUnderFireFactor value of {@link #manualUnderFireFactor()}
     * @param manualAtNightOnly value of {@link #manualAtNightOnly()}
     * @param nightWorkFactor value of {@link #nightWorkFactor()}
     * @param preparationMin value of {@link #preparationMin()}
     * @param abortLossFraction value of {@link #abortLossFraction()}
     * @param contactHaltMin value of {@link #contactHaltMin()}
     */
    public BreachDoctrine(double reconDetectionProbability, Distribution decisionDelayMin,
                          boolean bypassWhenPossible, Distribution bypassReconMin, double bypassBaseDetourKm,
                          Map<ObstacleKind, List<BreachMethod>> methods, int lanesPerObstacle, double laneSpeedKmh,
                          double laneIntervalM, double corridorWidthM, double leadLateralSdM,
                          double followerLateralSdM, boolean proofLanes, Distribution proofingMin,
                          Distribution smokeMin, double smokeKillFactor, boolean suppression,
                          double locateProbability, Distribution suppressionMin, double suppressedRateFactor,
                          double ewStrength, Distribution recoveryMin, Distribution assetReplaceMin,
                          int maxBreachAttempts, double manualUnderFireFactor, boolean manualAtNightOnly,
                          double nightWorkFactor, double preparationMin, double abortLossFraction,
                          Distribution contactHaltMin) {
        this(reconDetectionProbability, decisionDelayMin, bypassWhenPossible, bypassReconMin, bypassBaseDetourKm,
                methods, lanesPerObstacle, laneSpeedKmh, laneIntervalM, corridorWidthM,
                leadLateralSdM, followerLateralSdM, proofLanes, proofingMin, smokeMin, smokeKillFactor, suppression,
                locateProbability, suppressionMin, suppressedRateFactor, ewStrength, recoveryMin, assetReplaceMin,
                maxBreachAttempts, manualUnderFireFactor, manualAtNightOnly, nightWorkFactor, preparationMin,
                abortLossFraction, contactHaltMin, null);
    }

    /**
     * The canonical constructor before {@code abortLossFraction} and {@code contactHaltMin}.
     *
     * @param reconDetectionProbability value of {@link #reconDetectionProbability()}
     * @param decisionDelayMin value of {@link #decisionDelayMin()}
     * @param bypassWhenPossible value of {@link #bypassWhenPossible()}
     * @param bypassReconMin value of {@link #bypassReconMin()}
     * @param bypassBaseDetourKm value of {@link #bypassBaseDetourKm()}
     * @param methods value of {@link #methods()}
     * @param lanesPerObstacle value of {@link #lanesPerObstacle()}
     * @param laneSpeedKmh value of {@link #laneSpeedKmh()}
     * @param laneIntervalM value of {@link #laneIntervalM()}
     * @param corridorWidthM value of {@link #corridorWidthM()}
     * @param leadLateralSdM value of {@link #leadLateralSdM()}
     * @param followerLateralSdM value of {@link #followerLateralSdM()}
     * @param proofLanes value of {@link #proofLanes()}
     * @param proofingMin value of {@link #proofingMin()}
     * @param smokeMin value of {@link #smokeMin()}
     * @param smokeKillFactor value of {@link #smokeKillFactor()}
     * @param suppression value of {@link #suppression()}
     * @param locateProbability value of {@link #locateProbability()}
     * @param suppressionMin value of {@link #suppressionMin()}
     * @param suppressedRateFactor value of {@link #suppressedRateFactor()}
     * @param ewStrength value of {@link #ewStrength()}
     * @param recoveryMin value of {@link #recoveryMin()}
     * @param assetReplaceMin value of {@link #assetReplaceMin()}
     * @param maxBreachAttempts value of {@link #maxBreachAttempts()}
     * @param manualUnderFireFactor value of {@link #manualUnderFireFactor()}
     * @param manualAtNightOnly value of {@link #manualAtNightOnly()}
     * @param nightWorkFactor value of {@link #nightWorkFactor()}
     * @param preparationMin value of {@link #preparationMin()}
     */
    public BreachDoctrine(double reconDetectionProbability, Distribution decisionDelayMin,
                          boolean bypassWhenPossible, Distribution bypassReconMin, double bypassBaseDetourKm,
                          Map<ObstacleKind, List<BreachMethod>> methods, int lanesPerObstacle, double laneSpeedKmh,
                          double laneIntervalM, double corridorWidthM, double leadLateralSdM,
                          double followerLateralSdM, boolean proofLanes, Distribution proofingMin,
                          Distribution smokeMin, double smokeKillFactor, boolean suppression,
                          double locateProbability, Distribution suppressionMin, double suppressedRateFactor,
                          double ewStrength, Distribution recoveryMin, Distribution assetReplaceMin,
                          int maxBreachAttempts, double manualUnderFireFactor, boolean manualAtNightOnly,
                          double nightWorkFactor, double preparationMin) {
        this(reconDetectionProbability, decisionDelayMin, bypassWhenPossible, bypassReconMin, bypassBaseDetourKm,
                methods, lanesPerObstacle, laneSpeedKmh, laneIntervalM, corridorWidthM,
                leadLateralSdM, followerLateralSdM, proofLanes, proofingMin, smokeMin, smokeKillFactor, suppression,
                locateProbability, suppressionMin, suppressedRateFactor, ewStrength, recoveryMin, assetReplaceMin,
                maxBreachAttempts, manualUnderFireFactor, manualAtNightOnly, nightWorkFactor, preparationMin, 0,
                DEFAULT_CONTACT_HALT_MIN);
    }

    /**
     * The canonical constructor before {@code preparationMin}: no preparation.
     *
     * @param reconDetectionProbability value of {@link #reconDetectionProbability()}
     * @param decisionDelayMin value of {@link #decisionDelayMin()}
     * @param bypassWhenPossible value of {@link #bypassWhenPossible()}
     * @param bypassReconMin value of {@link #bypassReconMin()}
     * @param bypassBaseDetourKm value of {@link #bypassBaseDetourKm()}
     * @param methods value of {@link #methods()}
     * @param lanesPerObstacle value of {@link #lanesPerObstacle()}
     * @param laneSpeedKmh value of {@link #laneSpeedKmh()}
     * @param laneIntervalM value of {@link #laneIntervalM()}
     * @param corridorWidthM value of {@link #corridorWidthM()}
     * @param leadLateralSdM value of {@link #leadLateralSdM()}
     * @param followerLateralSdM value of {@link #followerLateralSdM()}
     * @param proofLanes value of {@link #proofLanes()}
     * @param proofingMin value of {@link #proofingMin()}
     * @param smokeMin value of {@link #smokeMin()}
     * @param smokeKillFactor value of {@link #smokeKillFactor()}
     * @param suppression value of {@link #suppression()}
     * @param locateProbability value of {@link #locateProbability()}
     * @param suppressionMin value of {@link #suppressionMin()}
     * @param suppressedRateFactor value of {@link #suppressedRateFactor()}
     * @param ewStrength value of {@link #ewStrength()}
     * @param recoveryMin value of {@link #recoveryMin()}
     * @param assetReplaceMin value of {@link #assetReplaceMin()}
     * @param maxBreachAttempts value of {@link #maxBreachAttempts()}
     * @param manualUnderFireFactor value of {@link #manualUnderFireFactor()}
     * @param manualAtNightOnly value of {@link #manualAtNightOnly()}
     * @param nightWorkFactor value of {@link #nightWorkFactor()}
     */
    public BreachDoctrine(double reconDetectionProbability, Distribution decisionDelayMin,
                          boolean bypassWhenPossible, Distribution bypassReconMin, double bypassBaseDetourKm,
                          Map<ObstacleKind, List<BreachMethod>> methods, int lanesPerObstacle, double laneSpeedKmh,
                          double laneIntervalM, double corridorWidthM, double leadLateralSdM,
                          double followerLateralSdM, boolean proofLanes, Distribution proofingMin,
                          Distribution smokeMin, double smokeKillFactor, boolean suppression,
                          double locateProbability, Distribution suppressionMin, double suppressedRateFactor,
                          double ewStrength, Distribution recoveryMin, Distribution assetReplaceMin,
                          int maxBreachAttempts, double manualUnderFireFactor, boolean manualAtNightOnly,
                          double nightWorkFactor) {
        this(reconDetectionProbability, decisionDelayMin, bypassWhenPossible, bypassReconMin, bypassBaseDetourKm,
                methods, lanesPerObstacle, laneSpeedKmh, laneIntervalM, corridorWidthM,
                leadLateralSdM, followerLateralSdM, proofLanes, proofingMin, smokeMin, smokeKillFactor, suppression,
                locateProbability, suppressionMin, suppressedRateFactor, ewStrength, recoveryMin, assetReplaceMin,
                maxBreachAttempts, manualUnderFireFactor, manualAtNightOnly, nightWorkFactor, 0);
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
     * Changes some fields of a doctrine and builds a new, validated one: {@code d.toBuilder().lanesPerObstacle(3)
     * .build()}. Each setter takes the unit of the record component of the same name.
     */
    public static final class Builder {
        private double reconDetectionProbability;
        private Distribution decisionDelayMin;
        private boolean bypassWhenPossible;
        private Distribution bypassReconMin;
        private double bypassBaseDetourKm;
        private Map<ObstacleKind, List<BreachMethod>> methods;
        private int lanesPerObstacle;
        private double laneSpeedKmh;
        private double laneIntervalM;
        private double corridorWidthM;
        private double leadLateralSdM;
        private double followerLateralSdM;
        private boolean proofLanes;
        private Distribution proofingMin;
        private Distribution smokeMin;
        private double smokeKillFactor;
        private boolean suppression;
        private double locateProbability;
        private Distribution suppressionMin;
        private double suppressedRateFactor;
        private double ewStrength;
        private Distribution recoveryMin;
        private Distribution assetReplaceMin;
        private int maxBreachAttempts;
        private double manualUnderFireFactor;
        private boolean manualAtNightOnly;
        private double nightWorkFactor;
        private double preparationMin;
        private Assault assault;
        private double abortLossFraction;
        private Distribution contactHaltMin;

        private Builder(BreachDoctrine d) {
            reconDetectionProbability = d.reconDetectionProbability;
            decisionDelayMin = d.decisionDelayMin;
            bypassWhenPossible = d.bypassWhenPossible;
            bypassReconMin = d.bypassReconMin;
            bypassBaseDetourKm = d.bypassBaseDetourKm;
            methods = d.methods;
            lanesPerObstacle = d.lanesPerObstacle;
            laneSpeedKmh = d.laneSpeedKmh;
            laneIntervalM = d.laneIntervalM;
            corridorWidthM = d.corridorWidthM;
            leadLateralSdM = d.leadLateralSdM;
            followerLateralSdM = d.followerLateralSdM;
            proofLanes = d.proofLanes;
            proofingMin = d.proofingMin;
            smokeMin = d.smokeMin;
            smokeKillFactor = d.smokeKillFactor;
            suppression = d.suppression;
            locateProbability = d.locateProbability;
            suppressionMin = d.suppressionMin;
            suppressedRateFactor = d.suppressedRateFactor;
            ewStrength = d.ewStrength;
            recoveryMin = d.recoveryMin;
            assetReplaceMin = d.assetReplaceMin;
            maxBreachAttempts = d.maxBreachAttempts;
            manualUnderFireFactor = d.manualUnderFireFactor;
            manualAtNightOnly = d.manualAtNightOnly;
            nightWorkFactor = d.nightWorkFactor;
            preparationMin = d.preparationMin;
            assault = d.assault;
            abortLossFraction = d.abortLossFraction;
            contactHaltMin = d.contactHaltMin;
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

        /**
         * @param v new value of {@link BreachDoctrine#smokeMin()} (smoke laid over the site when reduction starts, for this long, minutes; fixed 0 = none (ASSUMPTION triangular 10 / 20 / 30))
         * @return this builder
         */
        public Builder smokeMin(Distribution v) {
            smokeMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#smokeKillFactor()} (multiplier of direct fire's kill probability while smoke lasts (ASSUMPTION 0.3))
         * @return this builder
         */
        public Builder smokeKillFactor(double v) {
            smokeKillFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#suppression()} (whether the attacker's artillery fires on defender units it has located (SOSRA; default true))
         * @return this builder
         */
        public Builder suppression(boolean v) {
            suppression = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#locateProbability()} (chance per engagement that the firing unit is located, times its kind's signature (ASSUMPTION 0.3))
         * @return this builder
         */
        public Builder locateProbability(double v) {
            locateProbability = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#suppressionMin()} (how long a located unit stays suppressed, minutes (ASSUMPTION triangular 5 / 10 / 20))
         * @return this builder
         */
        public Builder suppressionMin(Distribution v) {
            suppressionMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#suppressedRateFactor()} (engagement-rate multiplier of a suppressed unit (ASSUMPTION 0.2))
         * @return this builder
         */
        public Builder suppressedRateFactor(double v) {
            suppressedRateFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#ewStrength()} (the attacker's EW and drones against the defender's sensors and FPV teams, in [0, 1]: a sensor's rate is multiplied by {@code 1 - ewStrength * (1 - kind.ewFactor) * (1 - electronicProtection)} (ASSUMPTION 0.5))
         * @return this builder
         */
        public Builder ewStrength(double v) {
            ewStrength = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#recoveryMin()} (a vehicle struck in a lane blocks it until recovered, minutes (ASSUMPTION triangular 10 / 20 / 40))
         * @return this builder
         */
        public Builder recoveryMin(Distribution v) {
            recoveryMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#assetReplaceMin()} (a spare carrier comes forward to take over a lane whose carrier was lost, minutes (ASSUMPTION triangular 15 / 30 / 60))
         * @return this builder
         */
        public Builder assetReplaceMin(Distribution v) {
            assetReplaceMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#maxBreachAttempts()} (failed breach attempts at one obstacle after which the column culminates there (reroutes if it can, else halts for good, reason "culminated") (ASSUMPTION 3))
         * @return this builder
         */
        public Builder maxBreachAttempts(int v) {
            maxBreachAttempts = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#manualUnderFireFactor()} (manual work rate multiplier while the site is detected and a live, unsuppressed shooter with ammunition reaches it (ASSUMPTION 0.1))
         * @return this builder
         */
        public Builder manualUnderFireFactor(double v) {
            manualUnderFireFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#manualAtNightOnly()} (whether dismounted clearance works only at night once the site is detected (Zaporizhzhia 2023: "demining was carried out only by infantry and only at night"; default false))
         * @return this builder
         */
        public Builder manualAtNightOnly(boolean v) {
            manualAtNightOnly = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#nightWorkFactor()} (work times at night are multiplied by this (ASSUMPTION 1.5))
         * @return this builder
         */
        public Builder nightWorkFactor(double v) {
            nightWorkFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#preparationMin()} (the attacker's artillery preparation at a
         *          defended site, minutes; 0 = none)
         * @return this builder
         */
        public Builder preparationMin(double v) {
            preparationMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#abortLossFraction()} (losses at the site, as a fraction of the
         *          vehicles there when the attempt began, that call the attempt off; 0 = never)
         * @return this builder
         */
        public Builder abortLossFraction(double v) {
            abortLossFraction = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#contactHaltMin()} (the column's halt per vehicle lost to fire
         *          on the march, minutes)
         * @return this builder
         */
        public Builder contactHaltMin(Distribution v) {
            contactHaltMin = v;
            return this;
        }

        /**
         * @param v new value of {@link BreachDoctrine#assault()} (the assault force's direct fire at a defended
         *          site; null = no assault)
         * @return this builder
         */
        public Builder assault(Assault v) {
            assault = v;
            return this;
        }

        /** @return the new doctrine, validated */
        public BreachDoctrine build() {
            return new BreachDoctrine(reconDetectionProbability, decisionDelayMin, bypassWhenPossible, bypassReconMin, bypassBaseDetourKm, methods, lanesPerObstacle, laneSpeedKmh, laneIntervalM, corridorWidthM, leadLateralSdM, followerLateralSdM, proofLanes, proofingMin, smokeMin, smokeKillFactor, suppression, locateProbability, suppressionMin, suppressedRateFactor, ewStrength, recoveryMin, assetReplaceMin, maxBreachAttempts, manualUnderFireFactor, manualAtNightOnly, nightWorkFactor, preparationMin, abortLossFraction, contactHaltMin, assault);
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
