package dev.outpost.travel;

import dev.outpost.model.Congestion;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
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
 * up to 1 unit of rounding. Building a table of n points is O(n²) time and memory, and one table
 * holds at most {@link TravelTimes#MAX_POINTS} points.
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

    /**
     * {@inheritDoc}
     *
     * <p>One static table per courier type, at its {@link CourierType#speedKmh()} (this model's own
     * speed is not used); congestion is ignored (it acts on road classes).
     */
    @Override
    public TravelTables tables(List<String> pointIds, List<Location> points, List<CourierType> courierTypes,
            Congestion congestion) {
        long started = System.nanoTime();
        List<TravelTimes> perType = new java.util.ArrayList<>(courierTypes.size());
        for (CourierType type : courierTypes) {
            perType.add(new StraightLineTravelModel(coordinates, detourFactor, type.speedKmh()).table(pointIds, points));
        }
        return TravelTables.ofStatic(courierTypes.stream().map(CourierType::id).toList(), perType,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The detour factor.
     *
     * @return the detour factor
     */
    public double detourFactor() {
        return detourFactor;
    }

    /**
     * The speed, km/h.
     *
     * @return the speed, km/h
     */
    public double speedKmh() {
        return metresPerSecond * 3.6;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the lists differ in length, there are more than
     *                                  {@link TravelTimes#MAX_POINTS} points, or a distance or time
     *                                  does not fit an {@code int} (planar coordinates far apart)
     */
    @Override
    public TravelTimes table(List<String> pointIds, List<Location> points) {
        int n = points.size();
        if (pointIds.size() != n) {
            throw new IllegalArgumentException("The point ids (" + pointIds.size() + ") and points (" + n
                    + ") differ in number.");
        }
        int cells = TravelTimes.cells(n);
        int[] seconds = new int[cells];
        int[] metres = new int[cells];
        for (int i = 0; i < n; i++) {
            Location a = points.get(i);
            for (int j = i + 1; j < n; j++) {
                long pair = pair(a, points.get(j), pointIds.get(i), pointIds.get(j));
                int m = (int) (pair >>> 32);
                int s = (int) pair;
                metres[i * n + j] = m;
                metres[j * n + i] = m;
                seconds[i * n + j] = s;
                seconds[j * n + i] = s;
            }
        }
        return new TravelTimes(pointIds, seconds, metres);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computes only the new pairs, each with the formula in the same order as {@link #table}
     * (the earlier point first), so the result equals a full rebuild exactly.
     */
    @Override
    public TravelTimes extend(TravelTimes base, List<Location> basePoints, List<TravelPoint> extra) {
        TravelModel.requireMatchingBase(base, basePoints);
        int n = base.size();
        int k = extra.size();
        int total = n + k;
        TravelTimes.cells(total);
        int[] outSeconds = new int[k * total];
        int[] outMetres = new int[k * total];
        int[] inSeconds = new int[n * k];
        int[] inMetres = new int[n * k];
        for (int e = 0; e < k; e++) {
            TravelPoint p = extra.get(e);
            for (int j = 0; j < n; j++) {
                long pair = pair(basePoints.get(j), p.location(), base.pointIds().get(j), p.id());
                outMetres[e * total + j] = (int) (pair >>> 32);
                outSeconds[e * total + j] = (int) pair;
                inMetres[j * k + e] = (int) (pair >>> 32);
                inSeconds[j * k + e] = (int) pair;
            }
            for (int f = e + 1; f < k; f++) {
                TravelPoint q = extra.get(f);
                long pair = pair(p.location(), q.location(), p.id(), q.id());
                outMetres[e * total + n + f] = (int) (pair >>> 32);
                outSeconds[e * total + n + f] = (int) pair;
                outMetres[f * total + n + e] = (int) (pair >>> 32);
                outSeconds[f * total + n + e] = (int) pair;
            }
        }
        return base.appended(extra.stream().map(TravelPoint::id).toList(), outSeconds, outMetres, inSeconds, inMetres);
    }

    /** Metres (high 32 bits) and seconds (low 32 bits) between {@code a} and {@code b}. */
    private long pair(Location a, Location b, String idA, String idB) {
        double road = coordinates.straightLineMetres(a, b) * detourFactor;
        int m = toInt(Math.round(road), idA, idB, "m");
        int s = toInt(Math.round(road / metresPerSecond), idA, idB, "s");
        return (long) m << 32 | s;
    }

    private static int toInt(long value, String from, String to, String unit) {
        if (value > Integer.MAX_VALUE || value < 0) {
            throw new IllegalArgumentException("The travel " + from + " -> " + to + " (" + value + " "
                    + unit + ") does not fit an int; check the coordinates and their system.");
        }
        return (int) value;
    }
}
