package dev.outpost.model;

/** The two classes of contracted client. */
public enum ClientKind {
    /** A government office: modest, regular demand. */
    GOVERNMENT_OFFICE,
    /** An administrative service centre: high demand; every one must be covered within target. */
    SERVICE_CENTRE
}
