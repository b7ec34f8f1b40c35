package org.gapsim.experiment.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.CrossingAssets;
import org.gapsim.scenario.Limits;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;

/**
 * The catalogue of numeric scenario inputs a {@link Sweep} can vary: every numeric field of {@link BreachDoctrine},
 * scale factors on the doctrine's three time distributions, a scale factor on the march's departure delay, the ice
 * and the bypass stand-off of the ground, and the force's pontoon sets (the season is categorical: it is set per run
 * with {@code --season}).
 * Almost all are ASSUMPTIONS with no published figure (see the README, "The model"), which is why they are swept.
 *
 * <p>Each entry has a name ({@link #key()}, e.g. {@code doctrine.smokeKillFactor}), a unit, a legal range (the
 * range the scenario records accept) and knows how to set its value on a {@link Scenario}, changing that one field
 * and nothing else ({@link #apply(Scenario, double)}, through {@link BreachDoctrine#toBuilder()},
 * {@link Scenario#withDoctrine} and {@link Scenario#withMarch}).
 *
 * <p>A scale ({@code ...Scale}) multiplies every parameter of the distribution the base scenario holds (min, mode and
 * max of a triangular; mean and sd of a lognormal...), so 2 doubles every quantile and the mean and keeps the shape;
 * its value in the base scenario is 1. {@link #LANES_PER_OBSTACLE} is a whole number: a sweep gives each of its
 * values {@code low..high} an equal share of the design (see {@link Factor#valueAt(double)}).
 */
