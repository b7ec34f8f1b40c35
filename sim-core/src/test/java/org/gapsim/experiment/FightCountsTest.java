package org.gapsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.gapsim.measure.FightCount;
import org.gapsim.model.LossCause;
import org.gapsim.report.ConsoleTable;
import org.gapsim.report.SummaryCsv;
import org.gapsim.report.SummaryJson;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.ObstacleKind;
import org.gapsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The counts of the fight go from rows to the summaries: means with Student 95% intervals checked by hand, the
 * summary CSV and JSON carry them, and the console table shows P(reached) and losses by class within 120 columns.
 */
class FightCountsTest {
    /** Package names as long as the built-in study's and longer (20 characters). */
    private static final String LONG = "full+east-shield-20c";
    /** t quantile t_{4, 0.975} (Student, 4 degrees of freedom), from tables: 2.776445105. */
    private static final double T4 = 2.776445105;

    private static Experiment experiment() {
        Scenario s = ExperimentFixtures.crossing();
        List<FortificationPackage> p = new ArrayList<>();
        p.add(s.packages().get(0).toBuilder().name("full").build());
        p.add(s.packages().get(1).toBuilder().name(LONG).build());
        return Experiment.builder(s.toBuilder().packages(p).build()).replications(5).build();
    }

    /**
     * Five replications: in the package {@code full}, armoured losses 1..5, light losses always 2, breach attempts
     * 2r, failures r % 2, one plough lost in replication 4, engagements 10r; the others count nothing.
     */
    private static ExperimentResult result(Experiment e) {
        ResultAggregator agg = Synthetic.aggregator(e);
        for (int r = 0; r < 5; r++) {
            List<ReplicationRow> rows = Synthetic.replication(e, r, 2.0, 3.0 + 0.1 * r, 2.5);
            ReplicationRow f = rows.get(1);
            int[] counts = new int[FightCount.size()];
            counts[FightCount.LOST_ARMOURED.ordinal()] = r + 1;
            counts[FightCount.LOST_LIGHT.ordinal()] = 2;
            counts[FightCount.BREACH_FAILURES.ordinal()] = r % 2;
            counts[FightCount.ASSETS_LOST_PLOUGH.ordinal()] = r == 4 ? 1 : 0;
            counts[FightCount.CARRIERS_LOST.ordinal()] = r == 4 ? 1 : 0;
            counts[FightCount.DEFENDER_ENGAGEMENTS.ordinal()] = 10 * r;
            int[] losses = new int[LossCause.values().length];
            losses[LossCause.FIRE.ordinal()] = r + 1;
            losses[LossCause.MINE.ordinal()] = 2;
            rows.set(1, new ReplicationRow(f.replication(), f.packageName(), f.packageCostEur(), f.packageObstacles(),
                    f.closureH(), f.reached(), f.firstLeadH(), f.vehiclesStart(), f.vehiclesArrived(), losses,
                    new double[ObstacleKind.values().length], 2 * r, 0, 0, 0, 0, f.slowdownH(), counts));
            agg.add(rows);
        }
        return agg.result(StopReason.REPLICATIONS_DONE);
    }

