package dev.outpost.io;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * The one configured Jackson {@link ObjectMapper} of Outpost, and the canonical JSON writer.
 *
 * <p>Reading: duplicate keys and trailing content are errors; {@code NaN} and {@code Infinity}
 * are accepted by the parser so that validation can name the field that holds them.
 *
 * <p>Writing ({@link #canonical(JsonNode)}): a stable, diff-friendly layout, so that writing the
 * same tree twice gives the same bytes:
 * <ul>
 *   <li>objects keep their field order, one field per line, two-space indent, {@code "key": value};</li>
 *   <li>an array of scalars, and an object whose values are all scalars when it is an element of
 *       an array (road nodes and edges) or has at most two fields (locations, time windows), is
 *       written on one line: {@code [1, 2, 3]}, {@code {"lat": 50.1, "lon": 14.4}};</li>
 *   <li>numbers: integers as they are; floating-point values in the shortest plain decimal that
 *       reads back to the same {@code double} ({@code 1.5}, {@code 13.404954}, {@code 50}), never in
 *       exponent notation;</li>
 *   <li>the text ends with a single newline.</li>
 * </ul>
 */
public final class OutpostJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private OutpostJson() {
    }

    /** {@return the shared, configured mapper; thread-safe, do not reconfigure it} */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes {@code tree} in the canonical layout described on this class.
     *
     * @param tree the tree, not {@code null}
     * @return the JSON text, ending with a newline
     */
    public static String canonical(JsonNode tree) {
        StringBuilder out = new StringBuilder(4096);
        write(tree, 0, false, out);
        out.append('\n');
        return out.toString();
    }

    /**
     * The canonical text of a floating-point number: shortest plain decimal that reads back to the
     * same value; integral values without a fraction; {@code NaN}, {@code Infinity} and
     * {@code -Infinity} as the parser's non-standard tokens.
     *
     * @param value the number
     * @return its canonical text
     */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0.0) {
            return 1.0 / value < 0 ? "-0.0" : "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        // Double.toString's digits read back to the same double; only exponent notation needs rewriting.
        return text.indexOf('E') < 0 ? text : new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    private static void write(JsonNode node, int depth, boolean inArray, StringBuilder out) {
        if (node.isObject()) {
            writeObject(node, depth, inArray, out);
        } else if (node.isArray()) {
            writeArray(node, depth, out);
        } else {
            writeScalar(node, out);
        }
    }

    private static void writeObject(JsonNode node, int depth, boolean inArray, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        boolean oneLine = (inArray || node.size() <= 2) && allScalars(node);
        out.append('{');
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        boolean first = true;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!first) {
                out.append(',');
                if (oneLine) {
                    out.append(' ');
                }
            }
            first = false;
            if (!oneLine) {
                newline(depth + 1, out);
            }
            quote(field.getKey(), out);
            out.append(": ");
            write(field.getValue(), depth + 1, false, out);
        }
        if (!oneLine) {
            newline(depth, out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, int depth, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        boolean oneLine = allScalars(node);
        out.append('[');
        boolean first = true;
        for (JsonNode element : node) {
            if (!first) {
                out.append(',');
                if (oneLine) {
                    out.append(' ');
                }
            }
            first = false;
            if (!oneLine) {
                newline(depth + 1, out);
            }
            write(element, depth + 1, true, out);
        }
        if (!oneLine) {
            newline(depth, out);
        }
        out.append(']');
    }

    private static boolean allScalars(JsonNode container) {
        for (JsonNode child : container) {
            if (child.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static void writeScalar(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            quote(node.textValue(), out);
        } else if (node.isFloatingPointNumber()) {
            out.append(number(node.doubleValue()));
        } else if (node.isNumber()) {
            out.append(node.numberValue().toString());
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("The JSON node type (" + node.getNodeType() + ") cannot be written.");
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        JsonStringEncoder.getInstance().quoteAsString(text, out);
        out.append('"');
    }

    private static void newline(int depth, StringBuilder out) {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
