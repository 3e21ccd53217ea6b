package dev.outpost.travel.road;

import java.util.Arrays;
import java.util.Objects;

/**
 * Many-to-many shortest-path tables over a {@link ContractionHierarchy} by the bucket method of
 * Knopp, Sanders, Schultes, Schulz and Wagner, "Computing many-to-many shortest paths using
 * highway hierarchies" (ALENEX 2007), as adapted to contraction hierarchies:
 * <ol>
 *   <li>from each target {@code t_j}, a backward search on the upward backward graph; every
 *       vertex {@code v} it settles at distance {@code d} gets the bucket entry {@code (j, d)};</li>
 *   <li>from each source {@code s_i}, a forward search on the upward forward graph; at every
 *       vertex {@code v} it settles at distance {@code d}, each bucket entry {@code (j, d')}
 *       offers {@code d + d'} for the cell {@code (i, j)}; the least offer wins.</li>
 * </ol>
 * Both searches use stall-on-demand (a vertex that a higher neighbour reaches more cheaply is
 * neither expanded nor bucketed). Distances are packed lexicographic weights
 * ({@code milliseconds << 32 | decimetres}, see {@link RoadNetwork}), so the table holds the
 * fastest time and, among equally fast paths, the shortest length; the values equal those of a
 * plain lexicographic Dijkstra exactly. Cost: {@code |S| + |T|} small upward searches plus the
 * bucket scans, instead of {@code |S|} full Dijkstra runs.
 *
 * <p>All working arrays (distances, heap, touched lists, buckets) are allocated once and reset
 * through touched lists, so a table allocates nothing but bucket growth on first use. An
 * instance is <b>not</b> thread-safe: use one per thread, all sharing one hierarchy.
 */
public final class ManyToManyRouter {

    /** Packed value stored for a pair with no path. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private final ContractionHierarchy ch;
    private final int[] upFirst;
    private final int[] upHead;
    private final long[] upWeight;
    private final int[] downFirst;
    private final int[] downHead;
    private final long[] downWeight;

    private final long[] dist;
    private final int[] touched;
    private int touchedCount;
    private final IndexedMinHeap heap;

    private int[] entryVertex = new int[1024];
    private int[] entryTarget = new int[1024];
    private long[] entryDist = new long[1024];
    private int entries;
    private int[] bucketTarget = new int[1024];
    private long[] bucketDist = new long[1024];
    private final int[] bucketStart;
    private final int[] bucketCount;
    private final int[] bucketVertices;
    private int bucketVertexCount;

    /**
     * A router over a contraction hierarchy; O(n) memory for its working arrays.
     *
     * @param ch the hierarchy to search
     */
    public ManyToManyRouter(ContractionHierarchy ch) {
        this.ch = Objects.requireNonNull(ch, "ch");
        int n = ch.nodeCount();
        upFirst = ch.upFirst();
        upHead = ch.upHead();
        upWeight = ch.upWeight();
        downFirst = ch.downFirst();
        downHead = ch.downHead();
        downWeight = ch.downWeight();
        dist = new long[n];
        Arrays.fill(dist, UNREACHABLE);
        touched = new int[n];
        heap = new IndexedMinHeap(n);
        bucketStart = new int[n];
        bucketCount = new int[n];
        bucketVertices = new int[n];
    }

    /** {@return the hierarchy this router searches} */
    public ContractionHierarchy hierarchy() {
        return ch;
    }

