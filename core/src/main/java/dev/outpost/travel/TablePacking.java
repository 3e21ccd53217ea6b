package dev.outpost.travel;

import java.util.List;

/**
 * The checks and the packed layout of {@link TravelTables}' constructor: per profile its distinct
 * tables' seconds side by side per cell, their metres one array per table, and the slice map turned
 * into minute runs. Built once from the tables given; {@link TravelTables} keeps the arrays.
 */
final class TablePacking {

    /** Low bits of {@link #minuteRun} holding the table index (a day has at most 1,440 slices). */
    static final int TABLE_BITS = 11;

    final List<String> pointIds;
    final int n;
    final int sliceSeconds;
    final int sliceCount;
    /** [profile][cell * distinct tables + table] seconds (see {@link TravelTables}). */
    final int[][] seconds;
    /** [profile] number of distinct tables. */
    final int[] distinct;
    /** [profile][minute of the day] {@code runEnd << TABLE_BITS | table}; null for a static profile. */
    final int[][] minuteRun;
    /** [profile][distinct table][cell] metres. */
    final int[][][] metres;
    /** [profile][slice] distinct table index; null for a static profile. */
    final int[][] sliceTable;
    /** [profile][distinct table] mean seconds over reachable pairs i != j. */
    final double[][] meanSeconds;
    /** The longest seconds entry of any table (without the one second {@link TravelTables#longestLegSeconds} adds). */
    final int longest;
    /** The longest metres entry of any table. */
    final int longestMetres;

    /**
     * Checks and packs the tables of {@link TravelTables#TravelTables(List, int, List, List, long)}
     * (see there for the arguments).
     *
     * @throws IllegalArgumentException naming the profile when the lists do not fit together
     */
    TablePacking(List<String> profileIds, int sliceSeconds, List<List<TravelTimes>> tables, List<int[]> sliceTables) {
        int profiles = profileIds.size();
        if (profiles == 0 || tables.size() != profiles || sliceTables.size() != profiles) {
            throw new IllegalArgumentException("The profiles (" + profiles + "), their tables (" + tables.size()
                    + ") and their slice maps (" + sliceTables.size() + ") differ in number or are empty;"
                    + " give one of each per profile.");
        }
        if (profileIds.stream().distinct().count() != profiles) {
            throw new IllegalArgumentException("The profile ids " + profileIds + " repeat; give unique ids.");
        }
        boolean anyDynamic = false;
        for (int p = 0; p < profiles; p++) {
            anyDynamic |= tables.get(p).size() > 1;
        }
        if (anyDynamic && (sliceSeconds <= 0 || sliceSeconds % 60 != 0
                || TravelTables.DAY_SECONDS % sliceSeconds != 0)) {
            throw new IllegalArgumentException("The slice length (" + sliceSeconds
                    + " s) must be whole minutes that divide a day (86,400 s); for example 900 or 1800.");
        }
        this.sliceSeconds = anyDynamic ? sliceSeconds : TravelTables.DAY_SECONDS;
        this.sliceCount = TravelTables.DAY_SECONDS / this.sliceSeconds;
        TravelTimes first = tables.get(0).get(0);
        this.pointIds = first.pointIds();
        this.n = first.size();
        int longestM = 0;
        this.seconds = new int[profiles][];
        this.distinct = new int[profiles];
        this.minuteRun = new int[profiles][];
        this.metres = new int[profiles][][];
        this.sliceTable = new int[profiles][];
        this.meanSeconds = new double[profiles][];
        int longestS = 0;
        for (int p = 0; p < profiles; p++) {
            String id = profileIds.get(p);
            List<TravelTimes> own = tables.get(p);
            if (own.isEmpty()) {
                throw new IllegalArgumentException("The profile '" + id + "' has no table; give at least its free-flow table.");
            }
            int d0 = own.size();
            if ((long) n * n * d0 > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("The profile '" + id + "' has " + d0 + " tables of " + n
                        + " points, more entries than one array holds; use fewer points or fewer distinct slices.");
            }
            distinct[p] = d0;
            seconds[p] = new int[n * n * d0];
            metres[p] = new int[own.size()][];
            int[] freeFlow = null;
            meanSeconds[p] = new double[own.size()];
            for (int d = 0; d < own.size(); d++) {
                TravelTimes t = own.get(d);
                if (!t.pointIds().equals(pointIds)) {
                    throw new IllegalArgumentException("The table " + d + " of profile '" + id
                            + "' is over other points than the first table; build every table over the same points.");
                }
                int[] column = t.secondsTable();
                for (int c = 0; c < column.length; c++) {
                    seconds[p][c * d0 + d] = column[c];
                    longestS = Math.max(longestS, column[c]);
                }
                metres[p][d] = t.metresTable();
                for (int m : metres[p][d]) {
                    longestM = Math.max(longestM, m);
                }
                if (d == 0) {
                    freeFlow = column;
                }
                if (d > 0 && !sameReachability(freeFlow, column)) {
                    throw new IllegalArgumentException("The table " + d + " of profile '" + id
                            + "' has other unreachable pairs than its free-flow table; a profile's tables must"
                            + " share their roads (only speeds may change with the time).");
                }
                meanSeconds[p][d] = mean(column, n);
            }
            int[] map = sliceTables.get(p);
            if (own.size() == 1) {
                sliceTable[p] = null;
                continue;
            }
            if (map == null || map.length != sliceCount) {
                throw new IllegalArgumentException("The profile '" + id + "' maps " + (map == null ? 0 : map.length)
                        + " slices to tables; give one table index per slice (" + sliceCount + ").");
            }
            for (int s = 0; s < sliceCount; s++) {
                if (map[s] < 0 || map[s] >= own.size()) {
                    throw new IllegalArgumentException("The slice " + s + " of profile '" + id + "' points at table "
                            + map[s] + "; give an index from 0 to " + (own.size() - 1) + ".");
                }
            }
            sliceTable[p] = map.clone();
            minuteRun[p] = minuteRuns(map, this.sliceSeconds);
        }
        this.longest = longestS;
        this.longestMetres = longestM;
    }

    /**
     * Per minute of the day, {@code runEnd << TABLE_BITS | table}: the minute's distinct table and
     * the second at which the run of slices with that table ends.
     */
    private static int[] minuteRuns(int[] map, int sliceSeconds) {
        int sliceCount = map.length;
        int[] runs = new int[TravelTables.DAY_SECONDS / 60];
        for (int m = 0; m < runs.length; m++) {
            int slice = m * 60 / sliceSeconds;
            int table = map[slice];
            int last = slice;
            while (last + 1 < sliceCount && map[last + 1] == map[slice]) {
                last++;
            }
            runs[m] = (last + 1) * sliceSeconds << TABLE_BITS | table;
        }
        return runs;
    }

    private static boolean sameReachability(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] == TravelTimes.UNREACHABLE) != (b[i] == TravelTimes.UNREACHABLE)) {
                return false;
            }
        }
        return true;
    }

    private static double mean(int[] s, int n) {
        long sum = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int v = s[i * n + j];
                if (i != j && v != TravelTimes.UNREACHABLE) {
                    sum += v;
                    pairs++;
                }
            }
        }
        return pairs == 0 ? 0.0 : (double) sum / pairs;
    }
}
