package dev.outpost.stationing.internal.solver;

import java.util.Arrays;

/**
 * Fast interchange for sum objectives of the p-median family (Whitaker 1983, in the form of
 * Resende and Werneck, "A fast swap-based local search procedure for location problems", 2003/2007).
 * The cost of serving client {@code u} from site {@code i} is {@code cost(u, i)} (a {@code long},
 * {@link #UNUSABLE} for a pair that cannot be used); the solution cost is the sum over clients of the
 * cheapest open site.
 *
 * <p>For each client the nearest ({@code d1}) and second-nearest ({@code d2}) open site are kept,
 * and three tables summarise every swap at once: {@code gain[i]} (saving from inserting closed site
 * {@code i}), {@code loss[r]} (increase from removing open site {@code r}) and
 * {@code extra[i][r]} (correction when both happen), so that
 * {@code profit(i, r) = gain[i] - loss[r] + extra[i][r]}. After a swap only the clients whose
 * nearest or second-nearest changed, or for which the inserted site is closer than {@code d2}, are
 * withdrawn from and added back to the tables; each scans its site list (sorted by cost, then site
 * index) only up to {@code d2}. Finding the best swap is a scan of {@code |S| x |not S|} sums.
 *
 * <p>Ties: the best swap is the first of maximal profit scanning inserted sites by ascending
 * index, then removed sites by ascending index. A client with no usable open site counts
 * {@link #UNUSABLE}. No allocation after construction.
 */
public final class FastInterchange {

    /** Cost of an unusable pair (large, and small enough that sums of a few thousand do not overflow). */
    public static final long UNUSABLE = 1L << 40;

    private static final int NONE = -1;

    private final int siteCount;
    private final int clientCount;
    private final long[] cost;
    private final int[] sorted;
    private final int[] sortedLength;
    private final boolean[] insertable;
    private final boolean[] removable;

    private final boolean[] open;
    private final int[] n1;
    private final int[] n2;
    private final long[] d1;
    private final long[] d2;
    private final long[] gain;
    private final long[] loss;
    private final long[] extra;
    private final boolean[] affected;
    private long total;

    private int bestIn;
    private int bestOut;
    private long bestProfit;

