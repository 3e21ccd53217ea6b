package dev.outpost.travel;

import java.util.BitSet;
import java.util.List;

/**
 * Builds {@link TravelTables} straight into their packed layout, row by row or table by table,
 * with room for points to come: no table is held twice, so the memory a build needs is the
 * tables' own (plus one row). Per profile, a cell's seconds in every distinct table lie side by
 * side (see {@link TravelTables}); each distinct table's metres are one array, the tables other
 * than the free-flow one in 16 bits while they fit ({@link MetresCells}). The slice map is
 * turned into minute runs. {@link TravelTables}' constructor builds through this class too.
 *
 * <p>Give every row of the free-flow table (table 0) of a profile before the same row of its
 * other tables (their unreachable pairs are checked against it), each row once; then
 * {@link #build}. Single-threaded; one {@link #build} per builder.
 */
public final class TableBuilder {

    /** Low bits of {@link #minuteRun} holding the table index (a day has at most 1,440 slices). */
    static final int TABLE_BITS = 11;

    final List<String> profileIds;
    final List<String> pointIds;
    final int n;
    /** Row length of the arrays: the capacity in points. */
    final int stride;
    final int sliceSeconds;
    final int sliceCount;
    /** [profile][cell * distinct tables + table] seconds (see {@link TravelTables}). */
    final int[][] seconds;
    /** [profile] number of distinct tables. */
    final int[] distinct;
    /** [profile][minute of the day] {@code runEnd << TABLE_BITS | table}; null for a static profile. */
    final int[][] minuteRun;
    /** [profile] metres of its distinct tables, row length {@link #stride} ({@link MetresCells#group}). */
    final MetresCells[][] metres;
    /** [profile][slice] distinct table index; null for a static profile. */
    final int[][] sliceTable;
    /** [profile][distinct table] mean seconds over reachable pairs i != j (filled by {@link #build}). */
    final double[][] meanSeconds;
    /** The longest seconds entry of any table (without the one second {@link TravelTables#longestLegSeconds} adds). */
    int longest;
    /** The longest metres entry of any table. */
    int longestMetres;
    private final long[][] sums;
    private final long[][] pairs;
    private final BitSet[][] written;
    private boolean built;

