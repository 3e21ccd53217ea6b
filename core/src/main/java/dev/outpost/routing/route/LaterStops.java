package dev.outpost.routing.route;

import dev.outpost.travel.TravelTables;

/**
 * The change of a route's walked objective when one pickup is inserted at a position, the delay it
 * causes to the later stops included, without walking the whole route again for each position.
 * {@link #prepare} walks the route once and records the walk's state before each stop; then
 * {@link #cost} for a position resumes the walk there, visits the pickup, and walks on only while
 * the later stops can change in a way a constant delay does not describe:
 *
 * <ul>
 *   <li>When the walk is back at a recorded state (the same departure second, breaks and point),
 *       the rest of the route is the recorded one: its totals are added and the walk jumps to the
 *       route's end (the delay was absorbed by waiting for a window or by a break).</li>
 *   <li>When the departure is {@code d > 0} seconds late and the next stops form a <em>steady
 *       run</em> (no break left, no waiting for the window, served at or after its release, and
 *       each leg's seconds the same when leaving up to the run's smallest margin later:
 *       {@link TravelTables#legSteadyUntil}; and no window end within that margin), every stop of
 *       the run is served exactly {@code d} later: the run's response grows by {@code d} times its
 *       priorities, its driving stays, and the walk jumps to the run's end.</li>
 * </ul>
 *
 * Otherwise the next stop is walked by {@link RouteWalk}'s own rule. The drive to the hub is always
 * walked. So the result equals a full walk of the route with the pickup inserted, static and
 * time-dependent legs alike (the jumps only skip stops whose timing is exactly known; a test
 * compares it with the full walk on random routes). A position costs O(1) plus the stops where
 * the delay meets a window start, a release, a break or a leg crossing the end of a run of
 * slices; the walk stops early (infeasible) as soon as a hard penalty appears, since penalties
 * only grow along a route. Not thread-safe; reusable.
 */
public final class LaterStops {

    private final RouteKernel k;
    private final KernelPickups pickups;
    private final TravelTables tables;
    private final RouteWalk walk;
    private int courier;
    private int profile;
    private int length;
    private int[] sequence = new int[0];
    // The recorded walk's state before stop i (i = length: after the last stop, before the end).
    private int[] point = new int[1];
    private long[] time = new long[1];
    private int[] load = new int[1];
    private int[] breaksLeft = new int[1];
    private long[] late = new long[1];
    private int[] unreachable = new int[1];
    private int[] skills = new int[1];
    private long[] travel = new long[1];
    private long[] metres = new long[1];
    private long[] response = new long[1];
    /** Sum of the priorities of stops before i. */
    private long[] priorities = new long[1];
    /** First stop at or after i that is not steady (length when none). */
    private int[] runEnd = new int[1];
    /** Smallest steady margin of stops i .. runEnd - 1 (seconds a delay may reach and stay exact). */
    private long[] margin = new long[1];
    private long softBefore;
    /** Stops walked by {@link #cost} so far, the inserted one included (for tests). */
    long visited;

    /**
     * A reusable walker over kernel {@code k}.
     *
     * @param k the route kernel
     */
    public LaterStops(RouteKernel k) {
        this.k = k;
        this.pickups = k.pickups;
        this.tables = k.travel.tables;
        this.walk = k.walker();
    }

