package dev.outpost.dispatch;

import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import java.util.Objects;

/**
 * What a dispatch system tells the {@link Dispatcher}: a sealed set of immutable events. Points
 * are indices into the fleet's travel table ({@link Fleet#travel()}); a request and a courier's
 * position may instead be given as a {@link Location} when the fleet has a travel model
 * ({@link Fleet#withModel}). Times are seconds since the start of the service day.
 */
public sealed interface DispatchEvent {

    /**
     * A new pickup request. The pickup carries its point, window, size, priority, required skills
     * and release second (the moment of the call; response time is measured from it).
     *
     * <p>With a {@code location} (an address, when the fleet has a travel model: {@link Fleet#withModel})
     * the request is placed there: the pickup's own point is ignored (give any index, e.g. 0) and the
     * dispatcher gives it the point of its travel table at that location, adding one when new (the
     * pickup in plans carries that point). A location the table already has costs no model call.
     *
     * @param pickup                the request, its id unique over the dispatcher's life
     * @param location              where the pickup is, or null for the pickup's point
     * @param responseTargetSeconds the target for service start minus release, seconds; 0 = none
     *                              (a decision reports whether the promise meets it; it is not a hard rule)
     */
    record PickupRequested(Pickup pickup, Location location, int responseTargetSeconds) implements DispatchEvent {
        /**
         * Validates the components.
         *
         * @param pickup                the request, its id unique over the dispatcher's life
         * @param location              where the pickup is, or null for the pickup's point
         * @param responseTargetSeconds the target for service start minus release, seconds; 0 = none
         *       (a decision reports whether the promise meets it; it is not a hard rule)
         */
        public PickupRequested {
            Objects.requireNonNull(pickup, "pickup");
            if (responseTargetSeconds < 0) {
                throw new IllegalArgumentException("The pickup (" + pickup.id() + ") responseTargetSeconds ("
                        + responseTargetSeconds + ") is negative; use 0 for none.");
            }
            requireFinite("pickup (" + pickup.id() + ") location", location);
        }

        /**
         * A request at the pickup's point (an index of the fleet's travel table).
         *
         * @param pickup                the request, its id unique over the dispatcher's life
         * @param responseTargetSeconds the target for service start minus release, seconds; 0 = none
         */
        public PickupRequested(Pickup pickup, int responseTargetSeconds) {
            this(pickup, null, responseTargetSeconds);
        }

        /**
         * A request at the pickup's point without a response target.
         *
         * @param pickup the request, its id unique over the dispatcher's life
         */
        public PickupRequested(Pickup pickup) {
            this(pickup, null, 0);
        }
    }

    /** The caller cancels an open request (planned, unserved, or the one a courier is driving to). */
    record PickupCancelled(String pickupId) implements DispatchEvent {
        /**
         * Rejects a null {@code pickupId}.
         *
         * @param pickupId the request to cancel
         */
        public PickupCancelled {
            Objects.requireNonNull(pickupId, "pickupId");
        }
    }

