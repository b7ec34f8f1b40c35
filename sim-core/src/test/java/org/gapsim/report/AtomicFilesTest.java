package org.gapsim.report;

import org.gapsim.report.internal.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("summary.csv");
        AtomicFiles.writeText(file, w -> w.write("old\n"));
        assertThrows(IOException.class, () -> AtomicFiles.writeText(file, w -> {
            w.write("half of the new con");
            w.flush();
            throw new IOException("interrupted");
        }));
        assertEquals("old\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aWriteReplacesTheFile() throws IOException {
        Path file = dir.resolve("a.txt");
        AtomicFiles.writeText(file, w -> w.write("one"));
        AtomicFiles.writeText(file, w -> w.write("two"));
        assertEquals("two", Files.readString(file));
    }
}
