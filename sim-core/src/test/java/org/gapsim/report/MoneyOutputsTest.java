package org.gapsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.scenario.CostBasis;
import org.gapsim.scenario.CostCatalogue;
import org.gapsim.scenario.CostItem;
import org.gapsim.scenario.CostUnit;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Honest cost accounting in every output: money placed in the model and outside it, hours and the change in
 * P(reached) per EUR 100 M placed, and the warning for a package with less than half its budget placed.
 */
class MoneyOutputsTest {
    /** 250 mines at EUR 600 = EUR 150,000 placed of a EUR 10 M budget: 1.5 % placed, warned. */
    private static final double MINES_PLACED = 250 * 600;
    private static final double MINES_BUDGET = 10_000_000;
    /** 400 m of ditch at EUR 100 = EUR 40,000 placed of EUR 60,000: 66.7 % placed, not warned. */
    private static final double DITCH_PLACED = 400 * 100;
    private static final double DITCH_BUDGET = 60_000;

    private static ExperimentResult priced;
    private static ExperimentResult typed;
    private static Scenario scenario;

    @BeforeAll
    static void run() {
        CostCatalogue c = new CostCatalogue(List.of(
                new CostItem("m6a2", CostUnit.PER_MINE, 600, "countermobility.md: Ukraine's M6A2 contract (MED)"),
                new CostItem("ditch-m", CostUnit.PER_METRE, 100, "ASSUMPTION")));
        FortificationPackage mines = ExperimentFixtures.minefieldPackage().toBuilder().budgetEur(MINES_BUDGET)
                .costBasis(Map.of("mf1", CostBasis.of("m6a2"))).build();
        FortificationPackage ditch = ExperimentFixtures.ditchPackage().toBuilder().budgetEur(DITCH_BUDGET)
                .costBasis(Map.of("ad1", CostBasis.of("ditch-m"))).build();
        scenario = ExperimentFixtures.crossing().toBuilder().packages(List.of(mines, ditch)).catalogue(c).build();
        priced = ExperimentFixtures.run(Experiment.builder(scenario).replications(40).masterSeed(7).threads(2)
                .build());
        typed = ExperimentFixtures.run(Experiment.builder(ExperimentFixtures.crossing()).replications(20)
                .masterSeed(7).threads(2).build());
    }

    @Test
    void theSummaryCarriesPlacedAndOutsideMoneyAndTheEffectsPerEuroPlaced() {
        PackageSummary m = priced.summary("minefield");
        PackageSummary base = priced.summary(priced.baseline());
        assertEquals(MINES_PLACED, m.placedEur(), 1e-9, "derived from the catalogue, not the EUR 3 M typed");
        assertEquals(MINES_BUDGET - MINES_PLACED, m.outsideEur(), 1e-6);
        assertEquals(MINES_BUDGET, m.costEur());
        assertTrue(m.costsFromCatalogue());
        assertEquals(m.slowdownH().mean() / (MINES_PLACED / 1e8), m.hoursPer100MEurPlaced(), 1e-9);
        assertEquals(m.slowdownH().mean() / (MINES_BUDGET / 1e8), m.hoursPer100MEur(), 1e-9);
        assertEquals((m.pReached() - base.pReached()) / (MINES_PLACED / 1e8), m.pReachedChangePer100MEurPlaced(),
                1e-9);
        assertTrue(Double.isNaN(base.hoursPer100MEurPlaced()), "the baseline places nothing");
        assertFalse(typed.summary("minefield").costsFromCatalogue());
    }

    @Test
    void theWarningAppearsExactlyForPackagesUnderHalfPlaced() {
        assertTrue(priced.summary("minefield").underPlaced());
        assertFalse(priced.summary("ditch").underPlaced());
        assertFalse(priced.summary(priced.baseline()).underPlaced());
        String expected = "WARNING: package 'minefield' places 1.5% of its budget in the model (EUR 0.15 M of 10.00 M, "
                + "9.85 M outside)";
        for (String text : List.of(ConsoleTable.render(priced), ConsoleTable.renderDetailed(priced))) {
            List<String> warnings = text.lines().filter(l -> l.startsWith("WARNING")).toList();
            assertEquals(List.of(expected), warnings, text);
            for (String l : text.lines().toList()) {
                assertTrue(l.length() <= ConsoleTable.WIDTH, l);
            }
        }
        assertTrue(ConsoleTable.render(typed).lines().noneMatch(l -> l.startsWith("WARNING")),
                "typed packages with no budget place all their money");
    }

