package org.gapsim.report.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers only ever see a complete file: the content goes to a temporary file in the same
 * directory (created with the default permissions), is forced to disk, then moved over the target atomically (a
 * plain replacing move where the file system cannot move atomically). An interrupted write leaves at most a hidden
 * {@code .tmp} file behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where to write
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the text of a file. */
    @FunctionalInterface
    public interface Text {
        /**
         * @param out where to write (UTF-8)
         * @throws IOException if writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * @param target  the file to (re)place
     * @param content its bytes
     * @throws IOException if it cannot be written; the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = null;
        FileChannel channel = null;
        while (channel == null) {
            // not Files.createTempFile: its owner-only permissions would carry over to the target
            tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                channel = null;
            }
        }
        try {
            try (FileChannel ch = channel; OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            move(tmp, abs);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * @param target the text file to (re)place
     * @param text   its content, written as UTF-8
     * @throws IOException if it cannot be written; the target is then unchanged
     */
    public static void writeText(Path target, Text text) throws IOException {
        write(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            text.writeTo(w);
            w.flush();
        });
    }

    /**
     * Moves a file over another atomically, or with a replacing move if the file system cannot.
     *
     * @param source the complete file
     * @param target where it goes
     * @throws IOException if it cannot be moved
     */
    public static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
