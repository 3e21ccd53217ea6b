package dev.outpost.travel.road;

import java.util.Arrays;

/**
 * Sequential node contraction after Geisberger, Sanders, Schultes and Delling, "Contraction
 * hierarchies: faster and simpler hierarchical routing in road networks" (WEA 2008):
 * <ul>
 *   <li>order: lazy updates of the priority {@code 2 * edge difference + deleted neighbours +
 *       depth} (edge difference = shortcuts added minus edges removed; depth = one more than the
 *       deepest contracted neighbour), ties broken by the lower vertex index;</li>
 *   <li>witness search: a lexicographic Dijkstra from each in-neighbour {@code u} that avoids the
 *       vertex being contracted and stops after {@link #SETTLE_LIMIT} settled vertices or beyond
 *       the longest candidate shortcut ({@link #ESTIMATE_SETTLE_LIMIT} when only estimating a
 *       priority); a witness that is no worse (packed weight {@code <=})
 *       makes the shortcut unnecessary. A stopped search only adds extra shortcuts, never wrong
 *       ones, so the hierarchy stays exact.</li>
 * </ul>
 * Deterministic: same network, same hierarchy.
 */
final class NodeContractor {

    /** Settled vertices after which a witness search gives up (and the shortcut is added). */
    static final int SETTLE_LIMIT = 60;

    /** Settle limit of the cheaper witness searches that only estimate a priority. */
    static final int ESTIMATE_SETTLE_LIMIT = 15;

    private int settleLimit = SETTLE_LIMIT;

    private final int n;
    // dynamic adjacency of the remaining graph
    private final int[][] outTo;
    private final long[][] outW;
    private final int[] outSize;
    private final int[][] inFrom;
    private final long[][] inW;
    private final int[] inSize;
    private final boolean[] contracted;
    private final int[] deletedNeighbours;
    private final int[] depth;

    // witness search workspace
    private final long[] dist;
    private final int[] touched;
    private int touchedCount;
    private final IndexedMinHeap searchHeap;
    private final boolean[] isTarget;

    // shortcut buffer of one contraction
    private int[] scFrom = new int[64];
    private int[] scTo = new int[64];
    private long[] scW = new long[64];
    private int shortcuts;

    // output edges
    private int[] outTail;
    private int[] outHead;
    private long[] outWeight;
    private int outCount;

    private NodeContractor(RoadNetwork network) {
        n = network.nodeCount();
        outTo = new int[n][];
        outW = new long[n][];
        outSize = new int[n];
        inFrom = new int[n][];
        inW = new long[n][];
        inSize = new int[n];
        int[] inDegree = new int[n];
        for (int e = 0; e < network.edgeCount(); e++) {
            inDegree[network.head(e)]++;
        }
        for (int v = 0; v < n; v++) {
            int d = network.firstOut(v + 1) - network.firstOut(v);
            outTo[v] = new int[Math.max(2, d)];
            outW[v] = new long[Math.max(2, d)];
            inFrom[v] = new int[Math.max(2, inDegree[v])];
            inW[v] = new long[Math.max(2, inDegree[v])];
        }
        for (int v = 0; v < n; v++) {
            for (int e = network.firstOut(v); e < network.firstOut(v + 1); e++) {
                addOrImprove(v, network.head(e), network.packedWeight(e));
            }
        }
        contracted = new boolean[n];
        deletedNeighbours = new int[n];
        depth = new int[n];
        dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        touched = new int[n];
        searchHeap = new IndexedMinHeap(n);
        isTarget = new boolean[n];
        outTail = new int[Math.max(16, network.edgeCount() * 2)];
        outHead = new int[outTail.length];
        outWeight = new long[outTail.length];
    }

    /** Contracts every vertex of {@code network} and returns the hierarchy. */
    static ContractionHierarchy contract(RoadNetwork network) {
        NodeContractor c = new NodeContractor(network);
        int[] rank = c.run();
        return ContractionHierarchy.fromEdges(network, rank, c.outTail, c.outHead, c.outWeight, c.outCount);
    }

