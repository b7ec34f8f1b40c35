package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The model's event list ({@link CrossingModel#eventList()}, issue 16) runs events in the order SSJ's default splay
 * tree does: by time, and at equal times in the order they were scheduled, also when events schedule others at the
 * current time or at times already pending, as the model's events do, and at times beyond the range of SSJ's
 * Henriksen list (1e39 and infinity, where it fails on its own).
 */
class EventListOrderTest {

    /** Fires events on {@code list}; each may schedule more, at a delay drawn from a few values (many ties). */
    private static List<Integer> run(EventList list, long seed) {
        Simulator engine = new Simulator(list);
        engine.init();
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Integer> fired = new ArrayList<>();
        List<Double> firedAt = new ArrayList<>();
        int[] next = {0};
        final class Tick extends Event {
            private final int id;

            Tick(int id) {
                super(engine);
                this.id = id;
            }

            @Override
            public void actions() {
                fired.add(id);
                firedAt.add(sim.time());
                int children = fired.size() < 4_000 ? 1 + rnd.nextInt(2) : 0;
                for (int c = 0; c < children; c++) {
                    double[] delays = {0, 0, 0.5, 1, 1, 2.5, 7, 0, 0.5, 1, 2, 3, 5, 7, 9, 10, 1e30, 1e40,
                            Double.POSITIVE_INFINITY};
                    new Tick(next[0]++).schedule(delays[rnd.nextInt(delays.length)]);
                }
            }
        }
        for (int i = 0; i < 50; i++) {
            new Tick(next[0]++).schedule(rnd.nextInt(5));
        }
        engine.start();
        for (int i = 1; i < firedAt.size(); i++) {
            assertTrue(firedAt.get(i - 1) <= firedAt.get(i), "time order at " + i);
            if (firedAt.get(i - 1).equals(firedAt.get(i))) {
                // ids are given in scheduling order, so at equal times they must rise
                assertTrue(fired.get(i - 1) < fired.get(i), "scheduling order at equal times, at " + i);
            }
        }
        return fired;
    }

    @Test
    void theModelsEventListFiresEventsInTheSplayTreesOrder() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Integer> splay = run(new SplayTree(), seed);
            List<Integer> ours = run(CrossingModel.eventList(), seed);
            assertTrue(splay.size() > 1_000, "enough events: " + splay.size());
            assertEquals(splay, ours, "seed " + seed);
        }
    }
}
