package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.outpost.city.DefaultCity;
import dev.outpost.model.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schema of the scenario format ({@code dev/outpost/io/scenario.schema.json}, published in
 * the core jar) against the reader: every example and test scenario passes it, it names exactly
 * the objects, fields and enum values the reader accepts ({@link ScenarioJson#OBJECTS},
 * {@link ScenarioJson#ENUMS}), and structurally malformed files fail it at the place the reader
 * reports.
 */
class ScenarioSchemaTest {

    static final String SCHEMA_RESOURCE = "/dev/outpost/io/scenario.schema.json";

    private static final JsonNode SCHEMA_NODE = readSchemaNode();
    private static final Schema SCHEMA =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_NODE);

    private static JsonNode readSchemaNode() {
        try (InputStream in = ScenarioSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The schema (" + SCHEMA_RESOURCE + ") is not on the class path.");
            }
            return OutpostJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the schema itself -------------------------------------------------------------------

    @Test
    void schemaIsValidDraft202012WithAnId() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA_NODE.path("$schema").asText());
        assertTrue(SCHEMA_NODE.path("$id").asText().endsWith("/scenario.schema.json"), SCHEMA_NODE.path("$id").asText());
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), messages(meta.validate(SCHEMA_NODE)));
    }

    // ---- every valid scenario passes ---------------------------------------------------------

    static Stream<String> validScenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(ScenarioSchemaTest.class.getResource("/scenarios").toURI());
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> "/" + dir.getParent().relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validScenarios")
    void everyExampleAndTestScenarioPassesTheSchemaAndTheReader(String resource) throws IOException {
        String text = ScenarioIoTest.resource(resource);
        ScenarioIo.read(text, resource); // a valid scenario, so the schema must accept it
        assertEquals(List.of(), messages(SCHEMA.validate(OutpostJson.mapper().readTree(text))), resource);
    }

    @Test
    void scenarioFilesCoverEveryTravelModelAndBothCoordinateSystems() throws IOException, URISyntaxException {
        Set<String> seen = new TreeSet<>();
        for (String resource : validScenarios().toList()) {
            JsonNode tree = OutpostJson.mapper().readTree(ScenarioIoTest.resource(resource));
            JsonNode travel = tree.path("travel");
            String model = travel.path("model").asText();
            seen.add(model + (travel.has("file") ? " file" : travel.has("nodes") ? " inline" : ""));
            seen.add(tree.path("coordinates").asText("geographic"));
        }
        assertEquals(new TreeSet<>(List.of("geographic", "matrix", "planar", "road file", "road inline",
                "straight-line")), seen);
    }

    @Test
    void theDefaultCityAsWrittenPassesTheSchema() throws IOException {
        String text = ScenarioIo.write(DefaultCity.scenario());
        assertEquals(List.of(), messages(SCHEMA.validate(OutpostJson.mapper().readTree(text))));
    }

    // ---- the schema and the reader name the same fields --------------------------------------

    @Test
    void schemaObjectsHaveExactlyTheFieldsTheReaderAccepts() {
        Map<String, Set<String>> inSchema = new TreeMap<>();
        inSchema.put("scenario", fieldNames(SCHEMA_NODE));
        JsonNode defs = SCHEMA_NODE.path("$defs");
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> def = it.next();
            // An object definition is closed: every field it may have is listed.
            if (def.getValue().path("additionalProperties").isBoolean()) {
                assertFalse(def.getValue().path("additionalProperties").booleanValue(), def.getKey());
                inSchema.put(def.getKey(), fieldNames(def.getValue()));
            }
        }
        Map<String, Set<String>> inReader = new TreeMap<>();
        ScenarioJson.OBJECTS.forEach((name, fields) -> inReader.put(name, new TreeSet<>(fields)));
        assertEquals(inReader, inSchema);
        assertTrue(SCHEMA_NODE.path("additionalProperties").isBoolean()
                && !SCHEMA_NODE.path("additionalProperties").booleanValue(), "the top level is closed");
    }

    @Test
    void schemaEnumsHaveExactlyTheValuesTheReaderAccepts() {
        JsonNode defs = SCHEMA_NODE.path("$defs");
        for (Map.Entry<String, List<String>> e : ScenarioJson.ENUMS.entrySet()) {
            List<String> values = new ArrayList<>();
            defs.path(e.getKey()).path("enum").forEach(v -> values.add(v.asText()));
            assertEquals(e.getValue(), values, e.getKey());
        }
        Set<String> branchModels = new TreeSet<>();
        defs.path("travel").path("allOf").forEach(branch -> {
            String model = branch.path("if").path("properties").path("model").path("const").asText();
            String ref = branch.path("then").path("$ref").asText();
            JsonNode def = defs.path(ref.substring(ref.lastIndexOf('/') + 1));
            assertEquals(model, def.path("properties").path("model").path("const").asText(), ref);
            branchModels.add(model);
        });
        assertEquals(new TreeSet<>(ScenarioJson.MODELS), branchModels, "one travel branch per model");
    }

    @Test
    void everyFieldListOfTheReaderIsInTheTable() throws IllegalAccessException {
        List<List<String>> table = new ArrayList<>(ScenarioJson.OBJECTS.values());
        table.addAll(ScenarioJson.ENUMS.values());
        for (Field field : ScenarioJson.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == List.class) {
                field.setAccessible(true);
                List<?> names = (List<?>) field.get(null);
                assertTrue(table.stream().anyMatch(t -> t.containsAll(names)),
                        "ScenarioJson." + field.getName() + " " + names + " is in no object or enum of the table");
            }
        }
    }

    /** The schema table covers the format: at least 60 object fields, and every object and enum has entries. */
    @Test
    void countsTheFieldsCovered() {
        int fields = ScenarioJson.OBJECTS.values().stream().mapToInt(List::size).sum();
        assertTrue(fields >= 60, fields + " fields");
        ScenarioJson.OBJECTS.forEach((object, names) -> assertFalse(names.isEmpty(), object + " has no field"));
        ScenarioJson.ENUMS.forEach((type, values) -> assertFalse(values.isEmpty(), type + " has no value"));
    }

    // ---- malformed files fail the schema where the reader reports them -----------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "01-not-an-object", "04-top-level-typo", "05-client-field-typo", "06-unknown-field-no-hint",
        "10-missing-required-fields", "11-wrong-types", "14-planar-location-in-geographic",
        "17-bad-time-format", "18-hourly-profile-bad", "27-travel-model-typo", "28-travel-model-missing",
        "29-road-file-and-inline", "30-road-bad-graph", "32-enum-typos"})
    void structurallyMalformedFilesFailTheSchemaWhereTheReaderReportsThem(String name)
            throws IOException, URISyntaxException {
        Path dir = MalformedScenarioTest.corpus();
        JsonNode tree = OutpostJson.mapper().readTree(Files.readString(dir.resolve(name + ".json")));
        List<String> expectedPaths = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(name + ".expected"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expectedPaths.add(line.substring(0, line.indexOf('|')).trim());
            }
        }
        List<Error> errors = SCHEMA.validate(tree);
        assertFalse(errors.isEmpty(), name + " passes the schema");
        // Every schema error is on the way to a problem the reader reports, and every such problem
        // has a schema error on its way.
        for (Error error : errors) {
            String at = jsonPath(error.getInstanceLocation());
            assertTrue(expectedPaths.stream().anyMatch(p -> onPath(at, p)),
                    name + ": schema error off the reader's paths " + expectedPaths + ": " + at + " " + error);
        }
        for (String expected : expectedPaths) {
            assertTrue(errors.stream().anyMatch(e -> onPath(jsonPath(e.getInstanceLocation()), expected)),
                    name + ": no schema error on the way to " + expected + ": " + messages(errors));
        }
    }

    // ---- $schema: accepted and ignored by the reader -----------------------------------------

    @Test
    void readerAcceptsAndIgnoresASchemaKeyAndTheWriterOmitsIt() throws IOException {
        String text = ScenarioIoTest.resource("/scenarios/small-town.json");
        ObjectNode tree = (ObjectNode) OutpostJson.mapper().readTree(text);
        ObjectNode withSchema = OutpostJson.mapper().createObjectNode();
        withSchema.put("$schema", "../../main/resources/dev/outpost/io/scenario.schema.json");
        withSchema.setAll(tree);
        assertEquals(List.of(), messages(SCHEMA.validate(withSchema)));
        Scenario read = ScenarioIo.read(withSchema.toString(), "with $schema");
        assertEquals(ScenarioIo.read(text, "without"), read);
        assertEquals(text, ScenarioIo.write(read), "the canonical text, without $schema");

        withSchema.put("$schema", 7);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ScenarioIo.read(withSchema.toString(), "bad $schema"));
        assertTrue(e.getMessage().contains("$.$schema") && e.getMessage().contains("must be a string"),
                e.getMessage());
        assertFalse(SCHEMA.validate(withSchema).isEmpty(), "the schema also wants a string");
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static Set<String> fieldNames(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** {@code at} is {@code path} or one of its ancestors (so the error is on the way to it). */
    private static boolean onPath(String at, String path) {
        return path.equals(at) || path.startsWith(at + ".") || path.startsWith(at + "[");
    }

    private static String jsonPath(NodePath location) {
        StringBuilder path = new StringBuilder("$");
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path.append(element instanceof Integer index ? "[" + index + "]" : "." + element);
        }
        return path.toString();
    }

    private static List<String> messages(List<Error> errors) {
        return new ArrayList<>(new LinkedHashSet<>(errors.stream()
                .map(e -> jsonPath(e.getInstanceLocation()) + ": " + e.getMessage()).toList()));
    }
}
