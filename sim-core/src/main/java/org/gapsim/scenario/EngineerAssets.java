package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;

/**
 * The breaching equipment a column carries. Counts are used up as the column breaches.
 *
 * @param lineCharges  rocket-propelled line charges (MICLIC, UR-77)
 * @param minePloughs  track-width mine ploughs (KMT)
 * @param bridgeLayers armoured vehicle-launched bridges (AVLB, MTU)
 * @param earthMovers  dozers and engineer vehicles that fill ditches and clear debris (IMR, BAT)
 * @param manual       dismounted breach parties (always available, slow)
 * @param mineRollers  mine rollers for proofing lanes
 * @param extra        the user's breach methods' assets ({@code engineers.extra.<name>}), each made by a
 *                     {@link BreachMethodProvider}, in the order given (the order a column tries them); empty for none
 *
 * <p>Each kind of vehicle-borne asset names its {@code carrier}, a vehicle type id: the column's first vehicles of
 * that type in march order carry the assets (one plough, roller, bridge or earth mover per vehicle; line charges
 * spread evenly over the carriers), and a carrier lost loses what it carries. {@code carrier: null} means the
 * assets ride on no modelled vehicle and are never lost (the behaviour before carriers existed).
 */
public record EngineerAssets(LineCharges lineCharges, MinePloughs minePloughs, BridgeLayers bridgeLayers,
                             EarthMovers earthMovers, ManualBreach manual, MineRollers mineRollers,
                             java.util.List<Extra> extra) {
    /** No equipment; a manual breach party at the default rate. */
    public static final EngineerAssets NONE = new EngineerAssets(null, null, null, null, null, null);

    /**
     * Assets without user breach methods (the form before {@link #extra()} existed).
     *
     * @param lineCharges value of {@link #lineCharges()}
     * @param minePloughs value of {@link #minePloughs()}
     * @param bridgeLayers value of {@link #bridgeLayers()}
     * @param earthMovers value of {@link #earthMovers()}
     * @param manual value of {@link #manual()}
     * @param mineRollers value of {@link #mineRollers()}
     */
    public EngineerAssets(LineCharges lineCharges, MinePloughs minePloughs, BridgeLayers bridgeLayers,
                          EarthMovers earthMovers, ManualBreach manual, MineRollers mineRollers) {
        this(lineCharges, minePloughs, bridgeLayers, earthMovers, manual, mineRollers, java.util.List.of());
    }

    /**
     * The assets of a user's breach method ({@code engineers.extra.<name>} in a scenario file), made by its
     * {@link BreachMethodProvider}: counted, carried on named vehicles and lost with them like the built-in
     * assets (one item per carrier vehicle, on the column's first vehicles of type {@link #carrier()}). The model
     * tries a column's extra methods, in the order given, before an {@link Obstacle.Extension}'s own
     * {@link Obstacle.Extension#breachMethods()}, wherever {@link #opens} says yes; the built-in kinds keep the
     * doctrine's {@code methods}. A lane is as wide as {@link #laneWidthM()} and leaves nothing behind.
     * Implementations are immutable (a record of the user's, typically).
     */
    public interface Extra {
        /** @return its provider's {@link BreachMethodProvider#name()}: the key under {@code engineers.extra} */
        String method();

        /** @return items carried (not negative) */
        int count();

        /** @return vehicle type id of the vehicles carrying them ({@code null}: none modelled, never lost) */
        String carrier();

        /** @return width of one lane it opens, m (positive) */
        double laneWidthM();

        /**
         * @return the built-in method it is counted under in events and outputs ({@code BreachStarted},
         *         {@code BreachFailed}); never {@link BreachMethod#MANUAL} (a dismounted party has no carrier)
         */
        BreachMethod countedAs();

        /** @return whether each lane uses up one item (like a bridge); default no (reusable, like a plough) */
        default boolean consumable() {
            return false;
        }

        /**
         * @param obstacle a user's obstacle the column must breach
         * @return whether this method can open a lane through it
         */
        boolean opens(Obstacle.Extension obstacle);

        /**
         * The working time by day to open one lane (the model adds night work, the fight's suppression and the
         * doctrine's delays as for the built-in methods).
         *
         * @param obstacle the obstacle, one {@link #opens} accepted
         * @param stream   the column's breach-time stream at this obstacle: draw uniforms from it only
         * @return minutes, finite and not negative
         */
        double laneWorkMin(Obstacle.Extension obstacle, umontreal.ssj.rng.RandomStream stream);

        /**
         * @return its provider's own YAML fields (not {@code count, carrier, laneWidthM}) by name, in the order the
         *         writer should write them: numbers, strings, booleans or {@link Distribution}s, each readable back
         *         by its provider
         */
        java.util.Map<String, Object> fields();
    }

    /**
     * Assets without mine rollers (the form before rollers existed).
     *
     * @param lineCharges value of {@link #lineCharges()}
     * @param minePloughs value of {@link #minePloughs()}
     * @param bridgeLayers value of {@link #bridgeLayers()}
     * @param earthMovers value of {@link #earthMovers()}
     * @param manual value of {@link #manual()}
     */
    public EngineerAssets(LineCharges lineCharges, MinePloughs minePloughs, BridgeLayers bridgeLayers,
                          EarthMovers earthMovers, ManualBreach manual) {
        this(lineCharges, minePloughs, bridgeLayers, earthMovers, manual, null);
    }

    /**
     * Mine rollers, used to proof lanes: a proofing pass sets off the mines under the roller tracks, each blast
     * using one of {@code blastsSurvived}; past that the roller vehicle is struck like any vehicle. Rollers
     * "usually withstand up to four blasts" (press via {@code shared/reference/breaching-history.md}; LOW-MED).
     *
     * @param count          rollers carried (one per vehicle)
     * @param blastsSurvived blasts one roller survives
     * @param carrier        vehicle type id of the vehicles pushing them ({@code null}: no modelled vehicle, never
     *                       lost)
     */
    public record MineRollers(int count, int blastsSurvived, String carrier) {
        /** None carried. */
        public static final MineRollers NONE = new MineRollers(0, 4, null);

        /**
         * Validates every field.
         *
         * @param count value of {@link #count()}
         * @param blastsSurvived value of {@link #blastsSurvived()}
         * @param carrier value of {@link #carrier()}
         */
        public MineRollers {
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.nonNegative("blastsSurvived", blastsSurvived, Limits.MAX_BLASTS_SURVIVED);
            carrier = carrier == null ? null : Check.id("carrier", carrier);
        }

        /** @return a builder with {@link #NONE}'s values (0 rollers, 4 blasts, no carrier) */
        public static Builder builder() {
            return NONE.toBuilder();
        }

        /** @return a builder holding these rollers' values */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /** Builds {@link MineRollers}; defaults {@link #NONE}'s. */
        public static final class Builder {
            private int count;
            private int blastsSurvived;
            private String carrier;

            private Builder(MineRollers r) {
                count = r.count;
                blastsSurvived = r.blastsSurvived;
                carrier = r.carrier;
            }

            /**
             * @param v new value of {@link MineRollers#count()}
             * @return this builder
             */
            public Builder count(int v) {
                count = v;
                return this;
            }

            /**
             * @param v new value of {@link MineRollers#blastsSurvived()}
             * @return this builder
             */
            public Builder blastsSurvived(int v) {
                blastsSurvived = v;
                return this;
            }

            /**
             * @param v new value of {@link MineRollers#carrier()}
             * @return this builder
             */
            public Builder carrier(String v) {
                carrier = v;
                return this;
            }

            /** @return the new rollers, validated */
            public MineRollers build() {
                return new MineRollers(count, blastsSurvived, carrier);
            }
        }
    }

    /**
     * Fills absent parts with empty sets.
     *
     * @param lineCharges value of {@link #lineCharges()}
     * @param minePloughs value of {@link #minePloughs()}
     * @param bridgeLayers value of {@link #bridgeLayers()}
     * @param earthMovers value of {@link #earthMovers()}
     * @param manual value of {@link #manual()}
     * @param mineRollers value of {@link #mineRollers()}
     * @param extra value of {@link #extra()}
     */
    public EngineerAssets {
        mineRollers = mineRollers == null ? MineRollers.NONE : mineRollers;
        extra = extra == null ? java.util.List.of() : java.util.List.copyOf(extra);
        if (extra.size() > Limits.MAX_EXTRA_METHODS) {
            throw new ScenarioException("extra", "at most " + Limits.MAX_EXTRA_METHODS + " user breach methods, found "
                    + extra.size() + Check.BOUND);
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Extra x : extra) {
            if (x.method() == null || !names.add(x.method())) {
                throw new ScenarioException("extra", "user breach method '" + x.method() + "' given twice");
            }
            String f = "extra." + x.method() + ".";
            Check.nonNegative(f + "count", x.count(), Limits.MAX_EQUIPMENT_COUNT);
            Check.positive(f + "laneWidthM", x.laneWidthM(), Limits.MAX_LANE_WIDTH_M);
            if (x.carrier() != null) {
                Check.id(f + "carrier", x.carrier());
            }
            if (x.countedAs() == null || x.countedAs() == BreachMethod.MANUAL) {
                throw new ScenarioException(f + "countedAs", "a user breach method is counted as line-charge, "
                        + "mine-plough, bridge-layer or earth-mover, found " + x.countedAs());
            }
        }
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
     * @param carrier               vehicle type id of the launchers ({@code null}: none modelled, never lost)
     * @param misfireProbability    probability that a charge fails to detonate and must be primed by hand
     *                              (TF Ripper's charges "had to be manually primed"; default 0)
     * @param primingMin            time to prime a misfired charge by hand, minutes (default fixed 0)
     * @param failureProbability    probability that a charge is wasted (e.g. "draped uselessly over a power
     *                              line") and another is needed (default 0)
     */
    public record LineCharges(int count, double laneLengthM, double laneWidthM, Distribution timePerChargeMin,
                              double clearanceProbability, String carrier, double misfireProbability,
                              Distribution primingMin, double failureProbability) {
        /** None carried. */
        public static final LineCharges NONE = new LineCharges(0, 100, 8, Distribution.fixed(2), 0.9);

        /**
         * Charges carried by no modelled vehicle that never misfire nor fail (the form before carriers existed).
         *
         * @param count value of {@link #count()}
         * @param laneLengthM value of {@link #laneLengthM()}
         * @param laneWidthM value of {@link #laneWidthM()}
         * @param timePerChargeMin value of {@link #timePerChargeMin()}
         * @param clearanceProbability value of {@link #clearanceProbability()}
         */
        public LineCharges(int count, double laneLengthM, double laneWidthM, Distribution timePerChargeMin,
                           double clearanceProbability) {
            this(count, laneLengthM, laneWidthM, timePerChargeMin, clearanceProbability, null, 0,
                    Distribution.fixed(0), 0);
        }

        /**
         * Validates every field.
         *
         * @param count value of {@link #count()}
         * @param laneLengthM value of {@link #laneLengthM()}
         * @param laneWidthM value of {@link #laneWidthM()}
         * @param timePerChargeMin value of {@link #timePerChargeMin()}
         * @param clearanceProbability value of {@link #clearanceProbability()}
         * @param carrier value of {@link #carrier()}
         * @param misfireProbability value of {@link #misfireProbability()}
         * @param primingMin value of {@link #primingMin()}
         * @param failureProbability value of {@link #failureProbability()}
         */
        public LineCharges {
            Check.probability("misfireProbability", misfireProbability);
            primingMin = primingMin == null ? Distribution.fixed(0) : primingMin;
            Check.probability("failureProbability", failureProbability);
            carrier = carrier == null ? null : Check.id("carrier", carrier);
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("laneLengthM", laneLengthM, Limits.MAX_SIZE_M);
            Check.positive("laneWidthM", laneWidthM, Limits.MAX_SIZE_M);
            Check.required("timePerChargeMin", timePerChargeMin);
            Check.probability("clearanceProbability", clearanceProbability);
        }

        /**
         * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
         *         {@link Builder#build()}
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder holding this set of line charges's values, to change a few */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /**
         * Builds a {@link LineCharges} field by field: each setter is named and takes the unit of the record component
         * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
         * messages) stays in one place. Defaults:
         * <ul>
         *   <li>{@code count}: 0 carried</li>
         *   <li>{@code laneLengthM}: 100 m</li>
         *   <li>{@code laneWidthM}: 8 m</li>
         *   <li>{@code timePerChargeMin}: fixed 2 minutes</li>
         *   <li>{@code clearanceProbability}: 0.9 (ASSUMPTION)</li>
         * </ul>
         */
        public static final class Builder {
            private int count = 0;
            private double laneLengthM = 100;
            private double laneWidthM = 8;
            private Distribution timePerChargeMin = Distribution.fixed(2);
            private double clearanceProbability = 0.9;
            private String carrier = null;
            private double misfireProbability = 0;
            private Distribution primingMin = Distribution.fixed(0);
            private double failureProbability = 0;

            private Builder() {
            }

            private Builder(LineCharges r) {
                count = r.count;
                laneLengthM = r.laneLengthM;
                laneWidthM = r.laneWidthM;
                timePerChargeMin = r.timePerChargeMin;
                clearanceProbability = r.clearanceProbability;
                carrier = r.carrier;
                misfireProbability = r.misfireProbability;
                primingMin = r.primingMin;
                failureProbability = r.failureProbability;
            }

            /**
             * @param v new value of {@link LineCharges#count()} (default: 0 carried)
             * @return this builder
             */
            public Builder count(int v) {
                count = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#laneLengthM()} (default: 100 m)
             * @return this builder
             */
            public Builder laneLengthM(double v) {
                laneLengthM = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#laneWidthM()} (default: 8 m)
             * @return this builder
             */
            public Builder laneWidthM(double v) {
                laneWidthM = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#timePerChargeMin()} (default: fixed 2 minutes)
             * @return this builder
             */
            public Builder timePerChargeMin(Distribution v) {
                timePerChargeMin = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#clearanceProbability()} (default: 0.9 (ASSUMPTION))
             * @return this builder
             */
            public Builder clearanceProbability(double v) {
                clearanceProbability = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#carrier()} (default: none, never lost)
             * @return this builder
             */
            public Builder carrier(String v) {
                carrier = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#misfireProbability()} (default: 0)
             * @return this builder
             */
            public Builder misfireProbability(double v) {
                misfireProbability = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#primingMin()} (default: fixed 0 minutes)
             * @return this builder
             */
            public Builder primingMin(Distribution v) {
                primingMin = v;
                return this;
            }

            /**
             * @param v new value of {@link LineCharges#failureProbability()} (default: 0)
             * @return this builder
             */
            public Builder failureProbability(double v) {
                failureProbability = v;
                return this;
            }

            /** @return the new set of line charges, validated by the canonical constructor */
            public LineCharges build() {
                return new LineCharges(count, laneLengthM, laneWidthM, timePerChargeMin, clearanceProbability, carrier,
                        misfireProbability, primingMin, failureProbability);
            }
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
     * @param carrier              vehicle type id of the plough tanks ({@code null}: none modelled, never lost)
     * @param bladeDetonationProbability probability that a mine a plough meets in its blades' path goes off under it
     *                             (anti-lift and tilt-rod fuzes, mines fallen back from the spoil; ASSUMPTION,
     *                             default 0 = never; 2nd Marine Division 1991, Chicago Tribune, MED: plough tanks
     *                             struck mine after mine in one lane, an M1A1 lost its plough and a track): the
     *                             plough is lost, its carrier is struck like a vehicle on a mine (its kill
     *                             probability for the field's fuze), the lane's work stops and the wreck blocks it
     *                             for {@code recoveryMin}; a spare plough takes over the remaining depth after
     *                             {@code assetReplaceMin}, else the lane is abandoned. A proofing pass by plough
     *                             meets the mines a line charge left in the same way
     */
    public record MinePloughs(int count, double speedKmh, Distribution setupMin, double clearanceProbability,
                              String carrier, double bladeDetonationProbability) {
        /** None carried. */
        public static final MinePloughs NONE = new MinePloughs(0, 10, Distribution.fixed(3), 0.95);

        /**
         * Ploughs carried by no modelled vehicle (the form before carriers existed).
         *
         * @param count value of {@link #count()}
         * @param speedKmh value of {@link #speedKmh()}
         * @param setupMin value of {@link #setupMin()}
         * @param clearanceProbability value of {@link #clearanceProbability()}
         */
        public MinePloughs(int count, double speedKmh, Distribution setupMin, double clearanceProbability) {
            this(count, speedKmh, setupMin, clearanceProbability, null);
        }

        /**
         * Ploughs whose blades never set a mine off (the form before {@code bladeDetonationProbability}).
         *
         * @param count value of {@link #count()}
         * @param speedKmh value of {@link #speedKmh()}
         * @param setupMin value of {@link #setupMin()}
         * @param clearanceProbability value of {@link #clearanceProbability()}
         * @param carrier value of {@link #carrier()}
         */
        public MinePloughs(int count, double speedKmh, Distribution setupMin, double clearanceProbability,
                           String carrier) {
            this(count, speedKmh, setupMin, clearanceProbability, carrier, 0);
        }

        /**
         * Validates every field.
         *
         * @param count value of {@link #count()}
         * @param speedKmh value of {@link #speedKmh()}
         * @param setupMin value of {@link #setupMin()}
         * @param clearanceProbability value of {@link #clearanceProbability()}
         * @param carrier value of {@link #carrier()}
         * @param bladeDetonationProbability value of {@link #bladeDetonationProbability()}
         */
        public MinePloughs {
            carrier = carrier == null ? null : Check.id("carrier", carrier);
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("speedKmh", speedKmh, Limits.MAX_SPEED_KMH);
            Check.required("setupMin", setupMin);
            Check.probability("clearanceProbability", clearanceProbability);
            Check.probability("bladeDetonationProbability", bladeDetonationProbability);
        }

        /**
         * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
         *         {@link Builder#build()}
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder holding this set of ploughs's values, to change a few */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /**
         * Builds a {@link MinePloughs} field by field: each setter is named and takes the unit of the record component
         * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
         * messages) stays in one place. Defaults:
         * <ul>
         *   <li>{@code count}: 0 carried</li>
         *   <li>{@code speedKmh}: 10 km/h</li>
         *   <li>{@code setupMin}: fixed 3 minutes</li>
         *   <li>{@code clearanceProbability}: 0.95 (ASSUMPTION)</li>
         *   <li>{@code bladeDetonationProbability}: 0, blades never set a mine off</li>
         * </ul>
         */
        public static final class Builder {
            private int count = 0;
            private double speedKmh = 10;
            private Distribution setupMin = Distribution.fixed(3);
            private double clearanceProbability = 0.95;
            private String carrier = null;
            private double bladeDetonationProbability = 0;

            private Builder() {
            }

            private Builder(MinePloughs r) {
                count = r.count;
                speedKmh = r.speedKmh;
                setupMin = r.setupMin;
                clearanceProbability = r.clearanceProbability;
                carrier = r.carrier;
                bladeDetonationProbability = r.bladeDetonationProbability;
            }

            /**
             * @param v new value of {@link MinePloughs#bladeDetonationProbability()} (default: 0)
             * @return this builder
             */
            public Builder bladeDetonationProbability(double v) {
                bladeDetonationProbability = v;
                return this;
            }

            /**
             * @param v new value of {@link MinePloughs#count()} (default: 0 carried)
             * @return this builder
             */
            public Builder count(int v) {
                count = v;
                return this;
            }

            /**
             * @param v new value of {@link MinePloughs#speedKmh()} (default: 10 km/h)
             * @return this builder
             */
            public Builder speedKmh(double v) {
                speedKmh = v;
                return this;
            }

            /**
             * @param v new value of {@link MinePloughs#setupMin()} (default: fixed 3 minutes)
             * @return this builder
             */
            public Builder setupMin(Distribution v) {
                setupMin = v;
                return this;
            }

            /**
             * @param v new value of {@link MinePloughs#clearanceProbability()} (default: 0.95 (ASSUMPTION))
             * @return this builder
             */
            public Builder clearanceProbability(double v) {
                clearanceProbability = v;
                return this;
            }

            /**
             * @param v new value of {@link MinePloughs#carrier()} (default: none, never lost)
             * @return this builder
             */
            public Builder carrier(String v) {
                carrier = v;
                return this;
            }

            /** @return the new set of ploughs, validated by the canonical constructor */
            public MinePloughs build() {
                return new MinePloughs(count, speedKmh, setupMin, clearanceProbability, carrier,
                        bladeDetonationProbability);
            }
        }
    }

    /**
     * Armoured vehicle-launched bridges. AVLB: emplace 2-5 min, span up to 18.3 m (TM 5-5420-202-10; HIGH).
     * A bridge is left in place for the columns behind, so each emplaced bridge is used up.
     *
     * @param count      bridges carried
     * @param spanM      longest gap one bridge spans, m
     * @param emplaceMin time to emplace one bridge, minutes
     * @param carrier    vehicle type id of the bridge layers ({@code null}: none modelled, never lost)
     */
    public record BridgeLayers(int count, double spanM, Distribution emplaceMin, String carrier) {
        /** None carried. */
        public static final BridgeLayers NONE = new BridgeLayers(0, 18.3, new Distribution.Uniform(2, 5));

        /**
         * Bridges carried by no modelled vehicle (the form before carriers existed).
         *
         * @param count value of {@link #count()}
         * @param spanM value of {@link #spanM()}
         * @param emplaceMin value of {@link #emplaceMin()}
         */
        public BridgeLayers(int count, double spanM, Distribution emplaceMin) {
            this(count, spanM, emplaceMin, null);
        }

        /**
         * Validates every field.
         *
         * @param count value of {@link #count()}
         * @param spanM value of {@link #spanM()}
         * @param emplaceMin value of {@link #emplaceMin()}
         * @param carrier value of {@link #carrier()}
         */
        public BridgeLayers {
            carrier = carrier == null ? null : Check.id("carrier", carrier);
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("spanM", spanM, Limits.MAX_SIZE_M);
            Check.required("emplaceMin", emplaceMin);
        }

        /**
         * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
         *         {@link Builder#build()}
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder holding this set of bridge layers's values, to change a few */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /**
         * Builds a {@link BridgeLayers} field by field: each setter is named and takes the unit of the record component
         * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
         * messages) stays in one place. Defaults:
         * <ul>
         *   <li>{@code count}: 0 carried</li>
         *   <li>{@code spanM}: 18.3 m</li>
         *   <li>{@code emplaceMin}: uniform 2-5 minutes</li>
         * </ul>
         */
        public static final class Builder {
            private int count = 0;
            private double spanM = 18.3;
            private Distribution emplaceMin = new Distribution.Uniform(2, 5);
            private String carrier = null;

            private Builder() {
            }

            private Builder(BridgeLayers r) {
                count = r.count;
                spanM = r.spanM;
                emplaceMin = r.emplaceMin;
                carrier = r.carrier;
            }

            /**
             * @param v new value of {@link BridgeLayers#count()} (default: 0 carried)
             * @return this builder
             */
            public Builder count(int v) {
                count = v;
                return this;
            }

            /**
             * @param v new value of {@link BridgeLayers#spanM()} (default: 18.3 m)
             * @return this builder
             */
            public Builder spanM(double v) {
                spanM = v;
                return this;
            }

            /**
             * @param v new value of {@link BridgeLayers#emplaceMin()} (default: uniform 2-5 minutes)
             * @return this builder
             */
            public Builder emplaceMin(Distribution v) {
                emplaceMin = v;
                return this;
            }

            /**
             * @param v new value of {@link BridgeLayers#carrier()} (default: none, never lost)
             * @return this builder
             */
            public Builder carrier(String v) {
                carrier = v;
                return this;
            }

            /** @return the new set of bridge layers, validated by the canonical constructor */
            public BridgeLayers build() {
                return new BridgeLayers(count, spanM, emplaceMin, carrier);
            }
        }
    }

    /**
     * Dozers and engineer obstacle-clearing vehicles. No published rates were found: both rates are ASSUMPTIONS.
     *
     * @param count           vehicles carried (one per lane)
     * @param fillRateM3PerMin earth moved into a ditch or crater, m^3 per minute per vehicle
     * @param clearRateMPerMin advance through dragon's teeth or felled trees, metres of obstacle depth per minute
     * @param carrier          vehicle type id of these vehicles ({@code null}: none modelled, never lost)
     */
    public record EarthMovers(int count, double fillRateM3PerMin, double clearRateMPerMin, String carrier) {
        /** None carried. */
        public static final EarthMovers NONE = new EarthMovers(0, 4, 1);

        /**
         * Earth movers that are no modelled vehicle (the form before carriers existed).
         *
         * @param count value of {@link #count()}
         * @param fillRateM3PerMin value of {@link #fillRateM3PerMin()}
         * @param clearRateMPerMin value of {@link #clearRateMPerMin()}
         */
        public EarthMovers(int count, double fillRateM3PerMin, double clearRateMPerMin) {
            this(count, fillRateM3PerMin, clearRateMPerMin, null);
        }

        /**
         * Validates every field.
         *
         * @param count value of {@link #count()}
         * @param fillRateM3PerMin value of {@link #fillRateM3PerMin()}
         * @param clearRateMPerMin value of {@link #clearRateMPerMin()}
         * @param carrier value of {@link #carrier()}
         */
        public EarthMovers {
            carrier = carrier == null ? null : Check.id("carrier", carrier);
            Check.nonNegative("count", count, Limits.MAX_EQUIPMENT_COUNT);
            Check.positive("fillRateM3PerMin", fillRateM3PerMin, Limits.MAX_RATE_PER_MIN);
            Check.positive("clearRateMPerMin", clearRateMPerMin, Limits.MAX_RATE_PER_MIN);
        }

        /**
         * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
         *         {@link Builder#build()}
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder holding this set of earth movers's values, to change a few */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /**
         * Builds a {@link EarthMovers} field by field: each setter is named and takes the unit of the record component
         * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
         * messages) stays in one place. Defaults:
         * <ul>
         *   <li>{@code count}: 0 carried</li>
         *   <li>{@code fillRateM3PerMin}: 4 m^3 per minute (ASSUMPTION)</li>
         *   <li>{@code clearRateMPerMin}: 1 m per minute (ASSUMPTION)</li>
         * </ul>
         */
        public static final class Builder {
            private int count = 0;
            private double fillRateM3PerMin = 4;
            private double clearRateMPerMin = 1;
            private String carrier = null;

            private Builder() {
            }

            private Builder(EarthMovers r) {
                count = r.count;
                fillRateM3PerMin = r.fillRateM3PerMin;
                clearRateMPerMin = r.clearRateMPerMin;
                carrier = r.carrier;
            }

            /**
             * @param v new value of {@link EarthMovers#count()} (default: 0 carried)
             * @return this builder
             */
            public Builder count(int v) {
                count = v;
                return this;
            }

            /**
             * @param v new value of {@link EarthMovers#fillRateM3PerMin()} (default: 4 m^3 per minute (ASSUMPTION))
             * @return this builder
             */
            public Builder fillRateM3PerMin(double v) {
                fillRateM3PerMin = v;
                return this;
            }

            /**
             * @param v new value of {@link EarthMovers#clearRateMPerMin()} (default: 1 m per minute (ASSUMPTION))
             * @return this builder
             */
            public Builder clearRateMPerMin(double v) {
                clearRateMPerMin = v;
                return this;
            }

            /**
             * @param v new value of {@link EarthMovers#carrier()} (default: none, never lost)
             * @return this builder
             */
            public Builder carrier(String v) {
                carrier = v;
                return this;
            }

            /** @return the new set of earth movers, validated by the canonical constructor */
            public EarthMovers build() {
                return new EarthMovers(count, fillRateM3PerMin, clearRateMPerMin, carrier);
            }
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

        /**
         * Validates every field.
         *
         * @param minefieldRateMPerMin value of {@link #minefieldRateMPerMin()}
         * @param obstacleRateMPerMin value of {@link #obstacleRateMPerMin()}
         * @param clearanceProbability value of {@link #clearanceProbability()}
         */
        public ManualBreach {
            Check.positive("minefieldRateMPerMin", minefieldRateMPerMin, Limits.MAX_RATE_PER_MIN);
            Check.positive("obstacleRateMPerMin", obstacleRateMPerMin, Limits.MAX_RATE_PER_MIN);
            Check.probability("clearanceProbability", clearanceProbability);
        }

        /**
         * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
         *         {@link Builder#build()}
         */
        public static Builder builder() {
            return new Builder();
        }

        /** @return a builder holding this breach party's values, to change a few */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /**
         * Builds a {@link ManualBreach} field by field: each setter is named and takes the unit of the record component
         * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
         * messages) stays in one place. Defaults:
         * <ul>
         *   <li>{@code minefieldRateMPerMin}: 0.5 m per minute (ASSUMPTION)</li>
         *   <li>{@code obstacleRateMPerMin}: 0.25 m per minute (ASSUMPTION)</li>
         *   <li>{@code clearanceProbability}: 0.98 (ASSUMPTION)</li>
         * </ul>
         */
        public static final class Builder {
            private double minefieldRateMPerMin = 0.5;
            private double obstacleRateMPerMin = 0.25;
            private double clearanceProbability = 0.98;

            private Builder() {
            }

            private Builder(ManualBreach r) {
                minefieldRateMPerMin = r.minefieldRateMPerMin;
                obstacleRateMPerMin = r.obstacleRateMPerMin;
                clearanceProbability = r.clearanceProbability;
            }

            /**
             * @param v new value of {@link ManualBreach#minefieldRateMPerMin()} (default: 0.5 m per minute (ASSUMPTION))
             * @return this builder
             */
            public Builder minefieldRateMPerMin(double v) {
                minefieldRateMPerMin = v;
                return this;
            }

            /**
             * @param v new value of {@link ManualBreach#obstacleRateMPerMin()} (default: 0.25 m per minute (ASSUMPTION))
             * @return this builder
             */
            public Builder obstacleRateMPerMin(double v) {
                obstacleRateMPerMin = v;
                return this;
            }

            /**
             * @param v new value of {@link ManualBreach#clearanceProbability()} (default: 0.98 (ASSUMPTION))
             * @return this builder
             */
            public Builder clearanceProbability(double v) {
                clearanceProbability = v;
                return this;
            }

            /** @return the new breach party, validated by the canonical constructor */
            public ManualBreach build() {
                return new ManualBreach(minefieldRateMPerMin, obstacleRateMPerMin, clearanceProbability);
            }
        }
    }

    /**
     * @return a builder with the defaults documented on {@link Builder}; required parts must be set before
     *         {@link Builder#build()}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this set of assets's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link EngineerAssets} field by field: each setter is named and takes the unit of the record component
     * of the same name; {@link #build()} calls the canonical constructor, so validation (and its field-named
     * messages) stays in one place. Defaults:
     * <ul>
     *   <li>{@code lineCharges}: {@link LineCharges#NONE}</li>
     *   <li>{@code minePloughs}: {@link MinePloughs#NONE}</li>
     *   <li>{@code bridgeLayers}: {@link BridgeLayers#NONE}</li>
     *   <li>{@code earthMovers}: {@link EarthMovers#NONE}</li>
     *   <li>{@code manual}: {@link ManualBreach#DEFAULT}</li>
     *   <li>{@code mineRollers}: {@link MineRollers#NONE}</li>
     *   <li>{@code extra}: none</li>
     * </ul>
     */
    public static final class Builder {
        private LineCharges lineCharges = LineCharges.NONE;
        private MinePloughs minePloughs = MinePloughs.NONE;
        private BridgeLayers bridgeLayers = BridgeLayers.NONE;
        private EarthMovers earthMovers = EarthMovers.NONE;
        private ManualBreach manual = ManualBreach.DEFAULT;
        private MineRollers mineRollers = MineRollers.NONE;
        private java.util.List<Extra> extra = java.util.List.of();

        private Builder() {
        }

        private Builder(EngineerAssets r) {
            lineCharges = r.lineCharges;
            minePloughs = r.minePloughs;
            bridgeLayers = r.bridgeLayers;
            earthMovers = r.earthMovers;
            manual = r.manual;
            mineRollers = r.mineRollers;
            extra = r.extra;
        }

        /**
         * @param v new value of {@link EngineerAssets#lineCharges()} (default: {@link LineCharges#NONE})
         * @return this builder
         */
        public Builder lineCharges(LineCharges v) {
            lineCharges = v;
            return this;
        }

        /**
         * @param v new value of {@link EngineerAssets#minePloughs()} (default: {@link MinePloughs#NONE})
         * @return this builder
         */
        public Builder minePloughs(MinePloughs v) {
            minePloughs = v;
            return this;
        }

        /**
         * @param v new value of {@link EngineerAssets#bridgeLayers()} (default: {@link BridgeLayers#NONE})
         * @return this builder
         */
        public Builder bridgeLayers(BridgeLayers v) {
            bridgeLayers = v;
            return this;
        }

        /**
         * @param v new value of {@link EngineerAssets#earthMovers()} (default: {@link EarthMovers#NONE})
         * @return this builder
         */
        public Builder earthMovers(EarthMovers v) {
            earthMovers = v;
            return this;
        }

        /**
         * @param v new value of {@link EngineerAssets#manual()} (default: {@link ManualBreach#DEFAULT})
         * @return this builder
         */
        public Builder manual(ManualBreach v) {
            manual = v;
            return this;
        }

        /**
         * @param v new value of {@link EngineerAssets#mineRollers()} (default: {@link MineRollers#NONE})
         * @return this builder
         */
        public Builder mineRollers(MineRollers v) {
            mineRollers = v;
            return this;
        }

        /**
         * @param v new value of {@link EngineerAssets#extra()} (default: none)
         * @return this builder
         */
        public Builder extra(Extra... v) {
            extra = java.util.List.of(v);
            return this;
        }

        /** @return the new set of assets, validated by the canonical constructor */
        public EngineerAssets build() {
            return new EngineerAssets(lineCharges, minePloughs, bridgeLayers, earthMovers, manual, mineRollers,
                    extra);
        }
    }
}
