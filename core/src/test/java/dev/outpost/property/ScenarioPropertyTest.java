package dev.outpost.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.check.PlanChecker;
import dev.outpost.check.StationingChecker;
import dev.outpost.model.ScenarioException;
import dev.outpost.io.ScenarioValidator;
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
import dev.outpost.routing.Courier;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutePlan;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingProblem;
import dev.outpost.routing.RoutingSolver;
import dev.outpost.stationing.StationingObjective;
import dev.outpost.stationing.StationingOptions;
import dev.outpost.stationing.StationingPlan;
import dev.outpost.stationing.StationingProblem;
import dev.outpost.stationing.StationingSolver;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTimes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random small scenarios, with edge values mixed in (negative, zero, NaN, infinities, 2^31 - 1,
 * 1e300, just above and below the {@link dev.outpost.model.Limits}), either pass validation and
 * then solve, stationing and routing, with plans their checkers accept and agree with, or are
 * rejected by validation with a {@link ScenarioException}; never anything in between (no other
 * exception, no disagreement).
 *
 * <p>Tries: {@code jqwik.tries.default} in {@code junit-platform.properties} (a few, for the normal
 * suite); a long fuzz run sets it on the command line, e.g.
 * {@code nice mvn -o -pl core test -Dtest=ScenarioPropertyTest -Djqwik.tries.default=20000}.
 * jqwik prints the seed of every run; {@code -Djqwik.seeds.default=SEED} is not needed to
 * reproduce a failure, the failing sample's scenario seed is in the message.
 */
class ScenarioPropertyTest {

    private static final StationingSolver STATIONING = StationingSolver.create(
            StationingOptions.defaults().withSeed(1).withStepLimit(30));

    @Provide
    Arbitrary<Long> scenarioSeeds() {
        return Arbitraries.longs();
    }

    @Property
    void validatesAndSolvesOrIsRejected(@ForAll("scenarioSeeds") long seed, @ForAll StationingObjective objective) {
        Scenario scenario = RandomScenarios.scenario(seed);
        try {
            ScenarioValidator.requireValid(scenario);
        } catch (ScenarioException rejected) {
            assertFalse(rejected.problems().isEmpty(), "seed " + seed);
            Statistics.collect("rejected by validation");
            return;
        }
        Statistics.collect("validated and solved");
        String where = "scenario seed " + seed + ", " + objective;
        CourierType type = scenario.courierTypes().get(0);
        TravelTimes times = ScenarioPoints.of(scenario).table(TravelModels.forScenario(scenario, type));
        StationingProblem problem = StationingProblem.fromScenario(scenario, times, objective);
        StationingPlan plan = STATIONING.solve(problem);
        StationingChecker.StationingCheck check = StationingChecker.check(problem, plan);
        assertTrue(check.agreesWith(plan), where + ": solver " + plan.objectiveValue() + " " + plan.violations()
                + ", checker " + check.objectiveValue() + " " + check.violations());
        long fleet = scenario.courierTypes().stream().mapToLong(CourierType::count).sum();
        assertTrue(plan.courierCount() <= Math.max(fleet, fixedSites(scenario)), where + ": " + plan.courierCount()
                + " couriers for a fleet of " + fleet);
        if (scenario.budget().maxOutposts() != null) {
            assertTrue(plan.outposts().size() <= Math.max(scenario.budget().maxOutposts(), fixedSites(scenario)), where);
        }
        routeTinyDay(scenario, times, where);
    }

    private static long fixedSites(Scenario scenario) {
        return scenario.sites().stream().filter(s -> s.status() == SiteStatus.FIXED_OPEN).count();
    }

    /**
     * Routes each client's first pickup with one courier per courier type from the hub (today's
     * static RoutingSolver API) and re-checks the plan with the independent PlanChecker.
     */
    private static void routeTinyDay(Scenario scenario, TravelTimes times, String where) {
        ScenarioPoints points = ScenarioPoints.of(scenario);
        List<String> skillNames = new ArrayList<>();
        List<Courier> couriers = new ArrayList<>();
        for (CourierType type : scenario.courierTypes()) {
            if (type.count() > 0 && skillNames.size() < 60) {
                couriers.add(Courier.builder(type.id()).startPoint(points.hubIndex()).available(type.shift().startSeconds())
                        .shiftEnd(type.shift().endSeconds()).capacity(type.capacity()).skills(type.skills()).endAtHub(true)
                        .build());
                skillNames.addAll(type.skills());
            }
        }
        List<Pickup> pickups = new ArrayList<>();
        for (int c = 0; c < scenario.clients().size(); c++) {
            Client client = scenario.clients().get(c);
            pickups.add(Pickup.builder(client.id()).point(points.clientIndex(c))
                    .window(client.window().startSeconds(), client.window().endSeconds()).serviceSeconds(client.serviceSeconds())
                    .size(client.pickupSize()).priority(client.priority()).requiredSkills(client.requiredSkills())
                    .releaseSecond(client.window().startSeconds()).build());
        }
        RoutingProblem problem = new RoutingProblem(couriers, pickups, points.hubIndex(), scenario.hub().cutoffSeconds(),
                times);
        RoutingOptions options = RoutingOptions.defaults().withTimeLimit(null).withStepLimit(20).withSeed(3);
        RoutePlan plan = RoutingSolver.create(options).solve(problem);
        PlanChecker.Result check = PlanChecker.check(problem, options, plan);
        assertEquals(List.of(), check.inconsistencies(), where);
        assertEquals(check.hardScore(), plan.hardScore(), where + ": " + check.violations());
        assertEquals(check.mediumScore(), plan.mediumScore(), where);
    }

