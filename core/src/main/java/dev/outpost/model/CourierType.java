package dev.outpost.model;

import java.util.List;

/**
 * A kind of courier and how many of it the fleet has.
 *
 * @param id          unique id
 * @param count       couriers of this type available, at least 0
 * @param speedKmh    cruising speed used by the straight-line travel model, km/h
 * @param capacity    capacity units on board, at least 0
 * @param shift       working hours, seconds since 00:00, inside the horizon's service day
 * @param skills      what this type can do (keys, signatures, cold chain, ...)
 * @param costPerHour cost of one courier-hour
 * @param costPerKm   cost of one kilometre driven
 * @param roadProfile how this type drives on the road model (speed cap, factors per road class,
 *                    barred classes); {@code null} when the scenario gives none, which drives every
 *                    road at its edge speed (see {@link #roadProfileOrDefault()})
 * @param breaks      the breaks each courier of this type takes, in time order; empty for none
 */
public record CourierType(
        String id,
        int count,
        double speedKmh,
        int capacity,
        TimeWindow shift,
        List<String> skills,
        double costPerHour,
        double costPerKm,
        RoadProfile roadProfile,
        List<CourierBreak> breaks) {

    /**
     * Copies the skill and break lists, so the record stays immutable.
     *
     * @param id          unique id
     * @param count       couriers of this type available, at least 0
     * @param speedKmh    cruising speed used by the straight-line travel model, km/h
     * @param capacity    capacity units on board, at least 0
     * @param shift       working hours, seconds since 00:00
     * @param skills      what this type can do
     * @param costPerHour cost of one courier-hour
     * @param costPerKm   cost of one kilometre driven
     * @param roadProfile the road profile, or {@code null} to drive every road at its edge speed
     * @param breaks      the breaks, in time order; {@code null} or empty for none
     */
    public CourierType {
        skills = List.copyOf(skills);
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }

    /**
     * A courier type without breaks.
     *
     * @param id          unique courier type id
     * @param count       couriers of this type
     * @param speedKmh    speed, km/h
     * @param capacity    capacity in size units
     * @param shift       the shift
     * @param skills      skill names couriers of this type have
     * @param costPerHour cost of one courier-hour
     * @param costPerKm   cost of one kilometre driven
     * @param roadProfile the road profile, or {@code null} to drive every road at its edge speed
     */
    public CourierType(String id, int count, double speedKmh, int capacity, TimeWindow shift, List<String> skills,
            double costPerHour, double costPerKm, RoadProfile roadProfile) {
        this(id, count, speedKmh, capacity, shift, skills, costPerHour, costPerKm, roadProfile, List.of());
    }

    /**
     * A courier type without a road profile (it drives every road at its edge speed).
     *
     * @param id unique courier type id
     * @param count couriers of this type
     * @param speedKmh speed, km/h
     * @param capacity capacity in size units
     * @param shift the shift
     * @param skills skill names couriers of this type have
     * @param costPerHour cost of one courier-hour
     * @param costPerKm cost of one kilometre driven
     */
    public CourierType(String id, int count, double speedKmh, int capacity, TimeWindow shift, List<String> skills,
            double costPerHour, double costPerKm) {
        this(id, count, speedKmh, capacity, shift, skills, costPerHour, costPerKm, null, List.of());
    }

    /**
     * The road profile, or {@link RoadProfile#UNRESTRICTED} when none is given.
     *
     * @return the road profile, or {@link RoadProfile#UNRESTRICTED} when none is given
     */
    public RoadProfile roadProfileOrDefault() {
        return roadProfile == null ? RoadProfile.UNRESTRICTED : roadProfile;
    }

    /**
     * This courier type with another count; every other component is kept.
     *
     * @param newCount couriers of this type, at least 0
     * @return a copy with {@code newCount}
     */
    public CourierType withCount(int newCount) {
        return toBuilder().count(newCount).build();
    }

    /**
     * A builder holding every component of this courier type, to copy it with some components changed
     * (no component is lost, unlike a positional rebuild).
     *
     * @return a builder preset with this courier type's components
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * An empty builder: no skills, no road profile, no breaks, zero numbers and null id and shift.
     *
     * @return a builder for a new courier type
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CourierType} one named component at a time; {@link #build()} validates as the constructor. */
    public static final class Builder {
        private String id;
        private int count;
        private double speedKmh;
        private int capacity;
        private TimeWindow shift;
        private List<String> skills = List.of();
        private double costPerHour;
        private double costPerKm;
        private RoadProfile roadProfile;
        private List<CourierBreak> breaks = List.of();

        private Builder() {
        }

        private Builder(CourierType t) {
            id = t.id;
            count = t.count;
            speedKmh = t.speedKmh;
            capacity = t.capacity;
            shift = t.shift;
            skills = t.skills;
            costPerHour = t.costPerHour;
            costPerKm = t.costPerKm;
            roadProfile = t.roadProfile;
            breaks = t.breaks;
        }

        /**
         * Sets the id.
         *
         * @param value unique id
         * @return this builder
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets the count.
         *
         * @param value couriers of this type available, at least 0
         * @return this builder
         */
        public Builder count(int value) {
            count = value;
            return this;
        }

        /**
         * Sets the straight-line speed.
         *
         * @param value cruising speed, km/h
         * @return this builder
         */
        public Builder speedKmh(double value) {
            speedKmh = value;
            return this;
        }

        /**
         * Sets the capacity.
         *
         * @param value capacity units on board, at least 0
         * @return this builder
         */
        public Builder capacity(int value) {
            capacity = value;
            return this;
        }

        /**
         * Sets the shift.
         *
         * @param value working hours, seconds since 00:00
         * @return this builder
         */
        public Builder shift(TimeWindow value) {
            shift = value;
            return this;
        }

        /**
         * Sets the skills.
         *
         * @param value what this type can do
         * @return this builder
         */
        public Builder skills(List<String> value) {
            skills = value;
            return this;
        }

        /**
         * Sets the cost of one courier-hour.
         *
         * @param value cost of one courier-hour
         * @return this builder
         */
        public Builder costPerHour(double value) {
            costPerHour = value;
            return this;
        }

        /**
         * Sets the cost of one kilometre.
         *
         * @param value cost of one kilometre driven
         * @return this builder
         */
        public Builder costPerKm(double value) {
            costPerKm = value;
            return this;
        }

        /**
         * Sets the road profile.
         *
         * @param value the road profile, or {@code null} to drive every road at its edge speed
         * @return this builder
         */
        public Builder roadProfile(RoadProfile value) {
            roadProfile = value;
            return this;
        }

        /**
         * Sets the breaks.
         *
         * @param value the breaks, in time order; {@code null} or empty for none
         * @return this builder
         */
        public Builder breaks(List<CourierBreak> value) {
            breaks = value;
            return this;
        }

        /**
         * The courier type with the components set so far.
         *
         * @return the courier type
         */
        public CourierType build() {
            return new CourierType(id, count, speedKmh, capacity, shift, skills, costPerHour, costPerKm, roadProfile,
                    breaks);
        }
    }
}
