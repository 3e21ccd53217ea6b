package dev.outpost.check;

/**
 * One violation found by {@link PlanChecker} or {@link StationingChecker}, structured for programs
 * (a dispatcher, KPIs) to read, with the readable sentence made from it.
 *
 * @param kind      what is wrong
 * @param courierId the courier concerned (routing), or null
 * @param itemId    the pickup (routing), the site or the client (stationing) concerned, or null
 * @param amount    how much, in {@code unit}, at least 1 ({@code 1} for yes/no kinds counted once)
 * @param unit      the unit of {@code amount}
 * @param sentence  the readable sentence, e.g. "Courier c1 starts pickup p3 at 10:05:00, 300 s after
 *                  its window ends (10:00:00)."
 */
public record Violation(Kind kind, String courierId, String itemId, long amount, Unit unit, String sentence) {

    /** What a violation is about. */
    public enum Kind {
        /** Routing: a leg with no path (to a pickup or to the hub). */
        UNREACHABLE_LEG,
        /** Routing: service starts after the pickup's window ends. */
        LATE_SERVICE,
        /** Routing: the courier lacks a skill the pickup requires. */
        MISSING_SKILL,
        /** Routing: arrival at the hub after the cut-off. */
        LATE_AT_HUB,
        /** Routing: the courier finishes after its shift ends. */
        SHIFT_OVERRUN,
        /** Routing: more on board than the capacity. */
        OVER_CAPACITY,
        /** Routing: a courier's break starts after its latest start. */
        LATE_BREAK,
        /** Stationing: an outpost refers to a site index outside the problem. */
        UNKNOWN_SITE,
        /** Stationing: a site is listed twice as an outpost. */
        SITE_LISTED_TWICE,
        /** Stationing: a fixed-open site is closed. */
        FIXED_SITE_CLOSED,
        /** Stationing: a closed site has couriers. */
        CLOSED_SITE_USED,
        /** Stationing: a site has more couriers than it hosts (or a negative count). */
        SITE_OVER_CAPACITY,
        /** Stationing: more open outposts than the budget allows. */
        OUTPOSTS_OVER_LIMIT,
        /** Stationing: more couriers than the budget or the fleet allows. */
        COURIERS_OVER_LIMIT,
        /** Stationing: more opening cost than the budget. */
        OPENING_COST_OVER_BUDGET,
        /** Stationing: the plan has no assignment for a client, or not its nearest open site. */
        WRONG_ASSIGNMENT,
        /** Stationing: a client that some usable site reaches is reached by no open outpost. */
        CLIENT_UNSERVED,
        /** Stationing (set covering): a coverable client is not reached within its target. */
        CLIENT_UNCOVERED,
        /** Stationing (expected response): an outpost's queue is unstable. */
        OUTPOST_OVERLOADED
    }

    /** Units of {@link #amount()}. */
    public enum Unit {
        /** Seconds of time. */
        SECONDS,
        /** Capacity units on board. */
        CAPACITY_UNITS,
        /** Occurrences (legs, skills, assignments, listings). */
        COUNT,
        /** Outposts. */
        OUTPOSTS,
        /** Couriers. */
        COURIERS,
        /** The scenario's currency unit. */
        CURRENCY,
        /** Clients. */
        CLIENTS
    }

    /**
     * Validates the components.
     *
     * @param kind      what is wrong
     * @param courierId the courier concerned (routing), or null
     * @param itemId    the pickup (routing), the site or the client (stationing) concerned, or null
     * @param amount    how much, in {@code unit}, at least 1 ({@code 1} for yes/no kinds counted once)
     * @param unit      the unit of {@code amount}
     * @param sentence  the readable sentence, e.g. "Courier c1 starts pickup p3 at 10:05:00, 300 s after
     *       its window ends (10:00:00)."
     */
    public Violation {
        if (kind == null || unit == null || sentence == null) {
            throw new IllegalArgumentException("The violation (" + kind + ", " + unit + ", " + sentence
                    + ") needs a kind, a unit and a sentence.");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("The violation amount (" + amount + ") must be at least 1.");
        }
    }
}
