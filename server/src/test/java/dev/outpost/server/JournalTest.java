package dev.outpost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireTime;
import dev.outpost.dispatch.wire.WireWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's files: daily roll-over, the torn last line dropped and cut, a bad line named. */
class JournalTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static String clock(int second) {
        return WireWriter.line(new WireEvent.Clock(WireTime.of(second)));
    }

    @Test
    void linesRollOverToANewFileEachUtcDayAndReadBackInOrder(@TempDir Path dir) throws Exception {
        MovingClock wall = new MovingClock(Instant.parse("2026-12-07T23:59:58Z"));
        try (Journal j = new Journal(dir, wall)) {
            assertEquals(0, j.recover().events().size());
            j.append(List.of(clock(100), clock(200)));
            wall.now = wall.now.plus(Duration.ofSeconds(5));
            j.append(List.of(clock(300)));
            assertEquals(3, j.appended());
        }
        assertTrue(Files.exists(dir.resolve("journal-2026-12-07.jsonl")));
        assertEquals(clock(300) + "\n", Files.readString(dir.resolve("journal-2026-12-08.jsonl")));
        Journal.Recovered r = new Journal(dir, wall).recover();
        assertEquals(List.of(100, 200, 300), r.events().stream().map(e -> e.time().second()).toList());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aTornLastLineIsDroppedWithAWarningAndCutOff(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("journal-2026-12-07.jsonl");
        Files.writeString(file, clock(100) + "\n" + clock(200) + "\n{\"type\":\"clo", StandardCharsets.UTF_8);
        Journal.Recovered r = new Journal(dir, Clock.systemUTC()).recover();
        assertEquals(2, r.events().size());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("torn line 3"), r.warnings().get(0));
        assertEquals(clock(100) + "\n" + clock(200) + "\n", Files.readString(file), "the torn bytes are cut off");
    }

    @Test
    void concurrentWritersAreAnsweredOnlyOnceOnDiskAndTheFileKeepsTheWriteOrder(@TempDir Path dir) throws Exception {
        int threads = 8;
        int each = 50;
        List<Integer> order = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Object serviceLock = new Object();
        try (Journal j = new Journal(dir, Clock.systemUTC())) {
            j.recover();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        int second = 1 + thread * each + i;
                        long ticket;
                        synchronized (serviceLock) {
                            // As the service: written under its lock, in the order it applied them.
                            ticket = j.write(List.of(clock(second)));
                            order.add(second);
                        }
                        j.awaitDurable(ticket);
                        assertTrue(j.durable() >= ticket, "answered only once on disk");
                    }
                    return null;
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<?> f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(threads * each, j.appended());
        }
        Journal.Recovered r = new Journal(dir, Clock.systemUTC()).recover();
        assertEquals(order, r.events().stream().map(e -> e.time().second()).toList());
    }

    @Test
    void aBadLineInsideTheJournalStopsTheStartNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("journal-2026-12-07.jsonl");
        Files.writeString(file, clock(100) + "\n{\"type\":\"clock\",\"time\":\"25:00:00\"}\n", StandardOpenOption.CREATE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Journal(dir, Clock.systemUTC()).recover());
        assertTrue(e.getMessage().contains("journal-2026-12-07.jsonl line 2, time"), e.getMessage());
    }
}
