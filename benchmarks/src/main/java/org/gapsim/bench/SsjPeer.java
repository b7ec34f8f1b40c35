package org.gapsim.bench;

import umontreal.ssj.probdist.NormalDist;
import umontreal.ssj.probdist.PoissonDist;
import umontreal.ssj.probdist.TriangularDist;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * Issue 16's hand-written peer: the small crossing job of {@link BenchScenarios#smallJob()} written as a researcher
 * would with SSJ alone, with no gapsim class in the model. Every vehicle is an entity and every movement of one is
 * an SSJ {@link Event} allocated when it is scheduled (the SSJ tutorials' style): it reaches the minefield, enters a
 * lane (or drives in unawares), sets off a mine, leaves the field, reaches the objective. Its own MRG32k3a streams
 * (march, detection, mine layout, encounter, breach), explicitly seeded; replication {@code r} runs on substream
 * {@code r} of each, reached by {@code resetNextSubstream} after each replication, so replications must run in
 * order 0, 1, 2, ... on one instance. Not thread-safe: one instance (one {@link Simulator}) per thread.
 *
 * <p>The rules are gapsim's as its README states them ("The model"), restated here as this model's own:
 * departure after a triangular 0/15/60 min delay; march speed 45 km/h (the road's limit is 60) times a triangular
 * 0.8/0.95/1.0 factor, vehicles 50 m apart. At the field the lead's recon has found it with probability 0.6.
 * Otherwise vehicles drive in at march speed, the lead at a lateral position normal about the 10 m corridor's
 * centre (sd 1.5 m), each follower about the lead's (sd 0.3 m), kept inside the corridor; the first vehicle with a
 * live mine under a track (a mine at lateral distance d with 3.59/2 - 0.58 &lt;= |d| &lt;= 3.59/2) sets it off at
 * that mine's depth and is stopped with probability 0.7; the vehicles behind it had not entered (they wait at the
 * edge), a survivor backs out and waits with them, and the vehicles ahead that had not left the field yet wait on
 * the far side until the first lane opens. Breach: after a triangular 5/10/20 min decision delay, two 8 m lanes
 * centred 2.5 m and 7.5 m across the corridor, each opened by three line charges of triangular 1.5/2/4 min in
 * sequence, each clearing each live mine across its lane with probability 0.9. Vehicles take the lanes in march
 * order, each the lane that frees first (lowest lane among equals), 50 m apart at 8 km/h, at a lateral position
 * normal about the lane's centre (sd 0.3 m) kept inside the lane; residual mines are met in time order (a survivor
 * drives on and may meet the next one). Vehicles leave the field far edge no closer than their march headway and
 * drive on to the objective. Closure: the last surviving vehicle's arrival.
 *
 * <p>One difference from gapsim, which decides a column's passage when its head reaches the field: a vehicle that
 * crossed the field unawares and left it before a vehicle behind it set off a mine drives on here (gapsim holds it
 * on the far side). It changes the arrival of vehicles ahead of the first victim only, never the closure (the tail
 * comes through the lanes) nor the losses.
 */
public final class SsjPeer {
    /** Vehicles in the column. */
    static final int VEHICLES = 60;
    /** Interval between vehicles on the march, m. */
    static final double INTERVAL_M = 50;
    /** The column's road speed before the random factor, km/h (T-72 class 45; the road's limit 60). */
    static final double ROAD_SPEED_KMH = 45;
    /** Road length, km. */
    static final double ROAD_KM = 30;
    /** Near edge of the field, km from the start. */
    static final double FIELD_KM = 15;
    /** Depth of the field, m. */
    static final double FIELD_DEPTH_M = 300;
    /** Mines per metre of front. */
    static final double DENSITY_PER_M = 1.0;
    /** Width of the corridor the column uses, m. */
    static final double CORRIDOR_M = 10;
    /** Vehicle width and track width, m. */
    static final double WIDTH_M = 3.59;
    static final double TRACK_M = 0.58;
    /** Probability that a mine set off stops the vehicle. */
    static final double P_KILL = 0.7;
    /** Probability that recon finds the field in advance. */
    static final double P_RECON = 0.6;
    /** Lateral sd of the lead and of followers, m. */
    static final double LEAD_SD_M = 1.5;
    static final double FOLLOWER_SD_M = 0.3;
    /** Lanes, lane width (m), charges per lane, clearance probability of a charge. */
    static final int LANES = 2;
    static final double LANE_WIDTH_M = 8;
    static final int CHARGES_PER_LANE = 3;
    static final double CLEARANCE = 0.9;
    /** Lane speed (m/min) and interval (m). */
    static final double LANE_SPEED_M_PER_MIN = 8 * 1000.0 / 60;
    static final double LANE_INTERVAL_M = 50;

