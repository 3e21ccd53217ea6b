package dev.outpost.dispatch.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.outpost.io.OutpostJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire codec: every type round-trips, every problem of every line is reported, and the schema agrees. */
class WireCodecTest {

    private static final String SCHEMA_RESOURCE = "/dev/outpost/io/dispatch-events.schema.json";

    static List<WireEvent> oneOfEach() {
        WireTime t = new WireTime(1, 8 * 3600 + 5);
        WireLocation at = WireLocation.latLon(48.1372, 11.5756);
        return List.of(
                new WireEvent.Request(t, "p1", "c7", null, null, null, null, List.of(), null),
                new WireEvent.Request(new WireTime(2, 3600), "p2", null, at, 4.5, 30.0, 3, List.of("cold"), 18 * 3600),
                new WireEvent.Cancel(t, "p1"),
                new WireEvent.Position(t, "k1", WireLocation.planar(1200.5, -40)),
                new WireEvent.Position(t, "k1", WireLocation.planar(1200.5, -40), "p2"),
                new WireEvent.Arrived(t, "k1", "p2"),
                new WireEvent.Done(t, "k1", "p2"),
                new WireEvent.Unload(t, "k1"),
                new WireEvent.OffDuty(t, "k1"),
                new WireEvent.OnDuty(t, "k9", "bike", at),
                new WireEvent.OnDuty(t, "k1", null, null),
                new WireEvent.Break(t, "k2", 30),
                new WireEvent.Assign(t, "p2", "k2"),
                new WireEvent.Clock(new WireTime(3, 86_399)),
                new WireEvent.Reoptimise(t, 300, -7L),
                new WireEvent.Plan(t, 12, List.of(new WireEvent.Route("k1", List.of("p2", "p3")), new WireEvent.Route("k2", List.of()))));
    }

    @Test
    void formatClockWritesWhatTheFormatterWroteForEverySecondOfTheDayAndBeyond() {
        for (int second = -3_601; second <= 100 * 3600 + 61; second++) {
            String expected = String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
            assertEquals(expected, WireTime.formatClock(second), "second " + second);
        }
    }

    @Test
    void everyTypeRoundTripsThroughTheWriterAndReader() {
        List<WireEvent> events = oneOfEach();
        StringBuilder log = new StringBuilder();
        for (WireEvent e : events) {
            log.append(WireWriter.line(e)).append('\n');
        }
        WireReader.Result read = WireReader.read(log.toString());
        assertTrue(read.ok(), read.describe());
        assertEquals(events, read.lines().stream().map(WireReader.Line::event).toList());
        assertEquals(WireEvent.TYPES, events.stream().map(WireEvent::type).distinct().toList());
        assertEquals("{\"type\":\"request\",\"day\":2,\"time\":\"01:00:00\",\"pickup\":\"p2\",\"location\":{\"lat\":48.1372,"
                + "\"lon\":11.5756},\"serviceMinutes\":4.5,\"targetMinutes\":30,\"size\":3,\"skills\":[\"cold\"],"
                + "\"windowEnd\":\"18:00:00\"}", WireWriter.line(events.get(1)));
    }

    @Test
    void everyProblemOfEveryLineIsReportedByLineAndField() {
        String log = String.join("\n",
                "{\"type\":\"request\",\"time\":\"08:00:00\",\"pickup\":\"p1\",\"client\":\"c1\"}",
                "",
                "{\"type\":\"request\",\"time\":\"8:00\",\"pickup\":\"\",\"client\":\"c1\",\"location\":{\"lat\":91,\"lon\":11},\"size\":0}",
                "{\"type\":\"teleport\",\"time\":\"08:00:00\"}",
                "not json",
                "{\"type\":\"position\",\"time\":\"24:00:00\",\"day\":0,\"courier\":\"k1\",\"location\":{\"lat\":\"48\",\"lon\":11},\"speed\":3}",
                "{\"type\":\"plan\",\"time\":\"09:00:00\",\"version\":-1,\"routes\":[{\"courier\":\"k1\",\"stops\":[\"a\",3]},{\"courier\":\"k1\"}]}",
                "[1,2]",
                "{\"type\":\"reoptimise\",\"time\":\"09:00:00\",\"steps\":\"300\"}");
        WireReader.Result read = WireReader.read(log);
        assertFalse(read.ok());
        assertTrue(read.lines().isEmpty(), "no events from a log with problems");
        List<String> where = new ArrayList<>();
        for (WireReader.Problem p : read.problems()) {
            where.add(p.line() + ":" + p.field());
        }
        assertEquals(List.of("3:time", "3:pickup", "3:location.lat", "3:client", "3:size", "4:type", "5:", "6:day", "6:time",
                "6:speed", "6:location.lat", "7:version", "7:routes[0].stops[1]", "7:routes[1].courier", "7:routes[1].stops",
                "8:", "9:steps", "9:seed"), where, read.describe());
        assertTrue(read.describe().contains("line 3, time: \"8:00\" is not a time \"HH:MM:SS\""), read.describe());
        assertTrue(read.describe().contains("line 6, location.lat: \"48\" is not a number (give it without quotes)"),
                read.describe());
    }

    @Test
    void theSchemaAcceptsWhatTheReaderAcceptsAndRejectsWhatItRejects() throws IOException {
        JsonNode schemaNode;
        try (InputStream in = WireCodecTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            schemaNode = OutpostJson.mapper().readTree(in);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);
        for (WireEvent e : oneOfEach()) {
            String line = WireWriter.line(e);
            assertEquals(List.of(), schema.validate(OutpostJson.mapper().readTree(line)).stream().map(Object::toString).toList(),
                    line);
        }
        List<String> bad = List.of(
                "{\"type\":\"request\",\"time\":\"08:00:00\",\"pickup\":\"p1\"}",
                "{\"type\":\"request\",\"time\":\"08:00:00\",\"pickup\":\"p1\",\"client\":\"c\",\"location\":{\"lat\":1,\"lon\":2}}",
                "{\"type\":\"clock\",\"time\":\"24:00:00\"}",
                "{\"type\":\"clock\",\"time\":\"08:00:00\",\"day\":0}",
                "{\"type\":\"cancel\",\"time\":\"08:00:00\"}",
                "{\"type\":\"break\",\"time\":\"08:00:00\",\"courier\":\"k\",\"minutes\":0}",
                "{\"type\":\"position\",\"time\":\"08:00:00\",\"courier\":\"k\",\"location\":{\"lat\":1}}",
                "{\"type\":\"unload\",\"time\":\"08:00:00\",\"courier\":\"k\",\"pickup\":\"p\"}",
                "{\"type\":\"warp\",\"time\":\"08:00:00\"}");
        for (String line : bad) {
            assertFalse(WireReader.read(line).ok(), line);
            assertFalse(schema.validate(OutpostJson.mapper().readTree(line)).isEmpty(), line);
        }
    }
}
