package dev.outpost.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the event queue against a sorted-list reference (as Caffeine fuzzes its timer wheel):
 * random schedule, cancel and advance (poll) calls, compared after every step.
 */
class EventQueueFuzzTest {

    private record Entry(long time, int kind, long seq, long value) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::time).thenComparingInt(Entry::kind)
            .thenComparingLong(Entry::seq);

    @Test
    void matchesASortedListReferenceUnderRandomScheduleCancelAndAdvance() {
        fuzz(() -> new EventQueue<>(), 5, 7);
    }

    /** Few sequence bits: the waiting entries are renumbered every 1,024 schedules. */
    @Test
    void keepsTheOrderAcrossSequenceRenumbering() {
        fuzz(() -> new EventQueue<>(10), 5, 7);
    }

    /** Cancel-heavy: tombstones outnumber live entries, so the heap is compacted often. */
    @Test
    void keepsTheOrderWhenCancelsCompactTheHeap() {
        fuzz(() -> new EventQueue<>(), 6, 9);
    }

    @Test
    void renumbersWithOnlyAFewSequenceNumbersPerWaitingEntry() {
        EventQueue<Long> queue = new EventQueue<>(4);
        List<Entry> reference = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        long now = 0;
        for (long v = 0; v < 5_000; v++) {
            long time = now + random.nextInt(3);
            int kind = random.nextInt(2);
            reference.add(new Entry(time, kind, queue.schedule(time, kind, v), v));
            if (reference.size() >= 12) {
                reference.sort(ORDER);
                Entry first = reference.remove(0);
                assertEquals(first.value(), queue.poll(), "value " + v);
                now = first.time();
            }
        }
        assertThrows(IllegalStateException.class, () -> {
            for (int i = 0; i < 16; i++) {
                queue.schedule(1_000_000, 0, -1L);
            }
        });
    }

    /**
     * @param scheduleBelow operations 0..scheduleBelow-1 (of 10) schedule
     * @param cancelBelow   operations scheduleBelow..cancelBelow-1 cancel a random handle, even a
     *                      stale one (already polled or cancelled, its slot perhaps reused)
     */
    private static void fuzz(java.util.function.Supplier<EventQueue<Long>> factory, int scheduleBelow, int cancelBelow) {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            EventQueue<Long> queue = factory.get();
            List<Entry> reference = new ArrayList<>();
            List<Long> handles = new ArrayList<>();
            long now = 0;
            long value = 0;
            for (int step = 0; step < 3_000; step++) {
                int op = random.nextInt(10);
                if (op < scheduleBelow) {
                    long time = now + random.nextInt(random.nextBoolean() ? 5 : 500);
                    int kind = random.nextInt(4);
                    long v = value++;
                    long seq = queue.schedule(time, kind, v);
                    handles.add(seq);
                    reference.add(new Entry(time, kind, seq, v));
                } else if (op < cancelBelow && !handles.isEmpty()) {
                    long handle = handles.get(random.nextInt(handles.size()));
                    boolean expected = reference.removeIf(e -> e.seq() == handle);
                    assertEquals(expected, queue.cancel(handle), "cancel " + handle + " at step " + step + ", seed " + seed);
                } else if (!reference.isEmpty()) {
                    reference.sort(ORDER);
                    Entry first = reference.remove(0);
                    assertEquals(first.time(), queue.peekTime(), "time at step " + step + ", seed " + seed);
                    assertEquals(first.value(), queue.poll(), "value at step " + step + ", seed " + seed);
                    assertEquals(first.time(), queue.polledTime(), "polled time at step " + step + ", seed " + seed);
                    now = first.time();
                } else {
                    assertThrows(java.util.NoSuchElementException.class, queue::poll);
                }
                assertEquals(reference.size(), queue.size(), "size at step " + step + ", seed " + seed);
                assertEquals(reference.isEmpty(), queue.isEmpty());
            }
            reference.sort(ORDER);
            for (Entry e : reference) {
                assertEquals(e.value(), queue.poll());
            }
            assertFalse(queue.size() > 0);
        }
    }

    @Test
    void rejectsNegativeTimesAndKindsOutOfRange() {
        EventQueue<String> queue = new EventQueue<>();
        assertThrows(IllegalArgumentException.class, () -> queue.schedule(-1, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> queue.schedule(0, 256, "x"));
        assertThrows(IllegalArgumentException.class, () -> queue.schedule(1L << 31, 0, "x"));
        assertFalse(queue.cancel(-1));
        assertFalse(queue.cancel(12345));
    }
}
