package dev.outpost.routing;

import java.util.Objects;

/**
 * A pickup to route: a visit at a point inside a time window, collecting {@code size} units that
 * go to the hub.
 *
 * @param id                 unique pickup id
 * @param point              index into the problem's {@code TravelTimes}
 * @param windowStartSecond  earliest start of service, seconds since the start of the day (a
 *                           courier arriving earlier waits)
 * @param windowEndSecond    latest start of service, seconds since the start of the day (later
 *                           is a hard violation, counted in seconds)
 * @param serviceSeconds     time spent at the point, seconds (at least 0)
 * @param size               units collected (at least 0)
 * @param priority           weight of this pickup in the unserved (medium) level and in the
 *                           response-time objective (at least 1)
 * @param requiredSkills     skills the courier must have, one bit each
 * @param releaseSecond      when the request was made (or released), seconds since the start of
 *                           the day; response time is service start minus this, clamped at 0
 */
public record Pickup(String id, int point, int windowStartSecond, int windowEndSecond, int serviceSeconds,
        int size, int priority, long requiredSkills, int releaseSecond) {

    public Pickup {
        Objects.requireNonNull(id, "id");
        if (windowEndSecond < windowStartSecond) {
            throw new IllegalArgumentException("The pickup (" + id + ") windowEndSecond (" + windowEndSecond
                    + ") is before windowStartSecond (" + windowStartSecond + "); fix the time window.");
        }
        if (serviceSeconds < 0 || size < 0) {
            throw new IllegalArgumentException("The pickup (" + id + ") serviceSeconds (" + serviceSeconds
                    + ") or size (" + size + ") is negative; use 0 or more.");
        }
        if (priority < 1) {
            throw new IllegalArgumentException("The pickup (" + id + ") priority (" + priority + ") is below 1; use 1 or more.");
        }
    }
}