    @Test
    void countsAreMeansWithStudentIntervals() {
        PackageSummary p = result(experiment()).summary("full");
        MeanEstimate armoured = p.count(FightCount.LOST_ARMOURED);
        // 1..5: mean 3, sd sqrt(2.5), half-width t_{4,0.975} sd / sqrt(5)
        assertEquals(3.0, armoured.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), armoured.sd(), 1e-12);
        assertEquals(T4 * Math.sqrt(2.5) / Math.sqrt(5), armoured.halfWidth(), 1e-8);
        assertEquals(3.0 - T4 * Math.sqrt(0.5), armoured.ciLow(), 1e-8);
        MeanEstimate light = p.count(FightCount.LOST_LIGHT);
        assertEquals(2.0, light.mean(), 0.0);
        assertEquals(0.0, light.halfWidth(), 0.0, "a constant count has a zero-width interval");
        assertEquals(0.4, p.count(FightCount.BREACH_FAILURES).mean(), 1e-12);
        assertEquals(0.2, p.count(FightCount.ASSETS_LOST_PLOUGH).mean(), 1e-12);
        assertEquals(4.0, p.breachAttempts().mean(), 1e-12);
        assertEquals(5.0, p.vehiclesLost().mean(), 1e-12, "losses by cause 3 + 2");
        assertEquals(p.meanVehiclesLost(), p.vehiclesLost().mean(), 0.0);
        assertEquals(3.0, p.lossesByCause().get(LossCause.FIRE).mean(), 1e-12);
        assertEquals(p.count(FightCount.LOST_ARMOURED).mean() + p.count(FightCount.LOST_LIGHT).mean(),
                p.vehiclesLost().mean(), 1e-12, "by class sums to all losses");
        assertEquals(0.0, result(experiment()).summary(LONG).count(FightCount.LOST_ARMOURED).mean(), 0.0);
    }

    @Test
    void theSummaryCsvAndJsonCarryEveryCountWithItsInterval() throws Exception {
        ExperimentResult r = result(experiment());
        PackageSummary p = r.summary("full");
        List<String> cols = SummaryCsv.columnNames();
        String[] line = SummaryCsv.render(r).lines().toList().get(2).split(",", -1);
        assertEquals(cols.size(), line.length);
        for (FightCount c : FightCount.values()) {
            for (String s : List.of("_mean", "_ci_low", "_ci_high")) {
                assertTrue(cols.contains(c.key() + s), c.key() + s);
            }
        }
        assertEquals(p.count(FightCount.LOST_ARMOURED).ciHigh(),
                Double.parseDouble(line[cols.indexOf("lost_armoured_ci_high")]), 0.0);
        assertEquals(0.4, Double.parseDouble(line[cols.indexOf("breach_failures_mean")]), 1e-12);
        assertEquals(4.0, Double.parseDouble(line[cols.indexOf("breaches_mean")]), 1e-12);
        assertEquals(p.lossesByCause().get(LossCause.FIRE).ciLow(),
                Double.parseDouble(line[cols.indexOf("lost_fire_ci_low")]), 0.0);

        JsonNode full = SummaryJson.tree(new ObjectMapper(), r).get("packages").get(1);
        assertEquals("full", full.get("package").asText());
        JsonNode armoured = full.get("per_replication").get("lost_armoured");
        assertEquals(3.0, armoured.get("mean").asDouble(), 1e-12);
        assertEquals(p.count(FightCount.LOST_ARMOURED).ciLow(), armoured.get("ci95_low").asDouble(), 0.0);
        assertEquals(0.2, full.get("per_replication").get("assets_lost_plough").get("mean").asDouble(), 1e-12);
    }

    @Test
    void theHtmlReportShowsLossesByClassAndEveryCountWithItsInterval() {
        ExperimentResult r = result(experiment());
        String html = org.gapsim.report.HtmlReport.render(r, null, null);
        assertTrue(html.contains("lost armoured / light"), "results table column");
        assertTrue(html.contains("3.00 / 2.00"), "full's armoured / light means");
        assertTrue(html.contains("Losses, breaching, engineer assets and the defender"), "the counts table");
        MeanEstimate a = r.summary("full").count(FightCount.LOST_ARMOURED);
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "3.00 [%.2f, %.2f]", a.ciLow(), a.ciHigh())),
                "lost armoured with its interval");
        for (FightCount c : FightCount.values()) {
            assertTrue(html.contains(c.key().replace('_', ' ')), c.key());
        }
    }

    @Test
    void theConsoleTableShowsPReachedAndLossesByClassWithin120Columns() {
        ExperimentResult r = result(experiment());
        String table = ConsoleTable.render(r);
        String detailed = ConsoleTable.renderDetailed(r);
        for (String t : List.of(table, detailed)) {
            for (String l : t.lines().toList()) {
                assertTrue(l.length() <= ConsoleTable.WIDTH, "wider than " + ConsoleTable.WIDTH + ": " + l);
            }
        }
        String header = table.lines().filter(l -> l.startsWith("Package")).findFirst().orElseThrow();
        assertTrue(header.contains("Slowdown h [95% CI]") && header.contains("P(reached) [95% CI]")
                && header.contains("Lost A/L"), header);
        String full = table.lines().filter(l -> l.startsWith("full ")).findFirst().orElseThrow();
        assertTrue(full.contains("3.0/2.0"), "armoured / light means: " + full);
        assertTrue(full.contains("1.000 [0.566, 1.000]"), "P(reached) with its Wilson interval: " + full);
        // summary.txt's second block: the detail per package, before the paired differences
        int detail = detailed.indexOf("Breaching: attempts started");
        assertTrue(detail > 0 && detail < detailed.indexOf("Paired differences"), detailed);
        String breach = detailed.lines().filter(l -> l.startsWith("full ")).skip(2).findFirst().orElseThrow();
        assertTrue(breach.matches("full\\s+4\\.00\\s+0\\.40\\s+0\\.00\\s+0\\.00\\s+0\\.00\\s+0\\.00"), breach);
        String assets = detailed.lines().filter(l -> l.startsWith("full ")).skip(3).findFirst().orElseThrow();
        assertTrue(assets.matches("full\\s+0\\.00\\s+0\\.20\\s+0\\.00\\s+0\\.00\\s+0\\.00\\s+20\\.00\\s+0\\.00\\s+0\\.00"),
                assets);
        assertTrue(!table.contains("Breaching: attempts started"), "the console keeps to the main table");
    }

    @Test
    void aRareCountsIntervalStopsAtZero() {
        // one breach failure in five runs: mean 0.2, sd 0.447, t4 half-width 0.555 reaches below 0
        MeanEstimate rare = new MeanEstimate(5, 0.2, Math.sqrt(0.2), T4 * Math.sqrt(0.2) / Math.sqrt(5));
        assertEquals(0.0, rare.ciLow(), 0.0);
        assertEquals(0.2 + T4 * Math.sqrt(0.2) / Math.sqrt(5), rare.ciHigh(), 1e-12);
    }
}
