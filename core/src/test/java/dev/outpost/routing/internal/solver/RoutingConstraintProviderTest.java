package dev.outpost.routing.internal.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.internal.domain.CourierRoute;
import dev.outpost.routing.internal.domain.RoutingData;
import dev.outpost.routing.internal.domain.RoutingSolution;
import dev.outpost.routing.internal.domain.RoutingSolutions;
import dev.outpost.routing.internal.domain.Visit;
import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.route.Penalties;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One penalised / not penalised pair per constraint on a 3-4-5 triangle: hub 0, A 1, B 2 with
 * 300 s hub-A, 400 s A-B, 500 s hub-B (metres are ten times the seconds). One courier starting
 * at the hub at 0 s. Also compares the provider with the incremental scorer on solved random
 * problems.
 */
class RoutingConstraintProviderTest {

    private final ConstraintVerifier<RoutingConstraintProvider, RoutingSolution> verifier = ConstraintVerifier.build(
            new RoutingConstraintProvider(), RoutingSolution.class, CourierRoute.class, Visit.class);

    private static TravelTimes triangle(boolean blockAToB) {
        int[] s = {0, 300, 500, 300, 0, 400, 500, 400, 0};
        int[] m = new int[9];
        for (int i = 0; i < 9; i++) {
            m[i] = s[i] * 10;
        }
        if (blockAToB) {
            s[1 * 3 + 2] = TravelTimes.UNREACHABLE;
            m[1 * 3 + 2] = TravelTimes.UNREACHABLE;
        }
        return new TravelTimes(List.of("hub", "A", "B"), s, m);
    }

    /** A problem with one courier and the given pickups, weights (response, seconds, metres, fixed). */
    private static RoutingData data(Courier courier, List<Pickup> pickups, int cutoff, boolean block, long... weights) {
        RoutingProblem problem = new RoutingProblem(List.of(courier), pickups, 0, cutoff, triangle(block));
        return new RoutingData(problem, RoutingOptions.defaults().withResponseWeight(weights[0]).withTravelSecondWeight(weights[1])
                .withMetreWeight(weights[2]).withVehicleFixedCost(weights[3]));
    }

    private static Courier courier(int shiftEnd, int capacity, int load, long skills) {
        return Courier.builder("k").startPoint(0).available(0).shiftEnd(shiftEnd).capacity(capacity).loadOnBoard(load)
                .skills(RandomRoutingProblems.skills(skills)).build();
    }

    private static Pickup pickup(String id, int point, int windowEnd, int size, int priority, long skills) {
        return Pickup.builder(id).point(point).window(0, windowEnd).serviceSeconds(100).size(size).priority(priority)
                .requiredSkills(RandomRoutingProblems.skills(skills)).releaseSecond(0).build();
    }

    /** Puts all pickups of the data in courier 0's route in index order and sets the shadows. */
    private static Object[] connect(RoutingData d) {
        CourierRoute route = new CourierRoute(0, false, d);
        List<Visit> visits = new ArrayList<>();
        int point = d.kernel().courierStart(0);
        int time = d.kernel().courierAvailable(0);
        Visit previous = null;
        for (int p = 0; p < d.pickupCount; p++) {
            Visit v = new Visit(p, d);
            v.setRoute(route);
            v.setPrevious(previous);
            v.setArrivalSecond(d.kernel().arrival(point, time, p));
            time = v.departure();
            point = v.getPoint();
            visits.add(v);
            previous = v;
        }
        route.setVisits(visits);
        List<Object> all = new ArrayList<>(visits);
        all.add(0, route);
        return all.toArray();
    }

