package dev.outpost.dispatch.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a dispatch event log: one JSON object a line (blank lines are skipped). Every line is
 * checked whole, and every problem of every line is reported with its line number and field
 * ({@link Problem}), not only the first: a log with problems gives no events ({@link Result#ok()}
 * is false), so that a caller never acts on half a log.
 *
 * <p>Checked per line: valid JSON, an object, a known {@code type}, every required field present
 * with its JSON type, no unknown field, times as {@code "HH:MM:SS"} (00:00:00 to 23:59:59;
 * {@code windowEnd} to 24:00:00), {@code day} a whole number from 1, counts whole and in range,
 * a request with exactly one of {@code client} and {@code location}, a location as
 * {@code {"lat","lon"}} (degrees in range) or {@code {"x","y"}}. Whether ids exist and whether
 * the times make sense together is the dispatcher's to judge, event by event.
 */
public final class WireReader {

    /** Most problems listed; the count of the rest is reported. */
    public static final int MAX_PROBLEMS = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Map<String, Set<String>> FIELDS = Map.ofEntries(
            Map.entry("request", Set.of("pickup", "client", "location", "serviceMinutes", "targetMinutes", "size", "skills",
                    "windowEnd")),
            Map.entry("cancel", Set.of("pickup")),
            Map.entry("position", Set.of("courier", "location", "drivingTo")),
            Map.entry("arrived", Set.of("courier", "pickup")),
            Map.entry("done", Set.of("courier", "pickup")),
            Map.entry("unload", Set.of("courier")),
            Map.entry("off-duty", Set.of("courier")),
            Map.entry("on-duty", Set.of("courier", "courierType", "location")),
            Map.entry("break", Set.of("courier", "minutes")),
            Map.entry("assign", Set.of("pickup", "courier")),
            Map.entry("clock", Set.of()),
            Map.entry("reoptimise", Set.of("steps", "seed")),
            Map.entry("plan", Set.of("version", "routes")));

    private static final Set<String> COMMON = Set.of("type", "time", "day");

    private WireReader() {
    }

    /**
     * One problem of a line.
     *
     * @param line    the line number, from 1
     * @param field   the field (a JSON path inside the line's object, e.g. {@code location.lat}), or "" for the whole line
     * @param message what is wrong and what is expected
     */
    public record Problem(int line, String field, String message) {
        @Override
        public String toString() {
            return "line " + line + (field.isEmpty() ? "" : ", " + field) + ": " + message;
        }
    }

    /**
     * One event and the line it came from.
     *
     * @param line  the line number, from 1
     * @param event the event
     */
    public record Line(int line, WireEvent event) {
    }

    /**
     * What a log held.
     *
     * @param lines    the events in order (empty when there are problems)
     * @param problems every problem, in line order (at most {@link #MAX_PROBLEMS})
     * @param more     problems found beyond those listed
     */
    public record Result(List<Line> lines, List<Problem> problems, int more) {
        /**
         * Copies the lists.
         *
         * @param lines    the events
         * @param problems the problems
         * @param more     problems beyond those listed
         */
        public Result {
            lines = List.copyOf(lines);
            problems = List.copyOf(problems);
        }

        /**
         * Whether the log had no problem.
         *
         * @return whether the log had no problem
         */
        public boolean ok() {
            return problems.isEmpty();
        }

        /**
         * The problems as text, one a line, with the count of those not listed.
         *
         * @return the problems as text
         */
        public String describe() {
            StringBuilder out = new StringBuilder();
            for (Problem p : problems) {
                out.append(p).append('\n');
            }
            if (more > 0) {
                out.append("... and ").append(more).append(" more problem(s)\n");
            }
            return out.toString();
        }
    }

    /**
     * Reads a whole log from text.
     *
     * @param text the log
     * @return the events, or the problems
     */
    public static Result read(String text) {
        try {
            return read(new BufferedReader(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a whole log.
     *
     * @param in the log, read to its end (not closed)
     * @return the events, or the problems
     * @throws IOException when {@code in} fails
     */
    public static Result read(BufferedReader in) throws IOException {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int more = 0;
        int number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            List<Problem> found = new ArrayList<>();
            WireEvent event = parseLine(number, text, found);
            for (Problem p : found) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(p);
                } else {
                    more++;
                }
            }
            if (event != null && found.isEmpty()) {
                lines.add(new Line(number, event));
            }
        }
        return new Result(problems.isEmpty() ? lines : List.of(), problems, more);
    }

    /**
     * Reads one line.
     *
     * @param number   the line number, for problems
     * @param text     the line
     * @param problems where the line's problems are added
     * @return the event, or null when the line has a problem
     */
    public static WireEvent parseLine(int number, String text, List<Problem> problems) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(new Problem(number, "", "not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.add(new Problem(number, "", "not a JSON object; each line is one event {\"type\":..,\"time\":..}"));
            return null;
        }
        Fields f = new Fields(number, node, problems);
        int before = problems.size();
        String type = f.string("type", true);
        if (type != null && !FIELDS.containsKey(type)) {
            problems.add(new Problem(number, "type", "unknown type \"" + clip(type) + "\"; use one of " + WireEvent.TYPES));
            type = null;
        }
        Integer day = f.whole("day", false, 1, Integer.MAX_VALUE);
        Integer second = f.clock("time", true, false);
        if (type != null) {
            Set<String> allowed = FIELDS.get(type);
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!COMMON.contains(name) && !allowed.contains(name)) {
                    problems.add(new Problem(number, clip(name), "unknown field for a \"" + type + "\" event; its fields are "
                            + new java.util.TreeSet<>(allowed)));
                }
            }
        }
        if (type == null) {
            return null;
        }
        WireTime time = second == null ? null : new WireTime(day == null ? 1 : day, second);
        WireEvent event = switch (type) {
            case "request" -> request(f, time);
            case "cancel" -> {
                String pickup = f.id("pickup");
                yield ok(problems, before) ? new WireEvent.Cancel(time, pickup) : null;
            }
            case "position" -> {
                String courier = f.id("courier");
                WireLocation location = f.location("location", true);
                String drivingTo = f.string("drivingTo", false);
                if (drivingTo != null && drivingTo.isBlank()) {
                    f.problem("drivingTo", "is empty; give the pickup id or leave the field out");
                }
                yield ok(problems, before) ? new WireEvent.Position(time, courier, location, drivingTo) : null;
            }
            case "arrived", "done" -> {
                String courier = f.id("courier");
                String pickup = f.id("pickup");
                yield !ok(problems, before) ? null
                        : type.equals("arrived") ? new WireEvent.Arrived(time, courier, pickup) : new WireEvent.Done(time, courier, pickup);
            }
            case "unload", "off-duty" -> {
                String courier = f.id("courier");
                yield !ok(problems, before) ? null
                        : type.equals("unload") ? new WireEvent.Unload(time, courier) : new WireEvent.OffDuty(time, courier);
            }
            case "on-duty" -> {
                String courier = f.id("courier");
                String courierType = f.string("courierType", false);
                WireLocation location = f.location("location", false);
                yield ok(problems, before) ? new WireEvent.OnDuty(time, courier, courierType, location) : null;
            }
            case "break" -> {
                String courier = f.id("courier");
                Integer minutes = f.whole("minutes", true, 1, 24 * 60);
                yield ok(problems, before) ? new WireEvent.Break(time, courier, minutes) : null;
            }
            case "assign" -> {
                String pickup = f.id("pickup");
                String courier = f.id("courier");
                yield ok(problems, before) ? new WireEvent.Assign(time, pickup, courier) : null;
            }
            case "clock" -> ok(problems, before) ? new WireEvent.Clock(time) : null;
            case "reoptimise" -> {
                Long steps = f.wholeLong("steps", true, 1, 100_000_000L);
                Long seed = f.wholeLong("seed", true, Long.MIN_VALUE, Long.MAX_VALUE);
                yield ok(problems, before) ? new WireEvent.Reoptimise(time, steps, seed) : null;
            }
            case "plan" -> plan(f, time);
            default -> throw new IllegalStateException(type);
        };
        return ok(problems, before) ? event : null;
    }

    private static WireEvent request(Fields f, WireTime time) {
        int before = f.problems.size();
        String pickup = f.id("pickup");
        String client = f.string("client", false);
        WireLocation location = f.location("location", false);
        if (f.node.has("client") == f.node.has("location")) {
            f.problem("client", "give exactly one of client (a client of the scenario) and location ({\"lat\",\"lon\"})");
        }
        Double service = f.number("serviceMinutes", false, 0, false, 24 * 60);
        Double target = f.number("targetMinutes", false, 0, false, 24 * 60);
        Integer size = f.whole("size", false, 1, 1_000_000);
        List<String> skills = f.strings("skills");
        Integer windowEnd = f.clock("windowEnd", false, true);
        return ok(f.problems, before) && time != null
                ? new WireEvent.Request(time, pickup, client, location, service, target, size, skills, windowEnd) : null;
    }

    private static WireEvent plan(Fields f, WireTime time) {
        int before = f.problems.size();
        Long version = f.wholeLong("version", true, 0, Long.MAX_VALUE);
        JsonNode routes = f.node.get("routes");
        List<WireEvent.Route> list = new ArrayList<>();
        if (routes == null) {
            f.problem("routes", "missing; give [{\"courier\":..,\"stops\":[pickup, ...]}, ...]");
        } else if (!routes.isArray()) {
            f.problem("routes", "not an array of {\"courier\":..,\"stops\":[..]}");
        } else {
            Set<String> couriers = new LinkedHashSet<>();
            for (int i = 0; i < routes.size(); i++) {
                String at = "routes[" + i + "]";
                JsonNode r = routes.get(i);
                if (!r.isObject()) {
                    f.problem(at, "not an object {\"courier\":..,\"stops\":[..]}");
                    continue;
                }
                Fields rf = new Fields(f.line, r, f.problems, at + ".");
                for (Iterator<String> names = r.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!name.equals("courier") && !name.equals("stops")) {
                        f.problem(at + "." + clip(name), "unknown field of a route; its fields are [courier, stops]");
                    }
                }
                String courier = rf.id("courier");
                if (courier != null && !couriers.add(courier)) {
                    f.problem(at + ".courier", "courier \"" + clip(courier) + "\" has two routes");
                }
                List<String> stops = rf.strings("stops");
                if (!r.has("stops")) {
                    f.problem(at + ".stops", "missing; give the pickup ids in visiting order (may be empty)");
                }
                if (courier != null) {
                    list.add(new WireEvent.Route(courier, stops));
                }
            }
        }
        return ok(f.problems, before) && time != null ? new WireEvent.Plan(time, version, list) : null;
    }

    private static boolean ok(List<Problem> problems, int before) {
        return problems.size() == before;
    }

    static String clip(String text) {
        String one = text.replaceAll("[\\p{Cntrl}]", "?");
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    /** Field access of one object that records a problem per bad field. */
    private static final class Fields {
        final int line;
        final JsonNode node;
        final List<Problem> problems;
        final String prefix;

        Fields(int line, JsonNode node, List<Problem> problems) {
            this(line, node, problems, "");
        }

        Fields(int line, JsonNode node, List<Problem> problems, String prefix) {
            this.line = line;
            this.node = node;
            this.problems = problems;
            this.prefix = prefix;
        }

        void problem(String field, String message) {
            problems.add(new Problem(line, field.startsWith(prefix) ? field : prefix + field, message));
        }

        private JsonNode get(String name, boolean required, String expected) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    problem(name, "missing; give " + expected);
                }
                return null;
            }
            return v;
        }

        String string(String name, boolean required) {
            JsonNode v = get(name, required, "a string");
            if (v == null) {
                return null;
            }
            if (!v.isTextual()) {
                problem(name, "is " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + clip(v.toString())
                        + "; give a string");
                return null;
            }
            return v.asText();
        }

        String id(String name) {
            String s = string(name, true);
            if (s != null && s.isBlank()) {
                problem(name, "is empty; give the id");
                return null;
            }
            return s;
        }

        Integer clock(String name, boolean required, boolean endOfDay) {
            String s = string(name, required);
            if (s == null) {
                return null;
            }
            int second = WireTime.parseClock(s, endOfDay);
            if (second < 0) {
                problem(name, "\"" + clip(s) + "\" is not a time \"HH:MM:SS\" from 00:00:00 to " + (endOfDay ? "24:00:00" : "23:59:59")
                        + " (later days: \"day\")");
                return null;
            }
            return second;
        }

        Integer whole(String name, boolean required, long min, long max) {
            Long v = wholeLong(name, required, min, max);
            return v == null ? null : v.intValue();
        }

        Long wholeLong(String name, boolean required, long min, long max) {
            JsonNode v = get(name, required, "a whole number");
            if (v == null) {
                return null;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                problem(name, clip(v.toString()) + " is not a whole number" + (v.isNumber() ? "" : " (give it without quotes)"));
                return null;
            }
            long x = v.asLong();
            if (x < min || x > max) {
                problem(name, x + " is outside [" + min + ", " + max + "]");
                return null;
            }
            return x;
        }

        Double number(String name, boolean required, double min, boolean minExclusive, double max) {
            JsonNode v = get(name, required, "a number");
            if (v == null) {
                return null;
            }
            if (!v.isNumber()) {
                problem(name, clip(v.toString()) + " is not a number" + (v.isTextual() ? " (give it without quotes)" : ""));
                return null;
            }
            double x = v.asDouble();
            if (!Double.isFinite(x) || (minExclusive ? x <= min : x < min) || x > max) {
                problem(name, clip(v.toString()) + " is outside " + (minExclusive ? "(" : "[") + OutNumber.of(min) + ", "
                        + OutNumber.of(max) + "]");
                return null;
            }
            return x;
        }

        List<String> strings(String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                problem(name, "not an array of strings");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                if (!v.get(i).isTextual() || v.get(i).asText().isBlank()) {
                    problem(name + "[" + i + "]", clip(v.get(i).toString()) + " is not a non-empty string");
                } else {
                    out.add(v.get(i).asText());
                }
            }
            return out;
        }

        WireLocation location(String name, boolean required) {
            JsonNode v = get(name, required, "{\"lat\":..,\"lon\":..} (or {\"x\":..,\"y\":..} on a planar scenario)");
            if (v == null) {
                return null;
            }
            if (!v.isObject()) {
                problem(name, "not an object {\"lat\":..,\"lon\":..}");
                return null;
            }
            boolean planar = v.has("x") || v.has("y");
            String a = planar ? "x" : "lat";
            String b = planar ? "y" : "lon";
            for (Iterator<String> names = v.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                if (!n.equals(a) && !n.equals(b)) {
                    problem(name + "." + clip(n), "unknown field of a location; give {\"lat\",\"lon\"} or {\"x\",\"y\"}");
                }
            }
            Fields lf = new Fields(line, v, problems, prefix + name + ".");
            int before = problems.size();
            Double first = planar ? lf.number(a, true, -1e9, false, 1e9) : lf.number(a, true, -90, false, 90);
            Double second = planar ? lf.number(b, true, -1e9, false, 1e9) : lf.number(b, true, -180, false, 180);
            if (problems.size() != before || first == null || second == null) {
                return null;
            }
            return new WireLocation(first, second, planar);
        }
    }

    /** Numbers in messages without a trailing ".0". */
    private static final class OutNumber {
        static String of(double x) {
            return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
        }
    }
}
