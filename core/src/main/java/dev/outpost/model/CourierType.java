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
}
