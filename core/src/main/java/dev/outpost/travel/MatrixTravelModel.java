package dev.outpost.travel;

import dev.outpost.model.Location;
import dev.outpost.model.TravelSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Travel read from an explicit matrix (as exported from a routing engine or a literature
 * instance). Points are looked up by id; their locations are ignored. A {@code null} entry of the
 * matrix is an unreachable pair ({@link TravelTimes#UNREACHABLE}).
 *
 * <p>The matrix is assumed validated ({@code dev.outpost.io.ScenarioValidator}): square, zero
 * diagonal, non-negative. No triangle inequality is assumed or enforced: the matrix is taken as
 * given.
 */
public final class MatrixTravelModel implements TravelModel {

    private final int size;
    private final int[] seconds;
    private final int[] metres;
    private final Map<String, Integer> rowById;

    /**
     * @param matrix the matrix, square and consistent in size with its point ids
     * @throws IllegalArgumentException when the matrix is not square, lists an id twice, or has a
     *                                  negative entry or a pair unreachable in one table only
     */
    public MatrixTravelModel(TravelSpec.Matrix matrix) {
        this.size = matrix.pointIds().size();
        this.rowById = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (rowById.putIfAbsent(matrix.pointIds().get(i), i) != null) {
                throw new IllegalArgumentException("The point id '" + matrix.pointIds().get(i)
                        + "' is listed twice in the travel matrix.");
            }
        }
        this.seconds = flatten(matrix.seconds(), "seconds");
        this.metres = flatten(matrix.metres(), "metres");
        // TravelTimes checks the pairing of unreachable entries and the signs; fail early here.
        new TravelTimes(matrix.pointIds(), seconds, metres);
    }

    private int[] flatten(List<List<Integer>> rows, String name) {
        if (rows.size() != size) {
            throw new IllegalArgumentException("The " + name + " table has " + rows.size() + " rows for " + size
                    + " points.");
        }
        int[] flat = new int[TravelTimes.cells(size)];
        for (int i = 0; i < size; i++) {
            List<Integer> row = rows.get(i);
            if (row.size() != size) {
                throw new IllegalArgumentException("The " + name + " row " + i + " has " + row.size() + " entries for "
                        + size + " points.");
            }
            for (int j = 0; j < size; j++) {
                Integer value = row.get(j);
                flat[i * size + j] = value == null ? TravelTimes.UNREACHABLE : value;
            }
        }
        return flat;
    }

    /**
     * Number of points in the matrix.
     *
     * @return the number of points in the matrix
     */
    public int size() {
        return size;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when an id is not in the matrix
     */
    @Override
    public TravelTimes table(List<String> pointIds, List<Location> points) {
        int n = pointIds.size();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            Integer row = rowById.get(pointIds.get(i));
            if (row == null) {
                throw new IllegalArgumentException("The point '" + pointIds.get(i) + "' is not in the travel matrix ("
                        + size + " points); add a row and a column for it.");
            }
            rows[i] = row;
        }
        int cells = TravelTimes.cells(n);
        int[] s = new int[cells];
        int[] m = new int[cells];
        for (int i = 0; i < n; i++) {
            int from = rows[i] * size;
            for (int j = 0; j < n; j++) {
                s[i * n + j] = seconds[from + rows[j]];
                m[i * n + j] = metres[from + rows[j]];
            }
        }
        return new TravelTimes(pointIds, s, m);
    }

    /**
     * A matrix has no geometry, so a point given only by its location cannot be placed in it: any
     * extra point is rejected (an empty list returns {@code base}).
     *
     * @throws IllegalArgumentException naming the first extra point, when there is one
     */
    @Override
    public TravelTimes extend(TravelTimes base, List<Location> basePoints, List<TravelPoint> extra) {
        TravelModel.requireMatchingBase(base, basePoints);
        if (extra.isEmpty()) {
            return base;
        }
        TravelPoint first = extra.get(0);
        throw new IllegalArgumentException("The travel point '" + first.id() + "' (" + first.location().x() + ", "
                + first.location().y() + ") cannot be added to a travel matrix: a matrix has no geometry, only the "
                + size + " points it lists. Start the courier at one of the matrix's points, or use a straight-line"
                + " or road travel model for live positions.");
    }
}
