package dev.outpost.travel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dense travel-time and distance tables between a fixed list of points, stored row-major in flat
 * {@code int} arrays for the solvers' hot paths: the entry for {@code from -> to} is at
 * {@code from * size + to}. Times are whole seconds, distances whole metres.
 *
 * <p>A pair that no path connects (disconnected road pieces, one-way traps) holds
 * {@link #UNREACHABLE} in both tables and is listed by {@link #unreachablePairs()}; it is never
 * turned into a large number. Callers that sum travel must check {@link #reachable(int, int)} or
 * {@link #isComplete()} first.
 *
 * <p>Instances are immutable; the arrays are never exposed.
 */
public final class TravelTimes {

    /** Marker stored for a pair with no path. */
    public static final int UNREACHABLE = -1;

    /**
     * Most points one table holds: {@code MAX_POINTS²} is the largest square that fits a Java array
     * ({@code 46,340² = 2,147,395,600 < 2^31}); two such {@code int} tables take about 17 GB.
     */
    public static final int MAX_POINTS = 46_340;

    private final List<String> pointIds;
    private final int size;
    private final int[] seconds;
    private final int[] metres;
    private final int unreachableCount;

    /**
     * @param pointIds the ids of the points, in index order (used in messages)
     * @param seconds  row-major {@code size * size} travel seconds, {@link #UNREACHABLE} where no path
     * @param metres   row-major {@code size * size} metres, {@link #UNREACHABLE} exactly where seconds is
     * @throws IllegalArgumentException when an id is listed twice, there are more than
     *                                  {@link #MAX_POINTS} points, the tables do not match the ids, or
     *                                  an entry is negative or unreachable in one table only
     */
    public TravelTimes(List<String> pointIds, int[] seconds, int[] metres) {
        this(pointIds, seconds, metres, true);
    }

    /** As the public constructor, taking ownership of arrays nobody else holds (no copy: the views of {@link TravelTables}). */
    static TravelTimes owning(List<String> pointIds, int[] seconds, int[] metres) {
        return new TravelTimes(pointIds, seconds, metres, false);
    }

    /** As the public constructor; {@code copy = false} takes ownership of arrays nobody else holds. */
    private TravelTimes(List<String> pointIds, int[] seconds, int[] metres, boolean copy) {
        this.pointIds = List.copyOf(pointIds);
        this.size = pointIds.size();
        requireUniqueIds(this.pointIds);
        int cells = cells(size);
        if (seconds.length != cells || metres.length != cells) {
            throw new IllegalArgumentException("The tables (" + seconds.length + ", " + metres.length
                    + " entries) do not match " + size + " points (expected " + cells + ").");
        }
        int unreachable = 0;
        for (int i = 0; i < seconds.length; i++) {
            boolean s = seconds[i] == UNREACHABLE;
            boolean m = metres[i] == UNREACHABLE;
            if (s != m) {
                throw new IllegalArgumentException("The pair " + describe(i) + " is unreachable in one table only.");
            }
            if (!s && (seconds[i] < 0 || metres[i] < 0)) {
                throw new IllegalArgumentException("The pair " + describe(i) + " has a negative entry ("
                        + seconds[i] + " s, " + metres[i] + " m).");
            }
            if (s) {
                unreachable++;
            }
        }
        this.seconds = copy ? seconds.clone() : seconds;
        this.metres = copy ? metres.clone() : metres;
        this.unreachableCount = unreachable;
    }

    /**
     * The number of entries of a table of {@code points} points, {@code points²}.
     *
     * @param points the number of points
     * @throws IllegalArgumentException naming the count when the table cannot be held (more than
     *                                  {@link #MAX_POINTS} points) or the count is negative
     * @return the number of entries of a table of {@code points} points, {@code points²}
     */
    public static int cells(int points) {
        if (points < 0) {
            throw new IllegalArgumentException("The number of points (" + points + ") must not be negative.");
        }
        if (points > MAX_POINTS) {
            throw new IllegalArgumentException("The travel table of " + points + " points would have "
                    + (long) points * points + " entries, more than one array holds; at most " + MAX_POINTS
                    + " points fit one table: use fewer points (for example fewer clients).");
        }
        return points * points;
    }

    static void requireUniqueIds(List<String> ids) {
        Map<String, Integer> first = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                throw new IllegalArgumentException("The point id at index " + i + " is missing (null); give every point an id.");
            }
            Integer earlier = first.putIfAbsent(id, i);
            if (earlier != null) {
                throw new IllegalArgumentException("The point id '" + id + "' is listed twice (at indices " + earlier
                        + " and " + i + "); ids in a travel table must be unique.");
            }
        }
    }

    /**
     * This table with {@code extraIds.size()} points appended after the existing ones (the
     * existing entries are copied unchanged). Used by {@link TravelModel#extend}.
     *
     * @param extraIds   ids of the new points, unique and not among {@link #pointIds()}
     * @param outSeconds row-major {@code k x (n + k)} seconds from each new point to every point
     *                   (the existing ones first, then the new ones), {@code k = extraIds.size()}
     * @param outMetres  the same for metres
     * @param inSeconds  row-major {@code n x k} seconds from each existing point to each new point
     * @param inMetres   the same for metres
     * @return the extended table, {@code n + k} points
     * @throws IllegalArgumentException when an id repeats, an array has the wrong length, or an
     *                                  entry breaks the table's rules
     */
    public TravelTimes appended(List<String> extraIds, int[] outSeconds, int[] outMetres, int[] inSeconds,
            int[] inMetres) {
        int n = size;
        int k = extraIds.size();
        int total = n + k;
        List<String> ids = new ArrayList<>(total);
        ids.addAll(pointIds);
        ids.addAll(extraIds);
        requireUniqueIds(ids);
        int cells = cells(total);
        if (outSeconds.length != k * total || outMetres.length != k * total
                || inSeconds.length != n * k || inMetres.length != n * k) {
            throw new IllegalArgumentException("The rows (" + outSeconds.length + ", " + outMetres.length
                    + " entries) or columns (" + inSeconds.length + ", " + inMetres.length + " entries) of the "
                    + k + " new points do not match " + n + " existing points (expected " + k * total + " and "
                    + n * k + ").");
        }
        int[] s = new int[cells];
        int[] m = new int[cells];
        for (int i = 0; i < n; i++) {
            System.arraycopy(seconds, i * n, s, i * total, n);
            System.arraycopy(metres, i * n, m, i * total, n);
            System.arraycopy(inSeconds, i * k, s, i * total + n, k);
            System.arraycopy(inMetres, i * k, m, i * total + n, k);
        }
        System.arraycopy(outSeconds, 0, s, n * total, k * total);
        System.arraycopy(outMetres, 0, m, n * total, k * total);
        return new TravelTimes(ids, s, m, false);
    }

    private String describe(int flatIndex) {
        return pointIds.get(flatIndex / size) + " -> " + pointIds.get(flatIndex % size);
    }

    /**
     * Number of points.
     *
     * @return the number of points
     */
    public int size() {
        return size;
    }

    /**
     * Point ids in index order.
     *
     * @return point ids in index order
     */
    public List<String> pointIds() {
        return pointIds;
    }

    /**
     * Travel seconds from point {@code from} to point {@code to}, or {@link #UNREACHABLE}.
     *
     * @param from the from point index
     * @param to the to point index
     * @return travel seconds from point {@code from} to point {@code to}, or {@link #UNREACHABLE}
     */
    public int seconds(int from, int to) {
        return seconds[from * size + to];
    }

    /**
     * Travel metres from point {@code from} to point {@code to}, or {@link #UNREACHABLE}.
     *
     * @param from the from point index
     * @param to the to point index
     * @return travel metres from point {@code from} to point {@code to}, or {@link #UNREACHABLE}
     */
    public int metres(int from, int to) {
        return metres[from * size + to];
    }

    /**
     * Whether a path leads from {@code from} to {@code to}.
     *
     * @param from the from point index
     * @param to the to point index
     * @return whether a path leads from {@code from} to {@code to}
     */
    public boolean reachable(int from, int to) {
        return seconds[from * size + to] != UNREACHABLE;
    }

    /**
     * Whether every ordered pair is reachable.
     *
     * @return whether every ordered pair is reachable
     */
    public boolean isComplete() {
        return unreachableCount == 0;
    }

    /**
     * Every unreachable ordered pair, by point id, in row-major order.
     *
     * @return every unreachable ordered pair, by point id, in row-major order
     */
    public List<UnreachablePair> unreachablePairs() {
        List<UnreachablePair> pairs = new ArrayList<>(unreachableCount);
        if (unreachableCount == 0) {
            return pairs;
        }
        for (int i = 0; i < seconds.length; i++) {
            if (seconds[i] == UNREACHABLE) {
                pairs.add(new UnreachablePair(pointIds.get(i / size), pointIds.get(i % size)));
            }
        }
        return pairs;
    }

    /**
     * A copy of the seconds table, row-major (for solvers that keep their own flat copy).
     *
     * @return a copy of the seconds table, row-major (for solvers that keep their own flat copy)
     */
    public int[] secondsTable() {
        return seconds.clone();
    }

    /**
     * A copy of the metres table, row-major.
     *
     * @return a copy of the metres table, row-major
     */
    public int[] metresTable() {
        return metres.clone();
    }

    /** An ordered pair of points with no path between them. */
    public record UnreachablePair(String fromId, String toId) {
        /**
         * Rejects a null {@code fromId} or {@code toId}.
         *
         * @param fromId id of the start point
         * @param toId id of the end point
         */
        public UnreachablePair {
            Objects.requireNonNull(fromId, "fromId");
            Objects.requireNonNull(toId, "toId");
        }
    }
}
