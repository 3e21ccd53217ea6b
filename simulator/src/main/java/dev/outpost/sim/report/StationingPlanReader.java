package dev.outpost.sim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Scenario;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@code station.json} written by {@link StationingReport} back into a
 * {@link StationingPlan} for a scenario: the outposts (site ids that must be sites of the
 * scenario, each once), their courier counts and the clients they serve. Every problem names its
 * JSON path ({@code $.outposts[2].siteId}). Figures not stored in the file (travel, loads) are
 * left at 0 or -1; the plan is meant to say where couriers start.
 */
public final class StationingPlanReader {

    private StationingPlanReader() {
    }

    /**
     * Reads {@code json} (the file's text) for {@code scenario}.
     *
     * @param json     the file's text
     * @param source   the file name, for messages
     * @param scenario the scenario the plan refers to
     * @return the plan read
     * @throws ScenarioException listing every problem with its JSON path
     */
    public static StationingPlan read(String json, String source, Scenario scenario) {
        JsonNode root;
        try {
            root = OutpostJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            String reason = e.getOriginalMessage();
            int newline = reason.indexOf('\n');
            throw new ScenarioException(source, List.of(new Problem("$", "The JSON is malformed" + where + ": "
                    + (newline < 0 ? reason : reason.substring(0, newline)))));
        }
        List<Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new ScenarioException(source, List.of(new Problem("$", "The plan must be a JSON object {...} as written"
                    + " by outpost station --out.")));
        }
        JsonNode format = root.get("format");
        if (format == null || !StationingReport.FORMAT.equals(format.asText(null))) {
            problems.add(new Problem("$.format", "The format (" + (format == null ? "missing" : format.toString())
                    + ") must be \"" + StationingReport.FORMAT + "\"; pass a station.json written by outpost station --out."));
        }
        StationingObjective objective = StationingObjective.EXPECTED_RESPONSE;
        JsonNode name = root.path("objective").path("name");
        if (name.isTextual()) {
            try {
                objective = StationingObjective.valueOf(name.asText().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("$.objective.name", "The objective (" + name.asText() + ") is unknown."));
            }
        }
        long value = root.path("objective").path("value").asLong(0);
        Map<String, Integer> siteIndex = new HashMap<>();
        for (int s = 0; s < scenario.sites().size(); s++) {
            siteIndex.put(scenario.sites().get(s).id(), s);
        }
        Map<String, Integer> clientIndex = new HashMap<>();
        for (int c = 0; c < scenario.clients().size(); c++) {
            clientIndex.put(scenario.clients().get(c).id(), c);
        }
        JsonNode outpostsNode = root.get("outposts");
        List<StationingPlan.Outpost> outposts = new ArrayList<>();
        String[] servedBy = new String[scenario.clients().size()];
        int[] servedByIndex = new int[scenario.clients().size()];
        java.util.Arrays.fill(servedByIndex, -1);
        if (outpostsNode == null || !outpostsNode.isArray()) {
            problems.add(new Problem("$.outposts", "The outposts must be an array [...]."));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < outpostsNode.size(); i++) {
                String path = "$.outposts[" + i + "]";
                JsonNode node = outpostsNode.get(i);
                JsonNode id = node.get("siteId");
                if (id == null || !id.isTextual()) {
                    problems.add(new Problem(path + ".siteId", "The siteId must be a string."));
                    continue;
                }
                Integer s = siteIndex.get(id.textValue());
                if (s == null) {
                    problems.add(new Problem(path + ".siteId", "The site (" + id.textValue()
                            + ") is not a site of the scenario (" + scenario.name() + "); use a plan made for this scenario."));
                    continue;
                }
                if (!seen.add(id.textValue())) {
                    problems.add(new Problem(path + ".siteId", "The site (" + id.textValue() + ") is listed twice."));
                    continue;
                }
                JsonNode couriers = node.get("couriers");
                if (couriers == null || !couriers.canConvertToExactIntegral() || !couriers.canConvertToInt()
                        || couriers.intValue() < 1 || couriers.intValue() > 10_000) {
                    problems.add(new Problem(path + ".couriers", "The couriers (" + couriers
                            + ") must be a whole number from 1 to 10000."));
                    continue;
                }
                List<Integer> served = new ArrayList<>();
                JsonNode clients = node.get("clients");
                if (clients != null && clients.isArray()) {
                    for (int k = 0; k < clients.size(); k++) {
                        Integer c = clients.get(k).isTextual() ? clientIndex.get(clients.get(k).textValue()) : null;
                        if (c == null) {
                            problems.add(new Problem(path + ".clients[" + k + "]", "The client (" + clients.get(k)
                                    + ") is not a client of the scenario."));
                        } else if (servedBy[c] != null) {
                            problems.add(new Problem(path + ".clients[" + k + "]", "The client (" + clients.get(k).textValue()
                                    + ") is already served by " + servedBy[c] + "."));
                        } else {
                            servedBy[c] = id.textValue();
                            servedByIndex[c] = s;
                            served.add(c);
                        }
                    }
                } else if (clients != null) {
                    problems.add(new Problem(path + ".clients", "The clients must be an array of client ids."));
                }
                served.sort(null);
                outposts.add(new StationingPlan.Outpost(s, id.textValue(), couriers.intValue(), served, 0.0, -1));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        outposts.sort((a, b) -> Integer.compare(a.siteIndex(), b.siteIndex()));
        List<StationingPlan.ClientAssignment> assignments = new ArrayList<>();
        for (int c = 0; c < servedBy.length; c++) {
            assignments.add(new StationingPlan.ClientAssignment(c, scenario.clients().get(c).id(), servedByIndex[c],
                    servedBy[c], -1, -1, false));
        }
        return new StationingPlan(objective, value, List.of(), outposts, assignments, List.of(), List.of());
    }
}
