package dev.outpost.model;

/**
 * A closed interval of the service day, in seconds since the start of day (00:00).
 *
 * @param startSeconds earliest time, seconds since 00:00
 * @param endSeconds   latest time, seconds since 00:00; not before {@code startSeconds}
 */
public record TimeWindow(int startSeconds, int endSeconds) {
    /**
     * Checks that the window does not end before it starts.
     *
     * @param startSeconds earliest time, seconds since 00:00
     * @param endSeconds   latest time, seconds since 00:00
     * @throws IllegalArgumentException if {@code endSeconds < startSeconds}
     */
    public TimeWindow {
        if (endSeconds < startSeconds) {
            throw new IllegalArgumentException("The time window (" + startSeconds + ".." + endSeconds
                    + ") ends before it starts.");
        }
    }

    /**
     * Whether a time lies inside the window, ends included.
     *
     * @param seconds the time, seconds since 00:00
     * @return true if {@code startSeconds <= seconds <= endSeconds}
     */
    public boolean contains(int seconds) {
        return seconds >= startSeconds && seconds <= endSeconds;
    }
}
