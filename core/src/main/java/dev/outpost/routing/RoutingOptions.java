package dev.outpost.routing;

import java.time.Duration;
import java.util.Objects;

/**
 * Objective weights, search settings and limits for {@link RoutingSolver}. Immutable: start from
 * {@link #defaults()} and derive with the named {@code with...} methods, each of which checks its
 * value (negative, NaN, infinite or overflowing values are rejected with a message naming the
 * field and the value).
 *
 * <p>Soft objective (minimised, reported negated as the soft score):
 * {@code responseWeight * sum(priority * max(0, serviceStart - release))
 * + travelSecondWeight * travelSeconds + metreWeight * metres + vehicleFixedCost * usedCouriers}.
 *
 * <p>Limits: {@link #timeLimit()} is a deadline for the whole solve, construction included;
 * {@link #stepLimit()} and {@link #unimprovedStepLimit()} bound the local search. The first limit
 * reached ends the search; at least one must be set. Only step limits give byte-identical results
 * for the same seed.
 */
public final class RoutingOptions {

    /** Largest accepted objective weight (larger weights risk overflowing the {@code long} score). */
    public static final long MAX_WEIGHT = 1_000_000_000L;
    /** Longest accepted time limit. */
    public static final Duration MAX_TIME_LIMIT = Duration.ofDays(365);

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

    private final long responseWeight;
    private final long travelSecondWeight;
    private final long metreWeight;
    private final long vehicleFixedCost;
    private final Duration timeLimit;
    private final long stepLimit;
    private final long unimprovedStepLimit;
    private final long seed;
    private final Acceptor acceptor;
    private final int acceptorSize;
    private final double ruinRecreateWeight;
    private final boolean fullAssert;
    private final boolean nearbySelection;

