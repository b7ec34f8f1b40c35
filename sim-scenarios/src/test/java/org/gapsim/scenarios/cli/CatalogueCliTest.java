package org.gapsim.scenarios.cli;

import static org.gapsim.scenarios.cli.Cli.gapsim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.report.Study;
import org.gapsim.scenarios.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario with a cost catalogue through {@code gapsim run}: the money in the outputs, bad files exit 2. */
class CatalogueCliTest {
    /** One column, one road; a minefield of 250 mines (EUR 150,000) bought from a EUR 10 M budget. */
    static final String FILE = """
            name: cat
            horizonMin: 600
            network:
              places:
                - {id: a, latDeg: 54.0, lonDeg: 23.0, kind: assembly-area, country: LT}
                - {id: b, latDeg: 54.2, lonDeg: 23.1, kind: objective, country: LT}
              segments:
                - {id: ab, from: a, to: b, lengthKm: 20, roadClass: national, speedLimitKmh: 70, terrainBeside: open, country: LT}
            vehicleTypes:
              - {id: t72, roadSpeedKmh: 40, crossCountrySpeedKmh: 25, widthM: 3.6, trackWidthM: 0.58, pKillTrackWidthFuze: 0.7, pKillFullWidthFuze: 0.9}
            columns:
              - id: c1
                marchOrder: [{type: t72, count: 10}]
                intervalM: 50
                start: a
                objective: b
                combatIneffectiveFraction: 0.5
            catalogue:
              - {id: m6a2, unit: per-mine, unitCostEur: 600, source: "countermobility.md: Ukraine's M6A2 contract (MED)"}
              - {id: ditch-m, unit: per-metre, unitCostEur: 100, source: ASSUMPTION}
            packages:
              - name: mines
                countries: [LT]
                budgetEur: 10_000_000
                obstacles:
                  - {type: minefield, id: f1, segment: ab, positionKm: 5, mine: m6a2, frontM: 250, depthM: 100, densityPerM: 1.0, fuze: track-width}
              - name: ditch
                countries: [LT]
                obstacles:
                  - {type: anti-tank-ditch, id: d1, segment: ab, positionKm: 8, item: ditch-m, widthM: 4, depthM: 3, frontM: 400}
            """;

    @Test
    void theRunReportsPlacedAndOutsideMoneyAndWarnsOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cat.yaml");
        Files.writeString(file, FILE);
        Path out = dir.resolve("out");
        Result r = gapsim("run", file.toString(), "--replications", "10", "--out", out.toString());
        assertEquals(GapsimCli.EXIT_OK, r.code(), r.err());
        String warning = "WARNING: package 'mines' places 1.5% of its budget in the model (EUR 0.15 M of 10.00 M, "
                + "9.85 M outside)";
        String summary = Files.readString(out.resolve(Study.SUMMARY_TXT));
        for (String text : List.of(r.out(), summary)) {
            assertEquals(List.of(warning), text.lines().filter(l -> l.startsWith("WARNING")).toList(), text);
            assertTrue(text.contains("Placed EUR M") && text.contains("Outside EUR M")
                    && text.contains("h per EUR 100M placed"), text);
            assertTrue(text.lines().anyMatch(l -> l.matches("ditch\\s+0\\.04\\s+0\\.00\\s+.*catalogue")), text);
        }
        String csv = Files.readString(out.resolve(Study.SUMMARY_CSV));
        assertTrue(csv.lines().findFirst().orElseThrow().contains(",placed_eur,outside_eur,"), csv);
        assertTrue(Files.readString(out.resolve(Study.REPORT_HTML)).contains("h per EUR 100 M placed"));
    }

    @Test
    void badCataloguesExitTwoWithOneLineNamingTheField(@TempDir Path dir) throws IOException {
        List<String[]> cases = List.of(
                new String[]{"unitCostEur: 600", "unitCostEur: -600", "catalogue[0].unitCostEur: must be a finite "
                        + "number >= 0"},
                new String[]{"mine: m6a2", "mine: m7", "packages[0].obstacles[0].mine: unknown catalogue item 'm7'"},
                new String[]{"item: ditch-m", "item: m6a2", "packages[1].obstacles[0].item: an item priced per-mine "
                        + "does not fit a anti-tank-ditch"},
                new String[]{"item: ditch-m,", "item: ditch-m, costEur: 40000,", "packages[1].obstacles[0].costEur: "
                        + "typed cost where the catalogue derives it"},
                new String[]{"budgetEur: 10_000_000", "otherCostEur: 9_850_000", "packages[0].otherCostEur: removed: "
                        + "give the package's whole money as budgetEur"});
        for (String[] c : cases) {
            Path file = dir.resolve("bad.yaml");
            assertTrue(FILE.contains(c[0]), c[0]);
            Files.writeString(file, FILE.replace(c[0], c[1]));
            Path out = dir.resolve("out");
            Result r = gapsim("run", file.toString(), "--replications", "3", "--out", out.toString());
            assertEquals(GapsimCli.EXIT_BAD_INPUT, r.code(), c[1] + ": " + r.err());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().matches("(?s).*bad\\.yaml:\\d+:\\d+: .*") && r.err().contains(c[2]), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }
}
