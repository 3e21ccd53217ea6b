package dev.outpost.dispatch;

import dev.outpost.model.Location;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingProblem;
import java.util.Objects;

/**
 * What a dispatch system tells the {@link Dispatcher}: a sealed set of immutable events. Points
 * are indices into the fleet's travel table ({@link Fleet#travel()}); a request and a courier's
 * position may instead be given as a {@link Location} when the fleet has a travel model
 * ({@link Fleet#withModel}).
 *
 * <p><b>Time.</b> Every event carries its time, {@link #second()}: seconds since the start of the
 * dispatcher's first day (a later day {@code d} at time of day {@code t} is
 * {@link #secondOf(int, int) secondOf(d, t)}). The dispatcher's clock is the latest time it has
 * seen, so no answer promises an arrival before the event that asked for it. An event older than
 * what it contradicts is refused ({@link Decision.Refused}), and a time beyond the model's limit
 * ({@link RoutingProblem#LATEST_SECOND}) is refused by name; see {@code docs/dispatch-room.md}.
 */
public sealed interface DispatchEvent {

    /** Seconds in a day. */
    int DAY_SECONDS = 86_400;

    /**
     * When the event happened, seconds since the start of the dispatcher's first day.
     *
     * @return when the event happened, seconds since the start of the dispatcher's first day
     */
    int second();

    /**
     * The event time of a time of day on a day of service: {@code (day - 1) * 86400 + secondOfDay}.
     *
     * @param day         the day, 1 for the dispatcher's first
     * @param secondOfDay the time of day, seconds in [0, 86399] (00:00:00 to 23:59:59)
     * @return the event time, seconds since the start of the first day
     * @throws IllegalArgumentException naming the day or the time of day when out of range
     */
    static int secondOf(int day, int secondOfDay) {
        if (secondOfDay < 0 || secondOfDay >= DAY_SECONDS) {
            throw new IllegalArgumentException("The time of day (" + secondOfDay + " s) is outside [0, 86399] (00:00:00 to 23:59:59).");
        }
        int maxDay = RoutingProblem.LATEST_SECOND / DAY_SECONDS + 1;
        if (day < 1 || day > maxDay) {
            throw new IllegalArgumentException("The day (" + day + ") is outside [1, " + maxDay
                    + "] (the model's limit RoutingProblem.LATEST_SECOND is " + RoutingProblem.LATEST_SECOND + " s).");
        }
        return (day - 1) * DAY_SECONDS + secondOfDay;
    }

