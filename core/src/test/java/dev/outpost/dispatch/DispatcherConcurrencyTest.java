package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.Decision.Status;
import dev.outpost.dispatch.DispatchEvent.PickupCancelled;
import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.routing.CourierRoutePlan;
import dev.outpost.routing.Pickup;
import dev.outpost.routing.RoutingOptions;
import dev.outpost.routing.RoutingSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
                .withRouting(RoutingOptions.defaults().withTimeLimit(Duration.ofSeconds(1)).withUnimprovedStepLimit(2000));
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
                            replies.put(key, dispatcher.submit(new PickupCancelled(victim)));
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
        Map<Status, Integer> outcomes = new HashMap<>();
        for (Map.Entry<String, CompletableFuture<List<Decision>>> e : replies.entrySet()) {
            List<Decision> decisions;
            try {
                decisions = e.getValue().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException ex) {
                throw new AssertionError(e.getKey() + " rejected: " + ex.getCause().getMessage());
            }
            assertFalse(decisions.isEmpty(), e.getKey());
            Decision first = decisions.get(0);
            assertEquals(subjects.get(e.getKey()), first.pickupId(), e.getKey() + " answered " + first);
            boolean isCancel = !subjects.get(e.getKey()).equals(e.getKey());
            assertEquals(isCancel, first.status() == Status.CANCELLED, e.getKey() + " answered " + first);
            outcomes.merge(first.status(), 1, Integer::sum);
            if (first.status() == Status.UNSERVED) {
                assertNotNull(first.reason(), first.toString());
            }
        }
        // A request is answered assigned or unserved at once (never served: no courier reported it done); two
        // in five events cancel; twenty couriers take some of the requests.
        assertTrue(Set.of(Status.ASSIGNED, Status.UNSERVED, Status.CANCELLED).containsAll(outcomes.keySet()),
                outcomes.toString());
        assertEquals(THREADS * EVENTS_PER_THREAD / 5 * 2, outcomes.get(Status.CANCELLED), outcomes.toString());
        assertTrue(outcomes.getOrDefault(Status.ASSIGNED, 0) > 0, outcomes.toString());
        // The writer is idle once every event is answered, so the worker gets to re-optimise.
        assertTrue(firstPlan.await(40, TimeUnit.SECONDS), "no re-optimised plan published within 40 s");
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
        int requests = 0;
        for (String key : replies.keySet()) {
            if (replies.get(key).get().get(0).status() == Status.CANCELLED) {
                continue;
            }
            requests++;
            int ends = (cancelled.contains(key) ? 1 : 0) + (routed.contains(key) ? 1 : 0) + (unserved.containsKey(key) ? 1 : 0);
            boolean expired = ends == 0 && replies.get(key).get().get(0).status() == Status.UNSERVED;
            assertTrue(ends == 1 || expired, key + " ends in " + ends + " states");
        }
        assertEquals(THREADS * EVENTS_PER_THREAD / 5 * 3, requests);
        // No thread left behind.
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
        int after = Thread.activeCount();
        assertEquals(threadsBefore, after, Thread.getAllStackTraces().keySet().toString());
    }
}
