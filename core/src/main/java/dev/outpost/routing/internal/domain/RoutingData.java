package dev.outpost.routing.internal.domain;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.route.RouteKernel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal (not API): the problem as the solver's hot path reads it: the {@link RouteKernel}
 * (data and timing rules) plus what only the search needs (courier classes, neighbour lists).
 * Indexed by dense courier and pickup indices. Immutable; the arrays behind the accessors are
 * shared and never modified.
 */
public final class RoutingData {

    /** Number of couriers (the unassigned bucket has index {@code courierCount}). */
    public final int courierCount;
    /** Number of pickups. */
    public final int pickupCount;
    /** Number of courier classes. */
    public final int courierClassCount;

    private final RouteKernel kernel;
    private final int[] courierClass;
    private final int[][] neighbours;

    /** Builds the kernel and the search data from a problem and the objective weights of the options. */
    public RoutingData(RoutingProblem problem, RoutingOptions options) {
        this(RouteKernel.of(problem, options), options.ruinRecreateWeight() > 0);
    }

    /**
     * @param kernel     the kernel
     * @param neighbours whether to build the neighbour lists (only the ruin move reads them)
     */
    public RoutingData(RouteKernel kernel, boolean neighbours) {
        this.kernel = kernel;
        courierCount = kernel.courierCount();
        pickupCount = kernel.pickupCount();
        courierClass = new int[courierCount];
        Map<List<Object>, Integer> classes = new HashMap<>();
        for (int c = 0; c < courierCount; c++) {
            List<Object> key = List.of(kernel.courierStart(c), kernel.courierAvailable(c), kernel.courierShiftEnd(c),
                    kernel.courierCapacity(c), kernel.courierLoad(c), kernel.courierSkills(c), kernel.courierEndAtHub(c));
            Integer known = classes.putIfAbsent(key, classes.size());
            courierClass[c] = known == null ? classes.size() - 1 : known;
        }
        courierClassCount = classes.size();
        this.neighbours = neighbours ? new int[pickupCount][] : null;
    }

    /** Pickup p's row: the others by increasing metres from it (ties by index), sorted as packed longs. */
    private static int[] neighbourRow(RouteKernel k, int p) {
        int n = k.pickupCount();
        long[] keys = new long[Math.max(0, n - 1)];
        int from = k.pickupPoint(p);
        int i = 0;
        for (int q = 0; q < n; q++) {
            if (q != p) {
                long m = k.reachable(from, k.pickupPoint(q)) ? k.legMetres(from, k.pickupPoint(q)) : Integer.MAX_VALUE;
                keys[i++] = (m << 32) | q;
            }
        }
        Arrays.sort(keys);
        int[] row = new int[keys.length];
        for (int j = 0; j < row.length; j++) {
            row[j] = (int) keys[j];
        }
        return row;
    }

    /** The route kernel: data and timing rules. */
    public RouteKernel kernel() {
        return kernel;
    }

    /**
     * Class of courier c: couriers with the same start, times, capacity, load, skills and
     * end-at-hub flag share a class (numbered from 0 in courier order), so that their empty routes
     * are interchangeable.
     */
    public int courierClass(int c) {
        return courierClass[c];
    }

    /**
     * The other pickups by increasing metres from pickup p (ties by index); the shared row, not
     * to be modified. Rows are built on first use (a ruin move reads a few per step), only when
     * the ruin-and-recreate move is on; not thread-safe (one solver thread reads them).
     *
     * @throws IllegalStateException when the neighbour lists are off
     */
    public int[] neighbours(int p) {
        if (neighbours == null) {
            throw new IllegalStateException("The neighbour lists are off (ruinRecreateWeight 0); this is a solver bug.");
        }
        int[] row = neighbours[p];
        if (row == null) {
            row = neighbourRow(kernel, p);
            neighbours[p] = row;
        }
        return row;
    }
}
