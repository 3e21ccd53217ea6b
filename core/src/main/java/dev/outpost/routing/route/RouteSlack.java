package dev.outpost.routing.route;

/**
 * Reusable slack buffers of one route, filled by {@link RouteKernel#slack} and read by
 * {@link RouteKernel#insertionCost}. Insertion position {@code pos} lies between the node before
 * it (the courier's start for 0) and the stop at index {@code pos}. Grows on demand, never
 * shrinks; not thread-safe.
 */
public final class RouteSlack {

    int courier;
    int length;
    /** Per position: the point of the node before it (index 0: the courier's start). */
    int[] points = new int[0];
    /** Per position: the departure from the node before it (index 0: the courier's available second). */
    int[] departures = new int[0];
    /** Per position: the load on board after the nodes before it; index length is the route's total. */
    int[] loads = new int[0];
    /** Per position: whether the route before it breaks no rule (legs reachable, skills, windows). */
    boolean[] prefixOk = new boolean[0];
    /** Per position below length: whether the stops from it on have their skills and reachable legs, hub leg included. */
    boolean[] suffixOk = new boolean[0];
    /** Per stop: its window start. */
    int[] nextWindowStart = new int[0];
    /** Per stop: the latest service start keeping it and every later stop, the shift and the cut-off feasible. */
    int[] latest = new int[0];
    /**
     * Whether the courier is static with its profile's flat arrays ({@link KernelTravel#profileSeconds},
     * a static problem): then the forward walk and the O(1) test read them directly.
     */
    boolean direct;
    /** Whether the courier's legs depend on the time: then {@link #timeOk} is filled, not {@link #latest}. */
    boolean timed;
    /** Time-dependent: service start of stop i. */
    int[] starts = new int[0];
    /** Time-dependent: window end of stop i. */
    int[] windowEnds = new int[0];
    /** Time-dependent: service seconds of stop i. */
    int[] services = new int[0];
    /**
     * Per position below the length: driving seconds of the leg from the node before it to the stop
     * at it (0 if unreachable; time-dependent: from its departure); at the length, the drive to the
     * hub (0 if none). The leg an insertion at that position replaces, so the insertion test does
     * not read it from the table again.
     */
    int[] legs = new int[0];
    /**
     * Per position: the metres of the leg {@link #legs} holds (at least 0; at the length, the drive
     * to the hub, 0 if none), for the same reason.
     */
    int[] legMetres = new int[0];
    /** Time-dependent: whether stops i.. and the route's end keep their windows, the shift and the cut-off. */
    boolean[] timeOk = new boolean[0];

    /** An empty buffer; sized by the first {@link RouteKernel#slack} call. */
    public RouteSlack() {
    }

    void ensure(int len) {
        if (points.length < len + 1) {
            int capacity = Math.max(len + 1, points.length * 2);
            points = new int[capacity];
            departures = new int[capacity];
            loads = new int[capacity];
            prefixOk = new boolean[capacity];
            suffixOk = new boolean[capacity];
            nextWindowStart = new int[capacity];
            latest = new int[capacity];
            legs = new int[capacity];
            legMetres = new int[capacity];
        }
    }

    /** The time-dependent arrays, allocated only for a time-dependent courier's slack (a smaller working set for static ones). */
    void ensureTimed(int len) {
        if (starts.length < len + 1) {
            int capacity = Math.max(len + 1, starts.length * 2);
            starts = new int[capacity];
            windowEnds = new int[capacity];
            services = new int[capacity];
            timeOk = new boolean[capacity];
        }
    }

    /**
     * The courier whose route this describes.
     *
     * @return the courier whose route this describes
     */
    public int courier() {
        return courier;
    }

    /**
     * Number of stops of the route.
     *
     * @return the number of stops of the route
     */
    public int length() {
        return length;
    }

    /**
     * Load on board at the end of the route (before any insertion), units.
     *
     * @return load on board at the end of the route (before any insertion), units
     */
    public int totalLoad() {
        return loads[length];
    }

    /**
     * Departure from the node before insertion position {@code pos}, seconds.
     *
     * @param pos the insertion position, 0 = before the first stop
     * @return departure from the node before insertion position {@code pos}, seconds
     */
    public int departureBefore(int pos) {
        return departures[pos];
    }

    /**
     * The route's pickups, kept only for a courier with breaks (whose insertions are walked, see
     * {@code RouteInsertion#walkedInsertionCost}); null otherwise.
     */
    int[] sequence;
    private RouteWalk walk;

    void keepSequence(int[] route, int len) {
        if (route == null) {
            if (sequence != null) {
                sequence = null; // stored only when it changes: no write barrier per slack of a courier without breaks
            }
            return;
        }
        if (sequence == null || sequence.length < len) {
            sequence = new int[Math.max(len, 8)];
        }
        System.arraycopy(route, 0, sequence, 0, len);
    }

    RouteWalk walk(RouteKernel kernel) {
        if (walk == null || walk.kernel() != kernel) {
            walk = new RouteWalk(kernel);
        }
        return walk;
    }
}
