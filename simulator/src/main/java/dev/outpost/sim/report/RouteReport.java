package dev.outpost.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.routing.Courier;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedPickup;
import dev.outpost.travel.ScenarioPoints;
import java.util.List;
import java.util.Locale;

/**
 * A day's route plan as {@code routes.json} and {@code routes.geojson}. Times are {@code HH:MM:SS}
 * since 00:00.
 *
 * <p>{@code routes.json}: {@code format} ("outpost-routes/1"), {@code scenario}, {@code feasible},
 * {@code check} (the checker's verdict: valid, violations, inconsistencies), {@code pickups},
 * {@code assigned}, {@code travelSeconds}, {@code metres}, {@code routes} (per courier: id, start
 * point id, departure, stops with pickup id, client id, arrival, start, departure and load after,
 * travel seconds, metres, hub arrival or null) and {@code unassigned} (pickup id, client id, reason).
 *
 * <p>{@code routes.geojson}: a FeatureCollection; each courier with stops a LineString from its
 * start point through its stops to the hub (properties {@code kind: "route"}, {@code courierId},
 * {@code stops}, {@code hubArrival}), and each stop a Point ({@code kind: "stop"}, {@code courierId},
 * {@code sequence}, {@code pickupId}, {@code clientId}, {@code arrival}, {@code start},
 * {@code departure}).
 */
public final class RouteReport {

    /** The {@code format} value of routes.json. */
    public static final String FORMAT = "outpost-routes/1";

    private RouteReport() {
    }

    /**
     * The checker's verdict to record.
     *
     * @param valid           whether the checker accepts the plan
     * @param violations      hard violations, one sentence each
     * @param inconsistencies disagreements between the plan and the recomputation
     */
    public record Verdict(boolean valid, List<String> violations, List<String> inconsistencies) {
        /**
         * Copies the lists.
         *
         * @param valid           whether the checker accepts the plan
         * @param violations      hard violations, one sentence each
         * @param inconsistencies disagreements between the plan and the recomputation
         */
        public Verdict {
            violations = List.copyOf(violations);
            inconsistencies = List.copyOf(inconsistencies);
        }
    }

    /**
     * The text of {@code routes.json}.
     *
     * @param scenario the scenario the plan is for
     * @param problem  the routing problem solved
     * @param plan     the route plan to record
     * @param verdict  the checker's verdict on the plan
     * @return the canonical JSON text
     */
    public static String json(Scenario scenario, RoutingProblem problem, RoutePlan plan, Verdict verdict) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        ObjectNode root = ReportJson.object();
        root.put("format", FORMAT);
        root.put("scenario", scenario.name());
        root.put("feasible", plan.feasible());
        ObjectNode check = root.putObject("check");
        check.put("valid", verdict.valid());
        ArrayNode violations = check.putArray("violations");
        verdict.violations().forEach(violations::add);
        ArrayNode inconsistencies = check.putArray("inconsistencies");
        verdict.inconsistencies().forEach(inconsistencies::add);
        root.put("pickups", problem.pickups().size());
        root.put("assigned", problem.pickups().size() - plan.unassigned().size());
        root.put("travelSeconds", plan.routes().stream().mapToLong(CourierRoutePlan::travelSeconds).sum());
        root.put("metres", plan.routes().stream().mapToLong(CourierRoutePlan::metres).sum());
        ArrayNode routes = root.putArray("routes");
        for (CourierRoutePlan route : plan.routes()) {
            Courier courier = problem.couriers().get(route.courierIndex());
            ObjectNode node = routes.addObject();
            node.put("courierId", route.courierId());
            node.put("start", points.id(courier.startPoint()));
            node.put("available", ReportJson.time(courier.availableSecond()));
            ArrayNode stops = node.putArray("stops");
            for (Stop stop : route.stops()) {
                Pickup pickup = problem.pickups().get(stop.pickupIndex());
                ObjectNode s = stops.addObject();
                s.put("pickupId", stop.pickupId());
                s.put("clientId", points.id(pickup.point()));
                s.put("arrival", ReportJson.time(stop.arrivalSecond()));
                s.put("start", ReportJson.time(stop.serviceStartSecond()));
                s.put("departure", ReportJson.time(stop.departureSecond()));
                s.put("load", stop.loadAfter());
            }
            node.put("travelSeconds", route.travelSeconds());
            node.put("metres", route.metres());
            if (route.hubArrivalSecond() < 0) {
                node.putNull("hubArrival");
            } else {
                node.put("hubArrival", ReportJson.time(route.hubArrivalSecond()));
            }
        }
        ArrayNode unassigned = root.putArray("unassigned");
        for (UnassignedPickup u : plan.unassigned()) {
            ObjectNode node = unassigned.addObject();
            node.put("pickupId", u.pickupId());
            node.put("clientId", points.id(problem.pickups().get(u.pickupIndex()).point()));
            node.put("reason", u.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return OutpostJson.canonical(root);
    }

    /**
     * The text of {@code routes.geojson}.
     *
     * @param scenario the scenario the plan is for
     * @param problem  the routing problem solved
     * @param plan     the route plan to draw
     * @return the GeoJSON text
     */
    public static String geoJson(Scenario scenario, RoutingProblem problem, RoutePlan plan) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        ObjectNode collection = ReportJson.featureCollection();
        ArrayNode features = (ArrayNode) collection.get("features");
        for (CourierRoutePlan route : plan.routes()) {
            if (route.stops().isEmpty()) {
                continue;
            }
            Courier courier = problem.couriers().get(route.courierIndex());
            ObjectNode line = ReportJson.object();
            line.put("type", "LineString");
            ArrayNode coordinates = line.putArray("coordinates");
            coordinates.add(ReportJson.position(points.location(courier.startPoint())));
            for (Stop stop : route.stops()) {
                coordinates.add(ReportJson.position(points.location(problem.pickups().get(stop.pickupIndex()).point())));
            }
            Location hub = points.location(problem.hubPoint());
            coordinates.add(ReportJson.position(hub));
            ObjectNode feature = ReportJson.feature(line);
            ObjectNode properties = (ObjectNode) feature.get("properties");
            properties.put("kind", "route");
            properties.put("courierId", route.courierId());
            properties.put("stops", route.stops().size());
            if (route.hubArrivalSecond() < 0) {
                properties.putNull("hubArrival");
            } else {
                properties.put("hubArrival", ReportJson.time(route.hubArrivalSecond()));
            }
            features.add(feature);
            int sequence = 0;
            for (Stop stop : route.stops()) {
                Pickup pickup = problem.pickups().get(stop.pickupIndex());
                ObjectNode point = ReportJson.feature(ReportJson.point(points.location(pickup.point())));
                ObjectNode p = (ObjectNode) point.get("properties");
                p.put("kind", "stop");
                p.put("courierId", route.courierId());
                p.put("sequence", ++sequence);
                p.put("pickupId", stop.pickupId());
                p.put("clientId", points.id(pickup.point()));
                p.put("arrival", ReportJson.time(stop.arrivalSecond()));
                p.put("start", ReportJson.time(stop.serviceStartSecond()));
                p.put("departure", ReportJson.time(stop.departureSecond()));
                features.add(point);
            }
        }
        return OutpostJson.canonical(collection);
    }
}
