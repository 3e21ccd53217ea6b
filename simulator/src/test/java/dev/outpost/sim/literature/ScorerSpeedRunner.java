package dev.outpost.sim.literature;

import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.solver.RoutingConstraintProvider;
import dev.outpost.routing.internal.solver.RoutingSolverConfig;
import dev.outpost.sim.literature.io.ArcConvention;
import dev.outpost.sim.literature.io.SolomonReader;
import java.nio.file.Path;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

/**
 * Scorer choice (test scope): {@code ScorerSpeedRunner SOLOMON_DIR STEPS} solves r101 with the
 * five list moves (no ruin-and-recreate) for the same step count with the incremental scorer and
 * with the constraint-stream reference scorer, and prints each run's score calculations per second.
 */
public final class ScorerSpeedRunner {

    private ScorerSpeedRunner() {
    }

    public static void main(String[] args) {
        RoutingProblem problem = OutpostVrpSolver.toProblem(SolomonReader.read(Path.of(args[0], "r101.txt")),
                ArcConvention.TRUNCATED_ONE_DECIMAL);
        long steps = Long.parseLong(args[1]);
        RoutingOptions options = RoutingOptions.defaults().withResponseWeight(0).withTravelSecondWeight(0).withMetreWeight(1)
                .withTimeLimit(null).withStepLimit(steps)
                .withRuinRecreateWeight(0);
        for (String scorer : new String[] {"incremental", "constraint-streams", "incremental", "constraint-streams"}) {
            SolverConfig config = RoutingSolverConfig.build(options);
            if (scorer.equals("constraint-streams")) {
                config.setScoreDirectorFactoryConfig(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RoutingConstraintProvider.class));
            }
            RoutingSolution start = RoutingSolutions.empty(new RoutingData(problem, options));
            Solver<RoutingSolution> solver = SolverFactory.<RoutingSolution>create(config).buildSolver();
            RoutingSolution best = solver.solve(start);
            var scope = ((DefaultSolver<RoutingSolution>) solver).getSolverScope();
            System.out.printf("%s: %d score calculations in %d ms = %d/s, best %s%n", scorer,
                    scope.getScoreCalculationCount(), scope.getTimeMillisSpent(), scope.getScoreCalculationSpeed(),
                    best.getScore());
        }
    }
}
