package dev.outpost.routing;

import dev.outpost.model.CourierBreak;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A courier as the routing solver sees it: where and when it becomes free, what it already
 * carries and what it may do. Immutable; built with {@link #builder(String)}:
 *
 * <pre>{@code
 * Courier k = Courier.builder("k1").startPoint(1).available(8 * 3600).shiftEnd(16 * 3600).capacity(20)
 *         .skills("fragile").build();
 * }</pre>
 *
 * <p><b>Live positions.</b> A dispatcher re-planning during the day models a courier's committed
 * past (stops already made or under way) by moving {@code startPoint} to where the courier will be
 * free, {@code availableSecond} to when, and {@code loadOnBoard} to what it then carries. That
 * point need not be a scenario point (an outpost or a client): it may be the courier's GPS
 * position or the point it is driving to. Append it as an extra location to the problem's
 * {@code TravelTimes} (the travel package offers a way to add extra locations to a table, so
 * only the new rows and columns are computed) and give its index here. The solver only reads
 * travel times from and to that index; nothing assumes that a start point is a scenario point,
 * that two couriers share it, or that it differs from a pickup's point.
 *
 * <p>Ranges (checked by {@link Builder#build()}): times in [0, {@link RoutingProblem#LATEST_SECOND}] seconds, shift
 * end not before availability, capacity and load in [0, 1,000,000] units.
 */
public final class Courier {

    private final String id;
    private final int startPoint;
    private final int availableSecond;
    private final int shiftEndSecond;
    private final int capacity;
    private final int loadOnBoard;
    private final Set<String> skills;
    private final boolean endAtHub;
    private final String profile;
    private final List<CourierBreak> breaks;

    private Courier(Builder b) {
        this.id = Limits.id("courier", b.id);
        String owner = "courier (" + id + ")";
        if (b.startPoint < 0) {
            throw new IllegalArgumentException("The " + owner + " startPoint (" + b.startPoint
                    + ") is negative or not set; use an index into the travel table.");
        }
        this.startPoint = b.startPoint;
        this.availableSecond = Limits.second(owner, "availableSecond", b.availableSecond);
        this.shiftEndSecond = Limits.second(owner, "shiftEndSecond", b.shiftEndSecond);
        if (shiftEndSecond < availableSecond) {
            throw new IllegalArgumentException("The " + owner + " shiftEndSecond (" + shiftEndSecond
                    + ") is before its availableSecond (" + availableSecond + "); swap or fix them.");
        }
        this.capacity = Limits.units(owner, "capacity", b.capacity);
        this.loadOnBoard = Limits.units(owner, "loadOnBoard", b.loadOnBoard);
        this.skills = Limits.skills(owner, "skills", b.skills);
        this.endAtHub = b.endAtHub;
        if (b.profile != null && b.profile.isBlank()) {
            throw new IllegalArgumentException("The " + owner + " profile ('" + b.profile
                    + "') is blank; give a travel profile id (its courier type) or leave it unset.");
        }
        this.profile = b.profile;
        this.breaks = List.copyOf(b.breaks);
        int previousEnd = Integer.MIN_VALUE;
        for (int i = 0; i < breaks.size(); i++) {
            CourierBreak br = breaks.get(i);
            String what = "The " + owner + " break " + (i + 1) + " ";
            Limits.second(owner, "break " + (i + 1) + " earliest", br.earliestSeconds());
            Limits.second(owner, "break " + (i + 1) + " latest", br.latestSeconds());
            if (br.durationSeconds() <= 0 || br.latestStartSeconds() < br.earliestSeconds()) {
                throw new IllegalArgumentException(what + "(" + br.durationSeconds() + " s in " + br.earliestSeconds() + ".."
                        + br.latestSeconds() + ") needs a positive duration that fits its window.");
            }
            if (br.earliestSeconds() < previousEnd) {
                throw new IllegalArgumentException(what + "starts (" + br.earliestSeconds() + ") before the previous break's"
                        + " window ends (" + previousEnd + "); give breaks in time order without overlap.");
            }
            previousEnd = br.latestSeconds();
        }
    }

    /**
     * A builder for a courier with this id. Required: {@link Builder#startPoint(int)}. Defaults:
     * available at 0, shift end at {@link RoutingProblem#LATEST_SECOND}, capacity 1,000,000, nothing on board, no
     * skills, ends at the hub.
     *
     * @param id unique courier id (used in plans, messages and to break ties), not blank
     * @return a builder for a courier with this id
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * A builder preset with this courier's values (to derive a changed copy, e.g. a new live position).
     *
     * @return a builder preset with this courier's values
     */
    public Builder toBuilder() {
        return new Builder(id).startPoint(startPoint).available(availableSecond).shiftEnd(shiftEndSecond)
                .capacity(capacity).loadOnBoard(loadOnBoard).skills(skills).endAtHub(endAtHub).profile(profile)
                .breaks(breaks);
    }

    /**
     * Unique courier id.
     *
     * @return unique courier id
     */
    public String id() {
        return id;
    }

    /**
     * Index into the problem's {@code TravelTimes} where the courier starts: its outpost, or its
     * live (or next free) position appended to the table (see the class comment).
     *
     * @return index into the problem's {@code TravelTimes} where the courier starts: its outpost, or its live (or next free) position appended to the table (see the class comment)
     */
    public int startPoint() {
        return startPoint;
    }

    /**
     * When the courier can leave {@link #startPoint()}, seconds since the start of the day.
     *
     * @return when the courier can leave {@link #startPoint()}, seconds since the start of the day
     */
    public int availableSecond() {
        return availableSecond;
    }

    /**
     * When the shift ends, seconds since the start of the day: the hub arrival (or, if the courier
     * does not end at the hub, the last departure) must not be later.
     *
     * @return when the shift ends, seconds since the start of the day: the hub arrival (or, if the courier does not end at the hub, the last departure) must not be later
     */
    public int shiftEndSecond() {
        return shiftEndSecond;
    }

    /**
     * Capacity in size units.
     *
     * @return capacity in size units
     */
    public int capacity() {
        return capacity;
    }

    /**
     * Size units already on board at {@link #availableSecond()}.
     *
     * @return size units already on board at {@link #availableSecond()}
     */
    public int loadOnBoard() {
        return loadOnBoard;
    }

    /**
     * Skill names the courier has (unmodifiable, sorted).
     *
     * @return skill names the courier has (unmodifiable, sorted)
     */
    public Set<String> skills() {
        return skills;
    }

    /**
     * Whether the courier must drive to the hub at the end of its route.
     *
     * @return whether the courier must drive to the hub at the end of its route
     */
    public boolean endAtHub() {
        return endAtHub;
    }

    /**
     * The travel profile id of this courier (its courier type in a scenario), or {@code null} for
     * the first profile. A {@link RoutingProblem} with {@link dev.outpost.travel.TravelTables}
     * times this courier's legs with that profile's tables, from the actual departure second; a
     * problem with one static {@link dev.outpost.travel.TravelTimes} ignores it.
     *
     * @return the travel profile id, or {@code null} for the first profile
     */
    public String profile() {
        return profile;
    }

    /**
     * The breaks the courier takes, in time order (see {@link dev.outpost.routing.route.RouteKernel}
     * for when a route takes them); empty for none.
     *
     * @return the breaks, in time order
     */
    public List<CourierBreak> breaks() {
        return breaks;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Courier k && id.equals(k.id) && startPoint == k.startPoint
                && availableSecond == k.availableSecond && shiftEndSecond == k.shiftEndSecond && capacity == k.capacity
                && loadOnBoard == k.loadOnBoard && skills.equals(k.skills) && endAtHub == k.endAtHub && Objects.equals(profile, k.profile)
                && breaks.equals(k.breaks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, startPoint, availableSecond, shiftEndSecond, capacity, loadOnBoard, skills, endAtHub, profile,
                breaks);
    }

    @Override
    public String toString() {
        return "Courier[" + id + " @" + startPoint + " " + availableSecond + ".." + shiftEndSecond + " capacity "
                + capacity + " load " + loadOnBoard + " skills " + skills + (endAtHub ? " ends at hub" : "") + (profile == null ? "" : " profile " + profile)
                + (breaks.isEmpty() ? "" : " breaks " + breaks) + "]";
    }

    /** Named setters for {@link Courier}; not thread-safe, reusable. */
    public static final class Builder {
        private final String id;
        private int startPoint = -1;
        private int availableSecond;
        private int shiftEndSecond = Limits.MAX_SECOND;
        private int capacity = Limits.MAX_UNITS;
        private int loadOnBoard;
        private Collection<String> skills = List.of();
        private boolean endAtHub = true;
        private String profile;
        private List<CourierBreak> breaks = List.of();

        private Builder(String id) {
            this.id = id;
        }

        /**
         * Index of the start location in the problem's {@code TravelTimes} (required; see the class comment on live positions).
         *
         * @param point index of the start location in the problem's {@code TravelTimes}
         * @return index of the start location in the problem's {@code TravelTimes} (required; see the class comment on live positions)
         */
        public Builder startPoint(int point) {
            this.startPoint = point;
            return this;
        }

        /**
         * When the courier can leave its start point, seconds since the start of the day (default 0).
         *
         * @param second when the courier can leave its start point, seconds since the start of the day
         * @return when the courier can leave its start point, seconds since the start of the day (default 0)
         */
        public Builder available(int second) {
            this.availableSecond = second;
            return this;
        }

        /**
         * When the shift ends, seconds since the start of the day (default {@link RoutingProblem#LATEST_SECOND}).
         *
         * @param second when the shift ends, seconds since the start of the day
         * @return when the shift ends, seconds since the start of the day (default {@link RoutingProblem#LATEST_SECOND})
         */
        public Builder shiftEnd(int second) {
            this.shiftEndSecond = second;
            return this;
        }

        /**
         * Capacity in size units (default 1,000,000).
         *
         * @param units size units
         * @return capacity in size units (default 1,000,000)
         */
        public Builder capacity(int units) {
            this.capacity = units;
            return this;
        }

        /**
         * Units already on board when available (default 0).
         *
         * @param units size units
         * @return units already on board when available (default 0)
         */
        public Builder loadOnBoard(int units) {
            this.loadOnBoard = units;
            return this;
        }

        /**
         * Skill names the courier has (default none).
         *
         * @param names skill names
         * @return skill names the courier has (default none)
         */
        public Builder skills(String... names) {
            this.skills = java.util.Arrays.asList(names);
            return this;
        }

        /**
         * Skill names the courier has (default none).
         *
         * @param names skill names
         * @return skill names the courier has (default none)
         */
        public Builder skills(Collection<String> names) {
            this.skills = names;
            return this;
        }

        /**
         * Whether the route ends with a drive to the hub (default true).
         *
         * @param endAtHub whether the courier ends its route at the hub
         * @return whether the route ends with a drive to the hub (default true)
         */
        public Builder endAtHub(boolean endAtHub) {
            this.endAtHub = endAtHub;
            return this;
        }

        /**
         * Sets the travel profile (see {@link Courier#profile()}); default {@code null}, the first profile.
         *
         * @param profileId a profile id of the problem's {@link dev.outpost.travel.TravelTables}, or {@code null}
         * @return this builder
         */
        public Builder profile(String profileId) {
            this.profile = profileId;
            return this;
        }

        /**
         * Sets the breaks, in time order without overlap, each inside the shift's seconds; default none.
         *
         * @param breaks the breaks; {@code null} for none
         * @return this builder
         */
        public Builder breaks(List<CourierBreak> breaks) {
            this.breaks = breaks == null ? List.of() : breaks;
            return this;
        }

        /**
         * The courier.
         *
         * @throws IllegalArgumentException naming the id, field and value when a value is missing or out of range
         * @return the courier
         */
        public Courier build() {
            return new Courier(this);
        }
    }
}
