package dev.outpost.sim.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of one command run, written so that they appear in their folder together or not at
 * all. Each file is written into a temporary folder beside the target folder (same file system,
 * hidden, named {@code .NAME.*.tmp}); {@link #commit()} then moves them in: a target folder that does
 * not exist yet is the temporary folder renamed, in one step; into an existing folder each file is
 * moved over its old version, the old versions kept aside until every move succeeded and put back if
 * one fails. Closing without a commit (a failure while computing or writing, such as a full disk)
 * deletes the temporary folder and leaves the target folder as it was.
 *
 * <p>Use: {@code try (OutputFolder files = OutputFolder.open(out, "--out")) { files.write(...); ...;
 * files.commit(); }}
 */
final class OutputFolder implements AutoCloseable {

    private final Path target;
    private final String option;
    private final Path staging;
    private final Map<String, Path> written = new LinkedHashMap<>();
    private boolean committed;

    private OutputFolder(Path target, String option, Path staging) {
        this.target = target;
        this.option = option;
        this.staging = staging;
    }

    /**
     * Opens a run's output folder {@code target} (checked before with {@link OutputFiles#checkFolder}).
     *
     * @param option the option that named it, for messages ("--out")
     * @throws CliException (exit 1) when the temporary folder cannot be created
     */
    static OutputFolder open(Path target, String option) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
            Path renamed = staging.resolveSibling(staging.getFileName() + ".tmp");
            Files.move(staging, renamed);
            try {
                Files.setPosixFilePermissions(renamed, PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: keep its default permissions.
            }
            return new OutputFolder(absolute, option, renamed);
        } catch (IOException e) {
            throw CliException.input("The " + option + " folder (" + SafeText.oneLine(target.toString())
                    + ") cannot be written: a temporary folder beside it cannot be created: " + IoMessages.reason(e) + ".");
        }
    }

    /**
     * Writes {@code text} as the file {@code name} of this run (escaped, UTF-8; see {@link OutputFiles#write}).
     *
     * @return where the file will be once committed
     * @throws CliException (exit 1) when it cannot be written; nothing in the target folder changed
     */
    Path write(String name, String text) {
        if (committed) {
            throw new IllegalStateException("The output folder " + target + " is already committed.");
        }
        Path file = staging.resolve(name);
        try {
            OutputFiles.writeAtomically(file, text);
        } catch (IOException e) {
            throw CliException.input("The " + option + " file " + SafeText.oneLine(name) + " cannot be written into "
                    + SafeText.oneLine(target.toString()) + ": " + IoMessages.reason(e) + "; no file of this run was"
                    + " put there, and the files already there were left as they were.");
        }
        written.put(name, file);
        return target.resolve(name);
    }

    /**
     * Moves every written file into the target folder.
     *
     * @throws CliException (exit 1) when a move fails; the target folder is then as it was
     */
    void commit() {
        try {
            if (!Files.exists(target)) {
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                    committed = true;
                    return;
                } catch (IOException e) {
                    if (Files.exists(target)) {
                        // Another process created it meanwhile: move the files in one by one below.
                    } else {
                        throw e;
                    }
                }
            }
            moveIn();
            committed = true;
        } catch (IOException e) {
            throw CliException.input("The " + option + " folder (" + SafeText.oneLine(target.toString())
                    + ") cannot take the new files: " + IoMessages.reason(e) + "; the folder was left as it was.");
        }
    }

    /** Each file over its old version, the old versions kept aside and put back on a failure. */
    private void moveIn() throws IOException {
        Path aside = staging.resolve(".old");
        Files.createDirectory(aside);
        List<String> moved = new ArrayList<>();
        List<String> keptAside = new ArrayList<>();
        try {
            for (String name : written.keySet()) {
                Path old = target.resolve(name);
                if (Files.isDirectory(old, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(old.toString(), null, "a folder of that name is in the way");
                }
                if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) {
                    move(old, aside.resolve(name));
                    keptAside.add(name);
                }
                move(written.get(name), old);
                moved.add(name);
            }
        } catch (IOException e) {
            for (String name : moved) {
                Files.deleteIfExists(target.resolve(name));
            }
            for (String name : keptAside) {
                move(aside.resolve(name), target.resolve(name));
            }
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary folder: the files of a run that was not committed, and old versions replaced. */
    @Override
    public void close() {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A hidden leftover folder at worst; the command's own result or error is reported.
        }
    }
}
