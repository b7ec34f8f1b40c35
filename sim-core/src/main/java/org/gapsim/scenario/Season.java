package org.gapsim.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The time of year, as it acts on the ground beside the roads ({@link Trafficability}): in the Baltic spring thaw
 * open farmland and wetland are mud and columns stay on the roads; in a hard winter frozen ground, bogs and lakes
 * carry vehicles; summer is the reference (today's behaviour); autumn rain softens open ground.
 */
public enum Season {
    /** Spring thaw (rasputitsa): open ground is mud, wetland impassable. */
    THAW,
    /** Summer, dry: the reference season; a scenario that names none is in summer. */
    SUMMER,
    /** Autumn rain: open ground softened. */
    AUTUMN,
    /** Hard winter: ground frozen; wetland and lakes carry vehicles where the ice is thick enough. */
    FROZEN;

    /** @return the lower-case name used in scenario files and on the command line */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text a season's name, any case ({@code thaw}, {@code summer}, {@code autumn}, {@code frozen})
     * @return the season
     * @throws ScenarioException (field {@code season}) naming the known seasons if {@code text} is none of them
     */
    public static Season parse(String text) {
        String t = text == null ? "" : text.strip();
        for (Season s : values()) {
            if (s.key().equalsIgnoreCase(t)) {
                return s;
            }
        }
        throw new ScenarioException("season", "unknown season '" + t + "'; known: "
                + Arrays.stream(values()).map(Season::key).collect(Collectors.joining(", ")));
    }
}
