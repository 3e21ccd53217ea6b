package dev.outpost.sim.cli;

/**
 * The exit codes of every {@code outpost} command, one convention for all of them. The footer of
 * every {@code --help} lists them ({@link #FOOTER}).
 */
final class ExitCode {

    /** The command did what was asked. */
    static final int OK = 0;
    /** An input file is invalid or cannot be read, or an output cannot be written. */
    static final int INVALID_INPUT = 1;
    /** The command line is wrong: an unknown or out-of-range option, a missing argument, an output path that cannot be used. */
    static final int USAGE = 2;
    /** The input is valid but has no acceptable answer: the checker rejects the plan, or a limit is violated. */
    static final int INFEASIBLE = 3;
    /** An internal error (a bug): please report it with the output of {@code --debug}. */
    static final int INTERNAL = 4;

    /** The help footer shared by every command. */
    static final String[] FOOTER = {
        "",
        "Exit codes: 0 ok; 1 invalid input (a file that is invalid or cannot be",
        "  read or written); 2 usage (options, arguments, output paths);",
        "  3 infeasible (the checker rejects the plan, or a limit is violated);",
        "  4 internal error (rerun with --debug and report the output).",
    };

    private ExitCode() {
    }
}
