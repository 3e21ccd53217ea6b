package dev.outpost.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.DispatchEvent.PickupRequested;
import dev.outpost.model.CoordinateSystem;
import dev.outpost.model.Location;
import dev.outpost.routing.Pickup;
import dev.outpost.travel.StraightLineTravelModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A full queue: the writer is held inside the travel model (a request at a new location), so the
 * queue fills and the producers wait (or, with a timeout, are refused), then it resumes.
 */
class DispatcherBackPressureTest {

    private static final int EIGHT = 8 * 3600;

    /** A live dispatcher with a tiny queue whose writer is held on its first event until {@code gate} is released. */
    private static Dispatcher heldDispatcher(GatedModel gate, int capacity) throws Exception {
        Dispatcher d = Dispatcher.create(DispatcherLocationTest.fleet(16, gate),
                DispatcherOptions.live().withQueueCapacity(capacity).withStartSecond(EIGHT));
        d.submit(new PickupRequested(DispatchFixtures.pickup("held", 0, EIGHT), Location.planar(10, 10), 0));
        assertTrue(gate.awaitHeld(), "the writer did not reach the travel model");
        return d;
    }

    private static Pickup request(String id, int i) {
        return DispatchFixtures.pickup(id, 1 + i % 15, EIGHT);
    }

    /**
     * Waits (at most 10 s) until {@code thread} is parked: in a full queue's offer, on a future or in
     * shutdown. The callers know from a latch what the thread does next, so parked means blocked there.
     */
    private static void awaitParked(Thread thread) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(System.nanoTime() < deadline, thread.getName() + " is " + thread.getState());
            Thread.yield();
        }
    }

    @Test
    void fullQueueBlocksProducersLosesNothingAndShutdownReturnsTheFinalPlan() throws Exception {
        GatedModel gate = new GatedModel(new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 30));
        Dispatcher d = heldDispatcher(gate, 2);
        List<CompletableFuture<List<Decision>>> replies = new CopyOnWriteArrayList<>();
        AtomicInteger returned = new AtomicInteger();
        CountDownLatch twoQueued = new CountDownLatch(2);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 12; i++) {
                    replies.add(d.submit(new PickupRequested(request("r" + i, i))));
                    returned.incrementAndGet();
                    twoQueued.countDown();
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        }, "test-producer");
        producer.start();

        // Two events fit the queue; the third submit waits (back-pressure).
        assertTrue(twoQueued.await(10, TimeUnit.SECONDS), returned + " submits returned");
        awaitParked(producer);
        // A producer that must not block is refused, clearly, and nothing is queued.
        RejectedExecutionException refused = assertThrows(RejectedExecutionException.class,
                () -> d.submit(new PickupRequested(request("t", 3)), 20, TimeUnit.MILLISECONDS));
        assertTrue(refused.getMessage().startsWith("The dispatcher's queue (capacity 2) stayed full for 20 ms;"),
                refused.getMessage());
        // The writer is still held, so the waiting submit has not returned.
        assertEquals(2, returned.get());
        assertTrue(producer.isAlive());

        // The writer resumes: every event is applied, none lost, in order.
        gate.release();
        producer.join(10_000);
        assertFalse(producer.isAlive());
        assertTrue(failures.isEmpty(), failures.toString());
        assertEquals(12, replies.size());
        for (CompletableFuture<List<Decision>> reply : replies) {
            assertEquals("assigned", reply.get(10, TimeUnit.SECONDS).get(0).outcome());
        }
        assertNull(d.status("t"));
        DispatchPlan last = d.shutdown();
        assertEquals(13, last.problem().pickups().size());
        assertEquals(0, last.unservedCount());
        assertTrue(last.check().valid(), last.check().violations().toString());
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }

    @Test
    void producersWaitingAtShutdownGetAClearErrorAndTheFinalPlanHasEveryAppliedRequest() throws Exception {
        GatedModel gate = new GatedModel(new StraightLineTravelModel(CoordinateSystem.PLANAR, 1.0, 30));
        Dispatcher d = heldDispatcher(gate, 1);
        Set<String> applied = ConcurrentHashMap.newKeySet();
        Set<String> refused = ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<Thread> producers = new ArrayList<>();
        AtomicInteger returned = new AtomicInteger();
        CountDownLatch oneQueued = new CountDownLatch(1);
        for (int t = 0; t < 3; t++) {
            int thread = t;
            producers.add(new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    String id = "p" + thread + "-" + i;
                    try {
                        CompletableFuture<List<Decision>> reply = d.submit(new PickupRequested(request(id, 5 * thread + i)));
                        returned.incrementAndGet();
                        oneQueued.countDown();
                        reply.get(10, TimeUnit.SECONDS);
                        applied.add(id);
                    } catch (IllegalStateException e) {
                        refused.add(id);
                    } catch (ExecutionException e) {
                        assertInstanceOf(IllegalStateException.class, e.getCause());
                        refused.add(id);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }, "test-producer-" + t));
        }
        producers.forEach(Thread::start);
        // One event fills the queue (capacity 1); its producer waits for the answer, the others for room.
        assertTrue(oneQueued.await(10, TimeUnit.SECONDS), "no submit returned");
        for (Thread p : producers) {
            awaitParked(p);
        }
        assertEquals(1, returned.get());
        AtomicReference<DispatchPlan> last = new AtomicReference<>();
        Thread stopper = new Thread(() -> {
            try {
                last.set(d.shutdown());
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "test-shutdown");
        stopper.start();
        // Shutdown waits for room behind the held writer, like the producers; then the writer resumes.
        awaitParked(stopper);
        gate.release();
        stopper.join(10_000);
        for (Thread p : producers) {
            p.join(10_000);
            assertFalse(p.isAlive(), p.getName() + " still waits for the queue");
        }
        assertFalse(stopper.isAlive());
        assertTrue(failures.isEmpty(), failures.toString());
        // Every request was either applied (and is in the final plan) or refused with the shutdown error.
        assertEquals(15, applied.size() + refused.size(), "applied " + applied + ", refused " + refused);
        Set<String> planned = last.get().problem().pickups().stream().map(Pickup::id).collect(Collectors.toSet());
        planned.remove("held");
        assertEquals(applied, planned);
        assertTrue(last.get().check().valid(), last.get().check().violations().toString());
        assertTrue(DispatchFixtures.dispatchThreads().isEmpty(), DispatchFixtures.dispatchThreads().toString());
    }
}
