package dev.outpost.stationing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.StationingChecker;
import dev.outpost.check.Violation;
import dev.outpost.model.Budget;
import dev.outpost.model.Client;
import dev.outpost.model.ClientKind;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.CourierType;
import dev.outpost.model.Horizon;
import dev.outpost.model.Hub;
import dev.outpost.model.Location;
import dev.outpost.model.Scenario;
import dev.outpost.model.Site;
import dev.outpost.model.SiteStatus;
import dev.outpost.model.TimeWindow;
import dev.outpost.model.TravelSpec;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The user's limits are walls: no plan crosses one, and what falls short is reported in its own unit. */
class StationingWallsTest {

    private static StationingOptions steps(long seed, long steps) {
        return StationingOptions.defaults().withSeed(seed).withStepLimit(steps);
    }

    /** Random instances with tight limits: outposts, couriers and opening cost never exceed what the fixed sites force. */
    @ParameterizedTest
    @EnumSource(StationingObjective.class)
    void randomInstancesNeverCrossALimit(StationingObjective objective) {
        for (long seed = 1; seed <= 8; seed++) {
            SplittableRandom r = new SplittableRandom(seed * 7 + objective.ordinal());
            int sites = 6 + r.nextInt(6);
            int clients = 8 + r.nextInt(20);
            StationingProblem base = RandomStationing.problem(seed * 13 + objective.ordinal(), objective, sites, clients);
            StationingProblem problem = withBudget(base, 1 + r.nextInt(3), 1 + r.nextInt(5),
                    r.nextBoolean() ? null : (long) (20 + r.nextInt(150)));
            StationingPlan plan = StationingSolver.create(steps(seed, 100)).solve(problem);
            assertWithinWalls(problem, plan, objective + " seed " + seed);
            StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
            assertTrue(check.agreesWith(plan), objective + " seed " + seed + ": " + plan.violations() + " vs "
                    + check.violations());
        }
    }

    static void assertWithinWalls(StationingProblem problem, StationingPlan plan, String where) {
        int fixed = 0;
        long fixedCost = 0;
        for (int s = 0; s < problem.siteCount(); s++) {
            if (problem.siteStatus(s) == SiteStatus.FIXED_OPEN) {
                fixed++;
                fixedCost += problem.openingCost(s);
            }
        }
        long cost = plan.outposts().stream().mapToLong(o -> problem.openingCost(o.siteIndex())).sum();
        assertTrue(plan.outposts().size() <= Math.max(problem.maxOutposts(), fixed), where + ": "
                + plan.outposts().size() + " outposts, limit " + problem.maxOutposts());
        assertTrue(plan.courierCount() <= Math.max(problem.maxCouriers(), fixed), where + ": "
                + plan.courierCount() + " couriers, limit " + problem.maxCouriers());
        assertTrue(cost <= Math.max(problem.maxOpeningCost(), fixedCost), where + ": cost " + cost + ", budget "
                + problem.maxOpeningCost());
        for (StationingPlan.Outpost o : plan.outposts()) {
            assertTrue(o.couriers() <= problem.siteMaxCouriers(o.siteIndex()), where + ": site " + o.siteId());
        }
    }

    /** A copy of {@code p} with another budget (same clients, sites, travel). */
    static StationingProblem withBudget(StationingProblem p, Integer maxOutposts, Integer maxCouriers, Long maxCost) {
        StationingProblem.Builder b = StationingProblem.builder(p.objective()).setCoveringCost(p.setCoveringCost());
        for (int c = 0; c < p.clientCount(); c++) {
            b.addClient(p.clientId(c), p.demandWeight(c), p.milliRequestsPerHour(c), p.responseTargetSeconds(c),
                    p.serviceSeconds(c));
        }
        for (int s = 0; s < p.siteCount(); s++) {
            b.addSite(p.siteId(s), p.siteStatus(s), p.openingCost(s), Math.max(1, p.siteMaxCouriers(s)));
        }
        return b.travelSeconds(p.travelTable()).budget(maxOutposts, maxCouriers, maxCost).build();
    }

