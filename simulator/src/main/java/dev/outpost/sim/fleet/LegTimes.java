package dev.outpost.sim.fleet;

import dev.outpost.travel.TravelTables;

/**
 * The one place the simulator asks "how long is the leg a to b for this courier at time t" (the
 * expected seconds, before noise) and "how far". Points are {@code ScenarioPoints} indices. Time
 * of day is passed so that per-profile time-of-day tables can answer here.
 */
public interface LegTimes {
    /**
     * Expected seconds from {@code from} to {@code to} for courier type {@code type} leaving at {@code time}; -1 when unreachable.
     *
     * @param type the courier type index
     * @param from the from point
     * @param to the to point
     * @param time departure, simulated seconds
     * @return expected seconds from {@code from} to {@code to} for courier type {@code type} leaving at {@code time}; -1 when unreachable
     */
    int seconds(int type, int from, int to, long time);

    /**
     * Metres from {@code from} to {@code to} for courier type {@code type}; -1 when unreachable.
     *
     * @param type the courier type index
     * @param from the from point
     * @param to the to point
     * @return metres from {@code from} to {@code to} for courier type {@code type}; -1 when unreachable
     */
    int metres(int type, int from, int to);

    /**
     * These legs as travel tables over the same points: profile {@code t} is courier type {@code t},
     * and {@code tables().legSeconds(t, from, to, time)} equals {@link #seconds} for every leg (what a
     * planner needs to plan with the legs the simulator drives, before noise).
     *
     * @return the travel tables, one profile per courier type
     * @throws IllegalStateException when there is no courier type
     */
    TravelTables tables();
}
