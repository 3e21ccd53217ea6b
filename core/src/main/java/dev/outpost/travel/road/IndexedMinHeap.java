package dev.outpost.travel.road;

import java.util.Arrays;

/**
 * A binary min-heap of vertices {@code 0..n-1} keyed by {@code long}, with decrease-key, built
 * once and reused across searches without allocation. Ties on equal keys are broken by the lower
 * vertex, so every search settles vertices in one fixed order.
 */
final class IndexedMinHeap {
    private final int[] heap;
    private final int[] position;
    private final long[] key;
    private int size;

    IndexedMinHeap(int n) {
        heap = new int[Math.max(1, n)];
        position = new int[Math.max(1, n)];
        key = new long[Math.max(1, n)];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Inserts {@code v} with {@code k}, or lowers its key to {@code k} if it holds a higher one. */
    void insertOrDecrease(int v, long k) {
        int p = position[v];
        if (p < 0) {
            p = size++;
            heap[p] = v;
            position[v] = p;
            key[v] = k;
            siftUp(p);
        } else if (k < key[v]) {
            key[v] = k;
            siftUp(p);
        }
    }

    /** Sets the key of {@code v} to {@code k}, raising or lowering it; inserts {@code v} if absent. */
    void update(int v, long k) {
        int p = position[v];
        if (p < 0) {
            insertOrDecrease(v, k);
        } else if (k < key[v]) {
            key[v] = k;
            siftUp(p);
        } else {
            key[v] = k;
            siftDown(p);
        }
    }

    /** Whether {@code v} is in the heap. */
    boolean contains(int v) {
        return position[v] >= 0;
    }

    /** Key of the minimum; the heap must not be empty. */
    long peekKey() {
        return key[heap[0]];
    }

    /** Removes and returns the vertex with the least key. */
    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    /** Empties the heap in O(size). */
    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
    }

    private boolean less(int a, int b) {
        long ka = key[a];
        long kb = key[b];
        return ka < kb || (ka == kb && a < b);
    }

    private void siftUp(int p) {
        int v = heap[p];
        while (p > 0) {
            int parent = (p - 1) >>> 1;
            int u = heap[parent];
            if (!less(v, u)) {
                break;
            }
            heap[p] = u;
            position[u] = p;
            p = parent;
        }
        heap[p] = v;
        position[v] = p;
    }

    private void siftDown(int p) {
        int v = heap[p];
        int half = size >>> 1;
        while (p < half) {
            int c = 2 * p + 1;
            int r = c + 1;
            if (r < size && less(heap[r], heap[c])) {
                c = r;
            }
            int u = heap[c];
            if (!less(u, v)) {
                break;
            }
            heap[p] = u;
            position[u] = p;
            p = c;
        }
        heap[p] = v;
        position[v] = p;
    }
}
