package org.gapsim.model;

import org.gapsim.scenario.AntiTankDitch;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Crater;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.ObstacleKind;
import umontreal.ssj.rng.RandomStream;

/**
 * One column's breaching: the engineer assets it carries (line charges and bridges are used up, ploughs, earth
 * movers and manual parties are not), the choice of method by the doctrine's preference ({@link #choose}), and the
 * work on each lane ({@link #openLanes}): working time (times the doctrine's multiplier for the obstacle's covering
 * fire), mines cleared from a minefield lane (ploughs clear under their two blades, and each mine under a blade
 * may go off with {@code bladeDetonationProbability}: a strike, see {@link #strikes}), proofing. Times in minutes,
 * widths in metres. Which method can open which obstacle is a switch over {@link ObstacleKind} with every kind
 * named, so the compiler flags a new kind.
 */
final class Breach {
    /** Metres per minute in one km/h. */
    private static final double M_PER_MIN_PER_KMH = 1000.0 / 60.0;
    /** Width of a lane opened by a manual breach party, m (ASSUMPTION: room for the widest vehicle plus margin). */
    static final double MANUAL_LANE_WIDTH_M = 4.5;
    /** Width of a lane opened by an earth mover or a bridge, m (ASSUMPTION: one vehicle wide). */
    static final double MECHANICAL_LANE_WIDTH_M = 4.0;
    /** Width of each of a mine plough's two blades, m (ASSUMPTION, KMT-class track-width plough). */
    static final double PLOUGH_BLADE_WIDTH_M = 0.8;
    /** Distance between the centres of a plough's two blades, m (ASSUMPTION: a tank's track centres). */
    static final double PLOUGH_BLADE_SPACING_M = 2.8;

    /**
     * A breach the doctrine chose.
     *
     * @param method     the method
     * @param lanes      lanes to open
     * @param used       consumable assets it uses up (line charges or bridges)
     * @param laneWidthM width of each lane, m
     * @param clearance  probability that the method clears a mine in its path
     * @param extra      index of the user's method in the column's {@link EngineerAssets#extra()}, or -1 for a
     *                   built-in one ({@code method} is then the built-in it is counted under)
     */
    record Plan(BreachMethod method, int lanes, int used, double laneWidthM, double clearance, int extra) {
        /** A built-in method's plan. */
        Plan(BreachMethod method, int lanes, int used, double laneWidthM, double clearance) {
            this(method, lanes, used, laneWidthM, clearance, -1);
        }
    }

    private final BreachDoctrine doctrine;
    private final EngineerAssets assets;
    private final EventPublisher events;
    private final String column;
    /** Line charges left. */
    private int lineCharges;
    /** Bridges left. */
    private int bridges;
    /** Ploughs, earth movers and rollers left (their carriers not lost). */
    private int ploughs;
    private int earthMovers;
    private int rollers;
    /** Per user method ({@link EngineerAssets#extra()}): items left. */
    private final int[] extraLeft;
    /**
     * Per user method: items per vehicle number, or null when it names no carrier (never lost); the plan's arrays
     * ({@link Carriers}) until this column first changes one, then its own copy (see {@link #owned}).
     */
    private int[][] extraOn;
    /**
     * Per vehicle number (march order at the start): line charges, ploughs, bridges, earth movers and rollers it
     * carries; null when that kind names no carrier (never lost). The plan's arrays ({@link Carriers}), shared and
     * never written, until this column first changes one: then it writes its own copy (see {@link #owned}).
     */
    private int[] chargesOn;
    private int[] ploughOn;
    private int[] bridgeOn;
    private int[] earthMoverOn;
    private int[] rollerOn;
    /**
     * Which of the carrier arrays are this column's own copies (bits {@link #CHARGES} ... {@link #ROLLERS}, and
     * {@link #EXTRA} for {@link #extraOn}): copied on the first change, not per replication (issue 16).
     */
    private int owned;
    private static final int CHARGES = 1;
    private static final int PLOUGHS = 2;
    private static final int BRIDGES = 4;
    private static final int EARTH_MOVERS = 8;
    private static final int ROLLERS = 16;
    private static final int EXTRA = 32;
    private final org.gapsim.scenario.Clock clock;
    /** The vehicle type pushing the rollers (null when they name no carrier), and blasts the roller in use has left. */
    private final org.gapsim.scenario.VehicleType rollerType;
    private int rollerBlasts;
    /**
     * Per lane of the last {@link #startLanes}: the lane's remaining work (by day, minutes) at each plough blade
     * strike, in the order they happen (null for a lane with none; the array null when no lane has one).
     */
    private double[][] strikes;
    /** Per lane of the last {@link #startLanes}: whether its strikes are a proofing plough's (after a line charge). */
    private boolean[] proofStrikes;