    /**
     * A new pickup request. The pickup carries its point, window, size, priority, required skills
     * and release second: the moment of the call, which is the event's time ({@link #second()});
     * response time is measured from it. A request older than the clock is not refused (a call
     * reported late contradicts nothing): it is answered at the clock.
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

        /**
         * The moment of the call: the pickup's release second.
         *
         * @return the pickup's release second
         */
        @Override
        public int second() {
            return pickup.releaseSecond();
        }
    }

    /**
     * The caller cancels an open request (planned, unserved, or the one a courier is driving to);
     * a request no longer open is refused ({@link Decision.RefusalReason#NOT_OPEN}).
     *
     * @param pickupId the request to cancel
     * @param second   when, seconds
     */
    record PickupCancelled(String pickupId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code pickupId} and a negative second.
         *
         * @param pickupId the request to cancel
         * @param second   when, seconds
         */
        public PickupCancelled {
            Objects.requireNonNull(pickupId, "pickupId");
            requireSecond("cancellation of pickup (" + pickupId + ")", second);
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
     * <p>A fix older than the courier's last report or than the dispatcher's clock is refused
     * ({@link Decision.RefusalReason#STALE}): it would roll the courier's free time back.
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
            requireSecond("position of courier (" + courierId + ")", second);
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

    /**
     * The courier arrived at a pickup (its fixed stop, or a planned one that becomes fixed).
     *
     * @param courierId the courier
     * @param pickupId  the pickup it arrived at
     * @param second    when, seconds
     */
    record ArrivedAtStop(String courierId, String pickupId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId} or {@code pickupId} and a negative second.
         *
         * @param courierId the courier
         * @param pickupId the pickup it arrived at
         * @param second when, seconds
         */
        public ArrivedAtStop {
            Objects.requireNonNull(courierId, "courierId");
            Objects.requireNonNull(pickupId, "pickupId");
            requireSecond("arrival of courier (" + courierId + ")", second);
        }
    }

    /**
     * The courier finished the pickup at {@code second}; the goods are on board (until
     * {@link CourierUnloaded}) and the courier is free there. A {@code done} before the courier's
     * reported arrival at it is refused ({@link Decision.RefusalReason#OUT_OF_ORDER}).
     *
     * @param courierId the courier
     * @param pickupId  the pickup it finished
     * @param second    when, seconds
     */
    record PickupDone(String courierId, String pickupId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId} or {@code pickupId} and a negative second.
         *
         * @param courierId the courier
         * @param pickupId the pickup it finished
         * @param second when, seconds
         */
        public PickupDone {
            Objects.requireNonNull(courierId, "courierId");
            Objects.requireNonNull(pickupId, "pickupId");
            requireSecond("done of courier (" + courierId + ")", second);
        }
    }

    /**
     * The courier unloaded at the hub at {@code second}: its load is back to zero and it is free at
     * the hub from then (refused while it is driving to or standing at a pickup:
     * {@link Decision.RefusalReason#BUSY}).
     *
     * @param courierId the courier
     * @param second    when, seconds
     */
    record CourierUnloaded(String courierId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId} and a negative second.
         *
         * @param courierId the courier
         * @param second    when, seconds
         */
        public CourierUnloaded {
            Objects.requireNonNull(courierId, "courierId");
            requireSecond("unload of courier (" + courierId + ")", second);
        }
    }

    /**
     * The courier goes off duty at {@code second} (end of its shift): its open pickups (planned,
     * and the one it drives to) are re-placed on the others at once, and its route is closed at
     * the hub (it drives back and unloads there). {@link CourierOnDuty} brings it back.
     *
     * @param courierId the courier
     * @param second    when, seconds
     */
    record CourierOffDuty(String courierId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId} and a negative second.
         *
         * @param courierId the courier
         * @param second    when, seconds
         */
        public CourierOffDuty {
            Objects.requireNonNull(courierId, "courierId");
            requireSecond("off-duty of courier (" + courierId + ")", second);
        }
    }

    /**
     * A courier of the fleet that is off duty (or was unavailable) comes on duty at {@code second},
     * empty, at {@code location} (a GPS fix; needs {@link Fleet#withModel}) or at the hub; unserved
     * requests are offered to it at once. A new courier joins with {@link CourierAdded}.
     *
     * @param courierId the courier
     * @param location  where it starts, or null for the hub
     * @param second    when, seconds
     */
    record CourierOnDuty(String courierId, Location location, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId}, a location that is not finite and a negative second.
         *
         * @param courierId the courier
         * @param location  where it starts, or null for the hub
         * @param second    when, seconds
         */
        public CourierOnDuty {
            Objects.requireNonNull(courierId, "courierId");
            requireFinite("courier (" + courierId + ") location", location);
            requireSecond("on-duty of courier (" + courierId + ")", second);
        }

        /**
         * The courier comes on duty at the hub.
         *
         * @param courierId the courier
         * @param second    when, seconds
         */
        public CourierOnDuty(String courierId, int second) {
            this(courierId, null, second);
        }
    }

    /**
     * The courier takes a break of {@code minutes} from {@code second} (or, when it is driving to or
     * standing at a pickup, once that pickup is done): it can start nothing until the break ends;
     * planned stops it can no longer make are re-placed.
     *
     * @param courierId the courier
     * @param minutes   the break's length, minutes, in [1, 1440]
     * @param second    when, seconds
     */
    record CourierBreak(String courierId, int minutes, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId}, a length outside [1, 1440] and a negative second.
         *
         * @param courierId the courier
         * @param minutes   the break's length, minutes
         * @param second    when, seconds
         */
        public CourierBreak {
            Objects.requireNonNull(courierId, "courierId");
            if (minutes < 1 || minutes > 1440) {
                throw new IllegalArgumentException("The break of courier (" + courierId + ") minutes (" + minutes
                        + ") is outside [1, 1440].");
            }
            requireSecond("break of courier (" + courierId + ")", second);
        }
    }

    /**
     * A dispatcher's override: give the open request {@code pickupId} to {@code courierId}, at that
     * courier's cheapest feasible position. The answer is an {@link Decision.Assigned} (its
     * {@code lateSeconds} report lateness against the response target) or a {@link Decision.Refused}
     * naming the reason the courier cannot take it (skills, capacity, window, shift, reachability);
     * a refused override changes nothing. A {@code pinned} request stays with that courier:
     * re-optimisation never moves it to another (a result that would is not adopted).
     *
     * @param pickupId  the request
     * @param courierId the chosen courier
     * @param pinned    whether re-optimisation must keep it on that courier
     * @param second    when, seconds
     */
    record PickupAssigned(String pickupId, String courierId, boolean pinned, int second) implements DispatchEvent {
        /**
         * Rejects null ids and a negative second.
         *
         * @param pickupId  the request
         * @param courierId the chosen courier
         * @param pinned    whether re-optimisation must keep it on that courier
         * @param second    when, seconds
         */
        public PickupAssigned {
            Objects.requireNonNull(pickupId, "pickupId");
            Objects.requireNonNull(courierId, "courierId");
            requireSecond("assignment of pickup (" + pickupId + ")", second);
        }
    }

    /**
     * The courier drops out (breakdown, sickness) at {@code second}: its fixed stop and its planned
     * stops return to the pool and are re-planned at once by cheapest insertion on the others.
     * {@link CourierOnDuty} brings it back.
     *
     * @param courierId the courier
     * @param second    when, seconds
     */
    record CourierUnavailable(String courierId, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courierId} and a negative second.
         *
         * @param courierId the courier
         * @param second when, seconds
         */
        public CourierUnavailable {
            Objects.requireNonNull(courierId, "courierId");
            requireSecond("unavailability of courier (" + courierId + ")", second);
        }
    }

    /**
     * A courier joins the fleet at {@code second}; unserved requests are offered to it at once. With a
     * {@code location} (a GPS fix; needs {@link Fleet#withModel}) the courier starts there and its
     * {@link Courier#startPoint()} is ignored. It can leave at its available second or at the
     * clock, whichever is later.
     *
     * @param courier  the new courier
     * @param location where it starts as a coordinate, or null for its {@link Courier#startPoint()}
     * @param second   when it joins, seconds
     */
    record CourierAdded(Courier courier, Location location, int second) implements DispatchEvent {
        /**
         * Rejects a null {@code courier}, a location that is not finite and a negative second.
         *
         * @param courier  the new courier
         * @param location where it starts as a coordinate, or null for its {@link Courier#startPoint()}
         * @param second   when it joins, seconds
         */
        public CourierAdded {
            Objects.requireNonNull(courier, "courier");
            requireFinite("courier (" + courier.id() + ") location", location);
            requireSecond("addition of courier (" + courier.id() + ")", second);
        }

        /**
         * A courier that starts at its {@link Courier#startPoint()}, a point of the fleet's travel table.
         *
         * @param courier the new courier
         * @param second  when it joins, seconds
         */
        public CourierAdded(Courier courier, int second) {
            this(courier, null, second);
        }
    }

    /**
     * The clock advances to {@code second}: no courier can leave before it, and every open request
     * whose window has ended is closed with one {@link Decision.Expired}. A clock going back is
     * refused ({@link Decision.RefusalReason#STALE}).
     *
     * @param second the new clock, seconds
     */
    record ClockAdvanced(int second) implements DispatchEvent {
        /**
         * Rejects a negative second.
         *
         * @param second the new clock, seconds
         */
        public ClockAdvanced {
            requireSecond("clock", second);
        }
    }

    private static void requireSecond(String what, int second) {
        if (second < 0) {
            throw new IllegalArgumentException("The " + what + " second (" + second + ") is negative; times are seconds since"
                    + " the start of the dispatcher's first day.");
        }
    }

    private static void requireFinite(String what, Location location) {
        if (location != null && (!Double.isFinite(location.x()) || !Double.isFinite(location.y()))) {
            throw new IllegalArgumentException("The " + what + " (" + location.x() + ", " + location.y()
                    + ") is not finite; give real coordinates.");
        }
    }
}
