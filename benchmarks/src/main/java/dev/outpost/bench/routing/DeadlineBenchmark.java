package dev.outpost.bench.routing;

import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import java.time.Duration;

/**
 * The time limit as a deadline: wall time of {@code solve} with a 1 s limit on the 1,000-pickup
 * city (60 couriers), the first call in a fresh JVM (cold: class loading and JIT included) and
 * then 5 calls with the JVM warm. Also reports whether every pickup was answered.
 *
 * <p>Run (after {@code mvn -o -q -DskipTests package}):
 * {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.routing.DeadlineBenchmark}
 */
public final class DeadlineBenchmark {

    private DeadlineBenchmark() {
    }

    public static void main(String[] args) {
        RoutingProblem problem = CityProblems.generate(42, 60, 1000, 0);
        RoutingSolver solver = RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)));
        for (int run = 0; run < 6; run++) {
            long t0 = System.nanoTime();
            RoutePlan plan = solver.solve(problem);
            double seconds = (System.nanoTime() - t0) / 1e9;
            int answered = plan.unassigned().size();
            for (var route : plan.routes()) {
                answered += route.stops().size();
            }
            System.out.printf("%s: %.3f s, %d of %d pickups answered, %d unassigned, hard %d%n",
                    run == 0 ? "cold" : "warm " + run, seconds, answered, problem.pickups().size(), plan.unassigned().size(),
                    plan.hardScore());
        }
    }
}