    /**
     * The table from {@code sources} to {@code targets} (vertex indices, repeats allowed), as a
     * new row-major array of packed weights, {@link #UNREACHABLE} where no path exists.
     *
     * @param sources source vertices
     * @param targets target vertices
     * @return packed weights, {@code sources.length * targets.length} cells
     */
    public long[] table(int[] sources, int[] targets) {
        long cells = (long) sources.length * targets.length;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("The table of " + sources.length + " sources by " + targets.length
                    + " targets (" + cells + " cells) is more than one array holds; query fewer points at a time.");
        }
        long[] out = new long[(int) cells];
        table(sources, targets, out);
        return out;
    }

    /**
     * Fills {@code out[i * targets.length + j]} with the packed weight of the lexicographically
     * least path from {@code sources[i]} to {@code targets[j]}, or {@link #UNREACHABLE}.
     *
     * @param sources source vertices
     * @param targets target vertices
     * @param out     the table to fill, at least {@code sources.length * targets.length} cells
     * @throws IllegalArgumentException if {@code out} is too small or a vertex is out of range
     */
    public void table(int[] sources, int[] targets, long[] out) {
        int rows = sources.length;
        int cols = targets.length;
        if (out.length < (long) rows * cols) {
            throw new IllegalArgumentException("The output array (" + out.length + " cells) is smaller than "
                    + rows + " x " + cols + "; give at least " + (long) rows * cols + " cells.");
        }
        checkVertices(sources, "source");
        checkVertices(targets, "target");
        Arrays.fill(out, 0, rows * cols, UNREACHABLE);
        entries = 0;
        for (int j = 0; j < cols; j++) {
            backward(targets[j], j);
        }
        groupBuckets();
        for (int i = 0; i < rows; i++) {
            forward(sources[i], out, i * cols);
        }
        for (int k = 0; k < bucketVertexCount; k++) {
            bucketCount[bucketVertices[k]] = 0;
        }
        bucketVertexCount = 0;
    }

    /** Receives one row of {@link #rows}: the packed weights from one source to every target. */
    @FunctionalInterface
    interface RowSink {

        /**
         * @param source  the source's position in the sources
         * @param weights packed weights to each target, {@link #UNREACHABLE} where no path; reused
         *                for the next row (copy what must outlive the call)
         */
        void row(int source, long[] weights);
    }

    /**
     * As {@link #table(int[], int[], long[])}, one row at a time into a buffer of
     * {@code targets.length} cells: the same values without a {@code sources x targets} array
     * (on 10,000 points that array alone takes 800 MB).
     *
     * @param sources source vertices
     * @param targets target vertices
     * @param sink    receives each source's row, in source order
     */
    void rows(int[] sources, int[] targets, RowSink sink) {
        checkVertices(sources, "source");
        checkVertices(targets, "target");
        int cols = targets.length;
        long[] row = new long[cols];
        entries = 0;
        for (int j = 0; j < cols; j++) {
            backward(targets[j], j);
        }
        groupBuckets();
        try {
            for (int i = 0; i < sources.length; i++) {
                Arrays.fill(row, UNREACHABLE);
                forward(sources[i], row, 0);
                sink.row(i, row);
            }
        } finally {
            for (int k = 0; k < bucketVertexCount; k++) {
                bucketCount[bucketVertices[k]] = 0;
            }
            bucketVertexCount = 0;
        }
    }

    private void checkVertices(int[] vertices, String role) {
        for (int i = 0; i < vertices.length; i++) {
            if (vertices[i] < 0 || vertices[i] >= dist.length) {
                throw new IllegalArgumentException("The " + role + " vertex at position " + i + " (" + vertices[i]
                        + ") is outside 0.." + (dist.length - 1) + ".");
            }
        }
    }

    private void backward(int t, int j) {
        start(t);
        while (!heap.isEmpty()) {
            int v = heap.poll();
            long d = dist[v];
            // stalled: a higher vertex w with edge v -> w already reaches t more cheaply
            boolean stalled = false;
            for (int e = upFirst[v]; e < upFirst[v + 1]; e++) {
                long dw = dist[upHead[e]];
                if (dw != UNREACHABLE && dw + upWeight[e] < d) {
                    stalled = true;
                    break;
                }
            }
            if (stalled) {
                continue;
            }
            addEntry(v, j, d);
            for (int e = downFirst[v]; e < downFirst[v + 1]; e++) {
                relax(downHead[e], d + downWeight[e]);
            }
        }
        reset();
    }

    private void forward(int s, long[] out, int rowOffset) {
        start(s);
        while (!heap.isEmpty()) {
            int v = heap.poll();
            long d = dist[v];
            boolean stalled = false;
            for (int e = downFirst[v]; e < downFirst[v + 1]; e++) {
                long du = dist[downHead[e]];
                if (du != UNREACHABLE && du + downWeight[e] < d) {
                    stalled = true;
                    break;
                }
            }
            if (stalled) {
                continue;
            }
            int count = bucketCount[v];
            if (count > 0) {
                int start = bucketStart[v];
                for (int b = start; b < start + count; b++) {
                    long offer = d + bucketDist[b];
                    int cell = rowOffset + bucketTarget[b];
                    if (offer < out[cell]) {
                        out[cell] = offer;
                    }
                }
            }
            for (int e = upFirst[v]; e < upFirst[v + 1]; e++) {
                relax(upHead[e], d + upWeight[e]);
            }
        }
        reset();
    }

    private void start(int v) {
        dist[v] = 0;
        touched[touchedCount++] = v;
        heap.insertOrDecrease(v, 0);
    }

    private void relax(int w, long d) {
        long old = dist[w];
        if (d < old) {
            if (old == UNREACHABLE) {
                touched[touchedCount++] = w;
            }
            dist[w] = d;
            heap.insertOrDecrease(w, d);
        }
    }

    private void reset() {
        for (int k = 0; k < touchedCount; k++) {
            dist[touched[k]] = UNREACHABLE;
        }
        touchedCount = 0;
        heap.clear();
    }

    private void addEntry(int v, int j, long d) {
        if (entries == entryVertex.length) {
            int c = entries * 2;
            entryVertex = Arrays.copyOf(entryVertex, c);
            entryTarget = Arrays.copyOf(entryTarget, c);
            entryDist = Arrays.copyOf(entryDist, c);
        }
        entryVertex[entries] = v;
        entryTarget[entries] = j;
        entryDist[entries] = d;
        entries++;
    }

    /** Counting sort of the entries by vertex, stable, so each bucket lists targets in order. */
    private void groupBuckets() {
        bucketVertexCount = 0;
        for (int k = 0; k < entries; k++) {
            int v = entryVertex[k];
            if (bucketCount[v]++ == 0) {
                bucketVertices[bucketVertexCount++] = v;
            }
        }
        int offset = 0;
        for (int k = 0; k < bucketVertexCount; k++) {
            int v = bucketVertices[k];
            bucketStart[v] = offset;
            offset += bucketCount[v];
            bucketCount[v] = 0;
        }
        if (bucketTarget.length < entries) {
            bucketTarget = new int[Math.max(entries, bucketTarget.length * 2)];
            bucketDist = new long[bucketTarget.length];
        }
        for (int k = 0; k < entries; k++) {
            int v = entryVertex[k];
            int slot = bucketStart[v] + bucketCount[v]++;
            bucketTarget[slot] = entryTarget[k];
            bucketDist[slot] = entryDist[k];
        }
    }
}
