package org.gapsim.scenarios.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --package-dir DIR} (a picocli mixin of every command that reads a scenario file): the folder a scenario's
 * {@code packageFiles} may be read from, instead of the scenario file's own folder.
 */
final class PackageDirOption {
    @Option(names = {"--package-dir"}, paramLabel = "DIR",
            description = "Folder the scenario's packageFiles may be read from (and its sub-folders). Default: the "
                    + "scenario file's folder; no package file outside it is read.")
    String packageDir;

    /** @return the folder, checked; null if not given */
    Path directory() {
        if (packageDir == null) {
            return null;
        }
        try {
            Path p = Path.of(packageDir);
            if (packageDir.isBlank() || !Files.isDirectory(p)) {
                throw new BadInputException("--package-dir", "'" + packageDir + "' is not a directory");
            }
            return p;
        } catch (InvalidPathException e) {
            throw new BadInputException("--package-dir", "not a valid directory name '" + packageDir + "' ("
                    + e.getReason() + ")");
        }
    }
}