public enum Assumption {
    /** Probability that recon finds an obstacle before the column's head reaches it, in [0, 1]. */
    RECON_DETECTION_PROBABILITY("doctrine.reconDetectionProbability", "probability",
            "recon finds an obstacle in advance", 0, 1, false, false,
            s -> s.doctrine().reconDetectionProbability(),
            (s, v) -> doctrine(s, b -> b.reconDetectionProbability(v))),
    /** Extra off-road distance of a bypass beyond the obstacle's front, km, in [0, {@link Limits#MAX_LENGTH_KM}]. */
    BYPASS_BASE_DETOUR_KM("doctrine.bypassBaseDetourKm", "km", "extra off-road distance of a bypass",
            0, Limits.MAX_LENGTH_KM, false, false,
            s -> s.doctrine().bypassBaseDetourKm(),
            (s, v) -> doctrine(s, b -> b.bypassBaseDetourKm(v))),
    /** Lanes opened through each obstacle, a whole number in [1, {@link Limits#MAX_LANES_PER_OBSTACLE}]. */
    LANES_PER_OBSTACLE("doctrine.lanesPerObstacle", "lanes", "lanes opened through each obstacle (whole number)",
            1, Limits.MAX_LANES_PER_OBSTACLE, false, true,
            s -> s.doctrine().lanesPerObstacle(),
            (s, v) -> doctrine(s, b -> b.lanesPerObstacle((int) Math.round(v)))),
    /** Speed through a lane, km/h, &gt; 0. */
    LANE_SPEED_KMH("doctrine.laneSpeedKmh", "km/h", "speed through a lane", 0, Limits.MAX_SPEED_KMH, true, false,
            s -> s.doctrine().laneSpeedKmh(),
            (s, v) -> doctrine(s, b -> b.laneSpeedKmh(v))),
    /** Interval between vehicles in a lane, m, &gt; 0. */
    LANE_INTERVAL_M("doctrine.laneIntervalM", "m", "interval between vehicles in a lane",
            0, Limits.MAX_SIZE_M, true, false,
            s -> s.doctrine().laneIntervalM(),
            (s, v) -> doctrine(s, b -> b.laneIntervalM(v))),
    /** Width of ground a column's vehicles use across a minefield, m, &gt; 0. */
    CORRIDOR_WIDTH_M("doctrine.corridorWidthM", "m", "width of ground a column uses across a minefield",
            0, Limits.MAX_CORRIDOR_WIDTH_M, true, false,
            s -> s.doctrine().corridorWidthM(),
            (s, v) -> doctrine(s, b -> b.corridorWidthM(v))),
    /** Standard deviation of the lead vehicle's lateral position, m, &gt;= 0. */
    LEAD_LATERAL_SD_M("doctrine.leadLateralSdM", "m", "sd of the lead vehicle's lateral position",
            0, Limits.MAX_LATERAL_SD_M, false, false,
            s -> s.doctrine().leadLateralSdM(),
            (s, v) -> doctrine(s, b -> b.leadLateralSdM(v))),
    /** Standard deviation of a follower's lateral offset from the lead's track, m, &gt;= 0. */
    FOLLOWER_LATERAL_SD_M("doctrine.followerLateralSdM", "m", "sd of a follower's offset from the lead's track",
            0, Limits.MAX_LATERAL_SD_M, false, false,
            s -> s.doctrine().followerLateralSdM(),
            (s, v) -> doctrine(s, b -> b.followerLateralSdM(v))),
    /** Direct fire's kill-probability multiplier under the attacker's smoke, in [0, 1]. */
    SMOKE_KILL_FACTOR("doctrine.smokeKillFactor", "x pKill", "direct fire's kill probability under smoke",
            0, 1, false, false,
            s -> s.doctrine().smokeKillFactor(),
            (s, v) -> doctrine(s, b -> b.smokeKillFactor(v))),
    /** Chance per engagement that the firing unit is located (times its signature), in [0, 1]. */
    LOCATE_PROBABILITY("doctrine.locateProbability", "probability", "a firing defender unit is located",
            0, 1, false, false,
            s -> s.doctrine().locateProbability(),
            (s, v) -> doctrine(s, b -> b.locateProbability(v))),
    /** Engagement-rate multiplier of a suppressed defender unit, in [0, 1]. */
    SUPPRESSED_RATE_FACTOR("doctrine.suppressedRateFactor", "x rate", "engagement rate of a suppressed unit",
            0, 1, false, false,
            s -> s.doctrine().suppressedRateFactor(),
            (s, v) -> doctrine(s, b -> b.suppressedRateFactor(v))),
    /** The attacker's EW strength against the defender's sensors and FPV teams, in [0, 1]. */
    EW_STRENGTH("doctrine.ewStrength", "share", "the attacker's EW against sensors and drones",
            0, 1, false, false,
            s -> s.doctrine().ewStrength(),
            (s, v) -> doctrine(s, b -> b.ewStrength(v))),
    /** Failed breach attempts at one obstacle before the column culminates, a whole number &gt;= 1. */
    MAX_BREACH_ATTEMPTS("doctrine.maxBreachAttempts", "attempts", "failed breaches before culmination (whole number)",
            1, Limits.MAX_EQUIPMENT_COUNT, false, true,
            s -> s.doctrine().maxBreachAttempts(),
            (s, v) -> doctrine(s, b -> b.maxBreachAttempts((int) Math.round(v)))),
    /** Manual work-rate multiplier under effective fire, in [0, 1]. */
    MANUAL_UNDER_FIRE_FACTOR("doctrine.manualUnderFireFactor", "x rate", "manual work rate under effective fire",
            0, 1, false, false,
            s -> s.doctrine().manualUnderFireFactor(),
            (s, v) -> doctrine(s, b -> b.manualUnderFireFactor(v))),
    /** Multiplier of work times at night, in [1, 100]. */
    NIGHT_WORK_FACTOR("doctrine.nightWorkFactor", "x work time", "work times at night",
            1, 100, false, false,
            s -> s.doctrine().nightWorkFactor(),
            (s, v) -> doctrine(s, b -> b.nightWorkFactor(v))),
    /** The attacker's artillery preparation at a defended site, minutes from the halt, &gt;= 0 (0 = none). */
    PREPARATION_MIN("doctrine.preparationMin", "min", "the attacker's artillery preparation at a defended site",
            0, Limits.MAX_HORIZON_MIN, false, false,
            s -> s.doctrine().preparationMin(),
            (s, v) -> doctrine(s, b -> b.preparationMin(v))),
    /** Losses at a defended site (fraction of the vehicles there) that call an attempt off, in [0, 1]; 0 = never. */
    ABORT_LOSS_FRACTION("doctrine.abortLossFraction", "fraction", "losses that call a mechanised attempt off",
            0, 1, false, false,
            s -> s.doctrine().abortLossFraction(),
            (s, v) -> doctrine(s, b -> b.abortLossFraction(v))),
    /** Scale on the decision delay (halt to start of reduction, SOSRA), x the base distribution, &gt; 0. */
    DECISION_DELAY_SCALE("doctrine.decisionDelayScale", "x decisionDelayMin",
            "scale on the decision delay before a breach", 0, Assumption.MAX_SCALE, true, false,
            s -> 1.0,
            (s, v) -> doctrine(s, b -> b.decisionDelayMin(Distributions.scaled(s.doctrine().decisionDelayMin(), v)))),
    /** Scale on the time to find and mark a bypass, x the base distribution, &gt; 0. */
    BYPASS_RECON_SCALE("doctrine.bypassReconScale", "x bypassReconMin", "scale on the time to find a bypass",
            0, Assumption.MAX_SCALE, true, false,
            s -> 1.0,
            (s, v) -> doctrine(s, b -> b.bypassReconMin(Distributions.scaled(s.doctrine().bypassReconMin(), v)))),
    /**
     * Scale on the time to proof one lane, x the base distribution, &gt; 0; no effect unless the doctrine proofs
     * lanes ({@link BreachDoctrine#proofLanes()}).
     */
    PROOFING_SCALE("doctrine.proofingScale", "x proofingMin", "scale on the time to proof a lane (if proofLanes)",
            0, Assumption.MAX_SCALE, true, false,
            s -> 1.0,
            (s, v) -> doctrine(s, b -> b.proofingMin(Distributions.scaled(s.doctrine().proofingMin(), v)))),
    /** Scale on each column's departure delay, x the base distribution, &gt; 0. */
    DEPARTURE_DELAY_SCALE("march.departureDelayScale", "x departureDelayMin",
            "scale on each column's departure delay", 0, Assumption.MAX_SCALE, true, false,
            s -> 1.0,
            (s, v) -> s.withMarch(new MarchRules(Distributions.scaled(s.march().departureDelayMin(), v),
                    s.march().speedFactor()))),
    /**
     * Ice on lakes, wetland and slow rivers, m, in [0, {@link Limits#MAX_ICE_THICKNESS_M}]; no effect unless the
     * season is frozen (sweeps take numbers only: the season itself is set with {@code --season}).
     */
    ICE_THICKNESS_M("ground.iceThicknessM", "m", "ice on lakes, bogs and slow rivers (frozen season only)",
            0, Limits.MAX_ICE_THICKNESS_M, false, false,
            s -> s.ground().iceThicknessM(),
            (s, v) -> s.withGround(s.ground().toBuilder().iceThicknessM(v).build())),
    /** How far a bypass keeps from an obstacle's ends, m, in [0, {@link Limits#MAX_SIZE_M}]. */
    BYPASS_STANDOFF_M("ground.bypassStandoffM", "m", "stand-off of a bypass from the obstacle's ends",
            0, Limits.MAX_SIZE_M, false, false,
            s -> s.ground().bypassStandoffM(),
            (s, v) -> s.withGround(s.ground().toBuilder().bypassStandoffM(v).build())),
    /** Pontoon bridge sets the force holds, a whole number in [0, {@link Limits#MAX_PONTOON_SETS}]. */
    PONTOON_SETS("crossing.pontoonSets", "sets", "pontoon bridge sets the force holds (whole number)",
            0, Limits.MAX_PONTOON_SETS, false, true,
            s -> s.crossingAssets().pontoons().sets(),
            (s, v) -> s.withCrossingAssets(new CrossingAssets(
                    s.crossingAssets().pontoons().toBuilder().sets((int) Math.round(v)).build())));

