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
        int pickupSize) {

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
     */
    public Client {
        hourlyProfile = List.copyOf(hourlyProfile);
        requiredSkills = List.copyOf(requiredSkills);
    }
}
