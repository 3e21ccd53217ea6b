package dev.outpost.sim.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.outpost.io.OutpostJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

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
     * Reads every line of {@code in} back into events.
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
                events.add(MAPPER.readValue(text, SimEvent.class));
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
