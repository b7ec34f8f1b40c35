package org.gapsim.report.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gapsim.experiment.Experiment;
import org.gapsim.experiment.ExperimentConfigException;
import org.gapsim.experiment.Provenance;
import org.gapsim.experiment.ReplicationLog;
import org.gapsim.experiment.ReplicationRow;

/**
 * Keeps an experiment's replications in its per-replication CSV ({@link ReplicationCsv}) as they complete, so an
 * interrupted run (Ctrl-C, kill, power cut) can resume. While the run goes on, rows are appended in replication
 * order to {@code <file>.partial}, flushed and forced to disk at every batch boundary; when the run ends complete,
 * that file is moved over {@code <file>} atomically, so {@code <file>} is never half-written.
 *
 * <p><b>Checksum and identity.</b> Beside the CSV, {@code <file>.meta.json} ({@link #metaFile()}) records the run's
 * {@link Provenance} (without the command line) and the number of rows, the number of bytes and the SHA-256 of the
 * CSV's first bytes as of the last flush. It is rewritten atomically after each flush. To resume, the log reads
 * {@code <file>.partial} if it exists, else {@code <file>} (to add replications to a finished run); it refuses a CSV
 * without that file (written by an older gapsim) or of another experiment ({@link Provenance#identityDifference}),
 * and one whose checked bytes do not match the SHA-256 (edited or corrupt). Bytes after the checked ones (a write
 * torn by a crash between a flush and the record of its checksum) are dropped and recomputed.
 *
 * <p><b>Streaming.</b> A resume reads the CSV once, row by row (never whole into memory), then appends to it in
 * place: a finished {@code <file>} is renamed to {@code <file>.partial} (no copy) and cut to its checked length.
 * Not thread-safe: the runner calls it from one thread.
 */
public final class CsvReplicationLog implements ReplicationLog {
    /** Suffix of the file being appended to. */
    public static final String PARTIAL_SUFFIX = ".partial";
    /** Suffix of the checksum and provenance record beside the CSV. */
    public static final String META_SUFFIX = ".meta.json";
    /** Format tag of the meta file. */
    static final String FORMAT = "gapsim-replications-checkpoint/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Path partial;
    private final Path meta;
    private String scenario;
    private long masterSeed;
    private Provenance provenance;
    private FileChannel channel;
    private OutputStream out;
    private MessageDigest digest;
    private long bytes;
    private long rows;
    /** What {@link #replay} verified: the source, its checked length and the digest state after it. */
    private Verified verified;

    private record Verified(Path source, long bytes, long rows, MessageDigest digest) {
    }

