package dev.outpost.sim.demand;

/**
 * One pickup request of a simulated day. Service time and size are drawn with the request (from
 * the service-time stream of its client), so they do not depend on which courier serves it.
 *
 * @param id             unique within the day, in arrival order
 * @param time           when it comes in, simulated seconds since 00:00
 * @param client         client index in the scenario
 * @param size           capacity units on board
 * @param priority       1 (lowest) and up
 * @param serviceSeconds time at the door, seconds
 */
public record Request(long id, long time, int client, int size, int priority, int serviceSeconds) {
}
