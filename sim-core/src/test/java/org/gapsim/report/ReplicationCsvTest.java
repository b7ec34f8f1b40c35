package org.gapsim.report;

import org.gapsim.report.internal.ReplicationCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentFixtures;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.measure.FightCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicationCsvTest {
    @TempDir
    Path dir;

    private static ReplicationRow row(long r, String pkg, double closureH, double slowdownH) {
        return new ReplicationRow(r, pkg, 1234567.891, 2, closureH, true, 0.1 + 0.2, 20, 18, new int[]{1, 0, 1, 0},
                new double[]{12.345678901234567, 0, 0, Math.PI, 0, 1e-300}, 1, 2, 0, 1, 0, slowdownH,
                new int[]{1, 1, 1, 0, 1, 0, 0, 0, 2, 1, 0, 3, 0, 17, 4, 1});
    }

    @Test
    void theHeaderNamesInputsThenEveryOutputThenTheSlowdown() {
        assertEquals("scenario,master_seed,replication,package,package_cost_eur,package_obstacles,closure_h,reached,"
                + "first_lead_h,vehicles_start,vehicles_arrived,vehicles_lost,lost_mine,lost_residual_mine,lost_fire,lost_fire_on_march,"
                + "held_min_minefield,held_min_anti_tank_ditch,held_min_dragons_teeth,held_min_abatis,held_min_crater,"
                + "held_min_bridge_demolition,breaches,bypasses,reroutes,line_charges,bridges,lost_armoured,lost_light,"
                + "carriers_lost,assets_lost_line_charge,assets_lost_plough,assets_lost_roller,assets_lost_bridge,"
                + "assets_lost_earth_mover,breach_failures,charges_misfired,charges_wasted,lanes_blocked,"
                + "columns_culminated,defender_engagements,defender_suppressions,defender_units_destroyed,slowdown_h",
                ReplicationCsv.header());
    }

    @Test
    void writtenThenReadBackGivesTheSameNumbersBitForBit() throws IOException {
        ExperimentResult r = ExperimentFixtures.run(Experiment.builder(ExperimentFixtures.crossing()).replications(40)
                .masterSeed(77).threads(2).build());
        Path file = dir.resolve("replications.csv");
        ReplicationCsv.write(r, file);
        ReplicationCsv.Contents back = ReplicationCsv.read(file);
        assertEquals(r.rows(), back.rows());
        for (int i = 0; i < r.rows().size(); i++) {
            ReplicationRow a = r.rows().get(i);
            ReplicationRow b = back.rows().get(i);
            assertEquals(Double.doubleToRawLongBits(a.closureH()), Double.doubleToRawLongBits(b.closureH()));
            assertEquals(Double.doubleToRawLongBits(a.slowdownH()), Double.doubleToRawLongBits(b.slowdownH()));
        }
        assertFalse(back.droppedLast());
        assertTrue(back.scenarios().stream().allMatch("test-gap"::equals));
        assertTrue(back.masterSeeds().stream().allMatch(s -> s == 77L));
        assertEquals(40 * 3 + 1, Files.readAllLines(file).size());
    }

    @Test
    void awkwardValuesAndNamesSurviveTheRoundTrip() throws IOException {
        List<ReplicationRow> rows = List.of(row(0, "none", Double.NaN, 0.0), row(0, "mines, \"deep\"", 1e-7, -0.0),
                row(1, "none", 1.0 / 3, Double.MIN_VALUE), row(1, "mines, \"deep\"", 123456789.123, -2.5e-9));
        Path file = dir.resolve("odd.csv");
        Files.writeString(file, ReplicationCsv.header() + "\n"
                + String.join("\n", rows.stream().map(r -> ReplicationCsv.line("gap, \"odd\"", -3, r)).toList()) + "\n");
        ReplicationCsv.Contents back = ReplicationCsv.read(file);
        assertEquals(rows, back.rows());
        assertEquals("gap, \"odd\"", back.scenarios().get(0));
        assertEquals(17, back.rows().get(0).count(FightCount.DEFENDER_ENGAGEMENTS), "fight counts are read back");
        assertEquals(2, back.rows().get(3).count(FightCount.BREACH_FAILURES));
        assertEquals(-3L, back.masterSeeds().get(0));
    }

    @Test
    void aHalfWrittenLastLineIsDroppedButABadLineInTheMiddleIsAnError() throws IOException {
        String header = ReplicationCsv.header() + "\n";
        String l0 = ReplicationCsv.line("s", 1, row(0, "none", 2.5, 0)) + "\n";
        String l1 = ReplicationCsv.line("s", 1, row(0, "ditch", 2.75, 0.25)) + "\n";
        Path file = dir.resolve("cut.csv");
        Files.writeString(file, header + l0 + l1.substring(0, 30), StandardCharsets.UTF_8);
        ReplicationCsv.Contents cut = ReplicationCsv.read(file);
        assertEquals(1, cut.rows().size());
        assertTrue(cut.droppedLast());

        Files.writeString(file, header + l0.substring(0, 30) + "\n" + l1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReplicationCsv.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());

        Files.writeString(file, "a,b,c\n" + l0);
        assertThrows(IllegalArgumentException.class, () -> ReplicationCsv.read(file));

        Files.writeString(file, header.substring(0, 10));
        assertEquals(0, ReplicationCsv.read(file).rows().size());
    }
}
