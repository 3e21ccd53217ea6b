package dev.outpost.io;

import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.model.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random damage to a valid scenario: reading must either succeed (and then round-trip
 * exactly) or fail with a {@link ScenarioException} naming at least one problem; no other exception
 * may escape, since it would reach the user as a stack trace.
 */
class ScenarioFuzzTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void randomDamageNeverEscapesAsAnotherException() throws IOException {
        JsonNode base = OutpostJson.mapper().readTree(ScenarioIoTest.resource("/scenarios/small-town.json"));
        Random random = new Random(20261127);
        int rejected = 0;
        int accepted = 0;
        for (int round = 0; round < 1000; round++) {
            JsonNode tree = base.deepCopy();
            int damage = 1 + random.nextInt(3);
            for (int d = 0; d < damage; d++) {
                damage(tree, random);
            }
            String text = tree.toString();
            try {
                Scenario s = ScenarioIo.read(text, "fuzz");
                String canonical = ScenarioIo.write(s);
                assertEquals(s, ScenarioIo.read(canonical, "again"), text);
                assertEquals(canonical, ScenarioIo.write(ScenarioIo.read(canonical, "again")), text);
                accepted++;
            } catch (ScenarioException e) {
                assertFalse(e.problems().isEmpty());
                for (Problem p : e.problems()) {
                    assertTrue(p.path().startsWith("$"), p.toString());
                    assertFalse(p.reason().isBlank(), p.toString());
                }
                rejected++;
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e + " on input " + text, e);
            }
        }
        assertTrue(rejected > 300 && accepted > 15, rejected + " rejected, " + accepted + " accepted");
    }

    private static void damage(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                object.set("extra", value(random));
                return;
            }
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name + (random.nextBoolean() ? "s" : ""), value(random));
                default -> object.set(name, value(random));
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty()) {
                array.add(value(random));
                return;
            }
            int i = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(i);
                case 1 -> array.add(array.get(i).deepCopy());
                default -> array.set(i, value(random));
            }
        }
    }

    private static JsonNode value(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("08:00");
            case 2 -> NODES.textNode("");
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.numberNode(Double.NaN);
            case 5 -> NODES.numberNode(1e300);
            case 6 -> NODES.numberNode(random.nextInt(100));
            case 7 -> NODES.numberNode(random.nextDouble() * 200 - 100);
            case 8 -> NODES.booleanNode(true);
            case 9 -> NODES.arrayNode().add(1).add("x");
            case 10 -> NODES.objectNode().put("start", "09:00").put("end", "08:00");
            default -> NODES.textNode("s-north");
        };
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (!node.isContainerNode()) {
            return;
        }
        into.add(node);
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                collect(fields.next().getValue(), into);
            }
        } else {
            for (JsonNode child : node) {
                collect(child, into);
            }
        }
    }
}
