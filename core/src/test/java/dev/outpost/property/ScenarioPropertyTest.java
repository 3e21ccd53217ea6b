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
import dev.outpost.model.CourierBreak;
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
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Random small scenarios (a third of the courier types with a lunch break), with edge values mixed in (negative, zero, NaN, infinities, 2^31 - 1,
 * 1e300, just above and below the {@link dev.outpost.model.Limits}), either pass validation and
 * then solve, stationing and routing, with plans their checkers accept and agree with, or are
 * rejected by validation with a {@link ScenarioException}; never anything in between (no other
 * exception, no disagreement).
 *
 * <p>A seeded generator loop in plain JUnit 5 (no property-testing engine): try {@code i} draws a
 * scenario seed and an objective from one {@link SplittableRandom} seeded with
 * {@code outpost.property.seed} (default {@value #DEFAULT_SEED}), so every run tries the same
 * samples. Tries: {@code outpost.property.tries}, {@value #DEFAULT_TRIES} in the normal suite; the
 * long fuzz run sets it on the command line, e.g.
 * {@code nice ./mvnw -o -pl core test -Dtest=ScenarioPropertyTest -Doutpost.property.tries=25000}.
 * A failing sample is shrunk (see {@link Shrinker}: fewer clients, sites and courier types, plain
 * budget and travel, while it still fails) and reported with its scenario seed, its objective and
 * the smallest failing scenario, so {@code RandomScenarios.scenario(seed)} reproduces it alone.
 */
class ScenarioPropertyTest {

    /** Generator seed when {@code outpost.property.seed} is not set. */
    static final long DEFAULT_SEED = 20_240_521L;
    /** Tries when {@code outpost.property.tries} is not set (the normal suite). */
    static final int DEFAULT_TRIES = 40;

    private static final StationingSolver STATIONING = StationingSolver.create(
            StationingOptions.defaults().withSeed(1).withStepLimit(30));

    /** What one try did. */
    enum Outcome { REJECTED, SOLVED }

    @Test
    void validatesAndSolvesOrIsRejected() {
        int tries = Integer.getInteger("outpost.property.tries", DEFAULT_TRIES);
        long generatorSeed = Long.getLong("outpost.property.seed", DEFAULT_SEED);
        SplittableRandom generator = new SplittableRandom(generatorSeed);
        StationingObjective[] objectives = StationingObjective.values();
        int rejected = 0;
        int solved = 0;
        for (int i = 0; i < tries; i++) {
            long seed = generator.nextLong();
            StationingObjective objective = objectives[generator.nextInt(objectives.length)];
            Scenario scenario = RandomScenarios.scenario(seed);
            String where = "try " + i + " of " + tries + " (outpost.property.seed=" + generatorSeed + "), scenario seed "
                    + seed + ", " + objective;
            Outcome outcome;
            try {
                outcome = outcome(scenario, objective, where);
            } catch (AssertionError | RuntimeException failure) {
                Scenario smallest = Shrinker.shrink(scenario, s -> failureOf(s, objective, where).isPresent());
                throw new AssertionError(where + " fails: " + failure + "\nshrunk to " + Shrinker.describe(smallest) + ": "
                        + failureOf(smallest, objective, where).map(Throwable::toString).orElse("?"), failure);
            }
            if (outcome == Outcome.REJECTED) {
                rejected++;
            } else {
                solved++;
            }
        }
        if (tries >= DEFAULT_TRIES) {
            // The generator must keep producing both kinds, or the property tests only one side.
            assertTrue(rejected > 0 && solved > 0, rejected + " rejected, " + solved + " solved of " + tries);
        }
    }

    /** The property's failure on one sample, if it fails. */
    static Optional<Throwable> failureOf(Scenario scenario, StationingObjective objective, String where) {
        try {
            outcome(scenario, objective, where);
            return Optional.empty();
        } catch (AssertionError | RuntimeException failure) { // every exception and assertion error fails it
            return Optional.of(failure);
        }
    }

    /** Runs the property on one sample; throws when it does not hold. */
    static Outcome outcome(Scenario scenario, StationingObjective objective, String where) {
        try {
            ScenarioValidator.requireValid(scenario);
        } catch (ScenarioException rejected) {
            assertFalse(rejected.problems().isEmpty(), where);
            return Outcome.REJECTED;
        }
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
        return Outcome.SOLVED;
    }

    /**
     * A greedy shrinker: repeatedly takes the first simpler scenario (one client, site or courier
     * type fewer; no budget limits; plain straight-line travel) that still fails, until none does.
     * Each step makes the scenario strictly smaller, so it ends.
     */
    static final class Shrinker {

        private Shrinker() {
        }

        static Scenario shrink(Scenario failing, Predicate<Scenario> stillFails) {
            Scenario current = failing;
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Scenario candidate : simpler(current)) {
                    if (stillFails.test(candidate)) {
                        current = candidate;
                        progress = true;
                        break;
                    }
                }
            }
            return current;
        }

        /** The one-step simplifications of a scenario, smallest change first. */
        static List<Scenario> simpler(Scenario s) {
            List<Scenario> out = new ArrayList<>();
            for (int i = 0; s.clients().size() > 1 && i < s.clients().size(); i++) {
                out.add(with(s, without(s.clients(), i), s.sites(), s.courierTypes(), s.budget(), s.travel()));
            }
            for (int i = 0; s.sites().size() > 1 && i < s.sites().size(); i++) {
                out.add(with(s, s.clients(), without(s.sites(), i), s.courierTypes(), s.budget(), s.travel()));
            }
            for (int i = 0; s.courierTypes().size() > 1 && i < s.courierTypes().size(); i++) {
                out.add(with(s, s.clients(), s.sites(), without(s.courierTypes(), i), s.budget(), s.travel()));
            }
            Budget open = new Budget(null, null, null);
            if (!s.budget().equals(open)) {
                out.add(with(s, s.clients(), s.sites(), s.courierTypes(), open, s.travel()));
            }
            TravelSpec plain = new TravelSpec.StraightLine(1.0);
            if (!plain.equals(s.travel())) {
                out.add(with(s, s.clients(), s.sites(), s.courierTypes(), s.budget(), plain));
            }
            return out;
        }

        static String describe(Scenario s) {
            return s.clients().size() + " clients " + s.clients() + ", sites " + s.sites() + ", courier types "
                    + s.courierTypes() + ", hub " + s.hub() + ", budget " + s.budget() + ", travel " + s.travel();
        }

        private static <T> List<T> without(List<T> list, int index) {
            List<T> copy = new ArrayList<>(list);
            copy.remove(index);
            return copy;
        }

        private static Scenario with(Scenario s, List<Client> clients, List<Site> sites, List<CourierType> types, Budget budget,
                TravelSpec travel) {
            return new Scenario(s.name(), s.coordinates(), clients, sites, types, s.hub(), s.horizon(), budget, travel);
        }
    }

    @Test
    void shrinkerReducesAFailingScenarioToItsCore() {
        // A stand-in property that fails while a client with id "c1" is present and there are 2+ sites.
        Scenario big = null;
        for (long seed = 0; big == null; seed++) {
            Scenario s = RandomScenarios.scenario(seed);
            if (s.clients().size() >= 4 && s.sites().size() >= 3 && s.courierTypes().size() == 2
                    && s.clients().stream().anyMatch(c -> c.id().equals("c1"))) {
                big = s;
            }
        }
        Scenario smallest = Shrinker.shrink(big, s -> s.sites().size() >= 2
                && s.clients().stream().anyMatch(c -> c.id().equals("c1")));
        assertEquals(List.of("c1"), smallest.clients().stream().map(Client::id).toList());
        assertEquals(2, smallest.sites().size());
        assertEquals(1, smallest.courierTypes().size());
        assertEquals(new Budget(null, null, null), smallest.budget());
        assertEquals(new TravelSpec.StraightLine(1.0), smallest.travel());
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
                        .breaks(type.breaks()).build());
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
                        r.nextInt(4) == 0 ? List.of("keys") : List.of(), edgeDouble(r, oneIn, 20), edgeDouble(r, oneIn, 0.5),
                        null, r.nextInt(3) == 0 ? List.of(new CourierBreak(10 * 3600 + r.nextInt(4) * 1800, 14 * 3600,
                                1800 + r.nextInt(3) * 900)) : List.of()));
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
