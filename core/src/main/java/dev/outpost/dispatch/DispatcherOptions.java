package dev.outpost.dispatch;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Dispatcher} runs. Immutable; start from {@link #live()} or {@link #deterministic(long, long)}.
 *
 * <p><b>Live</b>: one writer thread applies events in arrival order and answers each request at
 * once; one worker thread re-optimises in rounds of up to the routing options' time limit and hands
 * each result back to the writer. <b>Deterministic</b>: no thread at all; events are applied on
 * the caller's thread, re-optimisation runs only when the caller calls
 * {@link Dispatcher#reoptimise()}, limited by steps with a fixed seed; the clock is the one of the
 * events. The same events and calls give the same plans, byte for byte.
 */
public final class DispatcherOptions {

    /** The ranked alternatives an answer lists by default. */
    public static final int DEFAULT_ALTERNATIVES = 5;

    private final RoutingOptions routing;
    private final int queueCapacity;
    private final boolean deterministic;
    private final int startSecond;
    private final double maxSnapMetres;
    private final int alternatives;
    private final boolean laterStops;
    private final boolean backgroundRounds;

    /** Default {@link #maxSnapMetres()}: 2 km, a sensible figure for a city. */
    public static final double DEFAULT_MAX_SNAP_METRES = 2000;

    private DispatcherOptions(RoutingOptions routing, int queueCapacity, boolean deterministic, int startSecond) {
        this(routing, queueCapacity, deterministic, startSecond, DEFAULT_MAX_SNAP_METRES, DEFAULT_ALTERNATIVES, false, true);
    }

    private DispatcherOptions(RoutingOptions routing, int queueCapacity, boolean deterministic, int startSecond,
            double maxSnapMetres, int alternatives, boolean laterStops, boolean backgroundRounds) {
        this.laterStops = laterStops;
        this.backgroundRounds = backgroundRounds;
        this.routing = Objects.requireNonNull(routing, "routing");
        if (queueCapacity < 1 || queueCapacity > 1_000_000) {
            throw new IllegalArgumentException("The dispatcher queueCapacity (" + queueCapacity + ") is outside [1, 1000000].");
        }
        if (deterministic && (routing.timeLimit() != null || routing.stepLimit() == 0)) {
            throw new IllegalArgumentException("The deterministic dispatcher's routing options (timeLimit " + routing.timeLimit()
                    + ", stepLimit " + routing.stepLimit() + ") would depend on the machine; use withTimeLimit(null) and a stepLimit.");
        }
        if (!deterministic && routing.timeLimit() == null) {
            throw new IllegalArgumentException("The live dispatcher's routing options timeLimit (null) must be set: it is the"
                    + " length of one background re-optimisation round; use e.g. withTimeLimit(Duration.ofSeconds(1)).");
        }
        if (startSecond < 0 || startSecond > RoutingProblem.LATEST_SECOND) {
            throw new IllegalArgumentException("The dispatcher startSecond (" + startSecond + ") is outside [0, "
                    + RoutingProblem.LATEST_SECOND + "] (RoutingProblem.LATEST_SECOND).");
        }
        if (alternatives < 0 || alternatives > 1000) {
            throw new IllegalArgumentException("The dispatcher alternatives (" + alternatives + ") is outside [0, 1000].");
        }
        this.alternatives = alternatives;
        this.queueCapacity = queueCapacity;
        this.deterministic = deterministic;
        this.startSecond = startSecond;
        if (!(maxSnapMetres > 0)) {
            throw new IllegalArgumentException("The dispatcher maxSnapMetres (" + maxSnapMetres
                    + ") must be above 0 (metres; " + DEFAULT_MAX_SNAP_METRES + " by default).");
        }
        this.maxSnapMetres = maxSnapMetres;
    }

    /**
     * Live mode: re-optimisation rounds of a time limit of 1 s (the first after events a quarter of
     * it, see {@link Dispatcher}) that also end after 5,000 steps without improvement (so a round
     * on a small plan takes milliseconds), without nearby selection
     * ({@link RoutingOptions#nearbySelection()}: its per-solve matrices took about half of a
     * round of 1,000 pickups, and short rounds need a cheap start; measured by
     * {@code DispatchImprovement}), queue of 4,096 events, clock from second 0, an answer's
     * insertion cost from the route slack's O(1) scan ({@link #laterStops()} off). To change the
     * round limits keep these routing options: {@code withRouting(live().routing().withTimeLimit(...))}.
     *
     * @return the live-mode options
     */
    public static DispatcherOptions live() {
        return new DispatcherOptions(RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)).withUnimprovedStepLimit(5000)
                .withNearbySelection(false), 4096, false, 0);
    }

    /**
     * Deterministic mode: each {@link Dispatcher#reoptimise()} runs {@code steps} local-search steps
     * with this seed, no time limit; {@link #laterStops()} off, as in live mode.
     *
     * @param steps local-search steps per re-optimisation round
     * @param seed the random seed
     * @return the deterministic-mode options
     */
    public static DispatcherOptions deterministic(long steps, long seed) {
        return new DispatcherOptions(RoutingOptions.defaults().withTimeLimit(null).withStepLimit(steps).withSeed(seed), 4096,
                true, 0);
    }

    /**
     * The routing options: objective weights, and the limits of one re-optimisation round.
     *
     * @return the routing options: objective weights, and the limits of one re-optimisation round
     */
    public RoutingOptions routing() {
        return routing;
    }

    /**
     * Events that may wait for the writer before {@link Dispatcher#submit} blocks (back-pressure; the
     * timed submit refuses instead once its timeout has passed).
     *
     * @return events that may wait for the writer before {@link Dispatcher#submit} blocks (back-pressure)
     */
    public int queueCapacity() {
        return queueCapacity;
    }

    /**
     * Whether the dispatcher runs without threads, driven by the caller.
     *
     * @return whether the dispatcher runs without threads, driven by the caller
     */
    public boolean deterministic() {
        return deterministic;
    }

    /**
     * The clock at creation, seconds since the start of the day.
     *
     * @return the clock at creation, seconds since the start of the day
     */
    public int startSecond() {
        return startSecond;
    }

    /**
     * With these routing options (weights, re-optimisation limits).
     *
     * @param options the routing options
     * @return these options with other routing options (weights, re-optimisation limits)
     */
    public DispatcherOptions withRouting(RoutingOptions options) {
        return new DispatcherOptions(options, queueCapacity, deterministic, startSecond, maxSnapMetres, alternatives, laterStops, backgroundRounds);
    }

    /**
     * With this queue capacity, events.
     *
     * @param events the queue capacity, events
     * @return these options with another queue capacity, events
     */
    public DispatcherOptions withQueueCapacity(int events) {
        return new DispatcherOptions(routing, events, deterministic, startSecond, maxSnapMetres, alternatives, laterStops, backgroundRounds);
    }

    /**
     * With this clock at creation, seconds: no courier leaves before it (an earlier available
     * second is lifted to it) and no answer promises an arrival before it.
     *
     * @param second the clock at creation, seconds since the start of the day, in [0, {@link RoutingProblem#LATEST_SECOND}]
     * @return these options with another clock at creation, seconds
     */
    public DispatcherOptions withStartSecond(int second) {
        return new DispatcherOptions(routing, queueCapacity, deterministic, second, maxSnapMetres, alternatives, laterStops, backgroundRounds);
    }

    /**
     * The snapping distance: a location (a request's address, a GPS fix, a new courier's place)
     * farther than this from the nearest node of the road network is refused, with the distance
     * and, when swapping latitude and longitude would bring it within, that hint. Only road
     * models have a network; other models ignore it.
     *
     * @return metres, {@link #DEFAULT_MAX_SNAP_METRES} by default
     */
    public double maxSnapMetres() {
        return maxSnapMetres;
    }

    /**
     * With this snapping distance (see {@link #maxSnapMetres()}).
     *
     * @param metres the largest distance from a location to the road network, metres, above 0
     * @return these options with another snapping distance
     */
    public DispatcherOptions withMaxSnapMetres(double metres) {
        return new DispatcherOptions(routing, queueCapacity, deterministic, startSecond, metres, alternatives, laterStops, backgroundRounds);
    }

    /**
     * How many ranked alternatives an {@link Decision.Assigned} lists at most (the chosen courier
     * first, then the next cheapest, one per courier); default {@value #DEFAULT_ALTERNATIVES}.
     *
     * @return the most alternatives an answer lists
     */
    public int alternatives() {
        return alternatives;
    }

    /**
     * With this many ranked alternatives at most per answer.
     *
     * @param count the most alternatives an answer lists, in [0, 1000]
     * @return these options with another count of alternatives
     */
    public DispatcherOptions withAlternatives(int count) {
        return new DispatcherOptions(routing, queueCapacity, deterministic, startSecond, maxSnapMetres, count, laterStops, backgroundRounds);
    }

    /**
     * Whether an answer's insertion cost is the change of the whole route's objective, the delay
     * the new pickup causes to each later stop (priority-weighted) included: a walk of the route
     * per position, O(route) each. Otherwise the route slack's O(1) scan, which counts the
     * pickup's own response and the added driving only, and so prefers putting a new pickup ahead
     * of a courier's queued stops (on the default city the simulator's dispatcher answered 875 s
     * of mean response with the scan, 717 s with the walk, on its first day: docs/simulation.md).
     * Off by default (the answer latency the dispatch benchmarks measure); on in the simulator's
     * dispatcher and in {@code outpost replay}'s session ({@code WireSession}), which replays it.
     *
     * @return whether an answer's insertion cost counts the later stops' delay
     */
    public boolean laterStops() {
        return laterStops;
    }

    /**
     * With or without the later stops' delay in an answer's insertion cost (see {@link #laterStops()}).
     *
     * @param on whether the insertion cost counts the later stops' delay
     * @return these options with that insertion cost
     */
    public DispatcherOptions withLaterStops(boolean on) {
        return new DispatcherOptions(routing, queueCapacity, deterministic, startSecond, maxSnapMetres, alternatives, on, backgroundRounds);
    }

    /**
     * Whether a live dispatcher re-optimises in the background (on by default; deterministic mode
     * has no background rounds and ignores it). Off, the writer thread still answers every event at
     * once and publishes each event's plan, but no re-optimisation round ever runs: the plan
     * changes by events only. For measuring the answers alone (a round competes with them for a
     * core; {@code DispatchRoadQueue} in the benchmarks) and for an application that re-optimises
     * elsewhere.
     *
     * @return whether a live dispatcher runs background re-optimisation rounds
     */
    public boolean backgroundRounds() {
        return backgroundRounds;
    }

    /**
     * With or without background re-optimisation rounds in live mode (see {@link #backgroundRounds()}).
     *
     * @param on whether a live dispatcher runs background re-optimisation rounds
     * @return these options with background rounds on or off
     */
    public DispatcherOptions withBackgroundRounds(boolean on) {
        return new DispatcherOptions(routing, queueCapacity, deterministic, startSecond, maxSnapMetres, alternatives, laterStops, on);
    }
}
