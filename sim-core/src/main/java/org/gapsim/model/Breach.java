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
 * fire), mines cleared from a minefield lane (ploughs clear under their two blades), proofing. Times in minutes,
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
     */
    record Plan(BreachMethod method, int lanes, int used, double laneWidthM, double clearance) {
    }

    private final BreachDoctrine doctrine;
    private final EngineerAssets assets;
    private final EventPublisher events;
    private final String column;
    /** Line charges left. */
    private int lineCharges;
    /** Bridges left. */
    private int bridges;

    /**
     * @param doctrine the force's breach doctrine
     * @param assets   the column's engineer assets at the start
     * @param events   where lane openings are published
     * @param column   the column's id
     */
    Breach(BreachDoctrine doctrine, EngineerAssets assets, EventPublisher events, String column) {
        this.doctrine = doctrine;
        this.assets = assets;
        this.events = events;
        this.column = column;
        this.lineCharges = assets.lineCharges().count();
        this.bridges = assets.bridgeLayers().count();
    }

    /**
     * @return the first method in the doctrine's preference the column can use on {@code o} with the assets it has
     *         left, or null if none
     */
    Plan choose(Obstacle o) {
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
                    if (o.kind() == ObstacleKind.MINEFIELD && mp.count() > 0) {
                        return new Plan(m, Math.min(wanted, mp.count()), 0,
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
                    if (assets.earthMovers().count() > 0 && earthMoverWorks(o.kind())) {
                        return new Plan(m, Math.min(wanted, assets.earthMovers().count()), 0,
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

    /** Uses up the consumable assets (line charges or bridges) of a breach that starts. */
    void consume(Plan b) {
        if (b.method() == BreachMethod.LINE_CHARGE) {
            lineCharges -= b.used();
        } else if (b.method() == BreachMethod.BRIDGE_LAYER) {
            bridges -= b.used();
        }
    }

    /**
     * Starts the work on every lane at {@code begin} (minutes): marks the obstacle as having lanes, sets each
     * lane's opening time (work times the coverage multiplier, plus proofing of minefield lanes), clears the mines
     * a minefield lane's method removes, and publishes each {@link ModelEvent.LaneOpened} at its time. Draws from
     * {@code bt} in lane order: work, clearance of each mine, then proofing.
     */
    void openLanes(ObstacleState os, Plan b, double begin, RandomStream bt) {
        Obstacle o = os.obstacle;
        double mult = doctrine.breachMultiplier(o.coverage());
        os.status = ObstacleState.Status.LANES;
        os.laneOpen = new double[b.lanes()];
        os.laneFree = new double[b.lanes()];
        os.laneCentre = new double[b.lanes()];
        os.laneWidth = b.laneWidthM();
        double corridor = doctrine.corridorWidthM();
        for (int j = 0; j < b.lanes(); j++) {
            double work = laneWorkMin(b, o, bt) * mult;
            double open = begin + work;
            os.laneCentre[j] = corridor * (j + 0.5) / b.lanes();
            if (o.kind() == ObstacleKind.MINEFIELD) {
                MineBelt belt = os.mines();
                double c = os.laneCentre[j];
                if (b.method() == BreachMethod.MINE_PLOUGH) {
                    double h = PLOUGH_BLADE_SPACING_M / 2;
                    double w = PLOUGH_BLADE_WIDTH_M / 2;
                    belt.clear(c - h - w, c - h + w, b.clearance(), bt);
                    belt.clear(c + h - w, c + h + w, b.clearance(), bt);
                } else {
                    belt.clear(c - b.laneWidthM() / 2, c + b.laneWidthM() / 2, b.clearance(), bt);
                }
                if (doctrine.proofLanes()) {
                    open += doctrine.proofingMin().inverse(bt.nextDouble()) * mult;
                    belt.clear(c - b.laneWidthM() / 2, c + b.laneWidthM() / 2, 1.0, bt);
                }
            }
            os.laneOpen[j] = open;
            os.laneFree[j] = open;
            events.publishAt(new ModelEvent.LaneOpened(open, column, o.id(), j));
        }
    }

    /** @return the working time to open one lane, minutes, before the coverage multiplier */
    private double laneWorkMin(Plan b, Obstacle o, RandomStream bt) {
        return switch (b.method()) {
            case LINE_CHARGE -> {
                EngineerAssets.LineCharges lc = assets.lineCharges();
                int per = chargesPerLane((Minefield) o, lc);
                double s = 0;
                for (int k = 0; k < per; k++) {
                    s += lc.timePerChargeMin().inverse(bt.nextDouble());
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

    /** @return line charges needed for one lane through {@code mf} (each clears one charge's length) */
    private static int chargesPerLane(Minefield mf, EngineerAssets.LineCharges lc) {
        return (int) Math.ceil(mf.depthM() / lc.laneLengthM() - 1e-9);
    }
}
