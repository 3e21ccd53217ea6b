package dev.outpost.model;

/**
 * Hard limits on a layout. A {@code null} component means "no limit".
 *
 * @param maxOutposts    most open outposts
 * @param maxCouriers    most couriers stationed in all
 * @param maxOpeningCost most total opening cost
 */
public record Budget(Integer maxOutposts, Integer maxCouriers, Long maxOpeningCost) {

    /** {@return a budget with no limits at all} */
    public static Budget unlimited() {
        return new Budget(null, null, null);
    }
}