    /**
     * Largest value of a scale ({@code ...Scale}): 10^6 stretches a minute to about two years, beyond any study; the
     * scaled distribution must also stay within {@link Limits#MAX_DISTRIBUTION_VALUE}.
     */
    public static final double MAX_SCALE = 1e6;

    /** Sets a value on a scenario. */
    @FunctionalInterface
    private interface Setter {
        Scenario apply(Scenario s, double v);
    }

    private final String key;
    private final String unit;
    private final String description;
    private final double min;
    private final double max;
    private final boolean minExclusive;
    private final boolean integer;
    private final ToDoubleFunction<Scenario> getter;
    private final Setter setter;

    Assumption(String key, String unit, String description, double min, double max, boolean minExclusive,
               boolean integer, ToDoubleFunction<Scenario> getter, Setter setter) {
        this.key = key;
        this.unit = unit;
        this.description = description;
        this.min = min;
        this.max = max;
        this.minExclusive = minExclusive;
        this.integer = integer;
        this.getter = getter;
        this.setter = setter;
    }

    /** @return the name factors use, e.g. {@code doctrine.smokeKillFactor} */
    public String key() {
        return key;
    }

    /** @return the unit of a value, e.g. {@code km/h}; a scale's unit names the distribution it multiplies */
    public String unit() {
        return unit;
    }

