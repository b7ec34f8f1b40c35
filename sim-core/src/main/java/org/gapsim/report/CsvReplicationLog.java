package org.gapsim.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ReplicationLog;
import org.gapsim.experiment.ReplicationRow;

/**
 * Keeps an experiment's replications in its per-replication CSV ({@link ReplicationCsv}) as they complete, so an
 * interrupted run (Ctrl-C, kill, power cut) can resume. While the run goes on, rows are appended in replication
 * order to {@code <file>.partial}, which is flushed and forced to disk at every batch boundary; when the run ends
 * complete, that file is moved over {@code <file>} atomically, so {@code <file>} is never half-written. To resume,
 * the log reads {@code <file>.partial} if it exists, else {@code <file>} (to add replications to a finished run),
 * checks that it belongs to the same experiment, and drops a half-written last line and an incomplete last
 * replication. Not thread-safe: the runner calls it from one thread.
 */
public final class CsvReplicationLog implements ReplicationLog {
    /** Suffix of the file being appended to. */
    public static final String PARTIAL_SUFFIX = ".partial";

    private final Path file;
    private final Path partial;
    private String scenario;
    private long masterSeed;
    private FileChannel channel;
    private Writer writer;

    /** @param file the per-replication CSV (its directory must exist and be writable) */
    public CsvReplicationLog(Path file) {
        this.file = file.toAbsolutePath();
        this.partial = this.file.resolveSibling(this.file.getFileName() + PARTIAL_SUFFIX);
    }

    /** @return the per-replication CSV of a complete run */
    public Path file() {
        return file;
    }

    /** @return the file appended to while a run goes on */
    public Path partialFile() {
        return partial;
    }

    @Override
    public List<ReplicationRow> recorded(Experiment experiment) throws IOException {
        Path source = Files.exists(partial) ? partial : Files.exists(file) ? file : null;
        return source == null ? List.of() : ReplicationCsv.readFor(source, experiment);
    }

    @Override
    public void begin(Experiment experiment, List<ReplicationRow> kept) throws IOException {
        scenario = experiment.scenario().name();
        masterSeed = experiment.masterSeed();
        AtomicFiles.writeText(partial, w -> ReplicationCsv.writeRows(w, scenario, masterSeed, kept));
        channel = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8),
                1 << 16);
    }

    @Override
    public void append(List<ReplicationRow> replication) throws IOException {
        for (ReplicationRow r : replication) {
            writer.write(ReplicationCsv.line(scenario, masterSeed, r));
            writer.write('\n');
        }
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
        channel.force(false);
    }

    @Override
    public void end(boolean complete) throws IOException {
        if (writer == null) {
            return;
        }
        try {
            flush();
        } finally {
            writer.close();
            writer = null;
            channel = null;
        }
        if (complete) {
            AtomicFiles.move(partial, file);
        }
    }
}
