package org.gapsim.report;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The output directory cannot be used: a file in it cannot be created, written, moved or read (name too long, a
 * parent that is a file, no permission, disk full, a file deleted or replaced while the run went on), or another run
 * holds it ({@link OutputLock}). The message is one line naming the path and the reason. The command line reports it
 * as bad input on {@code --out} (exit 2).
 */
public class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    /**
     * @param path   the directory or file concerned
     * @param reason why it cannot be used
     * @param cause  the underlying error, or null
     */
    public OutputException(Path path, String reason, Throwable cause) {
        super("'" + path + "': " + reason, cause);
        this.path = path;
    }

    /**
     * @param directory the output directory
     * @param e         what failed
     * @return an exception naming the file concerned (or the directory) and the reason
     */
    public static OutputException of(Path directory, IOException e) {
        Path p = directory;
        String reason;
        if (e instanceof FileSystemException f) {
            if (f.getFile() != null) {
                p = Path.of(f.getFile());
            }
            reason = e instanceof NoSuchFileException ? "no such file or directory (removed while the run went on?)"
                    : f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
            if (f.getOtherFile() != null) {
                reason += " (moving to '" + f.getOtherFile() + "')";
            }
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        return new OutputException(p, reason, e);
    }

    /** @return the directory or file concerned */
    public Path path() {
        return path;
    }
}
