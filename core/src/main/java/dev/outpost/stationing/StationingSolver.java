package dev.outpost.stationing;

import dev.outpost.model.SiteStatus;
import dev.outpost.stationing.domain.SiteSlot;
import dev.outpost.stationing.domain.StationingSolution;
import dev.outpost.stationing.solver.BestTracker;
import dev.outpost.stationing.solver.GreedyAddCommand;
import dev.outpost.stationing.solver.PlanAssembler;
import dev.outpost.stationing.solver.StationingIncrementalScoreCalculator;
import dev.outpost.stationing.solver.StationingMoveIteratorFactory;
import dev.outpost.stationing.solver.VariableNeighbourhoodCommand;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a {@link StationingProblem} on OptaPlanner 10 with three phases:
 * <ol>
 *   <li>greedy add (custom phase, {@link GreedyAddCommand}): opens sites and adds couriers one at
 *       a time while the score improves;</li>
 *   <li>for p-median and maximal covering without an opening budget, a variable neighbourhood
 *       search over fast-interchange descents (custom phase, {@link VariableNeighbourhoodCommand};
 *       Hansen and Mladenovic 1997, Resende and Werneck 2003), which evaluates every swap per step
 *       in time proportional to the clients the swap touches;</li>
 *   <li>tabu search (entity tabu of {@code siteCount / 10} sites, 1 to 10; each step takes the best
 *       of 100 accepted random moves) over swap, courier-transfer and change moves
 *       ({@link StationingMoveIteratorFactory}), scored by the incremental
 *       {@link StationingIncrementalScoreCalculator}.</li>
 * </ol>
 * Choices measured with {@code ScoreCalculatorComparison} (benchmarks; pmed20, local search only,
 * 10 s from the greedy start, loaded 2-core machine): the incremental calculator made about 36 000
 * score calculations per second, constraint streams (client x open site joined and grouped to the
 * minimum) about 25. Late acceptance (size 400) ended slightly lower (1835 against tabu's 1852),
 * but it never leaves a strict local optimum (every neighbour is worse than all remembered scores;
 * with an unbounded random selector a step then never ends), which hung the small exhaustive
 * tests; tabu always moves. Neither comes near the VNS phase, which reaches pmed20's optimum 1789
 * in under a second.
 * The run is in REPRODUCIBLE mode with the options' seed. The VNS counts one perturbation per step
 * against {@link StationingOptions#stepCountLimit()}.
 */
public final class StationingSolver {

    private static final int MAX_TABU = 10;
    private static final int ACCEPTED_COUNT_LIMIT = 100;
    private static final long SELECTED_COUNT_LIMIT = 5_000;

    private StationingSolver() {
    }

    /** Solves and returns the plan. */
    public static StationingPlan solve(StationingProblem problem, StationingOptions options) {
        return run(problem, options).plan();
    }

    /** Solves and returns the plan with its score and time to best. */
    public static StationingRun run(StationingProblem problem, StationingOptions options) {
        return run(problem, options, EnvironmentMode.REPRODUCIBLE);
    }

    /** As {@link #run(StationingProblem, StationingOptions)} in another mode (tests use FULL_ASSERT). */
    static StationingRun run(StationingProblem problem, StationingOptions options, EnvironmentMode mode) {
        BestTracker tracker = new BestTracker();
        StationingSolution initial = initialSolution(problem);
        if (problem.siteCount() == 0 || problem.clientCount() == 0) {
            // Nothing to decide beyond the fixed sites; OptaPlanner needs at least one entity and client.
            StationingPlan plan = PlanAssembler.assemble(problem, initial.courierCounts());
            return new StationingRun(plan, "-", 0.0);
        }
        List<PhaseConfig> phases = new ArrayList<>();
        phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyAddCommand(tracker)));
        if (options.variableNeighbourhood() && VariableNeighbourhoodCommand.appliesTo(problem)) {
            long deadline = options.timeLimitMillis() == null ? Long.MAX_VALUE : options.timeLimitMillis() * 1_000_000L;
            long unimproved = options.unimprovedTimeLimitMillis() == null ? Long.MAX_VALUE
                    : options.unimprovedTimeLimitMillis() * 1_000_000L;
            long perturbations = options.stepCountLimit() == null ? Long.MAX_VALUE : options.stepCountLimit();
            phases.add(new CustomPhaseConfig().withCustomPhaseCommands(new VariableNeighbourhoodCommand(tracker,
                    options.seed(), deadline, unimproved, perturbations, options.objectiveTarget())));
        }
        TerminationConfig phaseTermination = new TerminationConfig();
        if (options.stepCountLimit() != null) {
            phaseTermination.setStepCountLimit(options.stepCountLimit());
        }
        if (options.objectiveTarget() != null) {
            long medium = problem.objective() == StationingObjective.MAX_COVERING ? options.objectiveTarget()
                    : -options.objectiveTarget();
            phaseTermination.setBestScoreLimit(HardMediumSoftLongScore.of(0, medium, Long.MIN_VALUE).toString());
        }
        phases.add(new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(StationingMoveIteratorFactory.class)
                        .withSelectedCountLimit(SELECTED_COUNT_LIMIT))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withEntityTabuSize(Math.max(1, Math.min(MAX_TABU, problem.siteCount() / 10))))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT))
                .withTerminationConfig(phaseTermination));
        TerminationConfig solverTermination = new TerminationConfig();
        if (options.timeLimitMillis() != null) {
            solverTermination.setMillisecondsSpentLimit(options.timeLimitMillis());
        }
        if (options.unimprovedTimeLimitMillis() != null) {
            solverTermination.setUnimprovedMillisecondsSpentLimit(options.unimprovedTimeLimitMillis());
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(StationingSolution.class)
                .withEntityClasses(SiteSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withIncrementalScoreCalculatorClass(StationingIncrementalScoreCalculator.class))
                .withEnvironmentMode(mode)
                .withRandomSeed(options.seed())
                .withPhases(phases.toArray(new PhaseConfig[0]))
                .withTerminationConfig(solverTermination);
        Solver<StationingSolution> solver = SolverFactory.<StationingSolution>create(config).buildSolver();
        solver.addEventListener(event -> {
            HardMediumSoftLongScore s = (HardMediumSoftLongScore) event.getNewBestScore();
            if (s.isSolutionInitialized()) {
                tracker.offer(s.hardScore(), s.mediumScore());
            }
        });
        StationingSolution best = solver.solve(initial);
        StationingPlan plan = PlanAssembler.assemble(problem, best.courierCounts());
        return new StationingRun(plan, String.valueOf(best.getScore()), tracker.secondsToBest());
    }

    /** The starting solution: fixed sites open with one courier, everything else closed. */
    public static StationingSolution initialSolution(StationingProblem problem) {
        List<SiteSlot> slots = new ArrayList<>(problem.siteCount());
        for (int s = 0; s < problem.siteCount(); s++) {
            SiteStatus status = problem.siteStatus(s);
            int min = status == SiteStatus.FIXED_OPEN ? 1 : 0;
            int max = status == SiteStatus.CLOSED ? 0
                    : problem.couriersMatter() ? problem.siteMaxCouriers(s) : 1;
            slots.add(new SiteSlot(s, min, max, min));
        }
        return new StationingSolution(problem, slots);
    }
}
