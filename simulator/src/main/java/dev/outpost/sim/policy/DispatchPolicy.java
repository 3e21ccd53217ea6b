package dev.outpost.sim.policy;

import dev.outpost.sim.demand.Request;
import dev.outpost.sim.fleet.FleetControl;

/**
 * Decides which courier takes a request. A policy sees the fleet only through
 * {@link FleetControl} and must, for each request it is offered, either assign it or hold it.
 * One instance serves one day (policies may keep state); {@link DispatchPolicies} makes them.
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
