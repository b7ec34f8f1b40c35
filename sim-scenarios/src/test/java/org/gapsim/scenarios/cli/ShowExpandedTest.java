package org.gapsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenarios.SuwalkiGap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gapsim show --expanded}: every belt each package places, and its money placed and outside the model. */
class ShowExpandedTest {
    @TempDir
    Path dir;

    @Test
    void everyLaidBeltIsListedWithItsAvenuePlaceFrontMinesAndCost() {
        Cli.Result r = Cli.gapsim("show", "--expanded");
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        Scenario s = SuwalkiGap.scenario();
        FortificationPackage at = s.requirePackage("at-mines");
        for (Belt b : at.layout().belts()) {
            String avenue = b.id().split("\\.")[1];
            assertTrue(r.out().matches("(?s).*\\n  " + java.util.regex.Pattern.quote(b.id()) + " +"
                    + java.util.regex.Pattern.quote(avenue) + " +" + b.segment() + " +"
                    + String.format(java.util.Locale.ROOT, "%.2f", b.positionKm()) + " +"
                    + String.format(java.util.Locale.ROOT, "%.0f", b.frontM()) + " .* " + b.mineCount() + " +"
                    + String.format(java.util.Locale.ROOT, "%.0f", b.costEur()) + "\\n.*"), b.id() + " in " + r.out());
        }
        assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "package at-mines: budget EUR 812,000,000, "
                + "placed in the model EUR %,.0f, outside the model EUR %,.0f", at.placedEur(), at.outsideEur())),
                r.out());
        assertTrue(r.out().contains(" of a 965 km border: "), r.out());
        // full's layout is integrated with its own demolitions: the detours they force are avenues of their own
        for (String avenue : List.of("raigardas-crossing-via-alytus", "ogrodniki-crossing-via-alytus")) {
            assertTrue(r.out().matches("(?s).*\\n  mines-turn\\." + avenue + "\\.1 +" + avenue + " .*"), avenue);
        }
        assertTrue(r.out().contains("57 belts, 82200 mines; modelled front 8.5 km on 7 avenue(s)"), r.out());
        assertTrue(r.out().contains("package ditches: budget EUR 62,000,000"), r.out());
    }

    @Test
    void aFileWithABadLayoutIsOneLineAndExitTwo() throws Exception {
        String shown = Cli.gapsim("show").out();
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, shown.replace("echelonKm: [3, 5]", "echelonKm: [300, 305]"), StandardCharsets.UTF_8);
        Cli.Result r = Cli.gapsim("show", "--expanded", file.toString());
        assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), r.out());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("bad.yaml:") && r.err().contains("layout[0].echelonKm: fits nowhere"), r.err());
    }
}
