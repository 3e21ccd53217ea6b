package dev.outpost.routing;

/**
 * Objective weights, search settings and termination for {@link RoutingSolver}. Immutable; use
 * the {@code with...} methods on {@link #defaults()}.
 *
 * <p>Soft objective (minimised, reported negated as the soft score):
 * {@code responseWeight * sum(priority * max(0, serviceStart - release))
 * + travelSecondWeight * travelSeconds + metreWeight * metres + vehicleFixedCost * usedCouriers}.
 *
 * <p>Termination: the local search stops at the first limit reached among {@code secondsLimit},
 * {@code unimprovedSecondsLimit} and {@code stepCountLimit} (each ignored when 0). Only a step
 * limit gives byte-identical results for the same seed; at least one limit must be set. The
 * construction heuristic before it always completes, so its time comes on top of the limits.
 *
 * @param responseWeight         soft weight per priority-weighted second of response time
 * @param travelSecondWeight     soft weight per driving second
 * @param metreWeight            soft weight per driven metre
 * @param vehicleFixedCost       soft cost per courier with at least one stop
 * @param secondsLimit           wall-time limit in seconds, 0 for none
 * @param unimprovedSecondsLimit stop after this many seconds without a new best, 0 for none
 * @param stepCountLimit         local-search step limit, 0 for none
 * @param seed                   random seed
 * @param acceptor               local-search acceptor
 * @param acceptorSize           late-acceptance size, tabu size, or simulated-annealing starting
 *                               temperature in soft units (ignored by great deluge)
 * @param ruinRecreateWeight     selection weight of the SISR ruin-and-recreate move in the local-search
 *                               union (the five list moves weigh 1, 1, 0.3, 0.3, 0.3); 0 leaves it out
 * @param fullAssert             run in OptaPlanner's FULL_ASSERT mode (slow; tests only)
 */
public record RoutingOptions(long responseWeight, long travelSecondWeight, long metreWeight, long vehicleFixedCost,
        double secondsLimit, double unimprovedSecondsLimit, long stepCountLimit, long seed, Acceptor acceptor,
        int acceptorSize, double ruinRecreateWeight, boolean fullAssert) {

    /** Local-search acceptors the solver offers. */
    public enum Acceptor {
        /** Late acceptance (Burke and Bykov 2017). */
        LATE_ACCEPTANCE,
        /** Simulated annealing on OptaPlanner's time gradient. */
        SIMULATED_ANNEALING,
        /** Entity tabu. */
        TABU,
        /** Great deluge. */
        GREAT_DELUGE
    }

    public RoutingOptions {
        if (responseWeight < 0 || travelSecondWeight < 0 || metreWeight < 0 || vehicleFixedCost < 0) {
            throw new IllegalArgumentException("The weights (" + responseWeight + ", " + travelSecondWeight + ", "
                    + metreWeight + ", " + vehicleFixedCost + ") must be 0 or more.");
        }
        if (secondsLimit < 0 || unimprovedSecondsLimit < 0 || stepCountLimit < 0) {
            throw new IllegalArgumentException("The limits (" + secondsLimit + " s, " + unimprovedSecondsLimit + " s, "
                    + stepCountLimit + " steps) must be 0 or more.");
        }
        if (ruinRecreateWeight < 0) {
            throw new IllegalArgumentException("The ruinRecreateWeight (" + ruinRecreateWeight + ") must be 0 or more.");
        }
        if (acceptor == null) {
            throw new IllegalArgumentException("The acceptor (null) must be set.");
        }
    }

    /**
     * Defaults: response weight 1, travel-second weight 1, metre weight 0, no fixed cost, 10 s,
     * simulated annealing from 100 soft units (chosen on Solomon r101, r105, rc101, rc105 at 10 s:
     * mean gap 0.85% against 1.45% from 300 and 2.2-8.3% with late acceptance 30-400, noisy shared
     * machine), ruin-and-recreate weight 3, seed 0.
     */
    public static RoutingOptions defaults() {
        return new RoutingOptions(1, 1, 0, 0, 10, 0, 0, 0, Acceptor.SIMULATED_ANNEALING, 100, 3.0, false);
    }

    /** These options with new soft weights. */
    public RoutingOptions withWeights(long response, long travelSecond, long metre, long fixedCost) {
        return new RoutingOptions(response, travelSecond, metre, fixedCost, secondsLimit, unimprovedSecondsLimit,
                stepCountLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert);
    }

    /** These options with new termination limits (0 = none). */
    public RoutingOptions withLimits(double seconds, double unimprovedSeconds, long steps) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, seconds,
                unimprovedSeconds, steps, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert);
    }

    /** These options with a new seed. */
    public RoutingOptions withSeed(long newSeed) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, secondsLimit,
                unimprovedSecondsLimit, stepCountLimit, newSeed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert);
    }

    /** These options with a new acceptor and size. */
    public RoutingOptions withAcceptor(Acceptor newAcceptor, int size) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, secondsLimit,
                unimprovedSecondsLimit, stepCountLimit, seed, newAcceptor, size, ruinRecreateWeight, fullAssert);
    }

    /** These options with a new ruin-and-recreate weight (0 = off). */
    public RoutingOptions withRuinRecreateWeight(double weight) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, secondsLimit,
                unimprovedSecondsLimit, stepCountLimit, seed, acceptor, acceptorSize, weight, fullAssert);
    }

    /** These options with FULL_ASSERT on or off. */
    public RoutingOptions withFullAssert(boolean on) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, secondsLimit,
                unimprovedSecondsLimit, stepCountLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, on);
    }
}
