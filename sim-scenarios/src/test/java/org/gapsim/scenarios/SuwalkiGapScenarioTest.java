package org.gapsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapsim.model.CrossingPlan;
import org.gapsim.scenario.BridgeDemolition;
import org.gapsim.scenario.ClosureRule;
import org.gapsim.scenario.ColumnSpec;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.EngineerAssets;
import org.gapsim.scenario.FireUnit;
import org.gapsim.scenario.FireUnitKind;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Obstacle;
import org.gapsim.scenario.RoadSegment;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Sensor;
import org.gapsim.scenario.SensorKind;
import org.gapsim.scenario.Terrain;
import org.gapsim.scenario.TerrainChange;
import org.gapsim.scenario.VehicleGroup;
import org.gapsim.scenario.io.ScenarioLoader;
import org.gapsim.scenario.io.ScenarioWriter;
import org.junit.jupiter.api.Test;

/** The built-in Suwalki Gap file: it loads, validates, and holds the study the README describes. */
class SuwalkiGapScenarioTest {
    private static final List<String> PACKAGES = List.of("none", "at-mines", "ditches", "trees", "bridges", "isr",
            "full", "full+east-shield");

    private final Scenario s = SuwalkiGap.scenario();

    @Test
    void everyBuiltInScenarioLoadsAndEveryPackageCompiles() {
        assertEquals(SuwalkiGap.NAME, BuiltInScenarios.names().get(0));
        for (String name : BuiltInScenarios.names()) {
            Scenario b = BuiltInScenarios.load(name);
            assertEquals(name, b.name());
            for (String p : b.packageNames()) {
                CrossingPlan plan = CrossingPlan.compile(b, p);
                assertEquals(p, plan.fortification().name());
            }
        }
    }

    @Test
    void theStudyHasItsPackagesColumnsObjectiveAndHorizon() {
        assertEquals(PACKAGES, s.packageNames());
        assertEquals(ClosureRule.ALL_COLUMNS, s.closure());
        assertEquals(SuwalkiGap.HORIZON_MIN, s.horizonMin());
        assertEquals(List.of("k1", "k2", "b1", "b2"), s.columns().stream().map(ColumnSpec::id).toList());
        for (ColumnSpec c : s.columns()) {
            assertEquals(SuwalkiGap.OBJECTIVE, c.objective(), c.id());
            assertEquals(0, c.departureMin(), c.id());
            assertEquals(114, c.vehicleCount(), c.id());
            long tanks = c.marchOrder().stream().filter(g -> g.type().equals("t72b3")).mapToInt(g -> g.count()).sum();
            long ifvs = c.marchOrder().stream().filter(g -> g.type().equals("bmp")).mapToInt(g -> g.count()).sum();
            assertEquals(10, tanks, "about 10 tanks per BTG");
            assertEquals(40, ifvs, "about 40 IFVs per BTG");
            assertTrue(c.engineers().lineCharges().count() > 0 && c.engineers().minePloughs().count() > 0
                    && c.engineers().bridgeLayers().count() > 0 && c.engineers().earthMovers().count() > 0, c.id());
        }
        Set<String> starts = new HashSet<>();
        s.columns().forEach(c -> starts.add(s.network().place(c.start()).orElseThrow().country()));
        assertEquals(Set.of("RU", "BY"), starts, "columns come from Kaliningrad and from Belarus");
    }

    @Test
    void costsAddUpToTheMinistersSplit() {
        // R. Kaunas to the Seimas, 9 Feb 2026 (reference breaching-history.md "Lithuania's plan"): EUR 812 M AT mines
        // and systems, 112 M countermobility (ditches + trees), 83 M engineering (bridges), 85 M surveillance (isr)
        assertEquals(812e6, cost("at-mines"), 1);
        assertEquals(112e6, cost("ditches") + cost("trees"), 1);
        assertEquals(83e6, cost("bridges"), 1);
        assertEquals(85e6, cost("isr"), 1);
        double parts = 0;
        for (String p : SuwalkiGap.LITHUANIAN_PARTS) {
            parts += cost(p);
        }
        assertEquals(1.092e9, parts, 1, "the minister's EUR 1,092 M");
        assertEquals(parts, cost(SuwalkiGap.FULL), 1);
        assertEquals(3.392e9, cost(SuwalkiGap.FULL_EAST_SHIELD), 1, "plus the East Shield's EUR 2.3 bn");
        for (String p : PACKAGES.subList(1, PACKAGES.size())) {
            FortificationPackage k = s.requirePackage(p);
            assertTrue(k.costsFromCatalogue(), p + ": every cost from the catalogue");
            assertEquals(k.budgetEur(), k.placedEur() + k.outsideEur(), 1e-3, p);
        }
    }