    /** Seeded random scenarios: mostly plausible values, each field now and then an edge value. */
    static final class RandomScenarios {

        private static final double[] EDGE_DOUBLES = {0.0, -1.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e300, Double.MAX_VALUE, Double.MIN_VALUE, 1e6, 1e6 + 1, 999_999.9};
        private static final int[] EDGE_INTS = {0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, 86_400, 86_401,
            100_000, 100_001, 1_000_000, 1_000_001};
        private static final long[] EDGE_LONGS = {0, -1, Long.MAX_VALUE, Long.MIN_VALUE, 1_000_000_000_000_000L,
            1_000_000_000_000_001L};

        private RandomScenarios() {
        }

        static Scenario scenario(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            // Half the scenarios are plausible throughout; in the others each field is an edge value
            // one time in 25 (so that both outcomes, solved and rejected, are common).
            int oneIn = r.nextBoolean() ? 0 : 25;
            TimeWindow day = new TimeWindow(7 * 3600, 19 * 3600);
            int typeCount = 1 + r.nextInt(2);
            List<CourierType> types = new ArrayList<>();
            for (int i = 0; i < typeCount; i++) {
                types.add(new CourierType("t" + i, edgeInt(r, oneIn, 1 + r.nextInt(4)), edgeDouble(r, oneIn, 15 + r.nextInt(40)),
                        edgeInt(r, oneIn, 1 + r.nextInt(20)), new TimeWindow(7 * 3600, 19 * 3600),
                        r.nextInt(4) == 0 ? List.of("keys") : List.of(), edgeDouble(r, oneIn, 20), edgeDouble(r, oneIn, 0.5)));
            }
            int siteCount = 1 + r.nextInt(4);
            List<Site> sites = new ArrayList<>();
            for (int s = 0; s < siteCount; s++) {
                SiteStatus status = SiteStatus.values()[r.nextInt(SiteStatus.values().length)];
                sites.add(new Site("s" + s, "s" + s, location(r, oneIn), status, edgeLong(r, oneIn, r.nextInt(100)),
                        edgeInt(r, oneIn, 1 + r.nextInt(4))));
            }
            int clientCount = 1 + r.nextInt(6);
            List<Client> clients = new ArrayList<>();
            for (int c = 0; c < clientCount; c++) {
                List<Double> profile = new ArrayList<>();
                for (int h = 0; h < 24; h++) {
                    profile.add(h >= 8 && h < 18 ? edgeDouble(r, oneIn, 1 + r.nextInt(3)) : 0.0);
                }
                int start = 8 * 3600 + r.nextInt(4) * 3600;
                clients.add(new Client(oneIn > 0 && r.nextInt(oneIn) == 0 ? "s0" : "c" + c, "c" + c, ClientKind.values()[r.nextInt(2)],
                        location(r, oneIn), edgeDouble(r, oneIn, r.nextInt(30) / 2.0), profile, edgeInt(r, oneIn, 60 + r.nextInt(600)),
                        new TimeWindow(start, start + 3600 + r.nextInt(4) * 3600), edgeInt(r, oneIn, 900 + r.nextInt(3600)),
                        edgeInt(r, oneIn, 1 + r.nextInt(3)), r.nextInt(5) == 0 ? List.of("keys") : List.of(),
                        edgeInt(r, oneIn, 1 + r.nextInt(3))));
            }
            Budget budget = new Budget(r.nextBoolean() ? null : edgeInt(r, oneIn, 1 + r.nextInt(3)),
                    r.nextBoolean() ? null : edgeInt(r, oneIn, 1 + r.nextInt(5)),
                    r.nextBoolean() ? null : edgeLong(r, oneIn, 50 + r.nextInt(200)));
            double detour = oneIn > 0 && r.nextInt(oneIn) == 0 ? EDGE_DOUBLES[r.nextInt(EDGE_DOUBLES.length)] : 1.0 + r.nextInt(5) / 10.0;
            return new Scenario("random " + seed, CoordinateSystem.GEOGRAPHIC, clients, sites, types,
                    new Hub("hub", location(r, oneIn), 18 * 3600), new Horizon(1, day), budget,
                    new TravelSpec.StraightLine(detour));
        }

        private static Location location(SplittableRandom r, int oneIn) {
            if (oneIn > 0 && r.nextInt(oneIn) == 0) {
                return Location.ofLatLon(EDGE_DOUBLES[r.nextInt(EDGE_DOUBLES.length)], 14.4);
            }
            return Location.ofLatLon(50.0 + r.nextDouble() * 0.1, 14.4 + r.nextDouble() * 0.1);
        }

        private static int edgeInt(SplittableRandom r, int oneIn, int plausible) {
            return oneIn > 0 && r.nextInt(oneIn) == 0 ? EDGE_INTS[r.nextInt(EDGE_INTS.length)] : plausible;
        }

        private static long edgeLong(SplittableRandom r, int oneIn, long plausible) {
            return oneIn > 0 && r.nextInt(oneIn) == 0 ? EDGE_LONGS[r.nextInt(EDGE_LONGS.length)] : plausible;
        }

        private static double edgeDouble(SplittableRandom r, int oneIn, double plausible) {
            return oneIn > 0 && r.nextInt(oneIn) == 0 ? EDGE_DOUBLES[r.nextInt(EDGE_DOUBLES.length)] : plausible;
        }
    }
}
