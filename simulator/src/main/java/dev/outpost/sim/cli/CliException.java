package dev.outpost.sim.cli;

/**
 * A failure a command reports to the user as its message alone, with no stack trace, and ends
 * with {@link #exitCode()}: 1 for bad or unusable input files, 2 for bad options. Handled by
 * {@link OutpostCommand#commandLine()}.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
