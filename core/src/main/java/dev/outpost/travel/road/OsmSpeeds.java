package dev.outpost.travel.road;

import java.util.Locale;
import java.util.Map;

/**
 * Speeds for OpenStreetMap ways: parsing of the {@code maxspeed} tag and a default per
 * {@code highway} class.
 *
 * <p>{@code maxspeed} forms understood: a number in km/h ({@code "50"}), with a unit
 * ({@code "50 mph"}, {@code "50mph"}, {@code "30 knots"}, {@code "40 km/h"}), a list
 * ({@code "50;30"}: the first value), a country zone ({@code "FR:urban"}, {@code "DE:rural"},
 * {@code "GB:nsl_single"}, {@code "DE:zone30"}, {@code "RU:living_street"}, {@code "IT:motorway"}),
 * {@code "walk"} (6 km/h) and {@code "living_street"}. {@code "none"}, {@code "signals"},
 * {@code "variable"} and anything else give {@link Double#NaN}, meaning "use the class default".
 * The tags {@code maxspeed:forward}/{@code :backward} are not read.
 *
 * <p>The speed used is the posted limit, not a measured free-flow speed: tables are optimistic
 * in congested centres. Change the class defaults or scale the network if that matters.
 */
public final class OsmSpeeds {

    private static final double KMH_PER_MPH = 1.609344;
    private static final double KMH_PER_KNOT = 1.852;

    /** Default speed per drivable {@code highway} class, km/h. */
    private static final Map<String, Double> CLASS_DEFAULT_KMH = Map.ofEntries(
            Map.entry("motorway", 100.0), Map.entry("motorway_link", 60.0),
            Map.entry("trunk", 80.0), Map.entry("trunk_link", 50.0),
            Map.entry("primary", 60.0), Map.entry("primary_link", 45.0),
            Map.entry("secondary", 50.0), Map.entry("secondary_link", 40.0),
            Map.entry("tertiary", 40.0), Map.entry("tertiary_link", 30.0),
            Map.entry("unclassified", 30.0), Map.entry("residential", 30.0),
            Map.entry("living_street", 10.0), Map.entry("service", 15.0));

    /** Zone speeds, km/h, for the country-specific zones; other countries use {@link #GENERIC_ZONES}. */
    private static final Map<String, Double> COUNTRY_ZONES = Map.ofEntries(
            Map.entry("DE:rural", 100.0), Map.entry("AT:rural", 100.0), Map.entry("CH:rural", 80.0),
            Map.entry("FR:rural", 80.0), Map.entry("CH:motorway", 120.0), Map.entry("DE:motorway", 130.0),
            Map.entry("GB:nsl_single", 60 * KMH_PER_MPH), Map.entry("GB:nsl_dual", 70 * KMH_PER_MPH),
            Map.entry("GB:motorway", 70 * KMH_PER_MPH), Map.entry("UK:nsl_single", 60 * KMH_PER_MPH),
            Map.entry("UK:nsl_dual", 70 * KMH_PER_MPH), Map.entry("UK:motorway", 70 * KMH_PER_MPH),
            Map.entry("RU:urban", 60.0), Map.entry("RU:living_street", 20.0));

    private static final Map<String, Double> GENERIC_ZONES = Map.ofEntries(
            Map.entry("urban", 50.0), Map.entry("rural", 90.0), Map.entry("trunk", 110.0),
            Map.entry("motorway", 130.0), Map.entry("living_street", 20.0), Map.entry("walk", 6.0));

    private OsmSpeeds() {
    }

    /**
     * The default speed of a drivable {@code highway} class, km/h, or {@link Double#NaN} if the
     * class is not drivable (see {@link #isDrivable}).
     *
     * @param highway the OSM {@code highway} tag value
     * @return the speed, km/h, or NaN
     */
    public static double classDefaultKmh(String highway) {
        Double v = CLASS_DEFAULT_KMH.get(highway);
        return v == null ? Double.NaN : v;
    }

    /**
     * Whether ways of this {@code highway} class are driven by couriers' vans: motorway, trunk,
     * primary, secondary, tertiary and their {@code _link}s, unclassified, residential,
     * living_street and service. Not footway, path, steps, pedestrian, cycleway, track, bridleway,
     * construction, proposed, or the rare unclassified-by-mapper {@code road}.
     *
     * @param highway the OSM {@code highway} tag value
     * @return true if couriers drive on it
     */
    public static boolean isDrivable(String highway) {
        return highway != null && CLASS_DEFAULT_KMH.containsKey(highway);
    }

    /**
     * The speed in km/h that a {@code maxspeed} value states, or {@link Double#NaN} when it
     * states none ({@code null}, {@code "none"}, {@code "signals"}, unparseable).
     *
     * @param value the OSM {@code maxspeed} tag value, or null
     * @return the speed, km/h, or NaN
     */
    public static double parseMaxspeedKmh(String value) {
        if (value == null) {
            return Double.NaN;
        }
        String v = value.trim();
        int semicolon = v.indexOf(';');
        if (semicolon >= 0) {
            v = v.substring(0, semicolon).trim();
        }
        if (v.isEmpty()) {
            return Double.NaN;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.equals("walk")) {
            return 6.0;
        }
        if (lower.equals("living_street")) {
            return 20.0;
        }
        int colon = v.indexOf(':');
        if (colon > 0) {
            return zoneKmh(v.substring(0, colon).toUpperCase(Locale.ROOT), v.substring(colon + 1).toLowerCase(Locale.ROOT));
        }
        int i = 0;
        while (i < lower.length() && (Character.isDigit(lower.charAt(i)) || lower.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            return Double.NaN;
        }
        double number;
        try {
            number = Double.parseDouble(lower.substring(0, i));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (!(number > 0)) {
            return Double.NaN;
        }
        String unit = lower.substring(i).trim();
        switch (unit) {
            case "":
            case "km/h":
            case "kmh":
            case "kph":
                return number;
            case "mph":
                return number * KMH_PER_MPH;
            case "knots":
                return number * KMH_PER_KNOT;
            default:
                return Double.NaN;
        }
    }

    private static double zoneKmh(String country, String zone) {
        Double specific = COUNTRY_ZONES.get(country + ":" + zone);
        if (specific != null) {
            return specific;
        }
        // "zone30", "zone:30", "zone 30"
        if (zone.startsWith("zone")) {
            String digits = zone.substring(4).replace(":", "").trim();
            try {
                double z = Double.parseDouble(digits);
                return z > 0 ? z : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        Double generic = GENERIC_ZONES.get(zone);
        return generic == null ? Double.NaN : generic;
    }
}