    /**
     * @param doctrine the force's breach doctrine
     * @param assets   the column's engineer assets at the start
     * @param events   where lane openings are published
     * @param column   the column's id
     */
    Breach(BreachDoctrine doctrine, EngineerAssets assets, EventPublisher events, String column) {
        this(doctrine, assets, events, column, new org.gapsim.scenario.VehicleType[0],
                org.gapsim.scenario.Clock.ALWAYS_DAY);
    }

    /**
     * @param order the column's vehicle types in march order at the start (the first vehicles of a carrier type
     *              carry that kind of asset: one item each, line charges spread evenly over all of that type)
     * @param clock the scenario's time of day (work at night takes {@code nightWorkFactor} times longer)
     */
    Breach(BreachDoctrine doctrine, EngineerAssets assets, EventPublisher events, String column,
           org.gapsim.scenario.VehicleType[] order, org.gapsim.scenario.Clock clock) {
        this(doctrine, assets, events, column, Carriers.of(assets, order), clock);
    }

    /**
     * @param carriers who carries what at the start, worked out once per plan ({@link Carriers#of}); copied here,
     *                 since losses change it
     * @param clock    the scenario's time of day (work at night takes {@code nightWorkFactor} times longer)
     */
    Breach(BreachDoctrine doctrine, EngineerAssets assets, EventPublisher events, String column, Carriers carriers,
           org.gapsim.scenario.Clock clock) {
        this.doctrine = doctrine;
        this.assets = assets;
        this.events = events;
        this.column = column;
        this.clock = clock;
        this.lineCharges = assets.lineCharges().count();
        this.bridges = assets.bridgeLayers().count();
        this.ploughs = assets.minePloughs().count();
        this.earthMovers = assets.earthMovers().count();
        this.rollers = assets.mineRollers().count();
        this.chargesOn = carriers.chargesOn;
        this.ploughOn = carriers.ploughOn;
        this.bridgeOn = carriers.bridgeOn;
        this.earthMoverOn = carriers.earthMoverOn;
        this.rollerOn = carriers.rollerOn;
        this.rollerType = carriers.rollerType;
        this.rollerBlasts = assets.mineRollers().blastsSurvived();
        int k = assets.extra().size();
        this.extraLeft = new int[k];
        this.extraOn = carriers.extraOn;
        for (int i = 0; i < k; i++) {
            extraLeft[i] = assets.extra().get(i).count();
        }
    }

    /** @return the carrier array of kind {@code bit} ({@link #CHARGES} ... {@link #ROLLERS}), this column's own */
    private int[] writable(int bit) {
        boolean copy = (owned & bit) == 0;
        owned |= bit;
        switch (bit) {
            case CHARGES -> {
                return chargesOn = copy ? chargesOn.clone() : chargesOn;
            }
            case PLOUGHS -> {
                return ploughOn = copy ? ploughOn.clone() : ploughOn;
            }
            case BRIDGES -> {
                return bridgeOn = copy ? bridgeOn.clone() : bridgeOn;
            }
            case EARTH_MOVERS -> {
                return earthMoverOn = copy ? earthMoverOn.clone() : earthMoverOn;
            }
            default -> {
                return rollerOn = copy ? rollerOn.clone() : rollerOn;
            }
        }
    }

    /** @return user method {@code i}'s carrier array, this column's own */
    private int[] writableExtra(int i) {
        if ((owned & EXTRA) == 0) {
            int[][] own = extraOn.clone();
            for (int j = 0; j < own.length; j++) {
                own[j] = own[j] == null ? null : own[j].clone();
            }
            extraOn = own;
            owned |= EXTRA;
        }
        return extraOn[i];
    }

    /**
     * Takes what vehicle {@code vehicle} carries of kind {@code bit} off it (nothing is copied when it carries none).
     *
     * @return the items it carried
     */
    private int take(int bit, int[] on, int vehicle) {
        if (on == null || on[vehicle] == 0) {
            return 0;
        }
        int[] own = writable(bit);
        int k = own[vehicle];
        own[vehicle] = 0;
        return k;
    }

    /**
     * Who carries what in one column at the start (per vehicle number, march order; null when a kind names no
     * carrier), and the type pushing the rollers (null if none): the same in every replication, so worked out once
     * per plan ({@link CrossingPlan#carriers}) and never changed.
     */
    static final class Carriers {
        private final int[] chargesOn;
        private final int[] ploughOn;
        private final int[] bridgeOn;
        private final int[] earthMoverOn;
        private final int[] rollerOn;
        private final org.gapsim.scenario.VehicleType rollerType;
        /** Per user method: items per vehicle number, or null when it names no carrier. */
        private final int[][] extraOn;

