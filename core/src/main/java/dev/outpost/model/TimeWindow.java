package dev.outpost.model;

/**
 * A closed interval of the service day, in seconds since the start of day (00:00).
 *
 * @param startSeconds earliest time, seconds since 00:00
 * @param endSeconds   latest time, seconds since 00:00; not before {@code startSeconds}
 */
public record TimeWindow(int startSeconds, int endSeconds) {
    public TimeWindow {
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("The time window (" + startSeconds + ".." + endSeconds
                    + ") ends before it starts.");
        }
    }

    /** Whether {@code seconds} lies inside the window, ends included. */
    public boolean contains(int seconds) {
        return seconds >= startSeconds && seconds <= endSeconds;
    }
}
