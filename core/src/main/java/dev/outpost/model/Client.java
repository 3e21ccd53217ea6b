package dev.outpost.model;

import java.util.List;

/**
 * A contracted client that requests pickups.
 *
 * @param id                    unique id
 * @param name                  display name
 * @param kind                  office or service centre
 * @param location              where the courier goes
 * @param pickupsPerDay         expected pickup requests per day, at least 0
 * @param hourlyProfile         24 non-negative weights, one per hour of day, giving the shape of
 *                              the request rate over the day (need not sum to 1)
 * @param serviceSeconds        time at the door per pickup, seconds
 * @param window                when the client can be served, seconds since 00:00
 * @param responseTargetSeconds promised time from request to courier at the door, seconds
 * @param priority              1 (lowest) and up; weights unserved and late pickups
 * @param requiredSkills        skills a courier must have to serve this client
 * @param pickupSize            capacity units one pickup takes on board
 * @param level                 the administrative level of a service centre, or null when not given
 */
public record Client(
        String id,
        String name,
        ClientKind kind,
        Location location,
        double pickupsPerDay,
        List<Double> hourlyProfile,
        int serviceSeconds,
        TimeWindow window,
        int responseTargetSeconds,
        int priority,
        List<String> requiredSkills,
        int pickupSize,
        AdminLevel level) {

    /**
     * Copies the lists, so the record stays immutable.
     *
     * @param id                    unique id
     * @param name                  display name
     * @param kind                  office or service centre
     * @param location              where the courier goes
     * @param pickupsPerDay         expected pickup requests per day, at least 0
     * @param hourlyProfile         24 non-negative weights, one per hour of day
     * @param serviceSeconds        time at the door per pickup, seconds
     * @param window                when the client can be served, seconds since 00:00
     * @param responseTargetSeconds promised time from request to courier at the door, seconds
     * @param priority              1 (lowest) and up
     * @param requiredSkills        skills a courier must have to serve this client
     * @param pickupSize            capacity units one pickup takes on board
     * @param level                 the administrative level of a service centre, or null when not given
     */
    public Client {
        hourlyProfile = List.copyOf(hourlyProfile);
        requiredSkills = List.copyOf(requiredSkills);
    }

    /**
     * A client without an administrative level.
     *
     * @param id                    unique id
     * @param name                  display name
     * @param kind                  office or service centre
     * @param location              where the courier goes
     * @param pickupsPerDay         expected pickup requests per day, at least 0
     * @param hourlyProfile         24 non-negative weights, one per hour of day
     * @param serviceSeconds        time at the door per pickup, seconds
     * @param window                when the client can be served, seconds since 00:00
     * @param responseTargetSeconds promised time from request to courier at the door, seconds
     * @param priority              1 (lowest) and up
     * @param requiredSkills        skills a courier must have to serve this client
     * @param pickupSize            capacity units one pickup takes on board
     */
    public Client(String id, String name, ClientKind kind, Location location, double pickupsPerDay,
            List<Double> hourlyProfile, int serviceSeconds, TimeWindow window, int responseTargetSeconds, int priority,
            List<String> requiredSkills, int pickupSize) {
        this(id, name, kind, location, pickupsPerDay, hourlyProfile, serviceSeconds, window, responseTargetSeconds,
                priority, requiredSkills, pickupSize, null);
    }

    /**
     * A builder holding every component of this client, to copy it with some components changed
     * (no component is lost, unlike a positional rebuild).
     *
     * @return a builder preset with this client's components
     */
    public Builder toBuilder() {
        return new Builder(this);
    }


    /**
     * An empty builder: empty lists, zero numbers, null everything else.
     *
     * @return a builder for a new client
     */
    public static Builder builder() {
        return new Builder();
    }


    /** Builds a {@link Client} one named component at a time; {@link #build()} validates as the constructor. */
    public static final class Builder {
        private String id;
        private String name;
        private ClientKind kind;
        private Location location;
        private double pickupsPerDay;
        private List<Double> hourlyProfile = List.of();
        private int serviceSeconds;
        private TimeWindow window;
        private int responseTargetSeconds;
        private int priority;
        private List<String> requiredSkills = List.of();
        private int pickupSize;
        private AdminLevel level;

        private Builder() {
        }

        private Builder(Client r) {
            id = r.id;
            name = r.name;
            kind = r.kind;
            location = r.location;
            pickupsPerDay = r.pickupsPerDay;
            hourlyProfile = r.hourlyProfile;
            serviceSeconds = r.serviceSeconds;
            window = r.window;
            responseTargetSeconds = r.responseTargetSeconds;
            priority = r.priority;
            requiredSkills = r.requiredSkills;
            pickupSize = r.pickupSize;
            level = r.level;
        }

        /**
         * Sets {@code id}.
         *
         * @param value unique id
         * @return this builder
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets {@code name}.
         *
         * @param value display name
         * @return this builder
         */
        public Builder name(String value) {
            name = value;
            return this;
        }

        /**
         * Sets {@code kind}.
         *
         * @param value office or service centre
         * @return this builder
         */
        public Builder kind(ClientKind value) {
            kind = value;
            return this;
        }

        /**
         * Sets {@code location}.
         *
         * @param value where the courier goes
         * @return this builder
         */
        public Builder location(Location value) {
            location = value;
            return this;
        }

        /**
         * Sets {@code pickupsPerDay}.
         *
         * @param value expected pickup requests per day, at least 0
         * @return this builder
         */
        public Builder pickupsPerDay(double value) {
            pickupsPerDay = value;
            return this;
        }

        /**
         * Sets {@code hourlyProfile}.
         *
         * @param value 24 non-negative weights, one per hour of day
         * @return this builder
         */
        public Builder hourlyProfile(List<Double> value) {
            hourlyProfile = value;
            return this;
        }

        /**
         * Sets {@code serviceSeconds}.
         *
         * @param value time at the door per pickup, seconds
         * @return this builder
         */
        public Builder serviceSeconds(int value) {
            serviceSeconds = value;
            return this;
        }

        /**
         * Sets {@code window}.
         *
         * @param value when the client can be served, seconds since 00:00
         * @return this builder
         */
        public Builder window(TimeWindow value) {
            window = value;
            return this;
        }

        /**
         * Sets {@code responseTargetSeconds}.
         *
         * @param value promised time from request to courier at the door, seconds
         * @return this builder
         */
        public Builder responseTargetSeconds(int value) {
            responseTargetSeconds = value;
            return this;
        }

        /**
         * Sets {@code priority}.
         *
         * @param value 1 (lowest) and up
         * @return this builder
         */
        public Builder priority(int value) {
            priority = value;
            return this;
        }

        /**
         * Sets {@code requiredSkills}.
         *
         * @param value skills a courier must have to serve this client
         * @return this builder
         */
        public Builder requiredSkills(List<String> value) {
            requiredSkills = value;
            return this;
        }

        /**
         * Sets {@code pickupSize}.
         *
         * @param value capacity units one pickup takes on board
         * @return this builder
         */
        public Builder pickupSize(int value) {
            pickupSize = value;
            return this;
        }

        /**
         * Sets {@code level}.
         *
         * @param value the administrative level of a service centre, or null
         * @return this builder
         */
        public Builder level(AdminLevel value) {
            level = value;
            return this;
        }

        /**
         * The client with the components set so far.
         *
         * @return the client
         */
        public Client build() {
            return new Client(id, name, kind, location, pickupsPerDay, hourlyProfile, serviceSeconds, window,
                    responseTargetSeconds, priority, requiredSkills, pickupSize, level);
        }
    }
}
