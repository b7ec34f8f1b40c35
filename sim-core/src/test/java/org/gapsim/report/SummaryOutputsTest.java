package org.gapsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.model.LossCause;
import org.gapsim.scenario.ObstacleKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryOutputsTest {
    private static ExperimentResult result;

    @TempDir
    Path dir;

    @BeforeAll
    static void run() {
        result = ExperimentFixtures.run(Experiment.builder(ExperimentFixtures.crossing()).targetPrecision(0.2)
                .maxReplications(400).batchSize(20).masterSeed(4).threads(2).build());
    }

    @Test
    void summaryCsvHasOneRowPerPackageWithTheSummaryValues() throws IOException {
        Path file = dir.resolve("summary.csv");
        SummaryCsv.write(result, file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(4, lines.size());
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals(SummaryCsv.columnNames(), header);
        String[] ditch = lines.get(3).split(",");
        PackageSummary s = result.summary("ditch");
        assertEquals("ditch", ditch[header.indexOf("package")]);
        assertEquals(s.slowdownH().mean(), Double.parseDouble(ditch[header.indexOf("slowdown_restricted_mean_h")]), 0.0);
        assertEquals(s.slowdownH().ciLow(), Double.parseDouble(ditch[header.indexOf("slowdown_restricted_ci_low_h")]), 0.0);
        assertEquals(s.unpairedSlowdownSdH(), Double.parseDouble(ditch[header.indexOf("slowdown_unpaired_sd_h")]), 0.0);
        assertEquals(s.closureH().p95(), Double.parseDouble(ditch[header.indexOf("closure_p95_h")]), 0.0);
        assertEquals(s.meanHeldMinByKind().get(ObstacleKind.ANTI_TANK_DITCH),
                Double.parseDouble(ditch[header.indexOf("held_min_anti_tank_ditch_mean")]), 0.0);
        assertEquals(s.hoursPer100MEur(), Double.parseDouble(ditch[header.indexOf("hours_per_100m_eur_restricted")]), 0.0);
        assertEquals("NaN", lines.get(1).split(",")[header.indexOf("hours_per_100m_eur_restricted")], "baseline costs nothing");
    }

    @Test
    void summaryJsonHoldsTheExperimentAndEveryPackageWithNullForMissingValues() throws IOException {
        Path file = dir.resolve("summary.json");
        SummaryJson.write(result, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("test-gap", root.get("scenario").asText());
        assertEquals(4, root.get("master_seed").asLong());
        assertEquals(result.replications(), root.get("replications").asLong());
        assertEquals("target_precision", root.get("stopping").get("rule").asText());
        assertEquals("TARGET_MET", root.get("stop_reason").asText());
        assertTrue(root.get("precision").get("target_met").asBoolean());
        JsonNode pkgs = root.get("packages");
        assertEquals(3, pkgs.size());
        assertTrue(pkgs.get(0).get("hours_per_100m_eur_restricted").isNull());
        JsonNode mines = pkgs.get(1);
        PackageSummary s = result.summary("minefield");
        assertEquals("minefield", mines.get("package").asText());
        assertEquals(s.slowdownH().mean(), mines.get("slowdown_h").get("restricted_mean").asDouble(), 0.0);
        assertEquals(s.slowdownH().ciHigh(), mines.get("slowdown_h").get("ci95_high").asDouble(), 0.0);
        assertEquals(s.unpairedSlowdownSdH(), mines.get("slowdown_h").get("unpaired_sd").asDouble(), 0.0);
        assertEquals(s.meanLossesByCause().get(LossCause.MINE),
                mines.get("mean_vehicles_lost").get("mine").asDouble(), 0.0);
        assertEquals(s.pNotReached(), mines.get("p_not_reached").asDouble(), 0.0);
    }

    @Test
    void comparisonsOfEveryPairAreInTheJsonTheCsvAndTheTable() throws IOException {
        Path json = dir.resolve("summary.json");
        SummaryJson.write(result, json);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals(12.0, root.get("horizon_h").asDouble(), 0.0);
        JsonNode cmp = root.get("comparisons");
        assertEquals(3, cmp.size(), "3 packages: 3 pairs");
        org.gapsim.experiment.PairComparison md = result.comparison("minefield", "ditch");
        JsonNode last = cmp.get(2);
        assertEquals("minefield", last.get("first").asText());
        assertEquals("ditch", last.get("second").asText());
        assertEquals(md.meanH(), last.get("restricted_mean_difference_h").asDouble(), 0.0);
        assertEquals(md.ciLowH(), last.get("simultaneous_ci_low_h").asDouble(), 0.0);
        assertEquals(3, last.get("pairs").asInt());
        JsonNode mines = root.get("packages").get(1);
        assertEquals("wilson_score", mines.get("p_reached").get("interval").asText());
        assertEquals(result.summary("minefield").pReachedLow(), mines.get("p_reached").get("ci95_low").asDouble(), 0.0);

        List<String> csv = ComparisonsCsv.render(result).lines().toList();
        assertEquals(String.join(",", ComparisonsCsv.columnNames()), csv.get(0));
        assertEquals(4, csv.size());
        List<String> header = ComparisonsCsv.columnNames();
        String[] f = csv.get(3).split(",");
        assertEquals(md.halfWidthH(), Double.parseDouble(f[header.indexOf("simultaneous_ci_high_h")]) - md.meanH(),
                1e-12);
        assertTrue(ConsoleTable.render(result).contains("Bonferroni over 3 pairs"));
    }

    @Test
    void consoleTableIsFixedWidthAndShowsPairedAndUnpairedSpread() {
        String table = ConsoleTable.render(result);
        String detailed = ConsoleTable.renderDetailed(result);
        List<String> lines = table.lines().toList();
        int head = 0;
        while (!lines.get(head).startsWith("Package")) {
            head++;
        }
        String header = lines.get(head);
        assertTrue(lines.get(head + 1).matches("-+"));
        int slowdownCol = header.indexOf("Slowdown h [95% CI]") + "Slowdown h [95% CI]".length();
        for (String pkg : List.of("minefield", "ditch")) {
            String line = lines.stream().filter(l -> l.startsWith(pkg + " ")).findFirst().orElseThrow();
            PackageSummary s = result.summary(pkg);
            String detail = detailed.lines().filter(l -> l.startsWith(pkg + " ")).skip(1).findFirst().orElseThrow();
            assertTrue(detail.contains(String.format(java.util.Locale.ROOT, "%.2f / %.2f", s.slowdownH().sd(),
                    s.unpairedSlowdownSdH())), detail);
            assertEquals(']', line.charAt(slowdownCol - 1), "right-aligned under its heading: " + line);
        }
        assertTrue(table.contains("none (baseline)"));
        assertTrue(table.contains("TARGET_MET; target +/-20.0% met"), table);
        assertTrue(header.contains("Budget EUR M") && header.contains("P(reached) [95% CI]") && header.contains("h/EUR 100M budget"));
    }

    @Test
    void chartsAreValidPngs() throws IOException {
        Path box = dir.resolve("box.png");
        Path cdf = dir.resolve("cdf.png");
        Charts.writeSlowdownBoxPlot(result, box);
        Charts.writeClosureCdf(result, cdf);
        for (Path p : List.of(box, cdf)) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertEquals(Charts.WIDTH, img.getWidth());
            assertEquals(Charts.HEIGHT, img.getHeight());
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }
}
