package dev.outpost.sim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.Budget;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Problem;
import dev.outpost.model.ScenarioException;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
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
 *
 * <p>The plan is checked against the scenario wherever it is read: a plan written for another
 * scenario (its {@code scenario} name or an outpost's {@code location} differs), an outpost at an
 * unknown or closed site, or more couriers at a site than its {@code maxCouriers} are refused.
 * {@link #read} reads a plan used as a solution ({@code route --plan}, {@code simulate --layout},
 * {@code compare}) and also refuses a plan marked infeasible or over the scenario's budget (outposts,
 * couriers, opening cost); {@link #readCurrentPractice} accepts those and returns them as notes.
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
        return read(json, source, scenario, true).plan();
    }

    /**
     * A plan read as an operator's current practice, with what would keep it from being a solution.
     *
     * @param plan  the plan read
     * @param notes the budget and feasibility problems, each with its JSON path; empty when none
     */
    public record Reading(StationingPlan plan, List<Problem> notes) {
        /**
         * Copies the notes.
         *
         * @param plan  the plan read
         * @param notes the notes
         */
        public Reading {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Reads {@code json} as the current practice of an operator: like {@link #read}, but a plan
     * marked infeasible or over the scenario's budget is accepted, its problems returned as notes
     * to print.
     *
     * @param json     the file's text
     * @param source   the file name, for messages
     * @param scenario the scenario the plan refers to
     * @return the plan read and the notes
     * @throws ScenarioException listing every problem with its JSON path
     */
    public static Reading readCurrentPractice(String json, String source, Scenario scenario) {
        return read(json, source, scenario, false);
    }

    private static Reading read(String json, String source, Scenario scenario, boolean asSolution) {
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
        JsonNode scenarioName = root.get("scenario");
        if (scenarioName != null && !(scenarioName.isTextual() && scenarioName.textValue().equals(scenario.name()))) {
            problems.add(new Problem("$.scenario", "The plan was made for the scenario " + scenarioName
                    + ", not for this one (\"" + scenario.name() + "\"); use a plan made for this scenario."));
        }
        List<Problem> solutionProblems = new ArrayList<>();
        for (String field : new String[] {"feasible", "check.feasible"}) {
            JsonNode flag = field.equals("feasible") ? root.get("feasible") : root.path("check").get("feasible");
            if (flag != null && !(flag.isBoolean() && flag.booleanValue())) {
                StringBuilder why = new StringBuilder();
                JsonNode violations = root.path("check").path("violations");
                for (int v = 0; v < violations.size() && v < 3; v++) {
                    why.append(v == 0 ? ": " : "; ").append(violations.get(v).asText());
                }
                solutionProblems.add(new Problem("$." + field, "The plan is marked infeasible (" + field + ": " + flag
                        + ")" + why + "; a plan used as a solution must be feasible."));
                break;
            }
        }
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
                Site site = scenario.sites().get(s);
                if (site.status() == SiteStatus.CLOSED) {
                    problems.add(new Problem(path + ".siteId", "The site (" + id.textValue() + ") is closed in the scenario;"
                            + " no outpost can be opened there."));
                }
                locationProblem(node.get("location"), site, scenario.coordinates(), path + ".location", problems);
                JsonNode couriers = node.get("couriers");
                if (couriers == null || !couriers.canConvertToExactIntegral() || !couriers.canConvertToInt()
                        || couriers.intValue() < 1 || couriers.intValue() > 10_000) {
                    problems.add(new Problem(path + ".couriers", "The couriers (" + couriers
                            + ") must be a whole number from 1 to 10000."));
                    continue;
                }
                if (couriers.intValue() > site.maxCouriers()) {
                    problems.add(new Problem(path + ".couriers", "The couriers (" + couriers.intValue() + ") are more"
                            + " than the site " + id.textValue() + " holds (maxCouriers " + site.maxCouriers() + ")."));
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
        if (problems.isEmpty()) {
            solutionProblems.addAll(budgetProblems(outposts, scenario));
        }
        if (asSolution) {
            problems.addAll(solutionProblems);
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
        return new Reading(new StationingPlan(objective, value, List.of(), outposts, assignments, List.of(), List.of()),
                asSolution ? List.of() : solutionProblems);
    }

    /** The scenario budget's limits the outposts exceed (outposts, couriers, opening cost). */
    private static List<Problem> budgetProblems(List<StationingPlan.Outpost> outposts, Scenario scenario) {
        List<Problem> problems = new ArrayList<>();
        Budget budget = scenario.budget();
        long couriers = 0;
        long openingCost = 0;
        for (StationingPlan.Outpost o : outposts) {
            couriers += o.couriers();
            openingCost += scenario.sites().get(o.siteIndex()).openingCost();
        }
        if (budget.maxOutposts() != null && outposts.size() > budget.maxOutposts()) {
            problems.add(new Problem("$.outposts", "The plan opens " + outposts.size() + " outposts; the scenario's"
                    + " budget allows " + budget.maxOutposts() + " ($.budget.maxOutposts)."));
        }
        if (budget.maxCouriers() != null && couriers > budget.maxCouriers()) {
            problems.add(new Problem("$.outposts", "The plan stations " + couriers + " couriers; the scenario's budget"
                    + " allows " + budget.maxCouriers() + " ($.budget.maxCouriers)."));
        }
        if (budget.maxOpeningCost() != null && openingCost > budget.maxOpeningCost()) {
            problems.add(new Problem("$.outposts", "The plan's opening cost is " + openingCost + "; the scenario's"
                    + " budget allows " + budget.maxOpeningCost() + " ($.budget.maxOpeningCost)."));
        }
        return problems;
    }

    /** Refuses an outpost location that is not the scenario site's (a plan of another city with the same ids). */
    private static void locationProblem(JsonNode location, Site site, CoordinateSystem coordinates, String path,
            List<Problem> problems) {
        if (location == null) {
            return;
        }
        boolean geographic = coordinates == CoordinateSystem.GEOGRAPHIC;
        JsonNode a = location.get(geographic ? "lat" : "x");
        JsonNode b = location.get(geographic ? "lon" : "y");
        double siteA = geographic ? site.location().latitude() : site.location().x();
        double siteB = geographic ? site.location().longitude() : site.location().y();
        // Written from the same double, so equal when read back; a small tolerance for hand-edited files.
        double tolerance = geographic ? 1e-6 : 1e-3;
        if (a == null || b == null || !a.isNumber() || !b.isNumber() || Math.abs(a.doubleValue() - siteA) > tolerance
                || Math.abs(b.doubleValue() - siteB) > tolerance) {
            problems.add(new Problem(path, "The outpost's location (" + location + ") is not where the scenario's site "
                    + site.id() + " is (" + (geographic ? "lat " + siteA + ", lon " + siteB : "x " + siteA + ", y " + siteB)
                    + "); the plan was made for another scenario."));
        }
    }
}