    /**
     * A courier's position and status: it is at {@code point} (or {@code location}) at
     * {@code second}; when {@code drivingTo} is not null it has left for that pickup (one of its
     * planned stops), which from now on is fixed: courier state that re-optimisation never moves.
     *
     * <p>With a {@code location} (a GPS fix, when the fleet has a travel model:
     * {@link Fleet#withModel}) the dispatcher uses the point of its travel table at that location,
     * adding one when new; the courier's previous position's point is reused when nothing else is
     * there, so a stream of position updates does not grow the table.
     *
     * @param courierId the courier
     * @param point     where it is now (a point of the fleet's travel table), or -1 with a location
     * @param location  where it is now as a coordinate, or null for {@code point}
     * @param second    when
     * @param drivingTo the pickup it drives to, or null when idle or position only
     */
    record CourierMoved(String courierId, int point, Location location, int second, String drivingTo) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId}, and a point together with a location.
         *
         * @param courierId the courier
         * @param point     where it is now (a point of the fleet's travel table), or -1 with a location
         * @param location  where it is now as a coordinate, or null for {@code point}
         * @param second    when
         * @param drivingTo the pickup it drives to, or null when idle or position only
         */
        public CourierMoved {
            Objects.requireNonNull(courierId, "courierId");
            requireFinite("courier (" + courierId + ") location", location);
            if (location != null && point != -1) {
                throw new IllegalArgumentException("The courier (" + courierId + ") position has both a point (" + point
                        + ") and a location (" + location.x() + ", " + location.y() + "); give one (point -1 with a location).");
            }
        }

        /**
         * The courier is at a point of the fleet's travel table.
         *
         * @param courierId the courier
         * @param point     where it is now (a point of the travel table)
         * @param second    when
         * @param drivingTo the pickup it drives to, or null when idle or position only
         */
        public CourierMoved(String courierId, int point, int second, String drivingTo) {
            this(courierId, point, null, second, drivingTo);
        }

        /**
         * The courier is at a coordinate (a GPS fix).
         *
         * @param courierId the courier
         * @param location  where it is now
         * @param second    when
         * @param drivingTo the pickup it drives to, or null when idle or position only
         */
        public CourierMoved(String courierId, Location location, int second, String drivingTo) {
            this(courierId, -1, Objects.requireNonNull(location, "location"), second, drivingTo);
        }

        /**
         * A position update that changes no commitment.
         *
         * @param courierId the courier
         * @param point where it is now (a point of the travel table)
         * @param second when
         */
        public CourierMoved(String courierId, int point, int second) {
            this(courierId, point, null, second, null);
        }
    }

    /** The courier arrived at a pickup (its fixed stop, or a planned one that becomes fixed). */
    record ArrivedAtStop(String courierId, String pickupId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId} or {@code pickupId}.
         *
         * @param courierId the courier
         * @param pickupId the pickup it arrived at
         * @param second when, seconds since the start of the day
         */
        public ArrivedAtStop {
            Objects.requireNonNull(courierId, "courierId");
            Objects.requireNonNull(pickupId, "pickupId");
        }
    }

    /** The courier finished the pickup at {@code second}; the goods are on board and the courier is free there. */
    record PickupDone(String courierId, String pickupId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId} or {@code pickupId}.
         *
         * @param courierId the courier
         * @param pickupId the pickup it finished
         * @param second when, seconds since the start of the day
         */
        public PickupDone {
            Objects.requireNonNull(courierId, "courierId");
            Objects.requireNonNull(pickupId, "pickupId");
        }
    }

    /**
     * The courier drops out (breakdown, sickness) at {@code second}: its fixed stop and its planned
     * stops return to the pool and are re-planned at once by cheapest insertion on the others.
     */
    record CourierUnavailable(String courierId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId}.
         *
         * @param courierId the courier
         * @param second when, seconds since the start of the day
         */
        public CourierUnavailable {
            Objects.requireNonNull(courierId, "courierId");
        }
    }

    /**
     * A courier joins the fleet; unserved requests are offered to it at once. With a
     * {@code location} (a GPS fix; needs {@link Fleet#withModel}) the courier starts there and its
     * {@link Courier#startPoint()} is ignored.
     *
     * @param courier  the new courier
     * @param location where it starts as a coordinate, or null for its {@link Courier#startPoint()}
     */
    record CourierAdded(Courier courier, Location location) implements DispatchEvent {
        /**
         * Rejects a null {@code courier} and a location that is not finite.
         *
         * @param courier  the new courier
         * @param location where it starts as a coordinate, or null for its {@link Courier#startPoint()}
         */
        public CourierAdded {
            Objects.requireNonNull(courier, "courier");
            requireFinite("courier (" + courier.id() + ") location", location);
        }

        /**
         * A courier that starts at its {@link Courier#startPoint()}, a point of the fleet's travel table.
         *
         * @param courier the new courier
         */
        public CourierAdded(Courier courier) {
            this(courier, null);
        }
    }

    /**
     * The clock advances to {@code second} (never backwards): idle couriers cannot leave before it,
     * and unserved requests whose window has ended are closed.
     */
    record ClockAdvanced(int second) implements DispatchEvent {
    }

    private static void requireFinite(String what, Location location) {
        if (location != null && (!Double.isFinite(location.x()) || !Double.isFinite(location.y()))) {
            throw new IllegalArgumentException("The " + what + " (" + location.x() + ", " + location.y()
                    + ") is not finite; give real coordinates.");
        }
    }
}
