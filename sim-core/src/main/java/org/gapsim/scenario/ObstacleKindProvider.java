package org.gapsim.scenario;

import java.util.List;

/**
 * Service-provider interface for a kind of {@link Obstacle} usable in scenario files by name: an obstacle
 * {@code {type: NAME, id: ..., segment: ..., positionKm: ..., coverage: ..., costEur: ..., <its fields>}} is made by
 * the provider whose {@link #name()} is {@code NAME}. The six built-in kinds are providers too
 * ({@link ObstacleKinds#builtIn()}); a user's kind is a class listed in
 * {@code META-INF/services/org.gapsim.scenario.ObstacleKindProvider} on the class path (or passed to
 * {@link ObstacleKinds#of}), whose obstacles implement {@link Obstacle.Extension}. Implementations need a public
 * no-argument constructor (for {@link java.util.ServiceLoader}) and must be stateless.
 */
public interface ObstacleKindProvider {
    /** @return the YAML {@code type}, {@code [a-z][a-z0-9-]*}, unique over the built-in and the class path's kinds */
    String name();

    /**
     * @return its own field names (beyond {@code type, id, segment, positionKm, coverage, costEur}, and a catalogue
     *         {@code item} when the scenario prices from a catalogue); any other key is refused with the allowed ones
     *         listed
     */
    List<String> fieldNames();

    /**
     * @param id         unique key
     * @param segment    road segment id
     * @param positionKm position from the segment's {@code from} end, km
     * @param coverage   how the defender watches it
     * @param costEur    its typed cost, EUR (0 while a package's catalogue derives it)
     * @param fields     its own fields
     * @return the obstacle ({@link Obstacle.Extension} for a user's kind, with {@link Obstacle.Extension#type()}
     *         equal to {@link #name()})
     * @throws ScenarioException naming the field that is invalid
     */
    Obstacle create(String id, String segment, double positionKm, Coverage coverage, double costEur,
                    ObstacleFields fields);
}
