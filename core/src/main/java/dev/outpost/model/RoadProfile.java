package dev.outpost.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one courier type drives on the road model: a speed cap, a factor on each road class's speed
 * and the road classes it may not use. The straight-line model ignores it (it uses
 * {@link CourierType#speedKmh()}). A class that is not named keeps its edges' speeds (factor 1).
 *
 * <p>An edge's speed for this courier type is {@code min(maxSpeedKmh, edge speed x factor of its
 * class x congestion factor of its class at that time)}; see {@link Congestion}.
 *
 * @param maxSpeedKmh   speed cap, km/h, finite and positive; {@code null} for none
 * @param speedFactors  road class name to factor on that class's edge speeds, each finite and
 *                      positive (below 1 slower, above 1 faster); kept in the given order
 * @param barredClasses road classes this courier type may not drive on (a van in pedestrian lanes,
 *                      a scooter on the motorway); its points then snap to the roads it may use
 */
public record RoadProfile(Double maxSpeedKmh, Map<String, Double> speedFactors, List<String> barredClasses) {

    /** The profile that drives every road at its edge speed: today's single table. */
    public static final RoadProfile UNRESTRICTED = new RoadProfile(null, Map.of(), List.of());

    /**
     * Copies {@code speedFactors} and {@code barredClasses} (unmodifiable).
     *
     * @param maxSpeedKmh   speed cap, km/h, finite and positive; {@code null} for none
     * @param speedFactors  road class name to factor on that class's edge speeds, each finite and
     *       positive (below 1 slower, above 1 faster); kept in the given order
     * @param barredClasses road classes this courier type may not drive on (a van in pedestrian lanes,
     *       a scooter on the motorway); its points then snap to the roads it may use
     */
    public RoadProfile {
        speedFactors = Collections.unmodifiableMap(new LinkedHashMap<>(speedFactors));
        barredClasses = List.copyOf(barredClasses);
    }

    /**
     * The factor on road class {@code roadClass}, 1 when it is not named.
     *
     * @param roadClass the road class
     * @return the factor on road class {@code roadClass}, 1 when it is not named
     */
    public double factor(String roadClass) {
        Double f = speedFactors.get(roadClass);
        return f == null ? 1.0 : f;
    }

    /**
     * Whether this profile drives every road at its edge speed (no cap, no factor other than 1, nothing barred).
     *
     * @return whether this profile drives every road at its edge speed (no cap, no factor other than 1, nothing barred)
     */
    public boolean isUnrestricted() {
        return maxSpeedKmh == null && barredClasses.isEmpty()
                && speedFactors.values().stream().allMatch(f -> f == 1.0);
    }
}
