package dev.outpost.stationing;

import java.util.Locale;

/**
 * One way a stationing plan falls short, with its amount in the unit of that limit (never added to
 * another limit's amount). The user's limits are walls the solver never crosses, so the first three
 * kinds only appear when the fixed-open sites alone exceed a limit.
 *
 * @param kind   what falls short
 * @param amount by how much, in {@link Kind#unit()}, at least 1
 */
public record StationingViolation(Kind kind, long amount) {

    /** What falls short. */
    public enum Kind {
        /** More open outposts than {@code maxOutposts} (the fixed-open sites alone). */
        OUTPOSTS_OVER_LIMIT("outposts", "over the outpost limit"),
        /** More couriers than {@code maxCouriers} or the fleet (one per fixed-open site alone). */
        COURIERS_OVER_LIMIT("couriers", "over the courier limit"),
        /** More opening cost than {@code maxOpeningCost} (the fixed-open sites alone). */
        OPENING_COST_OVER_BUDGET("currency units", "of opening cost over the budget"),
        /** Clients that some usable site reaches but no open outpost does. */
        CLIENTS_UNSERVED("clients", "unserved"),
        /** Set covering: clients some usable site reaches within their target that the plan does not. */
        CLIENTS_UNCOVERED("clients", "uncovered"),
        /** Expected response: couriers missing for every outpost's queue to be stable. */
        COURIER_SHORTFALL("couriers", "short at overloaded outposts");

        private final String unit;
        private final String phrase;

        Kind(String unit, String phrase) {
            this.unit = unit;
            this.phrase = phrase;
        }

        /**
         * The unit of the amount, e.g. {@code "clients"}.
         *
         * @return the unit of the amount
         */
        public String unit() {
            return unit;
        }
    }

    /**
     * Validates the components.
     *
     * @param kind   what falls short
     * @param amount by how much, in {@link Kind#unit()}, at least 1
     */
    public StationingViolation {
        if (kind == null) {
            throw new IllegalArgumentException("The violation kind (null) must be set.");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("The violation amount (" + amount + ") must be at least 1.");
        }
    }

    /**
     * The amount with its unit, e.g. {@code "3 clients uncovered"}.
     *
     * @return the amount with its unit
     */
    public String describe() {
        return String.format(Locale.ROOT, "%d %s %s", amount, kind.unit, kind.phrase);
    }

    @Override
    public String toString() {
        return describe();
    }
}