    /** What one replication gives. */
    public record Result(double closureMin, int vehiclesLost) {
    }

    private enum Field { UNKNOWN, UNAWARE, STRIKE_PENDING, LANES }

    private final Simulator engine = new Simulator();
    private final MRG32k3a march;
    private final MRG32k3a detection;
    private final MRG32k3a layout;
    private final MRG32k3a encounter;
    private final MRG32k3a breach;

    // state of one replication
    private double speedMPerMin;
    private double headwayMin;
    private Field field;
    private double leadCentre;
    private double[] mineX = new double[64];
    private double[] mineY = new double[64];
    private boolean[] alive = new boolean[64];
    private int mines;
    private final double[] laneOpen = new double[LANES];
    private final double[] laneFree = new double[LANES];
    private final double[] laneCentre = new double[LANES];
    /** Vehicles waiting at the near edge, in march order, and when each got there. */
    private final int[] waiting = new int[VEHICLES];
    private final double[] readyAt = new double[VEHICLES];
    private int waitHead;
    private int waitTail;
    private final LeaveLane[] inLane = new LeaveLane[VEHICLES];
    private double farSideHoldUntil;
    private double lastPass;
    private int lost;
    private int arrived;
    private double lastArrival;

    /**
     * @param seed master seed; the five streams get seeds derived from it
     */
    public SsjPeer(long seed) {
        march = Rngs.seeded(seed);
        detection = Rngs.seeded(seed + 1);
        layout = Rngs.seeded(seed + 2);
        encounter = Rngs.seeded(seed + 3);
        breach = Rngs.seeded(seed + 4);
    }

    /**
     * Runs the next replication (the first call runs replication 0) and moves every stream to its next substream.
     *
     * @return its closure and losses
     */
    public Result replication() {
        engine.init();
        field = Field.UNKNOWN;
        mines = -1;
        waitHead = 0;
        waitTail = 0;
        farSideHoldUntil = Double.NEGATIVE_INFINITY;
        lastPass = Double.NEGATIVE_INFINITY;
        lost = 0;
        arrived = 0;
        lastArrival = Double.NaN;
        new Departure().schedule(TriangularDist.inverseF(0, 60, 15, march.nextDouble()));
        engine.start();
        march.resetNextSubstream();
        detection.resetNextSubstream();
        layout.resetNextSubstream();
        encounter.resetNextSubstream();
        breach.resetNextSubstream();
        return new Result(lastArrival, lost);
    }

    /** The column leaves: every vehicle is on its way to the field, one headway apart. */
    private final class Departure extends Event {
        Departure() {
            super(engine);
        }

        @Override
        public void actions() {
            double kmh = ROAD_SPEED_KMH * TriangularDist.inverseF(0.8, 1.0, 0.95, march.nextDouble());
            speedMPerMin = kmh * 1000 / 60;
            headwayMin = INTERVAL_M / speedMPerMin;
            double drive = FIELD_KM * 1000 / speedMPerMin;
            for (int i = 0; i < VEHICLES; i++) {
                new ReachField(i).schedule(i * headwayMin + drive);
            }
        }
    }

    /** Vehicle {@code i} reaches the near edge of the field. */
    private final class ReachField extends Event {
        private final int i;

        ReachField(int i) {
            super(engine);
            this.i = i;
        }

        @Override
        public void actions() {
            if (field == Field.UNKNOWN) {
                layOut();
                if (detection.nextDouble() < P_RECON) {
                    field = Field.LANES;
                    openLanes(engine.time());
                } else {
                    field = Field.UNAWARE;
                }
            }
            if (field == Field.UNAWARE) {
                driveIn(i);
            } else {
                waiting[waitTail] = i;
                readyAt[i] = engine.time();
                waitTail++;
                if (field == Field.LANES) {
                    dispatch();
                }
            }
        }
    }

