package org.gapsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The issue-11 records: clock arithmetic, defender and carrier validation with the field named, costs. */
class DefenderRecordsTest {
    private static final VehicleType TANK = new VehicleType("tank", "T-72", 40, 25, 3.6, 0.6, 0.7, 0.9);

    private static Scenario.Builder base(EngineerAssets assets) {
        RoadNetwork net = new RoadNetwork(List.of(
                new Place("a", "A", 54, 23, PlaceKind.TOWN, "LT"),
                new Place("b", "B", 54.1, 23.1, PlaceKind.TOWN, "LT")),
                List.of(new RoadSegment("ab", "a", "b", 10, RoadClass.NATIONAL, 1, 90, Terrain.OPEN, 0, "LT")));
        ColumnSpec c = new ColumnSpec("c1", null, List.of(new VehicleGroup("tank", 3)), 50, "a", 0, "b", List.of(),
                assets, 0.5);
        return Scenario.builder().name("s").network(net).vehicleTypes(TANK).columns(c).horizonMin(1000);
    }

    @Test
    void theClockTellsNightAndTheNextChangeAndStretchesWorkAtNight() {
        Clock c = new Clock(20, 6, 18);   // t = 0 is 20:00, night until 06:00 (t = 600)
        assertTrue(c.isNight(0));
        assertEquals(600, c.nextChangeMin(0), 1e-9);
        assertFalse(c.isNight(600));
        assertEquals(600 + 12 * 60, c.nextChangeMin(600), 1e-9);
        // 60 min of day work started at 05:00 (t = 540): 60 min of night at x1.5 does 40, then 20 min by day
        assertEquals(620, c.finishMin(540, 60, 1.5), 1e-9);
        assertFalse(Clock.ALWAYS_DAY.isNight(12345));
        assertEquals(Double.POSITIVE_INFINITY, Clock.ALWAYS_DAY.nextChangeMin(0));
        assertEquals(100, Clock.ALWAYS_DAY.finishMin(40, 60, 1.5), 0.0);
        ScenarioException e = assertThrows(ScenarioException.class, () -> new Clock(0, 19, 18));
        assertEquals("sunsetHour", e.field());
    }

    @Test
    void aCarrierMustBeInTheMarchOrderWithAVehiclePerItem() {
        EngineerAssets ploughs = EngineerAssets.builder()
                .minePloughs(EngineerAssets.MinePloughs.builder().count(4).carrier("tank").build()).build();
        ScenarioException e = assertThrows(ScenarioException.class, () -> base(ploughs).build());
        assertEquals("columns[0].engineers.minePloughs.carrier", e.field());
        assertTrue(e.getMessage().contains("needs 4 vehicles of type 'tank'"), e.getMessage());
        EngineerAssets bridges = EngineerAssets.builder()
                .bridgeLayers(EngineerAssets.BridgeLayers.builder().count(1).carrier("mtu").build()).build();
        e = assertThrows(ScenarioException.class, () -> base(bridges).build());
        assertEquals("columns[0].engineers.bridgeLayers.carrier", e.field());
        // line charges spread over any number of launchers: one is enough
        EngineerAssets charges = EngineerAssets.builder().lineCharges(
                EngineerAssets.LineCharges.builder().count(9).carrier("tank").build()).build();
        assertEquals("tank", base(charges).build().columns().get(0).engineers().lineCharges().carrier());
    }

    @Test
    void unitsArePlacedOnTheNetworkAndIdsAreUniqueAcrossScenarioAndPackage() {
        Sensor op = Sensor.builder().id("op").position(UnitPosition.on("ab", 11)).build();
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> base(null).defender(Defender.builder().sensors(op).build()).build());
        assertEquals("defender.sensors[0].position.km", e.field());
        Sensor ok = op.toBuilder().position(UnitPosition.at("b")).build();
        FortificationPackage pk = FortificationPackage.builder().name("p").countries("LT")
                .defender(Defender.builder().sensors(ok.toBuilder().costEur(5e5).build()).build()).build();
        e = assertThrows(ScenarioException.class,
                () -> base(null).defender(Defender.builder().sensors(ok).build()).packages(pk).build());
        assertTrue(e.field().startsWith("packages[0].defender"), e.field());
        assertEquals(5e5, pk.costEur(), 0.0, "the units a package buys add to its cost");
        e = assertThrows(ScenarioException.class, () -> new UnitPosition("a", "ab", 1));
        assertEquals("segment", e.field(), "a place and a segment: one too many");
        e = assertThrows(ScenarioException.class, () -> Defender.builder().sensors(ok, ok).build());
        assertEquals("sensors[1].id", e.field());
    }

    @Test
    void theDefenderCompletesItsPriorityAndCombinesProtection() {
        Defender d = Defender.builder().targetPriority(List.of(TargetGroup.LANES)).electronicProtection(0.5).build();
        assertEquals(List.of(TargetGroup.LANES, TargetGroup.BREACH_ASSETS, TargetGroup.REST), d.targetPriority());
        assertEquals(0.75, d.and(d.toBuilder().build()).electronicProtection(), 1e-12);
        assertTrue(Defender.NONE.hasNoUnits());
        assertEquals(3, CoverageTemplate.COVERED.sensors().size() + CoverageTemplate.COVERED.fireUnits().size());
    }
}
