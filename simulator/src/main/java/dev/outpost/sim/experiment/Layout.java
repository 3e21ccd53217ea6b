package dev.outpost.sim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.Problem;
import dev.outpost.model.Scenario;
import dev.outpost.model.ScenarioException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where couriers are stationed: open outposts with a courier count each, or none (everyone starts
 * at the hub, today's practice). Couriers are given homes in fleet order: the first outpost's count
 * of couriers, then the next outpost's, and so on; couriers left over start at the hub; when the
 * layout asks for more couriers than the fleet has, the last outposts get fewer.
 *
 * @param name     a label for reports ({@code hub} or the file name)
 * @param outposts the open outposts, in the order given
 */
public record Layout(String name, List<Post> outposts) {

    /**
     * One open outpost.
     *
     * @param siteId   a site id of the scenario
     * @param couriers couriers stationed there, at least 0
     */
    public record Post(String siteId, int couriers) {
    }

    /** Copies the list. */
    public Layout {
        outposts = List.copyOf(outposts);
    }

    /** Everyone at the hub. */
    public static Layout hub() {
        return new Layout("hub", List.of());
    }

    /**
     * Reads the outposts of a {@code station.json} written by {@code outpost station --out}:
     * {@code {"outposts": [{"siteId": "...", "couriers": n}, ...]}} (other fields are ignored).
     *
     * @param json   the file's text
     * @param source the file name, for messages and the layout's name
     * @throws ScenarioException listing every problem with its JSON path
     */
    public static Layout read(String json, String source, Scenario scenario) {
        JsonNode root;
        try {
            root = OutpostJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new ScenarioException(source, List.of(new Problem("$", "The layout is not JSON: "
                    + e.getMessage().lines().findFirst().orElse("") + " Pass the station.json that outpost station --out writes.")));
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("outposts");
        if (list == null || !list.isArray()) {
            throw new ScenarioException(source, List.of(new Problem("$.outposts", "The outposts must be an array"
                    + " [{\"siteId\": ..., \"couriers\": n}, ...] as outpost station --out writes.")));
        }
        Set<String> sites = new HashSet<>();
        scenario.sites().forEach(s -> sites.add(s.id()));
        Set<String> seen = new HashSet<>();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.outposts[" + i + "]";
            JsonNode id = list.get(i).get("siteId");
            JsonNode couriers = list.get(i).get("couriers");
            if (id == null || !id.isTextual() || !sites.contains(id.textValue())) {
                problems.add(new Problem(path + ".siteId", "The siteId (" + id + ") must be a site id of the scenario."));
                continue;
            }
            if (!seen.add(id.textValue())) {
                problems.add(new Problem(path + ".siteId", "The siteId (" + id.textValue() + ") is listed twice."));
            }
            if (couriers == null || !couriers.canConvertToInt() || !couriers.isIntegralNumber() || couriers.intValue() < 0) {
                problems.add(new Problem(path + ".couriers", "The couriers (" + couriers + ") must be a whole number at least 0."));
                continue;
            }
            posts.add(new Post(id.textValue(), couriers.intValue()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return new Layout(source, posts);
    }
}
