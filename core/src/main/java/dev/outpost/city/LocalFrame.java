package dev.outpost.city;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;

/**
 * The generator works on a plane, in metres east and north of the town centre, and converts to
 * latitude and longitude only when it writes the scenario (equirectangular projection, exact
 * enough over a few tens of kilometres). Output coordinates are rounded to 1e-7 degrees (about
 * 1 cm) so the JSON stays short.
 *
 * <p>All trigonometry in this package uses {@link StrictMath}, whose results are the same on
 * every JVM and processor, so a seed gives byte-identical scenarios everywhere.
 */
record LocalFrame(double centreLatitude, double centreLongitude) {

    private static final double R = CoordinateSystem.EARTH_RADIUS_METRES;

    /** The geographic point {@code eastMetres}, {@code northMetres} from the centre. */
    Location toLocation(double eastMetres, double northMetres) {
        double lat = centreLatitude + Math.toDegrees(northMetres / R);
        double lon = centreLongitude + Math.toDegrees(eastMetres / (R * StrictMath.cos(Math.toRadians(centreLatitude))));
        return Location.ofLatLon(round7(lat), round7(lon));
    }

    /**
     * Haversine distance between two written points, metres, with the radius of
     * {@link CoordinateSystem#EARTH_RADIUS_METRES} (the formula of
     * {@link CoordinateSystem#GEOGRAPHIC}, in {@link StrictMath}).
     */
    static double metres(Location a, Location b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double sinLat = StrictMath.sin((lat2 - lat1) / 2);
        double sinLon = StrictMath.sin(Math.toRadians(b.longitude() - a.longitude()) / 2);
        double h = sinLat * sinLat + StrictMath.cos(lat1) * StrictMath.cos(lat2) * sinLon * sinLon;
        return 2 * R * StrictMath.asin(Math.min(1.0, StrictMath.sqrt(h)));
    }

    private static double round7(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