        private Carriers(int[] chargesOn, int[] ploughOn, int[] bridgeOn, int[] earthMoverOn, int[] rollerOn,
                         org.gapsim.scenario.VehicleType rollerType, int[][] extraOn) {
            this.extraOn = extraOn;
            this.chargesOn = chargesOn;
            this.ploughOn = ploughOn;
            this.bridgeOn = bridgeOn;
            this.earthMoverOn = earthMoverOn;
            this.rollerOn = rollerOn;
            this.rollerType = rollerType;
        }

        /**
         * @param order the column's vehicle types in march order at the start (the first vehicles of a carrier type
         *              carry that kind of asset: one item each, line charges spread evenly over all of that type)
         */
        static Carriers of(EngineerAssets assets, org.gapsim.scenario.VehicleType[] order) {
            org.gapsim.scenario.VehicleType rt = null;
            for (org.gapsim.scenario.VehicleType t : order) {
                if (t.id().equals(assets.mineRollers().carrier())) {
                    rt = t;
                    break;
                }
            }
            int[][] extraOn = new int[assets.extra().size()][];
            for (int i = 0; i < extraOn.length; i++) {
                EngineerAssets.Extra x = assets.extra().get(i);
                extraOn[i] = spread(order, x.carrier(), x.count(), false);
            }
            return new Carriers(spread(order, assets.lineCharges().carrier(), assets.lineCharges().count(), true),
                    spread(order, assets.minePloughs().carrier(), assets.minePloughs().count(), false),
                    spread(order, assets.bridgeLayers().carrier(), assets.bridgeLayers().count(), false),
                    spread(order, assets.earthMovers().carrier(), assets.earthMovers().count(), false),
                    spread(order, assets.mineRollers().carrier(), assets.mineRollers().count(), false), rt, extraOn);
        }
    }

    /** @return items per vehicle number: one each on the first carriers, or spread evenly over all of them */
    private static int[] spread(org.gapsim.scenario.VehicleType[] order, String carrier, int count, boolean even) {
        if (carrier == null || count == 0) {
            return null;
        }
        int[] on = new int[order.length];
        int carriers = 0;
        for (org.gapsim.scenario.VehicleType t : order) {
            if (t.id().equals(carrier)) {
                carriers++;
            }
        }
        int k = 0;
        for (int i = 0; i < order.length && carriers > 0; i++) {
            if (order[i].id().equals(carrier)) {
                on[i] = even ? count / carriers + (k < count % carriers ? 1 : 0) : (k < count ? 1 : 0);
                k++;
            }
        }
        return on;
    }

    /**
     * The vehicle of number {@code vehicle} (march order at the start) was lost at {@code when}: what it carried is
     * lost with it, one {@link ModelEvent.AssetLost} per item (published at its time).
     *
     * @return whether it carried anything
     */
    boolean carrierLost(int vehicle, String vehicleType, double when, String obstacle) {
        int lc = take(CHARGES, chargesOn, vehicle);
        int pl = take(PLOUGHS, ploughOn, vehicle);
        int br = take(BRIDGES, bridgeOn, vehicle);
        int em = take(EARTH_MOVERS, earthMoverOn, vehicle);
        int ro = take(ROLLERS, rollerOn, vehicle);
        lc = Math.min(lc, lineCharges);
        lineCharges -= lc;
        ploughs -= pl;
        bridges -= Math.min(br, bridges);
        earthMovers -= em;
        rollers -= ro;
        lost(lc, "line-charge", vehicle, vehicleType, when, obstacle);
        lost(pl, "plough", vehicle, vehicleType, when, obstacle);
        lost(br, "bridge", vehicle, vehicleType, when, obstacle);
        lost(em, "earth-mover", vehicle, vehicleType, when, obstacle);
        lost(ro, "roller", vehicle, vehicleType, when, obstacle);
        int ex = 0;
        for (int i = 0; i < extraOn.length; i++) {
            int[] on = extraOn[i];
            int k = 0;
            if (on != null && on[vehicle] != 0) {
                int[] own = writableExtra(i);
                k = own[vehicle];
                own[vehicle] = 0;
            }
            k = Math.min(k, extraLeft[i]);
            extraLeft[i] -= k;
            ex += k;
            lost(k, assetName(assets.extra().get(i).countedAs()), vehicle, vehicleType, when, obstacle);
        }
        return lc + pl + br + em + ro + ex > 0;
    }

