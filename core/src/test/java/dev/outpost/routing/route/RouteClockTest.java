package dev.outpost.routing.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.outpost.routing.RandomRoutingProblems;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RouteClockTest {

    /** Legs: 100 s from point 0 to 1 before second 1000, 300 s from then on; 1 to 2 unreachable; else 50 s. */
    private static int leg(int from, int to, long depart) {
        if (from == 0 && to == 1) {
            return depart < 1000 ? 100 : 300;
        }
        return from == 1 && to == 2 ? -1 : 50;
    }

    @Test
    void aStopIsDriveWaitServeDepartFromAnyPointSecondAndLoad() {
        RouteClock clock = new RouteClock(RouteClockTest::leg).start(0, 850, 4);
        assertEquals(100, clock.visit(1, 1200, 60, 2));
        // Arrival 950, waits for the window at 1200, leaves at 1260 with 6 on board.
        assertEquals(950, clock.arrival());
        assertEquals(1200, clock.serviceStart());
        assertEquals(1260, clock.time());
        assertEquals(6, clock.load());
        // The same leg leaving later is timed from its own departure second.
        clock.start(0, 1000, 0);
        assertEquals(300, clock.visit(1, RouteClock.NO_WINDOW, 10, 1));
        assertEquals(1300, clock.serviceStart());
        assertEquals(1310, clock.time());
        // An unreachable leg is reported and driven in 0 s.
        assertEquals(-1, clock.visit(2, 0, 5, 0));
        assertEquals(1310, clock.arrival());
        assertEquals(1315, clock.time());
        assertEquals(2, clock.point());
        // legTo looks ahead without moving the clock; drive moves it to the arrival.
        assertEquals(50, clock.legTo(0));
        assertEquals(1315, clock.time());
        assertEquals(50, clock.drive(0));
        assertEquals(1365, clock.time());
    }

    /**
     * The kernel's walk is the clock fed by the kernel's legs: on random static and time-dependent
     * problems, every stop's arrival, start and departure equal a {@link RouteClock} walk over
     * {@link RouteKernel#rawSeconds(int, int, int, int)} with the pickups' windows and services.
     */
    @Test
    void theKernelWalkIsTheClockOverTheKernelLegs() {
        for (int seed = 0; seed < 40; seed++) {
            RoutingProblem problem = seed % 2 == 0 ? RandomRoutingProblems.generate(seed, 3, 12, seed % 4 == 0)
                    : RandomRoutingProblems.generateTimeDependent(seed, 3, 12, seed % 4 == 1);
            RouteKernel k = RouteKernel.of(problem, RoutingOptions.defaults());
            SplittableRandom random = new SplittableRandom(seed);
            RouteWalk walk = k.walker();
            for (int c = 0; c < k.courierCount(); c++) {
                int courier = c;
                RouteClock clock = new RouteClock((a, b, t) -> k.rawSeconds(courier, a, b, (int) t))
                        .start(k.courierStart(c), k.courierAvailable(c), k.courierLoad(c));
                walk.start(c);
                for (int i = 0; i < 6; i++) {
                    int p = random.nextInt(k.pickupCount());
                    walk.visit(p);
                    clock.visit(k.pickupPoint(p), k.windowStart(p), k.service(p), k.size(p));
                    String where = "seed " + seed + " courier " + c + " stop " + i;
                    assertEquals(clock.arrival(), walk.arrival(), where);
                    assertEquals(clock.serviceStart(), walk.serviceStart(), where);
                    assertEquals(clock.time(), walk.departure(), where);
                    assertEquals(clock.load(), walk.load(), where);
                }
            }
        }
    }
}
