package dev.outpost.model;

import java.util.Locale;

/**
 * The administrative level of a service centre, highest first: the province's own centre, a
 * prefecture city's, a county's, a township's. Written in scenario files in lower case
 * ({@code "level": "county"}).
 */
public enum AdminLevel {
    /** The province-level centre, in the capital. */
    PROVINCE,
    /** A prefecture city's centre. */
    PREFECTURE,
    /** A county's centre, in the county town. */
    COUNTY,
    /** A township's centre, in a village or small town. */
    TOWNSHIP;

    /** {@return the name written in scenario files and outputs, e.g. {@code county}} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level written as {@code text} (case-insensitive), or null when there is none.
     *
     * @param text the level's name, e.g. {@code county}
     * @return the level, or null when {@code text} names none
     */
    public static AdminLevel parse(String text) {
        if (text == null) {
            return null;
        }
        for (AdminLevel level : values()) {
            if (level.label().equalsIgnoreCase(text.trim())) {
                return level;
            }
        }
        return null;
    }
}
