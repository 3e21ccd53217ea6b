package dev.outpost.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.Client;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import java.util.List;
import java.util.Locale;

/**
 * A stationing plan as {@code station.json} and {@code station.geojson}.
 *
 * <p>{@code station.json}: {@code format} ("outpost-station/1"), {@code scenario}, {@code objective}
 * (name, value, unit), {@code feasible}, {@code check} (the checker's verdict: feasible, value,
 * violations), {@code couriers}, {@code outposts} (site id, location, couriers, the ids of the
 * clients served, offered load in erlangs, expected wait in seconds or -1 when unstable) and
 * {@code unservedClients}. Read back by {@link StationingPlanReader}.
 *
 * <p>{@code station.geojson}: a FeatureCollection; each outpost a Point with properties
 * {@code kind: "outpost"}, {@code siteId}, {@code couriers}, {@code clients}; each client a Point with
 * {@code kind: "client"}, {@code clientId}, {@code outpostId} (null when unserved).
 */
public final class StationingReport {

    /** The {@code format} value of station.json. */
    public static final String FORMAT = "outpost-station/1";

    private StationingReport() {
    }

    /**
     * The checker's verdict to record.
     *
     * @param feasible   whether the checker found the plan feasible
     * @param value      the checker's objective value
     * @param violations the checker's sentences
     */
    public record Verdict(boolean feasible, long value, List<String> violations) {
        /**
         * Copies the list.
         *
         * @param feasible   whether the checker found the plan feasible
         * @param value      the checker's objective value
         * @param violations the checker's sentences
         */
        public Verdict {
            violations = List.copyOf(violations);
        }
    }

    /**
     * The unit of the objective's value on {@code problem} (one definition: {@link StationingProblem#objectiveUnit()}).
     *
     * @param problem the stationing problem
     * @return the unit's name
     */
    public static String unit(StationingProblem problem) {
        return problem.objectiveUnit();
    }

    /**
     * The objective's name as the command line spells it ({@code expected-response}).
     *
     * @param objective the objective
     * @return its lower-case, hyphenated name
     */
    public static String name(StationingObjective objective) {
        return objective.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The text of {@code station.json}.
     *
     * @param scenario the scenario the plan is for
     * @param problem  the stationing problem solved
     * @param plan     the stationing plan to record
     * @param verdict  the checker's verdict on the plan
     * @return the canonical JSON text
     */
    public static String json(Scenario scenario, StationingProblem problem, StationingPlan plan, Verdict verdict) {
        return json(scenario, problem, plan, verdict, null);
    }

    /**
     * The travel a plan was built on, written as {@code travel} into {@code station.json}.
     *
     * @param courierType   the courier type whose profile the table used
     * @param hour          {@code HH:MM}, or {@code free-flow}
     * @param basis         {@code peak}, {@code hour} or {@code free-flow}
     * @param timeDependent whether the scenario's travel depends on the time of day
     */
    public record Travel(String courierType, String hour, String basis, boolean timeDependent) {

        /**
         * The record of the travel a stationing plan was built on.
         *
         * @param travel the courier type and time of day the stationing table came from
         * @return the same, as written into {@code station.json}
         */
        public static Travel of(dev.outpost.stationing.StationingTravel travel) {
            return new Travel(travel.courierTypeId(), travel.hour(),
                    travel.basis().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), travel.timeDependent());
        }
    }

    /**
     * As {@link #json(Scenario, StationingProblem, StationingPlan, Verdict)}, with the travel the
     * plan was built on ({@code travel}: courier type, hour, basis); {@code travel} may be null.
     *
     * @param scenario the scenario the plan is for
     * @param problem  the problem that was solved
     * @param plan     the plan
     * @param verdict  the independent check's verdict
     * @param travel   the travel the table came from, or null to leave it out
     * @return the JSON text
     */
    public static String json(Scenario scenario, StationingProblem problem, StationingPlan plan, Verdict verdict,
            Travel travel) {
        ObjectNode root = ReportJson.object();
        root.put("format", FORMAT);
        root.put("scenario", scenario.name());
        ObjectNode objective = root.putObject("objective");
        objective.put("name", name(plan.objective()));
        objective.put("value", plan.objectiveValue());
        objective.put("unit", unit(problem));
        if (travel != null) {
            ObjectNode node = root.putObject("travel");
            node.put("courierType", travel.courierType());
            node.put("hour", travel.hour());
            node.put("basis", travel.basis());
            node.put("timeDependent", travel.timeDependent());
        }
        root.put("feasible", plan.feasible());
        ObjectNode check = root.putObject("check");
        check.put("feasible", verdict.feasible());
        check.put("value", verdict.value());
        ArrayNode violations = check.putArray("violations");
        verdict.violations().forEach(violations::add);
        root.put("couriers", plan.courierCount());
        ArrayNode outposts = root.putArray("outposts");
        for (StationingPlan.Outpost o : plan.outposts()) {
            Site site = scenario.sites().get(o.siteIndex());
            ObjectNode node = outposts.addObject();
            node.put("siteId", o.siteId());
            node.set("location", ReportJson.location(site.location(), scenario.coordinates()));
            node.put("couriers", o.couriers());
            node.put("offeredLoadErlangs", ReportJson.round(o.offeredLoadErlangs(), 4));
            node.put("expectedWaitSeconds", o.expectedWaitSeconds());
            ArrayNode clients = node.putArray("clients");
            o.clientIndices().forEach(c -> clients.add(scenario.clients().get(c).id()));
        }
        ArrayNode unserved = root.putArray("unservedClients");
        plan.clients().stream().filter(a -> a.siteIndex() < 0).forEach(a -> unserved.add(a.clientId()));
        return OutpostJson.canonical(root);
    }

    /**
     * The text of {@code station.geojson}.
     *
     * @param scenario the scenario the plan is for
     * @param plan     the stationing plan to draw
     * @return the GeoJSON text
     */
    public static String geoJson(Scenario scenario, StationingPlan plan) {
        ObjectNode collection = ReportJson.featureCollection();
        ArrayNode features = (ArrayNode) collection.get("features");
        for (StationingPlan.Outpost o : plan.outposts()) {
            ObjectNode feature = ReportJson.feature(ReportJson.point(scenario.sites().get(o.siteIndex()).location()));
            ObjectNode properties = (ObjectNode) feature.get("properties");
            properties.put("kind", "outpost");
            properties.put("siteId", o.siteId());
            properties.put("couriers", o.couriers());
            properties.put("clients", o.clientIndices().size());
            features.add(feature);
        }
        for (StationingPlan.ClientAssignment a : plan.clients()) {
            Client client = scenario.clients().get(a.clientIndex());
            ObjectNode feature = ReportJson.feature(ReportJson.point(client.location()));
            ObjectNode properties = (ObjectNode) feature.get("properties");
            properties.put("kind", "client");
            properties.put("clientId", client.id());
            if (a.siteId() == null) {
                properties.putNull("outpostId");
            } else {
                properties.put("outpostId", a.siteId());
            }
            features.add(feature);
        }
        return OutpostJson.canonical(collection);
    }
}
