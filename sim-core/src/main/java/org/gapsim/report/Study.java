package org.gapsim.report;

import org.gapsim.report.internal.Csv;
import org.gapsim.report.internal.ReplicationCsv;
import org.gapsim.report.internal.CsvReplicationLog;
import org.gapsim.report.internal.AtomicFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.ExperimentResult;
import org.gapsim.experiment.ExperimentRunner;
import org.gapsim.experiment.ProgressListener;
import org.gapsim.experiment.ReplicationLog;
import org.gapsim.experiment.Provenance;
import org.gapsim.experiment.StopReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An experiment run into an output directory: the per-replication CSV is kept as a checkpoint while it runs (an
 * interrupted study resumes when run again with the same experiment, and can be extended with more replications),
 * and when it ends the summaries and charts are written next to it. Files (see the constants): {@value #REPLICATIONS}
 * ({@link ReplicationCsv}) and its checksum record ({@link CsvReplicationLog}), {@value #SUMMARY_CSV}
 * ({@link SummaryCsv}), {@value #SUMMARY_JSON} ({@link SummaryJson}, as flat records), {@value #SUMMARY_TXT}
 * ({@link ConsoleTable#renderDetailed}), {@value #SLOWDOWN_PNG} and {@value #CLOSURE_PNG} ({@link Charts}), comparisons.csv
 * ({@link ComparisonsCsv}, with the summary CSV's provenance columns), {@value #REPORT_HTML} ({@link HtmlReport}: the
 * scenario's assumptions, its map, the table and charts in one self-contained page) with its figures as SVG files
 * ({@link #FIGURES}), and last
 * {@value #PROVENANCE} ({@link Provenance}: version, scenario hash, settings, command line and the SHA-256 of every
 * other file). Each is written to a temporary file and moved into place, so none is ever half-written; a directory
 * without {@value #PROVENANCE} holds no finished study.
 *
 * <p>Provenance in the outputs: {@value #SUMMARY_CSV} ends with the columns {@code gapsim_version,
 * scenario_sha256, stopping_rule, batch_size}, every record of {@value #SUMMARY_JSON} with {@code gapsim_version,
 * scenario_sha256}; {@value #SUMMARY_TXT} ends with a {@code Provenance:} line. None holds a time or the command
 * line, so an interrupted and resumed study writes the same bytes as an uninterrupted one; only
 * {@value #PROVENANCE}'s {@code command_line} may differ.
 *
 * <p>While it runs, a study holds the directory's {@link OutputLock}: a second study there is refused. Every failure
 * to use the directory is an {@link OutputException} naming the path and the reason. A cancelled run writes no
 * summary; a run cancelled while writing them returns a {@link StopReason#CANCELLED} result, and running it again
 * writes them (the replications are all kept).
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
    /** The self-contained HTML report ({@link HtmlReport}). */
    public static final String REPORT_HTML = HtmlReport.FILE;
    /**
     * The report's figures as stand-alone SVG files for papers, in the folder {@code figures/}: the slowdown chart,
     * hours per euro, P(reached), the closure curves, and the map when the scenario is known.
     */
    public static final List<String> FIGURES = List.of("figures/slowdown.svg", "figures/cost-effect.svg",
            "figures/p-reached.svg", "figures/closure-km.svg", "figures/map.svg");
    /** Provenance of every file of a finished study, written last. */
    public static final String PROVENANCE = "provenance.json";

    private static final Logger LOG = LoggerFactory.getLogger(Study.class);

    private final Path directory;
    private final Experiment experiment;
    private final ExperimentRunner runner;
    private final boolean fresh;
    private final String commandLine;
    private final AtomicBoolean cancelled;
    /** The log this study made ({@link #REPLICATIONS}), whose running SHA-256 spares re-reading it; null if given one. */
    private final CsvReplicationLog csvLog;

    /**
     * Checks the output directory (creating it if needed) before any work.
     *
     * @param experiment the experiment
     * @param directory  where the files go
     * @throws ExperimentConfigException (field {@code outputDirectory}) if it cannot be created or written
     */
    public Study(Experiment experiment, Path directory) {
        this(writableDirectory(directory), experiment, null, false, "", new AtomicBoolean());
    }

    /**
     * The checkpoint a {@code Study} keeps, for a runner of your own ({@code ExperimentRunner.withLog}, the Spark
     * runner's {@code withLog}): the replications in the per-replication CSV {@code file}, with a checksum and
     * provenance record beside it ({@code <file>.meta.json}; {@code <file>.partial} while a run is unfinished).
     * A run given an existing checkpoint of the same experiment resumes from it; one of another experiment, or an
     * edited or corrupt one, is refused.
     *
     * @param file the per-replication CSV, usually {@code directory.resolve(Study.REPLICATIONS)} (its directory
     *             must exist and be writable)
     * @return a new log on that file
     */
    public static ReplicationLog checkpoint(Path file) {
        return new CsvReplicationLog(file);
    }

    private Study(Path directory, Experiment experiment, ExperimentRunner runner, boolean fresh, String commandLine,
                  AtomicBoolean cancelled) {
        this.directory = directory;
        this.experiment = experiment;
        this.csvLog = runner != null ? null : new CsvReplicationLog(directory.resolve(REPLICATIONS));
        this.runner = runner != null ? runner : new ExperimentRunner(experiment).withLog(csvLog);
        this.fresh = fresh;
        this.commandLine = commandLine;
        this.cancelled = cancelled;
    }

    /**
     * @param listener progress receiver (default: logged every 2 s)
     * @return a new study
     */
    public Study withProgress(ProgressListener listener) {
        return new Study(directory, experiment, runner.withProgress(listener), fresh, commandLine, cancelled);
    }

    /**
     * @param line the command line recorded in {@value #PROVENANCE}
     * @return a new study
     */
    public Study withCommandLine(String line) {
        return new Study(directory, experiment, runner, fresh, line == null ? "" : line, cancelled);
    }

    /**
     * A study that starts afresh instead of resuming (the default): under the lock, it refuses a directory holding
     * an interrupted run (so it is not lost by accident) and removes the files of a finished one.
     *
     * @return a new study
     */
    public Study startingAfresh() {
        return new Study(directory, experiment, runner, true, commandLine, cancelled);
    }

    /** @return the output directory */
    public Path directory() {
        return directory;
    }

    /**
     * Asks the running study to stop after the replications in flight (see {@link ExperimentRunner#cancel()}), or,
     * if they are done, before the next summary file.
     */
    public void cancel() {
        cancelled.set(true);
        runner.cancel();
    }

    /**
     * Runs (or resumes) the experiment and, unless cancelled, writes the summaries and charts.
     *
     * @return the result; {@link StopReason#CANCELLED} if cancelled (then the directory stays resumable)
     * @throws ExperimentConfigException if the directory holds a checkpoint of another experiment
     * @throws OutputException           if another run holds the directory or a file in it cannot be used
     */
    public ExperimentResult run() {
        try (OutputLock lock = OutputLock.acquire(directory)) {
            Path provenance = directory.resolve(PROVENANCE);
            byte[] finished = !fresh && Files.isRegularFile(provenance) ? Files.readAllBytes(provenance) : null;
            Files.deleteIfExists(provenance);
            if (fresh) {
                clearFinished();
            }
            ExperimentResult result;
            try {
                result = runner.run();
            } catch (UncheckedIOException e) {
                throw OutputException.of(directory, e.getCause());
            } catch (ExperimentConfigException e) {
                if (finished != null) {   // refused before any replication ran: the folder stays as it was
                    AtomicFiles.write(provenance, o -> o.write(finished));
                }
                throw e;
            }
            if (result.stopReason() == StopReason.CANCELLED) {
                LOG.info("cancelled after {} replications; run the same experiment again to resume from {}",
                        result.replications(), directory.resolve(REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX));
                return result;
            }
            try {
                Map<String, KnownSum> known = new LinkedHashMap<>();
                if (csvLog != null && csvLog.writtenSha256() != null) {
                    known.put(REPLICATIONS, new KnownSum(csvLog.writtenBytes(), csvLog.writtenSha256()));
                }
                if (!writeSummaries(result, directory, Provenance.of(experiment).withCommandLine(commandLine),
                        experiment.scenario(), cancelled::get, known)) {
                    return cancelledWhileWriting(result);
                }
            } catch (RuntimeException e) {
                if (cancelled.get()) {   // e.g. the JVM shutting down under a chart library
                    LOG.debug("writing the summaries failed after a cancel", e);
                    return cancelledWhileWriting(result);
                }
                throw e;
            }
            return result;
        } catch (IOException e) {
            throw OutputException.of(directory, e);
        }
    }

    private ExperimentResult cancelledWhileWriting(ExperimentResult r) {
        LOG.info("cancelled while writing the summaries; all {} replications are kept, run the same experiment "
                + "again to write them", r.replications());
        return new ExperimentResult(r.scenarioName(), r.masterSeed(), r.baseline(), r.stopping(), r.batchSize(),
                r.replications(), StopReason.CANCELLED, r.precision(), r.packages(), r.rows(), r.horizonH(),
                r.comparisons());
    }

    /** Refuses an interrupted run and removes a finished one's files. */
    private void clearFinished() throws IOException {
        Path partial = directory.resolve(REPLICATIONS + CsvReplicationLog.PARTIAL_SUFFIX);
        if (Files.exists(partial)) {
            throw new ExperimentConfigException("outputDirectory", "'" + directory + "' holds an interrupted run ("
                    + partial.getFileName() + "); resume it (--resume), or choose another output directory");
        }
        for (String f : List.of(REPLICATIONS, REPLICATIONS + CsvReplicationLog.META_SUFFIX, SUMMARY_CSV, SUMMARY_JSON,
                SUMMARY_TXT, SLOWDOWN_PNG, CLOSURE_PNG, ComparisonsCsv.FILE, REPORT_HTML, PROVENANCE)) {
            Files.deleteIfExists(directory.resolve(f));
        }
        for (String f : FIGURES) {
            Files.deleteIfExists(directory.resolve(f));
        }
    }

    /**
     * Writes the summary CSV, JSON and text table and both charts of a result into a directory, without
     * provenance (use {@link #writeSummaries(ExperimentResult, Path, Provenance)} where the experiment is known).
     *
     * @param result    the result
     * @param directory the directory
     * @throws IOException if a file cannot be written
     */
    public static void writeSummaries(ExperimentResult result, Path directory) throws IOException {
        writeSummaries(result, directory, null, null, () -> false, Map.of());
    }

    /**
     * Writes the summary CSV, JSON and text table and both charts of a result into a directory, each recording the
     * provenance, then {@value #PROVENANCE}.
     *
     * @param result     the result
     * @param directory  the directory
     * @param provenance where the result came from
     * @throws IOException if a file cannot be written
     */
    public static void writeSummaries(ExperimentResult result, Path directory, Provenance provenance)
            throws IOException {
        writeSummaries(result, directory, provenance, null, () -> false, Map.of());
    }

    /**
     * Writes the summary CSV, JSON and text table, both charts and the HTML report (with the scenario's assumptions
     * and map) of a result into a directory, each recording the provenance, then {@value #PROVENANCE}.
     *
     * @param result     the result
     * @param directory  the directory
     * @param provenance where the result came from
     * @param scenario   the scenario the result is of (for the report), or null
     * @throws IOException if a file cannot be written
     */
    public static void writeSummaries(ExperimentResult result, Path directory, Provenance provenance,
                                      org.gapsim.scenario.Scenario scenario) throws IOException {
        writeSummaries(result, directory, provenance, scenario, () -> false, Map.of());
    }

    /** @return false if stopped by {@code stop} before every file was written */
    private static boolean writeSummaries(ExperimentResult result, Path directory, Provenance provenance,
                                          org.gapsim.scenario.Scenario scenario, BooleanSupplier stop,
                                          Map<String, KnownSum> known) throws IOException {
        String csv = SummaryCsv.render(result);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode tree = SummaryJson.tree(mapper, result);
        String table = ConsoleTable.renderDetailed(result);
        if (provenance != null) {
            csv = withColumns(csv, provenanceColumns(provenance));
            table = table + "Provenance: " + provenance.toTextLine() + "\n";
        }
        Map<String, String> jsonExtra = new LinkedHashMap<>();
        if (provenance != null) {   // the tree already holds the stopping rule and batch size
            jsonExtra.put("gapsim_version", provenance.gapsimVersion());
            jsonExtra.put("scenario_sha256", provenance.scenarioSha256());
        }
        byte[] json = mapper.writeValueAsBytes(FlatJson.records(mapper, tree, jsonExtra));
        String csvText = csv;
        String tableText = table;
        if (stop.getAsBoolean()) {
            return false;
        }
        // the two PNG charts (Java2D and JFreeChart: mostly class loading and cold code in a short run) are drawn on a
        // thread of their own while the other files are written; every file is the same as when drawn in turn
        FutureTask<Void> charts = new FutureTask<>(() -> {
            Charts.writeSlowdownBoxPlot(result, directory.resolve(SLOWDOWN_PNG));
            Charts.writeClosureCdf(result, directory.resolve(CLOSURE_PNG));
            return null;
        });
        Thread chartThread = new Thread(charts, "gapsim-png-charts");
        chartThread.setDaemon(true);
        chartThread.start();
        try {
            return writeRest(result, directory, provenance, scenario, stop, csvText, json, tableText, charts, known);
        } finally {
            awaitQuietly(charts);   // on every way out, no chart is still being written
        }
    }

    /** Writes the summaries other than the PNG charts, waits for {@code charts}, then the provenance. */
    private static boolean writeRest(ExperimentResult result, Path directory, Provenance provenance,
                                     org.gapsim.scenario.Scenario scenario, BooleanSupplier stop, String csvText,
                                     byte[] json, String tableText, FutureTask<Void> charts,
                                     Map<String, KnownSum> known) throws IOException {
        AtomicFiles.writeText(directory.resolve(SUMMARY_CSV), w -> w.write(csvText));
        if (stop.getAsBoolean()) {
            return false;
        }
        AtomicFiles.write(directory.resolve(SUMMARY_JSON), o -> {
            o.write(json);
            o.write('\n');
        });
        if (stop.getAsBoolean()) {
            return false;
        }
        AtomicFiles.writeText(directory.resolve(SUMMARY_TXT), w -> w.write(tableText));
        if (stop.getAsBoolean()) {
            return false;
        }
        String comparisons = ComparisonsCsv.render(result);
        String comparisonsText = provenance == null ? comparisons : withColumns(comparisons, provenanceColumns(provenance));
        AtomicFiles.writeText(directory.resolve(ComparisonsCsv.FILE), w -> w.write(comparisonsText));
        if (stop.getAsBoolean()) {
            return false;
        }
        String report = HtmlReport.render(result, scenario, provenance);
        AtomicFiles.writeText(directory.resolve(REPORT_HTML), w -> w.write(report));
        if (stop.getAsBoolean()) {
            return false;
        }
        Files.createDirectories(directory.resolve("figures"));
        List<String> figures = List.of(SvgCharts.slowdown(result), SvgCharts.costEffect(result),
                SvgCharts.pReached(result), SvgCharts.closureCurves(result));
        for (int i = 0; i < figures.size(); i++) {
            String svg = figures.get(i);
            AtomicFiles.writeText(directory.resolve(FIGURES.get(i)), w -> w.write(svg));
        }
        if (scenario != null) {
            String map = org.gapsim.report.map.MapView.svg(scenario, HtmlReport.richestPackage(result, scenario));
            AtomicFiles.writeText(directory.resolve(FIGURES.get(4)), w -> w.write(map));
        }
        await(charts);
        if (provenance != null) {
            if (stop.getAsBoolean()) {
                return false;
            }
            List<String> covered = new java.util.ArrayList<>(List.of(REPLICATIONS,
                    REPLICATIONS + CsvReplicationLog.META_SUFFIX, SUMMARY_CSV, SUMMARY_JSON, SUMMARY_TXT, SLOWDOWN_PNG,
                    CLOSURE_PNG, ComparisonsCsv.FILE, REPORT_HTML));
            covered.addAll(FIGURES);
            writeProvenance(directory, provenance, Map.of(), covered, known);
        }
        return true;
    }

    /**
     * Writes {@value #PROVENANCE}: the provenance's fields and the SHA-256 of each named file that exists.
     *
     * @param directory  the directory
     * @param provenance the provenance
     * @param files      names of the files it covers
     * @throws IOException if a file cannot be read or it cannot be written
     */
    public static void writeProvenance(Path directory, Provenance provenance, List<String> files) throws IOException {
        writeProvenance(directory, provenance, Map.of(), files);
    }

    /**
     * Writes {@value #PROVENANCE}: the provenance's fields, then {@code extra} (such as a sweep's design), then the
     * SHA-256 of each named file that exists.
     *
     * @param directory  the directory
     * @param provenance the provenance
     * @param extra      more fields, in order (strings, numbers, lists and maps of them)
     * @param files      names of the files it covers
     * @throws IOException if a file cannot be read or it cannot be written
     */
    public static void writeProvenance(Path directory, Provenance provenance, Map<String, ?> extra,
                                       List<String> files) throws IOException {
        writeProvenance(directory, provenance, extra, files, Map.of());
    }

    /**
     * The SHA-256 of a file this process wrote, computed while writing it.
     *
     * @param bytes  its length when the sum was taken
     * @param sha256 the sum, lower-case hex
     */
    private record KnownSum(long bytes, String sha256) {
    }

    /**
     * As {@link #writeProvenance(Path, Provenance, Map, List)}, taking the sum of a file from {@code known} instead of
     * re-reading it when its length on disk is the one the sum was taken at (issue 16: the 5-20 MB
     * {@value #REPLICATIONS} was read back only to be hashed).
     */
    private static void writeProvenance(Path directory, Provenance provenance, Map<String, ?> extra,
                                        List<String> files, Map<String, KnownSum> known) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(provenance.toFields());
        m.putAll(extra);
        Map<String, String> sums = new LinkedHashMap<>();
        for (String f : files) {
            Path p = directory.resolve(f);
            if (Files.isRegularFile(p)) {
                KnownSum k = known.get(f);
                sums.put(f, k != null && Files.size(p) == k.bytes() ? k.sha256() : sha256(p));
            }
        }
        m.put("files_sha256", sums);
        byte[] json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m);
        AtomicFiles.write(directory.resolve(PROVENANCE), o -> {
            o.write(json);
            o.write('\n');
        });
    }

    /** Waits for {@code task}; rethrows its exception as it was thrown. */
    private static void await(FutureTask<Void> task) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;   // the files must be complete: wait, then keep the interrupt
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IOException(c);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits for {@code task} if it is still running, ignoring its outcome (the caller is already leaving). */
    private static void awaitQuietly(FutureTask<Void> task) {
        if (!task.isDone()) {
            try {
                await(task);
            } catch (IOException | RuntimeException e) {
                LOG.debug("PNG charts not written: {}", e.toString());
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md = Provenance.digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** @return the provenance columns of the summary CSV and JSON, in order */
    static Map<String, String> provenanceColumns(Provenance p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("gapsim_version", p.gapsimVersion());
        m.put("scenario_sha256", p.scenarioSha256());
        m.put("stopping_rule", p.stoppingRule());
        m.put("batch_size", Integer.toString(p.batchSize()));
        return m;
    }

    /** @return the CSV text with the columns appended to the header and their values to every row */
    static String withColumns(String csv, Map<String, String> columns) {
        Csv.Parsed parsed = Csv.parse(csv);
        StringBuilder b = new StringBuilder(csv.length() + 256);
        boolean header = true;
        for (List<String> rec : parsed.records()) {
            List<String> f = new java.util.ArrayList<>(rec);
            f.addAll(header ? columns.keySet() : columns.values());
            header = false;
            for (int i = 0; i < f.size(); i++) {
                b.append(i == 0 ? "" : ",").append(Csv.field(f.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
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
        } catch (IOException e) {
            throw new ExperimentConfigException("outputDirectory", "cannot write to '" + dir + "' ("
                    + OutputException.of(dir, e).getMessage() + ")", e);
        } catch (SecurityException e) {
            throw new ExperimentConfigException("outputDirectory", "cannot write to '" + dir + "' (not permitted: "
                    + e.getMessage() + ")", e);
        }
        return dir;
    }
}
