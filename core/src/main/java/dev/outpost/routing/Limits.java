package dev.outpost.routing;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Range limits checked when problems and options are built, chosen so that no sum the solver forms
 * (route clocks in {@code int} seconds, loads in {@code int} units, scores in {@code long}) can
 * overflow.
 */
final class Limits {

    /** One day in seconds. */
    static final int DAY = 86_400;
    /** Latest time of day accepted anywhere (window ends, shift ends, cut-off), in seconds. */
    static final int MAX_SECOND = RoutingProblem.LATEST_SECOND;
    /** Longest service or travel leg, in seconds. */
    static final int MAX_DURATION = RoutingProblem.LONGEST_DURATION;
    /** Largest size, capacity or load on board, in size units. */
    static final int MAX_UNITS = 1_000_000;
    /** Largest pickup priority. */
    static final int MAX_PRIORITY = 1_000_000;

    private Limits() {
    }

    static int second(String owner, String field, int value) {
        if (value < 0 || value > MAX_SECOND) {
            throw new IllegalArgumentException("The " + owner + " " + field + " (" + value + ") is outside [0, "
                    + MAX_SECOND + "] seconds; use seconds since the start of the service day.");
        }
        return value;
    }

    static int duration(String owner, String field, int value) {
        if (value < 0 || value > MAX_DURATION) {
            throw new IllegalArgumentException("The " + owner + " " + field + " (" + value + ") is outside [0, "
                    + MAX_DURATION + "] seconds; use a duration in seconds.");
        }
        return value;
    }

    static int units(String owner, String field, int value) {
        if (value < 0 || value > MAX_UNITS) {
            throw new IllegalArgumentException("The " + owner + " " + field + " (" + value + ") is outside [0, "
                    + MAX_UNITS + "] size units.");
        }
        return value;
    }

    static Set<String> skills(String owner, String field, Collection<String> skills) {
        if (skills == null) {
            throw new IllegalArgumentException("The " + owner + " " + field + " (null) must be a set; use an empty set for none.");
        }
        Set<String> copy = new TreeSet<>();
        for (String skill : skills) {
            if (skill == null || skill.isBlank()) {
                throw new IllegalArgumentException("The " + owner + " " + field + " (" + skills
                        + ") holds a blank or null skill name; use non-blank names.");
            }
            copy.add(skill);
        }
        return java.util.Collections.unmodifiableSet(copy);
    }

    static String id(String kind, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The " + kind + " id (" + id + ") is blank; give every " + kind + " a unique id.");
        }
        return id;
    }
}
