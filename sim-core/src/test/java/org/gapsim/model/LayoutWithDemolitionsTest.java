package org.gapsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapsim.measure.EventTrace;
import org.gapsim.measure.ReplicationResult;
import org.gapsim.measure.Replications;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Belt;
import org.gapsim.scenario.BreachDoctrine;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.BudgetLayout;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.CostBasis;
import org.gapsim.scenario.CostCatalogue;
import org.gapsim.scenario.CostItem;
import org.gapsim.scenario.CostUnit;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.MarchRules;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.Place;
import org.gapsim.scenario.PlaceKind;
import org.gapsim.scenario.RoadClass;
import org.gapsim.scenario.RoadNetwork;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The budget layout integrated with the package's own demolitions (docs/scenario-format.md#budget-layout): a
 * package that blows a bridge mines the detour its demolition forces, found by the model's own reroute rule, so the
 * column is turned into mined ground, not round it (doctrine: obstacles sited with each other, FM 90-7).
 */
class LayoutWithDemolitionsTest {
    /** EUR 600 a mine: a turn belt (500 m front x 1.2 mines/m = 600 mines) costs EUR 360,000. */
    private static final CostCatalogue CAT = new CostCatalogue(List.of(
            new CostItem("m6", CostUnit.PER_MINE, 600, "ASSUMPTION: test price"),
            new CostItem("charges", CostUnit.PER_BRIDGE, 250_000, "ASSUMPTION: test price")));
    private static final double BELT_EUR = 600 * 600;
    private static final double BRIDGE_EUR = 250_000;
    private static final double EUR = 4e6;

    /**
     * S (PL) -5 km- A (border crossing) -6- B -10- C (objective), the bridge 1 km into B-C. Round it: B -20- D -10- C
     * (90 km/h), and B -12.5- E -12.5- C, shorter but limited to 20 km/h (slower for a 40 km/h column: 1.25 h
     * against 0.75 h). Every road in LT but S-A; open ground (a belt's front is the turn field's 500 m).
     */
    private static RoadNetwork network() {
        return new RoadNetwork(List.of(
                new Place("s", "S", 53.9, 22.9, PlaceKind.ASSEMBLY_AREA, "PL"),
                new Place("a", "A", 54.0, 23.0, PlaceKind.BORDER_CROSSING, "LT"),
                new Place("b", "B", 54.1, 23.1, PlaceKind.TOWN, "LT"),
                new Place("c", "C", 54.2, 23.2, PlaceKind.OBJECTIVE, "LT"),
                new Place("d", "D", 54.0, 23.3, PlaceKind.TOWN, "LT"),
                new Place("e", "E", 54.2, 23.0, PlaceKind.TOWN, "LT")), List.of(
                new RoadSegment("sa", "s", "a", 5, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 0, "PL"),
                new RoadSegment("ab", "a", "b", 6, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 0, "LT"),
                new RoadSegment("bc", "b", "c", 10, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 15, "LT"),
                new RoadSegment("bd", "b", "d", 20, RoadClass.REGIONAL, 1, 90, Terrain.OPEN, 0, "LT"),
                new RoadSegment("dc", "d", "c", 10, RoadClass.REGIONAL, 1, 90, Terrain.OPEN, 0, "LT"),
                new RoadSegment("be", "b", "e", 12.5, RoadClass.LOCAL, 1, 20, Terrain.OPEN, 0, "LT"),
                new RoadSegment("ec", "e", "c", 12.5, RoadClass.LOCAL, 1, 20, Terrain.OPEN, 0, "LT")));
    }

    private static final Obstacle BRIDGE = new BridgeDemolition("bridge", "bc", 1.0, Coverage.UNOBSERVED, 0, 15);
    private static final Map<String, CostBasis> CHARGES = Map.of("bridge", new CostBasis("charges", null, 0));