    /**
     * A builder of tables over {@code pointIds} with room for {@code capacity} points.
     *
     * @param profileIds     one id per profile (the courier type ids), unique
     * @param sliceSeconds   length of a time slice, seconds, dividing {@link TravelTables#DAY_SECONDS};
     *                       ignored when every profile has one table
     * @param distinctTables per profile its number of distinct tables (the free-flow table first), at least 1
     * @param sliceTables    per profile, for each slice of the day the index of its table; may be
     *                       {@code null} for a profile with one table
     * @param pointIds       the points' ids, unique
     * @param capacity       points the arrays make room for (appended later by
     *                       {@link TravelTables#withPoints} without a copy), at least {@code pointIds.size()}
     * @throws IllegalArgumentException naming the profile when the lists do not fit together or the
     *                                  capacity is outside {@code pointIds.size()} to {@link TravelTimes#MAX_POINTS}
     */
    public TableBuilder(List<String> profileIds, int sliceSeconds, int[] distinctTables, List<int[]> sliceTables,
            List<String> pointIds, int capacity) {
        this.profileIds = List.copyOf(profileIds);
        int profiles = profileIds.size();
        if (profiles == 0 || distinctTables.length != profiles || sliceTables.size() != profiles) {
            throw new IllegalArgumentException("The profiles (" + profiles + "), their tables (" + distinctTables.length
                    + ") and their slice maps (" + sliceTables.size() + ") differ in number or are empty;"
                    + " give one of each per profile.");
        }
        if (profileIds.stream().distinct().count() != profiles) {
            throw new IllegalArgumentException("The profile ids " + profileIds + " repeat; give unique ids.");
        }
        TravelTimes.requireUniqueIds(pointIds);
        this.pointIds = List.copyOf(pointIds);
        this.n = pointIds.size();
        if (capacity < n || capacity > TravelTimes.MAX_POINTS) {
            throw new IllegalArgumentException("The room (" + capacity + " points) must be from the tables' size (" + n
                    + ") to " + TravelTimes.MAX_POINTS + ".");
        }
        this.stride = capacity;
        boolean anyDynamic = false;
        for (int d : distinctTables) {
            anyDynamic |= d > 1;
        }
        if (anyDynamic && (sliceSeconds <= 0 || sliceSeconds % 60 != 0
                || TravelTables.DAY_SECONDS % sliceSeconds != 0)) {
            throw new IllegalArgumentException("The slice length (" + sliceSeconds
                    + " s) must be whole minutes that divide a day (86,400 s); for example 900 or 1800.");
        }
        this.sliceSeconds = anyDynamic ? sliceSeconds : TravelTables.DAY_SECONDS;
        this.sliceCount = TravelTables.DAY_SECONDS / this.sliceSeconds;
        this.seconds = new int[profiles][];
        this.distinct = distinctTables.clone();
        this.minuteRun = new int[profiles][];
        this.metres = new MetresCells[profiles][];
        this.sliceTable = new int[profiles][];
        this.meanSeconds = new double[profiles][];
        this.sums = new long[profiles][];
        this.pairs = new long[profiles][];
        this.written = new BitSet[profiles][];
        int cells = Math.toIntExact((long) stride * stride);
        for (int p = 0; p < profiles; p++) {
            String id = profileIds.get(p);
            int d0 = distinct[p];
            if (d0 < 1) {
                throw new IllegalArgumentException("The profile '" + id + "' has no table; give at least its free-flow table.");
            }
            if ((long) stride * stride * d0 > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("The profile '" + id + "' has " + d0 + " tables of " + stride
                        + " points, more entries than one array holds; use fewer points or fewer distinct slices.");
            }
            int[] map = sliceTables.get(p);
            if (d0 > 1) {
                if (map == null || map.length != sliceCount) {
                    throw new IllegalArgumentException("The profile '" + id + "' maps " + (map == null ? 0 : map.length)
                            + " slices to tables; give one table index per slice (" + sliceCount + ").");
                }
                for (int s = 0; s < sliceCount; s++) {
                    if (map[s] < 0 || map[s] >= d0) {
                        throw new IllegalArgumentException("The slice " + s + " of profile '" + id + "' points at table "
                                + map[s] + "; give an index from 0 to " + (d0 - 1) + ".");
                    }
                }
                sliceTable[p] = map.clone();
                minuteRun[p] = minuteRuns(map, this.sliceSeconds);
            }
            seconds[p] = new int[stride * stride * d0];
            metres[p] = MetresCells.group(d0, cells);
            meanSeconds[p] = new double[d0];
            sums[p] = new long[d0];
            pairs[p] = new long[d0];
            written[p] = new BitSet[d0];
            for (int d = 0; d < d0; d++) {
                written[p][d] = new BitSet(n);
            }
        }
    }

    /**
     * Writes row {@code from} of distinct table {@code distinct} of {@code profile}: the seconds
     * and metres from point {@code from} to each point.
     *
     * @param profile  the profile index
     * @param distinct the distinct table index (the free-flow table's row first)
     * @param from     the point index
     * @param rowSeconds seconds to each point ({@link TravelTimes#UNREACHABLE} where no path), at least {@code n} entries
     * @param rowMetres  metres to each point, {@link TravelTimes#UNREACHABLE} exactly where the seconds are
     * @throws IllegalArgumentException when an entry is negative or unreachable in one array only, the
     *                                  unreachable pairs differ from the free-flow table's, or the row was given before
     * @throws IllegalStateException    when the free-flow table's row was not given first, or after {@link #build}
     */
    public void putRow(int profile, int distinct, int from, int[] rowSeconds, int[] rowMetres) {
        requireOpen();
        int d0 = this.distinct[profile];
        BitSet done = written[profile][distinct];
        if (from < 0 || from >= n || done.get(from)) {
            throw new IllegalArgumentException("The row " + from + " of table " + distinct + " of profile '"
                    + profileIds.get(profile) + "' is outside 0.." + (n - 1) + " or given twice.");
        }
        if (distinct > 0 && !written[profile][0].get(from)) {
            throw new IllegalStateException("The row " + from + " of the free-flow table of profile '"
                    + profileIds.get(profile) + "' is not given yet; give it before the other tables' row.");
        }
        int[] ss = seconds[profile];
        MetresCells[] ms = metres[profile];
        int row = from * stride;
        long sum = 0;
        long count = 0;
        int top = longest;
        int topMetres = longestMetres;
        for (int j = 0; j < n; j++) {
            int s = rowSeconds[j];
            int m = rowMetres[j];
            boolean unreachable = s == TravelTimes.UNREACHABLE;
            if (unreachable != (m == TravelTimes.UNREACHABLE) || !unreachable && (s < 0 || m < 0)) {
                throw new IllegalArgumentException("The pair " + from + " -> " + j + " of table " + distinct
                        + " of profile '" + profileIds.get(profile) + "' has " + s + " s and " + m
                        + " m: negative, or unreachable in one table only.");
            }
            int cell = (row + j) * d0;
            if (distinct > 0 && unreachable != (ss[cell] == TravelTimes.UNREACHABLE)) {
                throw unreachableMismatch(profile, distinct);
            }
            ss[cell + distinct] = s;
            MetresCells.set(ms, d0, distinct, row + j, m);
            top = Math.max(top, s);
            topMetres = Math.max(topMetres, m);
            if (j != from && !unreachable) {
                sum += s;
                count++;
            }
        }
        longest = top;
        longestMetres = topMetres;
        sums[profile][distinct] += sum;
        pairs[profile][distinct] += count;
        done.set(from);
    }