    /** @return what the value is, in a few words */
    public String description() {
        return description;
    }

    /** @return the smallest legal value (itself legal unless {@link #minExclusive()}) */
    public double min() {
        return min;
    }

    /** @return the largest legal value (infinity for none; every value must be finite) */
    public double max() {
        return max;
    }

    /** @return whether {@link #min()} itself is illegal (the value must be strictly greater) */
    public boolean minExclusive() {
        return minExclusive;
    }

    /** @return whether values are whole numbers (rounded to the nearest when applied) */
    public boolean integer() {
        return integer;
    }

    /** @return the legal range as text, e.g. {@code [1, 100]}, {@code (0, inf)} */
    public String range() {
        return (minExclusive ? "(" : "[") + number(min) + ", " + (Double.isInfinite(max) ? "inf)" : number(max) + "]");
    }

    /**
     * @param v a value, in {@link #unit()}
     * @return whether it is legal: finite, in {@link #range()}, whole if {@link #integer()}
     */
    public boolean isLegal(double v) {
        if (!Double.isFinite(v) || v > max || v < min || (minExclusive && v == min)) {
            return false;
        }
        return !integer || v == Math.rint(v);
    }

    /**
     * @param s a scenario
     * @return the value this assumption has in it (1 for a scale: the scenario as it is)
     */
    public double valueIn(Scenario s) {
        return getter.applyAsDouble(s);
    }

    /**
     * Sets this assumption to {@code value} in a copy of the scenario; every other field, of the doctrine, the march
     * and the scenario, is kept. A scale multiplies the distribution {@code s} holds.
     *
     * @param s     the scenario
     * @param value the value, in {@link #unit()}; a whole number is rounded to the nearest
     * @return the changed copy
     * @throws IllegalArgumentException if the value is not legal ({@link #isLegal} after rounding)
     * @throws ExperimentConfigException (field: {@link #key()}) if the scenario refuses the changed field, e.g. a
     *                                   scale that takes a distribution beyond {@link Limits#MAX_DISTRIBUTION_VALUE}
     */
    public Scenario apply(Scenario s, double value) {
        double v = integer ? Math.rint(value) : value;
        if (!isLegal(v)) {
            throw new IllegalArgumentException(key + ": " + number(value) + " is outside " + range());
        }
        try {
            return setter.apply(s, v);
        } catch (ScenarioException e) {
            throw new ExperimentConfigException(key, "at " + number(v) + " the scenario refuses it: " + e.getMessage(),
                    e);
        }
    }

    /**
     * @param key a name such as {@code doctrine.smokeKillFactor}
     * @return the entry of that name
     */
    public static Optional<Assumption> byKey(String key) {
        for (Assumption a : values()) {
            if (a.key.equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** @return every name, in catalogue order */
    public static List<String> keys() {
        List<String> k = new ArrayList<>();
        for (Assumption a : values()) {
            k.add(a.key);
        }
        return List.copyOf(k);
    }

    private static Scenario doctrine(Scenario s, UnaryOperator<BreachDoctrine.Builder> change) {
        return s.withDoctrine(change.apply(s.doctrine().toBuilder()).build());
    }

    /** @return a number as short text: {@code 4} rather than {@code 4.0} */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