    private RoutingOptions(long responseWeight, long travelSecondWeight, long metreWeight, long vehicleFixedCost,
            Duration timeLimit, long stepLimit, long unimprovedStepLimit, long seed, Acceptor acceptor, int acceptorSize,
            double ruinRecreateWeight, boolean fullAssert, boolean nearbySelection) {
        this.responseWeight = weight("responseWeight", responseWeight);
        this.travelSecondWeight = weight("travelSecondWeight", travelSecondWeight);
        this.metreWeight = weight("metreWeight", metreWeight);
        this.vehicleFixedCost = weight("vehicleFixedCost", vehicleFixedCost);
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0)) {
            throw new IllegalArgumentException("The routing options timeLimit (" + timeLimit
                    + ") must be positive and at most " + MAX_TIME_LIMIT + "; use null for no time limit.");
        }
        this.timeLimit = timeLimit;
        if (stepLimit < 0) {
            throw new IllegalArgumentException("The routing options stepLimit (" + stepLimit + ") is negative; use 0 for none.");
        }
        if (unimprovedStepLimit < 0) {
            throw new IllegalArgumentException("The routing options unimprovedStepLimit (" + unimprovedStepLimit
                    + ") is negative; use 0 for none.");
        }
        this.stepLimit = stepLimit;
        this.unimprovedStepLimit = unimprovedStepLimit;
        this.seed = seed;
        this.acceptor = Objects.requireNonNull(acceptor, "The routing options acceptor (null) must be set.");
        if (acceptorSize < 0) {
            throw new IllegalArgumentException("The routing options acceptorSize (" + acceptorSize + ") is negative.");
        }
        this.acceptorSize = acceptorSize;
        if (!(ruinRecreateWeight >= 0) || Double.isInfinite(ruinRecreateWeight)) {
            throw new IllegalArgumentException("The routing options ruinRecreateWeight (" + ruinRecreateWeight
                    + ") must be a finite number, 0 or more.");
        }
        this.ruinRecreateWeight = ruinRecreateWeight;
        this.fullAssert = fullAssert;
        this.nearbySelection = nearbySelection;
    }

    private static long weight(String field, long value) {
        if (value < 0 || value > MAX_WEIGHT) {
            throw new IllegalArgumentException("The routing options " + field + " (" + value + ") is outside [0, "
                    + MAX_WEIGHT + "].");
        }
        return value;
    }

    /**
     * Defaults: response weight 1, travel-second weight 1, metre weight 0, no fixed cost, a 10 s
     * time limit, simulated annealing from 100 soft units (chosen on Solomon r101, r105, rc101,
     * rc105 at 10 s: mean gap 0.85% against 1.45% from 300 and 2.2-8.3% with late acceptance
     * 30-400, noisy shared machine), ruin-and-recreate weight 3, seed 0.
     *
     * @return the default options described above
     */
    public static RoutingOptions defaults() {
        return new RoutingOptions(1, 1, 0, 0, Duration.ofSeconds(10), 0, 0, 0, Acceptor.SIMULATED_ANNEALING, 100, 3.0,
                false, true);
    }

    /**
     * Soft weight per priority-weighted second of response time.
     *
     * @return soft weight per priority-weighted second of response time
     */
    public long responseWeight() {
        return responseWeight;
    }

    /**
     * Soft weight per driving second.
     *
     * @return soft weight per driving second
     */
    public long travelSecondWeight() {
        return travelSecondWeight;
    }

    /**
     * Soft weight per driven metre.
     *
     * @return soft weight per driven metre
     */
    public long metreWeight() {
        return metreWeight;
    }

    /**
     * Soft cost per courier with at least one stop.
     *
     * @return soft cost per courier with at least one stop
     */
    public long vehicleFixedCost() {
        return vehicleFixedCost;
    }

    /**
     * Wall-time deadline for the whole solve (construction included), or null for none.
     *
     * @return wall-time deadline for the whole solve (construction included), or null for none
     */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * Local-search step limit, 0 for none.
     *
     * @return local-search step limit, 0 for none
     */
    public long stepLimit() {
        return stepLimit;
    }

    /**
     * Local-search steps without a new best after which the search stops, 0 for none.
     *
     * @return local-search steps without a new best after which the search stops, 0 for none
     */
    public long unimprovedStepLimit() {
        return unimprovedStepLimit;
    }

    /**
     * Random seed.
     *
     * @return random seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Local-search acceptor.
     *
     * @return local-search acceptor
     */
    public Acceptor acceptor() {
        return acceptor;
    }

    /**
     * Late-acceptance size, tabu size, or simulated-annealing starting temperature in soft units
     * (ignored by great deluge).
     *
     * @return late-acceptance size, tabu size, or simulated-annealing starting temperature in soft units (ignored by great deluge)
     */
    public int acceptorSize() {
        return acceptorSize;
    }

    /**
     * Selection weight of the SISR ruin-and-recreate move in the local-search union (the five list
     * moves weigh 1, 1, 0.3, 0.3, 0.3); 0 leaves it out.
     *
     * @return selection weight of the SISR ruin-and-recreate move in the local-search union (the five list moves weigh 1, 1, 0.3, 0.3, 0.3); 0 leaves it out
     */
    public double ruinRecreateWeight() {
        return ruinRecreateWeight;
    }

    /**
     * Whether OptaPlanner runs in FULL_ASSERT mode (slow; tests only).
     *
     * @return whether OptaPlanner runs in FULL_ASSERT mode (slow; tests only)
     */
    public boolean fullAssert() {
        return fullAssert;
    }

    /**
     * Whether list change and list swap pick their destination among the 40 nearest by travel time
     * (OptaPlanner's nearby selection; default true). Its two distance matrices are built at the
     * start of each solve by an insertion sort of every visit's destinations (time growing with
     * the cube of the pickups: about 45% of a 1 s solve of 1,000 pickups), which dominates short
     * solves of large plans such as the live dispatcher's rounds; false picks destinations
     * uniformly instead.
     *
     * @return whether list change and list swap use nearby selection
     */
    public boolean nearbySelection() {
        return nearbySelection;
    }

    /**
     * These options with nearby selection for list change and list swap on or off (see {@link #nearbySelection()}).
     *
     * @param on true for nearby selection (the default), false for uniform selection
     * @return these options with nearby selection on or off
     */
    public RoutingOptions withNearbySelection(boolean on) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, on);
    }

    /**
     * These options with a new soft weight per priority-weighted response second, in [0, {@value #MAX_WEIGHT}].
     *
     * @param weight the new weight
     * @return these options with a new soft weight per priority-weighted response second, in [0, {@value #MAX_WEIGHT}]
     */
    public RoutingOptions withResponseWeight(long weight) {
        return new RoutingOptions(weight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new soft weight per driving second, in [0, {@value #MAX_WEIGHT}].
     *
     * @param weight the new weight
     * @return these options with a new soft weight per driving second, in [0, {@value #MAX_WEIGHT}]
     */
    public RoutingOptions withTravelSecondWeight(long weight) {
        return new RoutingOptions(responseWeight, weight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new soft weight per driven metre, in [0, {@value #MAX_WEIGHT}].
     *
     * @param weight the new weight
     * @return these options with a new soft weight per driven metre, in [0, {@value #MAX_WEIGHT}]
     */
    public RoutingOptions withMetreWeight(long weight) {
        return new RoutingOptions(responseWeight, travelSecondWeight, weight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new soft cost per used courier, in [0, {@value #MAX_WEIGHT}].
     *
     * @param cost the new fixed cost per used courier
     * @return these options with a new soft cost per used courier, in [0, {@value #MAX_WEIGHT}]
     */
    public RoutingOptions withVehicleFixedCost(long cost) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, cost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new deadline for the whole solve, construction included (null = none).
     *
     * @param limit the deadline, or null for none
     * @return these options with a new deadline for the whole solve, construction included (null = none)
     */
    public RoutingOptions withTimeLimit(Duration limit) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, limit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new local-search step limit (0 = none).
     *
     * @param steps the step count, 0 for none
     * @return these options with a new local-search step limit (0 = none)
     */
    public RoutingOptions withStepLimit(long steps) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, steps,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new limit of local-search steps without a new best (0 = none).
     *
     * @param steps the step count, 0 for none
     * @return these options with a new limit of local-search steps without a new best (0 = none)
     */
    public RoutingOptions withUnimprovedStepLimit(long steps) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                steps, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new seed.
     *
     * @param newSeed the random seed
     * @return these options with a new seed
     */
    public RoutingOptions withSeed(long newSeed) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, newSeed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new acceptor and size (see {@link #acceptorSize()}).
     *
     * @param newAcceptor the local-search acceptor
     * @param size late-acceptance size, tabu size, or simulated-annealing starting temperature in soft units
     * @return these options with a new acceptor and size (see {@link #acceptorSize()})
     */
    public RoutingOptions withAcceptor(Acceptor newAcceptor, int size) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, newAcceptor, size, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    /**
     * These options with a new ruin-and-recreate weight (0 = off).
     *
     * @param weight the new weight
     * @return these options with a new ruin-and-recreate weight (0 = off)
     */
    public RoutingOptions withRuinRecreateWeight(double weight) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, weight, fullAssert, nearbySelection);
    }

    /**
     * These options with FULL_ASSERT on or off.
     *
     * @param on true to turn it on
     * @return these options with FULL_ASSERT on or off
     */
    public RoutingOptions withFullAssert(boolean on) {
        return new RoutingOptions(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, on, nearbySelection);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoutingOptions x && responseWeight == x.responseWeight
                && travelSecondWeight == x.travelSecondWeight && metreWeight == x.metreWeight
                && vehicleFixedCost == x.vehicleFixedCost && Objects.equals(timeLimit, x.timeLimit)
                && stepLimit == x.stepLimit && unimprovedStepLimit == x.unimprovedStepLimit && seed == x.seed
                && acceptor == x.acceptor && acceptorSize == x.acceptorSize
                && Double.compare(ruinRecreateWeight, x.ruinRecreateWeight) == 0 && fullAssert == x.fullAssert
                && nearbySelection == x.nearbySelection;
    }

    @Override
    public int hashCode() {
        return Objects.hash(responseWeight, travelSecondWeight, metreWeight, vehicleFixedCost, timeLimit, stepLimit,
                unimprovedStepLimit, seed, acceptor, acceptorSize, ruinRecreateWeight, fullAssert, nearbySelection);
    }

    @Override
    public String toString() {
        return "RoutingOptions[weights response " + responseWeight + ", travel second " + travelSecondWeight + ", metre "
                + metreWeight + ", fixed " + vehicleFixedCost + "; limits " + timeLimit + ", " + stepLimit + " steps, "
                + unimprovedStepLimit + " unimproved steps; seed " + seed + "; " + acceptor + " " + acceptorSize
                + "; ruin-recreate " + ruinRecreateWeight + (nearbySelection ? "" : "; no nearby selection")
                + (fullAssert ? "; FULL_ASSERT" : "") + "]";
    }
}
