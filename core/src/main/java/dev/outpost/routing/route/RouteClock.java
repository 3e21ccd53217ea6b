package dev.outpost.routing.route;

/**
 * The one rule that times a route: from a point, a second and a load on board, each stop is
 * <em>drive</em> ({@code arrival = departure + leg}, the leg taken from a {@link LegSeconds} at
 * the departure second, so time-of-day legs are timed from when the courier actually leaves; an
 * unreachable leg takes 0 seconds and is reported by its negative leg), <em>wait</em> for the
 * window ({@code start = max(arrival, windowStart)}), <em>serve</em> and <em>depart</em>
 * ({@code departure = start + service}, {@code load += size}). A static table is simply a source
 * whose legs do not depend on the departure second.
 *
 * <p>Every place that times a route uses this rule: the route kernel's walk, slack and insertion
 * ({@link RouteWalk}, {@link RouteKernel#slack}, {@link RouteKernel#insertionCost}), the
 * dispatcher's fixed leg, and the simulator's policies and anchors. The static step functions
 * ({@link #arrival(long, int)}, {@link #serviceStart}, {@link #departure(long, long, int)}) are
 * the rule itself, for loops that keep their clock in local variables; the instance is a reusable
 * walk that can start anywhere. Allocation-free; an instance is not thread-safe.
 */
public final class RouteClock {

    /** A window start that never makes the courier wait (a stop served on arrival). */
    public static final long NO_WINDOW = Long.MIN_VALUE;

    private final LegSeconds legs;
    private int point;
    private long time;
    private int load;
    private int leg;
    private long arrival;
    private long start;

    /**
     * A clock whose legs come from {@code legs}.
     *
     * @param legs the leg durations
     */
    public RouteClock(LegSeconds legs) {
        this.legs = legs;
    }

    /**
     * Arrival after leaving at {@code departure} on a leg of {@code leg} seconds (a negative,
     * unreachable leg takes 0 seconds).
     *
     * @param departure the departure second
     * @param leg the leg's seconds, negative when unreachable
     * @return the arrival second
     */
    public static long arrival(long departure, int leg) {
        return departure + (leg < 0 ? 0 : leg);
    }

    /**
     * Service start for an arrival: the arrival, or the window start when later.
     *
     * @param arrival the arrival second
     * @param windowStart the window start, or {@link #NO_WINDOW}
     * @return the service start second
     */
    public static long serviceStart(long arrival, long windowStart) {
        return Math.max(arrival, windowStart);
    }

    /**
     * Departure for an arrival: the service start plus the service.
     *
     * @param arrival the arrival second
     * @param windowStart the window start, or {@link #NO_WINDOW}
     * @param service the service seconds
     * @return the departure second
     */
    public static long departure(long arrival, long windowStart, int service) {
        return serviceStart(arrival, windowStart) + service;
    }

    /**
     * Starts a walk at {@code point} at second {@code second} with {@code load} units on board.
     *
     * @param point the start point
     * @param second the second the walk may leave the start point
     * @param load the units on board
     * @return this clock, for chaining
     */
    public RouteClock start(int point, long second, int load) {
        this.point = point;
        this.time = second;
        this.load = load;
        this.leg = 0;
        this.arrival = second;
        this.start = second;
        return this;
    }

    /**
     * Drives from the current point to {@code to}, leaving now; the clock then reads the arrival.
     *
     * @param to the next point
     * @return the leg's seconds as the source gave them (negative when unreachable, then driven in 0 s)
     */
    public int drive(int to) {
        return drive(to, legs.seconds(point, to, time));
    }

    /**
     * {@link #drive(int)} with the leg already read from this clock's source at {@link #time()}
     * (for a walker that reads the same tables directly, without the call through the source).
     *
     * @param to the next point
     * @param leg the leg's seconds from the current point to {@code to} leaving at {@link #time()}, negative when unreachable
     * @return {@code leg}
     */
    public int drive(int to, int leg) {
        this.leg = leg;
        arrival = arrival(time, leg);
        time = arrival;
        start = arrival;
        point = to;
        return leg;
    }

    /**
     * Waits for the window at the current point, serves and departs.
     *
     * @param windowStart the window start, or {@link #NO_WINDOW}
     * @param service the service seconds
     * @param size the units picked up
     */
    public void serve(long windowStart, int service, int size) {
        start = serviceStart(arrival, windowStart);
        time = start + service;
        load += size;
    }

    /**
     * One stop: {@link #drive} to {@code to}, then {@link #serve}.
     *
     * @param to the stop's point
     * @param windowStart the window start, or {@link #NO_WINDOW}
     * @param service the service seconds
     * @param size the units picked up
     * @return the leg's seconds as the source gave them (negative when unreachable)
     */
    public int visit(int to, long windowStart, int service, int size) {
        int l = drive(to);
        serve(windowStart, service, size);
        return l;
    }

    /**
     * Takes a break here: it starts at {@code max(now, earliest)} and lasts {@code seconds}; the
     * point and load stay.
     *
     * @param earliest the break's earliest start, seconds
     * @param seconds  its length, seconds
     * @return the second the break started
     */
    public long rest(long earliest, int seconds) {
        long begin = Math.max(time, earliest);
        time = begin + seconds;
        return begin;
    }

    /**
     * The leg seconds from the current point to {@code to} if the courier left now (the clock does not move).
     *
     * @param to the next point
     * @return the leg's seconds, negative when unreachable
     */
    public int legTo(int to) {
        return legs.seconds(point, to, time);
    }

    /**
     * The current point.
     *
     * @return the point the clock is at
     */
    public int point() {
        return point;
    }

    /**
     * The clock: the departure after {@link #serve}, the arrival after {@link #drive}, the start second before either.
     *
     * @return the current second
     */
    public long time() {
        return time;
    }

    /**
     * Units on board.
     *
     * @return the load
     */
    public int load() {
        return load;
    }

    /**
     * The last leg's seconds as the source gave them (negative when unreachable; 0 before any).
     *
     * @return the last leg's seconds
     */
    public int leg() {
        return leg;
    }

    /**
     * Arrival at the current point.
     *
     * @return the arrival second
     */
    public long arrival() {
        return arrival;
    }

    /**
     * Service start at the current point (the arrival until {@link #serve}).
     *
     * @return the service start second
     */
    public long serviceStart() {
        return start;
    }
}
