package dev.outpost.dispatch.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.dispatch.Decision;
import dev.outpost.dispatch.DispatchEvent;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Dispatcher;
import dev.outpost.dispatch.DispatcherOptions;
import dev.outpost.dispatch.Fleet;
import dev.outpost.model.Client;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.ScenarioPoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Wire events applied to deterministic {@link Dispatcher}s on a scenario's fleet, one dispatcher
 * per day (each day starts from the fleet as given; the event's {@code day} picks the dispatcher,
 * its time of day is the dispatcher's second), each event answered as one JSON object: the line
 * of {@code decisions.jsonl} ({@code docs/event-log.md}). The same events give the same answers,
 * byte for byte. Not thread-safe; used by {@code outpost replay} and meant for a service that
 * speaks the wire format.
 *
 * <p>Requests by {@code client} take the client's point, service, size, priority, skills and
 * response target unless the line gives them; by {@code location} the dispatcher places them on
 * its table (needs a fleet with a travel model). A request's window runs from its time to its
 * {@code windowEnd}, or to the client's window end (the hub cut-off for a location or a client
 * whose window has ended).
 */
public final class WireSession {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Default steps and seed of a day's dispatcher (a {@code reoptimise} line gives its own). */
    static final long DEFAULT_STEPS = 300;

    private final Scenario scenario;
    private final Fleet fleet;
    private final ScenarioPoints points;
    private final Map<String, Integer> clients = new HashMap<>();
    private final Map<String, CourierType> types = new HashMap<>();
    private final Map<String, PickupState> pickups = new LinkedHashMap<>();
    private final Map<String, WireLocation> pickupLocations = new HashMap<>();
    private final List<DayPlan> plans = new ArrayList<>();
    private Dispatcher dispatcher;
    private int day;

    /**
     * The final state of one pickup over the session.
     *
     * @param pickup the pickup id
     * @param day    the day it was requested
     * @param status assigned, unserved, expired, refused, served or cancelled
     * @param reason the reason (unserved, refused), or null
     */
    public record PickupState(String pickup, int day, String status, String reason) {
    }

    /**
     * A day's final plan.
     *
     * @param day  the day
     * @param plan the dispatcher's plan at the end of that day's events
     */
    public record DayPlan(int day, DispatchPlan plan) {
    }

    /**
     * One event's answer.
     *
     * @param json      the answer line (without line break)
     * @param status    the line's status: assigned, unserved, expired, refused or ok
     * @param reason    the reason of a refused or unserved line, or null
     * @param decisions the dispatcher's decisions for the event (empty when refused before it)
     */
    public record Answer(String json, String status, String reason, List<Decision> decisions) {
    }

