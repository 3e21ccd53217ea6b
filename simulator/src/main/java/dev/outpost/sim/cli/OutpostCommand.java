package dev.outpost.sim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code outpost} command line. Each subcommand is its own class in this package.
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
            BenchLiteratureCommand.class,
            SimulateCommand.class, CompareCommand.class, SweepCommand.class,
        })
public final class OutpostCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@return the configured command line (also used by tests)} */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new OutpostCommand());
        // A CliException is the user's message alone: no stack trace reaches the user.
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            if (e instanceof CliException failure) {
                command.getErr().println(failure.getMessage());
                command.getErr().flush();
                return failure.exitCode();
            }
            throw e;
        });
        return cli;
    }

    /**
     * Runs the {@code outpost} command and exits the JVM with its exit code.
     *
     * @param args the command line arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
