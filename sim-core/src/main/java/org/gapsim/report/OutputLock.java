package org.gapsim.report;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output directory, so that two runs never write into the same one: an operating-system
 * lock ({@link FileChannel#tryLock()}) on the file {@value #FILE} in it, which holds the process id and host name of
 * the holder. The lock is released when closed or when the process ends, however it ends (the file stays; it is
 * not itself a lock). Use with try-with-resources.
 */
public final class OutputLock implements AutoCloseable {
    /** The lock file's name. */
    public static final String FILE = ".gapsim.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param directory an existing output directory
     * @return the lock, held until closed
     * @throws OutputException if another run holds it (naming the holder) or the lock file cannot be used
     */
    public static OutputLock acquire(Path directory) {
        Path file = directory.resolve(FILE);
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                l = null;
            }
            if (l == null) {
                String holder = holder(ch);
                ch.close();
                throw new OutputException(directory, "in use by another gapsim run (" + holder + "); wait for it to "
                        + "end or choose another output directory", null);
            }
            byte[] me = ("pid " + ProcessHandle.current().pid() + " on host " + host() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            ch.truncate(0);
            ch.write(ByteBuffer.wrap(me), 0);
            ch.force(false);
            return new OutputLock(ch, l);
        } catch (IOException e) {
            closeQuietly(ch);
            throw OutputException.of(directory, e);
        }
    }

    private static String holder(FileChannel ch) {
        try {
            ByteBuffer b = ByteBuffer.allocate(200);
            int n = ch.read(b, 0);
            String s = n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).strip();
            return s.isEmpty() || s.indexOf('\n') >= 0 ? "holder unknown" : s;
        } catch (IOException e) {
            return "holder unknown";
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the original failure is what the caller needs
            }
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