    @Test
    void lateness() {
        // Arrival at A at 300 s.
        verifier.verifyThat(RoutingConstraintProvider::lateness)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 200, 1, 1, 0)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(100);
        verifier.verifyThat(RoutingConstraintProvider::lateness)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 300, 1, 1, 0)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(0);
    }

    @Test
    void capacity() {
        verifier.verifyThat(RoutingConstraintProvider::capacity)
                .given(connect(data(courier(9_999, 5, 2, 0), List.of(pickup("a", 1, 999, 4, 1, 0)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(1);
        verifier.verifyThat(RoutingConstraintProvider::capacity)
                .given(connect(data(courier(9_999, 5, 2, 0), List.of(pickup("a", 1, 999, 3, 1, 0)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(0);
    }

    @Test
    void shiftEnd() {
        // Hub -> A (300 s), service 100 s, A -> hub (300 s): back at 700 s.
        verifier.verifyThat(RoutingConstraintProvider::shiftEnd)
                .given(connect(data(courier(600, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 1, 0)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(100);
        verifier.verifyThat(RoutingConstraintProvider::shiftEnd)
                .given(connect(data(courier(700, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 1, 0)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(0);
    }

    @Test
    void cutoff() {
        verifier.verifyThat(RoutingConstraintProvider::cutoff)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 1, 0)), 650, false, 0, 1, 0, 0)))
                .penalizesBy(50);
        verifier.verifyThat(RoutingConstraintProvider::cutoff)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 1, 0)), 700, false, 0, 1, 0, 0)))
                .penalizesBy(0);
    }

    @Test
    void skills() {
        verifier.verifyThat(RoutingConstraintProvider::skills)
                .given(connect(data(courier(9_999, 9, 0, 1L), List.of(pickup("a", 1, 999, 1, 1, 2L)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(Penalties.SKILL);
        verifier.verifyThat(RoutingConstraintProvider::skills)
                .given(connect(data(courier(9_999, 9, 0, 3L), List.of(pickup("a", 1, 999, 1, 1, 2L)), 9_999, false, 0, 1, 0, 0)))
                .penalizesBy(0);
    }

    @Test
    void unreachable() {
        List<Pickup> ab = List.of(pickup("a", 1, 9_999, 1, 1, 0), pickup("b", 2, 9_999, 1, 1, 0));
        verifier.verifyThat(RoutingConstraintProvider::unreachable)
                .given(connect(data(courier(99_999, 9, 0, 0), ab, 99_999, true, 0, 1, 0, 0)))
                .penalizesBy(Penalties.UNREACHABLE_LEG);
        verifier.verifyThat(RoutingConstraintProvider::unreachable)
                .given(connect(data(courier(99_999, 9, 0, 0), ab, 99_999, false, 0, 1, 0, 0)))
                .penalizesBy(0);
    }

    @Test
    void unserved() {
        RoutingData d = data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 3, 0)), 9_999, false, 0, 1, 0, 0);
        CourierRoute bucket = new CourierRoute(1, true, d);
        Visit v = new Visit(0, d);
        v.setRoute(bucket);
        bucket.setVisits(new ArrayList<>(List.of(v)));
        verifier.verifyThat(RoutingConstraintProvider::unserved).given(bucket, v).penalizesBy(3);
        verifier.verifyThat(RoutingConstraintProvider::unserved).given(connect(d)).penalizesBy(0);
    }

    @Test
    void response() {
        // Priority 2, released at 0, served at 300 s: 600 priority-seconds.
        verifier.verifyThat(RoutingConstraintProvider::response)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 2, 0)), 9_999, false, 1, 0, 0, 0)))
                .penalizesBy(600);
        verifier.verifyThat(RoutingConstraintProvider::response)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 2, 0)), 9_999, false, 0, 0, 0, 0)))
                .penalizesBy(0);
    }

    @Test
    void travel() {
        // Hub -> A -> B -> hub: 300 + 400 + 500 = 1,200 s and 12,000 m.
        List<Pickup> ab = List.of(pickup("a", 1, 9_999, 1, 1, 0), pickup("b", 2, 9_999, 1, 1, 0));
        verifier.verifyThat(RoutingConstraintProvider::travel)
                .given(connect(data(courier(99_999, 9, 0, 0), ab, 99_999, false, 0, 1, 1, 0)))
                .penalizesBy(13_200);
        verifier.verifyThat(RoutingConstraintProvider::travel)
                .given(connect(data(courier(99_999, 9, 0, 0), List.of(), 99_999, false, 0, 1, 1, 0)))
                .penalizesBy(0);
    }

    @Test
    void fixedCost() {
        verifier.verifyThat(RoutingConstraintProvider::fixedCost)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(pickup("a", 1, 999, 1, 1, 0)), 9_999, false, 0, 1, 0, 50)))
                .penalizesBy(50);
        verifier.verifyThat(RoutingConstraintProvider::fixedCost)
                .given(connect(data(courier(9_999, 9, 0, 0), List.of(), 9_999, false, 0, 1, 0, 50)))
                .penalizesBy(0);
    }

    @Test
    void providerAgreesWithTheIncrementalScorerOnSolvedRandomProblems() {
        SolutionManager<RoutingSolution, HardMediumSoftLongScore> manager = SolutionManager.create(SolverFactory.create(
                new SolverConfig().withSolutionClass(RoutingSolution.class).withEntityClasses(CourierRoute.class, Visit.class)
                        .withConstraintProviderClass(RoutingConstraintProvider.class)));
        for (int seed = 0; seed < 12; seed++) {
            RoutingProblem problem = RandomRoutingProblems.generate(500 + seed, 3, 14, seed % 3 == 0);
            RoutingOptions options = RoutingOptions.defaults().withResponseWeight(1).withTravelSecondWeight(2).withMetreWeight(1)
                    .withVehicleFixedCost(100).withTimeLimit(null).withStepLimit(100).withSeed(seed);
            RoutingSolution solved = SolverFactory.<RoutingSolution>create(RoutingSolverConfig.build(options)).buildSolver()
                    .solve(RoutingSolutions.empty(new RoutingData(problem, options)));
            HardMediumSoftLongScore incremental = solved.getScore();
            assertEquals(incremental, manager.update(solved), "seed " + seed);
        }
    }
}
