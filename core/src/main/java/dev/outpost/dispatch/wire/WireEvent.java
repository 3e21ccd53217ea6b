package dev.outpost.dispatch.wire;

import java.util.List;
import java.util.Objects;

/**
 * One line of a dispatch event log: what a dispatch room tells the dispatcher, with its time. The
 * wire names ({@link #type()}) and fields are those of {@code docs/event-log.md} and of the
 * schema {@code dispatch-events.schema.json}; ids are strings as the dispatch room knows them
 * (pickups, couriers, clients of the scenario), not table indices.
 */
public sealed interface WireEvent {

    /**
     * The wire name of the type ({@code "request"}, {@code "cancel"}, ...).
     *
     * @return the wire name of the type
     */
    String type();

    /**
     * When the event happened.
     *
     * @return when the event happened
     */
    WireTime time();

    /** Every wire type name, in the order of the documentation. */
    List<String> TYPES = List.of("request", "cancel", "position", "arrived", "done", "unload", "off-duty", "on-duty", "break",
            "assign", "clock", "reoptimise", "plan");

    /**
     * A new pickup request, at a client of the scenario or at a location (exactly one of the two).
     *
     * @param time           when the call came (the pickup's release)
     * @param pickup         the pickup id, unique over the log
     * @param client         the scenario's client, or null with a location
     * @param location       where, or null with a client
     * @param serviceMinutes service minutes at the stop, or null for the client's (or 0)
     * @param targetMinutes  the response target in minutes, or null for none
     * @param size           the load units, or null for the client's (or 1)
     * @param skills         skills a courier needs (empty for none)
     * @param windowEnd      the latest service start, seconds of the event's day, or null for the end of service
     */
    record Request(WireTime time, String pickup, String client, WireLocation location, Double serviceMinutes,
            Double targetMinutes, Integer size, List<String> skills, Integer windowEnd) implements WireEvent {
        /**
         * Validates the components.
         *
         * @param time           when the call came
         * @param pickup         the pickup id
         * @param client         the client, or null with a location
         * @param location       where, or null with a client
         * @param serviceMinutes service minutes, or null
         * @param targetMinutes  response target minutes, or null
         * @param size           load units, or null
         * @param skills         required skills
         * @param windowEnd      latest service start second, or null
         */
        public Request {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(pickup, "pickup");
            if ((client == null) == (location == null)) {
                throw new IllegalArgumentException("The request (" + pickup + ") needs exactly one of client and location.");
            }
            skills = skills == null ? List.of() : List.copyOf(skills);
        }

        @Override
        public String type() {
            return "request";
        }
    }

    /**
     * The caller cancels a request.
     *
     * @param time   when
     * @param pickup the pickup
     */
    record Cancel(WireTime time, String pickup) implements WireEvent {
        /**
         * Rejects nulls.
         *
         * @param time   when
         * @param pickup the pickup
         */
        public Cancel {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(pickup, "pickup");
        }

        @Override
        public String type() {
            return "cancel";
        }
    }

    /**
     * A courier's GPS fix; with {@code drivingTo}, the courier has left for that pickup (one of its
     * planned stops), which is fixed from then on (re-optimisation no longer moves it).
     *
     * @param time      when
     * @param courier   the courier
     * @param location  where it is
     * @param drivingTo the pickup it has left for, or null for a fix only
     */
    record Position(WireTime time, String courier, WireLocation location, String drivingTo) implements WireEvent {
        /**
         * Rejects nulls (but for {@code drivingTo}).
         *
         * @param time      when
         * @param courier   the courier
         * @param location  where it is
         * @param drivingTo the pickup it has left for, or null for a fix only
         */
        public Position {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(courier, "courier");
            Objects.requireNonNull(location, "location");
        }

        /**
         * A fix only.
         *
         * @param time     when
         * @param courier  the courier
         * @param location where it is
         */
        public Position(WireTime time, String courier, WireLocation location) {
            this(time, courier, location, null);
        }

        @Override
        public String type() {
            return "position";
        }
    }

    /**
     * The courier arrived at a pickup.
     *
     * @param time    when
     * @param courier the courier
     * @param pickup  the pickup
     */
    record Arrived(WireTime time, String courier, String pickup) implements WireEvent {
        /**
         * Rejects nulls.
         *
         * @param time    when
         * @param courier the courier
         * @param pickup  the pickup
         */
        public Arrived {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(courier, "courier");
            Objects.requireNonNull(pickup, "pickup");
        }

        @Override
        public String type() {
            return "arrived";
        }
    }

    /**
     * The courier finished a pickup (the goods are on board).
     *
     * @param time    when
     * @param courier the courier
     * @param pickup  the pickup
     */
    record Done(WireTime time, String courier, String pickup) implements WireEvent {
        /**
         * Rejects nulls.
         *
         * @param time    when
         * @param courier the courier
         * @param pickup  the pickup
         */
        public Done {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(courier, "courier");
            Objects.requireNonNull(pickup, "pickup");
        }

