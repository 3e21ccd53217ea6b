package dev.outpost.dispatch.wire;

import dev.outpost.model.Location;

/**
 * A location on the wire: {@code {"lat":..,"lon":..}} (degrees) or, for planar scenarios,
 * {@code {"x":..,"y":..}} (metres).
 *
 * @param first  the latitude, or x
 * @param second the longitude, or y
 * @param planar whether the location is x/y metres instead of latitude/longitude
 */
public record WireLocation(double first, double second, boolean planar) {

    /**
     * Rejects coordinates that are not finite, and latitudes or longitudes out of range.
     *
     * @param first  the latitude, or x
     * @param second the longitude, or y
     * @param planar whether the location is x/y metres
     */
    public WireLocation {
        if (!Double.isFinite(first) || !Double.isFinite(second)) {
            throw new IllegalArgumentException("The location (" + first + ", " + second + ") is not finite.");
        }
        if (!planar && (Math.abs(first) > 90 || Math.abs(second) > 180)) {
            throw new IllegalArgumentException("The location (lat " + first + ", lon " + second
                    + ") is outside latitude [-90, 90] or longitude [-180, 180].");
        }
    }

    /**
     * A geographic location.
     *
     * @param latitude  degrees, -90 to 90
     * @param longitude degrees, -180 to 180
     * @return the location
     */
    public static WireLocation latLon(double latitude, double longitude) {
        return new WireLocation(latitude, longitude, false);
    }

    /**
     * A planar location.
     *
     * @param x metres
     * @param y metres
     * @return the location
     */
    public static WireLocation planar(double x, double y) {
        return new WireLocation(x, y, true);
    }

    /**
     * The wire location of a model location.
     *
     * @param location the location (x = longitude, y = latitude when geographic)
     * @param planar   whether the scenario is planar
     * @return the wire location
     */
    public static WireLocation of(Location location, boolean planar) {
        return planar ? planar(location.x(), location.y()) : latLon(location.latitude(), location.longitude());
    }

    /**
     * This location in the model's terms.
     *
     * @return the model location
     */
    public Location toLocation() {
        return planar ? Location.planar(first, second) : Location.ofLatLon(first, second);
    }
}
