package dev.outpost.model;

/** What the stationing solver may do with a site. */
public enum SiteStatus {
    /** May be opened or left closed. */
    CANDIDATE,
    /** Already an outpost; stays open. */
    FIXED_OPEN,
    /** May not be used. */
    CLOSED
}
