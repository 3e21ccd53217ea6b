package dev.outpost.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.dispatch.DispatcherHealth;
import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireReader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP routes of {@code outpost serve} on Javalin: {@code POST /v1/events}, {@code GET /v1/plan},
 * {@code /v1/couriers/{id}}, {@code /v1/pickups/{id}}, {@code /v1/stream} (SSE), {@code /healthz},
 * {@code /metrics}, {@code /openapi.json}. Errors are RFC 9457 problem details; no response carries a
 * stack trace or a class name.
 */
final class HttpApi {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The largest request body accepted, bytes. */
    static final long MAX_BODY_BYTES = 1 << 20;
    /** The deepest JSON nesting accepted (an event needs 5: array, event, routes, route, stops). */
    static final int MAX_NESTING = 16;
    /** The most events in one body. */
    static final int MAX_EVENTS = 10_000;

    static final String PROBLEM_JSON = "application/problem+json";
    static final String JSON = "application/json";

    private static final ObjectMapper BODY_MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build());

    private final DispatchService service;
    private final Metrics metrics;
    private final byte[] tokenDigest;
    private final String openApi;
    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final ExecutorService streamer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outpost-stream");
        t.setDaemon(true);
        return t;
    });

    /** A request refused with a status and a problem body. */
    static final class ProblemException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient ObjectNode problem;

        ProblemException(int status, String title, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.problem = problem(status, title, detail);
        }
    }

    HttpApi(DispatchService service, Metrics metrics, String token) {
        this.service = service;
        this.metrics = metrics;
        this.tokenDigest = token == null ? null : sha256(token);
        this.openApi = resource("openapi.json");
        service.subscribe(this::broadcast, () -> !clients.isEmpty());
    }

    /** Builds the Javalin app (not started). */
    Javalin app() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.router.javaLangErrorHandler((res, error) -> {
                LOG.error("Internal error", error);
                try {
                    res.setStatus(500);
                    res.setContentType(PROBLEM_JSON);
                    res.getWriter().write(problem(500, "Internal Server Error", "The service failed on this request; see its log.")
                            .toString());
                } catch (IOException | IllegalStateException e) {
                    LOG.debug("The error response could not be written: {}", e.toString());
                }
            });
            config.routes.before("/v1/*", this::authorise);
            config.routes.post("/v1/events", this::events);
            config.routes.get("/v1/plan", ctx -> json(ctx, 200, service.planJson()));
            config.routes.get("/v1/couriers/{id}", ctx -> found(ctx, service.courierJson(ctx.pathParam("id")), "courier"));
            config.routes.get("/v1/pickups/{id}", ctx -> found(ctx, service.pickupJson(ctx.pathParam("id")), "pickup"));
            SseHandler sse = new SseHandler(this::stream);
            config.routes.get("/v1/stream", ctx -> {
                if (!"text/event-stream".equals(ctx.header("Accept"))) {
                    throw new ProblemException(406, "Not Acceptable", "The stream is Server-Sent Events: send the header"
                            + " Accept: text/event-stream (curl -N -H 'Accept: text/event-stream' ...).");
                }
                sse.handle(ctx);
            });
            config.routes.get("/healthz", this::health);
            config.routes.get("/metrics", ctx -> {
                ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
                ctx.result(metrics.text(service::planVersion, service::journalLines, healthCode(service.health())));
            });
            config.routes.get("/openapi.json", ctx -> json(ctx, 200, openApi));
            config.routes.after(ctx -> metrics.response(ctx.statusCode()));
            config.routes.exception(ProblemException.class, (e, ctx) -> problem(ctx, e.status, e.problem));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                    problem(e.getStatus(), title(e.getStatus()), e.getStatus() == 413
                            ? "The body is larger than " + MAX_BODY_BYTES + " bytes." : title(e.getStatus()) + ".")));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Internal error on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, 500, problem(500, "Internal Server Error", "The service failed on this request; see its log."));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, 404, problem(404, "Not Found", "No route " + ctx.method() + " " + ctx.path() + "; see /openapi.json."));
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    problem(ctx, 405, problem(405, "Method Not Allowed", "No route " + ctx.method() + " " + ctx.path()
                            + "; see /openapi.json."));
                }
            });
        });
    }

    private void authorise(Context ctx) {
        if (tokenDigest == null) {
            return;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(tokenDigest, sha256(given))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"outpost\"");
            throw new ProblemException(401, "Unauthorized", given == null
                    ? "This service needs a bearer token: Authorization: Bearer <token>."
                    : "The bearer token is not the service's.");
        }
    }

    private void events(Context ctx) {
        long start = System.nanoTime();
        long cpu = Metrics.CpuSamples.now();
        List<WireEvent> events = parse(ctx.bodyAsBytes());
        List<String> decisions = service.apply(events);
        StringBuilder out = new StringBuilder(64 + 256 * decisions.size()).append("{\"decisions\":[");
        for (int i = 0; i < decisions.size(); i++) {
            out.append(i == 0 ? "" : ",").append(decisions.get(i));
        }
        out.append("]}");
        json(ctx, 200, out.toString());
        metrics.handlerCpu.since(cpu);
        metrics.answered(System.nanoTime() - start);
    }

    /** The body's events, all or none: every problem of every event named by index and field. */
    static List<WireEvent> parse(byte[] body) {
        JsonNode root;
        try {
            root = BODY_MAPPER.readTree(body);
        } catch (StreamConstraintsException e) {
            throw invalid(List.of(error(null, "", "JSON nested deeper than " + MAX_NESTING + " levels")));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw invalid(List.of(error(null, "", "not valid JSON" + where)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw invalid(List.of(error(null, "", "the body is empty; send one event object or an array of them")));
        }
        boolean array = root.isArray();
        List<JsonNode> items = new ArrayList<>();
        if (array) {
            root.forEach(items::add);
            if (items.isEmpty()) {
                throw invalid(List.of(error(null, "", "the array is empty; send at least one event")));
            }
            if (items.size() > MAX_EVENTS) {
                throw invalid(List.of(error(null, "", items.size() + " events; at most " + MAX_EVENTS + " in one body")));
            }
        } else {
            items.add(root);
        }
        List<WireEvent> events = new ArrayList<>(items.size());
        List<ObjectNode> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<WireReader.Problem> found = new ArrayList<>();
            WireEvent e = WireReader.parseLine(i, items.get(i).toString(), found);
            for (WireReader.Problem p : found) {
                if (errors.size() < WireReader.MAX_PROBLEMS) {
                    errors.add(error(array ? i : null, p.field(), p.message()));
                }
            }
            if (e != null && found.isEmpty()) {
                events.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return events;
    }

    private static ObjectNode error(Integer index, String field, String message) {
        ObjectNode o = NODES.objectNode();
        if (index != null) {
            o.put("index", index);
        }
        o.put("field", field);
        o.put("detail", message);
        return o;
    }

    private static ProblemException invalid(List<ObjectNode> errors) {
        ProblemException p = new ProblemException(400, "Bad Request", errors.size() + " problem(s) in the events; nothing was applied: "
                + describe(errors.get(0)) + (errors.size() > 1 ? " (and more, see errors)" : ""));
        ArrayNode list = p.problem.putArray("errors");
        errors.forEach(list::add);
        return p;
    }

    private static String describe(ObjectNode error) {
        String where = error.has("index") ? "event " + error.get("index").asInt() : "body";
        String field = error.get("field").asText();
        return where + (field.isEmpty() ? "" : ", " + field) + ": " + error.get("detail").asText();
    }

    private void stream(SseClient client) {
        client.keepAlive();
        clients.add(client);
        metrics.subscribers.incrementAndGet();
        client.onClose(() -> {
            if (clients.remove(client)) {
                metrics.subscribers.decrementAndGet();
            }
        });
        String plan = service.planJson();
        streamer.execute(() -> send(client, "plan", plan, versionOf(plan)));
    }

    private void broadcast(DispatchService.Published published) {
        if (clients.isEmpty()) {
            return;
        }
        streamer.execute(() -> {
            String plan = published.plan();
            for (SseClient c : clients) {
                for (String d : published.decisions()) {
                    send(c, "decision", d, String.valueOf(published.version()));
                }
                if (plan != null) {
                    send(c, "plan", plan, String.valueOf(published.version()));
                }
            }
        });
    }

    private void send(SseClient client, String event, String data, String id) {
        try {
            if (!client.terminated()) {
                client.sendEvent(event, data, id);
            }
        } catch (RuntimeException e) {
            LOG.debug("A stream client went away: {}", e.toString());
            if (clients.remove(client)) {
                metrics.subscribers.decrementAndGet();
            }
        }
    }

    private static String versionOf(String planJson) {
        int at = planJson.indexOf("\"version\":");
        int end = at < 0 ? -1 : planJson.indexOf(',', at);
        return at < 0 || end < 0 ? "0" : planJson.substring(at + 10, end);
    }

    private void health(Context ctx) {
        DispatcherHealth h = service.health();
        ObjectNode o = NODES.objectNode();
        if (h instanceof DispatcherHealth.Running) {
            o.put("status", "running");
        } else if (h instanceof DispatcherHealth.Degraded d) {
            o.put("status", "degraded");
            o.put("cause", publicCause(d.cause()));
        } else if (h instanceof DispatcherHealth.Stopped s) {
            o.put("status", "stopped");
            o.put("cause", s.cause());
        }
        o.put("version", service.planVersion());
        json(ctx, h instanceof DispatcherHealth.Stopped ? 503 : 200, o.toString());
    }

    /**
     * A fault's cause for a response: what failed and the error's message, without the event's or
     * the error's class names (the full cause is in the service's log).
     */
    static String publicCause(String cause) {
        String what = cause.startsWith("event ") ? "an event failed"
                : cause.startsWith("plan listener") ? "a plan listener failed"
                : cause.contains(" failed") ? cause.substring(0, cause.indexOf(" failed") + 7) : "a fault";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error): ?")
                .matcher(cause);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        String message = end >= 0 ? cause.substring(end).strip() : "";
        return message.isEmpty() ? what : what + ": " + message;
    }

    private static int healthCode(DispatcherHealth h) {
        return h instanceof DispatcherHealth.Running ? 0 : h instanceof DispatcherHealth.Degraded ? 1 : 2;
    }

    private static void found(Context ctx, Optional<String> body, String what) {
        if (body.isEmpty()) {
            throw new ProblemException(404, "Not Found", "No " + what + " with the id " + ctx.pathParam("id") + ".");
        }
        json(ctx, 200, body.get());
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType(JSON).result(body);
    }

    private static void problem(Context ctx, int status, ObjectNode problem) {
        ctx.status(status).contentType(PROBLEM_JSON).result(problem.toString());
    }

    static ObjectNode problem(int status, String title, String detail) {
        ObjectNode o = NODES.objectNode();
        o.put("type", "about:blank");
        o.put("title", title);
        o.put("status", status);
        o.put("detail", detail);
        return o;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 406 -> "Not Acceptable";
            case 415 -> "Unsupported Media Type";
            default -> "Error " + status;
        };
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String resource(String name) {
        try (InputStream in = HttpApi.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + name + " is missing from the server jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        clients.forEach(SseClient::close);
        streamer.shutdownNow();
    }
}