    /**
     * One column without engineers (it cannot cross the gap: it reroutes) from S on its planned route S-A-B-C; turn
     * belts in the echelon 10-14 km from the entry A (on B-C 4-8 km, beyond the bridge). The bridge is the
     * package's own when {@code integrated}, else the scenario's (an existing obstacle the layout does not plan for).
     */
    private static Scenario scenario(boolean integrated) {
        ColumnSpec col = new ColumnSpec("c1", "c1", List.of(new VehicleGroup("tank", 10)), Fixtures.INTERVAL_M, "s",
                0, "c", List.of("s", "a", "b", "c"), null, 0);
        BudgetLayout layout = new BudgetLayout(Double.NaN, List.of(new BudgetLayout.Entry("trn", "m6", null, EUR,
                BudgetLayout.Effect.TURN, 10, 14, BudgetLayout.Entry.DEFAULT_SPACING_M, null, null, null, null)));
        FortificationPackage p = FortificationPackage.builder().name("fort").countries("LT").budgetEur(5e6)
                .obstacles(integrated ? List.of(BRIDGE) : List.of()).costBasis(integrated ? CHARGES : Map.of())
                .layout(layout).build();
        return new Scenario("t", "", network(), List.of(Fixtures.TANK), List.of(col),
                integrated ? List.of() : List.of(BRIDGE), List.of(p), Fixtures.doctrine(0, 0, true), MarchRules.NONE,
                ClosureRule.ALL_COLUMNS, 10_000, null, null, null, null, CAT);
    }

    private static EventTrace run(Scenario s) {
        EventTrace trace = new EventTrace();
        ReplicationResult r = Replications.run(CrossingPlan.compile(s, "fort"),
                new ReplicationStreams(new StreamFactory(1)), 0, trace);
        assertTrue(r.reached(), String.join("\n", trace.lines()));
        return trace;
    }

    /** @return the ids of the layout's belts the column reached (found, or passed in any way) */
    private static Set<String> beltsMet(EventTrace trace) {
        Set<String> met = new HashSet<>();
        for (ModelEvent e : trace.events()) {
            if (e instanceof ModelEvent.ObstaclePassed p && p.obstacle().startsWith("trn.")) {
                met.add(p.obstacle());
            } else if (e instanceof ModelEvent.ObstacleDetected d && d.obstacle().startsWith("trn.")) {
                met.add(d.obstacle());
            }
        }
        return met;
    }

    private static List<String> rerouteRoute(EventTrace trace) {
        for (ModelEvent e : trace.events()) {
            if (e instanceof ModelEvent.Rerouted r) {
                return r.route();
            }
        }
        return List.of();
    }

    @Test
    void withoutIntegrationTheColumnRoutesRoundEveryBelt() {
        Scenario s = scenario(false);
        FortificationPackage p = s.requirePackage("fort");
        // one avenue, A-B-C: five 300 m deep belts from km 10 every 300 + 500 m fit in 10-14 km (the 6th
        // would begin at 14)
        List<Belt> belts = p.layout().belts();
        assertEquals(5, belts.size());
        for (int i = 0; i < belts.size(); i++) {
            assertEquals("trn.a." + (i + 1), belts.get(i).id());
            assertEquals("bc", belts.get(i).segment());
            assertEquals(4.0 + 0.8 * i, belts.get(i).positionKm(), 1e-9);
        }
        EventTrace trace = run(s);
        assertEquals(List.of("b", "d", "c"), rerouteRoute(trace), "the fastest way round, not the 25 km one at 20 km/h");
        assertEquals(Set.of(), beltsMet(trace), "the demolition turned the column round every belt");
    }

    @Test
    void integratedTheColumnMeetsTheBeltsOnTheDetourItsDemolitionForces() {
        Scenario s = scenario(true);
        FortificationPackage p = s.requirePackage("fort");
        List<Belt> onDetour = new ArrayList<>();
        for (Belt b : p.layout().belts()) {
            if (b.id().startsWith("trn.a-via-d.")) {
                onDetour.add(b);
            } else {
                assertTrue(b.id().startsWith("trn.a.") && b.segment().equals("bc"), b.id());
            }
        }
        // the detour A-B-D-C is measured from the same entry: km 10-14 is B-D 4-8 km, five belts as on B-C
        assertEquals(5, onDetour.size());
        for (int i = 0; i < onDetour.size(); i++) {
            assertEquals("bd", onDetour.get(i).segment());
            assertEquals(4.0 + 0.8 * i, onDetour.get(i).positionKm(), 1e-9);
        }
        EventTrace trace = run(s);
        assertEquals(List.of("b", "d", "c"), rerouteRoute(trace));
        Set<String> met = beltsMet(trace);
        assertEquals(5, met.size(), met.toString());
        assertTrue(met.stream().allMatch(id -> id.startsWith("trn.a-via-d.")), met.toString());
    }

