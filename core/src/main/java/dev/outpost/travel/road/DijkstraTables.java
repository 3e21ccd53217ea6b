package dev.outpost.travel.road;

import java.util.Arrays;
import java.util.Objects;

/**
 * Plain many-to-many tables on a {@link RoadNetwork}: one lexicographic Dijkstra per source
 * (fastest, then shortest; packed weights as in {@link RoadNetwork}), each stopping once every
 * target is settled. The reference against which {@link ManyToManyRouter} is tested and
 * benchmarked. Working arrays are allocated once and reset through a touched list. Not
 * thread-safe: one instance per thread.
 */
public final class DijkstraTables {

    private final RoadNetwork network;
    private final long[] dist;
    private final boolean[] settled;
    private final boolean[] isTarget;
    private final int[] touched;
    private int touchedCount;
    private final IndexedMinHeap heap;

    /**
     * Allocates working arrays of size {@code network.nodeCount()}.
     *
     * @param network the road network to search
     */
    public DijkstraTables(RoadNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
        int n = network.nodeCount();
        dist = new long[n];
        Arrays.fill(dist, ManyToManyRouter.UNREACHABLE);
        settled = new boolean[n];
        isTarget = new boolean[n];
        touched = new int[n];
        heap = new IndexedMinHeap(n);
    }

    /**
     * Fills {@code out[i * targets.length + j]} with the packed weight from {@code sources[i]}
     * to {@code targets[j]}, or {@link ManyToManyRouter#UNREACHABLE}.
     *
     * @param sources source vertices
     * @param targets target vertices
     * @param out     the table to fill, at least {@code sources.length * targets.length} cells
     * @throws IllegalArgumentException if {@code out} is too small or a vertex is out of range
     */
    public void table(int[] sources, int[] targets, long[] out) {
        if (out.length < (long) sources.length * targets.length) {
            throw new IllegalArgumentException("The output array (" + out.length + " cells) is smaller than "
                    + sources.length + " x " + targets.length + ".");
        }
        for (int[] vertices : new int[][] {sources, targets}) {
            for (int v : vertices) {
                if (v < 0 || v >= dist.length) {
                    throw new IllegalArgumentException("The vertex (" + v + ") is outside 0.." + (dist.length - 1) + ".");
                }
            }
        }
        int distinctTargets = 0;
        for (int t : targets) {
            if (!isTarget[t]) {
                isTarget[t] = true;
                distinctTargets++;
            }
        }
        for (int i = 0; i < sources.length; i++) {
            search(sources[i], distinctTargets);
            int row = i * targets.length;
            for (int j = 0; j < targets.length; j++) {
                out[row + j] = settled[targets[j]] ? dist[targets[j]] : ManyToManyRouter.UNREACHABLE;
            }
            for (int k = 0; k < touchedCount; k++) {
                int v = touched[k];
                dist[v] = ManyToManyRouter.UNREACHABLE;
                settled[v] = false;
            }
            touchedCount = 0;
            heap.clear();
        }
        for (int t : targets) {
            isTarget[t] = false;
        }
    }

    /**
     * A new row-major table; see {@link #table(int[], int[], long[])}.
     *
     * @param sources source vertices
     * @param targets target vertices
     * @return packed weights, {@code sources.length * targets.length} cells
     */
    public long[] table(int[] sources, int[] targets) {
        long[] out = new long[sources.length * targets.length];
        table(sources, targets, out);
        return out;
    }

    private void search(int s, int targetsLeft) {
        dist[s] = 0;
        touched[touchedCount++] = s;
        heap.insertOrDecrease(s, 0);
        int left = targetsLeft;
        while (!heap.isEmpty() && left > 0) {
            int v = heap.poll();
            settled[v] = true;
            if (isTarget[v]) {
                left--;
            }
            long d = dist[v];
            for (int e = network.firstOut(v); e < network.firstOut(v + 1); e++) {
                int w = network.head(e);
                long nd = d + network.packedWeight(e);
                long old = dist[w];
                if (nd < old) {
                    if (old == ManyToManyRouter.UNREACHABLE) {
                        touched[touchedCount++] = w;
                    }
                    dist[w] = nd;
                    heap.insertOrDecrease(w, nd);
                }
            }
        }
    }
}
