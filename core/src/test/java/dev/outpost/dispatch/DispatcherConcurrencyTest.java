package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DispatcherConcurrencyTest {

    private static final int THREADS = 8;
    private static final int EVENTS_PER_THREAD = 1250;

    @Test
    void eightProducersTenThousandEventsNoneLostEveryPlanValidNoThreadLeft() throws Exception {
        // Warm the routing solver's shared deadline timer so that it is not counted as a leak.
        Fleet fleet = DispatchFixtures.fleet(20, 50);
        // (A deadline far enough away that the search runs even while classes load: that starts the timer.)
        RoutingSolver.create(RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(30)).withStepLimit(50))
                .solve(new dev.outpost.routing.RoutingProblem(fleet.couriers(), List.of(DispatchFixtures.pickup("w", 3, 8 * 3600)),
                        0, 18 * 3600, fleet.travel()));
        int threadsBefore = Thread.activeCount();
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty());

        DispatcherOptions options = DispatcherOptions.live().withQueueCapacity(256).withStartSecond(8 * 3600)
                .withRouting(RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(2)).withUnimprovedStepLimit(2000));
        Dispatcher dispatcher = Dispatcher.create(fleet, options);
        List<DispatchPlan> published = new CopyOnWriteArrayList<>();
        CountDownLatch firstPlan = new CountDownLatch(1);
        dispatcher.addPlanListener(plan -> {
            published.add(plan);
            firstPlan.countDown();
        });
        Map<String, CompletableFuture<List<Decision>>> replies = new ConcurrentHashMap<>();
        // What each event is about: the requested pickup, or the one it cancels.
        Map<String, String> subjects = new ConcurrentHashMap<>();
        Set<String> cancelled = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> producers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            producers.add(new Thread(() -> {
                SplittableRandom random = new SplittableRandom(thread);
                List<String> mine = new ArrayList<>();
                try {
                    for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                        String key = "t" + thread + "e" + i;
                        if (i % 5 == 2 || i % 5 == 4) {
                            String victim = mine.remove(random.nextInt(mine.size()));
                            cancelled.add(victim);
                            subjects.put(key, victim);
                            replies.put(key, dispatcher.submit(new PickupCancelled(victim, 8 * 3600)));
                        } else {
                            int release = 8 * 3600 + random.nextInt(4 * 3600);
                            Pickup p = Pickup.builder(key).point(1 + random.nextInt(399))
                                    .window(release, release + 3600 + random.nextInt(3 * 3600)).serviceSeconds(60)
                                    .size(1 + random.nextInt(2)).priority(1 + random.nextInt(3)).releaseSecond(release).build();
                            mine.add(key);
                            subjects.put(key, key);
                            replies.put(key, dispatcher.submit(new PickupRequested(p)));
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "producer-" + t));
        }
        producers.forEach(Thread::start);
        for (Thread p : producers) {
            p.join();
        }
        assertTrue(failures.isEmpty(), failures.toString());
        // None lost: every event gets its own answer, about its own pickup (a cancel: the pickup it cancels).
        Map<String, Integer> outcomes = new HashMap<>();
        for (Map.Entry<String, CompletableFuture<List<Decision>>> e : replies.entrySet()) {
            List<Decision> decisions;
            try {
                decisions = e.getValue().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException ex) {
                throw new AssertionError(e.getKey() + " rejected: " + ex.getCause().getMessage());
            }
            assertFalse(decisions.isEmpty(), e.getKey());
            Decision first = decisions.get(0);
            assertEquals(subjects.get(e.getKey()), DispatchFixtures.pickupId(first), e.getKey() + " answered " + first);
            boolean isCancel = !subjects.get(e.getKey()).equals(e.getKey());
            // A cancellation of a request that expired meanwhile is refused (not open).
            assertEquals(isCancel, first.outcome().equals("cancelled") || first.outcome().equals("refused"),
                    e.getKey() + " answered " + first);
            outcomes.merge(first.outcome(), 1, Integer::sum);
            if (first instanceof Decision.Refused r) {
                assertEquals(Decision.RefusalReason.NOT_OPEN, r.reason(), r.toString());
            }
        }
        // A request is answered assigned or unserved at once (never served: no courier reported it done); two
        // in five events cancel; twenty couriers take some of the requests.
        // The clock is the latest release seen, so a request whose window has ended by then is answered expired,
        // and the cancellation of a request expired meanwhile is refused.
        assertTrue(Set.of("assigned", "unserved", "cancelled", "expired", "refused").containsAll(outcomes.keySet()),
                outcomes.toString());
        assertEquals(THREADS * EVENTS_PER_THREAD / 5 * 2, outcomes.get("cancelled") + outcomes.getOrDefault("refused", 0),
                outcomes.toString());
        assertTrue(outcomes.getOrDefault("assigned", 0) > 0, outcomes.toString());
        // The writer is idle once every event is answered, so the worker gets to re-optimise. Its rounds
        // last T/4 .. 8T of the time limit (2 s here: 31.5 s of rounds before it rests), wall time, so on a
        // loaded machine the short first rounds may make no step; the wait ends at the first plan.
        // A series of rounds may all be refused (PlanMerge.accept: e.g. a candidate no better than the plan),
        // after which the worker rests until the next event: one more request starts a new series.
        if (!firstPlan.await(60, TimeUnit.SECONDS)) {
            Pickup nudge = Pickup.builder("nudge").point(1).window(12 * 3600, 16 * 3600).serviceSeconds(60).size(1)
                    .priority(1).releaseSecond(12 * 3600).build();
            assertEquals("nudge", DispatchFixtures.pickupId(
                    dispatcher.submit(new PickupRequested(nudge)).get(60, TimeUnit.SECONDS).get(0)));
        }
        if (!firstPlan.await(60, TimeUnit.SECONDS)) {
            dispatcher.shutdown();
            throw new AssertionError("no re-optimised plan published within 120 s and two series of rounds");
        }
        DispatchPlan last = dispatcher.shutdown();
        // Every published plan valid per the checker, versions increasing.
        assertFalse(published.isEmpty(), "no re-optimised plan published");
        long previous = -1;
        for (DispatchPlan p : published) {
            assertTrue(p.check().valid(), p.check().violations() + " " + p.check().inconsistencies());
            assertTrue(p.version() > previous);
            previous = p.version();
        }
        assertTrue(last.check().valid(), last.check().violations().toString());
        // Every request ends cancelled, assigned (in a route) or unserved with a reason.
        Set<String> routed = ConcurrentHashMap.newKeySet();
        for (CourierRoutePlan r : last.plan().routes()) {
            r.stops().forEach(s -> routed.add(s.pickupId()));
        }
        Map<String, String> unserved = new HashMap<>();
        last.plan().unassigned().forEach(u -> unserved.put(u.pickupId(), String.valueOf(u.reason())));
        // Cancelled (the cancellation answered so), or expired by the clock (any event's consequence): closed.
        Set<String> closed = new HashSet<>();
        for (CompletableFuture<List<Decision>> reply : replies.values()) {
            for (Decision x : reply.get()) {
                if (x instanceof Decision.Cancelled c) {
                    assertTrue(closed.add(c.pickupId()), c.toString());
                } else if (x instanceof Decision.Expired ex) {
                    assertTrue(closed.add(ex.pickupId()), "answered twice: " + ex);
                }
            }
        }
        int requests = 0;
        for (String key : replies.keySet()) {
            if (!subjects.get(key).equals(key)) {
                continue;
            }
            requests++;
            int ends = (closed.contains(key) ? 1 : 0) + (routed.contains(key) ? 1 : 0) + (unserved.containsKey(key) ? 1 : 0);
            assertEquals(1, ends, key + " ends in " + ends + " states");
        }
        assertEquals(THREADS * EVENTS_PER_THREAD / 5 * 3, requests);
        // No thread left behind.
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
        int after = Thread.activeCount();
        assertEquals(threadsBefore, after, Thread.getAllStackTraces().keySet().toString());
    }
}
