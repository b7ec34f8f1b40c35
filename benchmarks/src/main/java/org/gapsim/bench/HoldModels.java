package org.gapsim.bench;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.model.ModelEvent;
import org.gapsim.model.ModelListener;
import umontreal.ssj.probdist.ExponentialDist;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The classic hold model in four implementations: a fixed number of pending events; firing one schedules one
 * more at an exponential delay (mean 1, by inversion: {@code ExponentialDist.inverseF(1, u)} from an MRG32k3a).
 * Every implementation does the same draws in the same order and reports its clock, so they can be compared event
 * for event; the unit tests check it.
 *
 * <ul>
 *   <li>{@link RawSsj}: an SSJ {@link Simulator} of its own (never the static {@code Sim}); each pending event is
 *       an {@link Event} built with {@link Event#Event(Simulator)} that re-schedules itself.</li>
 *   <li>{@link GapsimDispatch}: the way {@code CrossingModel} dispatches a column's head: one reused anonymous
 *       {@code Event} per entity whose {@code actions()} calls the entity's method, which builds a
 *       {@link ModelEvent} record, publishes it to the listeners (a loop over a list, like
 *       {@code CrossingModel.publish}) and re-schedules the same Event.</li>
 *   <li>{@link GapsimNotice}: the way {@code CrossingModel.publishAt} defers a publication: a fresh
 *       {@code Notice}-like Event carrying its record per hold.</li>
 *   <li>{@link Heap}: a primitive-array binary heap ({@code double[]} times, {@code int[]} ids): no objects at
 *       all, the machine's limit for this model.</li>
 * </ul>
 * Not thread-safe: one instance per thread.
 */
public final class HoldModels {
    private HoldModels() {
    }

    /**
     * @param name an SSJ event list class name: {@code SplayTree} (SSJ's default), {@code Henriksen},
     *             {@code BinaryTree}
     * @return a fresh, empty list
     */
    public static EventList eventList(String name) {
        return switch (name) {
            case "SplayTree" -> new SplayTree();
            case "Henriksen" -> new Henriksen();
            case "BinaryTree" -> new BinaryTree();
            default -> throw new IllegalArgumentException("unknown event list '" + name + "'");
        };
    }

    /** What every implementation offers. */
    public interface Hold {
        /**
         * Fires {@code events} events.
         *
         * @param events how many, &gt;= 1
         * @return the simulated clock after the last
         */
        double run(int events);

        /** @return events pending now (constant: the model's size) */
        int pending();
    }

    /** The shared draw: an exponential hold of mean 1 by inversion. */
    static double hold(MRG32k3a rng) {
        return ExponentialDist.inverseF(1.0, rng.nextDouble());
    }

    /** The hold model on raw SSJ: a self-re-scheduling Event per pending slot. */
    public static final class RawSsj implements Hold {
        private final Simulator sim;
        private final MRG32k3a rng;
        private int remaining;

        /**
         * @param list    the event list the simulator uses
         * @param pending events pending at all times
         * @param seed    seed of the stream of holds
         */
        public RawSsj(EventList list, int pending, long seed) {
            this.sim = new Simulator(list);
            sim.init();
            this.rng = Rngs.seeded(seed);
            for (int i = 0; i < pending; i++) {
                new Slot(sim).schedule(hold(rng));
            }
        }

        @Override
        public double run(int events) {
            remaining = events;
            sim.start();
            return sim.time();
        }

        @Override
        public int pending() {
            return countPending(sim);
        }

        private final class Slot extends Event {
            Slot(Simulator s) {
                super(s);
            }

            @Override
            public void actions() {
                schedule(hold(rng));
                if (--remaining == 0) {
                    sim.stop();
                }
            }
        }
    }

    /** The hold model dispatched the way {@code CrossingModel} moves a column's head. */
    public static final class GapsimDispatch implements Hold {
        private final Simulator sim;
        private final MRG32k3a rng;
        private final List<ModelListener> listeners = new ArrayList<>(2);
        private int remaining;

        /**
         * @param list     the event list the simulator uses
         * @param pending  entities (each with one pending event)
         * @param seed     seed of the stream of holds
         * @param listener the listener every event is published to (the benchmarks use sim-core's
         *                 {@code ReplicationMeasures}, the listener every replication has)
         */
        public GapsimDispatch(EventList list, int pending, long seed, ModelListener listener) {
            this.sim = new Simulator(list);
            sim.init();
            this.rng = Rngs.seeded(seed);
            listeners.add(listener);
            for (int i = 0; i < pending; i++) {
                new Entity("column-" + i).arrival.schedule(hold(rng));
            }
        }

        private void publish(ModelEvent e) {
            for (int i = 0; i < listeners.size(); i++) {
                listeners.get(i).on(e);
            }
        }

        @Override
        public double run(int events) {
            remaining = events;
            sim.start();
            return sim.time();
        }

        @Override
        public int pending() {
            return countPending(sim);
        }

        /** Like {@code CrossingModel.Column}: one reused Event whose actions call the owner. */
        private final class Entity {
            private final String id;
            private final Event arrival;

            Entity(String id) {
                this.id = id;
                this.arrival = new Event(sim) {
                    @Override
                    public void actions() {
                        arrive();
                    }
                };
            }

            void arrive() {
                double now = sim.time();
                publish(new ModelEvent.PlaceReached(now, id, "waypoint", now));
                arrival.schedule(hold(rng));
                if (--remaining == 0) {
                    sim.stop();
                }
            }
        }
    }

    /** The hold model as a chain of deferred publications, the way {@code CrossingModel.publishAt} schedules one. */
    public static final class GapsimNotice implements Hold {
        private final Simulator sim;
        private final MRG32k3a rng;
        private final List<ModelListener> listeners = new ArrayList<>(2);
        private int remaining;

        /**
         * @param list     the event list the simulator uses
         * @param pending  notices pending at all times
         * @param seed     seed of the stream of holds
         * @param listener the listener every notice is published to
         */
        public GapsimNotice(EventList list, int pending, long seed, ModelListener listener) {
            this.sim = new Simulator(list);
            sim.init();
            this.rng = Rngs.seeded(seed);
            listeners.add(listener);
            for (int i = 0; i < pending; i++) {
                double d = hold(rng);
                new Notice(sim, new ModelEvent.PlaceReached(d, "column-" + i, "waypoint", d)).schedule(d);
            }
        }

        private void publish(ModelEvent e) {
            for (int i = 0; i < listeners.size(); i++) {
                listeners.get(i).on(e);
            }
        }

        @Override
        public double run(int events) {
            remaining = events;
            sim.start();
            return sim.time();
        }

        @Override
        public int pending() {
            return countPending(sim);
        }

        /** Like {@code CrossingModel.Notice}: an Event per publication, carrying its record. */
        private final class Notice extends Event {
            private final ModelEvent payload;

            Notice(Simulator s, ModelEvent payload) {
                super(s);
                this.payload = payload;
            }

            @Override
            public void actions() {
                publish(payload);
                double d = hold(rng);
                double at = sim.time() + d;
                new Notice(sim, new ModelEvent.PlaceReached(at, payload.column(), "waypoint", at)).schedule(d);
                if (--remaining == 0) {
                    sim.stop();
                }
            }
        }
    }

    /** The hold model on a primitive-array binary heap: pop the earliest, push one at now + hold. */
    public static final class Heap implements Hold {
        private final double[] time;
        private final int[] id;
        private final MRG32k3a rng;
        private int size;
        private double now;

        /**
         * @param pending events pending at all times
         * @param seed    seed of the stream of holds
         */
        public Heap(int pending, long seed) {
            this.time = new double[pending + 1];
            this.id = new int[pending + 1];
            this.rng = Rngs.seeded(seed);
            for (int i = 0; i < pending; i++) {
                push(hold(rng), i);
            }
        }

        @Override
        public double run(int events) {
            for (int k = 0; k < events; k++) {
                int e = id[0];
                now = time[0];
                pop();
                push(now + hold(rng), e);
            }
            return now;
        }

        @Override
        public int pending() {
            return size;
        }

        private void push(double t, int e) {
            int i = size++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (time[p] <= t) {
                    break;
                }
                time[i] = time[p];
                id[i] = id[p];
                i = p;
            }
            time[i] = t;
            id[i] = e;
        }

        private void pop() {
            int n = --size;
            double t = time[n];
            int e = id[n];
            int i = 0;
            int half = n >>> 1;
            while (i < half) {
                int c = 2 * i + 1;
                if (c + 1 < n && time[c + 1] < time[c]) {
                    c++;
                }
                if (t <= time[c]) {
                    break;
                }
                time[i] = time[c];
                id[i] = id[c];
                i = c;
            }
            time[i] = t;
            id[i] = e;
        }
    }

    private static int countPending(Simulator sim) {
        int n = 0;
        for (Event ignored : sim.getEventList()) {
            n++;
        }
        return n;
    }
}