    /** Vehicle {@code i} drives into the field nobody has found. */
    private void driveIn(int i) {
        double mean = i == 0 ? CORRIDOR_M / 2 : leadCentre;
        double sd = i == 0 ? LEAD_SD_M : FOLLOWER_SD_M;
        double c = clamp(mean + sd * NormalDist.inverseF01(encounter.nextDouble()), 0, CORRIDOR_M);
        if (i == 0) {
            leadCentre = c;
        }
        int m = nextUnder(c, 0);
        if (m >= 0) {
            field = Field.STRIKE_PENDING;
            new FieldStrike(i, m).schedule(mineY[m] / speedMPerMin);
        } else {
            new LeaveField(i).schedule(FIELD_DEPTH_M / speedMPerMin);
        }
    }

    /** Vehicle {@code i}, driving in unawares, sets off mine {@code m}: the field is found. */
    private final class FieldStrike extends Event {
        private final int i;
        private final int m;

        FieldStrike(int i, int m) {
            super(engine);
            this.i = i;
            this.m = m;
        }

        @Override
        public void actions() {
            alive[m] = false;
            if (encounter.nextDouble() < P_KILL) {
                lost++;
            } else {
                // the survivor backs out and takes its place at the head of the vehicles waiting at the edge
                System.arraycopy(waiting, waitHead, waiting, waitHead + 1, waitTail - waitHead);
                waiting[waitHead] = i;
                readyAt[i] = engine.time();
                waitTail++;
            }
            field = Field.LANES;
            openLanes(engine.time());
            farSideHoldUntil = Math.min(laneOpen[0], laneOpen[1]);
            dispatch();
        }
    }

    /** Lays out the field's mines across the corridor: a Poisson number, uniform across and in depth. */
    private void layOut() {
        int k = PoissonDist.inverseF(DENSITY_PER_M * CORRIDOR_M, layout.nextDouble());
        if (k > mineX.length) {
            mineX = new double[k];
            mineY = new double[k];
            alive = new boolean[k];
        }
        for (int j = 0; j < k; j++) {
            mineX[j] = layout.nextDouble() * CORRIDOR_M;
            mineY[j] = layout.nextDouble() * FIELD_DEPTH_M;
            alive[j] = true;
        }
        mines = k;
    }

    /** Decides to breach at {@code halt}: lane opening times, and the mines each lane's charges clear. */
    private void openLanes(double halt) {
        double begin = halt + TriangularDist.inverseF(5, 20, 10, breach.nextDouble());
        for (int j = 0; j < LANES; j++) {
            double work = 0;
            for (int k = 0; k < CHARGES_PER_LANE; k++) {
                work += TriangularDist.inverseF(1.5, 4, 2, breach.nextDouble());
            }
            laneCentre[j] = CORRIDOR_M * (j + 0.5) / LANES;
            laneOpen[j] = begin + work;
            laneFree[j] = laneOpen[j];
            double lo = laneCentre[j] - LANE_WIDTH_M / 2;
            double hi = laneCentre[j] + LANE_WIDTH_M / 2;
            for (int m = 0; m < mines; m++) {
                if (alive[m] && mineX[m] >= lo && mineX[m] <= hi && breach.nextDouble() < CLEARANCE) {
                    alive[m] = false;
                }
            }
        }
    }

