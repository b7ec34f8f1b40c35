package org.gapsim.scenario;

/**
 * An obstacle's own fields as written in a scenario file, handed to an {@link ObstacleKindProvider} by the reader.
 * Every getter fails on a missing, mistyped or non-finite value with a one-line {@code file:line:col: path: reason}
 * error at that value (a {@code ScenarioFileException}); a provider need not check types, only ranges (throw a
 * {@link ScenarioException} naming the field, and the reader places it the same way). Only the keys of
 * {@link ObstacleKindProvider#fieldNames()} are asked for.
 */
public interface ObstacleFields {
    /**
     * @param key the field's key
     * @return whether the field is given
     */
    boolean has(String key);

    /**
     * @param key the field's key
     * @return the required number {@code key}
     */
    double number(String key);

    /**
     * @param key the field's key
     * @param dflt the value when the field is absent
     * @return the number {@code key}, or {@code dflt} when absent
     */
    double number(String key, double dflt);

    /**
     * @param key the field's key
     * @return the required integer {@code key}
     */
    int integer(String key);

    /**
     * @param key the field's key
     * @param dflt the value when the field is absent
     * @return the integer {@code key}, or {@code dflt} when absent
     */
    int integer(String key, int dflt);

    /**
     * @param key the field's key
     * @return the required text {@code key}
     */
    String text(String key);

    /**
     * @param key the field's key
     * @param dflt the value when the field is absent
     * @return the text {@code key}, or {@code dflt} when absent
     */
    String text(String key, String dflt);

    /**
     * @param key the field's key
     * @param dflt the value when the field is absent
     * @return the boolean {@code key}, or {@code dflt} when absent
     */
    boolean bool(String key, boolean dflt);

    /**
     * @param <E>  the enum
     * @param key  the field
     * @param type the enum's class (values written in kebab case: {@code TRACK_WIDTH} as {@code track-width})
     * @return the required value
     */
    <E extends Enum<E>> E choice(String key, Class<E> type);

    /**
     * @param <E>  the enum
     * @param key  the field
     * @param type the enum's class
     * @param dflt the value when absent
     * @return the value
     */
    <E extends Enum<E>> E choice(String key, Class<E> type, E dflt);

    /**
     * @param key  the field
     * @param dflt the value when absent
     * @return the distribution {@code key}, in any form a scenario file may give one (see Distributions in the
     *         format)
     */
    Distribution distribution(String key, Distribution dflt);
}
