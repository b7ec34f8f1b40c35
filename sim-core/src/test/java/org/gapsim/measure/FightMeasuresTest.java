package org.gapsim.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.model.CrossingPlan;
import org.gapsim.model.LossCause;
import org.gapsim.model.ModelEvent;
import org.gapsim.random.ReplicationStreams;
import org.gapsim.random.StreamFactory;
import org.gapsim.scenario.Armour;
import org.gapsim.scenario.BreachMethod;
import org.gapsim.scenario.Coverage;
import org.gapsim.scenario.FortificationPackage;
import org.gapsim.scenario.Minefield;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.VehicleType;
import org.junit.jupiter.api.Test;

/**
 * The listener turns the fight's events into counts: each event published straight into it (no model) moves
 * exactly its count, losses split by the lost type's armour, a carrier's several assets make one carrier; and on
 * real replications the losses by class add up to the losses by cause.
 */
class FightMeasuresTest {
    /** The test crossing with its IFVs light-skinned. */
    private static Scenario scenario() {
        Scenario s = ExperimentFixtures.crossing();
        List<VehicleType> types = new ArrayList<>();
        for (VehicleType v : s.vehicleTypes()) {
            types.add(v.id().equals("ifv") ? v.toBuilder().armour(Armour.LIGHT).build() : v);
        }
        return s.toBuilder().vehicleTypes(types).build();
    }

    @Test
    void eachEventMovesItsCount() {
        ReplicationMeasures m = new ReplicationMeasures(CrossingPlan.compile(scenario(), "minefield"), 7);
        m.on(new ModelEvent.Engagement(10, "c1", "mf1", "atgm-1", 3, "tank", false));
        m.on(new ModelEvent.Engagement(11, "c1", "mf1", "atgm-1", 3, "tank", true));
        m.on(new ModelEvent.VehicleLost(11, "c1", 3, "tank", LossCause.FIRE, "mf1"));
        m.on(new ModelEvent.AssetLost(11, "c1", "mf1", 3, "tank", "plough"));
        m.on(new ModelEvent.Engagement(12, "c1", "mf1", "mortar-1", 5, "ifv", true));
        m.on(new ModelEvent.VehicleLost(12, "c1", 5, "ifv", LossCause.FIRE, "mf1"));
        m.on(new ModelEvent.AssetLost(12, "c1", "mf1", 5, "ifv", "line-charge"));
        m.on(new ModelEvent.AssetLost(12, "c1", "mf1", 5, "ifv", "line-charge"));
        m.on(new ModelEvent.VehicleLost(13, "c2", 5, "ifv", LossCause.MINE, "mf1"));
        m.on(new ModelEvent.AssetLost(13, "c2", "mf1", 5, "ifv", "earth-mover"));
        m.on(new ModelEvent.ChargeMisfired(14, "c1", "mf1", false));
        m.on(new ModelEvent.ChargeMisfired(15, "c1", "mf1", true));
        m.on(new ModelEvent.ChargeMisfired(16, "c1", "mf1", false));
        m.on(new ModelEvent.LaneBlocked(17, "c1", "mf1", 0, 37));
        m.on(new ModelEvent.BreachFailed(20, "c1", "mf1", BreachMethod.MINE_PLOUGH, 1, "carriers lost"));
        m.on(new ModelEvent.BreachStarted(21, "c1", "mf1", BreachMethod.MANUAL, 1, 0));
        m.on(new ModelEvent.UnitSuppressed(22, "c1", "atgm-1", 40));
        m.on(new ModelEvent.UnitSuppressed(45, "c1", "atgm-1", 60));
        m.on(new ModelEvent.UnitDestroyed(46, "c1", "mortar-1"));
        m.on(new ModelEvent.SiteDetected(9, "c1", "mf1", "op-1"));
        m.on(new ModelEvent.ColumnHalted(50, "c1", ReplicationMeasures.CULMINATED, "mf1"));
        m.on(new ModelEvent.ColumnHalted(51, "c2", "combat ineffective", "mf1"));
        m.on(new ModelEvent.MarchEngagement(52, "c2", "s1", "fpv-1", 7, "tank", false));

        ReplicationResult r = m.result();
        assertEquals(7, r.replication());
        assertEquals(3, r.vehiclesLost());
        assertEquals(2, r.losses(LossCause.FIRE));
        assertEquals(1, r.count(FightCount.LOST_ARMOURED), "the tank");
        assertEquals(2, r.count(FightCount.LOST_LIGHT), "the two IFVs");
        assertEquals(3, r.count(FightCount.CARRIERS_LOST), "c1#3, c1#5 (two charges, one carrier), c2#5");
        assertEquals(1, r.count(FightCount.ASSETS_LOST_PLOUGH));
        assertEquals(2, r.count(FightCount.ASSETS_LOST_LINE_CHARGE));
        assertEquals(1, r.count(FightCount.ASSETS_LOST_EARTH_MOVER));
        assertEquals(0, r.count(FightCount.ASSETS_LOST_ROLLER));
        assertEquals(0, r.count(FightCount.ASSETS_LOST_BRIDGE));
        assertEquals(2, r.count(FightCount.CHARGES_MISFIRED));
        assertEquals(1, r.count(FightCount.CHARGES_WASTED));
        assertEquals(1, r.count(FightCount.LANES_BLOCKED));
        assertEquals(1, r.count(FightCount.BREACH_FAILURES));
        assertEquals(1, r.breaches(), "the manual attempt after the failure");
        assertEquals(4, r.count(FightCount.DEFENDER_ENGAGEMENTS), "three at mf1, one on the march");
        assertEquals(2, r.count(FightCount.DEFENDER_SUPPRESSIONS));
        assertEquals(1, r.count(FightCount.DEFENDER_UNITS_DESTROYED));
        assertEquals(1, r.count(FightCount.COLUMNS_CULMINATED), "combat ineffective is not a culmination");
        assertTrue(r.columns().get(0).halted() && r.columns().get(1).halted());
    }

