package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * A defender fire unit. Once a column at an obstacle in range is detected (by a sensor, or by itself for direct-fire
 * and drone units at {@code ownDetectionsPerHour}), it engages after {@code reactionMin}, then at exponential gaps at
 * {@code engagementsPerHour} (times its night factor, the attacker's suppression, and for drones the EW
 * factor). Each engagement (a missile, a salvo, a drone) uses one round of {@code ammunition} and kills the target
 * with the probability for its armour class.
 *
 * @param id                         unique key among the defender's units
 * @param kind                       what it is
 * @param position                   where it stands; {@code null} only in a coverage template (it then stands at
 *                                   the obstacle it covers)
 * @param rangeKm                    straight-line range to an obstacle it reaches, km
 * @param reactionMin                from the site's detection to its first engagement, minutes
 * @param engagementsPerHour         engagement rate while it has targets, per hour, before factors
 * @param ammunition                 engagements it can make in the whole replication
 * @param pKillArmoured              probability that one engagement kills an armoured vehicle
 * @param pKillLight                 probability that one engagement kills a light vehicle
 * @param ownDetectionsPerHour       rate at which it detects a column in range by itself, per hour (0 = never;
 *                                   only direct-fire and drone units use it)
 * @param counterFireKillProbability probability that one counter-fire mission of the attacker destroys it once
 *                                   located
 * @param costEur                    what it costs (added to a package's cost when a package buys it), EUR
 * @param knownProbability           probability that the attacker knows its position before the battle (a fact of
 *                                   each case, default 0): a known unit is fired on by the attacker's preparation
 *                                   ({@link BreachDoctrine#preparationMin()}); drawn once per replication
 * @param fightsProbability          the unit's cohesion: probability that it is manned and fights at all (a fact of
 *                                   each case, default 1); drawn once per replication from the unit's own
 *                                   {@code cohesion/<unit>} stream (no draw at 1), a unit that does not fight takes
 *                                   no part in any fight (neither detects nor engages)
 * @param reseedsLanes               whether its engagements are mine rounds (artillery-delivered mines, e.g. RAAM, 9
 *                                   mines a shell) that reseed a lane at a detected breach site instead of striking
 *                                   a vehicle: the lane must be cleared again over its whole depth (default false;
 *                                   Zaporizhzhia 2023, "Russia re-mined cleared lanes", ISW Oct 2023, MED)
 * @param nightFactor                multiplier of its engagement and own detection rates at night (default: its
 *                                   kind's, {@link FireUnitKind#nightFactor()}), in [0, {@value Limits#MAX_UNIT_FACTOR}]
 * @param signature                  multiplier of the attacker's {@code locateProbability} after each of its
 *                                   engagements (default: its kind's, {@link FireUnitKind#signature()})
 * @param movingTargetFactor         multiplier of its kill probability against a column on the move (default: its
 *                                   kind's, {@link FireUnitKind#movingTargetFactor()})
 */
public record FireUnit(String id, FireUnitKind kind, UnitPosition position, double rangeKm, Distribution reactionMin,
                       double engagementsPerHour, int ammunition, double pKillArmoured, double pKillLight,
                       double ownDetectionsPerHour, double counterFireKillProbability, double costEur,
                       double knownProbability, double fightsProbability, boolean reseedsLanes, double nightFactor,
                       double signature, double movingTargetFactor) {
    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param reactionMin value of {@link #reactionMin()}
     * @param engagementsPerHour value of {@link #engagementsPerHour()}
     * @param ammunition value of {@link #ammunition()}
     * @param pKillArmoured value of {@link #pKillArmoured()}
     * @param pKillLight value of {@link #pKillLight()}
     * @param ownDetectionsPerHour value of {@link #ownDetectionsPerHour()}
     * @param counterFireKillProbability value of {@link #counterFireKillProbability()}
     * @param costEur value of {@link #costEur()}
     * @param knownProbability value of {@link #knownProbability()}
     * @param fightsProbability value of {@link #fightsProbability()}
     * @param reseedsLanes value of {@link #reseedsLanes()}
     * @param nightFactor value of {@link #nightFactor()}
     * @param signature value of {@link #signature()}
     * @param movingTargetFactor value of {@link #movingTargetFactor()}
     */
    public FireUnit {
        Check.id("id", id);
        Check.required("kind", kind);
        Check.nonNegative("rangeKm", rangeKm, Limits.MAX_RANGE_KM);
        Check.required("reactionMin", reactionMin);
        Check.positive("engagementsPerHour", engagementsPerHour, Limits.MAX_RATE_PER_HOUR);
        Check.nonNegative("ammunition", ammunition, Limits.MAX_AMMUNITION);
        Check.probability("pKillArmoured", pKillArmoured);
        Check.probability("pKillLight", pKillLight);
        Check.nonNegative("ownDetectionsPerHour", ownDetectionsPerHour, Limits.MAX_RATE_PER_HOUR);
        Check.probability("counterFireKillProbability", counterFireKillProbability);
        Check.nonNegative("costEur", costEur, Limits.MAX_COST_EUR);
        Check.probability("knownProbability", knownProbability);
        Check.probability("fightsProbability", fightsProbability);
        Check.nonNegative("nightFactor", nightFactor, Limits.MAX_UNIT_FACTOR);
        Check.nonNegative("signature", signature, Limits.MAX_UNIT_FACTOR);
        Check.nonNegative("movingTargetFactor", movingTargetFactor, Limits.MAX_UNIT_FACTOR);
    }

    /**
     * The canonical constructor before the behaviour figures: its kind's night factor, signature and moving-target
     * factor.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param reactionMin value of {@link #reactionMin()}
     * @param engagementsPerHour value of {@link #engagementsPerHour()}
     * @param ammunition value of {@link #ammunition()}
     * @param pKillArmoured value of {@link #pKillArmoured()}
     * @param pKillLight value of {@link #pKillLight()}
     * @param ownDetectionsPerHour value of {@link #ownDetectionsPerHour()}
     * @param counterFireKillProbability value of {@link #counterFireKillProbability()}
     * @param costEur value of {@link #costEur()}
     * @param knownProbability value of {@link #knownProbability()}
     * @param fightsProbability value of {@link #fightsProbability()}
     * @param reseedsLanes value of {@link #reseedsLanes()}
     */
    public FireUnit(String id, FireUnitKind kind, UnitPosition position, double rangeKm, Distribution reactionMin,
                    double engagementsPerHour, int ammunition, double pKillArmoured, double pKillLight,
                    double ownDetectionsPerHour, double counterFireKillProbability, double costEur,
                    double knownProbability, double fightsProbability, boolean reseedsLanes) {
        this(id, kind, position, rangeKm, reactionMin, engagementsPerHour, ammunition, pKillArmoured, pKillLight,
                ownDetectionsPerHour, counterFireKillProbability, costEur, knownProbability, fightsProbability,
                reseedsLanes, Check.required("kind", kind).nightFactor(), kind.signature(), kind.movingTargetFactor());
    }

    /**
     * The canonical constructor before {@code reseedsLanes}: a unit that fires on vehicles.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param reactionMin value of {@link #reactionMin()}
     * @param engagementsPerHour value of {@link #engagementsPerHour()}
     * @param ammunition value of {@link #ammunition()}
     * @param pKillArmoured value of {@link #pKillArmoured()}
     * @param pKillLight value of {@link #pKillLight()}
     * @param ownDetectionsPerHour value of {@link #ownDetectionsPerHour()}
     * @param counterFireKillProbability value of {@link #counterFireKillProbability()}
     * @param costEur value of {@link #costEur()}
     * @param knownProbability value of {@link #knownProbability()}
     * @param fightsProbability value of {@link #fightsProbability()}
     */
    public FireUnit(String id, FireUnitKind kind, UnitPosition position, double rangeKm, Distribution reactionMin,
                    double engagementsPerHour, int ammunition, double pKillArmoured, double pKillLight,
                    double ownDetectionsPerHour, double counterFireKillProbability, double costEur,
                    double knownProbability, double fightsProbability) {
        this(id, kind, position, rangeKm, reactionMin, engagementsPerHour, ammunition, pKillArmoured, pKillLight,
                ownDetectionsPerHour, counterFireKillProbability, costEur, knownProbability, fightsProbability, false);
    }

    /**
     * The canonical constructor before {@code fightsProbability}: a unit that always fights.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param reactionMin value of {@link #reactionMin()}
     * @param engagementsPerHour value of {@link #engagementsPerHour()}
     * @param ammunition value of {@link #ammunition()}
     * @param pKillArmoured value of {@link #pKillArmoured()}
     * @param pKillLight value of {@link #pKillLight()}
     * @param ownDetectionsPerHour value of {@link #ownDetectionsPerHour()}
     * @param counterFireKillProbability value of {@link #counterFireKillProbability()}
     * @param costEur value of {@link #costEur()}
     * @param knownProbability value of {@link #knownProbability()}
     */
    public FireUnit(String id, FireUnitKind kind, UnitPosition position, double rangeKm, Distribution reactionMin,
                    double engagementsPerHour, int ammunition, double pKillArmoured, double pKillLight,
                    double ownDetectionsPerHour, double counterFireKillProbability, double costEur,
                    double knownProbability) {
        this(id, kind, position, rangeKm, reactionMin, engagementsPerHour, ammunition, pKillArmoured, pKillLight,
                ownDetectionsPerHour, counterFireKillProbability, costEur, knownProbability, 1);
    }

    /**
     * The canonical constructor before {@code knownProbability}: a position the attacker does not know.
     *
     * @param id value of {@link #id()}
     * @param kind value of {@link #kind()}
     * @param position value of {@link #position()}
     * @param rangeKm value of {@link #rangeKm()}
     * @param reactionMin value of {@link #reactionMin()}
     * @param engagementsPerHour value of {@link #engagementsPerHour()}
     * @param ammunition value of {@link #ammunition()}
     * @param pKillArmoured value of {@link #pKillArmoured()}
     * @param pKillLight value of {@link #pKillLight()}
     * @param ownDetectionsPerHour value of {@link #ownDetectionsPerHour()}
     * @param counterFireKillProbability value of {@link #counterFireKillProbability()}
     * @param costEur value of {@link #costEur()}
     */
    public FireUnit(String id, FireUnitKind kind, UnitPosition position, double rangeKm, Distribution reactionMin,
                    double engagementsPerHour, int ammunition, double pKillArmoured, double pKillLight,
                    double ownDetectionsPerHour, double counterFireKillProbability, double costEur) {
        this(id, kind, position, rangeKm, reactionMin, engagementsPerHour, ammunition, pKillArmoured, pKillLight,
                ownDetectionsPerHour, counterFireKillProbability, costEur, 0);
    }

    /**
     * @param armour the target's armour class
     * @return the kill probability of one engagement against this armour class
     */
    public double pKill(Armour armour) {
        return armour == Armour.LIGHT ? pKillLight : pKillArmoured;
    }

    /** @return a builder with the defaults documented on {@link Builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this unit's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link FireUnit} field by field; {@link #build()} calls the canonical constructor. Defaults (an ATGM
     * team; every figure an ASSUMPTION): {@code id} required; {@code kind} {@link FireUnitKind#ATGM_TEAM};
     * {@code position} none (template use); {@code rangeKm} 4; {@code reactionMin} triangular 1/2/5;
     * {@code engagementsPerHour} 6; {@code ammunition} 6; {@code pKillArmoured} 0.5; {@code pKillLight} 0.7;
     * {@code ownDetectionsPerHour} 2; {@code counterFireKillProbability} 0.3; {@code costEur} 0;
     * {@code knownProbability} 0;
     * {@code fightsProbability} 1; {@code reseedsLanes} false; {@code nightFactor}, {@code signature} and
     * {@code movingTargetFactor}: the kind's (those of the kind at {@link #build()}, unless set).
     */
    public static final class Builder {
        private String id;
        private FireUnitKind kind = FireUnitKind.ATGM_TEAM;
        private UnitPosition position;
        private double rangeKm = 4;
        private Distribution reactionMin = new Distribution.Triangular(1, 2, 5);
        private double engagementsPerHour = 6;
        private int ammunition = 6;
        private double pKillArmoured = 0.5;
        private double pKillLight = 0.7;
        private double ownDetectionsPerHour = 2;
        private double counterFireKillProbability = 0.3;
        private double costEur = 0;
        private double knownProbability = 0;
        private double fightsProbability = 1;
        private boolean reseedsLanes = false;
        /** NaN: the kind's. */
        private double nightFactor = Double.NaN;
        private double signature = Double.NaN;
        private double movingTargetFactor = Double.NaN;

        private Builder() {
        }

        private Builder(FireUnit r) {
            id = r.id;
            kind = r.kind;
            position = r.position;
            rangeKm = r.rangeKm;
            reactionMin = r.reactionMin;
            engagementsPerHour = r.engagementsPerHour;
            ammunition = r.ammunition;
            pKillArmoured = r.pKillArmoured;
            pKillLight = r.pKillLight;
            ownDetectionsPerHour = r.ownDetectionsPerHour;
            counterFireKillProbability = r.counterFireKillProbability;
            costEur = r.costEur;
            knownProbability = r.knownProbability;
            fightsProbability = r.fightsProbability;
            reseedsLanes = r.reseedsLanes;
            nightFactor = r.nightFactor == r.kind.nightFactor() ? Double.NaN : r.nightFactor;
            signature = r.signature == r.kind.signature() ? Double.NaN : r.signature;
            movingTargetFactor = r.movingTargetFactor == r.kind.movingTargetFactor() ? Double.NaN
                    : r.movingTargetFactor;
        }

        /**
         * @param v new value of {@link FireUnit#id()}
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#kind()}
         * @return this builder
         */
        public Builder kind(FireUnitKind v) {
            kind = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#position()}
         * @return this builder
         */
        public Builder position(UnitPosition v) {
            position = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#rangeKm()}, km
         * @return this builder
         */
        public Builder rangeKm(double v) {
            rangeKm = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#reactionMin()}, minutes
         * @return this builder
         */
        public Builder reactionMin(Distribution v) {
            reactionMin = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#engagementsPerHour()}, per hour
         * @return this builder
         */
        public Builder engagementsPerHour(double v) {
            engagementsPerHour = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#ammunition()}, engagements
         * @return this builder
         */
        public Builder ammunition(int v) {
            ammunition = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#pKillArmoured()}
         * @return this builder
         */
        public Builder pKillArmoured(double v) {
            pKillArmoured = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#pKillLight()}
         * @return this builder
         */
        public Builder pKillLight(double v) {
            pKillLight = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#ownDetectionsPerHour()}, per hour
         * @return this builder
         */
        public Builder ownDetectionsPerHour(double v) {
            ownDetectionsPerHour = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#counterFireKillProbability()}
         * @return this builder
         */
        public Builder counterFireKillProbability(double v) {
            counterFireKillProbability = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#costEur()}, EUR
         * @return this builder
         */
        public Builder costEur(double v) {
            costEur = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#knownProbability()}
         * @return this builder
         */
        public Builder knownProbability(double v) {
            knownProbability = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#fightsProbability()}
         * @return this builder
         */
        public Builder fightsProbability(double v) {
            fightsProbability = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#reseedsLanes()}
         * @return this builder
         */
        public Builder reseedsLanes(boolean v) {
            reseedsLanes = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#nightFactor()} (default: the kind's)
         * @return this builder
         */
        public Builder nightFactor(double v) {
            nightFactor = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#signature()} (default: the kind's)
         * @return this builder
         */
        public Builder signature(double v) {
            signature = v;
            return this;
        }

        /**
         * @param v new value of {@link FireUnit#movingTargetFactor()} (default: the kind's)
         * @return this builder
         */
        public Builder movingTargetFactor(double v) {
            movingTargetFactor = v;
            return this;
        }

        /** @return the new fire unit, validated */
        public FireUnit build() {
            Check.required("kind", kind);
            return new FireUnit(id, kind, position, rangeKm, reactionMin, engagementsPerHour, ammunition,
                    pKillArmoured, pKillLight, ownDetectionsPerHour, counterFireKillProbability, costEur,
                    knownProbability, fightsProbability, reseedsLanes,
                    Double.isNaN(nightFactor) ? kind.nightFactor() : nightFactor,
                    Double.isNaN(signature) ? kind.signature() : signature,
                    Double.isNaN(movingTargetFactor) ? kind.movingTargetFactor() : movingTargetFactor);
        }
    }
}
