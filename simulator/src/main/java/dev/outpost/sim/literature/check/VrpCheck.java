package dev.outpost.sim.literature.check;

import java.util.List;

/**
 * What {@link VrpSolutionChecker} found for one solution. All figures are in the instance's own
 * units (not scaled).
 *
 * @param vehicles   routes that visit at least one customer
 * @param distance   total distance under the arc convention, in instance units (e.g. 827.3 for c101)
 * @param served     customers visited by a route (each counted once even if visited twice)
 * @param violations human-readable violations, in route order; empty when the solution is valid
 */
public record VrpCheck(int vehicles, double distance, int served, List<String> violations) {
    /**
     * Copies {@code violations} (unmodifiable).
     *
     * @param vehicles   routes that visit at least one customer
     * @param distance   total distance under the arc convention, in instance units (e.g. 827.3 for c101)
     * @param served     customers visited by a route (each counted once even if visited twice)
     * @param violations human-readable violations, in route order; empty when the solution is valid
     */
    public VrpCheck {
        violations = List.copyOf(violations);
    }

    /**
     * True when every customer is served exactly once and no constraint is violated.
     *
     * @return true when every customer is served exactly once and no constraint is violated
     */
    public boolean valid() {
        return violations.isEmpty();
    }
}
