package dev.outpost.model;

/**
 * A point, built by one of two factories that name their axes so that a swap cannot compile
 * silently: {@link #ofLatLon(double, double)} for a geographic point (WGS84 degrees) and
 * {@link #planar(double, double)} for a planar one (literature instances, synthetic cities: metres
 * or the instance's own distance unit). Which reading applies is set once per scenario by its
 * {@link CoordinateSystem}; the point itself does not carry it.
 *
 * <p>Read a geographic point with {@link #latitude()} and {@link #longitude()}. {@link #x()} and
 * {@link #y()} are the planar view, which the travel code also uses as the coordinate-system-neutral
 * view: for a geographic point {@code x} is the longitude and {@code y} the latitude.
 *
 * <p>Equality and hash code are those of the record {@code Location(double x, double y)} this class
 * replaces: both coordinates compared with {@link Double#compare} (so {@code -0.0} differs from
 * {@code 0.0} and {@code NaN} equals {@code NaN}), and {@code 31 * hash(x) + hash(y)}.
 */
public final class Location {

    private final double x;
    private final double y;

    private Location(double x, double y) {
        this.x = x;
        this.y = y;
    }

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

    /**
     * A planar point (literature instances, synthetic cities in metres).
     *
     * @param x the first planar coordinate
     * @param y the second planar coordinate
     * @return the point
     */
    public static Location planar(double x, double y) {
        return new Location(x, y);
    }

    /** {@return the latitude in degrees (geographic scenarios only; the same value as {@link #y()})} */
    public double latitude() {
        return y;
    }

    /** {@return the longitude in degrees (geographic scenarios only; the same value as {@link #x()})} */
    public double longitude() {
        return x;
    }

    /** {@return the planar x, or the longitude of a geographic point} */
    public double x() {
        return x;
    }

    /** {@return the planar y, or the latitude of a geographic point} */
    public double y() {
        return y;
    }

    /**
     * Two points are equal when both coordinates compare equal with {@link Double#compare}, as the
     * former record's components did.
     *
     * @param o the other object
     * @return whether {@code o} is a location with the same coordinates
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Location l && Double.compare(x, l.x) == 0 && Double.compare(y, l.y) == 0;
    }

    /** {@return {@code 31 * Double.hashCode(x) + Double.hashCode(y)}, the former record's hash code} */
    @Override
    public int hashCode() {
        return 31 * Double.hashCode(x) + Double.hashCode(y);
    }

    /** {@return {@code Location[x=.., y=..]}, as the former record printed itself} */
    @Override
    public String toString() {
        return "Location[x=" + x + ", y=" + y + "]";
    }
}