    @Test
    void theMinesAreLaidAsBeltsOnEveryAvenueAndTheRestIsOutsideTheModel() {
        FortificationPackage at = s.requirePackage("at-mines");
        // 170,000 mines at the catalogue's EUR 600 = EUR 102 M, 60/40 block/turn
        assertEquals(102e6, at.layout().eur(), 1);
        assertEquals(600, s.catalogue().item("at-mine").unitCostEur());
        // every obstacle of the part is an element of a laid belt: no field is placed by hand
        Set<String> laid = new HashSet<>();
        at.layout().belts().forEach(b -> b.elements().forEach(o -> laid.add(o.id())));
        assertEquals(ids(at.obstacles()), laid);
        // five avenues into LT: the columns' A7 (Kybartai), A5 (Budzisko) and A4 (Raigardas), then the entries at
        // Vistytis and Ogrodniki; each echelon holds three block belts (km 3, 3.82, 4.64) and six turn belts
        Set<String> avenues = at.layout().belts().stream().map(b -> b.id().split("\\.")[1])
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of("kybartai-crossing", "budzisko-crossing", "raigardas-crossing", "vistytis",
                "ogrodniki-crossing"), avenues);
        assertEquals(15, at.layout().entries().get(0).placed().size());
        assertEquals(30, at.layout().entries().get(1).placed().size());
        // the echelons hold far fewer than 170,000 mines: the rest is outside the model (the laying systems are priced)
        long mines = at.layout().entries().stream().mapToLong(e -> e.mines()).sum();
        assertTrue(mines > 0 && mines < 170_000, mines + " mines placed");
        assertEquals(mines * 600.0, at.layout().entries().stream().mapToDouble(e -> e.placedEur()).sum(), 1e-3);
        assertTrue(at.outsideEur() > at.placedEur(), "most of the EUR 812 M is outside the modelled avenues");
        assertEquals(965, at.layout().borderKm());
        // where the ground is bounded the belt spans it, tied in; on the A7 a block belt holds 3 km x 1.6 = 4,800
        org.gapsim.scenario.Belt a7 = at.layout().belts().get(0);
        assertEquals("a7-kybartai-vilkaviskis", a7.segment());
        assertEquals(2 * segment(a7.segment()).openWidthM(), a7.frontM());
        assertTrue(a7.tiedIn());
        assertEquals(4800, a7.mineCount());
    }

    @Test
    void theLayingSystemsAndTheReforestedStripsArePricedFromTheCatalogue() {
        // at-mines: its 4 laying systems at the catalogue's laying-system (per-system) are in what it places
        FortificationPackage at = s.requirePackage("at-mines");
        double systemEur = s.catalogue().item("laying-system").unitCostEur();
        assertEquals(org.gapsim.scenario.CostUnit.PER_SYSTEM, s.catalogue().item("laying-system").unit());
        assertEquals(4, at.onWarning().layingSystems());
        assertEquals(4 * systemEur, at.onWarning().layingSystemsEur(), 1e-6);
        double belts = at.layout().entries().stream().mapToDouble(e -> e.placedEur()).sum();
        double units = at.defender().costEur();
        assertEquals(belts + units + 4 * systemEur, at.placedEur(), 1e-3);
        assertEquals(812e6 - at.placedEur(), at.outsideEur(), 1e-3, "the budget does not change");
        // trees: three 1 km wide strips, the segments' length x 1 km, at the catalogue's reforestation per hectare
        FortificationPackage trees = s.requirePackage("trees");
        double haEur = s.catalogue().item("reforestation").unitCostEur();
        double ha = 0;
        for (org.gapsim.scenario.TerrainChange t : trees.terrainChanges()) {
            assertEquals(segment(t.segment()).lengthKm() * 100, t.hectares(), 1e-9, t.segment() + ": length x 1 km");
            assertEquals(t.hectares() * haEur, t.costEur(), 1e-6);
            ha += t.hectares();
        }
        assertEquals(9760, ha, 1e-9);
        double abatis = trees.obstacles().stream().mapToDouble(o -> o.costEur()).sum();
        assertEquals(abatis + ha * haEur, trees.placedEur(), 1e-3);
        assertEquals(50e6 - trees.placedEur(), trees.outsideEur(), 1e-3);
        // the whole plan places what its parts place, plus the belts its layout lays on the routes its own
        // demolitions force (docs/scenario-format.md#budget-layout): the turn echelon on the two detours to Alytus,
        // 6 belts each of 600 mines at the catalogue's EUR 600
        double parts = 0;
        for (String p : SuwalkiGap.LITHUANIAN_PARTS) {
            parts += s.requirePackage(p).placedEur();
        }
        List<org.gapsim.scenario.Belt> detours = s.requirePackage(SuwalkiGap.FULL).layout().belts().stream()
                .filter(b -> b.id().contains("-via-")).toList();
        assertEquals(12, detours.size());
        double detourEur = detours.stream().mapToDouble(org.gapsim.scenario.Belt::costEur).sum();
        assertEquals(12 * 600 * s.catalogue().item("at-mine").unitCostEur(), detourEur, 1e-3);
        assertEquals(parts + detourEur, s.requirePackage(SuwalkiGap.FULL).placedEur(), 1e-3);
    }

    @Test
    void lithuanianPackagesActOnLithuaniaOnlyAndFullHoldsEveryPart() {
        Set<String> fullIds = ids(s.requirePackage(SuwalkiGap.FULL).obstacles());
        for (String name : SuwalkiGap.LITHUANIAN_PARTS) {
            FortificationPackage p = s.requirePackage(name);
            assertEquals(List.of("LT"), p.countries(), name);
            for (Obstacle o : p.obstacles()) {
                assertEquals("LT", segment(o.segment()).country(), o.id());
            }
            for (TerrainChange t : p.terrainChanges()) {
                assertEquals("LT", segment(t.segment()).country(), t.segment());
            }
            assertTrue(fullIds.containsAll(ids(p.obstacles())), name + " is part of full");
        }
        FortificationPackage east = s.requirePackage(SuwalkiGap.FULL_EAST_SHIELD);
        assertEquals(List.of("LT", "PL"), east.countries());
        assertTrue(ids(east.obstacles()).containsAll(fullIds));
        assertTrue(east.obstacles().stream().anyMatch(o -> segment(o.segment()).country().equals("PL")));
    }

    @Test
    void bridgesSitOnBridgedSegmentsAndSomeGapsExceedABridgeLayersSpan() {
        double span = s.columns().get(0).engineers().bridgeLayers().spanM();
        int wider = 0;
        for (Obstacle o : s.requirePackage("bridges").obstacles()) {
            BridgeDemolition b = (BridgeDemolition) o;
            assertTrue(segment(b.segment()).bridgeGapM() > 0, b.id());
            assertEquals(segment(b.segment()).bridgeGapM(), b.gapM(), b.id());
            if (b.gapM() > span) {
                wider++;
            }
        }
        assertTrue(wider >= 1, "some gaps force a reroute");
        assertTrue(wider < s.requirePackage("bridges").obstacles().size(), "some gaps can be bridged");
    }

    @Test
    void treesReforestOnlyOpenGroundAndIsrLowersDetection() {
        for (TerrainChange t : s.requirePackage("trees").terrainChanges()) {
            assertEquals(Terrain.OPEN, segment(t.segment()).terrainBeside(), t.segment());
            assertEquals(Terrain.FOREST, t.terrainBeside());
        }
        FortificationPackage isr = s.requirePackage("isr");
        assertTrue(isr.isr().attackerDetectionMultiplier() < 1);
        // isr buys sensors of every kind and EW/anti-drone protection, no shooters, and no coverage shorthand
        assertEquals(Coverage.UNOBSERVED, isr.isr().minimumCoverage());
        assertEquals(Set.of(SensorKind.values()), isr.defender().sensors().stream().map(Sensor::kind)
                .collect(Collectors.toSet()));
        assertTrue(isr.defender().fireUnits().isEmpty());
        assertTrue(isr.defender().electronicProtection() > s.defender().electronicProtection());
        double unitsEur = isr.defender().sensors().stream().mapToDouble(Sensor::costEur).sum();
        assertTrue(unitsEur > 0 && unitsEur < isr.costEur(), "isr's sensors cost " + unitsEur);
    }

    @Test
    void theBaselineIsOpposedAndTheAntiTankShareBuysTeams() {
        // existing forces: sensors at the crossings, ATGM teams, mortars and artillery in range of the main roads
        Set<FireUnitKind> existing = s.defender().fireUnits().stream().map(FireUnit::kind).collect(Collectors.toSet());
        assertEquals(Set.of(FireUnitKind.ATGM_TEAM, FireUnitKind.MORTAR, FireUnitKind.ARTILLERY), existing);
        assertFalse(s.defender().sensors().isEmpty());
        // the at-mines part's "anti-tank systems": ATGM teams on every axis and FPV teams, priced by the catalogue
        FortificationPackage at = s.requirePackage("at-mines");
        assertEquals(9, at.defender().fireUnits().stream().filter(u -> u.kind() == FireUnitKind.ATGM_TEAM).count());
        assertTrue(at.defender().fireUnits().stream().anyMatch(u -> u.kind() == FireUnitKind.FPV_TEAM));
        assertTrue(at.defender().fireUnits().stream().allMatch(u -> u.costEur() > 0));
    }

    @Test
    void engineerAssetsRideOnNamedVehiclesOfTheMarchOrder() {
        for (ColumnSpec c : s.columns()) {
            Set<String> types = c.marchOrder().stream().map(VehicleGroup::type).collect(Collectors.toSet());
            EngineerAssets e = c.engineers();
            for (String carrier : List.of(e.lineCharges().carrier(), e.minePloughs().carrier(),
                    e.bridgeLayers().carrier(), e.earthMovers().carrier())) {
                assertTrue(types.contains(carrier), c.id() + ": carrier " + carrier);
            }
            assertEquals("ur77", e.lineCharges().carrier());
            assertEquals("t72b3", e.minePloughs().carrier());
            assertEquals("mtu72", e.bridgeLayers().carrier());
            assertEquals("bat2", e.earthMovers().carrier());
        }
    }

    @Test
    void aLithuanianObstacleOnPolishGroundIsRejected() {
        List<FortificationPackage> packages = new ArrayList<>(s.packages());
        FortificationPackage ditches = s.requirePackage("ditches");
        Obstacle moved = new BridgeDemolition("bad", "s61-szypliszki-budzisko", 1.0, Coverage.UNOBSERVED, 1, 10);
        List<Obstacle> obs = new ArrayList<>(ditches.obstacles());
        obs.add(moved);
        java.util.Map<String, org.gapsim.scenario.CostBasis> basis = new java.util.HashMap<>(ditches.costBasis());
        basis.put("bad", org.gapsim.scenario.CostBasis.of("bridge-charges"));
        packages.set(packages.indexOf(ditches), ditches.toBuilder().obstacles(obs).costBasis(basis).build());
        ScenarioException e = assertThrows(ScenarioException.class, () -> s.withPackages(packages));
        assertTrue(e.getMessage().contains("outside the package's countries"), e.getMessage());
    }

    @Test
    void theFileSurvivesAWriteAndReadBack() {
        String yaml = new ScenarioWriter().write(s);
        assertEquals(s, new ScenarioLoader().parse(yaml, "written.yaml"));
        assertFalse(BuiltInScenarios.yaml(SuwalkiGap.NAME).isBlank());
    }

    private double cost(String name) {
        return s.requirePackage(name).costEur();
    }

    private RoadSegment segment(String id) {
        return s.network().segment(id).orElseThrow();
    }

    private static Set<String> ids(List<Obstacle> obstacles) {
        Set<String> ids = new HashSet<>();
        obstacles.forEach(o -> ids.add(o.id()));
        return ids;
    }
}