    /**
     * Walks courier c's route {@code sequence[0..n)} once and records it, for {@link #cost}.
     *
     * @param c        the courier index
     * @param sequence the route's pickup indices in visiting order (copied)
     * @param n        how many entries form the route
     * @return the route's soft cost ({@link RouteWalk#softCost()})
     */
    public long prepare(int c, int[] sequence, int n) {
        courier = c;
        profile = k.courierProfile(c);
        length = n;
        if (point.length < n + 1) {
            int cap = Math.max(n + 1, point.length * 2);
            this.sequence = new int[cap];
            point = new int[cap];
            time = new long[cap];
            load = new int[cap];
            breaksLeft = new int[cap];
            late = new long[cap];
            unreachable = new int[cap];
            skills = new int[cap];
            travel = new long[cap];
            metres = new long[cap];
            response = new long[cap];
            priorities = new long[cap];
            runEnd = new int[cap];
            margin = new long[cap];
        }
        System.arraycopy(sequence, 0, this.sequence, 0, n);
        walk.start(c);
        long[] arrivals = null;
        for (int i = 0; i <= n; i++) {
            record(i);
            priorities[i] = i == 0 ? 0 : priorities[i - 1] + pickups.priority[sequence[i - 1]];
            if (i < n) {
                walk.visit(sequence[i]);
                // Steady: no break pending before it, no waiting, served at or after release; margin below.
                int p = sequence[i];
                boolean steady = breaksLeft[i] == 0 && walk.arrival() >= pickups.windowStart[p]
                        && walk.serviceStart() >= pickups.release[p] && walk.serviceStart() <= pickups.windowEnd[p];
                if (steady) {
                    long until = tables.legSteadyUntil(profile, point[i], pickups.point[p], (int) time[i]);
                    long m = Math.min(until == Long.MAX_VALUE ? Long.MAX_VALUE : until - time[i],
                            (long) pickups.windowEnd[p] - walk.serviceStart());
                    margin[i] = m;
                    runEnd[i] = -1; // filled below
                } else {
                    margin[i] = -1;
                }
            }
        }
        walk.finish();
        softBefore = walk.softCost();
        runEnd[n] = n;
        margin[n] = Long.MAX_VALUE;
        for (int i = n - 1; i >= 0; i--) {
            if (margin[i] < 0) {
                runEnd[i] = i;
            } else {
                runEnd[i] = runEnd[i + 1];
                margin[i] = runEnd[i + 1] == i + 1 ? margin[i] : Math.min(margin[i], margin[i + 1]);
            }
        }
        return softBefore;
    }

    private void record(int i) {
        point[i] = walk.point();
        time[i] = walk.departure();
        load[i] = walk.load();
        breaksLeft[i] = walk.breaksLeft();
        late[i] = walk.lateSeconds();
        unreachable[i] = walk.unreachableLegs();
        skills[i] = walk.skillMisses();
        travel[i] = walk.travelSeconds();
        metres[i] = walk.metres();
        response[i] = walk.weightedResponseSeconds();
    }

    /**
     * The change of the prepared route's soft cost when pickup p is inserted at {@code position}
     * (0 = before the first stop, the route's length = after the last), exactly as a full
     * {@link RouteWalk} of the route with p inserted gives it, or {@link RouteKernel#INFEASIBLE}
     * when that walk has a hard penalty.
     *
     * @param p        the pickup index
     * @param position the insertion position
     * @return the soft cost's change, or {@link RouteKernel#INFEASIBLE}
     */
    public long cost(int p, int position) {
        int i = position;
        walk.resume(courier, point[i], time[i], load[i], i, breaksLeft[i], late[i], unreachable[i], skills[i], travel[i],
                metres[i], response[i]);
        walk.visit(p);
        visited++;
        int extra = pickups.size[p];
        while (i < length) {
            if (walk.hardPenalty() > 0) {
                return RouteKernel.INFEASIBLE;
            }
            long d = walk.departure() - time[i];
            if (i > position && walk.breaksLeft() == breaksLeft[i]) {
                // At the recorded point before stop i (the inserted stop is behind).
                if (d == 0) {
                    jump(i, length, 0, extra);
                    break;
                }
                if (d > 0 && breaksLeft[i] == 0 && runEnd[i] > i && d <= margin[i]) {
                    int to = runEnd[i];
                    jump(i, to, d, extra);
                    i = to;
                    continue;
                }
            }
            walk.visit(sequence[i]);
            visited++;
            i++;
        }
        walk.finish();
        if (walk.hardPenalty() > 0) {
            return RouteKernel.INFEASIBLE;
        }
        return walk.softCost() - softBefore;
    }

    /** Moves the walk from before stop {@code from} to before stop {@code to}, every stop between served {@code d} s later. */
    private void jump(int from, int to, long d, int extra) {
        walk.resume(courier, point[to], time[to] + d, load[to] + extra, to + 1, breaksLeft[to],
                walk.lateSeconds() + late[to] - late[from], walk.unreachableLegs() + unreachable[to] - unreachable[from],
                walk.skillMisses() + skills[to] - skills[from], walk.travelSeconds() + travel[to] - travel[from],
                walk.metres() + metres[to] - metres[from],
                walk.weightedResponseSeconds() + response[to] - response[from] + d * (priorities[to] - priorities[from]));
    }
}
