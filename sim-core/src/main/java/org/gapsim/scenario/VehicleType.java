package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

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
 * @param armour                protection class against the defender's fire (picks {@link FireUnit#pKillArmoured()}
 *                              or {@link FireUnit#pKillLight()}); {@code null} means {@link Armour#ARMOURED}
 * @param mobility              tracked or wheeled, for {@link Trafficability} (default tracked)
 * @param fordingDepthM         deepest water it crosses without preparation, m (default {@value #DEFAULT_FORDING_DEPTH_M})
 */
public record VehicleType(String id, String name, double roadSpeedKmh, double crossCountrySpeedKmh, double widthM,
                          double trackWidthM, double pKillTrackWidthFuze, double pKillFullWidthFuze, Armour armour,
                          Mobility mobility, double fordingDepthM) {
    /**
     * Fording depth of a vehicle type that states none, m (ASSUMPTION: below a T-72's 1.2 m unprepared, recalled
     * MED, and a Ural truck's ~1.5 m, recalled LOW).
     */
    public static final double DEFAULT_FORDING_DEPTH_M = 1.0;

    /**
     * An armoured, tracked vehicle type with the default fording depth (the form before armour classes and ground).
     *
     * @param id value of {@link #id()}
     * @param name value of {@link #name()}
     * @param roadSpeedKmh value of {@link #roadSpeedKmh()}
     * @param crossCountrySpeedKmh value of {@link #crossCountrySpeedKmh()}
     * @param widthM value of {@link #widthM()}
     * @param trackWidthM value of {@link #trackWidthM()}
     * @param pKillTrackWidthFuze value of {@link #pKillTrackWidthFuze()}
     * @param pKillFullWidthFuze value of {@link #pKillFullWidthFuze()}
     */
    public VehicleType(String id, String name, double roadSpeedKmh, double crossCountrySpeedKmh, double widthM,
                       double trackWidthM, double pKillTrackWidthFuze, double pKillFullWidthFuze) {
        this(id, name, roadSpeedKmh, crossCountrySpeedKmh, widthM, trackWidthM, pKillTrackWidthFuze,
                pKillFullWidthFuze, Armour.ARMOURED, Mobility.TRACKED, DEFAULT_FORDING_DEPTH_M);
    }

    /**
     * A tracked vehicle type with the default fording depth and the given armour class.
     *
     * @param id value of {@link #id()}
     * @param name value of {@link #name()}
     * @param roadSpeedKmh value of {@link #roadSpeedKmh()}
     * @param crossCountrySpeedKmh value of {@link #crossCountrySpeedKmh()}
     * @param widthM value of {@link #widthM()}
     * @param trackWidthM value of {@link #trackWidthM()}
     * @param pKillTrackWidthFuze value of {@link #pKillTrackWidthFuze()}
     * @param pKillFullWidthFuze value of {@link #pKillFullWidthFuze()}
     * @param armour value of {@link #armour()}
     */
    public VehicleType(String id, String name, double roadSpeedKmh, double crossCountrySpeedKmh, double widthM,
                       double trackWidthM, double pKillTrackWidthFuze, double pKillFullWidthFuze, Armour armour) {
        this(id, name, roadSpeedKmh, crossCountrySpeedKmh, widthM, trackWidthM, pKillTrackWidthFuze,
                pKillFullWidthFuze, armour, Mobility.TRACKED, DEFAULT_FORDING_DEPTH_M);
    }

    /**
     * An armoured vehicle type with the given mobility and fording depth.
     *
     * @param id value of {@link #id()}
     * @param name value of {@link #name()}
     * @param roadSpeedKmh value of {@link #roadSpeedKmh()}
     * @param crossCountrySpeedKmh value of {@link #crossCountrySpeedKmh()}
     * @param widthM value of {@link #widthM()}
     * @param trackWidthM value of {@link #trackWidthM()}
     * @param pKillTrackWidthFuze value of {@link #pKillTrackWidthFuze()}
     * @param pKillFullWidthFuze value of {@link #pKillFullWidthFuze()}
     * @param mobility value of {@link #mobility()}
     * @param fordingDepthM value of {@link #fordingDepthM()}
     */
    public VehicleType(String id, String name, double roadSpeedKmh, double crossCountrySpeedKmh, double widthM,
                       double trackWidthM, double pKillTrackWidthFuze, double pKillFullWidthFuze,
                       Mobility mobility, double fordingDepthM) {
        this(id, name, roadSpeedKmh, crossCountrySpeedKmh, widthM, trackWidthM, pKillTrackWidthFuze,
                pKillFullWidthFuze, Armour.ARMOURED, mobility, fordingDepthM);
    }

    /**
     * Validates every field.
     *
     * @param id value of {@link #id()}
     * @param name value of {@link #name()}
     * @param roadSpeedKmh value of {@link #roadSpeedKmh()}
     * @param crossCountrySpeedKmh value of {@link #crossCountrySpeedKmh()}
     * @param widthM value of {@link #widthM()}
     * @param trackWidthM value of {@link #trackWidthM()}
     * @param pKillTrackWidthFuze value of {@link #pKillTrackWidthFuze()}
     * @param pKillFullWidthFuze value of {@link #pKillFullWidthFuze()}
     * @param armour value of {@link #armour()}
     * @param mobility value of {@link #mobility()}
     * @param fordingDepthM value of {@link #fordingDepthM()}
     */
    public VehicleType {
        armour = armour == null ? Armour.ARMOURED : armour;
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
        mobility = mobility == null ? Mobility.TRACKED : mobility;
        Check.nonNegative("fordingDepthM", fordingDepthM, Limits.MAX_SIZE_M);
    }

    /**
     * @param fuze the mine's fuze
     * @return the width of this vehicle that sets off a mine with this fuze, m
     */
    public double effectiveWidthM(Fuze fuze) {
        return fuze == Fuze.TRACK_WIDTH ? 2 * trackWidthM : widthM;
    }

    /**
     * @param fuze the mine's fuze
     * @return probability that a mine with this fuze that this vehicle sets off stops it
     */
    public double pKill(Fuze fuze) {
        return fuze == Fuze.TRACK_WIDTH ? pKillTrackWidthFuze : pKillFullWidthFuze;
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this vehicle type's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link VehicleType} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. A field marked required has no default: left unset, it fails in the
     * constructor with the field named. Defaults:
     * <ul>
     *   <li>{@code id}: required</li>
     *   <li>{@code name}: the id</li>
     *   <li>{@code roadSpeedKmh}: required, km/h</li>
     *   <li>{@code crossCountrySpeedKmh}: required, km/h</li>
     *   <li>{@code widthM}: required, m</li>
     *   <li>{@code trackWidthM}: required, m</li>
     *   <li>{@code pKillTrackWidthFuze}: required, probability</li>
     *   <li>{@code pKillFullWidthFuze}: required, probability</li>
     *   <li>{@code armour}: {@link Armour#ARMOURED}</li>
     *   <li>{@code mobility}: {@link Mobility#TRACKED}</li>
     *   <li>{@code fordingDepthM}: {@value VehicleType#DEFAULT_FORDING_DEPTH_M} m</li>
     * </ul>
     */
    public static final class Builder {
        private String id;
        private String name;
        private double roadSpeedKmh = Double.NaN;
        private double crossCountrySpeedKmh = Double.NaN;
        private double widthM = Double.NaN;
        private double trackWidthM = Double.NaN;
        private double pKillTrackWidthFuze = Double.NaN;
        private double pKillFullWidthFuze = Double.NaN;
        private Armour armour = Armour.ARMOURED;
        private Mobility mobility = Mobility.TRACKED;
        private double fordingDepthM = DEFAULT_FORDING_DEPTH_M;

        private Builder() {
        }

        private Builder(VehicleType r) {
            id = r.id;
            name = r.name;
            roadSpeedKmh = r.roadSpeedKmh;
            crossCountrySpeedKmh = r.crossCountrySpeedKmh;
            widthM = r.widthM;
            trackWidthM = r.trackWidthM;
            pKillTrackWidthFuze = r.pKillTrackWidthFuze;
            pKillFullWidthFuze = r.pKillFullWidthFuze;
            armour = r.armour;
            mobility = r.mobility;
            fordingDepthM = r.fordingDepthM;
        }

        /**
         * @param v new value of {@link VehicleType#id()} (required)
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#name()} (default: the id)
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#roadSpeedKmh()} (required, km/h)
         * @return this builder
         */
        public Builder roadSpeedKmh(double v) {
            roadSpeedKmh = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#crossCountrySpeedKmh()} (required, km/h)
         * @return this builder
         */
        public Builder crossCountrySpeedKmh(double v) {
            crossCountrySpeedKmh = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#widthM()} (required, m)
         * @return this builder
         */
        public Builder widthM(double v) {
            widthM = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#trackWidthM()} (required, m)
         * @return this builder
         */
        public Builder trackWidthM(double v) {
            trackWidthM = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#pKillTrackWidthFuze()} (required, probability)
         * @return this builder
         */
        public Builder pKillTrackWidthFuze(double v) {
            pKillTrackWidthFuze = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#pKillFullWidthFuze()} (required, probability)
         * @return this builder
         */
        public Builder pKillFullWidthFuze(double v) {
            pKillFullWidthFuze = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#armour()} (default: {@link Armour#ARMOURED})
         * @return this builder
         */
        public Builder armour(Armour v) {
            armour = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#mobility()} (default: {@link Mobility#TRACKED})
         * @return this builder
         */
        public Builder mobility(Mobility v) {
            mobility = v;
            return this;
        }

        /**
         * @param v new value of {@link VehicleType#fordingDepthM()} (default: {@value VehicleType#DEFAULT_FORDING_DEPTH_M} m)
         * @return this builder
         */
        public Builder fordingDepthM(double v) {
            fordingDepthM = v;
            return this;
        }

        /** @return the new vehicle type, validated by the canonical constructor */
        public VehicleType build() {
            return new VehicleType(id, name, roadSpeedKmh, crossCountrySpeedKmh, widthM, trackWidthM, pKillTrackWidthFuze, pKillFullWidthFuze, armour, mobility, fordingDepthM);
        }
    }
}