    private int[] run() {
        IndexedMinHeap queue = new IndexedMinHeap(n);
        for (int v = 0; v < n; v++) {
            queue.insertOrDecrease(v, priority(v));
        }
        int[] rank = new int[n];
        int level = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            long p = priority(v);
            if (!queue.isEmpty() && p > queue.peekKey()) {
                // lazy update: the priority went stale, try again later
                queue.insertOrDecrease(v, p);
                continue;
            }
            rank[v] = level++;
            contractVertex(v);
            for (int i = 0; i < outSize[v]; i++) {
                touchNeighbour(queue, v, outTo[v][i]);
            }
            for (int i = 0; i < inSize[v]; i++) {
                touchNeighbour(queue, v, inFrom[v][i]);
            }
        }
        return rank;
    }

    private void touchNeighbour(IndexedMinHeap queue, int v, int w) {
        if (contracted[w]) {
            return;
        }
        deletedNeighbours[w]++;
        depth[w] = Math.max(depth[w], depth[v] + 1);
        queue.update(w, priority(w));
    }

    private long priority(int v) {
        settleLimit = ESTIMATE_SETTLE_LIMIT;
        findShortcuts(v);
        settleLimit = SETTLE_LIMIT;
        int removed = outSize[v] + inSize[v];
        return 2L * (shortcuts - removed) + deletedNeighbours[v] + depth[v];
    }

    private void contractVertex(int v) {
        findShortcuts(v);
        contracted[v] = true;
        // the edges of v are final now: both ends' order is known and v's weights no longer change
        for (int i = 0; i < outSize[v]; i++) {
            emit(v, outTo[v][i], outW[v][i]);
            removeIn(outTo[v][i], v);
        }
        for (int i = 0; i < inSize[v]; i++) {
            emit(inFrom[v][i], v, inW[v][i]);
            removeOut(inFrom[v][i], v);
        }
        for (int s = 0; s < shortcuts; s++) {
            addOrImprove(scFrom[s], scTo[s], scW[s]);
        }
    }

    /** Fills the shortcut buffer with the shortcuts that contracting {@code v} needs. */
    private void findShortcuts(int v) {
        shortcuts = 0;
        if (inSize[v] == 0 || outSize[v] == 0) {
            return;
        }
        long maxOut = 0;
        for (int i = 0; i < outSize[v]; i++) {
            maxOut = Math.max(maxOut, outW[v][i]);
        }
        for (int i = 0; i < inSize[v]; i++) {
            int u = inFrom[v][i];
            long wu = inW[v][i];
            int targets = 0;
            for (int k = 0; k < outSize[v]; k++) {
                int w = outTo[v][k];
                if (w != u && !isTarget[w]) {
                    isTarget[w] = true;
                    targets++;
                }
            }
            if (targets == 0) {
                continue;
            }
            witnessSearch(u, v, wu + maxOut, targets);
            for (int k = 0; k < outSize[v]; k++) {
                int w = outTo[v][k];
                if (w == u) {
                    continue;
                }
                isTarget[w] = false;
                long via = wu + outW[v][k];
                if (dist[w] > via) {
                    addShortcut(u, w, via);
                }
            }
            resetSearch();
        }
    }

    private void witnessSearch(int source, int avoid, long bound, int targets) {
        dist[source] = 0;
        touched[touchedCount++] = source;
        searchHeap.insertOrDecrease(source, 0);
        int settled = 0;
        int left = targets;
        while (!searchHeap.isEmpty() && left > 0 && settled < settleLimit) {
            if (searchHeap.peekKey() > bound) {
                break;
            }
            int x = searchHeap.poll();
            settled++;
            if (isTarget[x]) {
                left--;
            }
            long d = dist[x];
            int[] to = outTo[x];
            long[] w = outW[x];
            for (int i = 0; i < outSize[x]; i++) {
                int y = to[i];
                if (y == avoid) {
                    continue;
                }
                long nd = d + w[i];
                long old = dist[y];
                if (nd < old) {
                    if (old == Long.MAX_VALUE) {
                        touched[touchedCount++] = y;
                    }
                    dist[y] = nd;
                    searchHeap.insertOrDecrease(y, nd);
                }
            }
        }
    }

    private void resetSearch() {
        for (int k = 0; k < touchedCount; k++) {
            dist[touched[k]] = Long.MAX_VALUE;
        }
        touchedCount = 0;
        searchHeap.clear();
    }

    private void addShortcut(int u, int w, long weight) {
        if (shortcuts == scFrom.length) {
            scFrom = Arrays.copyOf(scFrom, shortcuts * 2);
            scTo = Arrays.copyOf(scTo, shortcuts * 2);
            scW = Arrays.copyOf(scW, shortcuts * 2);
        }
        scFrom[shortcuts] = u;
        scTo[shortcuts] = w;
        scW[shortcuts] = weight;
        shortcuts++;
    }

    private void emit(int tail, int head, long weight) {
        if (outCount == outTail.length) {
            int c = outCount * 2;
            outTail = Arrays.copyOf(outTail, c);
            outHead = Arrays.copyOf(outHead, c);
            outWeight = Arrays.copyOf(outWeight, c);
        }
        outTail[outCount] = tail;
        outHead[outCount] = head;
        outWeight[outCount] = weight;
        outCount++;
    }

    /** Adds edge {@code u -> w} to the remaining graph, or lowers its weight if it is there. */
    private void addOrImprove(int u, int w, long weight) {
        for (int i = 0; i < outSize[u]; i++) {
            if (outTo[u][i] == w) {
                if (weight < outW[u][i]) {
                    outW[u][i] = weight;
                    for (int k = 0; k < inSize[w]; k++) {
                        if (inFrom[w][k] == u) {
                            inW[w][k] = weight;
                            break;
                        }
                    }
                }
                return;
            }
        }
        if (outSize[u] == outTo[u].length) {
            outTo[u] = Arrays.copyOf(outTo[u], outSize[u] * 2);
            outW[u] = Arrays.copyOf(outW[u], outSize[u] * 2);
        }
        outTo[u][outSize[u]] = w;
        outW[u][outSize[u]++] = weight;
        if (inSize[w] == inFrom[w].length) {
            inFrom[w] = Arrays.copyOf(inFrom[w], inSize[w] * 2);
            inW[w] = Arrays.copyOf(inW[w], inSize[w] * 2);
        }
        inFrom[w][inSize[w]] = u;
        inW[w][inSize[w]++] = weight;
    }

    private void removeOut(int u, int w) {
        for (int i = 0; i < outSize[u]; i++) {
            if (outTo[u][i] == w) {
                int last = --outSize[u];
                outTo[u][i] = outTo[u][last];
                outW[u][i] = outW[u][last];
                return;
            }
        }
    }

    private void removeIn(int w, int u) {
        for (int i = 0; i < inSize[w]; i++) {
            if (inFrom[w][i] == u) {
                int last = --inSize[w];
                inFrom[w][i] = inFrom[w][last];
                inW[w][i] = inW[w][last];
                return;
            }
        }
    }
}
