package dev.outpost.io;

import dev.outpost.model.CoordinateSystem;
import java.util.List;
import java.util.Locale;

/** The vocabulary of the scenario JSON: field names in canonical order, and enum spellings. */
final class ScenarioJson {

    static final List<String> TOP = List.of(
            "name", "coordinates", "horizon", "hub", "budget", "courierTypes", "sites", "clients", "travel");
    static final List<String> HORIZON = List.of("days", "serviceDay");
    static final List<String> WINDOW = List.of("start", "end");
    static final List<String> HUB = List.of("id", "location", "cutoff");
    static final List<String> BUDGET = List.of("maxOutposts", "maxCouriers", "maxOpeningCost");
    static final List<String> COURIER_TYPE = List.of(
            "id", "count", "speedKmh", "capacity", "shift", "skills", "costPerHour", "costPerKm", "roadProfile");
    static final List<String> ROAD_PROFILE = List.of("maxSpeedKmh", "speedFactors", "barredClasses");
    static final List<String> SITE = List.of("id", "name", "location", "status", "openingCost", "maxCouriers");
    static final List<String> CLIENT = List.of("id", "name", "kind", "location", "pickupsPerDay", "hourlyProfile",
            "serviceMinutes", "window", "responseTargetMinutes", "priority", "requiredSkills", "pickupSize");
    static final List<String> GEOGRAPHIC = List.of("lat", "lon");
    static final List<String> PLANAR = List.of("x", "y");
    static final List<String> MODELS = List.of("straight-line", "matrix", "road");
    static final List<String> STRAIGHT_LINE = List.of("model", "detourFactor");
    static final List<String> MATRIX = List.of("model", "points", "seconds", "metres");
    static final List<String> ROAD = List.of("model", "file", "nodes", "edges", "congestion");
    static final List<String> ROAD_EDGE = List.of("from", "to", "metres", "speedKmh", "oneway", "roadClass");
    static final List<String> CONGESTION = List.of("sliceMinutes", "factors");

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

    static List<String> locationFields(CoordinateSystem coordinates) {
        return coordinates == CoordinateSystem.PLANAR ? PLANAR : GEOGRAPHIC;
    }

    static List<String> roadNodeFields(CoordinateSystem coordinates) {
        return coordinates == CoordinateSystem.PLANAR ? List.of("id", "x", "y") : List.of("id", "lat", "lon");
    }
}
