package dev.outpost.sim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;

/**
 * The one way the CLI writes its outputs.
 *
 * <ul>
 *   <li>{@link #checkFile} and {@link #checkFolder} are called for every output before any long
 *       work starts: the folder must exist and be writable, the target must not be a folder or one
 *       of the input files, and an existing file is kept unless {@code --force} is given;</li>
 *   <li>{@link #write} is atomic: the text goes to a temporary file in the same folder, which is
 *       then moved over the target ({@code ATOMIC_MOVE}, falling back to {@code REPLACE_EXISTING}
 *       where the file system cannot), so a reader sees the old file or the new one, never half;</li>
 *   <li>the several files of one run go through {@link OutputFolder}, so that they appear
 *       together or not at all;</li>
 *   <li>{@link #finish} makes a failed write to standard output an error (a {@link PrintWriter}
 *       swallows its {@link IOException}s).</li>
 * </ul>
 * Every text is escaped with {@link SafeText#escape} before it is written.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * Checks that {@code target} can be written.
     *
     * @param option the option that named it, for messages ("--csv")
     * @param inputs the command's input files (the target must be none of them); nulls are ignored
     * @return the target
     * @throws CliException (exit 2) naming the path, the reason and the fix
     */
    static Path checkFile(Path target, String option, boolean force, Collection<Path> inputs) {
        String name = SafeText.oneLine(target.toString());
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw CliException.usage("The " + option + " file (" + name + ") is in a folder that does not exist ("
                    + SafeText.oneLine(String.valueOf(parent)) + "); create the folder first or choose another path.");
        }
        if (!Files.isWritable(parent)) {
            throw CliException.usage("The " + option + " file (" + name + ") cannot be written: the folder ("
                    + SafeText.oneLine(parent.toString()) + ") is not writable; choose another folder.");
        }
        if (Files.isDirectory(target)) {
            throw CliException.usage("The " + option + " file (" + name + ") is a folder; name a file.");
        }
        for (Path input : inputs) {
            if (input != null && sameFile(input, target)) {
                throw CliException.usage("The " + option + " file (" + name + ") is also an input of this command;"
                        + " choose another output path.");
            }
        }
        if (Files.exists(target) || Files.isSymbolicLink(target)) {
            if (!force) {
                throw CliException.usage("The " + option + " file (" + name + ") already exists and was kept;"
                        + " pass --force to replace it, or choose another path.");
            }
            if (!Files.isRegularFile(target)) {
                throw CliException.usage("The " + option + " file (" + name + ") is not a regular file (a device, pipe or"
                        + " link to one); choose another path.");
            }
        }
        return target;
    }

    /**
     * Checks an output folder: it may exist (and then be a writable folder) or be created inside an
     * existing folder; each of {@code files} inside it is checked with {@link #checkFile}.
     *
     * @throws CliException (exit 2) naming the path, the reason and the fix
     */
    static void checkFolder(Path folder, String option, boolean force, Collection<Path> inputs, String... files) {
        String name = SafeText.oneLine(folder.toString());
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                throw CliException.usage("The " + option + " folder (" + name + ") is a file; name a folder.");
            }
            if (!Files.isWritable(folder)) {
                throw CliException.usage("The " + option + " folder (" + name + ") is not writable; choose another folder.");
            }
            for (String file : files) {
                checkFile(folder.resolve(file), option, force, inputs);
            }
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw CliException.usage("The " + option + " folder (" + name + ") is inside a folder that does not exist ("
                    + SafeText.oneLine(String.valueOf(parent)) + "); create it first or choose another path.");
        }
        if (!Files.isWritable(parent)) {
            throw CliException.usage("The " + option + " folder (" + name + ") cannot be created: ("
                    + SafeText.oneLine(parent.toString()) + ") is not writable; choose another folder.");
        }
    }

    /**
     * Writes {@code text} (escaped, UTF-8) to {@code target} atomically.
     *
     * @throws CliException (exit 1) when the write fails; the target is then unchanged
     */
    static void write(Path target, String text) {
        try {
            writeAtomically(target, text);
        } catch (IOException e) {
            throw CliException.input("The file (" + SafeText.oneLine(target.toString()) + ") cannot be written: "
                    + IoMessages.reason(e) + "; it was left as it was.");
        }
    }

    /**
     * Writes {@code text} (escaped, UTF-8) to {@code target} atomically, as {@link #write}.
     *
     * @throws IOException when the write fails; the target is then unchanged
     */
    static void writeAtomically(Path target, String text) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
            readableByAll(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(SafeText.escape(text).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The temporary file is a hidden leftover at worst; the write error is reported above.
                }
            }
        }
    }

    /**
     * Flushes {@code out} and fails when anything written to it was lost.
     *
     * @throws CliException (exit 1) when the writer had an error
     */
    static void finish(PrintWriter out) {
        out.flush();
        if (out.checkError()) {
            throw CliException.input("The standard output cannot be written (a full device or a closed pipe);"
                    + " the output is incomplete.");
        }
    }

    /** A temporary file is created owner-only; an output is as readable as a file the user saves. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: keep its default permissions.
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // Fall through to the path comparison.
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