    @Test
    void theMoneyIsSplitOverTheLargerSetOfAvenuesAndStillAddsUp() {
        for (boolean integrated : new boolean[] {false, true}) {
            FortificationPackage p = scenario(integrated).requirePackage("fort");
            BudgetLayout.Entry e = p.layout().entries().get(0);
            int avenues = integrated ? 2 : 1;
            // each avenue's share, EUR 4 M / avenues, buys its echelon's five belts (EUR 1.8 M) at most
            assertEquals(avenues * 5, e.placed().size(), "integrated " + integrated);
            assertEquals(avenues * 5 * BELT_EUR, e.placedEur(), 1e-6);
            assertEquals(avenues * 5 * 600, e.mines());
            double notPlaced = EUR - e.placedEur();
            assertEquals(EUR, e.placedEur() + notPlaced, 1e-6);
            assertEquals(p.budgetEur(), p.placedEur() + p.outsideEur(), 1e-6, "budget = placed + outside");
            assertEquals(e.placedEur() + (integrated ? BRIDGE_EUR : 0), p.placedEur(), 1e-6,
                    "the belts, and the bridge's charges when it is the package's");
        }
    }

    @Test
    void withLittleMoneyTheDetourTakesItsShareByFront() {
        // EUR 1 M over two avenues of 500 m front each: EUR 500,000 each buys one EUR 360,000 belt on each
        ColumnSpec col = new ColumnSpec("c1", "c1", List.of(new VehicleGroup("tank", 10)), Fixtures.INTERVAL_M, "s",
                0, "c", List.of("s", "a", "b", "c"), null, 0);
        BudgetLayout layout = new BudgetLayout(Double.NaN, List.of(new BudgetLayout.Entry("trn", "m6", null, 1e6,
                BudgetLayout.Effect.TURN, 10, 14, BudgetLayout.Entry.DEFAULT_SPACING_M, null, null, null, null)));
        FortificationPackage p = new Scenario("t", "", network(), List.of(Fixtures.TANK), List.of(col), List.of(),
                List.of(FortificationPackage.builder().name("fort").countries("LT").budgetEur(2e6)
                        .obstacles(List.of(BRIDGE)).costBasis(CHARGES).layout(layout).build()), Fixtures.doctrine(0, 0, true),
                MarchRules.NONE, ClosureRule.ALL_COLUMNS, 10_000, null, null, null, null, CAT).requirePackage("fort");
        List<String> ids = p.layout().belts().stream().map(Belt::id).toList();
        assertEquals(List.of("trn.a.1", "trn.a-via-d.1"), ids);
        assertEquals(2e6 - 2 * BELT_EUR - BRIDGE_EUR, p.outsideEur(), 1e-6);
    }

    @Test
    void anEchelonOnGroundTheDetourSharesIsNotMinedTwice() {
        // block belts at km 2-5 lie on A-B, which the planned route and the detour share: they are laid once
        ColumnSpec col = new ColumnSpec("c1", "c1", List.of(new VehicleGroup("tank", 10)), Fixtures.INTERVAL_M, "s",
                0, "c", List.of("s", "a", "b", "c"), null, 0);
        BudgetLayout layout = new BudgetLayout(Double.NaN, List.of(new BudgetLayout.Entry("blk", "m6", null, 5e6,
                BudgetLayout.Effect.BLOCK, 2, 5, BudgetLayout.Entry.DEFAULT_SPACING_M, null, null, null, null)));
        FortificationPackage p = new Scenario("t", "", network(), List.of(Fixtures.TANK), List.of(col), List.of(),
                List.of(FortificationPackage.builder().name("fort").countries("LT").budgetEur(6e6)
                        .obstacles(List.of(BRIDGE)).costBasis(CHARGES).layout(layout).build()), Fixtures.doctrine(0, 0, true),
                MarchRules.NONE, ClosureRule.ALL_COLUMNS, 10_000, null, null, null, null, CAT).requirePackage("fort");
        for (Belt b : p.layout().belts()) {
            assertTrue(b.id().startsWith("blk.a.") && b.segment().equals("ab"), b.id());
        }
        assertEquals(4, p.layout().belts().size(), "km 2, 2.82, 3.64, 4.46 (4.46 + 0.32 <= 5)");
    }

