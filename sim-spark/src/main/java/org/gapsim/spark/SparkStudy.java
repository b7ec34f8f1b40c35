package org.gapsim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.Provenance;
import org.gapsim.report.ConsoleTable;
import org.gapsim.report.internal.CsvReplicationLog;
import org.gapsim.report.Study;
import org.gapsim.scenario.Scenario;
import org.gapsim.scenario.ScenarioException;
import org.gapsim.scenario.Season;
import org.gapsim.scenario.io.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The {@code spark-submit} entry point: runs a study on the cluster and writes the same files into the output
 * directory as a local study ({@link Study}: {@value Study#REPLICATIONS}, {@value Study#SUMMARY_CSV},
 * {@value Study#SUMMARY_JSON}, {@value Study#SUMMARY_TXT} and the two charts), resuming from a
 * {@value Study#REPLICATIONS} (or its {@code .partial}) already there.
 *
 * <pre>
 * spark-submit --class org.gapsim.spark.SparkStudy --master spark://HOST:7077 sim-spark-VERSION-spark.jar \
 *     run scenario.yaml --replications 10000 --out results/suwalki
 * </pre>
 *
 * The scenario file is read on the driver (with its includes and package files) and shipped to the executors as
 * self-contained YAML; the output directory is on the driver's file system. Exit status: 0 on success, 2 for bad
 * arguments, an invalid scenario or experiment, 1 for any other failure.
 */
@Command(name = "SparkStudy", mixinStandardHelpOptions = true, subcommands = SparkStudy.Run.class,
        description = "Runs gapsim experiments on an Apache Spark cluster, bit-identical to a local run.")
public final class SparkStudy implements Runnable {
    private final Supplier<JavaSparkContext> contexts;
    private final boolean stopContext;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private SparkStudy(Supplier<JavaSparkContext> contexts, boolean stopContext) {
        this.contexts = contexts;
        this.stopContext = stopContext;
    }

    /**
     * Entry point for {@code spark-submit}; the master and other settings come from its options.
     *
     * @param args {@code run SCENARIO --out DIR [options]}; {@code --help} lists them
     */
    public static void main(String[] args) {
        int code = commandLine(SparkStudy::newContext, true).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line on an existing Spark context, which is left running (for tests and notebooks).
     *
     * @param sc   the context
     * @param args the arguments, as for {@link #main}
     * @return the exit status
     */
    public static int execute(JavaSparkContext sc, String... args) {
        return commandLine(() -> sc, false).execute(args);
    }

    private static CommandLine commandLine(Supplier<JavaSparkContext> contexts, boolean stop) {
        CommandLine cl = new CommandLine(new SparkStudy(contexts, stop));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            if (e instanceof ScenarioException || e instanceof ExperimentConfigException) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            err.println("error: " + e);
            e.printStackTrace(err);
            return 1;
        });
        return cl;
    }

    private static JavaSparkContext newContext() {
        return new JavaSparkContext(new SparkConf().setAppName("gapsim"));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: run");
    }

    /** {@code run}: one study. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Runs (or resumes) an experiment on the cluster and writes its files to --out.")
    static final class Run implements Callable<Integer> {
        @ParentCommand
        private SparkStudy parent;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML), read on the driver.")
        private Path scenarioFile;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
                description = "Output directory on the driver (created if needed; a run there is resumed).")
        private Path out;

        @Option(names = {"-n", "--replications"}, paramLabel = "N",
                description = "Run exactly N replications (default " + Experiment.DEFAULT_REPLICATIONS
                        + " unless --target-precision is given).")
        private Integer replications;

        @Option(names = "--target-precision", paramLabel = "X",
                description = "Stop once every package's mean slowdown has a relative 95% half-width <= X.")
        private Double targetPrecision;

        @Option(names = "--max-replications", paramLabel = "N",
                description = "Cap on a --target-precision run (default " + Experiment.DEFAULT_MAX_REPLICATIONS + ").")
        private Integer maxReplications;

        @Option(names = {"-p", "--packages"}, split = ",", paramLabel = "NAME",
                description = "Packages to compare with the baseline (default: all in the scenario).")
        private List<String> packages;

        @Option(names = "--baseline", paramLabel = "NAME", description = "Baseline package (default: none).")
        private String baseline;

        @Option(names = {"-s", "--seed"}, paramLabel = "SEED",
                description = "Master seed (default " + Experiment.DEFAULT_MASTER_SEED + ").")
        private long seed = Experiment.DEFAULT_MASTER_SEED;

        @Option(names = "--batch-size", paramLabel = "N",
                description = "Replications per batch (default " + Experiment.DEFAULT_BATCH_SIZE + ").")
        private int batchSize = Experiment.DEFAULT_BATCH_SIZE;

        @Option(names = "--block-size", paramLabel = "N",
                description = "Replications per block (default " + SparkExperimentRunner.DEFAULT_BLOCK_SIZE + ").")
        private int blockSize = SparkExperimentRunner.DEFAULT_BLOCK_SIZE;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Spark partitions per round (default: up to twice the default parallelism).")
        private int partitions;

        @Option(names = "--round-size", paramLabel = "N",
                description = "Replications per Spark job; the checkpoint is rewritten after each (default: automatic).")
        private int roundSize;

        @Option(names = "--season", paramLabel = "SEASON",
                description = "Run in this season: thaw, summer, autumn or frozen (default: the scenario's own).")
        private String season;

        @Override
        public Integer call() throws IOException {
            Season chosen = season == null ? null : Season.parse(season);
            Scenario scenario = new ScenarioLoader().load(scenarioFile);
            if (chosen != null) {
                scenario = scenario.withSeason(chosen);
            }
            Experiment.Builder b = Experiment.builder(scenario).masterSeed(seed).batchSize(batchSize).threads(1);
            if (baseline != null) {
                b.baseline(baseline);
            }
            if (packages != null) {
                b.packages(packages);
            }
            if (replications != null) {
                b.replications(replications);
            }
            if (targetPrecision != null) {
                b.targetPrecision(targetPrecision);
            }
            if (maxReplications != null) {
                b.maxReplications(maxReplications);
            }
            Experiment experiment = b.build();
            Path dir = Study.writableDirectory(out);
            SparkExperimentRunner runner;
            JavaSparkContext sc = parent.contexts.get();
            try {
                runner = new SparkExperimentRunner(sc).withPartitions(partitions).withBlockSize(blockSize)
                        .withRoundSize(roundSize).withLog(new CsvReplicationLog(dir.resolve(Study.REPLICATIONS)));
                ExperimentResult result = runner.run(experiment, ScenarioSource.of(scenario));
                Study.writeSummaries(result, dir, Provenance.of(experiment), experiment.scenario());
                PrintWriter w = spec.commandLine().getOut();
                w.println(ConsoleTable.render(result));
                w.println("wrote " + dir.resolve(Study.REPLICATIONS) + ", " + Study.SUMMARY_CSV + ", "
                        + Study.SUMMARY_JSON + ", " + Study.SUMMARY_TXT + ", " + Study.SLOWDOWN_PNG + ", "
                        + Study.CLOSURE_PNG + ", " + Study.REPORT_HTML);
                w.flush();
            } finally {
                if (parent.stopContext) {
                    sc.stop();
                }
            }
            return 0;
        }
    }
}
