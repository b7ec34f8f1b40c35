package org.gapsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A set of obstacle placements, terrain changes and ISR/EW effects, with a cost. It acts only on segments in its
 * {@link #countries()} (a Lithuanian package acts on Lithuanian territory only).
 *
 * @param name            unique key ({@code none} is reserved for the baseline {@link #NONE}: a scenario refuses a
 *                        listed package of that name)
 * @param description     one line for tables
 * @param countries       ISO codes of the states whose territory it may change
 * @param otherCostEur    cost not carried by its obstacles (ISR, EW, reforestation), EUR
 * @param obstacles       obstacles it places
 * @param terrainChanges  terrain it changes
 * @param isr             its effect on detection and coverage
 */
public record FortificationPackage(String name, String description, List<String> countries, double otherCostEur,
                                   List<Obstacle> obstacles, List<TerrainChange> terrainChanges, IsrEffect isr) {
    /** The name of the baseline package. */
    public static final String BASELINE = "none";

    /** The baseline: nothing built. */
    public static final FortificationPackage NONE =
            new FortificationPackage(BASELINE, "no fortification (baseline)", List.of(), 0, List.of(), List.of(), null);

    /** Validates every field that needs no other part of the scenario. */
    public FortificationPackage {
        Check.id("name", name);
        description = description == null ? "" : description;
        countries = Check.list("countries", countries);
        Check.nonNegative("otherCostEur", otherCostEur, Limits.MAX_COST_EUR);
        obstacles = Check.list("obstacles", obstacles, Limits.MAX_OBSTACLES);
        terrainChanges = Check.list("terrainChanges", terrainChanges);
        isr = isr == null ? IsrEffect.NONE : isr;
        double total = otherCostEur;
        for (Obstacle o : obstacles) {
            total += o.costEur();
        }
        if (!(total <= Limits.MAX_COST_EUR)) {
            throw new ScenarioException("otherCostEur", "the package's total cost (obstacles plus otherCostEur) must be "
                    + "at most " + Check.number(Limits.MAX_COST_EUR) + " EUR" + Check.BOUND + ", was " + total);
        }
    }

    /** @return total cost: obstacles plus other cost, EUR */
    public double costEur() {
        double c = otherCostEur;
        for (Obstacle o : obstacles) {
            c += o.costEur();
        }
        return c;
    }

    /**
     * Combines packages into one: obstacles and terrain changes are concatenated (an obstacle id present in two
     * parts is kept once), costs add up, ISR effects combine. Combine the elementary parts: a part reached through
     * two combined packages would have its {@code otherCostEur} and ISR effect counted twice (the scenario loader's
     * {@code includes} combine each part once).
     *
     * @param name        name of the combination
     * @param description its description
     * @param parts       the packages to combine
     * @return the combination
     */
    public static FortificationPackage combine(String name, String description, List<FortificationPackage> parts) {
        LinkedHashSet<String> countries = new LinkedHashSet<>();
        List<Obstacle> obstacles = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<TerrainChange> terrain = new ArrayList<>();
        double other = 0;
        IsrEffect isr = IsrEffect.NONE;
        for (FortificationPackage p : parts) {
            countries.addAll(p.countries);
            for (Obstacle o : p.obstacles) {
                if (seen.add(o.id())) {
                    obstacles.add(o);
                }
            }
            for (TerrainChange t : p.terrainChanges) {
                if (!terrain.contains(t)) {
                    terrain.add(t);
                }
            }
            other += p.otherCostEur;
            isr = isr.and(p.isr);
        }
        return new FortificationPackage(name, description, List.copyOf(countries), other, obstacles, terrain, isr);
    }
}
