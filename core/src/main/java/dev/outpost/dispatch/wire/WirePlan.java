package dev.outpost.dispatch.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedPickup;
import java.util.Locale;

/**
 * The JSON shape of a dispatcher's plan, one definition for {@code outpost replay}'s
 * {@code plan.json} and {@code outpost serve}'s {@code GET /v1/plan}: its origin, the checker's
 * verdict, each courier's route (its fixed stop, the stops with arrival, start and departure as
 * {@code "HH:MM:SS"}, the hub arrival) and the unserved pickups with their reasons.
 */
public final class WirePlan {

    private WirePlan() {
    }

    /**
     * Adds {@code origin}, {@code valid}, {@code routes} and {@code unserved} to {@code target}, in
     * that order (the caller puts its own fields, such as the version and day, before).
     *
     * @param target the JSON object to fill
     * @param plan   the plan
     */
    public static void put(ObjectNode target, DispatchPlan plan) {
        target.put("origin", plan.origin().name().toLowerCase(Locale.ROOT));
        target.put("valid", plan.check().valid());
        ArrayNode routes = target.putArray("routes");
        for (CourierRoutePlan r : plan.plan().routes()) {
            ObjectNode route = routes.addObject();
            route.put("courier", r.courierId());
            String fixed = plan.fixed().get(r.courierId());
            if (fixed != null) {
                route.put("fixed", fixed);
            }
            ArrayNode stops = route.putArray("stops");
            for (Stop s : r.stops()) {
                ObjectNode stop = stops.addObject();
                stop.put("pickup", s.pickupId());
                stop.put("arrival", WireTime.formatClock(s.arrivalSecond()));
                stop.put("start", WireTime.formatClock(s.serviceStartSecond()));
                stop.put("departure", WireTime.formatClock(s.departureSecond()));
            }
            if (r.hubArrivalSecond() >= 0) {
                route.put("hubArrival", WireTime.formatClock(r.hubArrivalSecond()));
            }
        }
        ArrayNode unserved = target.putArray("unserved");
        for (UnassignedPickup u : plan.plan().unassigned()) {
            ObjectNode x = unserved.addObject();
            x.put("pickup", u.pickupId());
            x.put("reason", u.reason().name());
        }
    }
}
