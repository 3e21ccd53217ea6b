package dev.outpost.routing;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A pickup to route: a visit at a point inside a time window, collecting {@code size} units that
 * go to the hub. Immutable; built with {@link #builder(String)}:
 *
 * <pre>{@code
 * Pickup p = Pickup.builder("p1").point(3).window(8 * 3600, 10 * 3600).serviceSeconds(300).size(1)
 *         .priority(1).requiredSkills("fragile").releaseSecond(7 * 3600).build();
 * }</pre>
 *
 * <p>All times are seconds since the start of the service day. Ranges (checked by
 * {@link Builder#build()}, so that no sum in the solver can overflow): window bounds and release
 * in [0, {@link RoutingProblem#LATEST_SECOND}], service in [0, {@link RoutingProblem#LONGEST_DURATION}], size in [0, 1,000,000] units,
 * priority in [1, 1,000,000].
 */
public final class Pickup {

    private final String id;
    private final int point;
    private final int windowStartSecond;
    private final int windowEndSecond;
    private final int serviceSeconds;
    private final int size;
    private final int priority;
    private final Set<String> requiredSkills;
    private final int releaseSecond;

    private Pickup(Builder b) {
        this.id = Limits.id("pickup", b.id);
        String owner = "pickup (" + id + ")";
        if (b.point < 0) {
            throw new IllegalArgumentException("The " + owner + " point (" + b.point + ") is negative; use an index into the travel table.");
        }
        if (b.windowStart == null || b.windowEnd == null) {
            throw new IllegalArgumentException("The " + owner + " window (" + b.windowStart + ", " + b.windowEnd
                    + ") is not set; call window(startSecond, endSecond).");
        }
        this.point = b.point;
        this.windowStartSecond = Limits.second(owner, "windowStartSecond", b.windowStart);
        this.windowEndSecond = Limits.second(owner, "windowEndSecond", b.windowEnd);
        if (windowEndSecond < windowStartSecond) {
            throw new IllegalArgumentException("The " + owner + " windowEndSecond (" + windowEndSecond
                    + ") is before windowStartSecond (" + windowStartSecond + "); fix the time window.");
        }
        this.serviceSeconds = Limits.duration(owner, "serviceSeconds", b.serviceSeconds);
        this.size = Limits.units(owner, "size", b.size);
        if (b.priority < 1 || b.priority > Limits.MAX_PRIORITY) {
            throw new IllegalArgumentException("The " + owner + " priority (" + b.priority + ") is outside [1, "
                    + Limits.MAX_PRIORITY + "].");
        }
        this.priority = b.priority;
        this.requiredSkills = Limits.skills(owner, "requiredSkills", b.requiredSkills);
        this.releaseSecond = Limits.second(owner, "releaseSecond", b.releaseSecond == null ? windowStartSecond : b.releaseSecond);
    }

    /**
     * A pickup for {@code client} requested at {@code requestSecond}: the client's service time,
     * size, priority and required skills, released at the request and open from then (or the
     * client's window start, if later) to the end of the client's window.
     *
     * @param client        the client
     * @param id            the pickup id, unique among the dispatcher's requests
     * @param point         the client's point in the travel table (e.g. {@code ScenarioPoints.indexOf(client.id())})
     * @param requestSecond when it is requested, seconds since 00:00
     * @return the pickup
     * @throws IllegalArgumentException naming the client when the request comes after its window ends
     */
    public static Pickup forClient(dev.outpost.model.Client client, String id, int point, int requestSecond) {
        int start = Math.max(requestSecond, client.window().startSeconds());
        int end = client.window().endSeconds();
        if (start > end) {
            throw new IllegalArgumentException("The pickup (" + id + ") for client (" + client.id() + ") is requested at second "
                    + requestSecond + ", after the client's window ends (second " + end + "); request it within the window.");
        }
        return builder(id).point(point).window(start, end).serviceSeconds(client.serviceSeconds())
                .size(client.pickupSize()).priority(client.priority()).requiredSkills(client.requiredSkills())
                .releaseSecond(requestSecond).build();
    }

    /**
     * A builder for a pickup with this id. Required: {@link Builder#point(int)} and
     * {@link Builder#window(int, int)}. Defaults: service 0 s, size 1, priority 1, no skills,
     * release at the window start.
     *
     * @param id unique pickup id (used in plans and messages), not blank
     * @return a builder for a pickup with this id
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder preset with this pickup's values (to derive a changed copy).
     *
     * @return a builder preset with this pickup's values (to derive a changed copy)
     */
    public Builder toBuilder() {
        return new Builder(id).point(point).window(windowStartSecond, windowEndSecond).serviceSeconds(serviceSeconds)
                .size(size).priority(priority).requiredSkills(requiredSkills).releaseSecond(releaseSecond);
    }

    /**
     * Unique pickup id.
     *
     * @return unique pickup id
     */
    public String id() {
        return id;
    }

    /**
     * Index of the pickup's location in the problem's {@code TravelTimes}.
     *
     * @return index of the pickup's location in the problem's {@code TravelTimes}
     */
    public int point() {
        return point;
    }

    /**
     * Earliest start of service, seconds since the start of the day (a courier arriving earlier waits).
     *
     * @return earliest start of service, seconds since the start of the day (a courier arriving earlier waits)
     */
    public int windowStartSecond() {
        return windowStartSecond;
    }

    /**
     * Latest start of service, seconds since the start of the day (later is a hard violation, in seconds).
     *
     * @return latest start of service, seconds since the start of the day (later is a hard violation, in seconds)
     */
    public int windowEndSecond() {
        return windowEndSecond;
    }

    /**
     * Time spent at the point, seconds.
     *
     * @return time spent at the point, seconds
     */
    public int serviceSeconds() {
        return serviceSeconds;
    }

    /**
     * Units collected.
     *
     * @return units collected
     */
    public int size() {
        return size;
    }

    /**
     * Weight in the unserved (medium) level and in the response-time objective, at least 1.
     *
     * @return weight in the unserved (medium) level and in the response-time objective, at least 1
     */
    public int priority() {
        return priority;
    }

    /**
     * Skill names the courier must all have (unmodifiable, sorted).
     *
     * @return skill names the courier must all have (unmodifiable, sorted)
     */
    public Set<String> requiredSkills() {
        return requiredSkills;
    }

    /**
     * When the request was made (or released), seconds since the start of the day; response time
     * is service start minus this, clamped at 0.
     *
     * @return when the request was made (or released), seconds since the start of the day; response time is service start minus this, clamped at 0
     */
    public int releaseSecond() {
        return releaseSecond;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pickup p && id.equals(p.id) && point == p.point && windowStartSecond == p.windowStartSecond
                && windowEndSecond == p.windowEndSecond && serviceSeconds == p.serviceSeconds && size == p.size
                && priority == p.priority && requiredSkills.equals(p.requiredSkills) && releaseSecond == p.releaseSecond;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, point, windowStartSecond, windowEndSecond, serviceSeconds, size, priority, requiredSkills,
                releaseSecond);
    }

    @Override
    public String toString() {
        return "Pickup[" + id + " @" + point + " " + windowStartSecond + ".." + windowEndSecond + " service "
                + serviceSeconds + " size " + size + " priority " + priority + " skills " + requiredSkills
                + " release " + releaseSecond + "]";
    }

    /** Named setters for {@link Pickup}; not thread-safe, reusable. */
    public static final class Builder {
        private final String id;
        private int point = -1;
        private Integer windowStart;
        private Integer windowEnd;
        private int serviceSeconds;
        private int size = 1;
        private int priority = 1;
        private Collection<String> requiredSkills = List.of();
        private Integer releaseSecond;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Index of the location in the problem's {@code TravelTimes} (required).
         *
         * @param point index of the location in the problem's {@code TravelTimes}
         * @return index of the location in the problem's {@code TravelTimes} (required)
         */
        public Builder point(int point) {
            this.point = point;
            return this;
        }

        /**
         * The service window: earliest and latest start of service, seconds since the start of the day (required).
         *
         * @param startSecond earliest start of service, seconds since the start of the day
         * @param endSecond latest start of service, seconds since the start of the day
         * @return the service window: earliest and latest start of service, seconds since the start of the day (required)
         */
        public Builder window(int startSecond, int endSecond) {
            this.windowStart = startSecond;
            this.windowEnd = endSecond;
            return this;
        }

        /**
         * Time spent at the point, seconds (default 0).
         *
         * @param seconds time spent at the point, seconds
         * @return time spent at the point, seconds (default 0)
         */
        public Builder serviceSeconds(int seconds) {
            this.serviceSeconds = seconds;
            return this;
        }

        /**
         * Units collected (default 1).
         *
         * @param units units collected
         * @return units collected (default 1)
         */
        public Builder size(int units) {
            this.size = units;
            return this;
        }

        /**
         * Weight, at least 1 (default 1).
         *
         * @param priority weight, at least 1
         * @return weight, at least 1 (default 1)
         */
        public Builder priority(int priority) {
            this.priority = priority;
            return this;
        }

        /**
         * Skill names the courier must have (default none).
         *
         * @param skills skill names the courier must have
         * @return skill names the courier must have (default none)
         */
        public Builder requiredSkills(String... skills) {
            this.requiredSkills = java.util.Arrays.asList(skills);
            return this;
        }

        /**
         * Skill names the courier must have (default none).
         *
         * @param skills skill names the courier must have
         * @return skill names the courier must have (default none)
         */
        public Builder requiredSkills(Collection<String> skills) {
            this.requiredSkills = skills;
            return this;
        }

        /**
         * When the request was made, seconds since the start of the day (default: the window start).
         *
         * @param second when the request was made, seconds since the start of the day
         * @return when the request was made, seconds since the start of the day (default: the window start)
         */
        public Builder releaseSecond(int second) {
            this.releaseSecond = second;
            return this;
        }

        /**
         * The pickup.
         *
         * @throws IllegalArgumentException naming the id, field and value when a value is missing or out of range
         * @return the pickup
         */
        public Pickup build() {
            return new Pickup(this);
        }
    }
}
