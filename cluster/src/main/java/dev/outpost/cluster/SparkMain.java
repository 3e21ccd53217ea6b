package dev.outpost.cluster;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar outpost-spark.jar}: the province job on Apache Spark. The jar's manifest opens the
 * JDK packages Spark needs on Java 17 ({@code Add-Opens}), so no JVM option is needed.
 */
@Command(
        name = "outpost-spark",
        mixinStandardHelpOptions = true,
        version = "outpost-spark 0.1.0",
        description = "Outpost jobs on Apache Spark (local[*] unless --master is given).",
        subcommands = {CommandLine.HelpCommand.class, SparkProvinceCommand.class})
public final class SparkMain implements Runnable {

    /** Exit code: the job ran. */
    static final int OK = 0;
    /** Exit code: an input is invalid or an output cannot be written. */
    static final int INVALID_INPUT = 1;
    /** Exit code: a wrong option or argument. */
    static final int USAGE = 2;
    /** Exit code: an internal error. */
    static final int INTERNAL = 4;

    static final String DEBUG = "--debug";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true), new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true), args));
    }

    /**
     * Runs the command line with the given output and error writers.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // Netty (Spark's RPC) reads this when first loaded; the jar's Add-Opens make it usable.
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setOut(out);
        cli.setErr(err);
        boolean debug = List.of(args).contains(DEBUG);
        cli.setExecutionExceptionHandler((e, command, parse) -> fail(e, command.getErr(), debug));
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the options.");
            e.getCommandLine().getErr().flush();
            return USAGE;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The one error path: a message for the user (no stack trace unless --debug), and the exit code. */
    static int fail(Exception e, PrintWriter err, boolean debug) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)
                && !(cause instanceof java.io.UncheckedIOException)) {
            cause = cause.getCause();
        }
        int code;
        if (cause instanceof UsageException) {
            code = USAGE;
            err.println(cause.getMessage());
        } else if (cause instanceof IllegalArgumentException || cause instanceof java.io.UncheckedIOException) {
            code = INVALID_INPUT;
            err.println(cause.getMessage());
        } else {
            code = INTERNAL;
            err.println("An internal error stopped the command (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); rerun with --debug and report the output.");
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** A wrong option value found after parsing (exit 2). */
    static final class UsageException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
