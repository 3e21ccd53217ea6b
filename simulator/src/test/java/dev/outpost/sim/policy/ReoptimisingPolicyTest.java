package dev.outpost.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import dev.outpost.sim.demand.Request;
import dev.outpost.sim.demand.ServiceTimes;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.engine.SimEvent;
import dev.outpost.sim.fleet.Day;
import dev.outpost.sim.fleet.DispatchPolicy;
import dev.outpost.sim.fleet.FleetOptions;
import dev.outpost.sim.testing.TinyScenarios;
import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.Courier;
import dev.outpost.sim.fleet.TimeOfDayLegTimes;
import dev.outpost.travel.ScenarioPoints;
import dev.outpost.travel.TravelModels;
import dev.outpost.travel.TravelTables;
import dev.outpost.travel.TravelTimes;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code reoptimise} policy: the courier that comes on duty gets queued work, the rounds' seeds
 * are the day's re-optimisation stream, the same day gives the same facts, and the day's one
 * dispatcher plans each courier on its own type's time-of-day legs over the scenario's points,
 * with no event refused and its final plan valid.
 */
class ReoptimisingPolicyTest {

    /**
     * One place (every drive 0 s); an early courier on duty from 0 s, a late one from 1800 s. Four
     * requests of 1200 s service arrive at 0-30 s: insertion queues them all on the early courier
     * (the late one is off duty) and never moves them; when the late courier comes on duty,
     * re-optimisation gives it the queued ones.
     */
    static Scenario lateCourier() {
        Location here = Location.planar(0, 0);
        Client client = new Client("c1", "Client", ClientKind.SERVICE_CENTRE, here, 1, TinyScenarios.flat(), 1200,
                new TimeWindow(0, 86_400), 3600, 1, List.of(), 1);
        return new Scenario("late", CoordinateSystem.PLANAR, List.of(client),
                List.of(new Site("s1", "Post", here, SiteStatus.FIXED_OPEN, 0, 2)),
                List.of(new CourierType("early", 1, 20, 1_000, new TimeWindow(0, 86_400), List.of(), 1, 1),
                        new CourierType("late", 1, 20, 1_000, new TimeWindow(1800, 86_400), List.of(), 1, 1)),
                new Hub("hub", here, 86_400), new Horizon(1, new TimeWindow(0, 86_400)), Budget.unlimited(),
                new TravelSpec.StraightLine(1.0));
    }

    /** Request id to {courier id, response seconds} under the policy. */
    static Map<Long, Object[]> run(DispatchPolicy policy) {
        return run(policy, new RandomStreams(1, 0));
    }

