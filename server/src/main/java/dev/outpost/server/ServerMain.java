package dev.outpost.server;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar server/target/outpost-server.jar serve ...}: the dispatcher as an HTTP/JSON
 * service ({@link ServeCommand}). A jar of its own so that Jetty stays out of {@code outpost.jar}.
 */
@Command(name = "outpost-server", mixinStandardHelpOptions = true, subcommands = ServeCommand.class,
        description = "The Outpost dispatcher as an HTTP/JSON service: outpost-server serve --help.")
public final class ServerMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private ServerMain() {
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line; {@code serve} returns only when the service stops.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line with these outputs.
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the command line
     * @return the exit code (0 when {@code serve} started and was stopped)
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ServerMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parse) -> {
            err.println("error: " + e.getMessage());
            err.flush();
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
