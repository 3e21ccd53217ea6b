package dev.outpost.travel.road;

import java.util.Arrays;

/**
 * A customizable contraction hierarchy (Dibbelt, Strasser and Wagner, "Customizable contraction
 * hierarchies", ACM JEA 2016) of a {@link RoadNetwork}: the expensive, metric-independent part is
 * built once, and each set of edge weights (a courier profile, a time slice) is then a cheap
 * {@link #customize customisation} into an ordinary {@link ContractionHierarchy} that
 * {@link ManyToManyRouter} searches.
 *
 * <p>How to think about this:
 * <ol>
 *   <li><b>Order</b> (metric-independent): nested dissection by recursive coordinate bisection. A
 *       set of vertices is cut at the median of its longer coordinate extent; the vertices of the
 *       smaller side that touch the other side form the separator, which gets the highest ranks
 *       of the set; both sides are ordered the same way below it. Ties in coordinates are broken
 *       by vertex index, so the order is deterministic.</li>
 *   <li><b>Arcs</b> (metric-independent): the chordal supergraph of the undirected road graph
 *       under that order (symbolic elimination: the upper neighbours of a vertex, minus its lowest
 *       one, are added to that lowest one's upper neighbours). No witness search: every shortcut a
 *       weight set could need is there, so the arcs do not depend on the weights.</li>
 *   <li><b>Customisation</b> (per weight set): each arc gets the least weight of the road edges it
 *       stands for ({@link ManyToManyRouter#UNREACHABLE} when none, e.g. barred roads or one-way
 *       streets), then vertices are visited bottom-up and every lower triangle {@code u - v - w}
 *       ({@code v} lowest) relaxes the arc {@code u - w} in both directions by the path through
 *       {@code v}. Afterwards every up-down path weight is an exact path weight and the shortest
 *       path is an up-down path, so bucket searches answer exactly what a lexicographic Dijkstra
 *       answers. Arcs left at {@code UNREACHABLE} are dropped from the customised hierarchy.</li>
 * </ol>
 * Cost: the order and the arcs O(n log n) plus the fill-in; a customisation O(triangles) time and
 * O(arcs) memory. The re-weighted hierarchy is over this network's vertex indices.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class CustomizableHierarchy {

    /** Sets at most this large are not cut further; their vertices are ranked by index. */
    private static final int LEAF_SIZE = 4;

    private final RoadNetwork network;
    private final int[] rank;
    /** Vertices by rank. */
    private final int[] order;
    /** CSR: the upper neighbours of each vertex, sorted by rank. */
    private final int[] first;
    private final int[] head;
    /** Per road edge: {@code 2 * arc + 1} if the edge goes upward (tail lower), {@code 2 * arc} if downward. */
    private final int[] edgeArc;

    private CustomizableHierarchy(RoadNetwork network, int[] rank, int[] order, int[] first, int[] head,
            int[] edgeArc) {
        this.network = network;
        this.rank = rank;
        this.order = order;
        this.first = first;
        this.head = head;
        this.edgeArc = edgeArc;
    }

    /**
     * The metric-independent part for {@code network}: its nested-dissection order and arcs.
     * Deterministic.
     *
     * @param network the road network
     * @return the hierarchy, ready to {@link #customize}
     */
    public static CustomizableHierarchy build(RoadNetwork network) {
        int n = network.nodeCount();
        int[][] undirected = undirectedAdjacency(network);
        int[] order = new Dissection(network, undirected[0], undirected[1]).order();
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        int[][] arcs = eliminate(n, undirected[0], undirected[1], rank, order);
        int[] first = arcs[0];
        int[] head = arcs[1];
        int[] edgeArc = new int[network.edgeCount()];
        for (int v = 0; v < n; v++) {
            for (int e = network.firstOut(v); e < network.firstOut(v + 1); e++) {
                int w = network.head(e);
                boolean up = rank[v] < rank[w];
                int low = up ? v : w;
                int high = up ? w : v;
                edgeArc[e] = 2 * arcOf(first, head, rank, low, high) + (up ? 1 : 0);
            }
        }
        return new CustomizableHierarchy(network, rank, order, first, head, edgeArc);
    }

    /** Undirected simple adjacency {first, neighbours} of the network, without self loops. */
    private static int[][] undirectedAdjacency(RoadNetwork network) {
        int n = network.nodeCount();
        int[] degree = new int[n + 1];
        for (int v = 0; v < n; v++) {
            for (int e = network.firstOut(v); e < network.firstOut(v + 1); e++) {
                degree[v]++;
                degree[network.head(e)]++;
            }
        }
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + degree[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] all = new int[start[n]];
        for (int v = 0; v < n; v++) {
            for (int e = network.firstOut(v); e < network.firstOut(v + 1); e++) {
                int w = network.head(e);
                all[fill[v]++] = w;
                all[fill[w]++] = v;
            }
        }
        int[] first = new int[n + 1];
        int k = 0;
        for (int v = 0; v < n; v++) {
            Arrays.sort(all, start[v], start[v + 1]);
            int begin = k;
            for (int i = start[v]; i < start[v + 1]; i++) {
                int w = all[i];
                if (w != v && (k == begin || all[k - 1] != w)) {
                    all[k++] = w;
                }
            }
            first[v + 1] = k;
        }
        return new int[][] {first, Arrays.copyOf(all, k)};
    }

    /**
     * Symbolic elimination in rank order: the chordal supergraph's upper neighbours of each
     * vertex, sorted by rank, as CSR {first, head}.
     */
    private static int[][] eliminate(int n, int[] adjFirst, int[] adj, int[] rank, int[] order) {
        int[][] pending = new int[n][];
        int[] pendingSize = new int[n];
        for (int v = 0; v < n; v++) {
            int count = 0;
            for (int i = adjFirst[v]; i < adjFirst[v + 1]; i++) {
                if (rank[adj[i]] > rank[v]) {
                    count++;
                }
            }
            pending[v] = new int[Math.max(2, count)];
            for (int i = adjFirst[v]; i < adjFirst[v + 1]; i++) {
                if (rank[adj[i]] > rank[v]) {
                    pending[v][pendingSize[v]++] = rank[adj[i]];
                }
            }
        }
        int[] first = new int[n + 1];
        int[] head = new int[Math.max(16, adj.length)];
        int arcs = 0;
        for (int r = 0; r < n; r++) {
            int v = order[r];
            int[] upper = pending[v];
            int size = pendingSize[v];
            Arrays.sort(upper, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (distinct == 0 || upper[distinct - 1] != upper[i]) {
                    upper[distinct++] = upper[i];
                }
            }
            pending[v] = null;
            if (arcs + distinct > head.length) {
                head = Arrays.copyOf(head, Math.max(arcs + distinct, head.length * 2));
            }
            for (int i = 0; i < distinct; i++) {
                head[arcs++] = order[upper[i]];
            }
            first[v + 1] = distinct;
            if (distinct > 1) {
                int parent = order[upper[0]];
                int need = pendingSize[parent] + distinct - 1;
                if (need > pending[parent].length) {
                    pending[parent] = Arrays.copyOf(pending[parent], Math.max(need, pending[parent].length * 2));
                }
                System.arraycopy(upper, 1, pending[parent], pendingSize[parent], distinct - 1);
                pendingSize[parent] = need;
            }
        }
        // the arcs were written in rank order; lay them out by vertex index
        int[] byVertexFirst = new int[n + 1];
        for (int v = 0; v < n; v++) {
            byVertexFirst[v + 1] = byVertexFirst[v] + first[v + 1];
        }
        int[] byVertexHead = new int[arcs];
        int k = 0;
        for (int r = 0; r < n; r++) {
            int v = order[r];
            System.arraycopy(head, k, byVertexHead, byVertexFirst[v], first[v + 1]);
            k += first[v + 1];
        }
        return new int[][] {byVertexFirst, byVertexHead};
    }

    /** The arc from {@code low} to its upper neighbour {@code high} (binary search by rank). */
    private static int arcOf(int[] first, int[] head, int[] rank, int low, int high) {
        int lo = first[low];
        int hi = first[low + 1] - 1;
        int target = rank[high];
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = rank[head[mid]];
            if (r < target) {
                lo = mid + 1;
            } else if (r > target) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalStateException("The arc " + low + " -> " + high + " is missing from the chordal graph.");
    }

    /**
     * The hierarchy for the network's own edge weights.
     *
     * @return the customised hierarchy
     */
    public ContractionHierarchy customize() {
        long[] own = new long[network.edgeCount()];
        for (int e = 0; e < own.length; e++) {
            own[e] = network.packedWeight(e);
        }
        return customize(own);
    }

    /**
     * The hierarchy for the weights {@code packed} (one packed weight {@code milliseconds << 32 |
     * decimetres} per edge of the network, {@link ManyToManyRouter#UNREACHABLE} for an edge the
     * weight set may not use), for example {@link RoadNetwork#reweightedPackedWeights}. Its
     * searches give the lexicographic least path weights under {@code packed}, exactly.
     *
     * @param packed one weight per road edge, positive or {@link ManyToManyRouter#UNREACHABLE}
     * @return the customised hierarchy over this network's vertex indices
     * @throws IllegalArgumentException if {@code packed} does not have one entry per edge
     */
    public ContractionHierarchy customize(long[] packed) {
        if (packed.length != edgeArc.length) {
            throw new IllegalArgumentException("The weights (" + packed.length + ") must be one per road edge ("
                    + edgeArc.length + ").");
        }
        long inf = ManyToManyRouter.UNREACHABLE;
        int m = head.length;
        long[] up = new long[m];
        long[] down = new long[m];
        Arrays.fill(up, inf);
        Arrays.fill(down, inf);
        for (int e = 0; e < packed.length; e++) {
            int arc = edgeArc[e] >>> 1;
            if ((edgeArc[e] & 1) == 1) {
                up[arc] = Math.min(up[arc], packed[e]);
            } else {
                down[arc] = Math.min(down[arc], packed[e]);
            }
        }
        for (int v : order) {
            int begin = first[v];
            int end = first[v + 1];
            for (int i = begin; i < end; i++) {
                long toLow = down[i];
                long fromLow = up[i];
                if (toLow == inf && fromLow == inf) {
                    continue;
                }
                int u = head[i];
                int p = first[u];
                for (int j = i + 1; j < end; j++) {
                    p = find(p, first[u + 1], head[j]);
                    // u -> v -> w relaxes u -> w (stored upward at u); w -> v -> u relaxes w -> u
                    if (toLow != inf && up[j] != inf && toLow + up[j] < up[p]) {
                        up[p] = toLow + up[j];
                    }
                    if (fromLow != inf && down[j] != inf && down[j] + fromLow < down[p]) {
                        down[p] = down[j] + fromLow;
                    }
                }
            }
        }
        long[] basicUp = up.clone();
        long[] basicDown = down.clone();
        perfect(up, down);
        // an arc whose weight a path through a higher vertex beats is on no shortest up-down path
        for (int i = 0; i < m; i++) {
            if (up[i] != basicUp[i]) {
                up[i] = inf;
            }
            if (down[i] != basicDown[i]) {
                down[i] = inf;
            }
        }
        int n = rank.length;
        int[] upFirst = new int[n + 1];
        int[] downFirst = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int ups = 0;
            int downs = 0;
            for (int i = first[v]; i < first[v + 1]; i++) {
                ups += up[i] != inf ? 1 : 0;
                downs += down[i] != inf ? 1 : 0;
            }
            upFirst[v + 1] = upFirst[v] + ups;
            downFirst[v + 1] = downFirst[v] + downs;
        }
        int[] upHead = new int[upFirst[n]];
        long[] upWeight = new long[upFirst[n]];
        int[] downHead = new int[downFirst[n]];
        long[] downWeight = new long[downFirst[n]];
        int a = 0;
        int b = 0;
        for (int i = 0; i < m; i++) {
            if (up[i] != inf) {
                upHead[a] = head[i];
                upWeight[a++] = up[i];
            }
            if (down[i] != inf) {
                downHead[b] = head[i];
                downWeight[b++] = down[i];
            }
        }
        return ContractionHierarchy.of(network, rank.clone(), upFirst, upHead, upWeight, downFirst, downHead,
                downWeight);
    }

    /**
     * Perfect customisation (Dibbelt et al., section 5): top-down, every arc at {@code v} is
     * relaxed through the upper and intermediate triangles {@code v - x - y} ({@code x, y} above
     * {@code v}, their arc already exact), so that afterwards each arc's weight is the exact
     * distance between its ends.
     */
    private void perfect(long[] up, long[] down) {
        long inf = ManyToManyRouter.UNREACHABLE;
        for (int r = order.length - 1; r >= 0; r--) {
            int v = order[r];
            int end = first[v + 1];
            for (int i = first[v]; i < end; i++) {
                int u = head[i];
                int p = first[u];
                for (int j = i + 1; j < end; j++) {
                    p = find(p, first[u + 1], head[j]);
                    // u below w; arc p is u -> w (up) and w -> u (down)
                    long uw = up[p];
                    long wu = down[p];
                    if (uw != inf) {
                        if (up[i] != inf && up[i] + uw < up[j]) {
                            up[j] = up[i] + uw;
                        }
                        if (down[j] != inf && uw + down[j] < down[i]) {
                            down[i] = uw + down[j];
                        }
                    }
                    if (wu != inf) {
                        if (up[j] != inf && up[j] + wu < up[i]) {
                            up[i] = up[j] + wu;
                        }
                        if (down[i] != inf && wu + down[i] < down[j]) {
                            down[j] = wu + down[i];
                        }
                    }
                }
            }
        }
    }

    /**
     * The position of arc head {@code w} in {@code [from, end)}, one vertex's upper neighbours
     * sorted by rank, which holds it (chordality): galloping, then binary search.
     */
    private int find(int from, int end, int w) {
        if (head[from] == w) {
            return from;
        }
        int target = rank[w];
        int step = 1;
        int lo = from;
        int hi = from + 1;
        while (rank[head[hi]] < target) {
            lo = hi;
            step <<= 1;
            hi = Math.min(from + step, end - 1);
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rank[head[mid]] < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@return the network this hierarchy is built on} */
    public RoadNetwork network() {
        return network;
    }

    /** {@return the arcs of the chordal graph (road edges plus shortcuts, one per vertex pair)} */
    public int arcCount() {
        return head.length;
    }

    /**
     * Bytes held by the metric-independent arrays (a customisation needs about {@code 16 *
     * arcCount()} more while it runs, and its hierarchy up to {@code 24 * arcCount()}).
     *
     * @return bytes of the order, the arcs and the edge-to-arc map
     */
    public long bytes() {
        return 4L * (rank.length + order.length + first.length + head.length + edgeArc.length);
    }

    /** Nested dissection by recursive coordinate bisection (see the class comment). */
    private static final class Dissection {
        private final int n;
        private final int[] adjFirst;
        private final int[] adj;
        /** Position of each vertex in the order by (x, index) and by (y, index). */
        private final int[] posX;
        private final int[] posY;
        private final double[] xs;
        private final double[] ys;
        /** Label of the set a vertex is in during a cut, to tell the two sides apart. */
        private final int[] side;
        private final int[] order;
        private final long[] keys;

        Dissection(RoadNetwork network, int[] adjFirst, int[] adj) {
            n = network.nodeCount();
            this.adjFirst = adjFirst;
            this.adj = adj;
            xs = new double[n];
            ys = new double[n];
            for (int v = 0; v < n; v++) {
                xs[v] = network.x(v);
                ys[v] = network.y(v);
            }
            posX = positions(xs);
            posY = positions(ys);
            side = new int[n];
            order = new int[n];
            keys = new long[n];
        }

        private int[] positions(double[] c) {
            Integer[] idx = new Integer[n];
            for (int v = 0; v < n; v++) {
                idx[v] = v;
            }
            Arrays.sort(idx, (a, b) -> {
                int cmp = Double.compare(c[a], c[b]);
                return cmp != 0 ? cmp : Integer.compare(a, b);
            });
            int[] pos = new int[n];
            for (int i = 0; i < n; i++) {
                pos[idx[i]] = i;
            }
            return pos;
        }

        int[] order() {
            int[] all = new int[n];
            for (int v = 0; v < n; v++) {
                all[v] = v;
            }
            // explicit stack of (from, to, top rank): sets live in slices of one shared array
            int[] stack = new int[3 * 64];
            int top = 0;
            stack[top++] = 0;
            stack[top++] = n;
            stack[top++] = n;
            int label = 0;
            while (top > 0) {
                int highest = stack[--top];
                int to = stack[--top];
                int from = stack[--top];
                int size = to - from;
                if (size <= LEAF_SIZE) {
                    Arrays.sort(all, from, to);
                    for (int i = 0; i < size; i++) {
                        order[highest - size + i] = all[from + i];
                    }
                    continue;
                }
                boolean byX = extent(all, from, to, xs) >= extent(all, from, to, ys);
                int[] pos = byX ? posX : posY;
                for (int i = from; i < to; i++) {
                    keys[i - from] = ((long) pos[all[i]] << 32) | all[i];
                }
                Arrays.sort(keys, 0, size);
                int mid = from + size / 2;
                label += 2;
                for (int i = 0; i < size; i++) {
                    int v = (int) keys[i];
                    all[from + i] = v;
                    side[v] = from + i < mid ? label : label + 1;
                }
                // separator: the vertices of the smaller touching side
                int left = touching(all, from, mid, label + 1, false);
                int right = touching(all, mid, to, label, false);
                int sepSize = left <= right ? touching(all, from, mid, label + 1, true)
                        : touching(all, mid, to, label, true);
                // move the separator vertices to the end of the slice, keep both sides contiguous
                int[] sep = new int[sepSize];
                int s = 0;
                int leftKept = 0;
                int rightKept = 0;
                int[] buffer = new int[size];
                int bl = 0;
                for (int i = from; i < to; i++) {
                    int v = all[i];
                    boolean inLeft = i < mid;
                    boolean isSep = side[v] < 0;
                    if (isSep) {
                        sep[s++] = v;
                    } else {
                        buffer[bl++] = v;
                        if (inLeft) {
                            leftKept++;
                        } else {
                            rightKept++;
                        }
                    }
                }
                System.arraycopy(buffer, 0, all, from, bl);
                Arrays.sort(sep);
                for (int i = 0; i < sepSize; i++) {
                    order[highest - sepSize + i] = sep[i];
                    side[sep[i]] = 0;
                }
                if (top + 6 > stack.length) {
                    stack = Arrays.copyOf(stack, stack.length * 2);
                }
                stack[top++] = from;
                stack[top++] = from + leftKept;
                stack[top++] = highest - sepSize - rightKept;
                stack[top++] = from + leftKept;
                stack[top++] = from + leftKept + rightKept;
                stack[top++] = highest - sepSize;
            }
            return order;
        }

        /**
         * Counts the vertices in {@code all[from, to)} with a neighbour labelled {@code other}, and
         * marks them as separator ({@code side = -1}) when {@code mark}.
         */
        private int touching(int[] all, int from, int to, int other, boolean mark) {
            int count = 0;
            for (int i = from; i < to; i++) {
                int v = all[i];
                for (int k = adjFirst[v]; k < adjFirst[v + 1]; k++) {
                    if (side[adj[k]] == other) {
                        count++;
                        if (mark) {
                            side[v] = -1;
                        }
                        break;
                    }
                }
            }
            return count;
        }

        private static double extent(int[] all, int from, int to, double[] c) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                min = Math.min(min, c[all[i]]);
                max = Math.max(max, c[all[i]]);
            }
            return max - min;
        }
    }
}