    /**
     * @return the SHA-256 (lower-case hex) of the {@link #writtenBytes()} bytes of the file so far (resumed ones
     *         included), kept while writing; null if this log has written nothing
     */
    public String writtenSha256() {
        if (digest == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }

    /** @return bytes of the file covered by {@link #writtenSha256()} */
    public long writtenBytes() {
        return bytes;
    }

    /** @param file the per-replication CSV (its directory must exist and be writable) */
    public CsvReplicationLog(Path file) {
        this.file = file.toAbsolutePath();
        this.partial = this.file.resolveSibling(this.file.getFileName() + PARTIAL_SUFFIX);
        this.meta = this.file.resolveSibling(this.file.getFileName() + META_SUFFIX);
    }

    /** @return the per-replication CSV of a complete run */
    public Path file() {
        return file;
    }

    /** @return the file appended to while a run goes on */
    public Path partialFile() {
        return partial;
    }

    /** @return the checksum and provenance record beside the CSV */
    public Path metaFile() {
        return meta;
    }

    @Override
    public List<ReplicationRow> recorded(Experiment experiment) throws IOException {
        List<ReplicationRow> all = new ArrayList<>();
        replay(experiment, all::addAll);
        return all;
    }

    @Override
    public long replay(Experiment experiment, Consumer<List<ReplicationRow>> sink) throws IOException {
        verified = null;
        Path source = Files.exists(partial) ? partial : Files.exists(file) ? file : null;
        if (source == null) {
            return 0;
        }
        if (Files.isDirectory(source)) {
            throw new ExperimentConfigException("checkpoint", "'" + source + "' is a directory, not a checkpoint");
        }
        if (!Files.isRegularFile(meta)) {
            throw new ExperimentConfigException("checkpoint", "'" + source + "' has no checksum record '"
                    + meta.getFileName() + "' (written by an older gapsim, or the record was removed): it cannot be "
                    + "verified; choose another --out");
        }
        Meta m = readMeta();
        Provenance now = Provenance.of(experiment);
        Optional<String> diff = now.identityDifference(m.provenance);
        if (diff.isPresent()) {
            throw new ExperimentConfigException("checkpoint", "'" + source.getParent() + "' holds another run: "
                    + diff.get() + "; choose another --out");
        }
        long size = Files.size(source);
        if (size < m.bytes) {
            throw new ExperimentConfigException("checkpoint", "'" + source + "' is shorter (" + size + " bytes) than "
                    + "its checksum record says (" + m.bytes + "): it was cut or edited; choose another --out");
        }
        List<String> packages = experiment.allPackages();
        int p = packages.size();
        MessageDigest md = Provenance.digest();
        long read = 0;
        List<ReplicationRow> group = new ArrayList<>(p);
        try (InputStream raw = Files.newInputStream(source);
             DigestInputStream din = new DigestInputStream(new Limited(raw, m.bytes), md);
             BufferedReader r = new BufferedReader(new InputStreamReader(din, StandardCharsets.UTF_8), 1 << 16)) {
            String header = r.readLine();
            if (m.bytes > 0 && !ReplicationCsv.header(experiment).equals(header)) {
                throw new ExperimentConfigException("checkpoint", "'" + source + "' does not start with the header "
                        + "of a gapsim replications file for this experiment (written by another version, or with "
                        + "other scenario columns or user measures); choose another --out");
            }
            ReplicationCsv.Layout layout = ReplicationCsv.Layout.of(experiment);
            String line;
            while ((line = r.readLine()) != null) {
                ReplicationRow row;
                List<String> f;
                try {
                    f = Csv.parse(line).records().get(0);
                    row = ReplicationCsv.parseFields(f, layout);
                } catch (RuntimeException e) {
                    throw new ExperimentConfigException("checkpoint", "'" + source + "' line " + (read + 2)
                            + " cannot be read (" + e.getMessage() + "); choose another --out", e);
                }
                long rep = read / p;
                String pkg = packages.get((int) (read % p));
                if (!f.get(0).equals(experiment.scenario().name())
                        || Long.parseLong(f.get(1)) != experiment.masterSeed() || row.replication() != rep
                        || !row.packageName().equals(pkg)) {
                    throw new ExperimentConfigException("checkpoint", "'" + source + "' line " + (read + 2) + " is "
                            + "replication " + row.replication() + " of '" + row.packageName() + "', expected "
                            + "replication " + rep + " of '" + pkg + "'; choose another --out");
                }
                group.add(row);
                read++;
                if (group.size() == p) {
                    sink.accept(List.copyOf(group));
                    group.clear();
                }
            }
        }
        MessageDigest state;
        try {
            state = (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
        String sum = HexFormat.of().formatHex(md.digest());
        if (!sum.equals(m.sha256) || read != m.rows || !group.isEmpty()) {
            throw new ExperimentConfigException("checkpoint", "'" + source + "' does not match its checksum record "
                    + "(edited or corrupt); choose another --out");
        }
        verified = new Verified(source, m.bytes, read, state);
        return read / p;
    }

    @Override
    public void resume(Experiment experiment, long keptReplications) throws IOException {
        Verified v = verified;
        verified = null;
        if (v == null || v.bytes == 0) {
            begin(experiment, List.of());
            return;
        }
        int p = experiment.allPackages().size();
        if (keptReplications * p != v.rows) {
            throw new IllegalStateException("resume keeps " + keptReplications + " replications, the checkpoint holds "
                    + v.rows / p + "; it never deletes recorded rows");
        }
        start(experiment);
        if (!v.source.equals(partial)) {
            AtomicFiles.move(v.source, partial);   // a rename: the finished file is extended in place
        }
        channel = FileChannel.open(partial, StandardOpenOption.WRITE);
        if (channel.size() > v.bytes) {
            channel.truncate(v.bytes);             // a torn tail after the last recorded checksum
        }
        channel.position(v.bytes);
        digest = v.digest;
        bytes = v.bytes;
        rows = v.rows;
        out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        flush();
    }

    @Override
    public void begin(Experiment experiment, List<ReplicationRow> kept) throws IOException {
        verified = null;
        start(experiment);
        StringBuilder text = new StringBuilder(ReplicationCsv.header(experiment)).append('\n');
        for (ReplicationRow r : kept) {
            text.append(ReplicationCsv.line(scenario, masterSeed, r)).append('\n');
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        digest = Provenance.digest();
        digest.update(content);
        bytes = content.length;
        rows = kept.size();
        // the record first: a crash before the CSV is in place leaves a record of more bytes than there are, and a
        // resume then starts afresh only if no CSV exists (it refuses a shorter one)
        Files.deleteIfExists(partial);
        writeMeta();
        AtomicFiles.write(partial, o -> o.write(content));
        channel = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    private void start(Experiment experiment) {
        scenario = experiment.scenario().name();
        masterSeed = experiment.masterSeed();
        provenance = Provenance.of(experiment);
    }

    @Override
    public void append(List<ReplicationRow> replication) throws IOException {
        for (ReplicationRow r : replication) {
            byte[] b = (ReplicationCsv.line(scenario, masterSeed, r) + "\n").getBytes(StandardCharsets.UTF_8);
            out.write(b);
            digest.update(b);
            bytes += b.length;
            rows++;
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        channel.force(false);
        writeMeta();
    }

    @Override
    public void end(boolean complete) throws IOException {
        if (out == null) {
            return;
        }
        try {
            flush();
        } finally {
            out.close();
            out = null;
            channel = null;
        }
        if (complete) {
            AtomicFiles.move(partial, file);
        }
    }

    private void writeMeta() throws IOException {
        MessageDigest copy;
        try {
            copy = (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        Map<String, Object> prov = provenance.toFields();
        prov.remove("command_line");
        m.put("provenance", prov);
        m.put("rows", rows);
        m.put("bytes", bytes);
        m.put("sha256", HexFormat.of().formatHex(copy.digest()));
        byte[] json = JSON.writeValueAsBytes(m);
        AtomicFiles.write(meta, o -> {
            o.write(json);
            o.write('\n');
        });
    }

    /** The meta file as read. */
    private record Meta(Provenance provenance, long rows, long bytes, String sha256) {
    }

    private Meta readMeta() {
        try {
            Map<String, Object> m = JSON.readValue(meta.toFile(), new TypeReference<Map<String, Object>>() {
            });
            if (!FORMAT.equals(m.get("format"))) {
                throw new IllegalArgumentException("unknown format " + m.get("format"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> prov = (Map<String, Object>) m.get("provenance");
            if (prov == null) {
                throw new IllegalArgumentException("no provenance");
            }
            long rows = ((Number) m.get("rows")).longValue();
            long bytes = ((Number) m.get("bytes")).longValue();
            String sha = (String) m.get("sha256");
            if (rows < 0 || bytes < 0 || sha == null) {
                throw new IllegalArgumentException("bad counts or checksum");
            }
            return new Meta(Provenance.fromFields(prov), rows, bytes, sha);
        } catch (IOException | RuntimeException e) {
            throw new ExperimentConfigException("checkpoint", "cannot read the checksum record '" + meta + "' ("
                    + e.getClass().getSimpleName() + "); choose another --out", e);
        }
    }

    /** An input stream that ends after a given number of bytes. */
    private static final class Limited extends java.io.FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(Math.min(n, left));
            left -= s;
            return s;
        }
    }
}
