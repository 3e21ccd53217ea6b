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
     * Courier {@code courier} leaves for the request at the head of its queue (taken out of the
     * queue now), from the point it stands at.
     *
     * @param courier the courier's index
     * @param request the request it drives to
     * @param fleet   the day's fleet
     */
    default void onDeparted(int courier, Request request, FleetControl fleet) {
    }

    /**
     * Courier {@code courier} arrived at the request it drove to and starts serving it (a policy
     * that keeps its own view of the day, such as a dispatcher, hears it).
     *
     * @param courier the courier's index
     * @param request the request it serves
     * @param fleet   the day's fleet
     */
    default void onPickupStarted(int courier, Request request, FleetControl fleet) {
    }

    /**
     * Courier {@code courier} finished serving the request; the goods are on board. Called before
     * the courier starts its next job.
     *
     * @param courier the courier's index
     * @param request the request it served
     * @param fleet   the day's fleet
     */
    default void onPickupDone(int courier, Request request, FleetControl fleet) {
    }

    /**
     * Courier {@code courier} arrived at the hub and unloaded (its load is zero now). Called before
     * it starts its next job or goes off duty.
     *
     * @param courier the courier's index
     * @param fleet   the day's fleet
     */
    default void onUnloaded(int courier, FleetControl fleet) {
    }

    /**
     * Courier {@code courier} ended a relocation drive and stands at {@link FleetControl#anchorPoint}.
     *
     * @param courier the courier's index
     * @param fleet   the day's fleet
     */
    default void onRelocated(int courier, FleetControl fleet) {
    }

    /**
     * Courier {@code courier} left the day: off duty at the hub, or lost to a breakdown (its
     * queued requests are then offered again through {@link #onRequest}, after this call).
     *
     * @param courier the courier's index
     * @param fleet   the day's fleet
     */
    default void onOffDuty(int courier, FleetControl fleet) {
    }

    /**
     * The day is over (waiting requests have been reported unserved).
     *
     * @param fleet the day's fleet
     */
    default void finished(FleetControl fleet) {
    }
}
