package dev.outpost.travel.road;

import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
 * <p>Each edge has a <em>road class</em> (the OpenStreetMap {@code highway} value, a CSV
 * {@code class} column, an inline edge's {@code roadClass}; {@code "road"} when none is given),
 * which courier profiles and congestion act on: {@link #roadClasses()}, {@link #edgeClass(int)}
 * and {@link #reweighted}.
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
    private final short[] edgeClasses;
    private final List<String> roadClasses;
    private final int droppedNodes;
    private final Map<Long, Integer> indexById;

    private RoadNetwork(CoordinateSystem coordinates, long[] nodeIds, double[] xs, double[] ys, int[] firstOut,
            int[] heads, int[] edgeMillis, int[] edgeDecimetres, short[] edgeClasses, List<String> roadClasses,
            int droppedNodes) {
        this.edgeClasses = edgeClasses;
        this.roadClasses = List.copyOf(roadClasses);
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

    /** The class of an edge that names none. */
    public static final String DEFAULT_ROAD_CLASS = "road";

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
        return coordinates == CoordinateSystem.GEOGRAPHIC ? Location.ofLatLon(ys[v], xs[v]) : Location.planar(xs[v], ys[v]);
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
     * The road class names, in the order their index is used by {@link #edgeClass(int)}.
     *
     * @return the road class names, in the order their index is used by {@link #edgeClass(int)}
     */
    public List<String> roadClasses() {
        return roadClasses;
    }

    /**
     * Index into {@link #roadClasses()} of edge {@code e}'s road class.
     *
     * @param e the edge index
     * @return index into {@link #roadClasses()} of edge {@code e}'s road class
     */
    public int edgeClass(int e) {
        return edgeClasses[e];
    }

    /**
     * This network as one courier profile drives it at one time: every edge of class {@code c}
     * takes {@code max(round(millis / factors[c]), time at maxSpeedKmh)} milliseconds, edges of a
     * barred class are left out. Lengths, node ids and coordinates are unchanged; nodes left on
     * no edge are dropped and, when something is barred, only the largest strongly connected
     * component is kept (so that points snap to roads the courier can drive both to and from).
     * O(n + m log m).
     *
     * @param factors     one factor per {@link #roadClasses()} entry, finite and positive
     * @param barred      one flag per road class, {@code true} to leave its edges out
     * @param maxSpeedKmh speed cap, km/h, or {@link Double#POSITIVE_INFINITY} for none
     * @throws IllegalArgumentException when an array does not match the road classes, a factor is
     *                                  not finite and positive, or every edge is barred
     * @return this network as one courier profile drives it at one time (see above)
     */
    public RoadNetwork reweighted(double[] factors, boolean[] barred, double maxSpeedKmh) {
        checkReweighting(factors, barred, maxSpeedKmh);
        boolean anyBarred = false;
        for (boolean b : barred) {
            anyBarred |= b;
        }
        Builder b = new Builder(coordinates);
        for (String c : roadClasses) {
            b.classIndex(c);
        }
        for (int v = 0; v < nodeIds.length; v++) {
            b.addNode(nodeIds[v], xs[v], ys[v]);
        }
        int kept = 0;
        for (int v = 0; v < nodeIds.length; v++) {
            for (int e = firstOut[v]; e < firstOut[v + 1]; e++) {
                int c = edgeClasses[e];
                if (barred[c]) {
                    continue;
                }
                b.add(v, heads[e], reweightedMillis(e, factors, maxSpeedKmh), edgeDecimetres[e], c);
                kept++;
            }
        }
        if (kept == 0) {
            throw new IllegalArgumentException("Every road edge is barred (classes " + roadClasses
                    + "); let the courier profile use at least one road class.");
        }
        return b.build(anyBarred ? ComponentPolicy.LARGEST_STRONG_COMPONENT : ComponentPolicy.KEEP_ALL);
    }

    /**
     * The packed weights ({@code milliseconds << 32 | decimetres}, see {@link #packedWeight}) of every
     * edge under the same re-weighting as {@link #reweighted}, on this network's edge indices: what
     * a {@link CustomizableHierarchy} customises with. A barred edge gets
     * {@link ManyToManyRouter#UNREACHABLE}. Unlike {@link #reweighted}, nothing is dropped: the
     * caller snaps onto the nodes the re-weighted network keeps.
     *
     * @param factors     per road class (index of {@link #roadClasses()}), the factor on its speed, finite and above 0
     * @param barred      per road class, true if the profile may not use it
     * @param maxSpeedKmh speed cap, km/h, above 0 ({@link Double#POSITIVE_INFINITY} for none)
     * @return one packed weight per edge, {@link #edgeCount()} entries
     * @throws IllegalArgumentException as {@link #reweighted}
     */
    public long[] reweightedPackedWeights(double[] factors, boolean[] barred, double maxSpeedKmh) {
        checkReweighting(factors, barred, maxSpeedKmh);
        long[] packed = new long[heads.length];
        for (int e = 0; e < heads.length; e++) {
            packed[e] = barred[edgeClasses[e]] ? ManyToManyRouter.UNREACHABLE
                    : ((long) reweightedMillis(e, factors, maxSpeedKmh) << 32) | edgeDecimetres[e];
        }
        return packed;
    }

    /** Milliseconds of edge {@code e} at its class's factor, not faster than the cap, at least 1. */
    private int reweightedMillis(int e, double[] factors, double maxSpeedKmh) {
        long ms = Math.round(edgeMillis[e] / factors[edgeClasses[e]]);
        if (maxSpeedKmh != Double.POSITIVE_INFINITY) {
            ms = Math.max(ms, millisFor(edgeDecimetres[e] / 10.0, maxSpeedKmh));
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1L, ms));
    }

    private void checkReweighting(double[] factors, boolean[] barred, double maxSpeedKmh) {
        int k = roadClasses.size();
        if (factors.length != k || barred.length != k) {
            throw new IllegalArgumentException("The factors (" + factors.length + ") and barred flags ("
                    + barred.length + ") do not match the " + k + " road classes " + roadClasses + ".");
        }
        for (int c = 0; c < k; c++) {
            if (!(factors[c] > 0) || !Double.isFinite(factors[c])) {
                throw new IllegalArgumentException("The speed factor of road class '" + roadClasses.get(c) + "' ("
                        + factors[c] + ") must be finite and above 0.");
            }
        }
        if (!(maxSpeedKmh > 0)) {
            throw new IllegalArgumentException("The speed cap (" + maxSpeedKmh + " km/h) must be above 0.");
        }
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
        private short[] classes = new short[1024];
        private final List<String> classNames = new ArrayList<>();
        private final Map<String, Integer> classIndex = new HashMap<>();
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
            return addEdge(fromId, toId, metres, speedKmh, oneway, DEFAULT_ROAD_CLASS);
        }

        /**
         * As {@link #addEdge(long, long, double, double, boolean)}, with the edge's road class.
         *
         * @param roadClass the class name, not blank; at most 32,767 distinct classes
         * @param fromId source id of the start node
         * @param toId source id of the end node
         * @param metres length, metres, finite and not negative
         * @param speedKmh free-flow speed, km/h, finite and positive
         * @param oneway true to add only the direction from {@code fromId} to {@code toId}
         * @throws IllegalArgumentException naming the edge if a node is unknown or a value is out of range
         * @return this builder
         */
        public Builder addEdge(long fromId, long toId, double metres, double speedKmh, boolean oneway,
                String roadClass) {
            if (roadClass == null || roadClass.isBlank()) {
                throw new IllegalArgumentException("The road edge " + fromId + " -> " + toId
                        + " has a blank road class; give a class name or leave it out for '" + DEFAULT_ROAD_CLASS
                        + "'.");
            }
            int c = classIndex(roadClass);
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
            add(f, t, ms, dm, c);
            if (!oneway) {
                add(t, f, ms, dm, c);
            }
            return this;
        }

        /** The index of road class {@code name}, registering it on first use. */
        int classIndex(String name) {
            Integer c = classIndex.get(name);
            if (c == null) {
                if (classNames.size() == Short.MAX_VALUE) {
                    throw new IllegalArgumentException("The road class '" + name + "' is one more than the "
                            + Short.MAX_VALUE + " classes a network holds; use fewer classes.");
                }
                c = classNames.size();
                classNames.add(name);
                classIndex.put(name, c);
            }
            return c;
        }

        private void add(int f, int t, int ms, int dm, int c) {
            if (f == t) {
                return;
            }
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
                millis = Arrays.copyOf(millis, edges * 2);
                decimetres = Arrays.copyOf(decimetres, edges * 2);
                classes = Arrays.copyOf(classes, edges * 2);
            }
            classes[edges] = (short) c;
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
            if (classNames.isEmpty()) {
                classIndex(DEFAULT_ROAD_CLASS);
            }
            Csr all = Csr.of(nodes, from, to, millis, decimetres, classes, edges);
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
            short[] kc = new short[all.edgeCount()];
            int ke = 0;
            for (int v = 0; v < nodes; v++) {
                for (int e = all.first[v]; e < all.first[v + 1]; e++) {
                    int w = all.head[e];
                    if (keep[v] && keep[w]) {
                        kf[ke] = newIndex[v];
                        kt[ke] = newIndex[w];
                        km[ke] = all.millis[e];
                        kd[ke] = all.dm[e];
                        kc[ke] = all.cls[e];
                        ke++;
                    }
                }
            }
            Csr csr = Csr.of(kept, kf, kt, km, kd, kc, ke);
            return new RoadNetwork(coordinates, keptIds, kx, ky, csr.first, csr.head, csr.millis, csr.dm, csr.cls,
                    classNames, nodes - kept);
        }
    }

    /** Sorted, deduplicated CSR used while building. */
    static final class Csr {
        final int n;
        final int[] first;
        final int[] head;
        final int[] millis;
        final int[] dm;
        final short[] cls;
        final int[] inDegree;

        private Csr(int n, int[] first, int[] head, int[] millis, int[] dm, short[] cls, int[] inDegree) {
            this.cls = cls;
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
        static Csr of(int n, int[] from, int[] to, int[] millis, int[] dm, short[] cls, int m) {
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
            short[] c = new short[m];
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
                c[k] = cls[e];
                first[from[e] + 1]++;
                in[to[e]]++;
                k++;
            }
            for (int v = 0; v < n; v++) {
                first[v + 1] += first[v];
            }
            return new Csr(n, first, Arrays.copyOf(head, k), Arrays.copyOf(ms, k), Arrays.copyOf(d, k),
                    Arrays.copyOf(c, k), in);
        }
    }
}
