package dev.outpost.routing.route;

/**
 * Hard-penalty constants of the routing score, defined once. The other hard terms are counted in
 * their own units: seconds late past a window end, past the shift end and past the hub cut-off,
 * and size units over capacity.
 */
public final class Penalties {

    /** Hard penalty per pickup served by a courier that lacks one of its required skills. */
    public static final long SKILL = 3_600;
    /** Hard penalty per leg of a route that no path connects. */
    public static final long UNREACHABLE_LEG = 3_600;

    private Penalties() {
    }
}
