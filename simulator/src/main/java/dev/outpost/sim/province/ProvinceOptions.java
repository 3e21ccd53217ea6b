package dev.outpost.sim.province;

import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.policy.DispatchPolicies;
import java.io.Serializable;

/**
 * What the province job runs per unit, as {@code demo}'s options of the same names (the analytic
 * stationing with {@code steps} local-search steps and {@code seed}, the relocation chosen on
 * {@code pilot} days per policy on seed {@code seed + 1}, the stationing refined among {@code refine}
 * candidates on those pilot days, then {@code replications} paired days of today's practice and of
 * the optimised set-up on {@code seed}), with every unit's demand multiplied by {@code growth} in the
 * simulated days (a what-if across units; the stationing plans the scenario's own demand, as
 * {@code simulate --growth} does). Thread counts are not here: results never depend on them.
 *
 * @param replications simulated days per set-up and unit, at least 2
 * @param pilot        pilot days per relocation policy; 0 = no relocation and no refine
 * @param seed         the random seed
 * @param steps        stationing local-search steps, at least 1
 * @param refine       stationing candidates simulated on the pilot days; 1 = the analytic plan
 * @param dispatch     the optimised set-up's dispatch policy
 * @param growth       demand multiplier of the simulated days, more than 0 and at most 20 (1 = the scenarios' demand)
 */
public record ProvinceOptions(int replications, int pilot, long seed, int steps, int refine, String dispatch,
        double growth) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The defaults of {@code outpost province} (smaller than {@code demo}'s: a province has many units). */
    public static final ProvinceOptions DEFAULTS = new ProvinceOptions(100, 10, 1, 2000, 3, "cheapest-insertion");

    /**
     * Checks the ranges.
     *
     * @param replications simulated days per set-up and unit, at least 2
     * @param pilot        pilot days per relocation policy, at least 0
     * @param seed         the random seed
     * @param steps        stationing local-search steps, at least 1
     * @param refine       stationing candidates, at least 1
     * @param dispatch     the optimised set-up's dispatch policy
     * @param growth       demand multiplier of the simulated days
     * @throws IllegalArgumentException naming the option out of range
     */
    public ProvinceOptions {
        if (replications < 2) {
            throw new IllegalArgumentException("The replications (" + replications + ") must be at least 2.");
        }
        if (pilot < 0) {
            throw new IllegalArgumentException("The pilot days (" + pilot + ") must be at least 0.");
        }
        if (steps < 1) {
            throw new IllegalArgumentException("The steps (" + steps + ") must be at least 1.");
        }
        if (refine < 1) {
            throw new IllegalArgumentException("The refine candidates (" + refine + ") must be at least 1.");
        }
        if (dispatch == null || !DispatchPolicies.DISPATCH.contains(dispatch)) {
            throw new IllegalArgumentException("The dispatch (" + dispatch + ") is unknown; use one of "
                    + DispatchPolicies.DISPATCH + ".");
        }
        if (!(growth > 0 && growth <= 20)) {
            throw new IllegalArgumentException("The growth (" + growth + ") must be more than 0 and at most 20.");
        }
    }

    /**
     * Options at the scenarios' own demand (growth 1).
     *
     * @param replications simulated days per set-up and unit, at least 2
     * @param pilot        pilot days per relocation policy, at least 0
     * @param seed         the random seed
     * @param steps        stationing local-search steps, at least 1
     * @param refine       stationing candidates, at least 1
     * @param dispatch     the optimised set-up's dispatch policy
     */
    public ProvinceOptions(int replications, int pilot, long seed, int steps, int refine, String dispatch) {
        this(replications, pilot, seed, steps, refine, dispatch, 1.0);
    }

    /** {@return the fleet options of every simulated day: the defaults, at this growth} */
    public FleetOptions fleet() {
        return FleetOptions.defaults().withGrowth(growth);
    }

    /** {@return the seed of the pilot days, as {@code demo}'s: {@code seed + 1}} */
    public long pilotSeed() {
        return seed + 1;
    }

    /** {@return the refine candidates actually simulated: 1 without at least 2 pilot days, as {@code demo} does} */
    public int effectiveRefine() {
        return pilot < 2 ? 1 : refine;
    }
}
