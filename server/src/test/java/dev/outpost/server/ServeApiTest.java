package dev.outpost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.dispatch.Fleet;
import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.sim.cli.DispatchSetup;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTimes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real service on a free port of 127.0.0.1, driven with java.net.http: every endpoint, the 400,
 * 401, 404 and 413 cases, and health under an injected travel-model fault.
 */
class ServeApiTest {

    static DispatchSetup setup;
    static final AtomicBoolean FAIL = new AtomicBoolean();
    static ServeCommand.Running server;
    static Http http;
    static String client;
    static String courier;

    /** A travel model that throws while {@link #FAIL} is set: the injected fault. */
    record FailingModel(TravelModel delegate) implements TravelModel {
        @Override
        public TravelTimes table(List<String> pointIds, List<Location> points) {
            if (FAIL.get()) {
                throw new IllegalStateException("injected travel fault");
            }
            return delegate.table(pointIds, points);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        DispatchSetup loaded = TestCity.setup();
        Fleet fleet = loaded.fleet();
        Fleet failing = fleet.toBuilder().model(new FailingModel(fleet.model())).build();
        setup = new DispatchSetup(loaded.scenario(), failing, loaded.label(), loaded.layout());
        server = ServeCommand.start(setup, null, "hub", 0, "127.0.0.1", null, null, Clock.systemUTC(),
                new PrintWriter(new StringWriter()));
        http = new Http(server.port(), null);
        client = setup.scenario().clients().get(0).id();
        courier = setup.fleet().couriers().get(0).id();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "dev.outpost", "com.fasterxml", "io.javalin", "org.eclipse", "\tat ", "java.")) {
            assertFalse(body.contains(leak), "the response leaks '" + leak + "': " + body);
        }
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
        JsonNode p = Http.tree(r);
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.has("title") && p.has("detail") && p.has("type"), r.body());
        assertNoInternals(r.body());
    }

    @Test
    void aRequestIsAssignedAndShowsInThePlanTheCourierAndThePickup() {
        HttpResponse<String> r = http.post("/v1/events", "{\"type\":\"request\",\"time\":\"08:00:00\",\"pickup\":\"api-1\",\"client\":\""
                + client + "\"}");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = Http.tree(r).get("decisions");
        assertEquals(1, d.size());
        assertEquals("assigned", d.get(0).get("status").asText(), r.body());
        String assignedTo = d.get(0).get("courier").asText();
        assertTrue(d.get(0).get("alternatives").size() >= 1);
        long version = d.get(0).get("version").asLong();

        JsonNode plan = Http.tree(http.get("/v1/plan"));
        assertTrue(plan.get("valid").asBoolean(), plan.toString());
        assertTrue(plan.get("version").asLong() >= version);
        boolean planned = false;
        for (JsonNode route : plan.get("routes")) {
            for (JsonNode stop : route.get("stops")) {
                if (stop.get("pickup").asText().equals("api-1")) {
                    planned = true;
                    assertEquals(assignedTo, route.get("courier").asText());
                    assertEquals(d.get(0).get("arrival").asText(), stop.get("arrival").asText());
                }
            }
        }
        assertTrue(planned, plan.toString());

        JsonNode c = Http.tree(http.get("/v1/couriers/" + assignedTo));
        assertEquals("on-duty", c.get("duty").asText());
        assertTrue(c.get("stops").findValuesAsText("pickup").contains("api-1"), c.toString());

        JsonNode p = Http.tree(http.get("/v1/pickups/api-1"));
        assertEquals("assigned", p.get("status").asText());
        assertEquals(assignedTo, p.get("courier").asText());
        assertEquals(d.get(0).get("arrival").asText(), p.get("arrival").asText());
    }

    @Test
    void aRefusedEventIsADecisionNotAnHttpError() {
        HttpResponse<String> r = http.post("/v1/events", "[{\"type\":\"position\",\"time\":\"08:01:00\",\"courier\":\"no-such-courier\","
                + "\"location\":{\"lat\":0.5,\"lon\":0.5}}]");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode d = Http.tree(r).get("decisions").get(0);
        assertEquals("refused", d.get("status").asText(), r.body());
        assertTrue(d.get("reason").asText().contains("no-such-courier"), r.body());
    }

    @Test
    void aBadEventRefusesTheWholeBodyNamingIndexAndField() {
        long before = server.service().planVersion();
        HttpResponse<String> r = http.post("/v1/events", "[{\"type\":\"request\",\"time\":\"08:00:00\",\"pickup\":\"bad-1\",\"client\":\""
                + client + "\"},{\"type\":\"clock\",\"time\":\"25:99:00\"},{\"type\":\"teleport\",\"time\":\"08:00:00\"}]");
        assertProblem(r, 400);
        JsonNode errors = Http.tree(r).get("errors");
        assertEquals(1, errors.get(0).get("index").asInt());
        assertEquals("time", errors.get(0).get("field").asText());
        assertTrue(errors.get(0).get("detail").asText().contains("25:99:00"), r.body());
        assertEquals(2, errors.get(1).get("index").asInt());
        assertEquals("type", errors.get(1).get("field").asText());
        assertProblem(http.get("/v1/pickups/bad-1"), 404);
        assertEquals(before, server.service().planVersion());
    }

    @Test
    void aWrongFieldTypeNotJsonTooDeepAndTooLargeAre400Or413() {
        HttpResponse<String> wrongType = http.post("/v1/events", "{\"type\":\"break\",\"time\":\"09:00:00\",\"courier\":\"" + courier
                + "\",\"minutes\":\"ten\"}");
        assertProblem(wrongType, 400);
        assertEquals("minutes", Http.tree(wrongType).get("errors").get(0).get("field").asText());
        assertFalse(Http.tree(wrongType).get("errors").get(0).has("index"), "a single event has no index");

        assertProblem(http.post("/v1/events", "{\"type\": \"request\", "), 400);
        assertProblem(http.post("/v1/events", "[]"), 400);
        assertProblem(http.post("/v1/events", "[".repeat(40) + "]".repeat(40)), 400);
        String deep = http.post("/v1/events", "[".repeat(40) + "]".repeat(40)).body();
        assertTrue(deep.contains("nested deeper than 16"), deep);
        assertProblem(http.post("/v1/events", "[" + "{\"type\":\"clock\",\"time\":\"08:00:00\"},".repeat(40_000) + "{}]"), 413);
    }

    @Test
    void unknownIdsRoutesAndMethodsAreProblems() {
        assertProblem(http.get("/v1/couriers/k-unknown"), 404);
        assertProblem(http.get("/v1/pickups/never"), 404);
        assertProblem(http.get("/v2/nothing"), 404);
    }

    @Test
    void healthMetricsAndOpenApiAnswer() {
        JsonNode h = Http.tree(http.get("/healthz"));
        assertTrue(List.of("running", "degraded").contains(h.get("status").asText()), h.toString());
        http.post("/v1/events", "{\"type\":\"clock\",\"time\":\"07:00:00\"}");
        HttpResponse<String> m = http.get("/metrics");
        assertEquals(200, m.statusCode());
        assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), m.headers().toString());
        assertTrue(m.body().contains("outpost_events_total{type=\"clock\",outcome=\""), m.body());
        assertTrue(m.body().contains("outpost_answer_seconds_bucket{le=\"+Inf\"}"), m.body());
        assertTrue(m.body().contains("outpost_plan_version "), m.body());
        assertTrue(m.body().contains("outpost_queue_depth "), m.body());
        assertEquals("3.1.0", Http.tree(http.get("/openapi.json")).get("openapi").asText());
    }

    @Test
    void anInjectedTravelFaultDegradesHealthAndTheNextEventClearsIt() {
        FAIL.set(true);
        HttpResponse<String> r;
        try {
            r = http.post("/v1/events", "{\"type\":\"request\",\"time\":\"10:00:00\",\"pickup\":\"fault-1\","
                    + "\"location\":{\"lat\":" + lat() + ",\"lon\":" + lon() + "}}");
        } finally {
            FAIL.set(false);
        }
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("refused", Http.tree(r).get("decisions").get(0).get("status").asText(), r.body());
        assertNoInternals(r.body());
        JsonNode h = Http.tree(http.get("/healthz"));
        assertEquals("degraded", h.get("status").asText(), h.toString());
        assertTrue(h.get("cause").asText().length() > 0);
        assertNoInternals(h.toString());

        HttpResponse<String> next = http.post("/v1/events", "{\"type\":\"request\",\"time\":\"10:00:01\",\"pickup\":\"fault-2\",\"client\":\""
                + client + "\"}");
        assertEquals(200, next.statusCode(), next.body());
        assertEquals("running", Http.tree(http.get("/healthz")).get("status").asText());
        assertTrue(Http.tree(http.get("/v1/plan")).get("valid").asBoolean());
    }

    private static double lat() {
        return setup.scenario().clients().get(1).location().latitude();
    }

    private static double lon() {
        return setup.scenario().clients().get(1).location().longitude() + 0.0003;
    }

    @Test
    void aTokenIsRequiredOnV1WhenGivenAndAtStartOffLoopback(@TempDir Path dir) throws IOException {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "  s3cret-token\n");
        try (ServeCommand.Running secured = ServeCommand.start(setup, null, "hub", 0, "127.0.0.1", null, tokenFile,
                Clock.systemUTC(), new PrintWriter(new StringWriter()))) {
            Http none = new Http(secured.port(), null);
            HttpResponse<String> r = none.get("/v1/plan");
            assertProblem(r, 401);
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertProblem(new Http(secured.port(), "s3cret-tokex").get("/v1/plan"), 401);
            assertProblem(new Http(secured.port(), "s3cret-token").send(none.request("/v1/plan")
                    .header("Authorization", "Basic czNjcmV0LXRva2Vu").GET().build()), 401);
            assertEquals(200, new Http(secured.port(), "s3cret-token").get("/v1/plan").statusCode());
            assertEquals(200, none.get("/healthz").statusCode(), "health stays open for probes");
        }
        IllegalArgumentException open = assertThrows(IllegalArgumentException.class, () -> ServeCommand.start(setup, null, "hub", 0,
                "0.0.0.0", null, null, Clock.systemUTC(), new PrintWriter(new StringWriter())));
        assertTrue(open.getMessage().contains("--token-file"), open.getMessage());
        Files.writeString(tokenFile, " \n");
        assertThrows(IllegalArgumentException.class, () -> ServeCommand.readToken(tokenFile));
    }

    @Test
    void theStreamDeliversThePlanOnConnectThenDecisions() throws Exception {
        assertProblem(http.get("/v1/stream"), 406);
        HttpRequest request = http.request("/v1/stream").header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                response.headers().toString());
        java.util.Iterator<String> lines = response.body().iterator();
        assertEquals("event: plan", nextEvent(lines));
        http.post("/v1/events", "{\"type\":\"request\",\"time\":\"11:00:00\",\"pickup\":\"sse-1\",\"client\":\"" + client + "\"}");
        String data = null;
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("data: ") && line.contains("\"sse-1\"")) {
                data = line;
                break;
            }
        }
        assertTrue(data != null && data.contains("\"version\":"), String.valueOf(data));
        response.body().close();
    }

    private static String nextEvent(java.util.Iterator<String> lines) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event: ")) {
                return line;
            }
        }
        return null;
    }

    @Test
    void theCommandLineRefusesBadOptionsWithoutAStackTrace() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServerMain.execute(new PrintWriter(out), new PrintWriter(err), "serve", "--port", "70000");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--port 70000"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertInstanceOf(String.class, out.toString());
    }
}