    /** Sends the waiting vehicles, in march order, each into the lane that frees first. */
    private void dispatch() {
        double laneHeadway = LANE_INTERVAL_M / LANE_SPEED_M_PER_MIN;
        while (waitHead < waitTail) {
            int i = waiting[waitHead++];
            int lane = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < LANES; j++) {
                double e = Math.max(readyAt[i], Math.max(laneOpen[j], laneFree[j]));
                if (e < best) {
                    best = e;
                    lane = j;
                }
            }
            laneFree[lane] = best + laneHeadway;
            new EnterLane(i, lane).schedule(best - engine.time());
        }
    }

    /** Vehicle {@code i} enters lane {@code lane}. */
    private final class EnterLane extends Event {
        private final int i;
        private final int lane;

        EnterLane(int i, int lane) {
            super(engine);
            this.i = i;
            this.lane = lane;
        }

        @Override
        public void actions() {
            double lo = Math.max(laneCentre[lane] - LANE_WIDTH_M / 2, 0);
            double hi = Math.min(laneCentre[lane] + LANE_WIDTH_M / 2, CORRIDOR_M);
            double c = clamp(laneCentre[lane] + FOLLOWER_SD_M * NormalDist.inverseF01(encounter.nextDouble()), lo, hi);
            LeaveLane leave = new LeaveLane(i);
            inLane[i] = leave;
            leave.schedule(FIELD_DEPTH_M / LANE_SPEED_M_PER_MIN);
            int m = nextUnder(c, Double.NEGATIVE_INFINITY);
            if (m >= 0) {
                new LaneStrike(i, c, m, engine.time()).schedule(mineY[m] / LANE_SPEED_M_PER_MIN);
            }
        }
    }

    /** Vehicle {@code i} (centred at {@code c}, in its lane since {@code entered}) reaches mine {@code m}. */
    private final class LaneStrike extends Event {
        private final int i;
        private final double c;
        private final int m;
        private final double entered;

        LaneStrike(int i, double c, int m, double entered) {
            super(engine);
            this.i = i;
            this.c = c;
            this.m = m;
            this.entered = entered;
        }

        @Override
        public void actions() {
            int next = m;
            if (alive[m]) {
                alive[m] = false;
                if (encounter.nextDouble() < P_KILL) {
                    lost++;
                    inLane[i].cancel();
                    return;
                }
                next = nextUnder(c, mineY[m]);
            } else {
                next = nextUnder(c, mineY[m] - 1e-12);
            }
            if (next >= 0) {
                new LaneStrike(i, c, next, entered).schedule(entered + mineY[next] / LANE_SPEED_M_PER_MIN
                        - engine.time());
            }
        }
    }

    /** Vehicle {@code i} is through its lane. */
    private final class LeaveLane extends Event {
        private final int i;

        LeaveLane(int i) {
            super(engine);
            this.i = i;
        }

        @Override
        public void actions() {
            passFarEdge(i, engine.time());
        }
    }

    /** Vehicle {@code i} crossed the field unawares. */
    private final class LeaveField extends Event {
        private final int i;

        LeaveField(int i) {
            super(engine);
            this.i = i;
        }

        @Override
        public void actions() {
            passFarEdge(i, Math.max(engine.time(), farSideHoldUntil));
        }
    }

    /** Vehicle {@code i}, ready at {@code ready}, passes the far edge after the one before it and drives on. */
    private void passFarEdge(int i, double ready) {
        double pass = Math.max(ready, lastPass + headwayMin);
        lastPass = pass;
        double rest = (ROAD_KM - FIELD_KM) * 1000 - FIELD_DEPTH_M;
        new ReachObjective().schedule(pass + rest / speedMPerMin - engine.time());
    }

    /** A vehicle reaches the objective. */
    private final class ReachObjective extends Event {
        ReachObjective() {
            super(engine);
        }

        @Override
        public void actions() {
            arrived++;
            lastArrival = engine.time();
        }
    }

    /**
     * @return the first live mine deeper than {@code afterDepthM} under a vehicle centred at {@code c} (a mine
     *         under either track), or -1
     */
    private int nextUnder(double c, double afterDepthM) {
        double half = WIDTH_M / 2;
        int best = -1;
        for (int m = 0; m < mines; m++) {
            if (!alive[m] || mineY[m] <= afterDepthM) {
                continue;
            }
            double d = Math.abs(mineX[m] - c);
            if (d >= half - TRACK_M && d <= half && (best < 0 || mineY[m] < mineY[best])) {
                best = m;
            }
        }
        return best;
    }

    /** @return {@code x} kept so a vehicle centred there lies within [lo, hi] (the middle if it cannot) */
    private static double clamp(double x, double lo, double hi) {
        double min = lo + WIDTH_M / 2;
        double max = hi - WIDTH_M / 2;
        return min > max ? (lo + hi) / 2 : Math.max(min, Math.min(max, x));
    }
}
