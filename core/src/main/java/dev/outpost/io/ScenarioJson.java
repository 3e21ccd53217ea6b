package dev.outpost.io;

import dev.outpost.model.AdminLevel;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.SiteStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The vocabulary of the scenario JSON: field names in canonical order, and enum spellings. */
final class ScenarioJson {

    static final List<String> TOP = List.of(
            "name", "coordinates", "horizon", "hub", "budget", "courierTypes", "sites", "clients", "travel");
    /**
     * The top-level key naming the JSON Schema a file follows ({@code scenario.schema.json}), so that
     * editors check and complete the file. Accepted and ignored when reading; never written.
     */
    static final String SCHEMA_KEY = "$schema";
    /** The top-level fields the reader accepts: {@link #TOP} and {@link #SCHEMA_KEY}. */
    static final List<String> TOP_READ = Stream.concat(TOP.stream(), Stream.of(SCHEMA_KEY)).toList();
    static final List<String> HORIZON = List.of("days", "serviceDay");
    static final List<String> WINDOW = List.of("start", "end");
    static final List<String> HUB = List.of("id", "location", "cutoff");
    static final List<String> BUDGET = List.of("maxOutposts", "maxCouriers", "maxOpeningCost");
    static final List<String> COURIER_TYPE = List.of(
            "id", "count", "speedKmh", "capacity", "shift", "skills", "costPerHour", "costPerKm", "roadProfile", "breaks");
    static final List<String> BREAK = List.of("earliest", "latest", "minutes");
    static final List<String> ROAD_PROFILE = List.of("maxSpeedKmh", "speedFactors", "barredClasses");
    static final List<String> SITE = List.of("id", "name", "location", "status", "openingCost", "maxCouriers", "current");
    static final List<String> CLIENT = List.of("id", "name", "kind", "level", "location", "pickupsPerDay", "hourlyProfile",
            "serviceMinutes", "window", "responseTargetMinutes", "priority", "requiredSkills", "pickupSize");
    static final List<String> GEOGRAPHIC = List.of("lat", "lon");
    static final List<String> PLANAR = List.of("x", "y");
    static final List<String> MODELS = List.of("straight-line", "matrix", "road");
    static final List<String> STRAIGHT_LINE = List.of("model", "detourFactor");
    static final List<String> MATRIX = List.of("model", "points", "seconds", "metres");
    static final List<String> ROAD = List.of("model", "file", "nodes", "edges", "congestion", "maxWalkMetres");
    static final List<String> ROAD_EDGE = List.of("from", "to", "metres", "speedKmh", "oneway", "roadClass");
    static final List<String> CONGESTION = List.of("sliceMinutes", "factors");

    /**
     * Every object of the format with the fields the reader accepts, keyed by the name of its
     * definition in {@code dev/outpost/io/scenario.schema.json} ({@code "scenario"} is the top
     * level). {@code ScenarioSchemaTest} checks that the schema has exactly these objects and fields.
     */
    static final Map<String, List<String>> OBJECTS = objects();

    /** Every enumerated value set of the format, keyed as in {@link #OBJECTS}. */
    static final Map<String, List<String>> ENUMS = Map.of(
            "coordinates", spellings(CoordinateSystem.values()),
            "siteStatus", spellings(SiteStatus.values()),
            "clientKind", spellings(ClientKind.values()),
            "adminLevel", spellings(AdminLevel.values()),
            "travelModel", MODELS);

    /** Hours in the hourly demand profile. */
    static final int PROFILE_HOURS = 24;

    private ScenarioJson() {
    }

    /** The JSON spelling of an enum constant: lower case, {@code _} as {@code -}. */
    static String spell(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static List<String> spellings(Enum<?>[] constants) {
        return java.util.Arrays.stream(constants).map(ScenarioJson::spell).toList();
    }

    /** The constant spelt {@code text}, or {@code null}. */
    static <E extends Enum<E>> E parse(E[] constants, String text) {
        for (E constant : constants) {
            if (spell(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    private static Map<String, List<String>> objects() {
        Map<String, List<String>> objects = new LinkedHashMap<>();
        objects.put("scenario", TOP_READ);
        objects.put("horizon", HORIZON);
        objects.put("window", WINDOW);
        objects.put("hub", HUB);
        objects.put("budget", BUDGET);
        objects.put("courierType", COURIER_TYPE);
        objects.put("roadProfile", ROAD_PROFILE);
        objects.put("courierBreak", BREAK);
        objects.put("site", SITE);
        objects.put("client", CLIENT);
        objects.put("geographicLocation", GEOGRAPHIC);
        objects.put("planarLocation", PLANAR);
        objects.put("straightLineTravel", STRAIGHT_LINE);
        objects.put("matrixTravel", MATRIX);
        objects.put("roadTravel", ROAD);
        objects.put("geographicRoadNode", roadNodeFields(CoordinateSystem.GEOGRAPHIC));
        objects.put("planarRoadNode", roadNodeFields(CoordinateSystem.PLANAR));
        objects.put("roadEdge", ROAD_EDGE);
        objects.put("congestion", CONGESTION);
        return Map.copyOf(objects);
    }

    static List<String> locationFields(CoordinateSystem coordinates) {
        return coordinates == CoordinateSystem.PLANAR ? PLANAR : GEOGRAPHIC;
    }

    static List<String> roadNodeFields(CoordinateSystem coordinates) {
        return coordinates == CoordinateSystem.PLANAR ? List.of("id", "x", "y") : List.of("id", "lat", "lon");
    }
}
