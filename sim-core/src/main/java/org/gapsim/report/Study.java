package org.gapsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.StopReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An experiment run into an output directory: the per-replication CSV is kept as a checkpoint while it runs (an
 * interrupted study resumes when run again with the same experiment, and can be extended with more replications),
 * and when it ends the summaries and charts are written next to it. Files (see the constants): {@value #REPLICATIONS}
 * ({@link ReplicationCsv}), {@value #SUMMARY_CSV} ({@link SummaryCsv}), {@value #SUMMARY_JSON} ({@link SummaryJson}),
 * {@value #SUMMARY_TXT} ({@link ConsoleTable}), {@value #SLOWDOWN_PNG} and {@value #CLOSURE_PNG} ({@link Charts}).
 * Each is written to a temporary file and moved into place, so none is ever half-written. A cancelled run writes
 * no summary.
 */
public final class Study {
    /** Per-replication CSV. */
    public static final String REPLICATIONS = "replications.csv";
    /** Summary CSV. */
    public static final String SUMMARY_CSV = "summary.csv";
    /** Summary JSON. */
    public static final String SUMMARY_JSON = "summary.json";
    /** The console table as a text file. */
    public static final String SUMMARY_TXT = "summary.txt";
    /** Slowdown box plots. */
    public static final String SLOWDOWN_PNG = "slowdown-boxplot.png";
    /** Closure time distributions. */
    public static final String CLOSURE_PNG = "closure-cdf.png";

    private static final Logger LOG = LoggerFactory.getLogger(Study.class);

    private final Path directory;
    private final ExperimentRunner runner;

    /**
     * Checks the output directory (creating it if needed) before any work.
     *
     * @param experiment the experiment
     * @param directory  where the files go
     * @throws ExperimentConfigException (field {@code outputDirectory}) if it cannot be created or written
     */
    public Study(Experiment experiment, Path directory) {
        this.directory = writableDirectory(directory);
        this.runner = new ExperimentRunner(experiment).withLog(new CsvReplicationLog(this.directory.resolve(REPLICATIONS)));
    }

    private Study(Path directory, ExperimentRunner runner) {
        this.directory = directory;
        this.runner = runner;
    }

    /**
     * @param listener progress receiver (default: logged every 2 s)
     * @return a new study
     */
    public Study withProgress(ProgressListener listener) {
        return new Study(directory, runner.withProgress(listener));
    }

    /** @return the output directory */
    public Path directory() {
        return directory;
    }

    /** Asks the running study to stop after the replications in flight (see {@link ExperimentRunner#cancel()}). */
    public void cancel() {
        runner.cancel();
    }

    /**
     * Runs (or resumes) the experiment and, unless cancelled, writes the summaries and charts.
     *
     * @return the result
     * @throws ExperimentConfigException if the directory holds a checkpoint of another experiment
     * @throws UncheckedIOException      if a file cannot be read or written
     */
    public ExperimentResult run() {
        ExperimentResult result = runner.run();
        if (result.stopReason() == StopReason.CANCELLED) {
            LOG.info("cancelled after {} replications; run the same experiment again to resume from {}",
                    result.replications(), directory.resolve(REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX));
            return result;
        }
        try {
            writeSummaries(result, directory);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the summaries to " + directory + ": " + e.getMessage(), e);
        }
        return result;
    }

    /**
     * Writes the summary CSV, JSON and text table and both charts of a result into a directory.
     *
     * @param result    the result
     * @param directory the directory
     * @throws IOException if a file cannot be written
     */
    public static void writeSummaries(ExperimentResult result, Path directory) throws IOException {
        SummaryCsv.write(result, directory.resolve(SUMMARY_CSV));
        SummaryJson.write(result, directory.resolve(SUMMARY_JSON));
        String table = ConsoleTable.render(result);
        AtomicFiles.writeText(directory.resolve(SUMMARY_TXT), w -> w.write(table));
        Charts.writeSlowdownBoxPlot(result, directory.resolve(SLOWDOWN_PNG));
        Charts.writeClosureCdf(result, directory.resolve(CLOSURE_PNG));
        writeComparisons(result, directory);
    }

    /** Writes {@value ComparisonsCsv#FILE}, the paired comparisons of every two packages, into a directory. */
    static void writeComparisons(ExperimentResult result, Path directory) throws IOException {
        ComparisonsCsv.write(result, directory.resolve(ComparisonsCsv.FILE));
    }

    /**
     * @param directory an output directory
     * @return its absolute path, once created and proven writable
     * @throws ExperimentConfigException (field {@code outputDirectory}) otherwise
     */
    public static Path writableDirectory(Path directory) {
        if (directory == null) {
            throw new ExperimentConfigException("outputDirectory", "is required");
        }
        Path dir = directory.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".gapsim-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new ExperimentConfigException("outputDirectory", "cannot write to '" + dir + "' ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        return dir;
    }
}