    static Map<Long, Object[]> run(DispatchPolicy policy, RandomStreams streams) {
        Scenario s = lateCourier();
        int hub = ScenarioPoints.of(s).hubIndex();
        Day day = new Day(s, TinyScenarios.zeroLegs(s), new FleetOptions(0, 0, ServiceTimes.FIXED, 1.0), policy,
                new StayRelocation(), streams, new int[] {hub, hub}, new String[] {"-"}, new int[] {hub});
        Map<Long, Object[]> started = new HashMap<>();
        day.listen(e -> {
            if (e instanceof SimEvent.PickupStarted p) {
                started.put(p.requestId(), new Object[] {p.courierId(), p.time() - 10 * p.requestId()});
            }
        });
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(new Request(i, 10L * i, 0, 1, 1, 1200));
        }
        day.run(requests);
        assertEquals(4, started.size(), "all served");
        return started;
    }

    static long totalResponse(Map<Long, Object[]> started) {
        return started.values().stream().mapToLong(v -> (Long) v[1]).sum();
    }

    static String describe(Map<Long, Object[]> started) {
        StringBuilder b = new StringBuilder();
        for (long id = 0; id < 4; id++) {
            b.append(id).append(started.get(id)[0]).append(started.get(id)[1]).append(';');
        }
        return b.toString();
    }

    /** The town, its points and a day of 16 requests run with {@code policy} (see {@link #theDaysDispatcherPlansEachCourierOnItsOwnTypesLegsAndRefusesNothing}). */
    record TownDay(Scenario town, ScenarioPoints points, Day day) {
    }

    static TownDay townDayWithASlowVan(DispatchPolicy policy) {
        Scenario town = TinyScenarios.town(1);
        ScenarioPoints points = ScenarioPoints.of(town);
        TravelTables free = TravelModels.tables(town, null, points.ids(), points.locations());
        TravelTimes van = free.freeFlow(1);
        int[] slow = van.secondsTable();
        for (int i = 0; i < slow.length; i++) {
            slow[i] = slow[i] < 0 ? slow[i] : slow[i] * 2;
        }
        int[] vanSlices = new int[48];
        Arrays.fill(vanSlices, 16, 20, 1);
        TravelTables tables = new TravelTables(free.profileIds(), 1800, List.of(List.of(free.freeFlow(0)),
                List.of(van, new TravelTimes(van.pointIds(), slow, van.metresTable()))), Arrays.asList(null, vanSlices), 0);
        int hub = points.hubIndex();
        String[] outposts = new String[town.clients().size()];
        Arrays.fill(outposts, "-");
        Day day = new Day(town, new TimeOfDayLegTimes(tables), new FleetOptions(0, 0, ServiceTimes.FIXED, 1.0), policy,
                new StayRelocation(), new RandomStreams(1, 0), new int[] {hub, hub, hub, hub}, outposts, new int[] {hub});
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            requests.add(new Request(i, 9 * 3600 + 240L * i, i % 5, 1, 1, 240));
        }
        day.run(requests);
        return new TownDay(town, points, day);
    }

    @Test
    void theCourierThatCameOnDutyGetsQueuedWork() {
        Map<Long, Object[]> insertion = run(new CheapestInsertionPolicy());
        ReoptimisingPolicy policy = new ReoptimisingPolicy();
        Map<Long, Object[]> planned = run(policy);
        assertTrue(planned.values().stream().anyMatch(v -> v[0].equals("late-1")), "the late courier got work");
        assertTrue(totalResponse(planned) < totalResponse(insertion),
                totalResponse(planned) + " vs " + totalResponse(insertion));
    }

    @Test
    void theRoundSeedsAreTheDaysReoptimisationStream() {
        ReoptimisingPolicy a = new ReoptimisingPolicy();
        run(a, new RandomStreams(1, 0));
        ReoptimisingPolicy b = new ReoptimisingPolicy();
        run(b, new RandomStreams(1, 1));
        java.util.SplittableRandom stream = new RandomStreams(1, 0).stream(dev.outpost.sim.engine.Stream.REOPTIMISATION, 0);
        assertTrue(!a.seedsUsed().isEmpty());
        for (long seed : a.seedsUsed()) {
            assertEquals(stream.nextLong(), seed);
        }
        assertEquals(a.rounds(), b.rounds(), "the same requests on both days");
        assertTrue(!a.seedsUsed().get(0).equals(b.seedsUsed().get(0)), "replications draw different seeds");
    }

    @Test
    void sameDaySameFactsAndBadOptionsNamed() {
        assertEquals(describe(run(new ReoptimisingPolicy())),
                describe(run(new ReoptimisingPolicy())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReoptimisingPolicy(10, 100));
        assertTrue(e.getMessage().contains("intervalSeconds (10)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ReoptimisingPolicy(900, 0));
    }

    @Test
    void theDaysDispatcherPlansEachCourierOnItsOwnTypesLegsAndRefusesNothing() {
        ReoptimisingPolicy policy = new ReoptimisingPolicy();
        TownDay run = townDayWithASlowVan(policy);
        Day day = run.day();
        assertTrue(policy.rounds() >= 1, "some round ran");
        Fleet planned = policy.lastFleet();
        TravelTables used = planned.tables();
        assertEquals(run.points().size(), used.size(), "the day's dispatcher plans on the scenario's points");
        for (Courier c : planned.couriers()) {
            int k = day.couriers().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().index();
            assertEquals(run.town().courierTypes().get(day.couriers().get(k).type()).id(), c.profile());
            int profile = used.profileIndex(c.profile());
            for (int a = 0; a < used.size(); a++) {
                for (int b = 0; b < used.size(); b++) {
                    for (int t = 7 * 3600; t < 11 * 3600; t += 601) {
                        assertEquals(day.legSeconds(k, a, b, t), used.legSeconds(profile, a, b, t));
                    }
                }
            }
        }
        assertTrue(policy.refusals().isEmpty(), () -> "no event refused: " + policy.refusals());
        assertTrue(policy.finalPlan().check().valid(), "the dispatcher's final plan is valid");
        assertTrue(planned.couriers().stream().anyMatch(c -> "van".equals(c.profile())), "the van took part");
    }
}
