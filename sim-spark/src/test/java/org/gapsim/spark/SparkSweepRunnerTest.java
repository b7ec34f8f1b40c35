package org.gapsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ReplicationRow;
import org.gapsim.experiment.StopReason;
import org.gapsim.experiment.sweep.PointResult;
import org.gapsim.experiment.sweep.Sweep;
import org.gapsim.experiment.sweep.SweepProgressListener;
import org.gapsim.experiment.sweep.SweepResult;
import org.gapsim.experiment.sweep.SweepRunner;
import org.gapsim.experiment.sweep.SweepReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sweep run in one Spark job against the local {@link SweepRunner} on the same JVM: one {@code local[2]} context
 * for the class. Point results are records of doubles, compared with {@code equals} (bit for bit).
 */
class SparkSweepRunnerTest {
    private static final int POINTS = 5;
    private static final int REPLICATIONS = 23;

    private static JavaSparkContext sc;
    private static Sweep sweep;
    private static SweepResult local;

    @BeforeAll
    static void startSpark() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("sim-spark-sweep-test")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
        sweep = Sweep.builder(TestScenario.scenario())
                .factor("doctrine.decisionDelayScale", 0.5, 2)
                .factor("doctrine.lanesPerObstacle", 1, 3)
                .points(POINTS).replications(REPLICATIONS).batchSize(10).masterSeed(2024).threads(2).build();
        local = new SweepRunner(sweep).withProgress(SweepProgressListener.silent()).run();
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.stop();
        }
    }

    @ParameterizedTest(name = "{0} partitions, blocks of {1}")
    @CsvSource({"0, 10", "1, 23", "3, 4", "7, 1"})
    void everyPointInOneJobIsBitIdenticalToTheLocalSweepWhateverThePartitioning(int partitions, int blockSize) {
        SweepResult spark = new SparkSweepRunner(sc).withPartitions(partitions).withBlockSize(blockSize).run(sweep);

        assertEquals(POINTS, spark.points().size());
        assertEquals(local.points(), spark.points());
        assertEquals(SweepReport.designCsv(local), SweepReport.designCsv(spark));
        assertEquals(SweepReport.table(local), SweepReport.table(spark));
        for (PointResult p : spark.points()) {
            assertEquals(REPLICATIONS, p.replications());
            assertEquals(StopReason.REPLICATIONS_DONE, p.stopReason());
        }
        // the factors matter: the points differ from one another (so equality above is not vacuous)
        assertNotEquals(spark.points().get(0).packages(), spark.points().get(1).packages());
    }

    @Test
    void aTargetPrecisionSweepIsRefusedNamingTheField() {
        Sweep sequential = Sweep.builder(TestScenario.scenario()).factor("doctrine.decisionDelayScale", 0.5, 2)
                .points(3).targetPrecision(0.1).maxReplications(100).batchSize(10).build();

        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> new SparkSweepRunner(sc).run(sequential));
        assertEquals("stopping", e.field());
    }

    @Test
    void aSourceThatGivesAnotherBaseScenarioIsRejectedBeforeAnyWork() {
        ScenarioSource wrong = ScenarioSource.of(TestScenario.scenario().withMarch(org.gapsim.scenario.MarchRules.NONE));

        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> new SparkSweepRunner(sc).run(sweep, wrong));
        assertEquals("scenarioSource", e.field());
    }

    @Test
    void theBaseScenarioBuiltByANamedFactoryOnTheExecutorsGivesTheSameSweep() {
        SweepResult spark = new SparkSweepRunner(sc).withPartitions(2)
                .run(sweep, ScenarioSource.factory(TestScenario.class));

        assertEquals(local.points(), spark.points());
    }

    @Test
    void badSettingsNameTheirField() {
        assertEquals("partitions", assertThrows(ExperimentConfigException.class,
                () -> new SparkSweepRunner(sc).withPartitions(-1)).field());
        assertEquals("blockSize", assertThrows(ExperimentConfigException.class,
                () -> new SparkSweepRunner(sc).withBlockSize(0)).field());
    }

    @Test
    void rowsThatDoNotComeBackWholeAreAnError() {
        List<String> names = sweep.experiment().allPackages();
        List<ReplicationRow> rows = new org.gapsim.experiment.ExperimentRunner(sweep.experimentAt(
                sweep.valuesAt(sweep.design(), 0))).withProgress(org.gapsim.experiment.ProgressListener.silent())
                .withRowsKept().run().rows();
        ReplicationWire r0 = ReplicationWire.of(0, rows.subList(0, names.size()));

        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> SparkSweepRunner.rowsOf(0, List.of(r0, r0), 2, names));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> SparkSweepRunner.rowsOf(0, List.of(r0), 2, names));
        assertTrue(missing.getMessage().contains("replication 1 did not come back"), missing.getMessage());
        assertEquals(rows.subList(0, names.size()), SparkSweepRunner.rowsOf(0, List.of(r0), 1, names));
    }
}
