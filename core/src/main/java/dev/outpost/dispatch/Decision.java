package dev.outpost.dispatch;

import dev.outpost.routing.UnassignedReason;
import java.util.List;
import java.util.Objects;

/**
 * What became of a request, or of an event, because of an event: a sealed set of outcomes, each a
 * record with only the fields that outcome has (no -1 or null placeholders).
 *
 * <ul>
 * <li>{@link Assigned}: in a courier's plan, with its promised arrival and the ranked alternatives;
 * <li>{@link Unserved}: in no plan, with the reason; it stays in the pool and may be assigned later;
 * <li>{@link Expired}: its window ended before any courier could start it (a clock jump): closed,
 *     answered exactly once;
 * <li>{@link Refused}: the event was refused by the dispatcher's rules (stale, out of order, beyond
 *     the model's limits, an override the courier cannot honour) and changed nothing;
 * <li>{@link Served} and {@link Cancelled}: the request was closed by a courier or by the caller.
 * </ul>
 *
 * <p>An assignment is the kernel's cheapest feasible insertion over all couriers and positions,
 * ties broken by the total order: lowest cost, then lowest courier id (string order), then lowest
 * position. See {@code docs/dispatch-room.md}.
 */
public sealed interface Decision
        permits Decision.Assigned, Decision.Unserved, Decision.Expired, Decision.Refused, Decision.Served, Decision.Cancelled {

    /**
     * The dispatcher's plan version after the event.
     *
     * @return the dispatcher's plan version after the event
     */
    long version();

    /**
     * The outcome's name as the wire format writes it: {@code assigned}, {@code unserved},
     * {@code expired}, {@code refused}, {@code served} or {@code cancelled}.
     *
     * @return the outcome's name
     */
    String outcome();

    /**
     * One courier that could take a request, at its cheapest position on that courier's route.
     *
     * @param courierId    the courier
     * @param position     the position in its planned stops (0 = next)
     * @param arrivalSecond the planned arrival at the pickup, seconds
     * @param startSecond  the planned service start (arrival or window start), seconds
     * @param extraCost    the insertion's extra cost in soft units ({@code RouteKernel#insertionCost})
     */
    record Alternative(String courierId, int position, int arrivalSecond, int startSecond, long extraCost) {
        /**
         * Rejects a null courier.
         *
         * @param courierId    the courier
         * @param position     the position in its planned stops (0 = next)
         * @param arrivalSecond the planned arrival at the pickup, seconds
         * @param startSecond  the planned service start (arrival or window start), seconds
         * @param extraCost    the insertion's extra cost in soft units
         */
        public Alternative {
            Objects.requireNonNull(courierId, "courierId");
        }
    }

    /**
     * The request is in a courier's plan.
     *
     * @param pickupId       the request
     * @param courierId      its courier
     * @param position       its position in that courier's planned stops (0 = next)
     * @param arrivalSecond  the promised arrival, seconds (never before the event that asked)
     * @param startSecond    the promised service start (arrival or window start), seconds
     * @param extraCost      the chosen insertion's extra cost in soft units (0 when answered by a status query)
     * @param lateSeconds    how far the start is past the request's response target, seconds (0 when within it or it has none)
     * @param alternatives   the ranked feasible insertions at the moment of the decision, one per courier
     *                       (lowest extra cost, then courier id), the chosen one first; at most
     *                       {@link DispatcherOptions#alternatives()}; empty for a status query
     * @param version        the dispatcher's plan version after the event
     */
    record Assigned(String pickupId, String courierId, int position, int arrivalSecond, int startSecond, long extraCost,
            int lateSeconds, List<Alternative> alternatives, long version) implements Decision {
        /**
         * Copies the alternatives and rejects nulls.
         *
         * @param pickupId       the request
         * @param courierId      its courier
         * @param position       its position in that courier's planned stops (0 = next)
         * @param arrivalSecond  the promised arrival, seconds
         * @param startSecond    the promised service start, seconds
         * @param extraCost      the chosen insertion's extra cost in soft units
         * @param lateSeconds    seconds past the response target (0 when within it)
         * @param alternatives   the ranked feasible insertions, the chosen one first
         * @param version        the dispatcher's plan version after the event
         */
        public Assigned {
            Objects.requireNonNull(pickupId, "pickupId");
            Objects.requireNonNull(courierId, "courierId");
            alternatives = List.copyOf(alternatives);
        }

        /**
         * Whether the promised start meets the request's response target (true when it has none).
         *
         * @return whether the promised start meets the request's response target
         */
        public boolean withinResponseTarget() {
            return lateSeconds == 0;
        }

        @Override
        public String outcome() {
            return "assigned";
        }
    }

    /**
     * The request is in no plan; it stays in the pool and is offered again when a courier frees up.
     *
     * @param pickupId the request
     * @param reason   why no courier can take it now
     * @param version  the dispatcher's plan version after the event
     */
    record Unserved(String pickupId, UnassignedReason reason, long version) implements Decision {
        /**
         * Rejects nulls.
         *
         * @param pickupId the request
         * @param reason   why no courier can take it now
         * @param version  the dispatcher's plan version after the event
         */
        public Unserved {
            Objects.requireNonNull(pickupId, "pickupId");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String outcome() {
            return "unserved";
        }
    }

    /**
     * The request's window ended before any courier could start it: it is closed (answered once,
     * never again).
     *
     * @param pickupId        the request
     * @param windowEndSecond the end of its window, seconds
     * @param clockSecond     the dispatcher's clock that passed it, seconds
     * @param version         the dispatcher's plan version after the event
     */
    record Expired(String pickupId, int windowEndSecond, int clockSecond, long version) implements Decision {
        /**
         * Rejects a null id.
         *
         * @param pickupId        the request
         * @param windowEndSecond the end of its window, seconds
         * @param clockSecond     the dispatcher's clock that passed it, seconds
         * @param version         the dispatcher's plan version after the event
         */
        public Expired {
            Objects.requireNonNull(pickupId, "pickupId");
        }

        @Override
        public String outcome() {
            return "expired";
        }
    }

    /**
     * The event was refused by the dispatcher's rules; it changed nothing.
     *
     * @param event   the refused event
     * @param reason  why, as a code
     * @param message why, in words, naming the event's field and value
     * @param version the dispatcher's plan version (unchanged)
     */
    record Refused(DispatchEvent event, RefusalReason reason, String message, long version) implements Decision {
        /**
         * Rejects nulls.
         *
         * @param event   the refused event
         * @param reason  why, as a code
         * @param message why, in words
         * @param version the dispatcher's plan version (unchanged)
         */
        public Refused {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String outcome() {
            return "refused";
        }
    }

    /**
     * A courier finished the request.
     *
     * @param pickupId   the request
     * @param courierId  the courier
     * @param doneSecond when it was done, seconds
     * @param version    the dispatcher's plan version after the event
     */
    record Served(String pickupId, String courierId, int doneSecond, long version) implements Decision {
        /**
         * Rejects nulls.
         *
         * @param pickupId   the request
         * @param courierId  the courier
         * @param doneSecond when it was done, seconds
         * @param version    the dispatcher's plan version after the event
         */
        public Served {
            Objects.requireNonNull(pickupId, "pickupId");
            Objects.requireNonNull(courierId, "courierId");
        }

        @Override
        public String outcome() {
            return "served";
        }
    }

    /**
     * The caller cancelled the request.
     *
     * @param pickupId the request
     * @param second   when, seconds
     * @param version  the dispatcher's plan version after the event
     */
    record Cancelled(String pickupId, int second, long version) implements Decision {
        /**
         * Rejects a null id.
         *
         * @param pickupId the request
         * @param second   when, seconds
         * @param version  the dispatcher's plan version after the event
         */
        public Cancelled {
            Objects.requireNonNull(pickupId, "pickupId");
        }

        @Override
        public String outcome() {
            return "cancelled";
        }
    }

    /** Why the dispatcher refused an event (a {@link Refused} decision). */
    enum RefusalReason {
        /** Older than what it contradicts: the courier's last report, or the clock (a GPS fix, a clock going back). */
        STALE,
        /** Out of order with the request's own events: a {@code done} before its arrival. */
        OUT_OF_ORDER,
        /** A time beyond the model's limit ({@link dev.outpost.routing.RoutingProblem#LATEST_SECOND}). */
        BEYOND_LIMIT,
        /** The request is no longer open (served, cancelled or expired), or fixed on another courier. */
        NOT_OPEN,
        /** The courier is off duty or unavailable, or on duty when it reports coming on duty. */
        DUTY,
        /** The courier's state does not allow it (unloading while driving to a pickup). */
        BUSY,
        /** An override the chosen courier cannot honour: it lacks a skill the pickup requires. */
        SKILLS,
        /** An override the chosen courier cannot honour: the pickup does not fit its free capacity. */
        CAPACITY,
        /** An override the chosen courier cannot honour: it cannot start the pickup before its window ends. */
        TIME_WINDOW,
        /** An override the chosen courier cannot honour: it would end after its shift end or the cut-off. */
        SHIFT_END,
        /** An override the chosen courier cannot honour: no path joins it to the pickup or the hub. */
        UNREACHABLE,
        /** An override the chosen courier cannot honour: its planned stops leave no feasible position for the pickup. */
        ROUTE_FULL
    }
}
