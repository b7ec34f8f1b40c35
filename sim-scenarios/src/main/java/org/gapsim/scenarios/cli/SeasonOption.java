package org.gapsim.scenarios.cli;

import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Season;
import picocli.CommandLine.Option;

/**
 * {@code --season thaw|summer|autumn|frozen} (a picocli mixin of every command that runs a scenario): runs it in
 * that season instead of the one its file names (summer if it names none), the rest of its ground kept.
 */
final class SeasonOption {
    @Option(names = {"--season"}, paramLabel = "SEASON",
            description = "Run in this season: thaw, summer, autumn or frozen (default: the scenario's own, summer "
                    + "if it names none). It decides where columns can leave the road and whether ice carries them.")
    String season;

    /** @return the season given, checked; null if none was given */
    Season parsed() {
        if (season == null) {
            return null;
        }
        try {
            return Season.parse(season);
        } catch (ScenarioException e) {
            throw new BadInputException("--season", e.getMessage().substring(e.field().length() + 2));
        }
    }

    /** @return {@code s} in the season given, or {@code s} itself if none was given */
    Scenario apply(Scenario s) {
        Season v = parsed();
        return v == null ? s : s.withSeason(v);
    }

    /** @return "-SEASON" for a default output folder's name when a season was given, else "" */
    String folderSuffix() {
        Season v = parsed();
        return v == null ? "" : "-" + v.key();
    }
}
