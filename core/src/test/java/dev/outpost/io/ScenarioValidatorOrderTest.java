package dev.outpost.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order in which a scenario's problems are listed, which users see line by line: first the
 * value, shape and reference problems of the whole scenario (ids, horizon, hub, budget, courier
 * types, sites, clients, travel), then the values beyond their limits in the same record order,
 * then the road profiles, the congestion and the inline road classes. The per-record validators
 * walk each record once; this pins that they list what they find in that order.
 */
class ScenarioValidatorOrderTest {

    @Test
    void problemsAreListedSectionBySectionInRecordOrder() throws Exception {
        ObjectNode tree = (ObjectNode) OutpostJson.mapper().readTree(
                Files.readString(MalformedScenarioTest.corpus().resolve("39-road-profiles-and-congestion.json")));
        ((ObjectNode) tree.get("horizon")).put("days", 5000);
        ObjectNode van = (ObjectNode) tree.get("courierTypes").get(0);
        van.put("speedKmh", 0.5);
        van.put("count", 200_000);
        van.put("capacity", -5);
        ((ObjectNode) tree.get("sites").get(0)).put("openingCost", -3);
        ObjectNode client = (ObjectNode) tree.get("clients").get(0);
        client.put("pickupsPerDay", -1);
        client.put("priority", 2_000_000);
        ((ObjectNode) tree.get("travel").get("edges").get(0)).put("speedKmh", 2000);

        List<String> paths = assertThrowsProblems(tree).stream().map(Problem::path).toList();

        assertEquals(List.of(
                // values, shapes and references
                "$.courierTypes[0].capacity",
                "$.sites[0].openingCost",
                "$.clients[0].pickupsPerDay",
                // limits
                "$.horizon.days",
                "$.courierTypes[0].speedKmh",
                "$.courierTypes[0].count",
                "$.clients[0].priority",
                "$.travel.edges[0].speedKmh",
                // road profiles
                "$.courierTypes[0].roadProfile.maxSpeedKmh",
                "$.courierTypes[0].roadProfile.speedFactors.ring",
                "$.courierTypes[0].roadProfile.speedFactors.tunnel",
                "$.courierTypes[0].roadProfile.barredClasses[1]",
                // congestion
                "$.travel.congestion.factors.ring[2]",
                "$.travel.congestion.factors.bridge",
                "$.travel.congestion.factors.lane",
                // inline road classes
                "$.travel.edges[2].roadClass"), paths);
    }

    private static List<Problem> assertThrowsProblems(ObjectNode tree) {
        try {
            ScenarioIo.fromTree(tree, "order");
        } catch (ScenarioException e) {
            return e.problems();
        }
        throw new AssertionError("the damaged scenario was accepted");
    }
}
