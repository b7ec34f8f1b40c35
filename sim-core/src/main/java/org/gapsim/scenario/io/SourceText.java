package org.gapsim.scenario.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads a file as strict UTF-8 text and composes it into one YAML node tree, within fixed limits. */
final class SourceText {
    /** Largest file read, bytes. */
    static final long MAX_BYTES = 8L << 20;
    /** Largest text parsed, code points. */
    static final int MAX_CODE_POINTS = 8 << 20;
    /** Most aliases to collections (maps, lists) in one file: guards against "billion laughs" alias bombs. */
    static final int MAX_ALIASES = 100;
    /** Deepest nesting of collections. */
    static final int MAX_DEPTH = 40;
    /**
     * Longest line, code points. SnakeYAML's reader copies its look-ahead window for every 1 KiB it reads, so one
     * very long token costs time quadratic in its length; bounding lines bounds that.
     */
    static final int MAX_LINE = 50_000;

    private SourceText() {
    }

    /**
     * Reads a file as UTF-8 text (a leading byte-order mark is dropped).
     *
     * @param file     the file
     * @param name     its name in messages
     * @param referrer where the file was named (errors about its existence are reported there); null for the
     *                 scenario file itself
     */
    static String readFile(Path file, String name, Loc referrer) {
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                throw fileError(name, referrer, "file does not exist");
            }
            if (Files.isDirectory(file)) {
                throw fileError(name, referrer, "is a directory, not a file");
            }
            if (!Files.isRegularFile(file)) {
                throw fileError(name, referrer, "is not a regular file (a device or pipe?)");
            }
            if (!Files.isReadable(file)) {
                throw fileError(name, referrer, "file cannot be read (permission denied)");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw fileError(name, referrer, "file is too large (" + size + " bytes; limit " + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileError(name, referrer, "file does not exist");
        } catch (IOException | SecurityException e) {
            throw fileError(name, referrer, "file cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw fileError(name, referrer, "file is too large (" + bytes.length + " bytes; limit " + MAX_BYTES + ")");
        }
        return decode(bytes, name);
    }

    private static ScenarioFileException fileError(String name, Loc referrer, String reason) {
        if (referrer == null) {
            return new ScenarioFileException(name, 0, 0, "", reason);
        }
        return referrer.error("'" + name + "': " + reason);
    }

    /** @return the bytes as text; NUL bytes and malformed UTF-8 are rejected as binary */
    static String decode(byte[] bytes, String name) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] lc = byteLineColumn(bytes, i);
                throw new ScenarioFileException(name, lc[0], lc[1], "",
                        "binary file: NUL byte at offset " + i + "; a scenario file is UTF-8 text");
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int at = in.position();
            int[] lc = byteLineColumn(bytes, at);
            throw new ScenarioFileException(name, lc[0], lc[1], "",
                    "binary file: invalid UTF-8 at byte offset " + at + "; a scenario file is UTF-8 text");
        }
        out.flip();
        return out.toString();
    }

    private static int[] byteLineColumn(byte[] b, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
                col = 1;
            } else if ((b[i] & 0xc0) != 0x80) {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** Rejects text a scenario file cannot hold: NUL (binary data), other non-printable characters, excess size. */
    static void checkText(String text, String name) {
        int line = 1;
        int col = 1;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp == 0) {
                throw new ScenarioFileException(name, line, col, "",
                        "binary file: NUL character; a scenario file is UTF-8 text");
            }
            if (!printable(cp)) {
                throw new ScenarioFileException(name, line, col, "", String.format(
                        "non-printable character U+%04X; a scenario file is UTF-8 text (binary file?)", cp));
            }
            if (++count > MAX_CODE_POINTS) {
                throw new ScenarioFileException(name, line, col, "",
                        "text is too large (more than " + MAX_CODE_POINTS + " characters)");
            }
            if (cp == '\n' || cp == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                col = 1;
            } else if (++col > MAX_LINE + 1) {
                throw new ScenarioFileException(name, line, col - 1, "",
                        "line longer than " + MAX_LINE + " characters (not a scenario file?)");
            }
            i += Character.charCount(cp);
        }
    }

    /** The characters YAML 1.1 allows in a stream (as SnakeYAML checks them). */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0x7E || c == 0x85
                || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * Composes the text into a node tree (no objects are constructed, tags are not acted on).
     *
     * @return the root node of the single document, or null if the text holds no document or an empty one
     */
    static Node compose(String text, String name) {
        checkText(text, name);
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(MAX_ALIASES);
        o.setNestingDepthLimit(MAX_DEPTH);
        o.setCodePointLimit(MAX_CODE_POINTS + 16);
        o.setAllowRecursiveKeys(false);
        o.setProcessComments(false);
        o.setMergeOnCompose(false);
        ParserImpl parser = new ParserImpl(new StreamReader(text), o);
        Composer composer = new Composer(parser, new Resolver(), o);
        try {
            if (!composer.checkNode()) {
                return null;
            }
            Node root = composer.getNode();
            if (composer.checkNode()) {
                Event next = parser.peekEvent();
                Mark m = next.getStartMark();
                throw new ScenarioFileException(name, m.getLine() + 1, m.getColumn() + 1, "",
                        "more than one YAML document ('---'); a scenario file holds exactly one");
            }
            if (root instanceof ScalarNode s && Tag.NULL.equals(s.getTag())) {
                return null;
            }
            return root;
        } catch (ScenarioFileException e) {
            throw e;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String reason = "YAML syntax error: " + (e.getProblem() == null ? "invalid YAML" : e.getProblem())
                    + (e.getContext() == null ? "" : " (" + e.getContext() + ")");
            return throwAt(name, m, reason);
        } catch (ReaderException e) {
            int[] lc = lineColumnOfCodePoint(text, e.getPosition());
            throw new ScenarioFileException(name, lc[0], lc[1], "", "YAML error: " + e.getMessage());
        } catch (YAMLException e) {
            Mark m = null;
            try {
                m = parser.peekEvent().getStartMark();
            } catch (RuntimeException ignored) {
                // the parser is past use; report without a position
            }
            String msg = e.getMessage() == null ? "invalid YAML" : e.getMessage();
            if (msg.startsWith("Number of aliases")) {
                msg = "too many aliases (more than " + MAX_ALIASES
                        + " to maps or lists): refusing a possible alias bomb";
            } else if (msg.startsWith("Nesting Depth")) {
                msg = "nesting deeper than " + MAX_DEPTH + " levels";
            }
            return throwAt(name, m, "YAML error: " + msg);
        }
    }

    private static Node throwAt(String name, Mark m, String reason) {
        if (m == null) {
            throw new ScenarioFileException(name, 0, 0, "", reason);
        }
        throw new ScenarioFileException(name, m.getLine() + 1, m.getColumn() + 1, "", reason);
    }

    private static int[] lineColumnOfCodePoint(String text, int cpIndex) {
        int line = 1;
        int col = 1;
        int n = 0;
        for (int i = 0; i < text.length() && n < cpIndex; n++) {
            int cp = text.codePointAt(i);
            if (cp == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += Character.charCount(cp);
        }
        return new int[] {line, col};
    }
}