    /**
     * Expected response, heavy load in six far-apart clusters, at most 2 outposts: the old summed
     * hard score opened a third outpost to cut the courier shortfall; now the limit holds and the
     * shortfall is reported in couriers.
     */
    @Test
    void expectedResponseKeepsTheOutpostLimitAndReportsTheShortfallInCouriers() {
        StationingProblem.Builder b = StationingProblem.builder(StationingObjective.EXPECTED_RESPONSE);
        int clusters = 6;
        for (int c = 0; c < clusters * 2; c++) {
            b.addClient("c" + c, 1, 20_000, 3600, 600);
        }
        int[] travel = new int[clusters * clusters * 2];
        for (int s = 0; s < clusters; s++) {
            b.addSite("s" + s, SiteStatus.CANDIDATE, 0, 10);
            for (int c = 0; c < clusters * 2; c++) {
                travel[s * clusters * 2 + c] = c / 2 == s ? 120 : 3000;
            }
        }
        StationingProblem problem = b.travelSeconds(travel).budget(2, 6, null).build();
        StationingPlan plan = StationingSolver.create(steps(1, 300)).solve(problem);
        assertTrue(plan.outposts().size() <= 2, plan.outposts().toString());
        assertTrue(plan.courierCount() <= 6);
        assertFalse(plan.feasible());
        assertTrue(plan.violations().stream().allMatch(v -> v.kind() == StationingViolation.Kind.COURIER_SHORTFALL
                || v.kind() == StationingViolation.Kind.CLIENTS_UNSERVED), plan.violations().toString());
        StationingViolation shortfall = plan.violations().stream()
                .filter(v -> v.kind() == StationingViolation.Kind.COURIER_SHORTFALL).findFirst().orElseThrow();
        assertEquals("couriers", shortfall.kind().unit());
        assertTrue(shortfall.describe().endsWith("couriers short at overloaded outposts"), shortfall.describe());
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        assertTrue(check.agreesWith(plan));
        assertTrue(check.amount(Violation.Kind.OUTPOST_OVERLOADED) >= 1, check.violations().toString());
    }

    private static Client client(String id, double perDay) {
        List<Double> profile = new ArrayList<>(Collections.nCopies(24, 1.0));
        return new Client(id, id, ClientKind.SERVICE_CENTRE, Location.planar(0, 0), perDay, profile, 300,
                new TimeWindow(8 * 3600, 17 * 3600), 1800, 1, List.of(), 1);
    }

