package dev.outpost.sim.fleet;

import dev.outpost.sim.demand.Request;

/**
 * Decides which courier takes a request. A policy sees the fleet only through
 * {@link FleetControl} and must, for each request it is offered, either assign it or hold it.
 * One instance serves one day (policies may keep state); the
 * policies themselves live in {@code dev.outpost.sim.policy}, which depends on this package and
 * not the other way round.
 */
public interface DispatchPolicy {

    /**
     * A new request, or one handed back by a broken-down courier: assign or hold it.
     *
     * @param request the request to place
     * @param fleet   the day's fleet
     */
    void onRequest(Request request, FleetControl fleet);

    /**
     * Courier {@code courier} has nothing to do: it may take a waiting request.
     *
     * @param courier the idle courier's index
     * @param fleet   the day's fleet
     */
    void onCourierIdle(int courier, FleetControl fleet);

    /**
     * The day is over (waiting requests have been reported unserved).
     *
     * @param fleet the day's fleet
     */
    default void finished(FleetControl fleet) {
    }
}