    @Test
    void theConsoleAndSummaryTxtHaveTheMoneyColumns() {
        for (String text : List.of(ConsoleTable.render(priced), ConsoleTable.renderDetailed(priced))) {
            String header = text.lines().filter(l -> l.startsWith("Package") && l.contains("Placed EUR M"))
                    .findFirst().orElseThrow();
            assertTrue(header.contains("Outside EUR M") && header.contains("h per EUR 100M placed")
                    && header.contains("dP(reached) per EUR 100M placed"), header);
            PackageSummary m = priced.summary("minefield");
            String row = text.lines().filter(l -> l.startsWith("minefield ") && l.contains("catalogue")).findFirst()
                    .orElseThrow();
            assertTrue(row.matches("minefield\\s+0\\.15\\s+9\\.85\\s+" + String.format(java.util.Locale.ROOT, "%.1f",
                    m.hoursPer100MEurPlaced()).replace(".", "\\.") + ".*catalogue"), row);
        }
        String t = ConsoleTable.render(typed);
        assertTrue(t.lines().anyMatch(l -> l.startsWith("minefield ") && l.endsWith("typed")), t);
        assertTrue(t.contains("typed: placed costs typed by hand, not from a catalogue."), t);
    }

    @Test
    void csvJsonAndHtmlCarryTheMoney() {
        List<String> lines = SummaryCsv.render(priced).lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        for (String c : List.of("placed_eur", "outside_eur", "placed_fraction", "costs_from_catalogue",
                "hours_per_100m_eur_placed_restricted", "p_reached_change_per_100m_eur_placed", "under_half_placed")) {
            assertTrue(header.contains(c), c);
        }
        String[] mines = lines.stream().filter(l -> l.contains(",minefield,")).findFirst().orElseThrow().split(",");
        String[] ditch = lines.stream().filter(l -> l.contains(",ditch,")).findFirst().orElseThrow().split(",");
        assertEquals(MINES_PLACED, Double.parseDouble(mines[header.indexOf("placed_eur")]), 0.0);
        assertEquals(MINES_BUDGET - MINES_PLACED, Double.parseDouble(mines[header.indexOf("outside_eur")]), 1e-6);
        assertEquals(priced.summary("minefield").hoursPer100MEurPlaced(),
                Double.parseDouble(mines[header.indexOf("hours_per_100m_eur_placed_restricted")]), 0.0);
        assertEquals("TRUE", mines[header.indexOf("under_half_placed")]);
        assertEquals("FALSE", ditch[header.indexOf("under_half_placed")]);
        assertEquals("TRUE", ditch[header.indexOf("costs_from_catalogue")]);

        JsonNode pkgs = SummaryJson.tree(new ObjectMapper(), priced).get("packages");
        JsonNode money = pkgs.get(1).get("money");
        assertEquals("minefield", pkgs.get(1).get("package").asText());
        assertEquals(MINES_PLACED, money.get("placed_eur").asDouble(), 0.0);
        assertEquals(MINES_BUDGET, money.get("budget_eur").asDouble(), 0.0);
        assertEquals("catalogue", money.get("costs").asText());
        assertTrue(money.get("warning").asText().startsWith("WARNING: package 'minefield' places 1.5%"));
        assertTrue(pkgs.get(2).get("money").get("warning").isNull());

        String html = HtmlReport.render(priced, scenario, null);
        assertTrue(html.contains("h per EUR 100 M placed") && html.contains("outside EUR M")
                && html.contains("WARNING: package &#39;minefield&#39; places 1.5%") || html.contains(
                "WARNING: package 'minefield' places 1.5%"), "html names the warning");
        assertFalse(html.contains("WARNING: package 'ditch'") || html.contains("WARNING: package &#39;ditch"));
    }
}
