package dev.outpost.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.model.Problem;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of one JSON object while collecting problems: every getter returns
 * {@code null} (or the default) and records a {@link Problem} when the field is missing or of
 * the wrong type, so that reading goes on and every problem is reported together. Unknown
 * fields are reported when the reader is created.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final List<Problem> problems;

    private JsonFields(JsonNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * A reader of {@code node} at {@code path}, or {@code null} (with a problem recorded) when the
     * node is not an object. Fields not in {@code known} are reported as unknown.
     */
    static JsonFields of(JsonNode node, String path, List<Problem> problems, List<String> known) {
        return of(node, path, problems, known, Map.of());
    }

    /**
     * As {@link #of(JsonNode, String, List, List)}, with a ready reason for some unknown fields
     * (such as {@code x} in a geographic scenario) instead of the generic "unknown" text.
     */
    static JsonFields of(JsonNode node, String path, List<Problem> problems, List<String> known,
            Map<String, String> specialReasons) {
        if (node == null || !node.isObject()) {
            problems.add(new Problem(path, "The value (" + describe(node) + ") must be an object {...}."));
            return null;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String special = specialReasons.get(name);
                if (special != null) {
                    problems.add(new Problem(path + "." + name, special));
                    continue;
                }
                problems.add(new Problem(path + "." + name, Hints.unknown("field", name, known)));
            }
        }
        return new JsonFields(node, path, problems);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path + "." + field;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** The raw value, or {@code null} when absent or JSON null; records "missing" when required. */
    JsonNode get(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(new Problem(path(field), "The required field '" + field + "' is missing."));
            }
            return null;
        }
        return value;
    }

    String string(String field, boolean required, String fallback) {
        JsonNode value = get(field, required);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual()) {
            problems.add(new Problem(path(field), "The value (" + describe(value) + ") must be a string in quotes."));
            return null;
        }
        return value.textValue();
    }

    /** A number, or {@code fallback}; NaN and infinities are returned as they are, for range checks. */
    Double number(String field, boolean required, Double fallback) {
        JsonNode value = get(field, required);
        return value == null ? fallback : number(value, path(field), problems);
    }

    Integer integer(String field, boolean required, Integer fallback) {
        JsonNode value = get(field, required);
        return value == null ? fallback : integer(value, path(field), problems);
    }

    Long longInteger(String field, boolean required, Long fallback) {
        JsonNode value = get(field, required);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber() || !value.canConvertToExactIntegral()) {
            problems.add(new Problem(path(field), "The value (" + describe(value) + ") must be a whole number."));
            return null;
        }
        if (!value.canConvertToLong()) {
            problems.add(new Problem(path(field), outOfRange(value, Long.MIN_VALUE, Long.MAX_VALUE)));
            return null;
        }
        return value.longValue();
    }

    Boolean bool(String field, boolean required, Boolean fallback) {
        JsonNode value = get(field, required);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problems.add(new Problem(path(field), "The value (" + describe(value) + ") must be true or false."));
            return null;
        }
        return value.booleanValue();
    }

    /** A time of day {@code "HH:MM"} or {@code "HH:MM:SS"}, as seconds since 00:00. */
    Integer time(String field, boolean required, Integer fallback) {
        JsonNode value = get(field, required);
        return value == null ? fallback : time(value, path(field), problems);
    }

    /** A duration in minutes (a number, possibly fractional, at least 0), as whole seconds. */
    Integer minutes(String field, boolean required, Integer fallback) {
        Double minutes = number(field, required, null);
        if (minutes == null) {
            return fallback;
        }
        if (!Double.isFinite(minutes) || minutes < 0 || minutes > 100_000) {
            problems.add(new Problem(path(field), "The duration (" + OutpostJson.number(minutes)
                    + " minutes) must be a number of minutes from 0 to 100000."));
            return null;
        }
        return Times.minutesToSeconds(minutes);
    }

    /** An array, or {@code null} (with a problem when present but not an array, or required and missing). */
    JsonNode array(String field, boolean required) {
        JsonNode value = get(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            problems.add(new Problem(path(field), "The value (" + describe(value) + ") must be an array [...]."));
            return null;
        }
        return value;
    }

    /** A nested object reader, or {@code null}. */
    JsonFields object(String field, boolean required, List<String> known) {
        JsonNode value = get(field, required);
        return value == null ? null : of(value, path(field), problems, known);
    }

    static Double number(JsonNode value, String path, List<Problem> problems) {
        if (!value.isNumber()) {
            problems.add(new Problem(path, "The value (" + describe(value) + ") must be a number."));
            return null;
        }
        return value.doubleValue();
    }

    static Integer integer(JsonNode value, String path, List<Problem> problems) {
        if (!value.isNumber() || !value.canConvertToExactIntegral()) {
            problems.add(new Problem(path, "The value (" + describe(value) + ") must be a whole number."));
            return null;
        }
        if (!value.canConvertToInt()) {
            problems.add(new Problem(path, outOfRange(value, Integer.MIN_VALUE, Integer.MAX_VALUE)));
            return null;
        }
        return value.intValue();
    }

    /** "The value (x) is too large; the maximum is max." (or too small, with the minimum). */
    static String outOfRange(JsonNode value, long min, long max) {
        boolean negative = value.decimalValue().signum() < 0;
        return "The value (" + describe(value) + ") is too " + (negative ? "small; the minimum is " + min
                : "large; the maximum is " + max) + ".";
    }

    static Integer time(JsonNode value, String path, List<Problem> problems) {
        int seconds = value.isTextual() ? Times.parseOrMinusOne(value.textValue()) : -1;
        if (seconds < 0) {
            problems.add(new Problem(path, "The time (" + describe(value)
                    + ") must be a string \"HH:MM\" or \"HH:MM:SS\" from 00:00 to 24:00."));
            return null;
        }
        return seconds;
    }

    static String string(JsonNode value, String path, List<Problem> problems) {
        if (!value.isTextual()) {
            problems.add(new Problem(path, "The value (" + describe(value) + ") must be a string in quotes."));
            return null;
        }
        return value.textValue();
    }

    /** A short rendering of a value for messages: its JSON text, cut at 40 characters. */
    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "an array of " + value.size();
        }
        String text = value.isNumber() ? numberText(value) : value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static String numberText(JsonNode value) {
        return value.isFloatingPointNumber() ? OutpostJson.number(value.doubleValue()) : value.numberValue().toString();
    }
}
