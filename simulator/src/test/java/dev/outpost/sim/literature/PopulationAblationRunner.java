package dev.outpost.sim.literature;

import dev.outpost.routing.PopulationOptions;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.sim.literature.check.VrpCheck;
import dev.outpost.sim.literature.check.VrpSolutionChecker;
import dev.outpost.sim.literature.io.BestKnownTable;
import dev.outpost.sim.literature.io.VrpInstance;
import dev.outpost.sim.literature.io.VrpObjective;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Population-phase ablation (test scope):
 * {@code PopulationAblationRunner SECONDS SHARE EDUCATION_STEPS SIZE SOLOMON_DIR CVRP_DIR instance...}
 * solves each instance (a name under either folder: {@code r101}, {@code A-n45-k6}) with Outpost's
 * literature settings (distance objective, seed 1) without and then with the population phase,
 * alternately, and prints each run's gap to the best known and the means. The options are those
 * of {@link OutpostVrpSolver}; each plan is checked by {@link VrpSolutionChecker}.
 */
public final class PopulationAblationRunner {

    private PopulationAblationRunner() {
    }

    public static void main(String[] args) {
        double seconds = Double.parseDouble(args[0]);
        PopulationOptions population = PopulationOptions.defaults().withTimeShare(Double.parseDouble(args[1]))
                .withEducationSteps(Long.parseLong(args[2])).withSize(Integer.parseInt(args[3]), Integer.parseInt(args[3]));
        Path solomon = Path.of(args[4]);
        Path cvrp = Path.of(args[5]);
        double sumOff = 0;
        double sumOn = 0;
        int count = 0;
        for (int i = 6; i < args.length; i++) {
            String name = args[i];
            boolean isCvrp = name.startsWith("A-");
            LiteratureSet set = isCvrp ? LiteratureSet.cvrp() : LiteratureSet.solomon(VrpObjective.DISTANCE);
            Path dir = isCvrp ? cvrp : solomon;
            VrpInstance instance = set.reader().apply(dir.resolve(name + set.extension()));
            double best = BestKnownTable.read(dir.resolve(set.bestKnownFile())).get(instance.name()).value();
            double off = gap(instance, set, seconds, null, best);
            double on = gap(instance, set, seconds, population, best);
            System.out.printf(Locale.ROOT, "%s off %.3f%% on %.3f%%%n", name, off, on);
            sumOff += off;
            sumOn += on;
            count++;
        }
        System.out.printf(Locale.ROOT, "mean off %.3f%% on %.3f%% (%d instances, %s, %.0f s)%n", sumOff / count,
                sumOn / count, count, population, seconds);
    }

    private static double gap(VrpInstance instance, LiteratureSet set, double seconds, PopulationOptions population,
            double best) {
        RoutingProblem problem = OutpostVrpSolver.toProblem(instance, set.convention());
        RoutingOptions options = RoutingOptions.defaults()
                .withAcceptor(RoutingOptions.Acceptor.SIMULATED_ANNEALING,
                        OutpostVrpSolver.TEMPERATURE_UNITS * set.convention().scale())
                .withResponseWeight(0).withTravelSecondWeight(0).withMetreWeight(1).withVehicleFixedCost(0)
                .withTimeLimit(Duration.ofNanos((long) (seconds * 1e9))).withSeed(1);
        RoutePlan plan = RoutingSolver.create(options, population).solve(problem);
        VrpCheck check = VrpSolutionChecker.check(instance, set.convention(), OutpostVrpSolver.toSolution(plan));
        if (!check.valid()) {
            throw new IllegalStateException(instance.name() + ": " + check.violations());
        }
        double scale = set.convention().scale();
        double distance = Math.round(check.distance() * scale) / scale;
        return 100.0 * (distance - best) / best;
    }
}
