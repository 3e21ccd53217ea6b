package dev.outpost.sim.literature.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the lines of a literature file, naming the file and what it is when it cannot be read. */
final class LiteratureLines {

    private LiteratureLines() {
    }

    /**
     * @param file    the file
     * @param what    what the file is, for the message ("Solomon file", "best-known table")
     * @param charset its encoding (the historic instance files are ISO-8859-1)
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    static List<String> read(Path file, String what, Charset charset) {
        try {
            return Files.readAllLines(file, charset);
        } catch (IOException e) {
            throw new UncheckedIOException("The " + what + " (" + file + ") cannot be read: " + e.getMessage(), e);
        }
    }
}