    /**
     * @param siteCount   sites
     * @param clientCount clients
     * @param cost        client-major costs, {@code cost[u * siteCount + i]}, {@link #UNUSABLE} for unusable
     *                    pairs (kept, not copied)
     * @param insertable  sites that may be opened by a swap (candidates)
     * @param removable   sites that may be closed by a swap (candidates, not fixed)
     */
    public FastInterchange(int siteCount, int clientCount, long[] cost, boolean[] insertable, boolean[] removable) {
        this.siteCount = siteCount;
        this.clientCount = clientCount;
        this.cost = cost;
        this.insertable = insertable.clone();
        this.removable = removable.clone();
        this.sorted = new int[clientCount * siteCount];
        this.sortedLength = new int[clientCount];
        Integer[] order = new Integer[siteCount];
        for (int u = 0; u < clientCount; u++) {
            int base = u * siteCount;
            int k = 0;
            for (int i = 0; i < siteCount; i++) {
                if (cost[base + i] < UNUSABLE) {
                    order[k++] = i;
                }
            }
            Arrays.sort(order, 0, k, (a, b) -> {
                int c = Long.compare(cost[base + a], cost[base + b]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            for (int j = 0; j < k; j++) {
                sorted[base + j] = order[j];
            }
            sortedLength[u] = k;
        }
        this.open = new boolean[siteCount];
        this.n1 = new int[clientCount];
        this.n2 = new int[clientCount];
        this.d1 = new long[clientCount];
        this.d2 = new long[clientCount];
        this.gain = new long[siteCount];
        this.loss = new long[siteCount];
        this.extra = new long[siteCount * siteCount];
        this.affected = new boolean[clientCount];
    }

    /** Loads a solution (which sites are open) and rebuilds every table from scratch. */
    public void load(boolean[] openSites) {
        System.arraycopy(openSites, 0, open, 0, siteCount);
        Arrays.fill(gain, 0L);
        Arrays.fill(loss, 0L);
        Arrays.fill(extra, 0L);
        total = 0;
        for (int u = 0; u < clientCount; u++) {
            locate(u);
            total += d1[u];
            contribute(u, 1);
        }
    }

    /** Whether site {@code i} is open. */
    public boolean isOpen(int i) {
        return open[i];
    }

    /** The current cost (sum of each client's cheapest open site). */
    public long cost() {
        return total;
    }

    private void locate(int u) {
        int base = u * siteCount;
        n1[u] = NONE;
        n2[u] = NONE;
        d1[u] = UNUSABLE;
        d2[u] = UNUSABLE;
        for (int j = 0, len = sortedLength[u]; j < len; j++) {
            int i = sorted[base + j];
            if (open[i]) {
                if (n1[u] == NONE) {
                    n1[u] = i;
                    d1[u] = cost[base + i];
                } else {
                    n2[u] = i;
                    d2[u] = cost[base + i];
                    return;
                }
            }
        }
    }

    private void contribute(int u, long sign) {
        int base = u * siteCount;
        int r = n1[u];
        long dist1 = d1[u];
        long dist2 = d2[u];
        if (r != NONE) {
            loss[r] += sign * (dist2 - dist1);
        }
        for (int j = 0, len = sortedLength[u]; j < len; j++) {
            int i = sorted[base + j];
            long d = cost[base + i];
            if (d >= dist2) {
                break;
            }
            if (open[i]) {
                continue;
            }
            if (d < dist1) {
                gain[i] += sign * (dist1 - d);
            }
            if (r != NONE) {
                extra[i * siteCount + r] += sign * (dist2 - Math.max(d, dist1));
            }
        }
    }

    /**
     * Finds the best swap (most profit) over every insertable closed site and removable open site;
     * read it with {@link #bestIn()}, {@link #bestOut()}, {@link #bestProfit()}.
     *
     * @return the number of swaps evaluated
     */
    public long findBestSwap() {
        bestIn = NONE;
        bestOut = NONE;
        bestProfit = Long.MIN_VALUE;
        long evaluated = 0;
        for (int i = 0; i < siteCount; i++) {
            if (open[i] || !insertable[i]) {
                continue;
            }
            long g = gain[i];
            int row = i * siteCount;
            for (int r = 0; r < siteCount; r++) {
                if (!open[r] || !removable[r]) {
                    continue;
                }
                long profit = g - loss[r] + extra[row + r];
                evaluated++;
                if (profit > bestProfit) {
                    bestProfit = profit;
                    bestIn = i;
                    bestOut = r;
                }
            }
        }
        return evaluated;
    }

    /** Site to open in the last best swap found, or -1. */
    public int bestIn() {
        return bestIn;
    }

    /** Site to close in the last best swap found, or -1. */
    public int bestOut() {
        return bestOut;
    }

    /** Cost reduction of the last best swap found (may be negative). */
    public long bestProfit() {
        return bestProfit;
    }

    /** Opens {@code in} and closes {@code out}, updating only the clients the swap touches. */
    public void swap(int in, int out) {
        for (int u = 0; u < clientCount; u++) {
            boolean touched = n1[u] == out || n2[u] == out || cost[u * siteCount + in] < d2[u];
            affected[u] = touched;
            if (touched) {
                contribute(u, -1);
                total -= d1[u];
            }
        }
        open[in] = true;
        open[out] = false;
        for (int u = 0; u < clientCount; u++) {
            if (affected[u]) {
                locate(u);
                total += d1[u];
                contribute(u, 1);
            }
        }
    }

    /** Best-improvement descent: applies the best swap while it lowers the cost; returns the swaps made. */
    public int descend() {
        int swaps = 0;
        while (true) {
            findBestSwap();
            if (bestIn == NONE || bestProfit <= 0) {
                return swaps;
            }
            swap(bestIn, bestOut);
            swaps++;
        }
    }

    /** The open sites, ascending. */
    public int[] openSites() {
        int count = 0;
        for (int i = 0; i < siteCount; i++) {
            if (open[i]) {
                count++;
            }
        }
        int[] result = new int[count];
        for (int i = 0, k = 0; i < siteCount; i++) {
            if (open[i]) {
                result[k++] = i;
            }
        }
        return result;
    }
}
