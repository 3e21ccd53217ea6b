package dev.outpost.routing.internal.solver;

import dev.outpost.routing.PopulationOptions;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.Visit;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionConfig;
import org.optaplanner.core.config.heuristic.selector.common.nearby.NearbySelectionDistributionType;
import org.optaplanner.core.config.heuristic.selector.list.DestinationSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.list.SubListSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.MoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Builds the OptaPlanner configuration for the routing solver, in Java.
 *
 * <ul>
 *   <li>Construction: OptaPlanner's list-variable construction heuristic (each visit in turn at
 *       its cheapest position over all couriers and the bucket, i.e. cheapest insertion). The
 *       routing solver starts from a complete solution built by the route kernel, so there it
 *       has nothing to do; tests and benchmarks that start from an empty solution use it.</li>
 *   <li>Local search, a union of: list change and list swap with nearby selection (parabolic,
 *       40 nearest by travel seconds, {@link VisitNearbyDistanceMeter}; uniform when
 *       {@code RoutingOptions.nearbySelection()} is off); sub-list change and
 *       sub-list swap, both also reversing; 2-opt ({@code KOptListMoveSelector} with k = 2); SWAP*
 *       between neighbouring routes ({@link SwapStarMoveIteratorFactory}; out when the system
 *       property {@value #SWAP_STAR_PROPERTY} is {@code off}, for ablation runs); the SISR
 *       ruin-and-recreate move when enabled; and the route-removal move
 *       ({@link RouteRemovalMoveIteratorFactory}, weight {@value #ROUTE_REMOVAL_WEIGHT}).</li>
 *   <li>Route minimisation ({@link RouteMinimisationPhase}): an ejection search that empties
 *       routes of the starting solution.</li>
 *   <li>Acceptor from the options; forager accepts the first accepted move (accepted count 1)
 *       for late acceptance and great deluge, and a few for simulated annealing and tabu.</li>
 * </ul>
 *
 * Scoring is {@link RoutingIncrementalScoreCalculator}. Environment mode REPRODUCIBLE (or
 * FULL_ASSERT), random seed from the options. Termination: the step limits end the local search;
 * the time limit is enforced by {@code RoutingSolver} as a deadline (a solver-level time limit of
 * the same length stays as a backstop).
 */
public final class RoutingSolverConfig {

    private static final int NEARBY_SIZE = 40;
    /** Selection weight of the SWAP* move ({@link SwapStarMoveIteratorFactory}) in the union. */
    static final double SWAP_STAR_WEIGHT = 0.3;

    /** Selection weight of the route-removal move ({@link RouteRemovalMoveIteratorFactory}) in the union. */
    static final double ROUTE_REMOVAL_WEIGHT = 0.01;

    /** System property that turns route minimisation (the phase and the route-removal move) off when set to {@code off}. */
    public static final String ROUTE_MINIMISATION_PROPERTY = "outpost.routing.routeMinimisation";

    /** System property that takes the SWAP* move out of the local search when set to {@code off} (for ablation runs). */
    public static final String SWAP_STAR_PROPERTY = "outpost.routing.swapStar";

    private RoutingSolverConfig() {
    }

    /** The full solver configuration for the options. */
    public static SolverConfig build(RoutingOptions options) {
        return build(options, null);
    }

    /**
     * The full solver configuration for the options, with the population phase
     * ({@link PopulationPhase}) between construction and local search when {@code population} is
     * not null.
     */
    public static SolverConfig build(RoutingOptions options, PopulationOptions population) {
        return build(options, population, true);
    }

    /**
     * The configuration of the population phase's education: construction and local search only,
     * scored by {@link PenalisedRoutingScoreCalculator} (the hard level moved into the soft one at the
     * working solution's weight; weight 0 is the production score), without the route-minimisation phase (its ejection search on every child cost about 135 ms
     * per child on r101 against 8 ms for the rest of a one-step education; the route-removal move
     * stays in the local search).
     */
    static SolverConfig education(RoutingOptions options) {
        return build(options, null, false);
    }

    private static SolverConfig build(RoutingOptions options, PopulationOptions population, boolean minimisePhase) {
        TerminationConfig termination = new TerminationConfig();
        if (options.timeLimit() == null && options.stepLimit() <= 0 && options.unimprovedStepLimit() <= 0) {
            throw new IllegalArgumentException("The routing options set no limit (timeLimit null, stepLimit 0,"
                    + " unimprovedStepLimit 0); set at least one.");
        }
        if (options.unimprovedStepLimit() > 0) {
            termination.setUnimprovedStepCountLimit((int) Math.min(Integer.MAX_VALUE, options.unimprovedStepLimit()));
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moveSelector(options))
                .withAcceptorConfig(acceptor(options))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(
                        options.acceptor() == RoutingOptions.Acceptor.TABU ? 4 : 1));
        if (options.stepLimit() > 0) {
            termination.setStepCountLimit((int) Math.min(Integer.MAX_VALUE, options.stepLimit()));
        }
        // Step limits end the local search only. The time limit is a deadline for the whole solve,
        // enforced by RoutingSolver (terminateEarly), which completes a cut construction itself.
        if (options.stepLimit() > 0 || options.unimprovedStepLimit() > 0) {
            localSearch.setTerminationConfig(termination);
        }
        SolverConfig config = new SolverConfig();
        if (options.timeLimit() != null) {
            // A backstop only: the solver starts after the deadline's clock started, so
            // RoutingSolver's terminateEarly at the deadline always comes first.
            config.setTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(options.timeLimit().toMillis()));
        }
        return config
                .withSolutionClass(RoutingSolution.class)
                .withEntityClasses(CourierRoute.class, Visit.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(minimisePhase ? RoutingIncrementalScoreCalculator.class
                                : PenalisedRoutingScoreCalculator.class))
                .withEnvironmentMode(options.fullAssert() ? EnvironmentMode.FULL_ASSERT : EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.seed())
                .withPhases(phases(options, population, localSearch, minimisePhase));
    }

    /**
     * Construction, then route minimisation ({@link RouteMinimisationPhase}) unless the system
     * property {@value #ROUTE_MINIMISATION_PROPERTY} is {@code off} (for ablation runs), then the
     * population phase ({@link PopulationPhase}) when settings are given, then the local search.
     */
    private static PhaseConfig<?>[] phases(RoutingOptions options, PopulationOptions population,
            LocalSearchPhaseConfig localSearch, boolean minimisePhase) {
        List<PhaseConfig<?>> phases = new ArrayList<>();
        phases.add(new ConstructionHeuristicPhaseConfig());
        if (minimisePhase && RouteMinimisationPhase.enabled()) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new RouteMinimisationPhase(options))));
        }
        if (population != null) {
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new PopulationPhase(options, population)));
        }
        phases.add(localSearch);
        return phases.toArray(new PhaseConfig<?>[0]);
    }

    /** The local-search move selector union (also used by the JMH benchmark). */
    public static UnionMoveSelectorConfig moveSelector(RoutingOptions options) {
        List<MoveSelectorConfig> selectors = new ArrayList<>();
        if (options.nearbySelection()) {
            selectors.add(new ListChangeMoveSelectorConfig()
                    .withValueSelectorConfig(new ValueSelectorConfig().withId("changeOrigin"))
                    .withDestinationSelectorConfig(new DestinationSelectorConfig()
                            .withNearbySelectionConfig(nearby(new ValueSelectorConfig().withMimicSelectorRef("changeOrigin"))))
                    .withFixedProbabilityWeight(1.0));
            selectors.add(new ListSwapMoveSelectorConfig()
                    .withValueSelectorConfig(new ValueSelectorConfig().withId("swapOrigin"))
                    .withSecondaryValueSelectorConfig(new ValueSelectorConfig()
                            .withNearbySelectionConfig(nearby(new ValueSelectorConfig().withMimicSelectorRef("swapOrigin"))))
                    .withFixedProbabilityWeight(1.0));
        } else {
            // Uniform destinations: no nearby distance matrices to build (RoutingOptions.nearbySelection).
            selectors.add(new ListChangeMoveSelectorConfig().withFixedProbabilityWeight(1.0));
            selectors.add(new ListSwapMoveSelectorConfig().withFixedProbabilityWeight(1.0));
        }
        SubListChangeMoveSelectorConfig subListChange = new SubListChangeMoveSelectorConfig()
                .withSubListSelectorConfig(new SubListSelectorConfig().withMaximumSubListSize(6))
                .withSelectReversingMoveToo(true);
        subListChange.setFixedProbabilityWeight(0.3);
        selectors.add(subListChange);
        SubListSwapMoveSelectorConfig subListSwap = new SubListSwapMoveSelectorConfig()
                .withSubListSelectorConfig(new SubListSelectorConfig().withMaximumSubListSize(6))
                .withSelectReversingMoveToo(true);
        subListSwap.setFixedProbabilityWeight(0.3);
        selectors.add(subListSwap);
        selectors.add(new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2).withFixedProbabilityWeight(0.3));
        if (!"off".equals(System.getProperty(SWAP_STAR_PROPERTY))) {
            selectors.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(SwapStarMoveIteratorFactory.class)
                    .withFixedProbabilityWeight(SWAP_STAR_WEIGHT));
        }
        if (options.ruinRecreateWeight() > 0) {
            selectors.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(RuinRecreateMoveIteratorFactory.class)
                    .withFixedProbabilityWeight(options.ruinRecreateWeight()));
        }
        if (RouteMinimisationPhase.enabled()) {
            selectors.add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(RouteRemovalMoveIteratorFactory.class)
                    .withFixedProbabilityWeight(ROUTE_REMOVAL_WEIGHT));
        }
        return new UnionMoveSelectorConfig(selectors);
    }

    private static NearbySelectionConfig nearby(ValueSelectorConfig origin) {
        return new NearbySelectionConfig()
                .withOriginValueSelectorConfig(origin)
                .withNearbyDistanceMeterClass(VisitNearbyDistanceMeter.class)
                .withNearbySelectionDistributionType(NearbySelectionDistributionType.PARABOLIC_DISTRIBUTION)
                .withParabolicDistributionSizeMaximum(NEARBY_SIZE);
    }

    private static LocalSearchAcceptorConfig acceptor(RoutingOptions options) {
        return switch (options.acceptor()) {
            case LATE_ACCEPTANCE -> new LocalSearchAcceptorConfig()
                    .withAcceptorTypeList(List.of(AcceptorType.LATE_ACCEPTANCE))
                    .withLateAcceptanceSize(options.acceptorSize());
            case SIMULATED_ANNEALING -> new LocalSearchAcceptorConfig()
                    .withAcceptorTypeList(List.of(AcceptorType.SIMULATED_ANNEALING))
                    .withSimulatedAnnealingStartingTemperature("0hard/0medium/" + Math.max(1, options.acceptorSize()) + "soft");
            case TABU -> new LocalSearchAcceptorConfig()
                    .withAcceptorTypeList(List.of(AcceptorType.ENTITY_TABU))
                    .withEntityTabuSize(Math.max(1, options.acceptorSize()));
            case GREAT_DELUGE -> new LocalSearchAcceptorConfig()
                    .withAcceptorTypeList(List.of(AcceptorType.GREAT_DELUGE));
        };
    }
}
