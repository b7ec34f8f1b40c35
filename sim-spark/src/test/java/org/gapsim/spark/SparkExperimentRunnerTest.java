package org.gapsim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.PackageSummary;
import org.gapsim.experiment.StopReason;
import org.gapsim.experiment.StoppingRule;
import org.gapsim.report.ConsoleTable;
import org.gapsim.report.Study;
import org.gapsim.report.SummaryCsv;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.io.ScenarioWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spark runs against the local runner on the same JVM: one {@code local[2]} context on loopback for the whole
 * class, small replication counts. Results are compared with {@code equals}, which for these records compares
 * every double bit for bit, and through their rendered CSV for a readable difference.
 */
class SparkExperimentRunnerTest {
    private static final int REPLICATIONS = 48;

    private static JavaSparkContext sc;
    private static Experiment fixed;
    private static ExperimentResult localFixed;

    @BeforeAll
    static void startSpark() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("sim-spark-test")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        sc = new JavaSparkContext(conf);
        sc.setLogLevel("WARN");
        fixed = Experiment.builder(TestScenario.scenario()).replications(REPLICATIONS).batchSize(10).masterSeed(2024)
                .threads(2).build();
        localFixed = local(fixed);
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) {
            sc.stop();
        }
    }

    private static ExperimentResult local(Experiment e) {
        return new ExperimentRunner(e).withProgress(ProgressListener.silent()).withRowsKept().run();
    }

    private static void assertSameResult(ExperimentResult expected, ExperimentResult actual) {
        assertEquals(SummaryCsv.render(expected), SummaryCsv.render(actual));
        assertEquals(ConsoleTable.render(expected), ConsoleTable.render(actual));
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = {1, 3, 7})
    void fixedCountIsBitIdenticalToTheLocalRunnerWhateverThePartitioning(int partitions) {
        ExperimentResult spark = new SparkExperimentRunner(sc).withPartitions(partitions).withBlockSize(5).run(fixed);

        assertEquals(StopReason.REPLICATIONS_DONE, spark.stopReason());
        assertEquals(REPLICATIONS, spark.replications());
        assertTrue(localFixed.summary("both").slowdownH().mean() > 0, "the packages must slow the force down");
        assertTrue(localFixed.summary("both").slowdownH().sd() > 0, "the replications must differ");
        assertSameResult(localFixed, spark);
    }

    @Test
    void blockAndRoundSizesDoNotChangeTheResult() {
        ExperimentResult spark = new SparkExperimentRunner(sc).withPartitions(2).withBlockSize(1).withRoundSize(20)
                .run(fixed);

        assertSameResult(localFixed, spark);
    }

    @Test
    void sequentialStoppingMatchesTheLocalRunner() {
        Experiment sequential = Experiment.builder(TestScenario.scenario()).packages("both", "minefield")
                .targetPrecision(0.25).maxReplications(200).batchSize(8).masterSeed(7).threads(2).build();
        ExperimentResult expected = local(sequential);

        ExperimentResult spark = new SparkExperimentRunner(sc).withPartitions(3).withBlockSize(3).run(sequential);

        assertEquals(StopReason.TARGET_MET, expected.stopReason(), "the test needs a run that meets its target");
        assertTrue(expected.replications() > 8, "and that needs more than one batch");
        assertSameResult(expected, spark);
    }

    /**
     * A user's stopping rule: every compared package's mean slowdown known to +/- {@code fraction} of its value
     * and its P(reached) to +/- {@code pHalfWidth}; decided on the driver at batch boundaries.
     */
    record SlowdownAndReachedKnown(double fraction, double pHalfWidth, int maxReplications)
            implements StoppingRule.Extension {
        @Override
        public String name() {
            return "slowdown-and-reached-known";
        }

        @Override
        public boolean met(ExperimentResult soFar) {
            for (PackageSummary p : soFar.packages()) {
                if ((p.pReachedHigh() - p.pReachedLow()) / 2 > pHalfWidth) {
                    return false;
                }
                if (!p.packageName().equals(soFar.baseline())
                        && (p.slowdownH().ciHigh() - p.slowdownH().ciLow()) / 2 > fraction * Math.abs(p.slowdownH().mean())) {
                    return false;
                }
            }
            return true;
        }
    }

    @Test
    void aUserStoppingRuleMatchesTheLocalRunner() {
        Experiment sequential = Experiment.builder(TestScenario.scenario()).packages("both", "minefield")
                .stopping(new SlowdownAndReachedKnown(0.2, 0.1, 400)).batchSize(8).masterSeed(11).threads(2).build();
        ExperimentResult expected = local(sequential);

        ExperimentResult spark = new SparkExperimentRunner(sc).withPartitions(3).withBlockSize(3).run(sequential);

        assertEquals(StopReason.TARGET_MET, expected.stopReason(), "the test needs a run that meets the rule");
        assertTrue(expected.replications() > 8, "and that needs more than one batch: " + expected.replications());
        assertEquals(0, expected.replications() % 8, "a batch boundary");
        assertSameResult(expected, spark);
    }

    @Test
    void aScenarioBuiltByANamedFactoryOnTheExecutorsGivesTheSameResult() {
        ExperimentResult spark = new SparkExperimentRunner(sc).withPartitions(3)
                .run(fixed, ScenarioSource.factory(TestScenario.class));

        assertSameResult(localFixed, spark);
    }

    @Test
    void aSourceThatGivesAnotherScenarioIsRejectedBeforeAnyWork() {
        Scenario other = TestScenario.scenario().withMarch(org.gapsim.scenario.MarchRules.NONE);
        ScenarioSource wrong = ScenarioSource.of(other);

        ExperimentConfigException e = assertThrows(ExperimentConfigException.class,
                () -> new SparkExperimentRunner(sc).run(fixed, wrong));
        assertEquals("scenarioSource", e.field());
    }

    @Test
    void sparkStudyWritesTheFilesOfALocalStudyAndResumesFromALocalCheckpoint(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("scenario.yaml");
        Files.writeString(yaml, new ScenarioWriter().write(TestScenario.scenario()));
        Path localDir = tmp.resolve("local");
        Path sparkDir = tmp.resolve("spark");
        Experiment.Builder b = Experiment.builder(TestScenario.scenario()).masterSeed(11).batchSize(10).threads(2);
        ExperimentResult expected = new Study(b.replications(30).build(), localDir)
                .withProgress(ProgressListener.silent()).run();
        // a local study of 20 replications left in the Spark study's directory: Spark adds the other 10
        new Study(b.replications(20).build(), sparkDir).withProgress(ProgressListener.silent()).run();

        int code = SparkStudy.execute(sc, "run", yaml.toString(), "--replications", "30", "--seed", "11",
                "--batch-size", "10", "--out", sparkDir.toString(), "--partitions", "3", "--block-size", "4");

        assertEquals(0, code);
        for (String f : new String[] {Study.REPLICATIONS, Study.SUMMARY_CSV, Study.SUMMARY_JSON, Study.SUMMARY_TXT}) {
            assertEquals(Files.readString(localDir.resolve(f)), Files.readString(sparkDir.resolve(f)), f);
        }
        assertTrue(Files.size(sparkDir.resolve(Study.SLOWDOWN_PNG)) > 0);
        assertTrue(Files.size(sparkDir.resolve(Study.CLOSURE_PNG)) > 0);
        assertEquals(30, expected.replications());
    }

    @Test
    void sparkStudyRejectsABadExperimentWithExitStatus2(@TempDir Path tmp) throws IOException {
        Path yaml = tmp.resolve("scenario.yaml");
        Files.writeString(yaml, new ScenarioWriter().write(TestScenario.scenario()));

        int code = SparkStudy.execute(sc, "run", yaml.toString(), "--replications", "0", "--out",
                tmp.resolve("out").toString());

        assertEquals(2, code);
        assertEquals(2, SparkStudy.execute(sc, "run", yaml.toString(), "--season", "monsoon", "--out",
                tmp.resolve("out").toString()), "an unknown season");
    }
}
