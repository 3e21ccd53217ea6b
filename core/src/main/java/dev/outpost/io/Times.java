package dev.outpost.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as written by people ({@code "HH:MM"} or {@code "HH:MM:SS"}, from {@code 00:00} to
 * {@code 24:00}) and as stored in the model (seconds since 00:00), and durations in minutes.
 */
public final class Times {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /** Seconds in a day; {@code 24:00} is the latest time accepted. */
    public static final int DAY_SECONDS = 24 * 3600;

    private Times() {
    }

    /**
     * Parses {@code "HH:MM"} or {@code "HH:MM:SS"}.
     *
     * @param text the time, not {@code null}
     * @return seconds since 00:00, or -1 when {@code text} is not a time from 00:00 to 24:00
     */
    public static int parseOrMinusOne(String text) {
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = Integer.parseInt(m.group(2));
        int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (minutes > 59 || seconds > 59) {
            return -1;
        }
        int total = hours * 3600 + minutes * 60 + seconds;
        return total > DAY_SECONDS ? -1 : total;
    }

    /**
     * Formats seconds since 00:00 as {@code "HH:MM"}, or {@code "HH:MM:SS"} when the seconds are not
     * zero (the canonical form written to JSON).
     *
     * @param secondsOfDay seconds since 00:00, at least 0
     * @return the time of day as text
     */
    public static String format(int secondsOfDay) {
        int hours = secondsOfDay / 3600;
        int minutes = secondsOfDay / 60 % 60;
        int seconds = secondsOfDay % 60;
        return seconds == 0
                ? String.format("%02d:%02d", hours, minutes)
                : String.format("%02d:%02d:%02d", hours, minutes, seconds);
    }

    /**
     * Converts a duration in minutes (possibly fractional) to whole seconds, rounding half up.
     *
     * @param minutes a finite duration in minutes
     * @return whole seconds
     */
    public static int minutesToSeconds(double minutes) {
        return (int) Math.round(minutes * 60.0);
    }
}
