package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import dev.outpost.dispatch.DispatchEvent.CourierAdded;
import dev.outpost.dispatch.DispatchEvent.CourierMoved;
import dev.outpost.dispatch.DispatchEvent.PickupDone;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Location;
import dev.outpost.model.TimeWindow;
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.Stop;
import dev.outpost.routing.route.Insertion;
import dev.outpost.routing.route.RouteKernel;
import dev.outpost.routing.route.RouteSlack;
import dev.outpost.travel.StraightLineTravelModel;
import dev.outpost.travel.TravelModel;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The dispatcher on time-of-day tables per courier profile ({@link Fleet#timeDependent}). */
class DispatcherTimeDependentTest {

    private static final int SIDE = 6;
    private static final int EIGHT = 8 * 3600;

    /** Profile "bike": the grid at every hour; profile "van": the grid, three times slower 07:30 to 09:30. */
    static TravelTables tables() {
        TravelTimes free = DispatchFixtures.grid(SIDE);
        int n = free.size();
        int[] slow = free.secondsTable().clone();
        for (int i = 0; i < slow.length; i++) {
            slow[i] *= 3;
        }
        TravelTimes peak = new TravelTimes(free.pointIds(), slow, free.metresTable());
        int[] vanSlices = new int[48];
        Arrays.fill(vanSlices, 15, 19, 1);
        assertEquals(n * n, slow.length);
        return new TravelTables(List.of("bike", "van"), 1800, List.of(List.of(free), List.of(free, peak)),
                Arrays.asList(null, vanSlices), 0);
    }

    private static Courier courier(String id, String profile, int point, int available) {
        return Courier.builder(id).startPoint(point).available(available).shiftEnd(20 * 3600).capacity(100)
                .profile(profile).build();
    }

    private static Fleet fleet(int available) {
        List<Courier> list = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            list.add(courier(String.format("k%03d", c), c % 2 == 0 ? "van" : "bike", (c * 7) % (SIDE * SIDE), available));
        }
        return Fleet.timeDependent(tables(), 0, 20 * 3600, list);
    }

    private static Dispatcher dispatcher(Fleet fleet, int start, long seed) {
        return Dispatcher.create(fleet, DispatcherOptions.deterministic(200, seed).withStartSecond(start));
    }

    @Test
    void aVanGetsALaterPromiseAtThePeakThanInTheAfternoon() throws Exception {
        int peak = 8 * 3600 + 1800;
        int afternoon = 14 * 3600;
        int far = SIDE * SIDE - 1; // 10 blocks from the hub: 600 s free flow, 1,800 s at the van's peak
        int[] offsets = new int[2];
        int[] starts = {peak, afternoon};
        for (int i = 0; i < 2; i++) {
            Fleet fleet = Fleet.timeDependent(tables(), 0, 20 * 3600, List.of(courier("v", "van", 0, starts[i])));
            Dispatcher d = dispatcher(fleet, starts[i], 1);
            try {
                Decision x = d.submit(new PickupRequested(DispatchFixtures.pickup("r", far, starts[i]))).get().get(0);
                assertEquals("assigned", x.outcome(), x.toString());
                offsets[i] = DispatchFixtures.assigned(x).arrivalSecond() - starts[i];
            } finally {
                d.shutdown();
            }
        }
        assertEquals(1800, offsets[0]);
        assertEquals(600, offsets[1]);
    }

    @Test
    void theLegAVanIsDrivingIsTimedByItsProfileAtItsDeparture() throws Exception {
        int peak = 8 * 3600 + 1800;
        int far = SIDE * SIDE - 1;
        Fleet fleet = Fleet.timeDependent(tables(), 0, 20 * 3600, List.of(courier("v", "van", 0, peak)));
        Dispatcher d = dispatcher(fleet, peak, 1);
        try {
            d.submit(new PickupRequested(DispatchFixtures.pickup("r", far, peak))).get();
            d.submit(new CourierMoved("v", 0, peak + 60, "r")).get();
            Courier v = d.currentPlan().problem().couriers().get(0);
            // Fixed past: the leg to r left at 08:31 at the van's peak speed (1,800 s), then 120 s of service.
            assertEquals(far, v.startPoint());
            assertEquals(peak + 60 + 1800 + 120, v.availableSecond());
        } finally {
            d.shutdown();
        }
    }

    @Test
    void eachImmediateAnswerIsTheKernelsCheapestInsertionOnTheSameTimeDependentProblem() throws Exception {
        // The slack's O(1) scan (live mode's answer): the kernel's cheapest insertion.
        Dispatcher d = dispatcher(fleet(EIGHT), EIGHT, 1);
        try {
            for (Pickup r : DispatchFixtures.requests(25, SIDE * SIDE, 5)) {
                // The clock first: the request is answered at its release (couriers lifted to it).
                d.submit(new DispatchEvent.ClockAdvanced(r.releaseSecond())).get();
                DispatchPlan before = d.currentPlan();
                Decision x = d.submit(new PickupRequested(r)).get().get(0);
                Insertion best = cheapestInsertion(before, r);
                assertNotNull(best, x.toString());
                assertEquals("assigned", x.outcome(), x.toString());
                Decision.Assigned a = DispatchFixtures.assigned(x);
                assertEquals(before.problem().couriers().get(best.courier()).id(), a.courierId(), x.toString());
                assertEquals(best.position(), a.position(), x.toString());
                assertEquals(best.cost(), a.extraCost(), x.toString());
            }
        } finally {
            d.shutdown();
        }
    }

    /** The kernel's cheapest insertion of {@code request} into the routes of {@code plan}, on its time-dependent problem. */
    @Test
    void withLaterStopsEachAnswerIsTheCheapestChangeOfTheWalkedRoutesCostDelayToLaterStopsIncluded() throws Exception {
        Dispatcher d = Dispatcher.create(fleet(EIGHT), DispatcherOptions.deterministic(200, 1).withStartSecond(EIGHT)
                .withLaterStops(true));
        assertTrue(!DispatcherOptions.deterministic(200, 1).laterStops() && !DispatcherOptions.live().laterStops());
        int ahead = 0;
        int differs = 0;
        try {
            for (Pickup r : DispatchFixtures.requests(25, SIDE * SIDE, 5)) {
                d.submit(new DispatchEvent.ClockAdvanced(r.releaseSecond())).get();
                DispatchPlan before = d.currentPlan();
                Decision.Assigned a = DispatchFixtures.assigned(d.submit(new PickupRequested(r)).get().get(0));
                long[] walked = cheapestWalked(before, r);
                assertEquals(before.problem().couriers().get((int) walked[0]).id(), a.courierId(), a.toString());
                assertEquals(walked[1], a.position(), a.toString());
                assertEquals(walked[2], a.extraCost(), a.toString());
                Insertion scan = cheapestInsertion(before, r);
                if (scan.cost() != a.extraCost()) {
                    differs++;
                }
                if (a.position() == 0 && routeLength(before, a.courierId()) > 0) {
                    ahead++;
                }
            }
        } finally {
            d.shutdown();
        }
        assertTrue(differs > 0, "the later stops' delay changed some answer's cost");
        assertTrue(ahead < 25, "ahead of queued stops: " + ahead);
    }

    /**
     * With the later stops' walk, every ranked alternative (not only the chosen courier) is each
     * courier's cheapest walked insertion, ranked by cost then courier id, on static and on
     * time-of-day legs: the pruned ranking (couriers walked in the order of their lower bounds,
     * positions in the order of their scan costs on static legs) finds the same ones as walking
     * every position of every courier.
     */
    @Test
    void withLaterStopsTheRankedAlternativesAreTheWalkedCheapestOfEachCourier() throws Exception {
        TravelTables timed = tables();
        TravelTables flat = TravelTables.ofStatic(List.of("van", "bike"), List.of(timed.freeFlow(0), timed.freeFlow(1)), 0);
        for (TravelTables t : List.of(flat, timed)) {
            List<Courier> list = new ArrayList<>();
            for (int c = 0; c < 7; c++) {
                list.add(courier(String.format("k%03d", c), c % 2 == 0 ? "van" : "bike", (c * 5) % (SIDE * SIDE), EIGHT));
            }
            Dispatcher d = Dispatcher.create(Fleet.timeDependent(t, 0, 20 * 3600, list),
                    DispatcherOptions.deterministic(200, 1).withStartSecond(EIGHT).withLaterStops(true).withAlternatives(4));
            int compared = 0;
            try {
                for (Pickup r : DispatchFixtures.requests(40, SIDE * SIDE, 9)) {
                    d.submit(new DispatchEvent.ClockAdvanced(r.releaseSecond())).get();
                    DispatchPlan before = d.currentPlan();
                    Decision.Assigned a = DispatchFixtures.assigned(d.submit(new PickupRequested(r)).get().get(0));
                    List<long[]> expected = walkedPerCourier(before, r);
                    expected.sort((x, y) -> x[2] != y[2] ? Long.compare(x[2], y[2]) : Long.compare(x[0], y[0]));
                    List<String> want = new ArrayList<>();
                    for (long[] e : expected.subList(0, Math.min(4, expected.size()))) {
                        want.add(before.problem().couriers().get((int) e[0]).id() + "@" + e[1] + "=" + e[2]);
                    }
                    List<String> got = new ArrayList<>();
                    for (Decision.Alternative alt : a.alternatives()) {
                        got.add(alt.courierId() + "@" + alt.position() + "=" + alt.extraCost());
                    }
                    assertEquals(want, got, (t == flat ? "static" : "time-dependent") + " " + r.id());
                    compared += got.size();
                }
            } finally {
                d.shutdown();
            }
            assertTrue(compared > 100, "alternatives compared: " + compared);
        }
    }

    /** Per courier that can take {@code request}: {courier index, position, cost} of its cheapest walked insertion (lowest position on ties). */
    private static List<long[]> walkedPerCourier(DispatchPlan plan, Pickup request) {
        RoutingProblem open = plan.problem();
        List<Pickup> pickups = new ArrayList<>(open.pickups());
        pickups.add(request);
        RoutingProblem problem = new RoutingProblem(open.couriers(), pickups, open.hubPoint(), open.cutoffSecond(),
                open.travel(), open.tables());
        RouteKernel kernel = RouteKernel.of(problem, DispatcherOptions.deterministic(200, 1).routing());
        int p = pickups.size() - 1;
        List<long[]> out = new ArrayList<>();
        for (int c = 0; c < problem.couriers().size(); c++) {
            String id = problem.couriers().get(c).id();
            int[] sequence = plan.plan().routes().stream().filter(r -> r.courierId().equals(id)).findFirst()
                    .map(r -> r.stops().stream().map(Stop::pickupId).mapToInt(q -> indexOf(pickups, q)).toArray())
                    .orElse(new int[0]);
            dev.outpost.routing.route.RouteWalk walk = kernel.walker();
            walk.route(c, sequence);
            long base = walk.softCost();
            long[] best = null;
            for (int position = 0; position <= sequence.length; position++) {
                walk.start(c);
                for (int i = 0; i <= sequence.length; i++) {
                    if (i == position) {
                        walk.visit(p);
                    }
                    if (i < sequence.length) {
                        walk.visit(sequence[i]);
                    }
                }
                walk.finish();
                long cost = walk.softCost() - base;
                if (walk.hardPenalty() == 0 && (best == null || cost < best[2])) {
                    best = new long[] {c, position, cost};
                }
            }
            if (best != null) {
                out.add(best);
            }
        }
        return out;
    }

    private static int routeLength(DispatchPlan plan, String courier) {
        return plan.plan().routes().stream().filter(r -> r.courierId().equals(courier)).mapToInt(r -> r.stops().size())
                .sum();
    }

    /** {courier, position, cost} of the lowest change of a walked route's soft cost (feasible, lowest courier then position on ties). */
    private static long[] cheapestWalked(DispatchPlan plan, Pickup request) {
        List<Courier> couriers = plan.problem().couriers();
        long[] best = {-1, -1, Long.MAX_VALUE};
        for (long[] w : walkedPerCourier(plan, request)) {
            boolean better = w[2] < best[2] || w[2] == best[2] && best[0] >= 0
                    && couriers.get((int) w[0]).id().compareTo(couriers.get((int) best[0]).id()) < 0;
            if (better) {
                best = w;
            }
        }
        return best;
    }

    private static Insertion cheapestInsertion(DispatchPlan plan, Pickup request) {
        RoutingProblem open = plan.problem();
        assertTrue(open.isTimeDependent());
        List<Pickup> pickups = new ArrayList<>(open.pickups());
        pickups.add(request);
        RoutingProblem problem = new RoutingProblem(open.couriers(), pickups, open.hubPoint(), open.cutoffSecond(),
                open.travel(), open.tables());
        RouteKernel kernel = RouteKernel.of(problem, DispatcherOptions.deterministic(200, 1).routing());
        RouteSlack[] slacks = new RouteSlack[problem.couriers().size()];
        for (int c = 0; c < slacks.length; c++) {
            String id = problem.couriers().get(c).id();
            int[] sequence = plan.plan().routes().stream().filter(r -> r.courierId().equals(id)).findFirst()
                    .map(r -> r.stops().stream().map(Stop::pickupId).mapToInt(p -> indexOf(pickups, p)).toArray())
                    .orElse(new int[0]);
            slacks[c] = new RouteSlack();
            kernel.slack(c, sequence, sequence.length, slacks[c]);
        }
        return kernel.cheapestInsertion(pickups.size() - 1, slacks);
    }

    private static int indexOf(List<Pickup> pickups, String id) {
        for (int i = 0; i < pickups.size(); i++) {
            if (pickups.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    /** Requests, a courier joining, re-optimisation every 10 requests; every published plan checked again. */
    private static List<String> run(long seed) throws Exception {
        Dispatcher d = dispatcher(fleet(EIGHT), EIGHT, seed);
        List<String> texts = new ArrayList<>();
        List<DispatchPlan> plans = new ArrayList<>();
        d.addPlanListener(p -> {
            plans.add(p);
            texts.add(p.describe());
        });
        List<Pickup> requests = DispatchFixtures.requests(40, SIDE * SIDE, 9);
        for (int i = 0; i < requests.size(); i++) {
            if (i == 20) {
                d.submit(new CourierAdded(courier("k900", "van", 3, EIGHT), EIGHT)).get().forEach(x -> texts.add(x.toString()));
            }
            for (Decision x : d.submit(new PickupRequested(requests.get(i))).get()) {
                texts.add(x.toString());
            }
            if (i % 10 == 9) {
                d.reoptimise();
            }
        }
        DispatchPlan last = d.shutdown();
        plans.add(last);
        texts.add(last.describe());
        boolean reoptimised = false;
        for (DispatchPlan p : plans) {
            assertTrue(p.problem().isTimeDependent());
            PlanChecker.Result check = PlanChecker.check(p.problem(), DispatcherOptions.deterministic(200, seed).routing(),
                    p.plan());
            assertTrue(check.valid(), check.violations() + " " + check.inconsistencies());
            reoptimised |= p.origin() == DispatchPlan.Origin.REOPTIMISED;
        }
        assertTrue(reoptimised, "some re-optimised plan was published");
        assertTrue(last.problem().couriers().stream().anyMatch(c -> c.id().equals("k900") && "van".equals(c.profile())));
        return texts;
    }

    @Test
    void everyPublishedPlanIsValidOnTheTimeDependentProblemAndRunsRepeatByteForByte() throws Exception {
        List<String> first = run(3);
        assertEquals(first, run(3));
    }

    @Test
    void aCourierWithAProfileTheTablesLackIsRejected() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Fleet.timeDependent(tables(), 0, 20 * 3600,
                List.of(courier("x", "truck", 0, EIGHT))));
        Dispatcher d = dispatcher(fleet(EIGHT), EIGHT, 1);
        try {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> d.submit(new CourierAdded(courier("x", "truck", 0, EIGHT), EIGHT)).get());
            assertTrue(e.getCause().getMessage().contains("truck"), e.getCause().getMessage());
        } finally {
            d.shutdown();
        }
    }

    @Test
    void locationsExtendEveryProfilesTablesAndReuseFreedPoints() throws Exception {
        // Straight lines, planar metres: "fast" drives 30 km/h (100 m in 12 s), "slow" 15 km/h.
        TravelModel model = new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 30);
        TimeWindow day = new TimeWindow(0, 20 * 3600);
        List<CourierType> types = List.of(new CourierType("fast", 1, 30, 100, day, List.of(), 0, 0),
                new CourierType("slow", 1, 15, 100, day, List.of(), 0, 0));
        List<Location> locations = IntStream.range(0, 16).mapToObj(DispatcherLocationTest::grid).toList();
        List<String> ids = IntStream.range(0, 16).mapToObj(i -> "p" + i).toList();
        Fleet fleet = Fleet.timeDependent(model.tables(ids, locations, types, null), 0, 20 * 3600,
                List.of(courier("a", "slow", 0, EIGHT))).withModel(model, locations, types, null);
        assertThrows(IllegalArgumentException.class, () -> fleet.withModel(model, locations));
        Dispatcher d = dispatcher(fleet, EIGHT, 1);
        try {
            Decision x = d.submit(new PickupRequested(DispatchFixtures.pickup("x", 0, EIGHT), Location.planar(100, 0), 0))
                    .get().get(0);
            assertEquals(EIGHT + 24, DispatchFixtures.assigned(x).arrivalSecond(), "100 m at the slow profile's 15 km/h");
            d.submit(new PickupDone("a", "x", EIGHT + 300)).get();
            d.submit(new PickupRequested(DispatchFixtures.pickup("y", 0, EIGHT), Location.planar(200, 0), 0)).get();
            d.submit(new CourierMoved("a", 1, EIGHT + 400)).get();
            d.submit(new PickupRequested(DispatchFixtures.pickup("z", 0, EIGHT), Location.planar(300, 0), 0)).get();
            DispatchPlan plan = d.currentPlan();
            TravelTables tables = plan.problem().tables();
            assertEquals(18, tables.size(), "point 16 (x's address, freed) was reused for z");
            Pickup z = plan.problem().pickups().stream().filter(p -> p.id().equals("z")).findFirst().orElseThrow();
            assertEquals(16, z.point());
            assertEquals(36, tables.legSeconds(tables.profileIndex("fast"), 0, 16, EIGHT));
            assertEquals(72, tables.legSeconds(tables.profileIndex("slow"), 0, 16, EIGHT));
            assertEquals(100, tables.legMetres(tables.profileIndex("slow"), 17, 16));
            assertEquals(plan.problem().travel().pointIds(), tables.pointIds());
            assertTrue(plan.check().valid(), plan.check().violations().toString());
        } finally {
            d.shutdown();
        }
    }
}
