package dev.outpost.dispatch;

import java.util.List;
import java.util.Objects;

/**
 * A courier's state now, as {@link Dispatcher#courierStatus(String)} answers it: its duty, where
 * and when it is free, its load, and the current ETA to every stop of its plan (the pickup it is
 * driving to or standing at first, then its planned stops in order) and back to the hub.
 *
 * @param courierId        the courier
 * @param duty             on duty, off duty or unavailable
 * @param clockSecond      the dispatcher's clock, seconds
 * @param point            where it is, or will be free (a point of the dispatcher's travel table)
 * @param freeSecond       when it is free there, seconds (never before the clock while on duty)
 * @param load             the load on board now (after unloads), units
 * @param stops            the current ETA to every stop, in visiting order (empty off duty)
 * @param hubArrivalSecond when it would reach the hub after its last stop, seconds
 * @param version          the dispatcher's plan version
 */
public record CourierStatus(String courierId, Duty duty, int clockSecond, int point, int freeSecond, int load,
        List<StopEta> stops, int hubArrivalSecond, long version) {

    /**
     * Copies the stops and rejects nulls.
     *
     * @param courierId        the courier
     * @param duty             on duty, off duty or unavailable
     * @param clockSecond      the dispatcher's clock, seconds
     * @param point            where it is, or will be free
     * @param freeSecond       when it is free there, seconds
     * @param load             the load on board now, units
     * @param stops            the current ETA to every stop, in visiting order
     * @param hubArrivalSecond when it would reach the hub after its last stop, seconds
     * @param version          the dispatcher's plan version
     */
    public CourierStatus {
        Objects.requireNonNull(courierId, "courierId");
        Objects.requireNonNull(duty, "duty");
        stops = List.copyOf(stops);
    }

    /** A courier's duty. */
    public enum Duty {
        /** Planned and offered requests. */
        ON_DUTY,
        /** Its shift ended ({@link DispatchEvent.CourierOffDuty}); its route was closed at the hub. */
        OFF_DUTY,
        /** It dropped out ({@link DispatchEvent.CourierUnavailable}). */
        UNAVAILABLE
    }

    /**
     * The current ETA to one stop.
     *
     * @param pickupId        the pickup
     * @param fixed           whether it is the stop the courier drives to or stands at (re-optimisation never moves it)
     * @param arrivalSecond   the expected arrival, seconds
     * @param startSecond     the expected service start (arrival or window start), seconds
     * @param departureSecond the expected departure after service, seconds
     */
    public record StopEta(String pickupId, boolean fixed, int arrivalSecond, int startSecond, int departureSecond) {
        /**
         * Rejects a null id.
         *
         * @param pickupId        the pickup
         * @param fixed           whether it is the courier's fixed stop
         * @param arrivalSecond   the expected arrival, seconds
         * @param startSecond     the expected service start, seconds
         * @param departureSecond the expected departure after service, seconds
         */
        public StopEta {
            Objects.requireNonNull(pickupId, "pickupId");
        }
    }
}
