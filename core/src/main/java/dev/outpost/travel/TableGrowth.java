package dev.outpost.travel;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;

/**
 * How a family of {@link TravelTables} grows for live tables ({@link TravelTables#withPoints},
 * {@link TravelTables#withRoom}): rows and columns written in place into arrays with spare rows,
 * the arrays reserved ahead and copied only when the room runs out.
 */
final class TableGrowth {

    /**
     * Most points one growth of the arrays reserves beyond the size asked: half the size up to this
     * many (a table of 10,000 points growing by half would take 18 GB more at once).
     */
    static final int MAX_GROWTH_POINTS = 1024;

    /**
     * The arrays of a family of tables grown from one another by {@link TravelTables#withPoints}:
     * only the newest of the family ({@code latest}) writes into them in place; any other copies them first.
     */
    static final class Storage {
        TravelTables latest;
    }

    private TableGrowth() {
    }

    /** {@link TravelTables#withPoints} of {@code tables}. */
    static TravelTables withPoints(TravelTables tables, int[] targets, List<String> ids,
            TravelTables.PointFiller filler) {
        int n = tables.size();
        int k = targets.length;
        if (ids.size() != k) {
            throw new IllegalArgumentException("The targets (" + k + ") and their ids (" + ids.size()
                    + ") differ in number; give one id per target.");
        }
        int size = n;
        BitSet seen = new BitSet();
        for (int t : targets) {
            if (t < 0 || seen.get(t)) {
                throw new IllegalArgumentException("The target point (" + t + ") is negative or given twice.");
            }
            seen.set(t);
            size = Math.max(size, t + 1);
        }
        if (seen.nextClearBit(n) != size) {
            throw new IllegalArgumentException("The appended targets leave a gap: point " + seen.nextClearBit(n)
                    + " of " + size + " is not written; append points " + n + ", " + (n + 1) + ", ... in order.");
        }
        TravelTimes.cells(size);
        List<String> newIds = new ArrayList<>(size);
        newIds.addAll(tables.pointIds());
        for (int e = 0; e < k; e++) {
            if (targets[e] < n) {
                newIds.set(targets[e], ids.get(e));
            } else {
                newIds.add(null);
            }
        }
        for (int e = 0; e < k; e++) {
            newIds.set(targets[e], ids.get(e));
        }
        if (new HashSet<>(newIds).size() != size) {
            throw new IllegalArgumentException("The ids " + ids + " repeat, or repeat ids of points kept; give unique ids.");
        }
        int stride = tables.stride;
        int newStride = stride;
        int[][] sec = tables.seconds;
        MetresCells[][] met = tables.metres;
        Storage owner = tables.storage;
        if (owner.latest != tables || size > stride) {
            newStride = size > stride
                    ? (int) Math.min(TravelTimes.MAX_POINTS, size + Math.min((long) size / 2, MAX_GROWTH_POINTS) + 16)
                    : stride;
            sec = new int[tables.seconds.length][];
            met = new MetresCells[tables.metres.length][];
            copyArrays(tables, newStride, sec, met);
            owner = new Storage();
        }
        int longest = tables.longestLegSeconds() - 1;
        int longestMetres = tables.longestLegMetres();
        for (int p = 0; p < sec.length; p++) {
            int d0 = tables.distinctTables(p);
            // All the profile's tables first, then the writes cell by cell: a cell's seconds in every
            // table share a cache line (see seconds), so each column cell is visited once, not per table.
            int[][] rowS = new int[d0][k * size];
            int[][] rowM = new int[d0][k * size];
            int[][] colS = new int[d0][k * size];
            int[][] colM = new int[d0][k * size];
            for (int d = 0; d < d0; d++) {
                filler.fill(p, d, size, targets.clone(), rowS[d], rowM[d], colS[d], colM[d]);
            }
            int[] ss = sec[p];
            MetresCells[] ms = met[p];
            // Row by row, each cell's seconds of every table and its metres: a column write touches
            // three cache lines a row (seconds, free-flow metres, the other tables' metres).
            for (int e = 0; e < k; e++) {
                int t = targets[e];
                for (int i = 0; i < size; i++) {
                    int at = i * newStride + t;
                    int cell = at * d0;
                    for (int d = 0; d < d0; d++) {
                        int v = i == t ? 0 : colS[d][e * size + i];
                        ss[cell + d] = v;
                        longest = Math.max(longest, v);
                        int m = i == t ? 0 : colM[d][e * size + i];
                        MetresCells.set(ms, d0, d, at, m);
                        longestMetres = Math.max(longestMetres, m);
                    }
                }
            }
            for (int e = 0; e < k; e++) {
                int t = targets[e];
                int row = t * newStride;
                for (int j = 0; j < size; j++) {
                    int cell = (row + j) * d0;
                    for (int d = 0; d < d0; d++) {
                        int v = j == t ? 0 : rowS[d][e * size + j];
                        ss[cell + d] = v;
                        longest = Math.max(longest, v);
                        int m = j == t ? 0 : rowM[d][e * size + j];
                        MetresCells.set(ms, d0, d, row + j, m);
                        longestMetres = Math.max(longestMetres, m);
                    }
                }
            }
        }
        TravelTables grown = new TravelTables(tables, List.copyOf(newIds), newStride, sec, met, longest + 1,
                longestMetres, owner);
        owner.latest = grown;
        return grown;
    }

    /** {@link TravelTables#withRoom} of {@code tables}. */
    static TravelTables withRoom(TravelTables tables, int points) {
        int n = tables.size();
        if (points < n || points > TravelTimes.MAX_POINTS) {
            throw new IllegalArgumentException("The room (" + points + " points) must be from the tables' size (" + n
                    + ") to " + TravelTimes.MAX_POINTS + ".");
        }
        if (tables.storage.latest == tables && points <= tables.stride) {
            return tables;
        }
        int[][] sec = new int[tables.seconds.length][];
        MetresCells[][] met = new MetresCells[tables.metres.length][];
        copyArrays(tables, points, sec, met);
        Storage owner = new Storage();
        TravelTables roomy = new TravelTables(tables, tables.pointIds(), points, sec, met, tables.longestLegSeconds(),
                tables.longestLegMetres(), owner);
        owner.latest = roomy;
        return roomy;
    }

    /** Copies the arrays' points into new arrays of row length {@code newStride}, into {@code sec} and {@code met}. */
    private static void copyArrays(TravelTables tables, int newStride, int[][] sec, MetresCells[][] met) {
        int n = tables.size();
        int stride = tables.stride;
        for (int p = 0; p < tables.seconds.length; p++) {
            int d0 = tables.distinctTables(p);
            sec[p] = new int[Math.toIntExact((long) newStride * newStride * d0)];
            met[p] = new MetresCells[tables.metres[p].length];
            for (int i = 0; i < n; i++) {
                System.arraycopy(tables.seconds[p], i * stride * d0, sec[p], i * newStride * d0, n * d0);
            }
            met[p][0] = tables.metres[p][0].copy(n, stride, newStride, 1);
            if (d0 > 1) {
                met[p][1] = tables.metres[p][1].copy(n, stride, newStride, d0 - 1);
            }
        }
    }
}
