package dev.outpost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.outpost.sim.cli.DispatchSetup;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.javalin.http.HandlerType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written /openapi.json kept true: a valid OpenAPI 3.1 document (swagger-parser), the same
 * routes as the ones registered, every example valid against its schema, and the real responses of
 * the running service valid against theirs.
 */
class OpenApiTest {

    static ServeCommand.Running server;
    static Http http;
    static JsonNode doc;
    static DispatchSetup setup;

    @BeforeAll
    static void start() throws Exception {
        setup = TestCity.setup();
        server = ServeCommand.start(setup, null, "hub", 0, "127.0.0.1", null, null, Clock.systemUTC(), new PrintWriter(new StringWriter()));
        http = new Http(server.port(), null);
        doc = Http.tree(http.get("/openapi.json"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(HttpApi.resource("openapi.json"), null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        OpenAPI api = result.getOpenAPI();
        assertEquals("3.1.0", api.getOpenapi());
        assertTrue(api.getPaths().size() >= 8);
    }

    @Test
    void theDocumentNamesExactlyTheRegisteredRoutes() {
        TreeSet<String> registered = new TreeSet<>();
        server.app().unsafe.internalRouter.allHttpHandlers().forEach(p -> {
            HandlerType m = p.endpoint.method;
            if (m == HandlerType.GET || m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.DELETE
                    || m == HandlerType.PATCH) {
                registered.add(m.name() + " " + p.endpoint.path);
            }
        });
        TreeSet<String> documented = new TreeSet<>();
        OpenAPI api = new OpenAPIV3Parser().readContents(HttpApi.resource("openapi.json"), null, new ParseOptions()).getOpenAPI();
        for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
            e.getValue().readOperationsMap().keySet().forEach(m -> documented.add(m.name() + " " + e.getKey()));
        }
        assertEquals(registered, documented);
    }

    private static Schema schema(JsonNode target) {
        ObjectNode root = doc.deepCopy();
        root.set("x-target", target);
        root.put("$ref", "#/x-target");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    }

    private static void assertValid(JsonNode schemaNode, JsonNode instance, String where) {
        List<String> errors = schema(schemaNode).validate(instance).stream().map(Object::toString).toList();
        assertEquals(List.of(), errors, where + ": " + instance);
    }

    private static JsonNode named(String name) {
        return doc.at("/components/schemas/" + name);
    }

    @Test
    void everyJsonExampleIsValidAgainstItsSchema() {
        List<String> checked = new ArrayList<>();
        List<JsonNode> contents = new ArrayList<>();
        doc.get("paths").forEach(path -> path.forEach(op -> {
            if (op.has("requestBody")) {
                contents.add(op.at("/requestBody/content"));
            }
            op.path("responses").forEach(r -> contents.add(r.path("content")));
        }));
        doc.at("/components/responses").forEach(r -> contents.add(r.path("content")));
        for (JsonNode content : contents) {
            for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> media = it.next();
                if (!media.getKey().contains("json") || media.getValue().path("schema").path("type").asText().equals("object")
                        && !media.getValue().path("schema").has("properties")) {
                    continue;
                }
                JsonNode s = media.getValue().get("schema");
                if (media.getValue().has("example")) {
                    assertValid(s, media.getValue().get("example"), media.getKey());
                    checked.add(media.getKey());
                }
                media.getValue().path("examples").forEach(x -> {
                    assertValid(s, x.get("value"), media.getKey());
                    checked.add(media.getKey());
                });
            }
        }
        assertTrue(checked.size() >= 10, "examples checked: " + checked);
    }

    @Test
    void theServiceAnswersWhatTheDocumentSays() {
        String client = setup.scenario().clients().get(5).id();
        HttpResponse<String> posted = http.post("/v1/events", "[{\"type\":\"request\",\"time\":\"09:00:00\",\"pickup\":\"oa-1\",\"client\":\""
                + client + "\"},{\"type\":\"cancel\",\"time\":\"09:00:05\",\"pickup\":\"nobody\"},{\"type\":\"reoptimise\",\"time\":\"09:01:00\","
                + "\"steps\":50,\"seed\":3}]");
        assertValid(named("Decisions"), Http.tree(posted), "POST /v1/events");
        JsonNode plan = Http.tree(http.get("/v1/plan"));
        assertValid(named("Plan"), plan, "GET /v1/plan");
        ObjectNode broken = plan.deepCopy();
        broken.remove("version");
        broken.put("extra", 1);
        assertEquals(2, schema(named("Plan")).validate(broken).size(), "the schema check can fail");
        String courier = Http.tree(http.get("/v1/pickups/oa-1")).get("courier").asText();
        assertValid(named("Pickup"), Http.tree(http.get("/v1/pickups/oa-1")), "GET /v1/pickups");
        assertValid(named("Courier"), Http.tree(http.get("/v1/couriers/" + courier)), "GET /v1/couriers");
        assertValid(named("Health"), Http.tree(http.get("/healthz")), "GET /healthz");
        assertValid(named("Problem"), Http.tree(http.get("/v1/couriers/none")), "404");
        assertValid(named("Problem"), Http.tree(http.post("/v1/events", "[{\"type\":\"clock\",\"time\":\"24:00:00\"}]")), "400");
        for (String line : List.of("{\"type\":\"request\",\"time\":\"08:02:10\",\"pickup\":\"p1\",\"client\":\"c017\"}",
                "{\"type\":\"plan\",\"time\":\"08:02:10\",\"version\":4,\"routes\":[{\"courier\":\"k\",\"stops\":[\"p1\"]}]}")) {
            assertValid(named("Event"), Http.JSON.valueToTree(parse(line)), "event");
        }
    }

    private static JsonNode parse(String text) {
        try {
            return Http.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
