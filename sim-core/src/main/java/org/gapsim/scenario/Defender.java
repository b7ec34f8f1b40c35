package org.gapsim.scenario;

import org.gapsim.scenario.internal.Check;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The defender's units: sensors that detect the attacker at obstacles and fire units that engage what is detected.
 * A scenario's defender is the force that is there anyway (the baseline is an opposed advance); a package's
 * defender is what the package buys (its units' costs add to the package's cost).
 *
 * @param sensors              sensors
 * @param fireUnits            fire units
 * @param electronicProtection share in [0, 1] of the attacker's EW effect that the defender's own EW and anti-drone
 *                             cover cancels on its sensors and FPV teams (0 = none)
 * @param targetPriority       the order in which fire units pick target groups at a breach site (default breach
 *                             assets, then lanes, then the rest; a group left out is engaged after the listed ones)
 * @param observedTemplate     units an obstacle marked {@code observed} stands for ({@link CoverageTemplate#OBSERVED})
 * @param coveredTemplate      units an obstacle marked {@code covered} stands for ({@link CoverageTemplate#COVERED})
 */
public record Defender(List<Sensor> sensors, List<FireUnit> fireUnits, double electronicProtection,
                       List<TargetGroup> targetPriority, CoverageTemplate observedTemplate,
                       CoverageTemplate coveredTemplate) {
    /** No units, no protection, default priority and default coverage templates. */
    public static final Defender NONE = new Defender(List.of(), List.of(), 0, null, null, null);

    /**
     * Validates every field; completes the priority with the groups left out, in their natural order.
     *
     * @param sensors value of {@link #sensors()}
     * @param fireUnits value of {@link #fireUnits()}
     * @param electronicProtection value of {@link #electronicProtection()}
     * @param targetPriority value of {@link #targetPriority()}
     * @param observedTemplate value of {@link #observedTemplate()}
     * @param coveredTemplate value of {@link #coveredTemplate()}
     */
    public Defender {
        sensors = Check.list("sensors", sensors, Limits.MAX_DEFENDER_UNITS);
        fireUnits = Check.list("fireUnits", fireUnits, Limits.MAX_DEFENDER_UNITS);
        Check.probability("electronicProtection", electronicProtection);
        List<TargetGroup> p = new ArrayList<>(Check.list("targetPriority", targetPriority));
        if (new HashSet<>(p).size() != p.size()) {
            throw new ScenarioException("targetPriority", "lists a group twice: " + p);
        }
        for (TargetGroup g : TargetGroup.values()) {
            if (!p.contains(g)) {
                p.add(g);
            }
        }
        targetPriority = List.copyOf(p);
        observedTemplate = observedTemplate == null ? CoverageTemplate.OBSERVED : observedTemplate;
        coveredTemplate = coveredTemplate == null ? CoverageTemplate.COVERED : coveredTemplate;
        uniqueIds(sensors, fireUnits);
    }

    /** @return whether it has no sensor and no fire unit of its own (templates aside) */
    public boolean hasNoUnits() {
        return sensors.isEmpty() && fireUnits.isEmpty();
    }

    /** @return the total cost of its units, EUR */
    public double costEur() {
        double c = 0;
        for (Sensor s : sensors) {
            c += s.costEur();
        }
        for (FireUnit f : fireUnits) {
            c += f.costEur();
        }
        return c;
    }

    /**
     * @param other the defender whose units are added
     * @return this defender with {@code other}'s units added (ids must stay unique), protections combined as
     *         independent covers ({@code 1 - (1 - a)(1 - b)}); priority and templates are this one's
     */
    public Defender and(Defender other) {
        List<Sensor> s = new ArrayList<>(sensors);
        s.addAll(other.sensors);
        List<FireUnit> f = new ArrayList<>(fireUnits);
        f.addAll(other.fireUnits);
        double ep = 1 - (1 - electronicProtection) * (1 - other.electronicProtection);
        return new Defender(s, f, ep, targetPriority, observedTemplate, coveredTemplate);
    }

    static void uniqueIds(List<Sensor> sensors, List<FireUnit> fireUnits) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sensors.size(); i++) {
            if (!ids.add(sensors.get(i).id())) {
                throw new ScenarioException("sensors[" + i + "].id", "duplicate unit id '" + sensors.get(i).id() + "'");
            }
        }
        for (int i = 0; i < fireUnits.size(); i++) {
            if (!ids.add(fireUnits.get(i).id())) {
                throw new ScenarioException("fireUnits[" + i + "].id", "duplicate unit id '" + fireUnits.get(i).id() + "'");
            }
        }
    }

    /** @return a builder holding {@link #NONE}'s values */
    public static Builder builder() {
        return NONE.toBuilder();
    }

    /** @return a builder holding this defender's values, to change a few */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds a {@link Defender} field by field; {@link #build()} calls the canonical constructor. Defaults: no units,
     * {@code electronicProtection} 0, priority breach assets / lanes / rest, default templates.
     */
    public static final class Builder {
        private List<Sensor> sensors;
        private List<FireUnit> fireUnits;
        private double electronicProtection;
        private List<TargetGroup> targetPriority;
        private CoverageTemplate observedTemplate;
        private CoverageTemplate coveredTemplate;

        private Builder(Defender r) {
            sensors = r.sensors;
            fireUnits = r.fireUnits;
            electronicProtection = r.electronicProtection;
            targetPriority = r.targetPriority;
            observedTemplate = r.observedTemplate;
            coveredTemplate = r.coveredTemplate;
        }

        /**
         * @param v new value of {@link Defender#sensors()}
         * @return this builder
         */
        public Builder sensors(List<Sensor> v) {
            sensors = v;
            return this;
        }

        /**
         * @param v new value of {@link Defender#sensors()}, element by element
         * @return this builder
         */
        public Builder sensors(Sensor... v) {
            sensors = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link Defender#fireUnits()}
         * @return this builder
         */
        public Builder fireUnits(List<FireUnit> v) {
            fireUnits = v;
            return this;
        }

        /**
         * @param v new value of {@link Defender#fireUnits()}, element by element
         * @return this builder
         */
        public Builder fireUnits(FireUnit... v) {
            fireUnits = List.of(v);
            return this;
        }

        /**
         * @param v new value of {@link Defender#electronicProtection()}
         * @return this builder
         */
        public Builder electronicProtection(double v) {
            electronicProtection = v;
            return this;
        }

        /**
         * @param v new value of {@link Defender#targetPriority()}
         * @return this builder
         */
        public Builder targetPriority(List<TargetGroup> v) {
            targetPriority = v;
            return this;
        }

        /**
         * @param v new value of {@link Defender#observedTemplate()}
         * @return this builder
         */
        public Builder observedTemplate(CoverageTemplate v) {
            observedTemplate = v;
            return this;
        }

        /**
         * @param v new value of {@link Defender#coveredTemplate()}
         * @return this builder
         */
        public Builder coveredTemplate(CoverageTemplate v) {
            coveredTemplate = v;
            return this;
        }

        /** @return the new defender, validated */
        public Defender build() {
            return new Defender(sensors, fireUnits, electronicProtection, targetPriority, observedTemplate,
                    coveredTemplate);
        }
    }
}