    /**
     * @return the {@link ModelEvent.AssetLost} name a user method's items are lost under: that of the built-in
     *         method it is counted as (so the outputs' {@code assets_lost_<kind>} count it there)
     */
    private static String assetName(BreachMethod m) {
        return switch (m) {
            case LINE_CHARGE -> "line-charge";
            case MINE_PLOUGH -> "plough";
            case BRIDGE_LAYER -> "bridge";
            case EARTH_MOVER -> "earth-mover";
            case MANUAL -> throw new IllegalStateException("a user method is never counted as MANUAL");
        };
    }

    private void lost(int k, String asset, int vehicle, String vehicleType, double when, String obstacle) {
        for (int j = 0; j < k; j++) {
            events.publishAt(new ModelEvent.AssetLost(when, column, obstacle, vehicle, vehicleType, asset));
        }
    }

    /**
     * @return whether vehicle number {@code vehicle} carries what method {@code m} works with (a carrier for that
     *         method); false for a method whose assets name no carrier
     */
    boolean carries(int vehicle, BreachMethod m) {
        int[] on = switch (m) {
            case LINE_CHARGE -> chargesOn;
            case MINE_PLOUGH -> ploughOn;
            case BRIDGE_LAYER -> bridgeOn;
            case EARTH_MOVER -> earthMoverOn;
            case MANUAL -> null;
        };
        return on != null && on[vehicle] > 0;
    }

    /**
     * @return whether vehicle number {@code vehicle} carries what plan {@code b}'s method works with (a user method's
     *         own assets for a user method)
     */
    boolean carries(int vehicle, Plan b) {
        return b.extra() >= 0 ? has(extraOn[b.extra()], vehicle) : carries(vehicle, b.method());
    }

    /** @return whether plan {@code b}'s assets ride on modelled vehicles (so a lane of it has a carrier) */
    boolean hasCarriers(Plan b) {
        return b.extra() >= 0 ? extraOn[b.extra()] != null : hasCarriers(b.method());
    }

