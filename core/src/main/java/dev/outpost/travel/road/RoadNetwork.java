package dev.outpost.travel.road;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * An immutable directed road graph with dense vertex indices {@code 0..n-1}, mapped from the
 * source's {@code long} node ids (OpenStreetMap ids, CSV ids, inline ids).
 *
 * <p>Edges are kept in flat compressed-sparse-row arrays sorted by tail vertex. Each edge carries
 * its free-flow travel time in <b>milliseconds</b> (at least 1) and its length in
 * <b>decimetres</b>; both are integers, so sums along paths are exact and the triangle
 * inequality holds exactly. Tables leave this package rounded up to whole seconds and whole
 * metres (see {@link RoadTravelModel}).
 *
 * <p>Shortest paths are <em>lexicographic</em>: fastest first, then shortest among equally fast
 * paths. {@link #packedWeight(int)} encodes that order in one {@code long}:
 * {@code milliseconds << 32 | decimetres}; sums of packed weights are the packed sums as long as
 * a path is shorter than 429,496 km and faster than 596 hours.
 *
 * <p>Parallel edges are merged (the lexicographically cheapest one is kept) and self-loops are
 * dropped at build time. Which part of the graph is kept is set by {@link ComponentPolicy}; the
 * number of nodes dropped is reported by {@link #droppedNodeCount()}.
 *
 * <p>Build with {@link Builder}, {@link OsmReader}, {@link EdgeListCsvReader} or
 * {@link RoadNetworks#fromSpec}. Instances are immutable and thread-safe.
 */
public final class RoadNetwork {

    /** Which nodes are kept once the graph is built. */
    public enum ComponentPolicy {
        /**
         * Keep only the largest strongly connected component (ties: the one holding the lowest
         * insertion index), so that every kept node reaches every other one. Points then snap
         * only onto that component. The default for OpenStreetMap extracts, whose borders cut
         * roads into dead pieces.
         */
        LARGEST_STRONG_COMPONENT,
        /**
         * Keep every node that lies on an edge; pairs in different pieces come out as
         * unreachable, named by point. The default for hand-made and generated networks.
         */
        KEEP_ALL
    }

    private final CoordinateSystem coordinates;
    private final long[] nodeIds;
    private final double[] xs;
    private final double[] ys;
    private final int[] firstOut;
    private final int[] heads;
    private final int[] edgeMillis;
    private final int[] edgeDecimetres;
    private final int droppedNodes;
    private final Map<Long, Integer> indexById;

    private RoadNetwork(CoordinateSystem coordinates, long[] nodeIds, double[] xs, double[] ys, int[] firstOut,
            int[] heads, int[] edgeMillis, int[] edgeDecimetres, int droppedNodes) {
        this.coordinates = coordinates;
        this.nodeIds = nodeIds;
        this.xs = xs;
        this.ys = ys;
        this.firstOut = firstOut;
        this.heads = heads;
        this.edgeMillis = edgeMillis;
        this.edgeDecimetres = edgeDecimetres;
        this.droppedNodes = droppedNodes;
        this.indexById = new HashMap<>(nodeIds.length * 2);
        for (int i = 0; i < nodeIds.length; i++) {
            indexById.put(nodeIds[i], i);
        }
    }

    /**
     * Travel milliseconds for a length at a speed, rounded, at least 1.
     *
     * @param metres   length, metres
     * @param speedKmh speed, km/h
     * @return milliseconds, at least 1
     */
    public static int millisFor(double metres, double speedKmh) {
        return (int) Math.max(1L, Math.round(metres * 3600.0 / speedKmh));
    }

    /**
     * The packed lexicographic weight {@code milliseconds << 32 | decimetres} of an edge.
     *
     * @param e the edge
     * @return its packed weight
     */
    public long packedWeight(int e) {
        return ((long) edgeMillis[e] << 32) | edgeDecimetres[e];
    }

    /** {@return how the node coordinates are to be read} */
    public CoordinateSystem coordinateSystem() {
        return coordinates;
    }

    /** {@return the number of nodes (vertices {@code 0..n-1})} */
    public int nodeCount() {
        return nodeIds.length;
    }

    /** {@return the number of directed edges} */
    public int edgeCount() {
        return heads.length;
    }

    /** {@return the nodes of the source dropped by the {@link ComponentPolicy} (0 with {@code KEEP_ALL})} */
    public int droppedNodeCount() {
        return droppedNodes;
    }

    /**
     * The source id (OSM id, CSV id) of a vertex.
     *
     * @param v the vertex
     * @return its source id
     */
    public long nodeId(int v) {
        return nodeIds[v];
    }

    /**
     * The vertex of a source id. Not for hot paths.
     *
     * @param id the source id
     * @return the vertex, or -1 if the network does not hold it
     */
    public int indexOf(long id) {
        Integer v = indexById.get(id);
        return v == null ? -1 : v;
    }

    /**
     * The x coordinate of a vertex.
     *
     * @param v the vertex
     * @return longitude in degrees, or planar x
     */
    public double x(int v) {
        return xs[v];
    }

    /**
     * The y coordinate of a vertex.
     *
     * @param v the vertex
     * @return latitude in degrees, or planar y
     */
    public double y(int v) {
        return ys[v];
    }

    /**
     * The location of a vertex.
     *
     * @param v the vertex
     * @return its location
     */
    public Location location(int v) {
        return new Location(xs[v], ys[v]);
    }

    /**
     * First edge index leaving a vertex; the edges of {@code v} are {@code firstOut(v)..firstOut(v+1)-1}.
     *
     * @param v the vertex, {@code 0..nodeCount()} ({@code nodeCount()} gives the end of the last)
     * @return the first edge index
     */
    public int firstOut(int v) {
        return firstOut[v];
    }

    /**
     * Head (target vertex) of an edge.
     *
     * @param e the edge
     * @return its target vertex
     */
    public int head(int e) {
        return heads[e];
    }

    /**
     * Travel time of an edge.
     *
     * @param e the edge
     * @return milliseconds, at least 1
     */
    public int edgeMillis(int e) {
        return edgeMillis[e];
    }

    /**
     * Length of an edge.
     *
     * @param e the edge
     * @return decimetres
     */
    public int edgeDecimetres(int e) {
        return edgeDecimetres[e];
    }

    /**
     * The tail (source vertex) of an edge, by binary search, O(log n).
     *
     * @param e the edge
     * @return its source vertex
     */
    public int tail(int e) {
        int lo = 0;
        int hi = nodeIds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstOut[mid] <= e) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * A JGraphT view: vertices are the dense indices, edges the edge indices, weights the packed
     * lexicographic weights {@code milliseconds * 2^24 + decimetres} as {@code double} (exact for
     * paths faster than 149 hours and shorter than 1,677 km, which covers any city or province).
     * Built anew on each call, O(n + m).
     *
     * @return the graph view
     */
    public Graph<Integer, Integer> toJGraphT() {
        Graph<Integer, Integer> g = GraphTypeBuilder.<Integer, Integer>directed().weighted(true)
                .allowingMultipleEdges(false).allowingSelfLoops(false).buildGraph();
        for (int v = 0; v < nodeIds.length; v++) {
            g.addVertex(v);
        }
        for (int v = 0; v < nodeIds.length; v++) {
            for (int e = firstOut[v]; e < firstOut[v + 1]; e++) {
                Integer edge = e;
                g.addEdge(v, heads[e], edge);
                g.setEdgeWeight(edge, jgraphtWeight(edgeMillis[e], edgeDecimetres[e]));
            }
        }
        return g;
    }

    /**
     * The {@code double} weight used in {@link #toJGraphT()}: {@code millis * 2^24 + decimetres}.
     *
     * @param millis     travel time, milliseconds
     * @param decimetres length, decimetres
     * @return the weight
     */
    public static double jgraphtWeight(long millis, long decimetres) {
        return millis * 16_777_216.0 + decimetres;
    }

    /**
     * Collects nodes and edges, then builds an immutable {@link RoadNetwork}. Node order is
     * insertion order (after dropping), which fixes the dense indices and every tie-break.
     */
    public static final class Builder {
        private final CoordinateSystem coordinates;
        private final Map<Long, Integer> index = new HashMap<>();
        private long[] ids = new long[1024];
        private double[] bx = new double[1024];
        private double[] by = new double[1024];
        private int nodes;
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int[] millis = new int[1024];
        private int[] decimetres = new int[1024];
        private int edges;

        /**
         * A builder for nodes given in a coordinate system.
         *
         * @param coordinates how the nodes' x and y are to be read
         */
        public Builder(CoordinateSystem coordinates) {
            this.coordinates = Objects.requireNonNull(coordinates, "coordinates");
        }

        /**
         * Whether a node was added.
         *
         * @param id the source id
         * @return true if it was added
         */
        public boolean hasNode(long id) {
            return index.containsKey(id);
        }

        /**
         * Adds node {@code id} at ({@code x}, {@code y}) (longitude/latitude degrees, or planar).
         *
         * @param id the source id
         * @param x  longitude in degrees, or planar x
         * @param y  latitude in degrees, or planar y
         * @return this builder
         * @throws IllegalArgumentException if the id is already present or a coordinate is not finite
         */
        public Builder addNode(long id, double x, double y) {
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                throw new IllegalArgumentException("The road node " + id + " has a non-finite coordinate (" + x
                        + ", " + y + "); give finite coordinates.");
            }
            if (index.putIfAbsent(id, nodes) != null) {
                throw new IllegalArgumentException("The road node id " + id + " is given twice; node ids must be unique.");
            }
            if (nodes == ids.length) {
                ids = Arrays.copyOf(ids, nodes * 2);
                bx = Arrays.copyOf(bx, nodes * 2);
                by = Arrays.copyOf(by, nodes * 2);
            }
            ids[nodes] = id;
            bx[nodes] = x;
            by[nodes] = y;
            nodes++;
            return this;
        }

        /**
         * Adds a road segment between two added nodes; with {@code oneway} false both directions
         * are added.
         *
         * @param fromId   source id of the start node
         * @param toId     source id of the end node
         * @param metres   length, metres, finite and not negative
         * @param speedKmh free-flow speed, km/h, finite and positive
         * @param oneway   true to add only the direction from {@code fromId} to {@code toId}
         * @return this builder
         * @throws IllegalArgumentException naming the edge if a node is unknown or a value is out of range
         */
        public Builder addEdge(long fromId, long toId, double metres, double speedKmh, boolean oneway) {
            Integer f = index.get(fromId);
            Integer t = index.get(toId);
            if (f == null || t == null) {
                throw new IllegalArgumentException("The road edge " + fromId + " -> " + toId + " names an unknown node ("
                        + (f == null ? fromId : toId) + "); add the node first.");
            }
            if (!(metres >= 0) || !Double.isFinite(metres)) {
                throw new IllegalArgumentException("The road edge " + fromId + " -> " + toId + " has length " + metres
                        + " m; give a finite length of at least 0.");
            }
            if (!(speedKmh > 0) || !Double.isFinite(speedKmh)) {
                throw new IllegalArgumentException("The road edge " + fromId + " -> " + toId + " has speed " + speedKmh
                        + " km/h; give a finite speed above 0.");
            }
            int ms = millisFor(metres, speedKmh);
            int dm = (int) Math.round(metres * 10.0);
            add(f, t, ms, dm);
            if (!oneway) {
                add(t, f, ms, dm);
            }
            return this;
        }

        private void add(int f, int t, int ms, int dm) {
            if (f == t) {
                return;
            }
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
                millis = Arrays.copyOf(millis, edges * 2);
                decimetres = Arrays.copyOf(decimetres, edges * 2);
            }
            from[edges] = f;
            to[edges] = t;
            millis[edges] = ms;
            decimetres[edges] = dm;
            edges++;
        }

        /**
         * Builds the network: nodes on no edge are dropped (they are not roads), parallel edges
         * merged, then {@code policy} applied.
         *
         * @param policy which components to keep
         * @return the network
         */
        public RoadNetwork build(ComponentPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            Csr all = Csr.of(nodes, from, to, millis, decimetres, edges);
            boolean[] keep = new boolean[nodes];
            if (policy == ComponentPolicy.LARGEST_STRONG_COMPONENT) {
                int[] comp = StrongComponents.label(all);
                int[] sizes = new int[nodes];
                int best = -1;
                for (int v = 0; v < nodes; v++) {
                    if (all.degree(v) > 0 || all.inDegree(v) > 0) {
                        sizes[comp[v]]++;
                    }
                }
                for (int v = 0; v < nodes; v++) {
                    if (best < 0 || sizes[comp[v]] > sizes[best]) {
                        best = comp[v];
                    }
                }
                for (int v = 0; v < nodes; v++) {
                    keep[v] = comp[v] == best && sizes[best] > 0;
                }
            } else {
                for (int v = 0; v < nodes; v++) {
                    keep[v] = all.degree(v) > 0 || all.inDegree(v) > 0;
                }
            }
            int[] newIndex = new int[nodes];
            int kept = 0;
            for (int v = 0; v < nodes; v++) {
                newIndex[v] = keep[v] ? kept++ : -1;
            }
            long[] keptIds = new long[kept];
            double[] kx = new double[kept];
            double[] ky = new double[kept];
            for (int v = 0; v < nodes; v++) {
                if (keep[v]) {
                    keptIds[newIndex[v]] = ids[v];
                    kx[newIndex[v]] = bx[v];
                    ky[newIndex[v]] = by[v];
                }
            }
            int[] kf = new int[all.edgeCount()];
            int[] kt = new int[all.edgeCount()];
            int[] km = new int[all.edgeCount()];
            int[] kd = new int[all.edgeCount()];
            int ke = 0;
            for (int v = 0; v < nodes; v++) {
                for (int e = all.first[v]; e < all.first[v + 1]; e++) {
                    int w = all.head[e];
                    if (keep[v] && keep[w]) {
                        kf[ke] = newIndex[v];
                        kt[ke] = newIndex[w];
                        km[ke] = all.millis[e];
                        kd[ke] = all.dm[e];
                        ke++;
                    }
                }
            }
            Csr csr = Csr.of(kept, kf, kt, km, kd, ke);
            return new RoadNetwork(coordinates, keptIds, kx, ky, csr.first, csr.head, csr.millis, csr.dm,
                    nodes - kept);
        }
    }

    /** Sorted, deduplicated CSR used while building. */
    static final class Csr {
        final int n;
        final int[] first;
        final int[] head;
        final int[] millis;
        final int[] dm;
        final int[] inDegree;

        private Csr(int n, int[] first, int[] head, int[] millis, int[] dm, int[] inDegree) {
            this.n = n;
            this.first = first;
            this.head = head;
            this.millis = millis;
            this.dm = dm;
            this.inDegree = inDegree;
        }

        int edgeCount() {
            return head.length;
        }

        int degree(int v) {
            return first[v + 1] - first[v];
        }

        int inDegree(int v) {
            return inDegree[v];
        }

        /** Sorts edges by (tail, head, millis, decimetres) and keeps the first of each (tail, head). */
        static Csr of(int n, int[] from, int[] to, int[] millis, int[] dm, int m) {
            Integer[] order = new Integer[m];
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Integer.compare(from[a], from[b]);
                if (c == 0) {
                    c = Integer.compare(to[a], to[b]);
                }
                if (c == 0) {
                    c = Integer.compare(millis[a], millis[b]);
                }
                if (c == 0) {
                    c = Integer.compare(dm[a], dm[b]);
                }
                return c != 0 ? c : Integer.compare(a, b);
            });
            int[] first = new int[n + 1];
            int[] head = new int[m];
            int[] ms = new int[m];
            int[] d = new int[m];
            int[] in = new int[n];
            int k = 0;
            for (int i = 0; i < m; i++) {
                int e = order[i];
                if (k > 0 && i > 0 && from[order[i - 1]] == from[e] && to[order[i - 1]] == to[e]) {
                    continue;
                }
                head[k] = to[e];
                ms[k] = millis[e];
                d[k] = dm[e];
                first[from[e] + 1]++;
                in[to[e]]++;
                k++;
            }
            for (int v = 0; v < n; v++) {
                first[v + 1] += first[v];
            }
            return new Csr(n, first, Arrays.copyOf(head, k), Arrays.copyOf(ms, k), Arrays.copyOf(d, k), in);
        }
    }
}
