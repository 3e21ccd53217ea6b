package dev.outpost.server;

import dev.outpost.dispatch.wire.WireEvent;
import dev.outpost.dispatch.wire.WireReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The service's journal: a folder of JSON-lines files in the dispatch wire format
 * ({@code docs/event-log.md}), one file per UTC calendar day ({@code journal-YYYY-MM-DD.jsonl}),
 * appended and fsynced once per batch before the batch is answered. Read back in file-name order
 * on start; a last line without its line break (the process was killed mid-write) is dropped with
 * a warning and cut off the file. Any other unreadable line stops the start, named by file and line.
 * Writes come from the service under its lock (in the order the events were applied); the fsyncs
 * that make them durable are shared between the requests waiting for them (group commit).
 */
final class Journal implements Closeable {

    /** File names: this prefix, the UTC date, this suffix. */
    static final String PREFIX = "journal-";
    /** File names end so. */
    static final String SUFFIX = ".jsonl";

    private final Path dir;
    private final Clock clock;
    private FileChannel channel;
    private LocalDate openDate;
    private long appended;
    /** Batches written, batches known on disk (each batch a ticket), and whether an fsync is under way. */
    private long written;
    private long durable;
    private boolean forcing;
    private IOException failed;
    private long forces;

    /**
     * What the journal held.
     *
     * @param events   its events, in order
     * @param files    the files read, in order
     * @param warnings what was dropped (a torn last line), for the log
     */
    record Recovered(List<WireEvent> events, List<Path> files, List<String> warnings) {
    }

    Journal(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The journal's folder. */
    Path dir() {
        return dir;
    }

    /** Batches known to be on disk (the tickets up to this one). */
    synchronized long durable() {
        return durable;
    }

    /** The fsyncs made since start (fewer than the batches when requests share them). */
    synchronized long forces() {
        return forces;
    }

    /** Lines appended since start. */
    synchronized long appended() {
        return appended;
    }

    /**
     * Creates the folder if missing and reads every journal file in it; cuts a torn last line off
     * the last file.
     *
     * @throws IllegalArgumentException naming the file and line of a line that cannot be read
     */
    Recovered recover() throws IOException {
        Files.createDirectories(dir);
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(p);
            }).sorted().toList();
        }
        List<WireEvent> events = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            byte[] bytes = Files.readAllBytes(file);
            int start = 0;
            int number = 0;
            while (start < bytes.length) {
                int end = start;
                while (end < bytes.length && bytes[end] != '\n') {
                    end++;
                }
                number++;
                String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
                if (end == bytes.length) {
                    // No line break: the process died while writing this line.
                    warnings.add("The journal file " + file.getFileName() + " ends in a torn line " + number + " ("
                            + (end - start) + " bytes without a line break); it was dropped and cut off the file.");
                    if (problems.isEmpty()) {
                        try (FileChannel cut = FileChannel.open(file, StandardOpenOption.WRITE)) {
                            cut.truncate(start);
                            cut.force(true);
                        }
                    }
                    break;
                }
                start = end + 1;
                if (text.isBlank()) {
                    continue;
                }
                List<WireReader.Problem> found = new ArrayList<>();
                WireEvent event = WireReader.parseLine(number, text, found);
                if (event == null || !found.isEmpty()) {
                    for (WireReader.Problem p : found) {
                        problems.add(file.getFileName() + " " + p);
                    }
                } else {
                    events.add(event);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The journal (" + dir + ") has " + problems.size() + " unreadable line(s);"
                    + " the service did not start:\n" + String.join("\n", problems.subList(0, Math.min(problems.size(), 20))));
        }
        return new Recovered(events, files, warnings);
    }

    /**
     * Appends these lines (each without its line break) in one write and forces them to disk;
     * opens the file of today's UTC date first (a new file each day). The same as
     * {@link #awaitDurable(long) awaitDurable}{@code (}{@link #write(List) write}{@code (lines))}.
     *
     * @throws UncheckedIOException when the write or the fsync fails
     */
    void append(List<String> lines) {
        awaitDurable(write(lines));
    }

    /**
     * Writes these lines (each without its line break) in one write, without forcing them to disk;
     * opens the file of today's UTC date first (a new file each day). Lines are on disk in the
     * order of the calls: the caller writes under its own lock, in the order it applied the events.
     *
     * @return the ticket to pass to {@link #awaitDurable(long)} before answering
     * @throws UncheckedIOException when the write fails, or an earlier fsync failed
     */
    synchronized long write(List<String> lines) {
        failedCheck();
        if (lines.isEmpty()) {
            return written;
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        try {
            FileChannel out = channel();
            ByteBuffer buffer = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            appended += lines.size();
            return ++written;
        } catch (IOException e) {
            throw new UncheckedIOException("The journal (" + dir + ") cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * Returns once the write of this ticket is forced to disk (fsync), by group commit: the first
     * caller to find no fsync under way forces everything written so far; callers arriving while
     * it runs wait, and the next of them forces, in one fsync, all that was written meanwhile.
     * One fsync serves every request that arrived during the previous one.
     *
     * @param ticket what {@link #write(List)} returned
     * @throws UncheckedIOException when the fsync fails (then every later call fails too: after a
     *                              failed fsync the kernel may have dropped the pages, so the file's
     *                              content is unknown)
     */
    void awaitDurable(long ticket) {
        FileChannel out;
        long target;
        synchronized (this) {
            while (true) {
                failedCheck();
                if (durable >= ticket) {
                    return;
                }
                if (!forcing) {
                    break;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new UncheckedIOException("The journal (" + dir + "): interrupted waiting for the disk",
                            new java.io.InterruptedIOException());
                }
            }
            forcing = true;
            out = channel;
            target = written;
        }
        IOException failure = null;
        try {
            if (out != null) {
                out.force(false);
            }
        } catch (java.nio.channels.ClosedChannelException e) {
            // Rolled over (the old file was forced before it was closed) or closed: checked below.
            failure = e;
        } catch (IOException e) {
            failure = e;
        }
        synchronized (this) {
            forcing = false;
            forces++;
            if (failure == null || durable >= target) {
                durable = Math.max(durable, target);
            } else {
                failed = failure;
            }
            notifyAll();
            failedCheck();
        }
    }

    private void failedCheck() {
        if (failed != null) {
            throw new UncheckedIOException("The journal (" + dir + ") cannot be forced to disk: " + failed.getMessage(), failed);
        }
    }

    /** The file of today's UTC date. */
    Path today() {
        return dir.resolve(PREFIX + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + SUFFIX);
    }

    private FileChannel channel() throws IOException {
        LocalDate date = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (channel == null || !date.equals(openDate)) {
            if (channel != null) {
                // Everything written so far is in the old file: on disk before it is closed.
                channel.force(false);
                durable = written;
                channel.close();
            }
            channel = FileChannel.open(dir.resolve(PREFIX + date + SUFFIX), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
            openDate = date;
        }
        return channel;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            if (failed == null) {
                channel.force(false);
                durable = written;
                notifyAll();
            }
            channel.close();
            channel = null;
        }
    }
}