    /**
     * Writes distinct table {@code distinct} of {@code profile} from {@code table}, every row.
     *
     * @param profile  the profile index
     * @param distinct the distinct table index (the free-flow table first)
     * @param table    the table, over this builder's points in order
     * @throws IllegalArgumentException as {@link #putRow}, or when the table is over other points
     */
    public void putTable(int profile, int distinct, TravelTimes table) {
        if (!table.pointIds().equals(pointIds)) {
            throw new IllegalArgumentException("The table " + distinct + " of profile '" + profileIds.get(profile)
                    + "' is over other points than the first table; build every table over the same points.");
        }
        int[] rowS = new int[n];
        int[] rowM = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                rowS[j] = table.seconds(i, j);
                rowM[j] = table.metres(i, j);
            }
            putRow(profile, distinct, i, rowS, rowM);
        }
    }

    /**
     * Writes distinct table {@code distinct} of {@code profile} as a copy of a table given before
     * (a re-weighting two profiles share).
     *
     * @param profile      the profile index
     * @param distinct     the distinct table index
     * @param fromProfile  the profile of the table to copy
     * @param fromDistinct its distinct table index, every row given
     * @throws IllegalArgumentException as {@link #putRow}
     * @throws IllegalStateException    when a row of the table to copy is missing
     */
    public void copyTable(int profile, int distinct, int fromProfile, int fromDistinct) {
        requireComplete(fromProfile, fromDistinct);
        int[] rowS = new int[n];
        int[] rowM = new int[n];
        int d1 = this.distinct[fromProfile];
        int[] from = seconds[fromProfile];
        MetresCells[] fromMetres = metres[fromProfile];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int cell = i * stride + j;
                rowS[j] = from[cell * d1 + fromDistinct];
                rowM[j] = MetresCells.get(fromMetres, d1, fromDistinct, cell);
            }
            putRow(profile, distinct, i, rowS, rowM);
        }
    }

    /**
     * The tables, once every row of every table is given.
     *
     * @param buildMillis how long building the tables took, milliseconds (reported by {@link TravelTables#buildMillis()})
     * @return the tables
     * @throws IllegalStateException naming the table when a row is missing, or on a second call
     */
    public TravelTables build(long buildMillis) {
        for (int p = 0; p < distinct.length; p++) {
            for (int d = 0; d < distinct[p]; d++) {
                requireComplete(p, d);
                meanSeconds[p][d] = pairs[p][d] == 0 ? 0.0 : (double) sums[p][d] / pairs[p][d];
            }
        }
        requireOpen();
        built = true;
        return new TravelTables(this, buildMillis);
    }

    private void requireOpen() {
        if (built) {
            throw new IllegalStateException("These tables are built; start a new builder.");
        }
    }

    private void requireComplete(int profile, int distinct) {
        int missing = written[profile][distinct].nextClearBit(0);
        if (missing < n) {
            throw new IllegalStateException("The row " + missing + " of table " + distinct + " of profile '"
                    + profileIds.get(profile) + "' is not given; give every row of every table.");
        }
    }

    private IllegalArgumentException unreachableMismatch(int profile, int distinct) {
        return new IllegalArgumentException("The table " + distinct + " of profile '" + profileIds.get(profile)
                + "' has other unreachable pairs than its free-flow table; a profile's tables must"
                + " share their roads (only speeds may change with the time).");
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
}
