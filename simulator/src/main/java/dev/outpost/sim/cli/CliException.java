package dev.outpost.sim.cli;

/**
 * A failure a command reports to the user as its message alone, with no stack trace, and ends
 * with {@link #exitCode()} (see {@link ExitCode}). Handled by {@link OutpostCommand#commandLine()}.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** An invalid or unreadable input file, or an output that cannot be written (exit 1). */
    static CliException input(String message) {
        return new CliException(ExitCode.INVALID_INPUT, message);
    }

    /** A wrong option or argument (exit 2). */
    static CliException usage(String message) {
        return new CliException(ExitCode.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
