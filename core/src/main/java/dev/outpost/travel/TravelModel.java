package dev.outpost.travel;

import dev.outpost.model.Congestion;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Produces {@link TravelTimes} between a list of points. Implementations: straight line
 * (haversine or Euclidean times a detour factor, at a speed), an explicit matrix, and a road
 * network.
 *
 * <p>How to think about this: a model is built once per scenario (a road model also owns its
 * preprocessed graph) and then asked for tables as often as needed; {@link #table} must be
 * deterministic for the same points. Live positions (a courier's GPS fix, the point it is driving
 * to) are added to an existing table with {@link #extend}, which computes only the new rows and
 * columns.
 */
public interface TravelModel {

    /**
     * Builds the tables between {@code points}, in the given order.
     *
     * @param pointIds ids of the points, used in the result and in messages; unique
     * @param points   the points, same length as {@code pointIds}
     * @return the tables; unreachable pairs are marked, never dropped
     * @throws IllegalArgumentException when the lists differ in length, an id repeats, or there are
     *                                  more than {@link TravelTimes#MAX_POINTS} points
     */
    TravelTimes table(List<String> pointIds, List<Location> points);

    /**
     * {@code base} with {@code extra} appended: the existing entries unchanged, then one row and one
     * column per extra point, equal to what {@link #table} would give for all the points together.
     * Cost: the new rows and columns only (plus copying the existing table), so a courier's live
     * position can be added each time it changes.
     *
     * <p>This default rebuilds the whole table; the built-in models override it (straight line: the
     * formula for the new pairs; road: snap the new points once, then one-to-many and many-to-one
     * searches on the contraction hierarchy; matrix: rejects extra points, it has no geometry).
     *
     * @param base       a table this model built for {@code basePoints}
     * @param basePoints the locations of {@code base}'s points, in its order (the road and
     *                   straight-line models need them; a table does not keep locations)
     * @param extra      the points to append, ids unique and not in {@code base}
     * @return a new table of {@code base.size() + extra.size()} points
     * @throws IllegalArgumentException when {@code basePoints} does not match {@code base}, an id
     *                                  repeats, or the model cannot place a location
     */
    default TravelTimes extend(TravelTimes base, List<Location> basePoints, List<TravelPoint> extra) {
        requireMatchingBase(base, basePoints);
        List<String> ids = new ArrayList<>(base.pointIds());
        List<Location> points = new ArrayList<>(basePoints);
        for (TravelPoint p : extra) {
            ids.add(p.id());
            points.add(p.location());
        }
        return table(ids, points);
    }

    /**
     * Builds the tables between {@code points} for each courier type (its travel profile) and, where
     * the model supports it, for each time slice of {@code congestion}: the tables that
     * {@link TravelTables#legSeconds} answers from. Profile {@code k} is {@code courierTypes.get(k)}.
     *
     * <p>This default builds one static {@link #table} and gives it to every courier type (a
     * matrix does not depend on the courier or the time). The straight-line model uses each
     * type's {@link CourierType#speedKmh()}; the road model each type's
     * {@link CourierType#roadProfileOrDefault() road profile} and the congestion.
     *
     * @param courierTypes the profiles, at least one, ids unique
     * @param congestion   time-of-day speed factors per road class, or {@code null} for none
     * @param pointIds the point ids, in index order
     * @param points the point locations, in index order
     * @throws IllegalArgumentException as {@link #table}, or when a profile or the congestion names
     *                                  a road class the model does not have
     * @return the tables between {@code points}, one profile per courier type (and per time slice of {@code congestion} where the model supports it)
     */
    default TravelTables tables(List<String> pointIds, List<Location> points, List<CourierType> courierTypes,
            Congestion congestion) {
        long started = System.nanoTime();
        TravelTimes times = table(pointIds, points);
        return TravelTables.ofStatic(courierTypes.stream().map(CourierType::id).toList(),
                Collections.nCopies(courierTypes.size(), times), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * As {@link #tables(List, List, List, Congestion)}, with rows reserved for points to come
     * ({@link TravelTables#withRoom}): a live table that will gain up to {@code capacity - points.size()}
     * locations then writes them in place, never copying its tables. This default builds the tables,
     * then copies them into the room; the road model builds straight into it (on 10,000 points of a
     * city's time-of-day tables the copy would need their gigabytes twice).
     *
     * @param pointIds     the point ids, in index order
     * @param points       the point locations, in index order
     * @param courierTypes the profiles, at least one, ids unique
     * @param congestion   time-of-day speed factors per road class, or {@code null} for none
     * @param capacity     the points to make room for, at least {@code points.size()}
     * @return the tables, with that room
     * @throws IllegalArgumentException as {@link #tables(List, List, List, Congestion)} and
     *                                  {@link TravelTables#withRoom}
     */
    default TravelTables tables(List<String> pointIds, List<Location> points, List<CourierType> courierTypes,
            Congestion congestion, int capacity) {
        return tables(pointIds, points, courierTypes, congestion).withRoom(capacity);
    }

    /**
     * {@code base} (built by {@link #tables} for {@code courierTypes} and {@code congestion}) with
     * the points {@code extra} appended after its points, in every profile's every table: what
     * {@link #extend(TravelTimes, List, List)} does for one table, for the time-of-day tables (a
     * courier's live position, a request's location). The existing entries are unchanged.
     *
     * <p>This default rebuilds the tables over all the points (exact, O((n + k)^2) per table);
     * the road model computes only the new rows and columns.
     *
     * @param base         the tables to extend
     * @param basePoints   the locations of {@code base}'s points, in index order
     * @param extra        the points to append, ids not among {@code base}'s
     * @param courierTypes the courier types {@code base} was built for, in its profile order
     * @param congestion   the congestion {@code base} was built with, or {@code null}
     * @return the tables over {@code base}'s points followed by {@code extra}
     * @throws IllegalArgumentException when the locations or the courier types do not match {@code base},
     *                                  an id repeats, or as {@link #tables}
     */
    default TravelTables extend(TravelTables base, List<Location> basePoints, List<TravelPoint> extra,
            List<CourierType> courierTypes, Congestion congestion) {
        requireMatchingProfiles(base, basePoints, courierTypes);
        List<String> ids = new ArrayList<>(base.pointIds());
        List<Location> points = new ArrayList<>(basePoints);
        for (TravelPoint p : extra) {
            ids.add(p.id());
            points.add(p.location());
        }
        return tables(ids, points, courierTypes, congestion);
    }

    /**
     * Checks that {@code basePoints} and {@code courierTypes} fit {@code base}.
     *
     * @param base         the tables to extend
     * @param basePoints   their point locations
     * @param courierTypes the courier types they were built for
     * @throws IllegalArgumentException naming both counts or both id lists when they differ
     */
    static void requireMatchingProfiles(TravelTables base, List<Location> basePoints, List<CourierType> courierTypes) {
        if (basePoints.size() != base.size()) {
            throw new IllegalArgumentException("The base locations (" + basePoints.size() + ") do not match the "
                    + base.size() + " points of the tables to extend; give one location per point, in table order.");
        }
        List<String> ids = courierTypes.stream().map(CourierType::id).toList();
        if (!ids.equals(base.profileIds())) {
            throw new IllegalArgumentException("The courier types " + ids + " are not the profiles "
                    + base.profileIds() + " of the tables to extend; give the types they were built for, in order.");
        }
    }

    /**
     * Checks that {@code basePoints} has one location per point of {@code base}.
     *
     * @param base the base table
     * @param basePoints the base table's point locations
     * @throws IllegalArgumentException naming both counts when they differ
     */
    static void requireMatchingBase(TravelTimes base, List<Location> basePoints) {
        if (basePoints.size() != base.size()) {
            throw new IllegalArgumentException("The base locations (" + basePoints.size() + ") do not match the "
                    + base.size() + " points of the table to extend; give one location per point, in table order.");
        }
    }
}
