package dev.outpost.travel.road;

import dev.outpost.model.Location;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A location added to time-of-day road tables in milliseconds: the live counterpart of
 * {@link RoadTravelModel#extend(TravelTables, List, List, List, dev.outpost.model.Congestion)} for
 * a dispatcher whose table gains a point for every new address and GPS fix.
 *
 * <p>How to think about this: everything that does not depend on the new location is done once,
 * here, not per location: the distinct re-weightings of the network (the model's
 * {@link RoadTravelModel#tables} numbering; slices and profiles with equal speeds share one), each
 * one's customised contraction hierarchy and its vertices by descending rank, the snapper of each
 * set of barred road classes, and every point's road vertex and walking legs (snapped once). A new
 * location is then snapped once per snapper, and per <em>distinct</em> re-weighting two sweeps give
 * its row and its column: an upward search from its vertex (in rank order, no queue) followed by
 * one pass over all vertices in descending rank (PHAST, Delling et al. 2011): O(vertices + arcs)
 * for the distances to every vertex, so O(points) per row after that. The tables are written in place
 * ({@link TravelTables#withPoints}). The values equal a full rebuild exactly (the same packed
 * weights, the same minimum over the hierarchy's up-down paths, the same rounding).
 *
 * <p>Single-threaded (one dispatcher's writer).
 */
public final class RoadLiveTables {

    private static final long INF = ManyToManyRouter.UNREACHABLE;

    private final RoadTravelModel model;
    /** The distinct variants (by key), in first-seen order. */
    private final List<RoadTravelModel.Variant> unique = new ArrayList<>();
    /** [profile][distinct table] index into {@link #unique}. */
    private final int[][] variantOf;
    /** [unique variant] its hierarchy laid out for the sweeps, built on first use. */
    private final Sweep[] sweeps;
    /** [unique variant] its snapping group. */
    private final int[] groupOf;
    /** [group] the kept snapper (null: the whole network). */
    private final List<NodeSnapper> snappers = new ArrayList<>();
    /** [group][point] road vertex, walking leg milliseconds and decimetres. */
    private int[][] vertex;
    private long[][] legMillis;
    private long[][] legDecimetres;
    private int size;
    /** Distances from the target (row) and to it (column), by sweep position. */
    private final long[] rowDist;
    private final long[] columnDist;

    /**
     * A hierarchy laid out for PHAST: vertex positions in descending rank (position 0 is the
     * highest), and per position the arcs from higher vertices into it (forward: for distances
     * from a source) and out of it to higher vertices (backward: distances to a target), heads as
     * positions, so that a sweep reads its arrays in order.
     */
    private static final class Sweep {
        final ContractionHierarchy hierarchy;
        final int[] position;
        final int[] forwardFirst;
        final int[] forwardHead;
        final long[] forwardWeight;
        final int[] backwardFirst;
        final int[] backwardHead;
        final long[] backwardWeight;

        Sweep(ContractionHierarchy h) {
            hierarchy = h;
            int n = h.nodeCount();
            Integer[] order = new Integer[n];
            for (int v = 0; v < n; v++) {
                order[v] = v;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(h.rank(b), h.rank(a)));
            position = new int[n];
            for (int q = 0; q < n; q++) {
                position[order[q]] = q;
            }
            forwardFirst = new int[n + 1];
            forwardHead = new int[h.downHead().length];
            forwardWeight = new long[h.downHead().length];
            backwardFirst = new int[n + 1];
            backwardHead = new int[h.upHead().length];
            backwardWeight = new long[h.upHead().length];
            lay(order, h.downFirst(), h.downHead(), h.downWeight(), forwardFirst, forwardHead, forwardWeight);
            lay(order, h.upFirst(), h.upHead(), h.upWeight(), backwardFirst, backwardHead, backwardWeight);
        }

        private void lay(Integer[] order, int[] first, int[] head, long[] weight, int[] outFirst, int[] outHead,
                long[] outWeight) {
            int k = 0;
            for (int q = 0; q < order.length; q++) {
                int v = order[q];
                for (int e = first[v]; e < first[v + 1]; e++) {
                    outHead[k] = position[head[e]];
                    outWeight[k] = weight[e];
                    k++;
                }
                outFirst[q + 1] = k;
            }
        }
    }

    RoadLiveTables(RoadTravelModel model, RoadTravelModel.Variants variants, TravelTables tables, List<Location> points) {
        this.model = model;
        int profiles = variants.perProfile().size();
        if (profiles != tables.profileCount()) {
            throw new IllegalArgumentException("The tables have " + tables.profileCount() + " profiles, the courier types "
                    + profiles + "; give the types the tables were built for.");
        }
        variantOf = new int[profiles][];
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        List<Integer> groupList = new ArrayList<>();
        for (int p = 0; p < profiles; p++) {
            List<RoadTravelModel.Variant> own = variants.perProfile().get(p);
            if (own.size() != tables.distinctTables(p)) {
                throw new IllegalArgumentException("The tables have " + tables.distinctTables(p) + " tables for profile '"
                        + tables.profileIds().get(p) + "', this model and congestion " + own.size()
                        + "; give tables built by this model with the same congestion.");
            }
            variantOf[p] = new int[own.size()];
            for (int d = 0; d < own.size(); d++) {
                RoadTravelModel.Variant v = own.get(d);
                Integer u = byKey.get(v.key());
                if (u == null) {
                    u = unique.size();
                    unique.add(v);
                    byKey.put(v.key(), u);
                    String barredKey = Arrays.toString(v.barred());
                    Integer g = groups.get(barredKey);
                    if (g == null) {
                        g = snappers.size();
                        groups.put(barredKey, g);
                        snappers.add(model.keptSnapper(v.barred()));
                    }
                    groupList.add(g);
                }
                variantOf[p][d] = u;
            }
        }
        groupOf = groupList.stream().mapToInt(Integer::intValue).toArray();
        sweeps = new Sweep[unique.size()];
        int n = points.size();
        int capacity = Math.max(16, n + n / 2);
        vertex = new int[snappers.size()][capacity];
        legMillis = new long[snappers.size()][capacity];
        legDecimetres = new long[snappers.size()][capacity];
        List<String> ids = tables.pointIds();
        for (int g = 0; g < snappers.size(); g++) {
            RoadTravelModel.Snapped s = model.snapWith(ids, points, snappers.get(g));
            System.arraycopy(s.vertex(), 0, vertex[g], 0, n);
            System.arraycopy(s.legMillis(), 0, legMillis[g], 0, n);
            System.arraycopy(s.legDecimetres(), 0, legDecimetres[g], 0, n);
        }
        size = n;
        int nodes = model.network().nodeCount();
        rowDist = new long[nodes];
        columnDist = new long[nodes];
    }

    /**
     * Distance from {@code location} to the nearest node of the road network, metres.
     *
     * @param location a location in the network's coordinates
     * @return metres to the nearest road node
     * @throws IllegalArgumentException when a coordinate is not finite
     */
    public double nearestNodeMetres(Location location) {
        return model.nearestNodeMetres(location);
    }

    /**
     * Number of distinct re-weightings of the network the tables have (slices and profiles with
     * equal speeds share one): the rows and columns computed per new location.
     *
     * @return the number of distinct tables over all profiles, shared ones counted once
     */
    public int distinctVariants() {
        return unique.size();
    }

    /**
     * {@code tables} (the newest tables of this state) with the points {@code targets} written at
     * {@code locations} ({@link TravelTables#withPoints}: in place; a target below the size
     * replaces that point, the others are appended).
     *
     * @param tables    the current tables, the ones this state was last used with
     * @param targets   the points to write
     * @param ids       their ids
     * @param locations their locations
     * @return the tables with the points written
     * @throws IllegalArgumentException when a location cannot be snapped, or as {@link TravelTables#withPoints}
     */
    public TravelTables put(TravelTables tables, int[] targets, List<String> ids, List<Location> locations) {
        if (tables.size() != size) {
            throw new IllegalArgumentException("The tables have " + tables.size() + " points, this live state "
                    + size + "; give the tables this state last returned.");
        }
        int k = targets.length;
        int newSize = size;
        for (int t : targets) {
            newSize = Math.max(newSize, t + 1);
        }
        int[][] snappedVertex = new int[snappers.size()][];
        long[][] snappedMillis = new long[snappers.size()][];
        long[][] snappedDecimetres = new long[snappers.size()][];
        for (int g = 0; g < snappers.size(); g++) {
            RoadTravelModel.Snapped s = model.snapWith(ids, locations, snappers.get(g));
            snappedVertex[g] = s.vertex();
            snappedMillis[g] = s.legMillis();
            snappedDecimetres[g] = s.legDecimetres();
        }
        if (newSize > vertex[0].length) {
            int capacity = newSize + newSize / 2 + 16;
            for (int g = 0; g < snappers.size(); g++) {
                vertex[g] = Arrays.copyOf(vertex[g], capacity);
                legMillis[g] = Arrays.copyOf(legMillis[g], capacity);
                legDecimetres[g] = Arrays.copyOf(legDecimetres[g], capacity);
            }
        }
        for (int g = 0; g < snappers.size(); g++) {
            for (int e = 0; e < k; e++) {
                vertex[g][targets[e]] = snappedVertex[g][e];
                legMillis[g][targets[e]] = snappedMillis[g][e];
                legDecimetres[g][targets[e]] = snappedDecimetres[g][e];
            }
        }
        int total = newSize;
        int[][][] done = new int[unique.size()][][];
        TravelTables out = tables.withPoints(targets, ids, (profile, distinct, n, written, rowS, rowM, colS, colM) -> {
            int u = variantOf[profile][distinct];
            if (done[u] == null) {
                done[u] = rowsAndColumns(u, written, total);
            }
            System.arraycopy(done[u][0], 0, rowS, 0, k * total);
            System.arraycopy(done[u][1], 0, rowM, 0, k * total);
            System.arraycopy(done[u][2], 0, colS, 0, k * total);
            System.arraycopy(done[u][3], 0, colM, 0, k * total);
        });
        size = newSize;
        return out;
    }

    /** Rows and columns (seconds, metres) of the targets over {@code total} points in variant {@code u}. */
    private int[][] rowsAndColumns(int u, int[] targets, int total) {
        Sweep sweep = sweep(u);
        int[] position = sweep.position;
        int g = groupOf[u];
        int[] vx = vertex[g];
        long[] ms = legMillis[g];
        long[] dm = legDecimetres[g];
        int k = targets.length;
        int[] rowS = new int[k * total];
        int[] rowM = new int[k * total];
        int[] colS = new int[k * total];
        int[] colM = new int[k * total];
        for (int e = 0; e < k; e++) {
            int t = targets[e];
            distances(sweep, vx[t]);
            for (int j = 0; j < total; j++) {
                int q = position[vx[j]];
                write(rowS, rowM, e * total + j, rowDist[q], ms[t] + ms[j], dm[t] + dm[j]);
                write(colS, colM, e * total + j, columnDist[q], ms[j] + ms[t], dm[j] + dm[t]);
            }
        }
        return new int[][] {rowS, rowM, colS, colM};
    }

    private static void write(int[] seconds, int[] metres, int cell, long packed, long legMillis, long legDecimetres) {
        if (packed == INF) {
            seconds[cell] = TravelTimes.UNREACHABLE;
            metres[cell] = TravelTimes.UNREACHABLE;
            return;
        }
        long millis = (packed >>> 32) + legMillis;
        long decimetres = (packed & 0xFFFFFFFFL) + legDecimetres;
        seconds[cell] = Math.toIntExact((millis + 999) / 1000);
        metres[cell] = Math.toIntExact((decimetres + 9) / 10);
    }

    private Sweep sweep(int u) {
        if (sweeps[u] == null) {
            sweeps[u] = new Sweep(unique.get(u).hierarchy(model));
        }
        return sweeps[u];
    }

    /**
     * Packed shortest weights from vertex {@code t} to every vertex ({@link #rowDist}) and from
     * every vertex to it ({@link #columnDist}), by sweep position. The upward searches need no
     * queue: every upward arc leads to a lower position, so relaxing the positions from the
     * source's down to 0 settles each before it is relaxed (a topological order). Then one pass
     * from position 0 up relaxes the arcs from higher vertices into each position.
     */
    private void distances(Sweep sweep, int t) {
        Arrays.fill(rowDist, INF);
        Arrays.fill(columnDist, INF);
        int[] fFirst = sweep.forwardFirst;
        int[] fHead = sweep.forwardHead;
        long[] fWeight = sweep.forwardWeight;
        int[] bFirst = sweep.backwardFirst;
        int[] bHead = sweep.backwardHead;
        long[] bWeight = sweep.backwardWeight;
        int source = sweep.position[t];
        rowDist[source] = 0;
        columnDist[source] = 0;
        // Upward: from t along arcs to higher vertices (row: the upward forward arcs, stored as
        // backward-sweep arcs; column: the upward backward arcs, stored as forward-sweep arcs).
        for (int q = source; q >= 0; q--) {
            long dr = rowDist[q];
            if (dr != INF) {
                for (int e = bFirst[q]; e < bFirst[q + 1]; e++) {
                    long nd = dr + bWeight[e];
                    if (nd < rowDist[bHead[e]]) {
                        rowDist[bHead[e]] = nd;
                    }
                }
            }
            long dc = columnDist[q];
            if (dc != INF) {
                for (int e = fFirst[q]; e < fFirst[q + 1]; e++) {
                    long nd = dc + fWeight[e];
                    if (nd < columnDist[fHead[e]]) {
                        columnDist[fHead[e]] = nd;
                    }
                }
            }
        }
        int n = rowDist.length;
        for (int q = 0; q < n; q++) {
            long best = rowDist[q];
            for (int e = fFirst[q]; e < fFirst[q + 1]; e++) {
                long du = rowDist[fHead[e]];
                if (du != INF && du + fWeight[e] < best) {
                    best = du + fWeight[e];
                }
            }
            rowDist[q] = best;
            best = columnDist[q];
            for (int e = bFirst[q]; e < bFirst[q + 1]; e++) {
                long dw = columnDist[bHead[e]];
                if (dw != INF && dw + bWeight[e] < best) {
                    best = dw + bWeight[e];
                }
            }
            columnDist[q] = best;
        }
    }
}
