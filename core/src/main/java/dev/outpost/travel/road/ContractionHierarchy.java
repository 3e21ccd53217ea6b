package dev.outpost.travel.road;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation.ContractionEdge;
import org.jgrapht.alg.shortestpath.ContractionHierarchyPrecomputation.ContractionVertex;

/**
 * A contraction hierarchy (Geisberger, Sanders, Schultes, Delling 2008) of a {@link RoadNetwork},
 * stored as two flat CSR graphs over the network's vertex indices:
 * <ul>
 *   <li>the <em>upward forward</em> graph: for each vertex {@code v}, the edges and shortcuts
 *       {@code v -> w} with {@code rank(w) > rank(v)};</li>
 *   <li>the <em>upward backward</em> graph: for each vertex {@code v}, the edges and shortcuts
 *       {@code u -> v} with {@code rank(u) > rank(v)}, stored at {@code v} pointing to {@code u}.</li>
 * </ul>
 * Each entry carries the packed lexicographic weight ({@code milliseconds << 32 | decimetres},
 * see {@link RoadNetwork}) of the original path it stands for, so distances along the fastest
 * path come out with the times.
 *
 * <p>Build it once per network and hand it to {@link ManyToManyRouter}s. Two builders:
 * <ul>
 *   <li>{@link #build(RoadNetwork)}, the default: Outpost's own sequential contraction
 *       ({@code NodeContractor}: edge-difference ordering with lazy updates, witness searches with
 *       a settle limit) over flat arrays;</li>
 *   <li>{@link #buildWithJGraphT}: JGraphT's parallel {@link ContractionHierarchyPrecomputation}
 *       converted to the same arrays. Kept for comparison: on this project's shared 2-core
 *       machine it took 2.7 s on Monaco and 12.9 s on Andorra (load average about 6) against
 *       0.08 s and 0.43 s for the default, and 43 s against 5.9 s on a 10,000-node grid (load
 *       average about 12); see {@code ContractionBenchmark} in the benchmarks module.</li>
 * </ul>
 * The query results do not depend on the builder or the order: every valid hierarchy yields the
 * same lexicographic minima.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class ContractionHierarchy {

    private final RoadNetwork network;
    private final int[] rank;
    private final int[] upFirst;
    private final int[] upHead;
    private final long[] upWeight;
    private final int[] downFirst;
    private final int[] downHead;
    private final long[] downWeight;

    private ContractionHierarchy(RoadNetwork network, int[] rank, int[] upFirst, int[] upHead, long[] upWeight,
            int[] downFirst, int[] downHead, long[] downWeight) {
        this.network = network;
        this.rank = rank;
        this.upFirst = upFirst;
        this.upHead = upHead;
        this.upWeight = upWeight;
        this.downFirst = downFirst;
        this.downHead = downHead;
        this.downWeight = downWeight;
    }

    /** A hierarchy from ready CSR arrays (see the field comments); used by {@link CustomizableHierarchy}. */
    static ContractionHierarchy of(RoadNetwork network, int[] rank, int[] upFirst, int[] upHead, long[] upWeight,
            int[] downFirst, int[] downHead, long[] downWeight) {
        return new ContractionHierarchy(network, rank, upFirst, upHead, upWeight, downFirst, downHead, downWeight);
    }

    /**
     * Contracts {@code network} with Outpost's sequential node contraction. Deterministic.
     * Typically a few seconds for 100,000 road nodes.
     *
     * @param network the road network
     * @return its contraction hierarchy
     */
    public static ContractionHierarchy build(RoadNetwork network) {
        return NodeContractor.contract(network);
    }

    /**
     * Contracts {@code network} with JGraphT's parallel precomputation on {@code threads} threads.
     * O(preprocessing) is roughly O(n log n) on road networks; memory O(n + m + shortcuts).
     *
     * @param network the road network
     * @param threads threads of JGraphT's precomputation, at least 1
     * @param seed seed of the random tie-breaking in JGraphT's vertex priorities
     * @return the contraction hierarchy
     */
    public static ContractionHierarchy buildWithJGraphT(RoadNetwork network, int threads, long seed) {
        Graph<Integer, Integer> graph = network.toJGraphT();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>());
        ContractionHierarchyPrecomputation.ContractionHierarchy<Integer, Integer> ch;
        try {
            long[] nextSeed = {seed};
            ch = new ContractionHierarchyPrecomputation<>(graph, () -> new Random(nextSeed[0]++), executor)
                    .computeContractionHierarchy();
        } finally {
            executor.shutdownNow();
        }
        Graph<ContractionVertex<Integer>, ContractionEdge<Integer>> cg = ch.getContractionGraph();
        Map<Integer, ContractionVertex<Integer>> mapping = ch.getContractionMapping();
        int n = network.nodeCount();
        Field levelField = field(ContractionVertex.class, "contractionLevel");
        java.util.IdentityHashMap<ContractionVertex<Integer>, Integer> vertexOf = new java.util.IdentityHashMap<>();
        int[] rank = new int[n];
        for (int v = 0; v < n; v++) {
            ContractionVertex<Integer> cv = mapping.get(v);
            vertexOf.put(cv, v);
            try {
                rank[v] = levelField.getInt(cv);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("The JGraphT contraction level of vertex " + v
                        + " cannot be read; run Outpost on the class path, not the module path.", e);
            }
        }
        int m = cg.edgeSet().size();
        int[] tail = new int[m];
        int[] head = new int[m];
        long[] weight = new long[m];
        int k = 0;
        LinkedList<Integer> pathVertices = new LinkedList<>();
        LinkedList<Integer> pathEdges = new LinkedList<>();
        for (ContractionEdge<Integer> ce : cg.edgeSet()) {
            pathVertices.clear();
            pathEdges.clear();
            ch.unpackForward(ce, pathVertices, pathEdges);
            long w = 0;
            for (Integer e : pathEdges) {
                w += network.packedWeight(e);
            }
            tail[k] = vertexOf.get(cg.getEdgeSource(ce));
            head[k] = vertexOf.get(cg.getEdgeTarget(ce));
            weight[k] = w;
            k++;
        }
        return fromEdges(network, rank, tail, head, weight, k);
    }

    /**
     * Assembles a hierarchy from a vertex order and the edges of the contracted graph
     * (original edges plus shortcuts), each with its packed weight. Edges are split into the
     * upward forward and upward backward graphs by rank; within a vertex they are sorted by
     * head, then weight, and parallel entries keep the cheapest.
     */
    static ContractionHierarchy fromEdges(RoadNetwork network, int[] rank, int[] tail, int[] head, long[] weight,
            int m) {
        int n = network.nodeCount();
        int[] upFrom = new int[m];
        int[] upTo = new int[m];
        long[] upW = new long[m];
        int ups = 0;
        int[] downAt = new int[m];
        int[] downTo = new int[m];
        long[] downW = new long[m];
        int downs = 0;
        for (int i = 0; i < m; i++) {
            if (rank[tail[i]] < rank[head[i]]) {
                upFrom[ups] = tail[i];
                upTo[ups] = head[i];
                upW[ups++] = weight[i];
            } else {
                downAt[downs] = head[i];
                downTo[downs] = tail[i];
                downW[downs++] = weight[i];
            }
        }
        int[][] up = csr(n, upFrom, upTo, upW, ups);
        int[][] down = csr(n, downAt, downTo, downW, downs);
        return new ContractionHierarchy(network, rank, up[0], up[1], unpackWeights(up), down[0], down[1],
                unpackWeights(down));
    }

    private static long[] unpackWeights(int[][] csr) {
        int m = csr[1].length;
        long[] w = new long[m];
        for (int i = 0; i < m; i++) {
            w[i] = ((long) csr[2][i] << 32) | (csr[3][i] & 0xFFFFFFFFL);
        }
        return w;
    }

    /** Returns {first, head, weightHigh, weightLow} sorted by (tail, head, weight), deduplicated. */
    private static int[][] csr(int n, int[] from, int[] to, long[] w, int m) {
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> {
            int c = Integer.compare(from[a], from[b]);
            if (c == 0) {
                c = Integer.compare(to[a], to[b]);
            }
            return c != 0 ? c : Long.compare(w[a], w[b]);
        });
        int[] first = new int[n + 1];
        int[] head = new int[m];
        int[] hi = new int[m];
        int[] lo = new int[m];
        int k = 0;
        for (int i = 0; i < m; i++) {
            int e = idx[i];
            if (i > 0 && from[idx[i - 1]] == from[e] && to[idx[i - 1]] == to[e]) {
                continue;
            }
            head[k] = to[e];
            hi[k] = (int) (w[e] >>> 32);
            lo[k] = (int) w[e];
            first[from[e] + 1]++;
            k++;
        }
        for (int v = 0; v < n; v++) {
            first[v + 1] += first[v];
        }
        return new int[][] {first, Arrays.copyOf(head, k), Arrays.copyOf(hi, k), Arrays.copyOf(lo, k)};
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("The JGraphT field " + type.getSimpleName() + "." + name
                    + " cannot be read (JGraphT version changed?); Outpost is built against JGraphT 1.5.2.", e);
        }
    }

    /** {@return the network this hierarchy contracts} */
    public RoadNetwork network() {
        return network;
    }

    /** {@return the number of vertices} */
    public int nodeCount() {
        return rank.length;
    }

    /**
     * Contraction rank of a vertex.
     *
     * @param v the vertex
     * @return its rank (0 = contracted first)
     */
    public int rank(int v) {
        return rank[v];
    }

    /** {@return the entries in the upward forward graph (edges plus shortcuts going up)} */
    public int upwardEdgeCount() {
        return upHead.length;
    }

    /** {@return the entries in the upward backward graph} */
    public int downwardEdgeCount() {
        return downHead.length;
    }

    int[] upFirst() {
        return upFirst;
    }

    int[] upHead() {
        return upHead;
    }

    long[] upWeight() {
        return upWeight;
    }

    int[] downFirst() {
        return downFirst;
    }

    int[] downHead() {
        return downHead;
    }

    long[] downWeight() {
        return downWeight;
    }
}
