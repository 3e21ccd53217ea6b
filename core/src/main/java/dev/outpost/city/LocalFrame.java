package dev.outpost.city;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;

/**
 * The generator works on a plane, in metres east and north of the town centre, and converts to
 * latitude and longitude only when it writes the scenario (equirectangular projection, exact
 * enough over a few tens of kilometres). Output coordinates are rounded to 1e-7 degrees (about
 * 1 cm) so the JSON stays short.
 */
record LocalFrame(double centreLatitude, double centreLongitude) {

    private static final double R = CoordinateSystem.EARTH_RADIUS_METRES;

    /** The geographic point {@code eastMetres}, {@code northMetres} from the centre. */
    Location toLocation(double eastMetres, double northMetres) {
        double lat = centreLatitude + Math.toDegrees(northMetres / R);
        double lon = centreLongitude + Math.toDegrees(eastMetres / (R * Math.cos(Math.toRadians(centreLatitude))));
        return Location.ofLatLon(round7(lat), round7(lon));
    }

    private static double round7(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