    /**
     * A session on this scenario's fleet.
     *
     * @param scenario the scenario (its clients and courier types)
     * @param fleet    the fleet over {@code ScenarioPoints.of(scenario)}, with a travel model for locations
     */
    public WireSession(Scenario scenario, Fleet fleet) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.points = ScenarioPoints.of(scenario);
        for (int c = 0; c < scenario.clients().size(); c++) {
            clients.put(scenario.clients().get(c).id(), c);
        }
        for (CourierType t : scenario.courierTypes()) {
            types.put(t.id(), t);
        }
    }

    /**
     * Applies one event and answers it. Never throws for a bad event: it is answered {@code refused}.
     *
     * @param line  the event's line number (echoed in the answer)
     * @param event the event
     * @return the answer
     */
    public Answer apply(int line, WireEvent event) {
        ObjectNode o = NODES.objectNode();
        o.put("line", line);
        o.put("type", event.type());
        if (event.time().day() < day) {
            return refused(o, "OUT_OF_ORDER", "day " + event.time().day() + " comes after day " + day
                    + "; each day's events come together, days in order");
        }
        if (event.time().day() > day) {
            startDay(event.time().day());
        }
        int second = event.time().second();
        try {
            if (event instanceof WireEvent.Reoptimise r) {
                boolean adopted = dispatcher.reoptimise(r.steps(), r.seed()).isPresent();
                o.put("status", "ok");
                o.put("adopted", adopted);
                return answer(o, "ok", null, List.of());
            }
            if (event instanceof WireEvent.Plan p) {
                Map<String, List<String>> routes = new LinkedHashMap<>();
                p.routes().forEach(r -> routes.put(r.courier(), r.stops()));
                boolean adopted = dispatcher.adopt(routes).isPresent();
                o.put("status", "ok");
                o.put("adopted", adopted);
                return answer(o, "ok", null, List.of());
            }
            DispatchEvent e = toDispatch(event, second);
            List<Decision> decisions = submit(e);
            return answer(o, event, decisions);
        } catch (IllegalArgumentException | IllegalStateException ex) {
            if (event instanceof WireEvent.Request r) {
                o.put("pickup", r.pickup());
                pickups.putIfAbsent(r.pickup(), new PickupState(r.pickup(), day, "refused", "INVALID"));
            }
            return refused(o, "INVALID", String.valueOf(ex.getMessage()));
        }
    }

    /**
     * Ends the session: the last day's dispatcher is closed and its plan kept.
     *
     * @return every day's final plan, in day order
     */
    public List<DayPlan> finish() {
        endDay();
        return List.copyOf(plans);
    }

    /**
     * The current day's plan now (checked), or null before the first event and after {@link #finish()}.
     *
     * @return the current day's plan, or null
     */
    public DispatchPlan currentPlan() {
        if (dispatcher == null) {
            return null;
        }
        try {
            return dispatcher.currentPlan();
        } catch (Exception e) {
            // Deterministic: no thread to wait for; an interruption is passed on.
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("The plan of day " + day + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Every pickup requested, its final state, in request order.
     *
     * @return every pickup's final state
     */
    public List<PickupState> pickups() {
        return List.copyOf(pickups.values());
    }

    /**
     * Where a pickup is (its client's location or the request's), or null when unknown.
     *
     * @param pickup the pickup id
     * @return its location, or null
     */
    public WireLocation locationOf(String pickup) {
        return pickupLocations.get(pickup);
    }

    /**
     * The fleet every day starts from.
     *
     * @return the fleet
     */
    public Fleet fleet() {
        return fleet;
    }

    /**
     * The current day's dispatcher (day 1's, started now, before any event), for a service that
     * answers reads between events: its plan, a courier's status, a pickup's status, its health.
     * Events go through {@link #apply(int, WireEvent)}, not to this dispatcher directly.
     *
     * @return the current day's dispatcher
     */
    public Dispatcher dispatcher() {
        if (dispatcher == null) {
            startDay(Math.max(1, day));
        }
        return dispatcher;
    }

    /**
     * The current day (1 before any event).
     *
     * @return the current day
     */
    public int day() {
        return Math.max(1, day);
    }

    private void startDay(int next) {
        endDay();
        day = next;
        // The later stops' delay in each answer's cost, as the simulator's dispatcher (its logs replay line by line).
        dispatcher = Dispatcher.create(fleet, DispatcherOptions.deterministic(DEFAULT_STEPS, day).withLaterStops(true));
    }

    private void endDay() {
        if (dispatcher != null) {
            DispatchPlan last;
            try {
                last = dispatcher.shutdown();
            } catch (Exception e) {
                // Deterministic: shutdown waits for no thread; an interruption is passed on.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("The dispatcher of day " + day + " did not shut down: " + e.getMessage(), e);
            }
            plans.add(new DayPlan(day, last));
            dispatcher = null;
        }
    }

    private List<Decision> submit(DispatchEvent e) {
        try {
            return dispatcher.submit(e).get();
        } catch (ExecutionException | CompletionException ex) {
            Throwable cause = ex.getCause() == null ? ex : ex.getCause();
            if (cause instanceof RuntimeException r) {
                throw new IllegalArgumentException(r.getMessage(), r);
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private DispatchEvent toDispatch(WireEvent event, int second) {
        if (event instanceof WireEvent.Request r) {
            return request(r, second);
        }
        if (event instanceof WireEvent.Cancel c) {
            return new DispatchEvent.PickupCancelled(c.pickup(), second);
        }
        if (event instanceof WireEvent.Position p) {
            return new DispatchEvent.CourierMoved(p.courier(), p.location().toLocation(), second, p.drivingTo());
        }
        if (event instanceof WireEvent.Arrived a) {
            return new DispatchEvent.ArrivedAtStop(a.courier(), a.pickup(), second);
        }
        if (event instanceof WireEvent.Done d) {
            return new DispatchEvent.PickupDone(d.courier(), d.pickup(), second);
        }
        if (event instanceof WireEvent.Unload u) {
            return new DispatchEvent.CourierUnloaded(u.courier(), second);
        }
        if (event instanceof WireEvent.OffDuty u) {
            return new DispatchEvent.CourierOffDuty(u.courier(), second);
        }
        if (event instanceof WireEvent.OnDuty u) {
            return onDuty(u, second);
        }
        if (event instanceof WireEvent.Break b) {
            return new DispatchEvent.CourierBreak(b.courier(), b.minutes(), second);
        }
        if (event instanceof WireEvent.Assign a) {
            return new DispatchEvent.PickupAssigned(a.pickup(), a.courier(), false, second);
        }
        if (event instanceof WireEvent.Clock) {
            return new DispatchEvent.ClockAdvanced(second);
        }
        throw new IllegalStateException("The event type " + event.type() + " has no dispatcher event.");
    }

    private DispatchEvent request(WireEvent.Request r, int second) {
        Client client = null;
        if (r.client() != null) {
            Integer c = clients.get(r.client());
            if (c == null) {
                throw new IllegalArgumentException("The client (" + r.client() + ") is not in the scenario");
            }
            client = scenario.clients().get(c);
        }
        int service = r.serviceMinutes() != null ? (int) Math.round(r.serviceMinutes() * 60)
                : client == null ? 0 : client.serviceSeconds();
        int target = r.targetMinutes() != null ? (int) Math.round(r.targetMinutes() * 60)
                : client == null ? 0 : client.responseTargetSeconds();
        int end = r.windowEnd() != null ? r.windowEnd()
                : client != null && client.window().endSeconds() > second ? client.window().endSeconds()
                : Math.max(second, fleet.cutoffSecond());
        Pickup pickup = Pickup.builder(r.pickup())
                .point(client == null ? 0 : points.clientIndex(clients.get(r.client())))
                .window(second, end).serviceSeconds(service)
                .size(r.size() != null ? r.size() : client == null ? 1 : client.pickupSize())
                .priority(client == null ? 1 : client.priority())
                .requiredSkills(!r.skills().isEmpty() || client == null ? r.skills() : client.requiredSkills())
                .releaseSecond(second).build();
        pickupLocations.putIfAbsent(r.pickup(), r.location() != null ? r.location()
                : WireLocation.of(client.location(), scenario.coordinates() == dev.outpost.model.CoordinateSystem.PLANAR));
        Location at = r.location() == null ? null : r.location().toLocation();
        return new DispatchEvent.PickupRequested(pickup, at, target);
    }

    private DispatchEvent onDuty(WireEvent.OnDuty u, int second) {
        boolean known = fleet.couriers().stream().anyMatch(c -> c.id().equals(u.courier()));
        Location at = u.location() == null ? null : u.location().toLocation();
        if (known || u.courierType() == null) {
            return new DispatchEvent.CourierOnDuty(u.courier(), at, second);
        }
        CourierType type = types.get(u.courierType());
        if (type == null) {
            throw new IllegalArgumentException("The courier type (" + u.courierType() + ") is not in the scenario; use one of "
                    + scenario.courierTypes().stream().map(CourierType::id).toList());
        }
        Courier courier = Courier.builder(u.courier()).startPoint(fleet.hubPoint()).available(second)
                .shiftEnd(Math.max(second, type.shift().endSeconds())).capacity(type.capacity()).skills(type.skills())
                .endAtHub(true).profile(type.id()).build();
        return new DispatchEvent.CourierAdded(courier, at, second);
    }

    // ---- answers ------------------------------------------------------------------------------

    private Answer answer(ObjectNode o, WireEvent event, List<Decision> decisions) {
        String own = event instanceof WireEvent.Request r ? r.pickup() : null;
        String selfPickup = event instanceof WireEvent.Cancel c ? c.pickup()
                : event instanceof WireEvent.Done d ? d.pickup() : event instanceof WireEvent.Arrived a ? a.pickup() : null;
        Decision primary = null;
        Decision.Refused refusal = null;
        List<Decision> consequences = new ArrayList<>();
        for (Decision d : decisions) {
            record(d, day);
            if (d instanceof Decision.Refused f && refusal == null) {
                refusal = f;
            } else if (own != null && primary == null && own.equals(pickupOf(d))) {
                primary = d;
            } else if (selfPickup != null && selfPickup.equals(pickupOf(d))
                    && (d instanceof Decision.Served || d instanceof Decision.Cancelled || d instanceof Decision.Assigned)) {
                // the event's own effect: the line is "ok"
            } else {
                consequences.add(d);
            }
        }
        String status;
        String reason = null;
        if (refusal != null) {
            status = "refused";
            reason = refusal.reason().name() + ": " + refusal.message();
            o.put("status", status);
            if (own != null) {
                o.put("pickup", own);
                pickups.putIfAbsent(own, new PickupState(own, day, "refused", refusal.reason().name()));
            }
            o.put("reason", reason);
        } else if (primary != null) {
            status = primary.outcome();
            o.put("status", status);
            describe(o, primary);
            reason = o.has("reason") ? o.get("reason").asText() : null;
        } else {
            status = "ok";
            o.put("status", status);
        }
        if (!consequences.isEmpty()) {
            ArrayNode list = o.putArray("consequences");
            for (Decision d : consequences) {
                ObjectNode c = list.addObject();
                c.put("status", d.outcome());
                describe(c, d);
            }
        }
        return new Answer(o.toString(), status, reason, decisions);
    }

    private void record(Decision d, int onDay) {
        String pickup = pickupOf(d);
        if (pickup == null) {
            return;
        }
        String reason = d instanceof Decision.Unserved u ? u.reason().name() : null;
        PickupState before = pickups.get(pickup);
        pickups.put(pickup, new PickupState(pickup, before == null ? onDay : before.day(), d.outcome(), reason));
    }

    private static String pickupOf(Decision d) {
        if (d instanceof Decision.Assigned a) {
            return a.pickupId();
        }
        if (d instanceof Decision.Unserved u) {
            return u.pickupId();
        }
        if (d instanceof Decision.Expired e) {
            return e.pickupId();
        }
        if (d instanceof Decision.Served s) {
            return s.pickupId();
        }
        if (d instanceof Decision.Cancelled c) {
            return c.pickupId();
        }
        return null;
    }

    /** The decision's fields in wire form (status set by the caller). */
    private static void describe(ObjectNode o, Decision d) {
        if (d instanceof Decision.Assigned a) {
            o.put("pickup", a.pickupId());
            o.put("courier", a.courierId());
            o.put("arrival", WireTime.formatClock(a.arrivalSecond()));
            o.put("start", WireTime.formatClock(a.startSecond()));
            o.put("extraCost", a.extraCost());
            if (a.lateSeconds() > 0) {
                o.put("lateSeconds", a.lateSeconds());
            }
            ArrayNode alternatives = o.putArray("alternatives");
            for (Decision.Alternative alt : a.alternatives()) {
                ObjectNode x = alternatives.addObject();
                x.put("courier", alt.courierId());
                x.put("arrival", WireTime.formatClock(alt.arrivalSecond()));
                x.put("extraCost", alt.extraCost());
            }
        } else if (d instanceof Decision.Unserved u) {
            o.put("pickup", u.pickupId());
            o.put("reason", u.reason().name());
        } else if (d instanceof Decision.Expired e) {
            o.put("pickup", e.pickupId());
            o.put("reason", "window ended " + WireTime.formatClock(e.windowEndSecond()) + ", clock "
                    + WireTime.formatClock(e.clockSecond()));
        } else if (d instanceof Decision.Served s) {
            o.put("pickup", s.pickupId());
            o.put("courier", s.courierId());
        } else if (d instanceof Decision.Cancelled c) {
            o.put("pickup", c.pickupId());
        } else if (d instanceof Decision.Refused f) {
            o.put("reason", f.reason().name() + ": " + f.message());
        }
    }

    private Answer refused(ObjectNode o, String code, String message) {
        String reason = code + ": " + message;
        com.fasterxml.jackson.databind.JsonNode pickup = o.remove("pickup");
        o.put("status", "refused");
        if (pickup != null) {
            o.set("pickup", pickup);
        }
        o.put("reason", reason);
        return new Answer(o.toString(), "refused", reason, List.of());
    }

    private static Answer answer(ObjectNode o, String status, String reason, List<Decision> decisions) {
        return new Answer(o.toString(), status, reason, decisions);
    }
}
