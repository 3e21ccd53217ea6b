package dev.outpost.bench.routing;

import dev.outpost.check.PlanChecker;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.routing.Stop;
import java.time.Duration;
import java.util.Arrays;

/**
 * Warm start against a cold solve: a 1,000-pickup city plan (60 couriers) is solved for 10 s;
 * then one new request arrives. Measured, with the JVM warm, median of 5 runs each: the time
 * until {@code solve(problem + 1, plan)} returns a feasible plan that contains the new request
 * (one local-search step after the kernel's insertion), against {@code solve(problem + 1)} from
 * scratch (construction heuristic plus one step).
 *
 * <p>Run (after {@code mvn -o -q -DskipTests package}):
 * {@code java -cp benchmarks/target/benchmarks.jar dev.outpost.bench.routing.WarmStartBenchmark}
 */
public final class WarmStartBenchmark {

    private static final int RUNS = 5;

    private WarmStartBenchmark() {
    }

    public static void main(String[] args) {
        RoutingProblem base = CityProblems.generate(42, 60, 1000, 0);
        RoutingProblem next = CityProblems.generate(42, 60, 1000, 1);
        RoutingOptions options = RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(10));
        RoutePlan solved = RoutingSolver.create(options).solve(base);
        System.out.printf("base plan: %d unassigned, hard %d, soft %d%n", solved.unassigned().size(), solved.hardScore(),
                solved.softScore());
        RoutingSolver oneStep = RoutingSolver.create(options.withTimeLimit(null).withStepLimit(1));
        double[] warm = new double[RUNS];
        double[] cold = new double[RUNS];
        RoutePlan lastWarm = null;
        RoutePlan lastCold = null;
        for (int run = -1; run < RUNS; run++) {
            long t0 = System.nanoTime();
            RoutePlan w = oneStep.solve(next, solved);
            long t1 = System.nanoTime();
            RoutePlan c = oneStep.solve(next);
            long t2 = System.nanoTime();
            require(next, options, w, "warm");
            require(next, options, c, "cold");
            lastWarm = w;
            lastCold = c;
            if (run >= 0) {
                warm[run] = (t1 - t0) / 1e6;
                cold[run] = (t2 - t1) / 1e6;
            }
        }
        Arrays.sort(warm);
        Arrays.sort(cold);
        System.out.printf("warm start (plan + 1 request): median %.1f ms (min %.1f, max %.1f)%n", warm[RUNS / 2], warm[0],
                warm[RUNS - 1]);
        System.out.printf("from scratch (construction + 1 step): median %.1f ms (min %.1f, max %.1f)%n", cold[RUNS / 2],
                cold[0], cold[RUNS - 1]);
        System.out.printf("plans: warm %d unassigned, soft %d; from scratch %d unassigned, soft %d%n",
                lastWarm.unassigned().size(), lastWarm.softScore(), lastCold.unassigned().size(), lastCold.softScore());
    }

    private static void require(RoutingProblem problem, RoutingOptions options, RoutePlan plan, String what) {
        String id = problem.pickups().get(problem.pickups().size() - 1).id();
        boolean routed = false;
        for (CourierRoutePlan route : plan.routes()) {
            for (Stop stop : route.stops()) {
                routed |= stop.pickupId().equals(id);
            }
        }
        PlanChecker.Result check = PlanChecker.check(problem, options, plan);
        if (!routed || !plan.feasible() || check.hardScore() != 0) {
            throw new IllegalStateException("The " + what + " plan does not serve " + id + " feasibly (routed " + routed
                    + ", hard " + plan.hardScore() + ", checker " + check.hardScore() + ").");
        }
    }
}