    /** One van in the fleet and no budget: the plan stations one courier, not four. */
    @Test
    void theScenarioFleetIsAWall() {
        List<Client> clients = List.of(client("c1", 400), client("c2", 400), client("c3", 400), client("c4", 400));
        List<Site> sites = List.of(new Site("s1", "s1", Location.planar(0, 0), SiteStatus.CANDIDATE, 0, 4),
                new Site("s2", "s2", Location.planar(1, 1), SiteStatus.CANDIDATE, 0, 4));
        CourierType van = new CourierType("van", 1, 30, 100, new TimeWindow(8 * 3600, 17 * 3600), List.of(), 20, 0.5);
        Scenario scenario = new Scenario("fleet", CoordinateSystem.PLANAR, clients, sites, List.of(van),
                new Hub("h", Location.planar(0, 0), 18 * 3600), new Horizon(1, new TimeWindow(8 * 3600, 17 * 3600)),
                Budget.unlimited(), new TravelSpec.StraightLine(1.3));
        List<String> ids = List.of("s1", "s2", "c1", "c2", "c3", "c4");
        int[] sec = new int[36];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                sec[i * 6 + j] = i == j ? 0 : 300;
            }
        }
        TravelTimes times = new TravelTimes(ids, sec, sec.clone());
        for (StationingObjective objective : StationingObjective.values()) {
            StationingProblem problem = StationingProblem.fromScenario(scenario, times, objective);
            assertEquals(1, problem.maxCouriers());
            StationingPlan plan = StationingSolver.create(steps(1, 100)).solve(problem);
            assertEquals(1, plan.courierCount(), objective.toString());
            assertTrue(StationingChecker.check(problem, plan).agreesWith(plan));
        }
    }

    /** The expected wait is computed for every objective: an overloaded outpost says -1 (unstable). */
    @ParameterizedTest
    @EnumSource(StationingObjective.class)
    void expectedWaitIsComputedForEveryObjective(StationingObjective objective) {
        StationingProblem overloaded = StationingProblem.builder(objective)
                .addClient("busy", 1, 30_000, 3600, 600).addSite("s", SiteStatus.CANDIDATE, 0, 1)
                .travelSeconds(new int[] {300}).build();
        StationingPlan plan = StationingSolver.create(steps(1, 20)).solve(overloaded);
        assertEquals(1, plan.outposts().size());
        assertEquals(-1, plan.outposts().get(0).expectedWaitSeconds());
        assertEquals(-1, plan.clients().get(0).expectedResponseSeconds());
        StationingProblem light = StationingProblem.builder(objective)
                .addClient("a", 1, 1_000, 3600, 600).addClient("b", 1, 1_000, 3600, 600)
                .addSite("s", SiteStatus.CANDIDATE, 0, 1).travelSeconds(new int[] {300, 300}).build();
        StationingPlan lightPlan = StationingSolver.create(steps(1, 20)).solve(light);
        int wait = lightPlan.outposts().get(0).expectedWaitSeconds();
        // M/M/1, a = 2/h * 1200 s = 2/3 Erlang, S = 1200 s: Wq = a / (1 - a) * S = 2400 s.
        assertEquals(2400, wait);
        assertEquals(300 + 2400, lightPlan.clients().get(0).expectedResponseSeconds());
    }

    @Test
    void duplicateIdsAreRejectedByName() {
        IllegalArgumentException client = assertThrows(IllegalArgumentException.class,
                () -> StationingProblem.builder(StationingObjective.P_MEDIAN).addClient("x", 1, 1, 1, 1)
                        .addClient("x", 1, 1, 1, 1).addSite("s", SiteStatus.CANDIDATE, 0, 1)
                        .travelSeconds(new int[] {1, 1}).build());
        assertTrue(client.getMessage().contains("client id (x)"), client.getMessage());
        IllegalArgumentException site = assertThrows(IllegalArgumentException.class,
                () -> StationingProblem.builder(StationingObjective.P_MEDIAN).addClient("x", 1, 1, 1, 1)
                        .addSite("s", SiteStatus.CANDIDATE, 0, 1).addSite("s", SiteStatus.CANDIDATE, 0, 1)
                        .travelSeconds(new int[] {1, 1}).build());
        assertTrue(site.getMessage().contains("site id (s)"), site.getMessage());
    }

    @Test
    void objectiveValuesCarryTheirUnit() {
        StationingProblem p = StationingProblem.builder(StationingObjective.P_MEDIAN)
                .addClient("a", 2, 1000, 600, 60).addClient("b", 2, 1000, 600, 60)
                .addSite("s", SiteStatus.CANDIDATE, 5, 1).travelSeconds(new int[] {600, 1200}).build();
        assertEquals("3600 weight x s (demand-weighted mean travel 15.0 min)", p.formatObjective(3600));
        assertEquals("2 outposts", p.withObjective(StationingObjective.SET_COVERING, SetCoveringCost.OUTPOST_COUNT)
                .formatObjective(2));
        assertEquals("currency units", p.withObjective(StationingObjective.SET_COVERING, SetCoveringCost.OPENING_COST)
                .objectiveUnit());
        assertEquals("1200 s (worst travel 20.0 min)",
                p.withObjective(StationingObjective.P_CENTER, SetCoveringCost.OUTPOST_COUNT).formatObjective(1200));
        assertEquals("3 clients uncovered", new StationingViolation(StationingViolation.Kind.CLIENTS_UNCOVERED, 3)
                .describe());
    }

    @Test
    void optionsWithoutAnyLimitAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StationingSolver.create(StationingOptions.defaults().withStepLimit(0)));
        assertTrue(e.getMessage().contains("no limit"), e.getMessage());
    }

    @Test
    void oneInstanceSolvesFromSeveralThreadsAlike() throws Exception {
        StationingSolver solver = StationingSolver.create(steps(3, 100));
        StationingProblem problem = RandomStationing.problem(4, StationingObjective.EXPECTED_RESPONSE, 8, 20);
        StationingPlan expected = solver.solve(problem);
        List<Thread> threads = new ArrayList<>();
        List<StationingPlan> plans = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 3; t++) {
            Thread thread = new Thread(() -> plans.add(solver.solve(problem)));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(3, plans.size());
        for (StationingPlan plan : plans) {
            assertEquals(expected, plan);
        }
    }

    @Test
    void timeLimitIncludesConstruction() {
        StationingProblem problem = RandomStationing.problem(8, StationingObjective.EXPECTED_RESPONSE, 60, 400);
        StationingSolver solver = StationingSolver.create(StationingOptions.defaults().withStepLimit(0)
                .withTimeLimit(java.time.Duration.ofMillis(500)));
        solver.solve(problem);
        long start = System.nanoTime();
        solver.solve(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 1.5, seconds + " s for a 0.5 s limit");
    }
}
