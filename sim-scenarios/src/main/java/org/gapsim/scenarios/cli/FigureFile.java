package org.gapsim.scenarios.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gapsim.report.internal.AtomicFiles;

/** Writes a figure or page named by {@code --out} (creating its folder), atomically. */
final class FigureFile {
    private FigureFile() {
    }

    /**
     * @param out  the --out value, or null
     * @param dflt the default path
     * @return the path to write
     * @throws BadInputException if it is blank, invalid or a directory
     */
    static Path resolve(String out, String dflt) {
        if (out != null && out.isBlank()) {
            throw new BadInputException("--out", "must name a file, was empty");
        }
        String f = out != null ? out : dflt;
        try {
            Path p = Path.of(f);
            if (Files.isDirectory(p)) {
                throw new BadInputException("--out", "'" + f + "' is a directory; name a file");
            }
            return p;
        } catch (InvalidPathException e) {
            throw new BadInputException("--out", "not a valid file name '" + f + "' (" + e.getReason() + ")");
        }
    }

    /**
     * @param file where
     * @param text what
     * @throws BadInputException (--out) if it cannot be written
     */
    static void write(Path file, String text) {
        write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * @param file  where
     * @param bytes what
     * @throws BadInputException (--out) if it cannot be written
     */
    static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(file, o -> o.write(bytes));
        } catch (IOException e) {
            throw new BadInputException("--out", "cannot write '" + file + "' (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /**
     * @param file a file to write
     * @return whether its name ends in {@code .png} (any case)
     */
    static boolean isPng(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png");
    }

    /**
     * @param width a --width value
     * @throws BadInputException (--width) unless it is 16 to 20000 pixels
     */
    static void requireWidth(int width) {
        if (width < 16 || width > 20_000) {
            throw new BadInputException("--width", "must be 16 to 20000 pixels, was " + width);
        }
    }

    /**
     * @param name a package name
     * @return it safe for a file name ({@code full+east-shield} stays as is; other characters become {@code _})
     */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9+._-]", "_");
    }
}
