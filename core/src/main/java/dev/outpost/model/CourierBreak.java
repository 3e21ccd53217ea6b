package dev.outpost.model;

/**
 * A break a courier takes during its shift: {@code durationSeconds} off duty, starting no earlier
 * than {@code earliestSeconds} and ending no later than {@code latestSeconds} (so it starts in
 * [earliest, latest - duration]). The scenario validator checks the values (duration positive,
 * the window long enough and inside the shift, breaks in order without overlap), so the record
 * itself accepts any values and a bad file is reported with every problem at once.
 *
 * @param earliestSeconds the earliest start, seconds since 00:00
 * @param latestSeconds   the latest end, seconds since 00:00
 * @param durationSeconds the break's length, seconds
 */
public record CourierBreak(int earliestSeconds, int latestSeconds, int durationSeconds) {

    /**
     * The latest moment the break may start so that it still ends by {@code latestSeconds}.
     *
     * @return {@code latestSeconds - durationSeconds}, seconds since 00:00
     */
    public int latestStartSeconds() {
        return latestSeconds - durationSeconds;
    }
}
