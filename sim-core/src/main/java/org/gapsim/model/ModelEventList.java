package org.gapsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.eventlist.EventList;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * The model's event list (issue 16): SSJ's {@link Henriksen} list for every event before {@link #FAR_MIN} minutes,
 * SSJ's default {@link SplayTree} for the rest. Henriksen's list is cheaper for the model's event pattern, but its
 * upper sentinel sits at 1e39 and an event at or beyond it (the model schedules some at infinity: a column held for
 * good) makes its binary search index below zero; the splay tree takes any time. Every event before
 * {@code FAR_MIN} comes out before every event at or after it, so the two lists together run events in time
 * order and, at equal times (both lists keep it), in the order they were scheduled: the order of the splay tree
 * alone ({@code EventListOrderTest}).
 */
final class ModelEventList implements EventList {
    /** Events at or after this time, minutes, go to the splay tree (far below Henriksen's sentinel, 1e39). */
    static final double FAR_MIN = 1e30;

    private final Henriksen near = new Henriksen();
    /** Events at or after {@link #FAR_MIN} (or not before it, as NaN); made on first use. */
    private SplayTree far;

    private static boolean isFar(Event ev) {
        return !(ev.time() < FAR_MIN);
    }

    private SplayTree far() {
        if (far == null) {
            far = new SplayTree();
        }
        return far;
    }

    @Override
    public boolean isEmpty() {
        return near.isEmpty() && (far == null || far.isEmpty());
    }

    @Override
    public void clear() {
        near.clear();
        if (far != null) {
            far.clear();
        }
    }

    @Override
    public void add(Event ev) {
        if (isFar(ev)) {
            far().add(ev);
        } else {
            near.add(ev);
        }
    }

    @Override
    public void addFirst(Event ev) {
        if (isFar(ev)) {
            far().addFirst(ev);
        } else {
            near.addFirst(ev);
        }
    }

    @Override
    public void addBefore(Event ev, Event other) {
        if (isFar(other)) {
            far().addBefore(ev, other);
        } else {
            near.addBefore(ev, other);
        }
    }

    @Override
    public void addAfter(Event ev, Event other) {
        if (isFar(other)) {
            far().addAfter(ev, other);
        } else {
            near.addAfter(ev, other);
        }
    }

    @Override
    public Event getFirst() {
        Event ev = near.getFirst();
        return ev != null || far == null ? ev : far.getFirst();
    }

    @Override
    public Event getFirstOfClass(String cl) {
        Event ev = near.getFirstOfClass(cl);
        return ev != null || far == null ? ev : far.getFirstOfClass(cl);
    }

    @Override
    public <E extends Event> E getFirstOfClass(Class<E> cl) {
        E ev = near.getFirstOfClass(cl);
        return ev != null || far == null ? ev : far.getFirstOfClass(cl);
    }

    /** @return the pending events in order, read-only (a copy: for inspection, not used by the simulator's loop) */
    @Override
    public ListIterator<Event> listIterator() {
        List<Event> all = new ArrayList<>();
        near.forEach(all::add);
        if (far != null) {
            far.forEach(all::add);
        }
        return Collections.unmodifiableList(all).listIterator();
    }

    @Override
    public Iterator<Event> iterator() {
        return listIterator();
    }

    @Override
    public boolean remove(Event ev) {
        return isFar(ev) ? far != null && far.remove(ev) : near.remove(ev);
    }

    @Override
    public Event removeFirst() {
        Event ev = near.removeFirst();
        return ev != null || far == null ? ev : far.removeFirst();
    }
}