    @Test
    void aColumnCulminatesAtMostOnceAndNeverMoreThanTheColumns() {
        // a column halts for good once; should the model announce a second halt (or a turn-back then a halt), only
        // the first counts, so the count is distinct columns and at most the scenario's columns
        Scenario s = scenario();
        ReplicationMeasures m = new ReplicationMeasures(CrossingPlan.compile(s, "minefield"), 0);
        for (int i = 0; i < 3; i++) {
            m.on(new ModelEvent.ColumnHalted(50 + i, "c1", ReplicationMeasures.CULMINATED, "mf1"));
        }
        m.on(new ModelEvent.ColumnHalted(60, "c2", "combat ineffective", "mf1"));
        m.on(new ModelEvent.ColumnHalted(61, "c2", ReplicationMeasures.CULMINATED, "mf1"));
        ReplicationResult r = m.result();
        assertEquals(1, r.count(FightCount.COLUMNS_CULMINATED), "c1 once; c2 was combat ineffective first");
        assertTrue(r.count(FightCount.COLUMNS_CULMINATED) <= s.columns().size());
    }

    @Test
    void theTraceSaysWhatHappenedInTheFight() {
        assertTrue(EventTrace.line(new ModelEvent.Engagement(61, "c1", "mf1", "atgm-1", 3, "tank", true))
                .endsWith("atgm-1 engaged vehicle 3 (tank) at mf1: killed"));
        assertTrue(EventTrace.line(new ModelEvent.LaneBlocked(61, "c1", "mf1", 1, 95))
                .endsWith("lane 1 of mf1 blocked by a struck vehicle until   1:35"));
        assertTrue(EventTrace.line(new ModelEvent.BreachFailed(70, "c1", "mf1", BreachMethod.MINE_PLOUGH, 2,
                "carriers lost")).endsWith("breach of mf1 by mine plough failed (attempt 2): carriers lost"));
        assertTrue(EventTrace.line(new ModelEvent.UnitDestroyed(70, "c1", "mortar-1"))
                .endsWith("destroyed mortar-1 by counter-fire"));
    }

