package dev.outpost.sim.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.outpost.io.OutpostJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A run's facts as JSON lines, one {@link SimEvent} a line with its {@code type}; written while
 * the run goes ({@link #writer}) and read back for replay into collectors ({@link #read}).
 */
public final class EventLog {

    private static final ObjectMapper MAPPER = OutpostJson.mapper();

    private EventLog() {
    }

    /**
     * One event as its JSON line (no line break).
     *
     * @param event the fact
     * @return one event as its JSON line (no line break)
     */
    public static String line(SimEvent event) {
        try {
            return MAPPER.writerFor(SimEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The event " + event + " could not be written as JSON.", e);
        }
    }

    /**
     * A listener that writes each event as a line to {@code out}.
     *
     * @param out where the lines go
     * @return a listener that writes each event as a line to {@code out}
     */
    public static EventListener writer(Writer out) {
        return event -> {
            try {
                out.write(line(event));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * A writer of a run of several days: each event's line gets the field {@code day} (from 0, right
     * after {@code type}), and request ids are shifted so that they stay unique over the days and
     * grow from day to day (each day's ids start after the largest of the days before). Ask it for
     * each day's listener in day order, as {@link dev.outpost.sim.experiment.Simulator#replicationByDay} does.
     *
     * @param out where the lines go
     * @return each day's listener, by day
     */
    public static IntFunction<EventListener> dayWriter(Writer out) {
        long[] next = {0};
        return day -> {
            long offset = next[0];
            return event -> {
                long id = requestId(event);
                if (id >= 0) {
                    next[0] = Math.max(next[0], offset + id + 1);
                }
                try {
                    out.write(line(event, day, offset));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        };
    }

    /**
     * One event of day {@code day} as its JSON line, its request id (if any) plus {@code requestIdOffset}.
     *
     * @param event the fact
     * @param day the day of the run, from 0
     * @param requestIdOffset added to the event's request id
     * @return the JSON line (no line break)
     */
    public static String line(SimEvent event, int day, long requestIdOffset) {
        try {
            ObjectNode plain = (ObjectNode) MAPPER.readTree(line(event));
            ObjectNode node = MAPPER.createObjectNode();
            node.set("type", plain.remove("type"));
            node.put("day", day);
            node.setAll(plain);
            if (node.has("requestId")) {
                node.put("requestId", node.get("requestId").asLong() + requestIdOffset);
            }
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The event " + event + " could not be written as JSON.", e);
        }
    }

    /** The request id an event is about, or -1. */
    private static long requestId(SimEvent event) {
        if (event instanceof SimEvent.RequestArrived e) {
            return e.requestId();
        }
        if (event instanceof SimEvent.RequestAssigned e) {
            return e.requestId();
        }
        if (event instanceof SimEvent.PickupStarted e) {
            return e.requestId();
        }
        if (event instanceof SimEvent.PickupDone e) {
            return e.requestId();
        }
        return event instanceof SimEvent.RequestUnserved e ? e.requestId() : -1;
    }

    /**
     * Reads every line of {@code in} back into events (the {@code day} field of a several-day log is
     * skipped).
     *
     * @param in the JSON lines
     * @throws IllegalArgumentException naming the line when one is not an event
     * @return the events, in line order
      * @throws IOException when {@code in} cannot be read
     */
    public static List<SimEvent> read(BufferedReader in) throws IOException {
        List<SimEvent> events = new ArrayList<>();
        String text;
        int line = 0;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode node = MAPPER.readTree(text);
                if (node instanceof ObjectNode object) {
                    object.remove("day");
                }
                events.add(MAPPER.treeToValue(node, SimEvent.class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The event log line " + line + " (" + abbreviate(text)
                        + ") is not an event: " + e.getOriginalMessage(), e);
            }
        }
        return events;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
