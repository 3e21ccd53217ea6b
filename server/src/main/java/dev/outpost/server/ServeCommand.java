package dev.outpost.server;

import dev.outpost.sim.cli.DispatchSetup;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve [FILE] [--layout hub|station.json] [--port N] [--bind ADDR] [--journal DIR]
 * [--token-file F]}: starts the service and runs until the process is stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the dispatcher over HTTP/JSON (docs/serve.md): POST /v1/events, GET /v1/plan,",
            "/v1/couriers/{id}, /v1/pickups/{id}, /v1/stream (SSE), /healthz, /metrics, /openapi.json."})
public final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Scenario file (JSON, or a folder of CSV files); the built-in default city when omitted.")
    Path file;

    @Option(names = "--layout", paramLabel = "PLAN", defaultValue = "hub",
            description = "hub (every courier starts at the hub) or a station.json written by outpost station --out"
                    + " (default ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "TCP port, 0 to 65535; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}); any other than a loopback address needs --token-file.")
    String bind;

    @Option(names = "--journal", paramLabel = "DIR",
            description = "Folder of the journal: every accepted event and adopted plan, fsynced per request, replayed on start.")
    Path journal;

    @Option(names = "--token-file", paramLabel = "F",
            description = "File holding the bearer token required on every /v1 call (surrounding whitespace trimmed).")
    Path tokenFile;

    @Spec
    CommandSpec spec;

    /** Started service, for tests and for {@link #call()}. */
    static final class Running implements AutoCloseable {
        private final Javalin app;
        private final HttpApi api;
        private final DispatchService service;

        Running(Javalin app, HttpApi api, DispatchService service) {
            this.app = app;
            this.api = api;
            this.service = service;
        }

        int port() {
            return app.port();
        }

        Javalin app() {
            return app;
        }

        DispatchService service() {
            return service;
        }

        @Override
        public void close() throws IOException {
            api.close();
            app.stop();
            service.close();
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Running running = start(file, layout, port, bind, journal, tokenFile, Clock.systemUTC(), out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("error: stopping: " + e.getMessage());
            }
            stopped.countDown();
        }, "outpost-serve-stop"));
        stopped.await();
        return 0;
    }

    /**
     * Checks the options, loads the scenario, replays the journal and starts listening.
     *
     * @throws IllegalArgumentException for a bad option or input, with the message for the user
     */
    static Running start(Path file, String layout, int port, String bind, Path journalDir, Path tokenFile, Clock clock,
            PrintWriter out) throws IOException {
        return start(null, file, layout, port, bind, journalDir, tokenFile, clock, out);
    }

    /**
     * As {@link #start(Path, String, int, String, Path, Path, Clock, PrintWriter)}, on a given
     * scenario and fleet when {@code given} is not null (tests inject faults so).
     */
    static Running start(DispatchSetup given, Path file, String layout, int port, String bind, Path journalDir, Path tokenFile,
            Clock clock, PrintWriter out) throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port " + port + " is outside [0, 65535].");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + " is not an address of this machine.");
        }
        String token = tokenFile == null ? null : readToken(tokenFile);
        if (token == null && !address.isLoopbackAddress()) {
            throw new IllegalArgumentException("--bind " + bind + " is not a loopback address: give --token-file F so that"
                    + " every /v1 call needs the bearer token in F.");
        }
        if (journalDir != null && Files.exists(journalDir) && !Files.isDirectory(journalDir)) {
            throw new IllegalArgumentException("--journal " + journalDir + " is a file, not a folder.");
        }
        DispatchSetup setup = given != null ? given : DispatchSetup.load(file, layout);
        Metrics metrics = new Metrics();
        DispatchService service = new DispatchService(setup, journalDir == null ? null : new Journal(journalDir, clock), metrics);
        HttpApi api = new HttpApi(service, metrics, token);
        Javalin app = api.app();
        try {
            app.start(address.getHostAddress(), port);
        } catch (RuntimeException e) {
            service.close();
            throw new IllegalArgumentException("Cannot listen on " + bind + ":" + port + " (" + rootMessage(e) + ").");
        }
        out.printf(Locale.ROOT, "outpost serve: %s (%s), %d couriers, layout %s%n", setup.scenario().name(), setup.label(),
                setup.fleet().couriers().size(), setup.layout());
        if (journalDir != null) {
            out.printf(Locale.ROOT, "journal: %s (%d line(s) replayed, plan version %d)%n", journalDir, service.recovered(),
                    service.planVersion());
        }
        out.printf(Locale.ROOT, "listening on http://%s:%d/ (bearer token %s)%n", hostForUrl(address), app.port(),
                token == null ? "off" : "required on /v1");
        out.flush();
        return new Running(app, api, service);
    }

    private static String hostForUrl(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    static String readToken(Path tokenFile) {
        String token;
        try {
            token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("--token-file " + tokenFile + " cannot be read: " + e.getMessage(), e);
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException("--token-file " + tokenFile + " is empty; put the bearer token in it.");
        }
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("--token-file " + tokenFile + ": the token must be printable ASCII without spaces.");
        }
        return token;
    }
}
