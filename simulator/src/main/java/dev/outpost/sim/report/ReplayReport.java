package dev.outpost.sim.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.dispatch.DispatchPlan;
import dev.outpost.dispatch.Fleet;
import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireLocation;
import dev.outpost.dispatch.wire.WirePlan;
import dev.outpost.dispatch.wire.WireSession;
import dev.outpost.io.OutpostJson;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Stop;
import dev.outpost.routing.UnassignedPickup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of {@code outpost replay} besides {@code decisions.jsonl}: {@code summary.json}
 * (lines by status, refused lines by reason, every pickup once by its final status and reason,
 * each day's final plan with the independent checker's verdict, and {@code "valid"} for all),
 * {@code plan.json} and {@code plan.geojson} (each day's final routes), and {@code latency.json}
 * (answer latency per event type, wall clock: the one output that differs between runs).
 */
public final class ReplayReport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Scenario scenario;
    private final WireSession session;
    private final Map<String, Integer> linesByStatus = new TreeMap<>();
    private final Map<String, Integer> refusedByReason = new TreeMap<>();
    private final Map<String, long[]> nanos = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> refusedPickups = new TreeMap<>();
    private int lines;
    private Summary summary;

    /**
     * A report over the answers of {@code session}.
     *
     * @param scenario the scenario
     * @param session  the session the events go through
     */
    public ReplayReport(Scenario scenario, WireSession session) {
        this.scenario = scenario;
        this.session = session;
        for (String type : WireEvent.TYPES) {
            nanos.put(type, new long[16]);
            counts.put(type, 0);
        }
    }

    /**
     * Counts one answer.
     *
     * @param answer the session's answer to a line
     */
    public void count(WireSession.Answer answer) {
        lines++;
        linesByStatus.merge(answer.status(), 1, Integer::sum);
        if (answer.status().equals("refused")) {
            String reason = answer.reason() == null ? "?" : answer.reason();
            int colon = reason.indexOf(':');
            refusedByReason.merge(colon < 0 ? reason : reason.substring(0, colon), 1, Integer::sum);
        }
    }

    /**
     * Records the wall-clock time one answer took.
     *
     * @param type  the event type
     * @param nanos nanoseconds
     */
    public void latency(String type, long nanos) {
        int n = counts.merge(type, 1, Integer::sum);
        long[] all = this.nanos.computeIfAbsent(type, t -> new long[16]);
        if (n > all.length) {
            all = Arrays.copyOf(all, all.length * 2);
            this.nanos.put(type, all);
        }
        all[n - 1] = nanos;
    }

    /**
     * The replay's headline figures.
     *
     * @param days     days replayed
     * @param valid    whether every day's final plan passed the checker
     * @param lines    lines by status
     * @param pickups  pickups by final status
     * @param unserved pickups unserved at the end, by reason
     */
    public record Summary(int days, boolean valid, Map<String, Integer> lines, Map<String, Integer> pickups,
            Map<String, Integer> unserved) {
        /**
         * Lines by status as text.
         *
         * @return lines by status as text
         */
        public String linesText() {
            return text(lines);
        }

        /**
         * Pickups by status as text.
         *
         * @return pickups by status as text
         */
        public String pickupsText() {
            int total = pickups.values().stream().mapToInt(Integer::intValue).sum();
            return total + " (" + text(pickups) + (unserved.isEmpty() ? "" : "; unserved by reason " + text(unserved)) + ")";
        }

        private static String text(Map<String, Integer> counts) {
            List<String> parts = new ArrayList<>();
            counts.forEach((k, v) -> parts.add(k + " " + v));
            return String.join(", ", parts);
        }
    }

    /**
     * The figures, after {@link WireSession#finish()}.
     *
     * @return the figures
     */
    public Summary summary() {
        if (summary != null) {
            return summary;
        }
        Map<String, Integer> pickups = new TreeMap<>();
        Map<String, Integer> unserved = new TreeMap<>();
        for (WireSession.PickupState p : session.pickups()) {
            pickups.merge(p.status(), 1, Integer::sum);
            if (p.reason() != null) {
                (p.status().equals("refused") ? refusedPickups : unserved).merge(p.reason(), 1, Integer::sum);
            }
        }
        boolean valid = true;
        for (WireSession.DayPlan d : session.finish()) {
            valid &= d.plan().check().valid();
        }
        summary = new Summary(session.finish().size(), valid, linesByStatus, pickups, unserved);
        return summary;
    }

    /**
     * {@code summary.json}.
     *
     * @param events   the event log's name
     * @param scenario the scenario's label
     * @param layout   the layout's name
     * @return the JSON text
     */
    public String summaryJson(String events, String scenario, String layout) {
        Summary s = summary();
        ObjectNode o = NODES.objectNode();
        o.put("events", events);
        o.put("scenario", scenario);
        o.put("layout", layout);
        o.put("couriers", session.fleet().couriers().size());
        o.put("lines", lines);
        o.set("linesByStatus", counts(s.lines()));
        o.set("refusedByReason", counts(refusedByReason));
        o.put("pickups", s.pickups().values().stream().mapToInt(Integer::intValue).sum());
        o.set("pickupsByStatus", counts(s.pickups()));
        o.set("unservedByReason", counts(s.unserved()));
        o.set("refusedPickupsByReason", counts(refusedPickups));
        ArrayNode days = o.putArray("days");
        for (WireSession.DayPlan d : session.finish()) {
            ObjectNode day = days.addObject();
            DispatchPlan p = d.plan();
            day.put("day", d.day());
            day.put("version", p.version());
            day.put("valid", p.check().valid());
            day.put("planned", p.plan().routes().stream().mapToInt(r -> r.stops().size()).sum());
            day.put("fixed", p.fixed().size());
            day.put("unserved", p.plan().unassigned().size());
            day.put("drivingHours", Math.round(p.check().travelSeconds() / 36.0) / 100.0);
            day.put("km", Math.round(p.check().metres() / 100.0) / 10.0);
            ArrayNode problems = day.putArray("violations");
            p.check().violations().forEach(problems::add);
            p.check().inconsistencies().forEach(problems::add);
        }
        o.put("valid", s.valid());
        return OutpostJson.canonical(o);
    }

    private static ObjectNode counts(Map<String, Integer> counts) {
        ObjectNode o = NODES.objectNode();
        counts.forEach(o::put);
        return o;
    }

    /**
     * {@code plan.json}: each day's final routes (stops with arrival, start and departure) and unserved pickups.
     *
     * @return the JSON text
     */
    public String planJson() {
        ObjectNode o = NODES.objectNode();
        ArrayNode days = o.putArray("days");
        for (WireSession.DayPlan d : session.finish()) {
            DispatchPlan p = d.plan();
            ObjectNode day = days.addObject();
            day.put("day", d.day());
            day.put("version", p.version());
            WirePlan.put(day, p);
        }
        return OutpostJson.canonical(o);
    }

    /**
     * {@code plan.geojson}: each day's routes as lines from the courier's start through its stops,
     * and unserved pickups as points (coordinates [longitude, latitude], or [x, y] on a planar scenario).
     *
     * @return the GeoJSON text
     */
    public String planGeoJson() {
        boolean planar = scenario.coordinates() == CoordinateSystem.PLANAR;
        Fleet fleet = session.fleet();
        ObjectNode o = NODES.objectNode();
        o.put("type", "FeatureCollection");
        ArrayNode features = o.putArray("features");
        for (WireSession.DayPlan d : session.finish()) {
            for (CourierRoutePlan r : d.plan().plan().routes()) {
                if (r.stops().isEmpty()) {
                    continue;
                }
                ObjectNode f = features.addObject();
                f.put("type", "Feature");
                ObjectNode props = f.putObject("properties");
                props.put("day", d.day());
                props.put("courier", r.courierId());
                props.put("stops", r.stops().size());
                ObjectNode g = f.putObject("geometry");
                g.put("type", "LineString");
                ArrayNode coords = g.putArray("coordinates");
                Location start = startOf(fleet, r.courierId());
                if (start != null) {
                    add(coords, WireLocation.of(start, planar));
                }
                for (Stop s : r.stops()) {
                    WireLocation at = session.locationOf(s.pickupId());
                    if (at != null) {
                        add(coords, at);
                    }
                }
            }
            for (UnassignedPickup u : d.plan().plan().unassigned()) {
                WireLocation at = session.locationOf(u.pickupId());
                if (at == null) {
                    continue;
                }
                ObjectNode f = features.addObject();
                f.put("type", "Feature");
                ObjectNode props = f.putObject("properties");
                props.put("day", d.day());
                props.put("pickup", u.pickupId());
                props.put("unserved", u.reason().name());
                ObjectNode g = f.putObject("geometry");
                g.put("type", "Point");
                add(g.putArray("coordinates"), at);
            }
        }
        return OutpostJson.canonical(o);
    }

    private static Location startOf(Fleet fleet, String courier) {
        if (fleet.points() == null) {
            return null;
        }
        for (dev.outpost.routing.Courier c : fleet.couriers()) {
            if (c.id().equals(courier)) {
                return fleet.points().get(c.startPoint());
            }
        }
        return fleet.points().get(fleet.hubPoint());
    }

    private static void add(ArrayNode coords, WireLocation l) {
        ArrayNode xy = coords.addArray();
        if (l.planar()) {
            xy.add(l.first()).add(l.second());
        } else {
            xy.add(l.second()).add(l.first());
        }
    }

    /**
     * {@code latency.json}: per event type, answers, p50, p99 and the maximum in milliseconds (wall clock).
     *
     * @return the JSON text
     */
    public String latencyJson() {
        ObjectNode o = NODES.objectNode();
        o.put("note", "wall-clock milliseconds per answer, this machine and run; the one output that differs between runs");
        ObjectNode types = o.putObject("byType");
        counts.forEach((type, n) -> {
            if (n == 0) {
                return;
            }
            long[] sorted = Arrays.copyOf(nanos.get(type), n);
            Arrays.sort(sorted);
            ObjectNode t = types.putObject(type);
            t.put("answers", n);
            t.put("p50Ms", ms(quantile(sorted, 0.50)));
            t.put("p99Ms", ms(quantile(sorted, 0.99)));
            t.put("maxMs", ms(sorted[n - 1]));
        });
        return OutpostJson.canonical(o);
    }

    /**
     * The latency per type on one line, for the terminal.
     *
     * @return the latency per type as text
     */
    public String latencyText() {
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> {
            if (n > 0) {
                long[] sorted = Arrays.copyOf(nanos.get(type), n);
                Arrays.sort(sorted);
                parts.add(String.format(Locale.ROOT, "%s p50 %.2f ms, p99 %.2f ms (%d)", type, ms(quantile(sorted, 0.5)),
                        ms(quantile(sorted, 0.99)), n));
            }
        });
        return String.join("; ", parts);
    }

    /** The nearest-rank quantile of sorted values. */
    private static long quantile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
