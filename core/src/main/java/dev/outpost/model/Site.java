package dev.outpost.model;

/**
 * A place where couriers may be stationed (an outpost when open).
 *
 * @param id          unique id
 * @param name        display name
 * @param location    where it is
 * @param status      candidate, fixed open or closed
 * @param openingCost cost of opening it, in the scenario's currency unit, at least 0
 * @param maxCouriers most couriers it can host, at least 1 unless closed
 */
public record Site(String id, String name, Location location, SiteStatus status, long openingCost, int maxCouriers) {
}
