package dev.outpost.sim.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code outpost} command line. Each subcommand is its own class in this package.
 *
 * <p>One error path for every command ({@link #commandLine()}): a {@link CliException} prints its
 * message and ends with its exit code; a bad option prints the reason and a hint (exit 2); a
 * scenario or library rejection of the input is exit 1; anything unexpected is exit 4 with one
 * line. No stack trace and no Java class name reach the user unless {@code --debug} is given.
 * The exit codes are in {@link ExitCode} and in the footer of every {@code --help}.
 *
 * <p>Run: {@code java -jar simulator/target/outpost.jar --help}
 */
@Command(
        name = "outpost",
        mixinStandardHelpOptions = true,
        version = "outpost 0.1.0",
        description = "Courier stationing, pickup routing and what-if simulation.",
        subcommands = {
            CommandLine.HelpCommand.class,
            GenerateCommand.class,
            ValidateCommand.class,
            TravelCommand.class,
            StationCommand.class,
            RouteCommand.class,
            DemoCommand.class,
            BenchLiteratureCommand.class,
            SimulateCommand.class, CompareCommand.class, SweepCommand.class, ReplayCommand.class,
        })
public final class OutpostCommand implements Runnable {

    /** Shows the stack trace of an error (for bug reports); accepted anywhere on the command line. */
    static final String DEBUG = "--debug";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the configured command line, writing to the process's standard output and error.
     *
     * @return the configured command line
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new OutpostCommand());
        NumberConverters.register(cli);
        addDebugAndFooter(cli);
        OptionRanges.describe(cli);
        cli.setExecutionStrategy(OutpostCommand::executeChecked);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> fail(e, command, debug(parseResult.originalArgs())));
        cli.setParameterExceptionHandler(OutpostCommand::usageError);
        cli.setOut(terminal(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8))));
        cli.setErr(terminal(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8))));
        return cli;
    }

    /**
     * Runs {@code args} with standard output and error going to {@code out} and {@code err}
     * (both escaped with {@link SafeText}); used by tests.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the command-line arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(terminal(out));
        cli.setErr(terminal(err));
        return run(cli, args);
    }

    /**
     * Runs the {@code outpost} command and exits the JVM with its exit code.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        CommandLine cli = commandLine();
        int code = run(cli, args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }

    /**
     * Runs the parsed command after checking every option's range ({@link OptionRanges}), before
     * any work; a help or version request is answered first, and fails (exit 1) when it cannot be
     * written.
     */
    private static int executeChecked(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult leaf = parseResult;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        CommandLine command = leaf.commandSpec().commandLine();
        Integer code = CommandLine.executeHelpRequest(parseResult);
        if (code == null) {
            OptionRanges.check(parseResult);
            code = new CommandLine.RunLast().execute(parseResult);
        }
        if (command.getOut().checkError()) {
            CliException lost = CliException.input("The standard output cannot be written (a full device or a closed"
                    + " pipe); the output is incomplete.");
            throw new CommandLine.ExecutionException(command, lost.getMessage(), lost);
        }
        return code;
    }

    /** Executes {@code args}; an error that escapes picocli (out of memory) is exit 4 with one line. */
    static int run(CommandLine cli, String[] args) {
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            PrintWriter err = cli.getErr();
            err.println(e instanceof OutOfMemoryError
                    ? "The command ran out of memory; the input is too large for the memory given (raise it with java -Xmx)."
                    : "The command ran out of stack; the input is nested too deeply.");
            if (debug(List.of(args))) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL;
        }
    }

    /**
     * Wraps a writer so that everything printed is escaped ({@link SafeText}); the values formatted
     * into a {@code printf} (ids, names, paths: every text, path and list argument) are also kept on
     * one line ({@link SafeText#oneLine}): the line breaks of output come from the format's {@code %n}.
     */
    static PrintWriter terminal(PrintWriter target) {
        return new PrintWriter(SafeText.writer(target), false) {
            @Override
            public boolean checkError() {
                return super.checkError() || target.checkError();
            }

            @Override
            public PrintWriter format(String format, Object... args) {
                return super.format(format, oneLine(args));
            }

            @Override
            public PrintWriter format(java.util.Locale locale, String format, Object... args) {
                return super.format(locale, format, oneLine(args));
            }
        };
    }

    /** Every text, path, collection and map argument of a {@code printf} as one escaped line. */
    private static Object[] oneLine(Object[] args) {
        if (args == null) {
            return null;
        }
        Object[] safe = args.clone();
        for (int i = 0; i < safe.length; i++) {
            Object arg = safe[i];
            if (arg instanceof CharSequence || arg instanceof java.nio.file.Path || arg instanceof java.util.Collection<?>
                    || arg instanceof java.util.Map<?, ?>) {
                safe[i] = SafeText.oneLine(String.valueOf(arg));
            }
        }
        return safe;
    }

    private static void addDebugAndFooter(CommandLine cli) {
        CommandLine.Model.CommandSpec spec = cli.getCommandSpec();
        if (spec.version().length == 0 && spec.root() != spec) {
            // Every subcommand's --version answers with the version of outpost.
            spec.version(spec.root().version());
        }
        if (!(cli.getCommand() instanceof CommandLine.HelpCommand)) {
            spec.addOption(CommandLine.Model.OptionSpec.builder(DEBUG).type(boolean.class).arity("0")
                    .description("Show the stack trace of an error (for bug reports).").build());
            spec.usageMessage().footer(ExitCode.FOOTER);
        }
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getParent() == cli) {
                addDebugAndFooter(sub);
            }
        }
    }

    private static boolean debug(List<String> args) {
        return args.contains(DEBUG);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(SafeText.escape(IoMessages.plain(e.getMessage())));
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        if (debug(List.of(args))) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.USAGE;
    }

    /** The one error path: the message for the user, and the exit code. */
    static int fail(Exception e, CommandLine command, boolean debug) {
        PrintWriter err = command.getErr();
        int code;
        String message;
        if (e instanceof CliException failure) {
            code = failure.exitCode();
            message = failure.getMessage();
        } else if (e instanceof dev.outpost.model.ScenarioException scenario) {
            code = ExitCode.INVALID_INPUT;
            message = scenario.getMessage();
        } else if (e instanceof UncheckedIOException io) {
            code = ExitCode.INVALID_INPUT;
            message = "A file cannot be read or written: " + IoMessages.reason(io.getCause()) + ".";
        } else if (e instanceof IllegalArgumentException || e instanceof ArithmeticException) {
            // The library rejects values its constructors and options cannot take, naming field and value.
            code = ExitCode.INVALID_INPUT;
            message = e.getMessage() == null ? "The input holds a value the planner cannot use." : e.getMessage();
        } else {
            code = ExitCode.INTERNAL;
            message = "An internal error stopped the command; rerun with --debug and report the output.";
        }
        err.println(SafeText.escape(IoMessages.plain(message)));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
