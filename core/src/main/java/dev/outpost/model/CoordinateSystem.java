package dev.outpost.model;

/** How a scenario's {@link Location}s are to be read. */
public enum CoordinateSystem {
    /** Points built by {@link Location#ofLatLon}: degrees WGS84 ({@code x} = longitude, {@code y} = latitude); distances by haversine. */
    GEOGRAPHIC {
        @Override
        public double straightLineMetres(Location a, Location b) {
            double lat1 = Math.toRadians(a.latitude());
            double lat2 = Math.toRadians(b.latitude());
            double dLat = lat2 - lat1;
            double dLon = Math.toRadians(b.longitude() - a.longitude());
            double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                    + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
            return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(h)));
        }
    },
    /** Points built by {@link Location#planar}: {@code x}, {@code y} in metres on a plane; distances are Euclidean. */
    PLANAR {
        @Override
        public double straightLineMetres(Location a, Location b) {
            return Math.hypot(a.x() - b.x(), a.y() - b.y());
        }
    };

    /** Mean Earth radius used by the haversine formula, metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /**
     * Straight-line (great-circle or Euclidean) distance between two points.
     *
     * @param a one point
     * @param b the other point
     * @return the distance, metres
     */
    public abstract double straightLineMetres(Location a, Location b);
}