    @Test
    void aColumnWithAnUnknownObjectiveIsTheScenariosOneLineErrorNotACrashInTheLayout() {
        ColumnSpec col = new ColumnSpec("c1", "c1", List.of(new VehicleGroup("tank", 10)), Fixtures.INTERVAL_M, "s",
                0, "nowhere", List.of("s", "a", "b", "c", "nowhere"), null, 0);
        BudgetLayout layout = new BudgetLayout(Double.NaN, List.of(new BudgetLayout.Entry("trn", "m6", null, 1e6,
                BudgetLayout.Effect.TURN, 10, 14, BudgetLayout.Entry.DEFAULT_SPACING_M, null, null, null, null)));
        org.gapsim.scenario.ScenarioException x = org.junit.jupiter.api.Assertions.assertThrows(
                org.gapsim.scenario.ScenarioException.class, () -> new Scenario("t", "", network(),
                        List.of(Fixtures.TANK), List.of(col), List.of(), List.of(FortificationPackage.builder()
                        .name("fort").countries("LT").budgetEur(2e6).obstacles(List.of(BRIDGE)).costBasis(CHARGES)
                        .layout(layout).build()), Fixtures.doctrine(0, 0, true), MarchRules.NONE,
                        ClosureRule.ALL_COLUMNS, 10_000, null, null, null, null, CAT));
        assertTrue(x.getMessage().contains("nowhere"), x.getMessage());
    }

    /**
     * On the study's network (the golden test's frozen copy), with its {@code full} package's blown bridges: every
     * route the layout expects a column to take round them is the one {@link CrossingPlan#shortestRoute} gives the
     * model's reroutes (turn back at the closed segment's near place, fastest at the column's top road speed,
     * avoiding every closed segment met), and each is an avenue of the layout.
     */
    @Test
    void theLayoutsDetoursAreTheModelsReroutesOnTheStudysNetwork() throws Exception {
        Scenario s = new ScenarioLoader().load(resource("model/golden/suwalki-gap.yaml"));
        FortificationPackage full = s.requirePackage("full");
        CrossingPlan plan = CrossingPlan.compile(s, full);
        Set<String> closed = new java.util.LinkedHashSet<>();
        for (Obstacle o : full.obstacles()) {
            if (Double.isInfinite(o.frontM())) {
                closed.add(o.segment());
            }
        }
        double[] speeds = new double[s.columns().size()];
        for (int c = 0; c < speeds.length; c++) {
            speeds[c] = plan.columnRoadSpeedKmh(c);
        }
        List<BudgetLayout.Avenue> avenues = BudgetLayout.avenues(s.network(), s.columns(), speeds, full.countries(),
                closed);
        List<List<String>> avenueSegments = new ArrayList<>();
        for (BudgetLayout.Avenue a : avenues) {
            avenueSegments.add(a.segments().stream().map(RoadSegment::id).toList());
        }
        int detours = 0;
        for (int c = 0; c < s.columns().size(); c++) {
            List<String> route = new ArrayList<>(plan.plannedPlaces(c));
            Set<String> avoid = new HashSet<>();
            while (true) {
                int turn = -1;
                for (int i = 0; i + 1 < route.size() && turn < 0; i++) {
                    String seg = s.network().segmentBetween(route.get(i), route.get(i + 1)).orElseThrow().id();
                    if (closed.contains(seg)) {
                        avoid.add(seg);
                        turn = i;
                    }
                }
                if (turn < 0) {
                    break;
                }
                var fresh = plan.shortestRoute(route.get(turn), s.columns().get(c).objective(), avoid, speeds[c]);
                if (fresh.isEmpty()) {
                    break;
                }
                List<String> next = new ArrayList<>(route.subList(0, turn + 1));
                fresh.get().forEach(l -> next.add(l.toPlace()));
                route = next;
                List<String> inside = new ArrayList<>();
                for (int i = 0; i + 1 < route.size(); i++) {
                    RoadSegment seg = s.network().segmentBetween(route.get(i), route.get(i + 1)).orElseThrow();
                    if (full.countries().contains(seg.country())) {
                        inside.add(seg.id());
                    } else if (!inside.isEmpty()) {
                        break;
                    }
                }
                assertTrue(avenueSegments.contains(inside), s.columns().get(c).id() + ": " + inside);
                detours++;
            }
        }
        assertTrue(detours >= 4, "b1 and b2 round the Nemunas bridge, k2 round the A5 and 134 Sesupe bridges");
        assertTrue(avenues.stream().anyMatch(a -> a.name().equals("raigardas-crossing-via-alytus")),
                avenues.stream().map(BudgetLayout.Avenue::name).toList().toString());
        assertFalse(avenues.stream().anyMatch(a -> a.name().equals("raigardas-crossing-via-alytus~2")),
                "b2 takes b1's detour: one avenue");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Paths.get(LayoutWithDemolitionsTest.class.getClassLoader().getResource(name).toURI());
    }
}
