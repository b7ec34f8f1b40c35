package org.gapsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapsim.random.StreamName;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.BudgetLayout;
import org.gapsim.scenario.DynamicKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.OnWarning;

/**
 * The package's obstacles on warning ({@link OnWarning}) compiled once per plan: each emplacement unit (an obstacle,
 * a belt, or each belt a layout entry places, in the package's order) and the obstacles (by index in
 * {@link CrossingPlan#obstacles()}) that belong to it. Immutable, shared by every replication and thread.
 */
final class DynamicPlan {
    /** No obstacle on warning. */
    static final DynamicPlan NONE = new DynamicPlan(OnWarning.NONE, List.of(), new int[0]);

    /** One emplacement unit: what it is, how long it takes, how reliable it is, and its stream. */
    record Unit(String target, OnWarning.Entry entry, String stream) {
        DynamicKind kind() {
            return entry.kind();
        }
    }

    final OnWarning spec;
    final Unit[] units;
    /** [obstacle index]: its unit, or -1 when it is always there. */
    private final int[] unitOf;

    private DynamicPlan(OnWarning spec, List<Unit> units, int[] unitOf) {
        this.spec = spec;
        this.units = units.toArray(new Unit[0]);
        this.unitOf = unitOf;
    }

    /**
     * @param p         the package
     * @param obstacles every obstacle in play, as in {@link CrossingPlan#obstacles()}
     * @return the package's units on warning
     */
    static DynamicPlan of(FortificationPackage p, List<Obstacle> obstacles) {
        OnWarning w = p.onWarning();
        if (w.isEmpty()) {
            return NONE;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < obstacles.size(); i++) {
            index.putIfAbsent(obstacles.get(i).id(), i);
        }
        Map<String, Belt> belts = new HashMap<>();
        p.allBelts().forEach(b -> belts.put(b.id(), b));
        Map<String, BudgetLayout.Entry> entries = new HashMap<>();
        p.layout().entries().forEach(e -> entries.put(e.id(), e));
        int[] unitOf = new int[obstacles.size()];
        Arrays.fill(unitOf, -1);
        List<Unit> units = new ArrayList<>();
        for (OnWarning.Entry e : w.entries()) {
            String t = e.target();
            List<List<Obstacle>> groups = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Integer single = index.get(t);
            if (belts.containsKey(t)) {
                groups.add(belts.get(t).elements());
                names.add(t);
            } else if (entries.containsKey(t)) {
                for (Belt b : entries.get(t).placed()) {
                    groups.add(b.elements());
                    names.add(b.id());
                }
            } else if (single != null) {
                groups.add(List.of(obstacles.get(single)));
                names.add(t);
            }
            for (int g = 0; g < groups.size(); g++) {
                int u = units.size();
                boolean any = false;
                for (Obstacle o : groups.get(g)) {
                    Integer i = index.get(o.id());
                    if (i != null && unitOf[i] < 0) {
                        unitOf[i] = u;
                        any = true;
                    }
                }
                if (any) {
                    units.add(new Unit(names.get(g), e, StreamName.dynamic(names.get(g))));
                }
            }
        }
        return new DynamicPlan(w, units, unitOf);
    }

    /** @return whether no obstacle waits for a warning */
    boolean isEmpty() {
        return units.length == 0;
    }

    /** @return the unit of obstacle {@code i}, or -1 when it is always there */
    int unitOf(int i) {
        return unitOf.length == 0 ? -1 : unitOf[i];
    }
}
