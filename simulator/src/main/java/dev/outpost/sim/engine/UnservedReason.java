package dev.outpost.sim.engine;

/** Why a request ended without a courier at the door. */
public enum UnservedReason {
    /** No courier on duty has the client's required skills. */
    NO_SKILLED_COURIER,
    /** No courier can reach the client on the travel tables. */
    UNREACHABLE,
    /** No courier could take it before the end of the shifts or the hub cut-off. */
    NO_COURIER_IN_TIME,
    /** It was still waiting for a courier when every shift had ended. */
    END_OF_DAY,
    /** The courier carrying it broke down and no other courier could take it over. */
    COURIER_LOST
}
