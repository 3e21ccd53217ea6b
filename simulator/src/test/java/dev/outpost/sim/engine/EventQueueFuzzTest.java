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
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            EventQueue<Long> queue = new EventQueue<>();
            List<Entry> reference = new ArrayList<>();
            List<Long> handles = new ArrayList<>();
            long now = 0;
            long value = 0;
            for (int step = 0; step < 3_000; step++) {
                int op = random.nextInt(10);
                if (op < 5) {
                    long time = now + random.nextInt(random.nextBoolean() ? 5 : 500);
                    int kind = random.nextInt(4);
                    long v = value++;
                    long seq = queue.schedule(time, kind, v);
                    handles.add(seq);
                    reference.add(new Entry(time, kind, seq, v));
                } else if (op < 7 && !handles.isEmpty()) {
                    long handle = handles.get(random.nextInt(handles.size()));
                    boolean expected = reference.removeIf(e -> e.seq() == handle);
                    assertEquals(expected, queue.cancel(handle), "cancel " + handle + " at step " + step + ", seed " + seed);
                } else if (!reference.isEmpty()) {
                    reference.sort(ORDER);
                    Entry first = reference.remove(0);
                    assertEquals(first.time(), queue.peekTime(), "time at step " + step + ", seed " + seed);
                    assertEquals(first.value(), queue.poll(), "value at step " + step + ", seed " + seed);
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
    }
}
