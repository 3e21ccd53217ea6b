package dev.outpost.routing.route;

/**
 * Where a {@link RouteClock} takes its leg durations from: the kernel's travel tables (one
 * profile of {@link dev.outpost.travel.TravelTables}, static or time-of-day), the dispatcher's
 * tables, or a simulator's expected leg times. The only thing the timing rule needs to know about
 * travel.
 */
@FunctionalInterface
public interface LegSeconds {

    /**
     * Seconds to drive from point {@code from} to point {@code to} leaving at {@code departSecond};
     * negative ({@link dev.outpost.travel.TravelTimes#UNREACHABLE}) when no road leads there.
     *
     * @param from the from point index
     * @param to the to point index
     * @param departSecond the departure, seconds
     * @return the leg's driving seconds, or a negative number when unreachable
     */
    int seconds(int from, int to, long departSecond);
}
