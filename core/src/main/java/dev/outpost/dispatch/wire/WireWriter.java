package dev.outpost.dispatch.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes dispatch events in the canonical wire form: one compact JSON object a line, keys in the
 * order {@code type}, {@code day} (only when not 1), {@code time}, then the type's fields in the
 * order of the documentation; absent optional fields are left out; whole numbers without a
 * fraction. {@link WireReader} reads every line it writes back to an equal event.
 */
public final class WireWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private WireWriter() {
    }

    /**
     * The event as one line of JSON, without the line break.
     *
     * @param event the event
     * @return the line
     */
    public static String line(WireEvent event) {
        try {
            return MAPPER.writeValueAsString(node(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the event as one line, with a line break ({@code \n}).
     *
     * @param event the event
     * @param out   where to
     * @throws UncheckedIOException when writing fails
     */
    public static void write(WireEvent event, Writer out) {
        try {
            out.write(line(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The event as a JSON object (keys in the canonical order).
     *
     * @param event the event
     * @return the object
     */
    public static ObjectNode node(WireEvent event) {
        ObjectNode o = NODES.objectNode();
        o.put("type", event.type());
        if (event.time().day() != 1) {
            o.put("day", event.time().day());
        }
        o.put("time", event.time().clock());
        if (event instanceof WireEvent.Request r) {
            o.put("pickup", r.pickup());
            if (r.client() != null) {
                o.put("client", r.client());
            }
            if (r.location() != null) {
                o.set("location", location(r.location()));
            }
            if (r.serviceMinutes() != null) {
                number(o, "serviceMinutes", r.serviceMinutes());
            }
            if (r.targetMinutes() != null) {
                number(o, "targetMinutes", r.targetMinutes());
            }
            if (r.size() != null) {
                o.put("size", r.size());
            }
            if (!r.skills().isEmpty()) {
                ArrayNode skills = o.putArray("skills");
                r.skills().forEach(skills::add);
            }
            if (r.windowEnd() != null) {
                o.put("windowEnd", WireTime.formatClock(r.windowEnd()));
            }
        } else if (event instanceof WireEvent.Cancel c) {
            o.put("pickup", c.pickup());
        } else if (event instanceof WireEvent.Position p) {
            o.put("courier", p.courier());
            o.set("location", location(p.location()));
            if (p.drivingTo() != null) {
                o.put("drivingTo", p.drivingTo());
            }
        } else if (event instanceof WireEvent.Arrived a) {
            o.put("courier", a.courier());
            o.put("pickup", a.pickup());
        } else if (event instanceof WireEvent.Done d) {
            o.put("courier", d.courier());
            o.put("pickup", d.pickup());
        } else if (event instanceof WireEvent.Unload u) {
            o.put("courier", u.courier());
        } else if (event instanceof WireEvent.OffDuty u) {
            o.put("courier", u.courier());
        } else if (event instanceof WireEvent.OnDuty u) {
            o.put("courier", u.courier());
            if (u.courierType() != null) {
                o.put("courierType", u.courierType());
            }
            if (u.location() != null) {
                o.set("location", location(u.location()));
            }
        } else if (event instanceof WireEvent.Break b) {
            o.put("courier", b.courier());
            o.put("minutes", b.minutes());
        } else if (event instanceof WireEvent.Assign a) {
            o.put("pickup", a.pickup());
            o.put("courier", a.courier());
        } else if (event instanceof WireEvent.Clock) {
            // the time only
        } else if (event instanceof WireEvent.Reoptimise r) {
            o.put("steps", r.steps());
            o.put("seed", r.seed());
        } else if (event instanceof WireEvent.Plan p) {
            o.put("version", p.version());
            ArrayNode routes = o.putArray("routes");
            for (WireEvent.Route route : p.routes()) {
                ObjectNode r = routes.addObject();
                r.put("courier", route.courier());
                ArrayNode stops = r.putArray("stops");
                route.stops().forEach(stops::add);
            }
        }
        return o;
    }

    private static ObjectNode location(WireLocation l) {
        ObjectNode o = NODES.objectNode();
        number(o, l.planar() ? "x" : "lat", l.first());
        number(o, l.planar() ? "y" : "lon", l.second());
        return o;
    }

    private static void number(ObjectNode o, String name, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            o.put(name, (long) value);
        } else {
            o.put(name, value);
        }
    }
}
