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
 */
public record CourierType(
        String id,
        int count,
        double speedKmh,
        int capacity,
        TimeWindow shift,
        List<String> skills,
        double costPerHour,
        double costPerKm) {

    /**
     * Copies the skill list, so the record stays immutable.
     *
     * @param id          unique id
     * @param count       couriers of this type available, at least 0
     * @param speedKmh    cruising speed used by the straight-line travel model, km/h
     * @param capacity    capacity units on board, at least 0
     * @param shift       working hours, seconds since 00:00
     * @param skills      what this type can do
     * @param costPerHour cost of one courier-hour
     * @param costPerKm   cost of one kilometre driven
     */
    public CourierType {
        skills = List.copyOf(skills);
    }
}
