package dev.outpost.travel;

import java.util.ArrayList;
import java.util.List;
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

    private final List<String> pointIds;
    private final int size;
    private final int[] seconds;
    private final int[] metres;
    private final int unreachableCount;

    /**
     * @param pointIds the ids of the points, in index order (used in messages)
     * @param seconds  row-major {@code size * size} travel seconds, {@link #UNREACHABLE} where no path
     * @param metres   row-major {@code size * size} metres, {@link #UNREACHABLE} exactly where seconds is
     */
    public TravelTimes(List<String> pointIds, int[] seconds, int[] metres) {
        this.pointIds = List.copyOf(pointIds);
        this.size = pointIds.size();
        if (seconds.length != size * size || metres.length != size * size) {
            throw new IllegalArgumentException("The tables (" + seconds.length + ", " + metres.length
                    + " entries) do not match " + size + " points (expected " + size * size + ").");
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
        this.seconds = seconds.clone();
        this.metres = metres.clone();
        this.unreachableCount = unreachable;
    }

    private String describe(int flatIndex) {
        return pointIds.get(flatIndex / size) + " -> " + pointIds.get(flatIndex % size);
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** Point ids in index order. */
    public List<String> pointIds() {
        return pointIds;
    }

    /** Travel seconds from point {@code from} to point {@code to}, or {@link #UNREACHABLE}. */
    public int seconds(int from, int to) {
        return seconds[from * size + to];
    }

    /** Travel metres from point {@code from} to point {@code to}, or {@link #UNREACHABLE}. */
    public int metres(int from, int to) {
        return metres[from * size + to];
    }

    /** Whether a path leads from {@code from} to {@code to}. */
    public boolean reachable(int from, int to) {
        return seconds[from * size + to] != UNREACHABLE;
    }

    /** Whether every ordered pair is reachable. */
    public boolean isComplete() {
        return unreachableCount == 0;
    }

    /** Every unreachable ordered pair, by point id, in row-major order. */
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

    /** A copy of the seconds table, row-major (for solvers that keep their own flat copy). */
    public int[] secondsTable() {
        return seconds.clone();
    }

    /** A copy of the metres table, row-major. */
    public int[] metresTable() {
        return metres.clone();
    }

    /** An ordered pair of points with no path between them. */
    public record UnreachablePair(String fromId, String toId) {
        public UnreachablePair {
            Objects.requireNonNull(fromId, "fromId");
            Objects.requireNonNull(toId, "toId");
        }
    }
}