        @Override
        public String type() {
            return "done";
        }
    }

    /**
     * The courier unloaded at the hub (load back to zero).
     *
     * @param time    when
     * @param courier the courier
     */
    record Unload(WireTime time, String courier) implements WireEvent {
        /**
         * Rejects nulls.
         *
         * @param time    when
         * @param courier the courier
         */
        public Unload {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(courier, "courier");
        }

        @Override
        public String type() {
            return "unload";
        }
    }

    /**
     * The courier goes off duty (its open pickups are re-placed).
     *
     * @param time    when
     * @param courier the courier
     */
    record OffDuty(WireTime time, String courier) implements WireEvent {
        /**
         * Rejects nulls.
         *
         * @param time    when
         * @param courier the courier
         */
        public OffDuty {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(courier, "courier");
        }

        @Override
        public String type() {
            return "off-duty";
        }
    }

    /**
     * A courier comes on duty: one of the fleet back again, or a new one of a courier type.
     *
     * @param time        when
     * @param courier     the courier
     * @param courierType the scenario's courier type of a new courier, or null for one of the fleet
     * @param location    where it starts, or null for the hub (new) or where it was (known)
     */
    record OnDuty(WireTime time, String courier, String courierType, WireLocation location) implements WireEvent {
        /**
         * Rejects nulls.
         *
         * @param time        when
         * @param courier     the courier
         * @param courierType the courier type, or null
         * @param location    where it starts, or null
         */
        public OnDuty {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(courier, "courier");
        }

        @Override
        public String type() {
            return "on-duty";
        }
    }

    /**
     * The courier takes a break.
     *
     * @param time    when it starts
     * @param courier the courier
     * @param minutes how long, whole minutes, 1 to 1,440
     */
    record Break(WireTime time, String courier, int minutes) implements WireEvent {
        /**
         * Rejects nulls and a length that is not positive.
         *
         * @param time    when it starts
         * @param courier the courier
         * @param minutes how long, minutes
         */
        public Break {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(courier, "courier");
            if (minutes < 1 || minutes > 1440) {
                throw new IllegalArgumentException("The break minutes (" + minutes + ") are outside [1, 1440].");
            }
        }

        @Override
        public String type() {
            return "break";
        }
    }

    /**
     * The dispatcher's override: this pickup goes to this courier.
     *
     * @param time    when
     * @param pickup  the pickup
     * @param courier the courier
     */
    record Assign(WireTime time, String pickup, String courier) implements WireEvent {
        /**
         * Rejects nulls.
         *
         * @param time    when
         * @param pickup  the pickup
         * @param courier the courier
         */
        public Assign {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(pickup, "pickup");
            Objects.requireNonNull(courier, "courier");
        }

        @Override
        public String type() {
            return "assign";
        }
    }

    /**
     * The clock advances.
     *
     * @param time the new time
     */
    record Clock(WireTime time) implements WireEvent {
        /**
         * Rejects a null time.
         *
         * @param time the new time
         */
        public Clock {
            Objects.requireNonNull(time, "time");
        }

        @Override
        public String type() {
            return "clock";
        }
    }

    /**
     * A deterministic re-optimisation round at this moment.
     *
     * @param time  when
     * @param steps local-search steps, at least 1
     * @param seed  the random seed
     */
    record Reoptimise(WireTime time, long steps, long seed) implements WireEvent {
        /**
         * Rejects a null time and fewer than one step.
         *
         * @param time  when
         * @param steps local-search steps
         * @param seed  the seed
         */
        public Reoptimise {
            Objects.requireNonNull(time, "time");
            if (steps < 1) {
                throw new IllegalArgumentException("The reoptimise steps (" + steps + ") must be at least 1.");
            }
        }

        @Override
        public String type() {
            return "reoptimise";
        }
    }

    /**
     * A re-optimised plan adopted at this moment (what a live dispatcher's journal records).
     *
     * @param time    when
     * @param version the plan's version
     * @param routes  each courier's planned stops in order
     */
    record Plan(WireTime time, long version, List<Route> routes) implements WireEvent {
        /**
         * Rejects nulls and copies the routes.
         *
         * @param time    when
         * @param version the plan's version
         * @param routes  the routes
         */
        public Plan {
            Objects.requireNonNull(time, "time");
            routes = List.copyOf(routes);
        }

        @Override
        public String type() {
            return "plan";
        }
    }

    /**
     * One courier's planned stops in a {@link Plan}.
     *
     * @param courier the courier
     * @param stops   pickup ids in visiting order
     */
    record Route(String courier, List<String> stops) {
        /**
         * Rejects nulls and copies the stops.
         *
         * @param courier the courier
         * @param stops   pickup ids in visiting order
         */
        public Route {
            Objects.requireNonNull(courier, "courier");
            stops = List.copyOf(stops);
        }
    }
}
