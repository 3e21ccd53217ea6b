package dev.outpost.sim.engine;

/** Why a request ended without a courier at the door. */
public enum UnservedReason {
    /** No courier on duty has the client's required skills. */
    NO_SKILLED_COURIER,
    /** No courier can reach the client on the travel tables. */
    UNREACHABLE,
    /** When it came in, no skilled courier was on duty and taking work any more (shifts over, or near the cut-off). */
    NO_COURIER_IN_TIME,
    /** It came in while couriers were on duty but was still waiting when every shift had ended. */
    END_OF_DAY,
    /** Its courier broke down before reaching it and no other courier took it over. */
    COURIER_LOST
}
