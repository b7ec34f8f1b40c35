package org.gapsim.scenario;

import java.util.List;

/**
 * Service-provider interface for a user's breach method usable in scenario files by name: a column's
 * {@code engineers.extra.NAME: {count: ..., carrier: ..., laneWidthM: ..., <its fields>}} is made by the provider
 * whose {@link #name()} is {@code NAME}. A provider is a class listed in
 * {@code META-INF/services/org.gapsim.scenario.BreachMethodProvider} on the class path (or passed to
 * {@link BreachMethods#of}). The five built-in methods stay the enum {@link BreachMethod}. Implementations need a
 * public no-argument constructor (for {@link java.util.ServiceLoader}) and must be stateless.
 */
public interface BreachMethodProvider {
    /** @return the key under {@code engineers.extra}, {@code [a-z][a-z0-9-]*}, unique on the class path */
    String name();

    /**
     * @return its own field names (beyond {@code count, carrier, laneWidthM}); any other key is refused with the
     *         allowed ones listed
     */
    List<String> fieldNames();

    /**
     * @param count      items carried
     * @param carrier    vehicle type id of the vehicles carrying them ({@code null}: none modelled, never lost)
     * @param laneWidthM width of one lane, m
     * @param fields     its own fields
     * @return the assets, with {@link EngineerAssets.Extra#method()} equal to {@link #name()}
     * @throws ScenarioException naming the field that is invalid
     */
    EngineerAssets.Extra create(int count, String carrier, double laneWidthM, ObstacleFields fields);
}
