package dev.outpost.sim.fleet;

/** What a courier is doing. */
public enum CourierStatus {
    /** Before its shift. */
    OFF,
    /** At a point with nothing to do. */
    IDLE,
    /** Driving, idle, to a post chosen by the relocation policy; may be dispatched on the way. */
    RELOCATING,
    /** Driving to a pickup. */
    TO_PICKUP,
    /** At a client's door. */
    SERVING,
    /** Driving to the hub to unload. */
    TO_HUB,
    /** On a configured break at its current point; takes no work until it ends. */
    ON_BREAK,
    /** Shift over, at the hub. */
    DONE,
    /** Broken down for the rest of the day. */
    LOST
}
