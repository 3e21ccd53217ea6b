package dev.outpost.model;

/**
 * A point. For geographic scenarios {@code x} is the longitude and {@code y} the latitude, in
 * degrees (WGS84); for planar scenarios (literature instances) both are in metres or in the
 * instance's own distance unit. Which one applies is set once per scenario by its
 * {@link CoordinateSystem}.
 *
 * @param x longitude in degrees, or planar x
 * @param y latitude in degrees, or planar y
 */
public record Location(double x, double y) {

    /**
     * A geographic point; note the argument order latitude, longitude.
     *
     * @param latitude  degrees, north positive
     * @param longitude degrees, east positive
     * @return the point ({@code x} = longitude, {@code y} = latitude)
     */
    public static Location ofLatLon(double latitude, double longitude) {
        return new Location(longitude, latitude);
    }

    /** {@return the latitude in degrees (geographic scenarios only)} */
    public double latitude() {
        return y;
    }

    /** {@return the longitude in degrees (geographic scenarios only)} */
    public double longitude() {
        return x;
    }
}
