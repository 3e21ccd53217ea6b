package dev.outpost.dispatch.wire;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of a wire event: the day (1 = the first) and the second of that day.
 *
 * @param day    the day, from 1
 * @param second seconds since 00:00 of that day, 0 to 86,399 ({@code "00:00:00"} to {@code "23:59:59"})
 */
public record WireTime(int day, int second) implements Comparable<WireTime> {

    /** Seconds in a day. */
    public static final int DAY_SECONDS = 86_400;

    private static final Pattern CLOCK = Pattern.compile("(\\d{2}):(\\d{2}):(\\d{2})");

    /**
     * Validates the components.
     *
     * @param day    the day, from 1
     * @param second seconds since 00:00 of that day, 0 to 86,399
     */
    public WireTime {
        if (day < 1) {
            throw new IllegalArgumentException("The event day (" + day + ") is below 1.");
        }
        if (second < 0 || second >= DAY_SECONDS) {
            throw new IllegalArgumentException("The event second (" + second + ") is outside [0, 86399].");
        }
    }

    /**
     * A time on day 1.
     *
     * @param second seconds since 00:00, 0 to 86,399
     * @return the time
     */
    public static WireTime of(int second) {
        return new WireTime(1, second);
    }

    /**
     * Parses {@code "HH:MM:SS"} (two digits each, 00:00:00 to 23:59:59, or to 24:00:00 when {@code allowEndOfDay}).
     *
     * @param text          the text
     * @param allowEndOfDay whether {@code "24:00:00"} (the end of the day) is accepted
     * @return seconds since 00:00, or -1 when the text is not such a time
     */
    public static int parseClock(String text, boolean allowEndOfDay) {
        Matcher m = CLOCK.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int s = Integer.parseInt(m.group(3));
        if (min > 59 || s > 59) {
            return -1;
        }
        int total = h * 3600 + min * 60 + s;
        return total < DAY_SECONDS || (allowEndOfDay && total == DAY_SECONDS) ? total : -1;
    }

    /**
     * Formats seconds since 00:00 as {@code "HH:MM:SS"}.
     *
     * @param second seconds since 00:00, 0 to 86,400
     * @return the text
     */
    public static String formatClock(int second) {
        if (second < 0 || second >= 100 * 3600) {
            // Outside the documented range: the general (slow) formatting, same text as ever.
            return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60);
        }
        // Without java.util.Formatter (a pattern parse and a locale look-up per call): the service
        // formats every stop's times of every published plan with it.
        int h = second / 3600;
        int m = second / 60 % 60;
        int s = second % 60;
        return new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':', (char) ('0' + m / 10),
            (char) ('0' + m % 10), ':', (char) ('0' + s / 10), (char) ('0' + s % 10)});
    }

    /**
     * The time of day as {@code "HH:MM:SS"}.
     *
     * @return the time of day as {@code "HH:MM:SS"}
     */
    public String clock() {
        return formatClock(second);
    }

    /**
     * Seconds since 00:00 of day 1.
     *
     * @return seconds since 00:00 of day 1
     */
    public long absoluteSecond() {
        return (long) (day - 1) * DAY_SECONDS + second;
    }

    @Override
    public int compareTo(WireTime other) {
        return Long.compare(absoluteSecond(), other.absoluteSecond());
    }

    @Override
    public String toString() {
        return day == 1 ? clock() : "day " + day + " " + clock();
    }
}
