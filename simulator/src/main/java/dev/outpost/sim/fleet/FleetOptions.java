package dev.outpost.sim.fleet;

import dev.outpost.sim.demand.ServiceTimes;

/**
 * How couriers behave in a simulated day.
 *
 * @param travelNoiseSigma   sigma of the lognormal factor on each leg (mean 1); 0 = exact tables
 * @param breakdownsPerHour  breakdown rate per courier-hour on duty; 0 = none
 * @param serviceTimes       how times at the door are drawn
 * @param growth             demand multiplier (1 = the scenario's demand)
 */
public record FleetOptions(double travelNoiseSigma, double breakdownsPerHour, ServiceTimes serviceTimes, double growth) {

    /**
     * The defaults: 15% lognormal leg noise, no breakdowns, fixed service times, demand as in the scenario.
     *
     * @return the defaults: 15% lognormal leg noise, no breakdowns, fixed service times, demand as in the scenario
     */
    public static FleetOptions defaults() {
        return new FleetOptions(0.15, 0.0, ServiceTimes.FIXED, 1.0);
    }

    /**
     * @throws IllegalArgumentException naming the field when a value is negative or not finite
     *
     * @param travelNoiseSigma   sigma of the lognormal factor on each leg (mean 1); 0 = exact tables
     * @param breakdownsPerHour  breakdown rate per courier-hour on duty; 0 = none
     * @param serviceTimes       how times at the door are drawn
     * @param growth             demand multiplier (1 = the scenario's demand)
     */
    public FleetOptions {
        requireFinite("travelNoiseSigma", travelNoiseSigma);
        requireFinite("breakdownsPerHour", breakdownsPerHour);
        requireFinite("growth", growth);
        if (serviceTimes == null) {
            throw new IllegalArgumentException("The serviceTimes (null) must be FIXED or EXPONENTIAL.");
        }
    }

    private static void requireFinite(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + field + " (" + value + ") must be a finite number at least 0.");
        }
    }

    /**
     * These options with another demand growth.
     *
     * @param newGrowth the demand multiplier
     * @return these options with another demand growth
     */
    public FleetOptions withGrowth(double newGrowth) {
        return new FleetOptions(travelNoiseSigma, breakdownsPerHour, serviceTimes, newGrowth);
    }
}
