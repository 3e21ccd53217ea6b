package dev.outpost.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.Fleet;
import dev.outpost.routing.Courier;
import dev.outpost.sim.engine.RandomStreams;
import dev.outpost.sim.fleet.Day;
import dev.outpost.travel.TravelTables;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@code dispatcher} policy on {@link ReoptimisingPolicyTest}'s days: the courier that comes on
 * duty gets queued work, the rounds' seeds are the day's re-optimisation stream, the same day gives
 * the same facts, and the day's one dispatcher plans each courier on its own type's time-of-day
 * legs over the scenario's points, with no event refused and its final plan valid.
 */
class DispatcherPolicyTest {

    @Test
    void theCourierThatCameOnDutyGetsQueuedWork() {
        Map<Long, Object[]> insertion = ReoptimisingPolicyTest.run(new CheapestInsertionPolicy());
        DispatcherPolicy policy = new DispatcherPolicy();
        Map<Long, Object[]> planned = ReoptimisingPolicyTest.run(policy);
        assertTrue(planned.values().stream().anyMatch(v -> v[0].equals("late-1")), "the late courier got work");
        assertTrue(ReoptimisingPolicyTest.totalResponse(planned) < ReoptimisingPolicyTest.totalResponse(insertion),
                ReoptimisingPolicyTest.totalResponse(planned) + " vs " + ReoptimisingPolicyTest.totalResponse(insertion));
    }

    @Test
    void theRoundSeedsAreTheDaysReoptimisationStream() {
        DispatcherPolicy a = new DispatcherPolicy();
        ReoptimisingPolicyTest.run(a, new RandomStreams(1, 0));
        DispatcherPolicy b = new DispatcherPolicy();
        ReoptimisingPolicyTest.run(b, new RandomStreams(1, 1));
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
        assertEquals(ReoptimisingPolicyTest.describe(ReoptimisingPolicyTest.run(new DispatcherPolicy())),
                ReoptimisingPolicyTest.describe(ReoptimisingPolicyTest.run(new DispatcherPolicy())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DispatcherPolicy(10, 100));
        assertTrue(e.getMessage().contains("intervalSeconds (10)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DispatcherPolicy(900, 0));
    }

    @Test
    void theDaysDispatcherPlansEachCourierOnItsOwnTypesLegsAndRefusesNothing() {
        DispatcherPolicy policy = new DispatcherPolicy();
        ReoptimisingPolicyTest.TownDay run = ReoptimisingPolicyTest.townDayWithASlowVan(policy);
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
