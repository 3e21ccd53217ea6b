package dev.outpost.sim.province;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.outpost.io.OutpostJson;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A province file ({@code province.json}): the province's name, shared defaults for the run and its
 * units, each a scenario file (relative to the province file's folder) with its name and optional
 * parent (the unit it belongs to). Reading it reads every unit's scenario text; a unit whose file
 * cannot be read keeps the reason ({@link ProvinceUnit#problem()}) and the province still runs.
 *
 * <pre>{@code
 * {
 *   "format": "outpost-province/1",
 *   "name": "Generated province",
 *   "defaults": {"replications": 100, "pilot": 10, "steps": 2000, "seed": 1},
 *   "units": [
 *     {"name": "Capital", "scenario": "units/capital.json"},
 *     {"name": "County 01", "parent": "Prefecture A", "scenario": "units/county-01.json"}
 *   ]
 * }
 * }</pre>
 *
 * @param name     the province's name
 * @param file     the province file, absolute
 * @param defaults the shared defaults of the run (options given on the command line win)
 * @param units    the units, file order
 */
public record ProvinceFile(String name, String file, Defaults defaults, List<ProvinceUnit> units) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The format tag of a province file. */
    public static final String FORMAT = "outpost-province/1";

    private static final List<String> TOP = List.of("format", "name", "defaults", "units");
    private static final List<String> UNIT = List.of("name", "parent", "scenario");
    private static final List<String> DEFAULTS = List.of("replications", "pilot", "steps", "seed");

    /**
     * Copies the list.
     *
     * @param name     the province's name
     * @param file     the province file, absolute
     * @param defaults the shared defaults
     * @param units    the units, file order
     */
    public ProvinceFile {
        units = List.copyOf(units);
    }

    /**
     * Shared defaults of the run; null where the file gives none.
     *
     * @param replications simulated days per set-up and unit
     * @param pilot        pilot days per relocation policy
     * @param steps        stationing local-search steps
     * @param seed         the random seed
     */
    public record Defaults(Integer replications, Integer pilot, Integer steps, Long seed) implements Serializable {

        private static final long serialVersionUID = 1L;

        /** No defaults. */
        public static final Defaults NONE = new Defaults(null, null, null, null);
    }

    /**
     * One unit as a province file writes it.
     *
     * @param name     the unit's name
     * @param parent   the unit it belongs to, or null
     * @param scenario its scenario file, relative to the province file's folder
     */
    public record Entry(String name, String parent, String scenario) {
    }

    /**
     * The text of a province file (canonical JSON, as {@link #read} reads it).
     *
     * @param name     the province's name
     * @param defaults shared defaults of the run, or {@link Defaults#NONE}
     * @param entries  the units, in order
     * @return the JSON text
     */
    public static String toJson(String name, Defaults defaults, List<Entry> entries) {
        com.fasterxml.jackson.databind.node.ObjectNode root = OutpostJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("name", name);
        if (!defaults.equals(Defaults.NONE)) {
            com.fasterxml.jackson.databind.node.ObjectNode d = root.putObject("defaults");
            if (defaults.replications() != null) {
                d.put("replications", defaults.replications());
            }
            if (defaults.pilot() != null) {
                d.put("pilot", defaults.pilot());
            }
            if (defaults.steps() != null) {
                d.put("steps", defaults.steps());
            }
            if (defaults.seed() != null) {
                d.put("seed", defaults.seed());
            }
        }
        com.fasterxml.jackson.databind.node.ArrayNode units = root.putArray("units");
        for (Entry e : entries) {
            com.fasterxml.jackson.databind.node.ObjectNode u = units.addObject();
            u.put("name", e.name());
            if (e.parent() != null) {
                u.put("parent", e.parent());
            }
            u.put("scenario", e.scenario());
        }
        return OutpostJson.canonical(root);
    }

    /**
     * Reads the province file and every unit's scenario text.
     *
     * @param file the province file
     * @return the province
     * @throws IllegalArgumentException listing every problem of the province file (JSON path and reason);
     *                                  a unit file that cannot be read is not one (see {@link ProvinceUnit#problem()})
     */
    public static ProvinceFile read(Path file) {
        String text = ProvinceIo.get().readText(file, "province file");
        return parse(text, file);
    }

    /**
     * Parses a province file's text; unit files are read relative to {@code file}'s folder.
     *
     * @param text the province file's text
     * @param file where it is
     * @return the province
     * @throws IllegalArgumentException listing every problem (JSON path and reason)
     */
    public static ProvinceFile parse(String text, Path file) {
        JsonNode root;
        try {
            root = OutpostJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The province file (" + file + ") is not valid JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").");
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("The province file (" + file + ") must hold a JSON object with"
                    + " \"name\" and \"units\".");
        }
        unknown(root, "$", TOP, problems);
        JsonNode format = root.get("format");
        if (format != null && !FORMAT.equals(format.asText())) {
            problems.add("$.format: must be \"" + FORMAT + "\" (was " + format + ")");
        }
        String name = text(root, "name", "$", true, problems);
        Defaults defaults = defaults(root.get("defaults"), problems);
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        List<ProvinceUnit> units = new ArrayList<>();
        JsonNode list = root.get("units");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("$.units: must be a non-empty array of units ({\"name\", \"scenario\", \"parent\"})");
        } else {
            Set<String> names = new HashSet<>();
            List<String[]> parents = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String path = "$.units[" + i + "]";
                JsonNode u = list.get(i);
                if (!u.isObject()) {
                    problems.add(path + ": must be an object with \"name\" and \"scenario\"");
                    continue;
                }
                unknown(u, path, UNIT, problems);
                String unitName = text(u, "name", path, true, problems);
                String parent = text(u, "parent", path, false, problems);
                String scenario = text(u, "scenario", path, true, problems);
                if (unitName != null && !names.add(unitName)) {
                    problems.add(path + ".name: \"" + unitName + "\" names another unit already; names must be unique");
                }
                if (parent != null) {
                    parents.add(new String[] {path + ".parent", parent, unitName});
                }
                if (unitName == null || scenario == null) {
                    continue;
                }
                Path unitFile = folder.resolve(scenario).normalize();
                String scenarioText = null;
                String problem = null;
                try {
                    scenarioText = ProvinceIo.get().readText(unitFile, "scenario file of unit '" + unitName + "'");
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                units.add(new ProvinceUnit(units.size(), unitName, parent, scenario, unitFile.toString(), scenarioText,
                        problem));
            }
            for (String[] p : parents) {
                if (!names.contains(p[1])) {
                    problems.add(p[0] + ": \"" + p[1] + "\" is not the name of a unit");
                } else if (p[1].equals(p[2])) {
                    problems.add(p[0] + ": a unit cannot be its own parent");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The province file (" + file + ") has " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ":\n  " + String.join("\n  ", problems));
        }
        return new ProvinceFile(name, absolute.toString(), defaults, units);
    }

    private static Defaults defaults(JsonNode node, List<String> problems) {
        if (node == null) {
            return Defaults.NONE;
        }
        if (!node.isObject()) {
            problems.add("$.defaults: must be an object (" + String.join(", ", DEFAULTS) + ")");
            return Defaults.NONE;
        }
        unknown(node, "$.defaults", DEFAULTS, problems);
        Integer replications = integer(node, "replications", 2, 10000, problems);
        Integer pilot = integer(node, "pilot", 0, 10000, problems);
        Integer steps = integer(node, "steps", 1, 100_000_000, problems);
        Long seed = null;
        JsonNode s = node.get("seed");
        if (s != null) {
            if (s.isIntegralNumber() && s.canConvertToLong()) {
                seed = s.asLong();
            } else {
                problems.add("$.defaults.seed: must be a whole number (was " + s + ")");
            }
        }
        return new Defaults(replications, pilot, steps, seed);
    }

    private static Integer integer(JsonNode node, String field, int min, int max, List<String> problems) {
        JsonNode v = node.get(field);
        if (v == null) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            problems.add("$.defaults." + field + ": must be a whole number from " + min + " to " + max + " (was " + v + ")");
            return null;
        }
        return v.asInt();
    }

    private static String text(JsonNode node, String field, String path, boolean required, List<String> problems) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": is missing");
            }
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(path + "." + field + ": must be a non-empty string (was " + v + ")");
            return null;
        }
        return v.asText();
    }

    private static void unknown(JsonNode node, String path, List<String> known, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!known.contains(f)) {
                problems.add(path + "." + f + ": unknown field; known: " + String.join(", ", known));
            }
        }
    }
}