    @Test
    void anUnknownAssetIsAnError() {
        assertEquals(FightCount.ASSETS_LOST_ROLLER, ReplicationMeasures.asset("roller"));
        assertEquals(FightCount.ASSETS_LOST_BRIDGE, ReplicationMeasures.asset("bridge"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplicationMeasures.asset("fascine"));
        assertTrue(e.getMessage().contains("'fascine'"), e.getMessage());
    }

    /**
     * The test crossing's minefield covered by fire: the coverage template's units fight there, and every count
     * equals the events the model published in that replication.
     */
    @Test
    void onACoveredMinefieldTheCountsAreTheModelsEvents() {
        Scenario s = scenario();
        FortificationPackage p = s.requirePackage("minefield");
        Minefield mf = (Minefield) p.obstacles().get(0);
        FortificationPackage covered = p.toBuilder().obstacles(List.of(mf.toBuilder()
                .coverage(Coverage.COVERED_BY_FIRE).build())).build();
        CrossingPlan plan = CrossingPlan.compile(s, covered);
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(11));
        int engagements = 0;
        for (int r = 0; r < 40; r++) {
            int[] seen = new int[FightCount.size()];
            int[] kills = new int[1];
            ReplicationResult res = Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.Engagement g) {
                    seen[FightCount.DEFENDER_ENGAGEMENTS.ordinal()]++;
                    kills[0] += g.killed() ? 1 : 0;
                } else if (e instanceof ModelEvent.MarchEngagement) {
                    seen[FightCount.DEFENDER_ENGAGEMENTS.ordinal()]++;
                } else if (e instanceof ModelEvent.AssetLost a) {
                    seen[ReplicationMeasures.asset(a.asset()).ordinal()]++;
                } else if (e instanceof ModelEvent.BreachFailed) {
                    seen[FightCount.BREACH_FAILURES.ordinal()]++;
                } else if (e instanceof ModelEvent.UnitSuppressed) {
                    seen[FightCount.DEFENDER_SUPPRESSIONS.ordinal()]++;
                } else if (e instanceof ModelEvent.UnitDestroyed) {
                    seen[FightCount.DEFENDER_UNITS_DESTROYED.ordinal()]++;
                } else if (e instanceof ModelEvent.ChargeMisfired m) {
                    seen[(m.wasted() ? FightCount.CHARGES_WASTED : FightCount.CHARGES_MISFIRED).ordinal()]++;
                } else if (e instanceof ModelEvent.LaneBlocked) {
                    seen[FightCount.LANES_BLOCKED.ordinal()]++;
                }
            });
            for (FightCount c : List.of(FightCount.DEFENDER_ENGAGEMENTS, FightCount.ASSETS_LOST_LINE_CHARGE,
                    FightCount.ASSETS_LOST_PLOUGH, FightCount.ASSETS_LOST_ROLLER, FightCount.ASSETS_LOST_BRIDGE,
                    FightCount.ASSETS_LOST_EARTH_MOVER, FightCount.BREACH_FAILURES, FightCount.DEFENDER_SUPPRESSIONS,
                    FightCount.DEFENDER_UNITS_DESTROYED, FightCount.CHARGES_MISFIRED, FightCount.CHARGES_WASTED,
                    FightCount.LANES_BLOCKED)) {
                assertEquals(seen[c.ordinal()], res.count(c), c + " in replication " + r);
            }
            assertEquals(kills[0], res.losses(LossCause.FIRE), "each kill is one loss to fire");
            assertEquals(res.vehiclesLost(), res.count(FightCount.LOST_ARMOURED) + res.count(FightCount.LOST_LIGHT));
            engagements += res.count(FightCount.DEFENDER_ENGAGEMENTS);
        }
        assertTrue(engagements > 0, "the covering units fired");
    }

    @Test
    void onRealReplicationsLossesByClassAddUpToLossesByCause() {
        CrossingPlan plan = CrossingPlan.compile(scenario(), "minefield");
        ReplicationStreams streams = new ReplicationStreams(new StreamFactory(5));
        int armoured = 0;
        int light = 0;
        for (int r = 0; r < 60; r++) {
            int[] byType = new int[2];
            ReplicationResult res = Replications.run(plan, streams, r, e -> {
                if (e instanceof ModelEvent.VehicleLost l) {
                    byType[l.vehicleType().equals("ifv") ? 1 : 0]++;
                }
            });
            assertEquals(res.vehiclesLost(), res.count(FightCount.LOST_ARMOURED) + res.count(FightCount.LOST_LIGHT));
            assertEquals(byType[0], res.count(FightCount.LOST_ARMOURED), "tanks are armoured");
            assertEquals(byType[1], res.count(FightCount.LOST_LIGHT), "IFVs are light here");
            armoured += byType[0];
            light += byType[1];
        }
        assertTrue(armoured > 0 && light > 0, "the minefield strikes both classes: " + armoured + "/" + light);
    }
}
