package dev.outpost.travel;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.util.List;

/**
 * Travel along the straight line (great-circle by haversine for geographic scenarios, Euclidean
 * for planar ones) stretched by a detour factor, at a constant speed.
 *
 * <p>For each pair: {@code metres = round(straight * detourFactor)} and
 * {@code seconds = round(straight * detourFactor / (speedKmh / 3.6))}, both rounded half up from
 * the unrounded distance (so seconds are not derived from the rounded metres). Tables are exactly
 * symmetric (each pair is computed once), every pair is reachable, and the triangle inequality holds
 * up to 1 unit of rounding. Building a table of n points is O(n²) time and memory.
 */
public final class StraightLineTravelModel implements TravelModel {

    private final CoordinateSystem coordinates;
    private final double detourFactor;
    private final double metresPerSecond;

    /**
     * @param coordinates  how to read the points, not {@code null}
     * @param detourFactor road distance over straight-line distance, finite and at least 1
     * @param speedKmh     travel speed, km/h, finite and positive
     * @throws IllegalArgumentException for a detour factor below 1 or a speed that is not positive
     */
    public StraightLineTravelModel(CoordinateSystem coordinates, double detourFactor, double speedKmh) {
        if (coordinates == null) {
            throw new IllegalArgumentException("The coordinate system is null; give GEOGRAPHIC or PLANAR.");
        }
        if (!Double.isFinite(detourFactor) || detourFactor < 1) {
            throw new IllegalArgumentException("The detour factor (" + detourFactor + ") must be at least 1.");
        }
        if (!Double.isFinite(speedKmh) || speedKmh <= 0) {
            throw new IllegalArgumentException("The speed (" + speedKmh + " km/h) must be positive.");
        }
        this.coordinates = coordinates;
        this.detourFactor = detourFactor;
        this.metresPerSecond = speedKmh / 3.6;
    }

    /** The detour factor. */
    public double detourFactor() {
        return detourFactor;
    }

    /** The speed, km/h. */
    public double speedKmh() {
        return metresPerSecond * 3.6;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the lists differ in length, or a distance or time does
     *                                  not fit an {@code int} (planar coordinates far apart)
     */
    @Override
    public TravelTimes table(List<String> pointIds, List<Location> points) {
        int n = points.size();
        if (pointIds.size() != n) {
            throw new IllegalArgumentException("The point ids (" + pointIds.size() + ") and points (" + n
                    + ") differ in number.");
        }
        int[] seconds = new int[n * n];
        int[] metres = new int[n * n];
        for (int i = 0; i < n; i++) {
            Location a = points.get(i);
            for (int j = i + 1; j < n; j++) {
                double road = coordinates.straightLineMetres(a, points.get(j)) * detourFactor;
                int m = toInt(Math.round(road), pointIds, i, j, "m");
                int s = toInt(Math.round(road / metresPerSecond), pointIds, i, j, "s");
                metres[i * n + j] = m;
                metres[j * n + i] = m;
                seconds[i * n + j] = s;
                seconds[j * n + i] = s;
            }
        }
        return new TravelTimes(pointIds, seconds, metres);
    }

    private static int toInt(long value, List<String> ids, int i, int j, String unit) {
        if (value > Integer.MAX_VALUE || value < 0) {
            throw new IllegalArgumentException("The travel " + ids.get(i) + " -> " + ids.get(j) + " (" + value + " "
                    + unit + ") does not fit an int; check the coordinates and their system.");
        }
        return (int) value;
    }
}
