package dev.outpost.sim.literature.io;

import java.nio.file.Path;

/**
 * A literature data file (Solomon, TSPLIB, best-known table) that cannot be read. The message
 * names the file and the line (1-based) and says what was expected there.
 */
public final class LiteratureFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    private final int line;

    /**
     * @param file    the file being read; never null
     * @param line    the 1-based line number, or 0 when the problem concerns the whole file
     * @param message what is wrong and what was expected
     */
    public LiteratureFormatException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    /**
     * The file being read; never null.
     *
     * @return the file being read; never null
     */
    public Path file() {
        return file;
    }

    /**
     * The 1-based line number, or 0 when the problem concerns the whole file.
     *
     * @return the 1-based line number, or 0 when the problem concerns the whole file
     */
    public int line() {
        return line;
    }
}