    /** @return whether vehicle number {@code vehicle} carries any engineer asset */
    boolean carriesAny(int vehicle) {
        if (has(chargesOn, vehicle) || has(ploughOn, vehicle) || has(bridgeOn, vehicle)
                || has(earthMoverOn, vehicle) || has(rollerOn, vehicle)) {
            return true;
        }
        for (int[] on : extraOn) {
            if (has(on, vehicle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(int[] on, int vehicle) {
        return on != null && on[vehicle] > 0;
    }

    /** @return whether method {@code m}'s assets ride on modelled vehicles (so a lane of it has a carrier) */
    boolean hasCarriers(BreachMethod m) {
        return switch (m) {
            case LINE_CHARGE -> chargesOn != null;
            case MINE_PLOUGH -> ploughOn != null;
            case BRIDGE_LAYER -> bridgeOn != null;
            case EARTH_MOVER -> earthMoverOn != null;
            case MANUAL -> false;
        };
    }

    /** @return the time work of {@code workMin} minutes started at {@code begin} ends, slower at night */
    double finishMin(double begin, double workMin) {
        return clock.finishMin(begin, workMin, doctrine.nightWorkFactor());
    }

    /**
     * @return the first method in the doctrine's preference the column can use on {@code o} with the assets it has
     *         left, or null if none
     */
    Plan choose(Obstacle o) {
        if (o instanceof Obstacle.Extension x) {
            return ExtensionRules.choose(x, this, assets, doctrine.lanesPerObstacle());
        }
        int wanted = doctrine.lanesPerObstacle();
        for (BreachMethod m : doctrine.methods().get(o.kind())) {
            switch (m) {
                case LINE_CHARGE -> {
                    if (o instanceof Minefield mf) {
                        EngineerAssets.LineCharges lc = assets.lineCharges();
                        int per = chargesPerLane(mf, lc);
                        int lanes = Math.min(wanted, lineCharges / per);
                        if (lanes >= 1) {
                            return new Plan(m, lanes, lanes * per, lc.laneWidthM(), lc.clearanceProbability());
                        }
                    }
                }
                case MINE_PLOUGH -> {
                    EngineerAssets.MinePloughs mp = assets.minePloughs();
                    if (o.kind() == ObstacleKind.MINEFIELD && ploughs > 0) {
                        return new Plan(m, Math.min(wanted, ploughs), 0,
                                PLOUGH_BLADE_SPACING_M + PLOUGH_BLADE_WIDTH_M, mp.clearanceProbability());
                    }
                }
                case BRIDGE_LAYER -> {
                    EngineerAssets.BridgeLayers bl = assets.bridgeLayers();
                    if (isGap(o.kind()) && bridges > 0 && o.laneLengthM() <= bl.spanM()) {
                        int lanes = Math.min(wanted, bridges);
                        return new Plan(m, lanes, lanes, MECHANICAL_LANE_WIDTH_M, 1.0);
                    }
                }
                case EARTH_MOVER -> {
                    if (earthMovers > 0 && earthMoverWorks(o.kind())) {
                        return new Plan(m, Math.min(wanted, earthMovers), 0,
                                MECHANICAL_LANE_WIDTH_M, 1.0);
                    }
                }
                case MANUAL -> {
                    if (o.kind() != ObstacleKind.BRIDGE_DEMOLITION) {
                        return new Plan(m, wanted, 0, MANUAL_LANE_WIDTH_M, assets.manual().clearanceProbability());
                    }
                }
                default -> throw new IllegalStateException("unhandled method " + m);
            }
        }
        return null;
    }

    /** @return whether a bridge layer spans this kind of obstacle: a gap (ditch, crater, blown bridge) */
    private static boolean isGap(ObstacleKind k) {
        return switch (k) {
            case ANTI_TANK_DITCH, CRATER, BRIDGE_DEMOLITION -> true;
            case MINEFIELD, DRAGONS_TEETH, ABATIS -> false;
        };
    }

    /** @return whether earth movers can open this kind of obstacle (fill it, or push it aside) */
    private static boolean earthMoverWorks(ObstacleKind k) {
        return switch (k) {
            case ANTI_TANK_DITCH, CRATER, DRAGONS_TEETH, ABATIS -> true;
            case MINEFIELD, BRIDGE_DEMOLITION -> false;
        };
    }

    /** @return the assets of method {@code m} left: line charges, bridges, ploughs, earth movers (manual: 1) */
    int left(BreachMethod m) {
        return switch (m) {
            case LINE_CHARGE -> lineCharges;
            case MINE_PLOUGH -> ploughs;
            case BRIDGE_LAYER -> bridges;
            case EARTH_MOVER -> earthMovers;
            case MANUAL -> 1;
        };
    }

    /**
     * @param k index of a user method in the column's {@link EngineerAssets#extra()}
     * @return its items left (their carriers not lost, not used up)
     */
    int extraLeft(int k) {
        return extraLeft[k];
    }

    /** Uses up the consumable assets (line charges, bridges, a consumable user method's items) of a breach. */
    void consume(Plan b) {
        if (b.extra() >= 0) {
            extraLeft[b.extra()] -= b.used();
        } else if (b.method() == BreachMethod.LINE_CHARGE) {
            lineCharges -= b.used();
        } else if (b.method() == BreachMethod.BRIDGE_LAYER) {
            bridges -= b.used();
        }
    }

    /**
     * Starts the work on every lane at {@code begin} (minutes) where nobody fires: lane work as planned
     * ({@link #startLanes}), each lane open at the end of its work (slower at night), each
     * {@link ModelEvent.LaneOpened} published at its time.
     */
    void openLanes(ObstacleState os, Plan b, double begin, RandomStream bt, RandomStream friction) {
        double[] work = startLanes(os, b, begin, bt, friction);
        for (int j = 0; j < work.length; j++) {
            if (strikes != null && strikes[j] != null && work[j] < Double.POSITIVE_INFINITY) {
                work[j] = strikesOutOfFire(j, work[j], b, os.obstacle.id(), begin, friction);
            }
            double open = finishMin(begin, work[j]);
            os.laneOpen[j] = open;
            os.laneFree[j] = open;
            if (open < Double.POSITIVE_INFINITY) {
                events.publishAt(new ModelEvent.LaneOpened(open, column, os.obstacle.id(), j));
            }
        }
    }

    /**
     * Plough strikes on lane {@code j} at a site no defender unit reaches: each loses a plough (its
     * {@link ModelEvent.AssetLost} published at its time) and adds the wreck's recovery ({@code recoveryMin}) or, if
     * a plough is left, the later of it and a spare's coming up ({@code assetReplaceMin}, at the same time); a plough lane with no plough left cannot be
     * finished (infinity), a proofing pass goes on with what is at hand. Draws from {@code friction}. ASSUMPTION:
     * out of fire the carrier is not modelled as struck (the column's vehicles are the fight's business).
     *
     * @return the lane's working time by day with the strikes, minutes
     */
    private double strikesOutOfFire(int j, double work, Plan b, String obstacle, double begin, RandomStream friction) {
        double extra = 0;
        for (double rem : strikes[j]) {
            if (ploughs <= 0) {
                if (!proofStrikes[j]) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double at = finishMin(begin, work - rem + extra);
            ploughStruck(firstCarrier(ploughOn), assets.minePloughs().carrier(), at, obstacle);
            double recovery = doctrine.recoveryMin().inverse(friction.nextDouble());
            if (ploughs > 0) {   // the spare moves up while the wreck is recovered: the later of the two
                extra += Math.max(recovery, doctrine.assetReplaceMin().inverse(friction.nextDouble()));
            } else if (!proofStrikes[j]) {
                return Double.POSITIVE_INFINITY;
            } else {
                extra += recovery;
            }
        }
        return work + extra;
    }

    /**
     * A plough struck a mine: the plough on vehicle number {@code vehicle} (-1: ploughs carried by no modelled
     * vehicle) is lost, its {@link ModelEvent.AssetLost} published at {@code when}.
     */
    void ploughStruck(int vehicle, String vehicleType, double when, String obstacle) {
        if (ploughOn != null && vehicle >= 0 && ploughOn[vehicle] > 0) {
            writable(PLOUGHS)[vehicle]--;
        }
        ploughs--;
        events.publishAt(new ModelEvent.AssetLost(when, column, obstacle, vehicle, vehicleType, "plough"));
    }

    /** @return the vehicle type id carrying the ploughs, or null when none is modelled */
    String ploughCarrierType() {
        return assets.minePloughs().carrier();
    }

    /** @return ploughs left (their carriers not lost, not struck) */
    int ploughsLeft() {
        return ploughs;
    }

    /**
     * @return per lane of the last {@link #startLanes}, its remaining work (by day, minutes) at each plough strike in
     *         order (null for a lane with none), or null when no lane has one
     */
    double[][] strikes() {
        return strikes;
    }

    /** @return whether lane {@code j}'s strikes (of the last {@link #startLanes}) are a proofing plough's */
    boolean proofStrike(int j) {
        return proofStrikes != null && proofStrikes[j];
    }

    /**
     * Sets the obstacle up for lanes (status, lane centres and width; opening times not yet known: infinity),
     * clears the mines a minefield lane's method removes, and returns each lane's working time by day, minutes
     * (work plus proofing of minefield lanes; infinity for a lane whose wasted charges could not be replaced).
     * Draws from {@code bt} in lane order: work, clearance of each mine, then proofing; misfires and wasted
     * charges from {@code friction} (only when the charges can misfire or fail).
     */
    double[] startLanes(ObstacleState os, Plan b, double begin, RandomStream bt, RandomStream friction) {
        Obstacle o = os.obstacle;
        os.status = ObstacleState.Status.LANES;
        os.laneOpen = new double[b.lanes()];
        os.laneFree = new double[b.lanes()];
        os.laneCentre = new double[b.lanes()];
        java.util.Arrays.fill(os.laneOpen, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(os.laneFree, Double.POSITIVE_INFINITY);
        os.laneWidth = b.laneWidthM();
        double[] works = new double[b.lanes()];
        double corridor = doctrine.corridorWidthM();
        double blade = assets.minePloughs().bladeDetonationProbability();
        strikes = null;
        proofStrikes = null;
        for (int j = 0; j < b.lanes(); j++) {
            double work = laneWorkMin(b, o, bt, friction, begin);
            os.laneCentre[j] = corridor * (j + 0.5) / b.lanes();
            if (o.kind() == ObstacleKind.MINEFIELD) {
                MineBelt belt = os.mines();
                double c = os.laneCentre[j];
                double depth = o.laneLengthM();
                if (b.method() == BreachMethod.MINE_PLOUGH) {
                    double h = PLOUGH_BLADE_SPACING_M / 2;
                    double w = PLOUGH_BLADE_WIDTH_M / 2;
                    if (blade > 0) {
                        double mpm = assets.minePloughs().speedKmh() * M_PER_MIN_PER_KMH;
                        int[] met = new int[2 * belt.count()];
                        int k = belt.liveBetween(c - h - w, c - h + w, met, 0);
                        k += belt.liveBetween(c + h - w, c + h + w, met, k);
                        java.util.Arrays.sort(met, 0, k);   // mine indices run in depth order
                        double[] rem = new double[k];
                        int n = 0;
                        for (int q = 0; q < k; q++) {
                            int i = met[q];
                            if (friction.nextDouble() < blade) {
                                belt.detonate(i);
                                rem[n++] = Math.max(0, depth - belt.depth(i)) / mpm;
                            } else if (bt.nextDouble() < b.clearance()) {
                                belt.detonate(i);   // lifted aside
                            }
                        }
                        strike(j, b.lanes(), java.util.Arrays.copyOf(rem, n), false);
                    } else {
                        belt.clear(c - h - w, c - h + w, b.clearance(), bt);
                        belt.clear(c + h - w, c + h + w, b.clearance(), bt);
                    }
                } else {
                    belt.clear(c - b.laneWidthM() / 2, c + b.laneWidthM() / 2, b.clearance(), bt);
                }
                if (doctrine.proofLanes()) {
                    boolean byPlough = !(rollers > 0 && rollerType != null) && ploughs > 0;
                    double ploughMin = byPlough ? proofPloughMin(depth) : 0;
                    double proof = byPlough ? assets.minePloughs().setupMin().inverse(bt.nextDouble()) + ploughMin
                            : doctrine.proofingMin().inverse(bt.nextDouble());
                    work += proof;
                    if (strikes != null && strikes[j] != null) {
                        for (int q = 0; q < strikes[j].length; q++) {
                            strikes[j][q] += proof;   // the plough's strikes come before its proofing pass
                        }
                    }
                    if (rollers > 0 && rollerType != null) {
                        rollerPass(belt, c, o.id(), begin + work);
                    } else if (blade > 0 && ploughs > 0 && b.method() == BreachMethod.LINE_CHARGE) {
                        proofByPlough(belt, c, b.laneWidthM(), depth, ploughMin, blade, j, b.lanes(), friction);
                    } else {
                        belt.clear(c - b.laneWidthM() / 2, c + b.laneWidthM() / 2, 1.0, bt);
                    }
                }
            }
            works[j] = work;
        }
        return works;
    }

    /**
     * @return the ploughing part of a proofing pass by plough down a lane {@code depthM} deep, minutes: the depth at
     *         the plough's speed with the blade lowered ({@code minePloughs.speedKmh}; KMT: at most 10 km/h,
     *         countermobility.md). The whole pass is the plough's {@code setupMin} plus this (ASSUMPTION: the plough
     *         waits at the lane's entrance with the breach force, so no move up is added); a pass with no plough or
     *         roller at hand takes the doctrine's {@code proofingMin} (a vehicle or a party walking the lane)
     */
    private double proofPloughMin(double depthM) {
        return depthM / (assets.minePloughs().speedKmh() * M_PER_MIN_PER_KMH);
    }

    /**
     * A proofing pass by plough down a line charge's lane: each live mine the charge left in the lane goes off under
     * it with {@code blade} (a strike, at the lane's remaining work: the ploughing still to do,
     * {@code ploughMin x (1 - depth / laneDepth)}), else it is lifted (the proofing pass clears the lane). Draws
     * from {@code friction}.
     */
    private void proofByPlough(MineBelt belt, double c, double laneWidthM, double depth, double ploughMin, double blade,
                               int j, int lanes, RandomStream friction) {
        int[] met = new int[belt.count()];
        int k = belt.liveBetween(c - laneWidthM / 2, c + laneWidthM / 2, met, 0);
        double[] rem = new double[k];
        int n = 0;
        for (int q = 0; q < k; q++) {
            int i = met[q];
            if (friction.nextDouble() < blade) {
                rem[n++] = ploughMin * Math.max(0, 1 - belt.depth(i) / depth);
            }
            belt.detonate(i);   // gone: set off under the plough, or lifted
        }
        strike(j, lanes, java.util.Arrays.copyOf(rem, n), true);
    }

    /** Records lane {@code j}'s strikes (remaining work at each, in order), if any. */
    private void strike(int j, int lanes, double[] rem, boolean proofing) {
        if (rem.length == 0) {
            return;
        }
        if (strikes == null) {
            strikes = new double[lanes][];
            proofStrikes = new boolean[lanes];
        }
        strikes[j] = rem;
        proofStrikes[j] = proofing;
    }

    /**
     * A proofing pass with a mine roller down the lane centred at {@code centreM}: the mines under the roller
     * vehicle's footprint go off in depth order, each using one of the roller's {@code blastsSurvived}; the blast
     * after the last destroys the roller ({@link ModelEvent.AssetLost}, published at {@code atMin}; ASSUMPTION:
     * the pushing vehicle itself is not modelled as struck) and the pass ends there, so the mines beyond it and
     * those between the tracks stay for the traffic (residual risk, unlike the plain proofing pass that clears
     * the lane). The next roller, if any, takes over for the next lane.
     */
    private void rollerPass(MineBelt belt, double centreM, String obstacle, double atMin) {
        int m = belt.firstUnder(rollerType, centreM, 0);
        while (m >= 0) {
            belt.detonate(m);
            if (rollerBlasts-- <= 0) {
                int carrier = firstCarrier(rollerOn);
                if (carrier >= 0) {
                    writable(ROLLERS)[carrier]--;
                }
                rollers--;
                rollerBlasts = assets.mineRollers().blastsSurvived();
                events.publishAt(new ModelEvent.AssetLost(atMin, column, obstacle, carrier, rollerType.id(),
                        "roller"));
                return;
            }
            m = belt.firstUnder(rollerType, centreM, m + 1);
        }
    }

    private static int firstCarrier(int[] on) {
        for (int i = 0; on != null && i < on.length; i++) {
            if (on[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    /** @return the working time to open one lane by day, minutes */
    private double laneWorkMin(Plan b, Obstacle o, RandomStream bt, RandomStream friction, double begin) {
        if (o instanceof Obstacle.Extension x) {
            return b.extra() >= 0 ? ExtensionRules.laneWorkMin(x, assets.extra().get(b.extra()), bt)
                    : ExtensionRules.laneWorkMin(x, b.method(), assets, bt);
        }
        return switch (b.method()) {
            case LINE_CHARGE -> {
                EngineerAssets.LineCharges lc = assets.lineCharges();
                int per = chargesPerLane((Minefield) o, lc);
                double s = 0;
                for (int k = 0; k < per; k++) {
                    s += lc.timePerChargeMin().inverse(bt.nextDouble());
                }
                if (lc.misfireProbability() > 0 || lc.failureProbability() > 0) {
                    s += chargeFriction(lc, per, o.id(), begin, s, friction);
                }
                yield s;
            }
            case MINE_PLOUGH -> {
                EngineerAssets.MinePloughs mp = assets.minePloughs();
                yield mp.setupMin().inverse(bt.nextDouble()) + o.laneLengthM() / (mp.speedKmh() * M_PER_MIN_PER_KMH);
            }
            case BRIDGE_LAYER -> assets.bridgeLayers().emplaceMin().inverse(bt.nextDouble());
            case EARTH_MOVER -> {
                EngineerAssets.EarthMovers em = assets.earthMovers();
                yield switch (o.kind()) {
                    case ANTI_TANK_DITCH -> ((AntiTankDitch) o).fillVolumeM3(MECHANICAL_LANE_WIDTH_M)
                            / em.fillRateM3PerMin();
                    case CRATER -> ((Crater) o).fillVolumeM3(MECHANICAL_LANE_WIDTH_M) / em.fillRateM3PerMin();
                    case MINEFIELD, DRAGONS_TEETH, ABATIS, BRIDGE_DEMOLITION -> o.laneLengthM() / em.clearRateMPerMin();
                };
            }
            case MANUAL -> o.kind() == ObstacleKind.MINEFIELD
                    ? o.laneLengthM() / assets.manual().minefieldRateMPerMin()
                    : o.laneLengthM() / assets.manual().obstacleRateMPerMin();
        };
    }

    /**
     * Misfires and wasted charges of one lane's {@code per} charges (stream {@code friction}): a misfired charge is
     * primed by hand ({@code primingMin}); a wasted one is replaced by another charge if any is left (its firing
     * time again), else the lane cannot be finished (infinity).
     *
     * @return the extra working time, minutes
     */
    private double chargeFriction(EngineerAssets.LineCharges lc, int per, String obstacle, double begin, double base,
                                  RandomStream friction) {
        double extra = 0;
        for (int k = 0; k < per; k++) {
            double at = begin + base * (k + 1) / per + extra;
            if (friction.nextDouble() < lc.failureProbability()) {
                events.publishAt(new ModelEvent.ChargeMisfired(at, column, obstacle, true));
                if (lineCharges <= 0) {
                    return Double.POSITIVE_INFINITY;
                }
                lineCharges--;
                extra += lc.timePerChargeMin().inverse(friction.nextDouble());
                k--;            // the replacement charge may misfire or fail too
                continue;
            }
            if (friction.nextDouble() < lc.misfireProbability()) {
                events.publishAt(new ModelEvent.ChargeMisfired(at, column, obstacle, false));
                extra += lc.primingMin().inverse(friction.nextDouble());
            }
        }
        return extra;
    }

    /** @return line charges needed for one lane through {@code mf} (each clears one charge's length) */
    private static int chargesPerLane(Minefield mf, EngineerAssets.LineCharges lc) {
        return (int) Math.ceil(mf.depthM() / lc.laneLengthM() - 1e-9);
    }
}
